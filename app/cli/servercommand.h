#pragma once

#include <QCoreApplication>
#include <QTextStream>

class QCommandLineParser;

namespace pd {

// privacydesk-cli server init --db postgresql://OWNER@HOST:PORT/DB --app-role NAME
// Prepares a shared PostgreSQL server: the schema is created (or brought up to date) by the owner
// named in the URL (password from PGPASSWORD or a prompt); NAME becomes a login role with least
// privilege (its password from PRIVACYDESK_APP_ROLE_PASSWORD, or typed twice; none when both are
// empty, for servers that authenticate otherwise). The app and the CLI then connect as NAME.
// Run it again after upgrading PrivacyDesk: new tables get their rights.
class ServerCommand final
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommand)

public:
    static void addOptions(QCommandLineParser &parser);
    static int run(const QString &action, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
};

} // namespace pd
