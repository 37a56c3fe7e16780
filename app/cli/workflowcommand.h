#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace pd {

class Gateway;

// The workflow on the command line, through the same session services and rules as the GUI, so a
// team can script what it repeats:
//   import FILE.csv [--dry-run] [--encoding utf-8|gbk] [--map HEADER=FIELD]...
//   assign REF USER|none · priority REF LEVEL · act REF ACTION [--note] [--reason] [--explanation]
//   note REF TEXT · correspond REF in|out SUMMARY [--channel] · check REF METHOD passed|failed [--note]
//   letter REF KIND [--language zh_CN|en] [--out FILE.pdf]
// Each needs --user. Exit codes as CliCommands: 0 done, 1 refused or failed, 2 a wrong command line.
class WorkflowCommand final
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowCommand)

public:
    static bool handles(const QString &command);
    static void addOptions(const QString &command, QCommandLineParser &parser);
    // Checks the arguments before the database is opened.
    static int checkArguments(const QString &command, const QStringList &args, const QCommandLineParser &parser, QTextStream &err);
    static int run(Gateway &gateway, const QString &command, const QStringList &args, const QCommandLineParser &parser,
                   QTextStream &out, QTextStream &err);
};

} // namespace pd
