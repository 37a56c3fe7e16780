#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace pd {

class Database;

// The subcommands of privacydesk-cli. Each returns the process exit code:
// 0 success, 1 the command failed, 2 the command line was wrong.
class CliCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2 };

    static int run(const QStringList &arguments);
    // Reads a line from the terminal without echoing it; empty when stdin is not a terminal.
    static QString promptPassword(const QString &prompt);

private:
    static int init(Database &db, QTextStream &out);
    static int demo(Database &db, qint64 requests, quint32 seed, QTextStream &out, QTextStream &err);
    static int list(Database &db, const QStringList &statuses, const QStringList &types, int limit, bool json,
                    QTextStream &out, QTextStream &err);
    static int stats(Database &db, bool json, QTextStream &out);
    static int auditVerify(Database &db, QTextStream &out, QTextStream &err);
};

} // namespace pd
