#pragma once

#include <QCoreApplication>
#include <QTextStream>

class QCommandLineParser;

namespace pd {

class Gateway;

// The requests, for a signed-in member of staff (--user), as they may see them:
//   list [--status S,...] [--type T,...] [--search TEXT] [--limit N] [--json | --csv | --out FILE]
//        as the queue shows them, newest first; --search finds what the queue's search box finds;
//        --csv (standard output) and --out FILE.csv|.xlsx export every matching row (or --limit),
//        with the queue's columns (--columns KEYS to choose), as the queue's Export does
//   audit export --out FILE [--request REF] [--actor USER] [--action KEY] [--from DATE] [--to DATE]
//   show REF [--json] [--reveal FIELD,...]
//        one request and its person as the detail panel shows them: personal data masked unless
//        revealed (phone, email, account, id_number, credit_code); looking and revealing are audited
//   stats [--json]
//        requests per status and per type
class RequestCommand final
{
    Q_DECLARE_TR_FUNCTIONS(RequestCommand)

public:
    static void addOptions(const QString &command, QCommandLineParser &parser);
    static int checkArguments(const QString &command, const QString &subject, const QCommandLineParser &parser, QTextStream &err);
    static void addAuditOptions(QCommandLineParser &parser);
    static int auditExport(Gateway &gateway, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    static int run(Gateway &gateway, const QString &command, const QString &subject, const QCommandLineParser &parser,
                   QTextStream &out, QTextStream &err);
};

} // namespace pd
