#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace pd {

class Gateway;

// privacydesk-cli sources list                                 the registered data sources
// privacydesk-cli sources add NAME --url URL --lookup CAT=SQL… administrators; also --lookups FILE.json
// privacydesk-cli sources test NAME --person ID                run its look-ups for one person
// privacydesk-cli sources remove NAME
// privacydesk-cli person find TEXT                             people by phone, e-mail, account, ID or name
// privacydesk-cli person show TEXT [--reveal] [--rows N]       everything held about them, by category
class PeopleCommand final
{
    Q_DECLARE_TR_FUNCTIONS(PeopleCommand)

public:
    static bool handles(const QString &command);
    static void addOptions(QCommandLineParser &parser);
    static int checkArguments(const QString &command, const QStringList &positional, const QCommandLineParser &parser,
                              QTextStream &err);
    static int run(Gateway &gateway, const QString &command, const QStringList &positional, const QCommandLineParser &parser,
                   QTextStream &out, QTextStream &err);
};

} // namespace pd
