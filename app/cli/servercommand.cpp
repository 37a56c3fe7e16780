#include "servercommand.h"

#include "clicommands.h"
#include "session/gateway.h"

#include <QCommandLineParser>

#include <unistd.h>

namespace pd {

namespace {
const QString kAppRole = QStringLiteral("app-role");
} // namespace

void ServerCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({kAppRole, tr("server init: the login role the app connects as (a–z, 0–9, _)."), tr("name")});
}

int ServerCommand::run(const QString &action, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (action != QLatin1String("init")) {
        err << tr("Use: server init --db postgresql://OWNER@HOST:PORT/DB --app-role NAME") << '\n';
        return CliCommands::Usage;
    }
    const QString url = parser.value(QStringLiteral("db"));
    if (!url.startsWith(QLatin1String("postgres"))) {
        err << tr("server init needs --db postgresql://OWNER@HOST:PORT/DB: the owner of the database, who creates the schema.")
            << '\n';
        return CliCommands::Usage;
    }
    const QString role = parser.value(kAppRole).trimmed();
    if (role.isEmpty()) {
        err << tr("server init needs --app-role NAME: the role the app will connect as.") << '\n';
        return CliCommands::Usage;
    }
    if (auto s = Gateway::checkRoleName(role); !s) {
        err << s.error() << '\n';
        return CliCommands::Usage;
    }
    QString rolePassword = qEnvironmentVariable("PRIVACYDESK_APP_ROLE_PASSWORD");
    if (rolePassword.isEmpty() && isatty(STDIN_FILENO)) {
        rolePassword = CliCommands::promptPassword(tr("Password for the role %1 (empty: none): ").arg(role));
        if (!rolePassword.isEmpty() && CliCommands::promptPassword(tr("Repeat it: ")) != rolePassword) {
            err << tr("The two passwords differ; nothing was changed.") << '\n';
            return CliCommands::Failed;
        }
    }
    QString ownerPassword;
    if (Gateway::needsPassword(url))
        ownerPassword = CliCommands::promptPassword(tr("Password for %1 (empty for none): ").arg(url));
    // Opening as the owner creates the schema, or brings it up to date.
    auto gateway = Gateway::open(url, ownerPassword);
    if (!gateway) {
        err << gateway.error() << '\n';
        return CliCommands::Failed;
    }
    const auto report = gateway.value()->prepareServerNow(role, rolePassword);
    if (!report) {
        err << report.error() << '\n';
        return CliCommands::Failed;
    }
    out << (report->roleCreated ? tr("Created the role %1.").arg(role) : tr("The role %1 exists; its rights were set again.").arg(role))
        << '\n'
        << tr("Read and write: %1").arg(report->readWrite.join(QLatin1String(", "))) << '\n'
        << tr("Insert and read only (append-only, guarded by a trigger too): %1").arg(report->appendOnly.join(QLatin1String(", ")))
        << '\n'
        << tr("Read only: %1").arg(report->readOnly.join(QLatin1String(", "))) << '\n'
        << tr("Connect the app and the CLI as: %1 (add ?sslmode=require for TLS)").arg(report->appUrl) << '\n';
    return CliCommands::Ok;
}

} // namespace pd
