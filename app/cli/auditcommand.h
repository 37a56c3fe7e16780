#pragma once

#include <QCoreApplication>
#include <QTextStream>

class QCommandLineParser;

namespace pd {

class Gateway;

// privacydesk-cli audit verify [--checkpoints FILE] | checkpoint [--key FILE] | checkpoints --out FILE.
// They reveal only counts, ids and hashes, so they need no sign-in; the signing key is a file
// outside the database (created at first use, mode 0600): --key, or PRIVACYDESK_AUDIT_KEY.
class AuditCommand final
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static void addOptions(QCommandLineParser &parser);
    static bool handles(const QString &action);
    static int run(Gateway &gateway, const QString &action, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

private:
    static int verify(Gateway &gateway, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    static int checkpoint(Gateway &gateway, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    static int exportCheckpoints(Gateway &gateway, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
};

} // namespace pd
