#pragma once

#include <QCoreApplication>
#include <QTextStream>

class QCommandLineParser;

namespace pd {

class Gateway;

// privacydesk-cli reminders run --user NAME        write the due reminders and closing proposals
// privacydesk-cli reminders show --user NAME       the team's reminder days
// privacydesk-cli reminders set --remind-after N --close-after M --user ADMIN
// The sweep the GUI runs at sign-in and every hour, for a cron job on a shared server.
class RemindersCommand final
{
    Q_DECLARE_TR_FUNCTIONS(RemindersCommand)

public:
    static void addOptions(QCommandLineParser &parser);
    static int checkArguments(const QString &action, const QCommandLineParser &parser, QTextStream &err);
    static int run(Gateway &gateway, const QString &action, const QCommandLineParser &parser, QTextStream &out,
                   QTextStream &err);
};

} // namespace pd
