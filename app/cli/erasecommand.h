#pragma once

#include <QCoreApplication>
#include <QTextStream>

class QCommandLineParser;

namespace pd {

class Gateway;

// privacydesk-cli erase REF [--dry-run] [--json]: a deletion or account cancellation at the
// sources (carried out only once approved; again after a failure, it carries on with the sources
// not yet done). privacydesk-cli holds [--due] [--json] | holds run: the legal holds, and ending
// those that are due (supervisors and administrators). privacydesk-cli withdraw REF --purpose KEY |
// --opt-out: consent withdrawn on a consent withdrawal request (§4). Each signs in with --user.
class EraseCommand final
{
    Q_DECLARE_TR_FUNCTIONS(EraseCommand)

public:
    static bool handles(const QString &command);
    static void addOptions(QCommandLineParser &parser);
    static int checkArguments(const QString &command, const QStringList &positional, QTextStream &err);
    static int run(Gateway &gateway, const QString &command, const QStringList &positional, const QCommandLineParser &parser,
                   QTextStream &out, QTextStream &err);
};

} // namespace pd
