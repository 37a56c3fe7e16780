#include "usercommand.h"

#include "clicommands.h"
#include "domain/enums.h"
#include "storage/database.h"
#include "workflow/authservice.h"
#include "workflow/permissions.h"

#include <QCommandLineParser>

#include <unistd.h>

namespace pd {

namespace {

const QString kUsername = QStringLiteral("username");
const QString kDisplayName = QStringLiteral("display-name");
const QString kRole = QStringLiteral("role");
const QString kUser = QStringLiteral("user");

// The new account's password: from PRIVACYDESK_NEW_PASSWORD, or typed twice at the terminal.
Result<QString> newPassword(const QString &username)
{
    using R = Result<QString>;
    if (qEnvironmentVariableIsSet("PRIVACYDESK_NEW_PASSWORD"))
        return qEnvironmentVariable("PRIVACYDESK_NEW_PASSWORD");
    if (!isatty(STDIN_FILENO))
        return R::failure(UserCommand::tr("No password for the new account: set PRIVACYDESK_NEW_PASSWORD or run in a terminal."));
    const QString first = CliCommands::promptPassword(UserCommand::tr("New password for %1: ").arg(username));
    const QString again = CliCommands::promptPassword(UserCommand::tr("Repeat the new password: "));
    if (first != again)
        return R::failure(UserCommand::tr("The two passwords differ; nothing was changed."));
    return first;
}

} // namespace

void UserCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({kUsername, tr("Username of the new account: a–z, 0–9, \".\", \"_\", \"-\"."), tr("name")});
    parser.addOption({kDisplayName, tr("The name colleagues know the new staff member by."), tr("name")});
    parser.addOption({kRole, tr("Role of the new account: %1.").arg(roles().keys().join(QLatin1String(", "))), tr("role")});
    parser.addOption({kUser, tr("Sign in as this administrator (password from PRIVACYDESK_PASSWORD or a prompt). "
                                "Not needed for the first administrator."),
                      tr("name")});
}

int UserCommand::checkArguments(const QString &action, const QCommandLineParser &parser, QTextStream &err)
{
    if (action != QLatin1String("add")) {
        err << tr("Use: user add --username NAME --display-name TEXT --role ROLE [--user ADMINISTRATOR]") << '\n';
        return CliCommands::Usage;
    }
    for (const QString &option : {kUsername, kDisplayName, kRole}) {
        if (parser.value(option).trimmed().isEmpty()) {
            err << tr("user add needs --%1.").arg(option) << '\n';
            return CliCommands::Usage;
        }
    }
    if (!roles().fromKey(parser.value(kRole))) {
        err << tr("Unknown role \"%1\". Known roles: %2.").arg(parser.value(kRole), roles().keys().join(QLatin1String(", ")))
            << '\n';
        return CliCommands::Usage;
    }
    if (const auto name = AuthService::normaliseUsername(parser.value(kUsername)); !name) {
        err << name.error() << '\n';
        return CliCommands::Usage;
    }
    return CliCommands::Ok;
}

int UserCommand::run(const Database &db, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const AuthService auth(db);
    const Role role = *roles().fromKey(parser.value(kRole));
    const QString username = AuthService::normaliseUsername(parser.value(kUsername)).value();

    std::optional<Actor> creator;
    if (auth.needsFirstAdministrator()) {
        if (role != Role::Administrator) {
            err << tr("The database has no administrator yet. Create one first: user add --role administrator ...")
                << '\n';
            return CliCommands::Failed;
        }
        if (parser.isSet(kUser))
            err << tr("The database has no administrator yet, so --user is not needed: creating the first one.") << '\n';
    } else {
        if (!parser.isSet(kUser)) {
            err << tr("Adding staff needs an administrator: give --user NAME (password from PRIVACYDESK_PASSWORD or a "
                      "prompt).")
                << '\n';
            return CliCommands::Usage;
        }
        const QString admin = parser.value(kUser);
        const QString password = qEnvironmentVariableIsSet("PRIVACYDESK_PASSWORD")
            ? qEnvironmentVariable("PRIVACYDESK_PASSWORD")
            : CliCommands::promptPassword(tr("Password for %1: ").arg(admin));
        auto signedIn = auth.signIn(admin, password);
        if (!signedIn) {
            err << signedIn.error() << '\n';
            return CliCommands::Failed;
        }
        if (!Permissions::mayManageStaff(signedIn->role)) {
            err << Permissions::whyNotManageStaff(signedIn->role) << '\n';
            return CliCommands::Failed;
        }
        creator = std::move(signedIn).value();
    }

    const auto password = newPassword(username);
    if (!password) {
        err << password.error() << '\n';
        return CliCommands::Failed;
    }
    const auto created = auth.createUser(username, parser.value(kDisplayName), role, password.value(),
                                         creator ? &*creator : nullptr);
    if (!created) {
        err << created.error() << '\n';
        return CliCommands::Failed;
    }
    out << tr("Added %1 (%2), %3, to %4.")
               .arg(created->username, created->displayName, roles().labelForKey(created->role), db.url().toDisplayString())
        << '\n';
    return CliCommands::Ok;
}

void UserCommand::printDemoAccounts(const QList<DemoGenerator::DemoAccount> &accounts, QTextStream &out)
{
    if (accounts.isEmpty())
        return;
    out << tr("Demo staff accounts (made-up; sign in with these, never use them for real data):") << '\n';
    for (const auto &a : accounts)
        out << "  " << a.username.leftJustified(12) << "  " << a.password.leftJustified(18) << "  " << roles().label(a.role)
            << '\n';
}

} // namespace pd
