#include "usercommand.h"

#include "clicommands.h"
#include "domain/enums.h"
#include "storage/database.h"
#include "workflow/authservice.h"
#include "workflow/permissions.h"
#include "workflow/staffservice.h"

#include <QCommandLineParser>

#include <unistd.h>

namespace pd {

namespace {

const QString kUsername = QStringLiteral("username");
const QString kDisplayName = QStringLiteral("display-name");
const QString kRole = QStringLiteral("role");
const QString kUser = QStringLiteral("user");

const QString kAdd = QStringLiteral("add");
const QString kList = QStringLiteral("list");
const QString kPasswd = QStringLiteral("passwd");
const QString kDeactivate = QStringLiteral("deactivate");
const QString kActivate = QStringLiteral("activate");
const QString kRoleAction = QStringLiteral("role");

// A new password: from PRIVACYDESK_NEW_PASSWORD, or typed twice at the terminal.
Result<QString> newPassword(const QString &username, const QString &noTerminal)
{
    using R = Result<QString>;
    if (qEnvironmentVariableIsSet("PRIVACYDESK_NEW_PASSWORD"))
        return qEnvironmentVariable("PRIVACYDESK_NEW_PASSWORD");
    if (!isatty(STDIN_FILENO))
        return R::failure(ErrorKind::Invalid, noTerminal);
    const QString first = CliCommands::promptPassword(UserCommand::tr("New password for %1: ").arg(username));
    const QString again = CliCommands::promptPassword(UserCommand::tr("Repeat the new password: "));
    if (first != again)
        return R::failure(ErrorKind::Invalid, UserCommand::tr("The two passwords differ; nothing was changed."));
    return first;
}

QString signInPassword(const QString &username)
{
    return qEnvironmentVariableIsSet("PRIVACYDESK_PASSWORD")
        ? qEnvironmentVariable("PRIVACYDESK_PASSWORD")
        : CliCommands::promptPassword(UserCommand::tr("Password for %1: ").arg(username));
}

QString usage()
{
    return UserCommand::tr("Use one of:\n"
                           "  user add --username NAME --display-name TEXT --role ROLE [--user ADMINISTRATOR]\n"
                           "  user list --user NAME\n"
                           "  user passwd NAME --user NAME   (your own password, or an administrator resets NAME's)\n"
                           "  user deactivate NAME --user ADMINISTRATOR\n"
                           "  user activate NAME --user ADMINISTRATOR\n"
                           "  user role NAME --role ROLE --user ADMINISTRATOR");
}

} // namespace

void UserCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({kUsername, tr("user add: username of the new account: a–z, 0–9, \".\", \"_\", \"-\"."), tr("name")});
    parser.addOption({kDisplayName, tr("user add: the name colleagues know the new staff member by."), tr("name")});
    parser.addOption({kRole, tr("user add, user role: the role, one of %1.").arg(roles().keys().join(QLatin1String(", "))),
                      tr("role")});
    parser.addOption({kUser, tr("Sign in as this staff member (password from PRIVACYDESK_PASSWORD or a prompt); new "
                                "passwords come from PRIVACYDESK_NEW_PASSWORD or a prompt. user add does not need it "
                                "for the first administrator."),
                      tr("name")});
}

bool UserCommand::takesName(const QString &action)
{
    return action == kPasswd || action == kDeactivate || action == kActivate || action == kRoleAction;
}

int UserCommand::checkArguments(const QString &action, const QString &name, const QCommandLineParser &parser,
                                QTextStream &err)
{
    if (action == kAdd) {
        for (const QString &option : {kUsername, kDisplayName, kRole}) {
            if (parser.value(option).trimmed().isEmpty()) {
                err << tr("user add needs --%1.").arg(option) << '\n';
                return CliCommands::Usage;
            }
        }
        if (const auto username = AuthService::normaliseUsername(parser.value(kUsername)); !username) {
            err << username.error() << '\n';
            return CliCommands::Usage;
        }
    } else if (action == kList) {
        // only --user, below
    } else if (takesName(action)) {
        if (name.isEmpty()) {
            err << tr("user %1 needs the username of the account, e.g. user %1 li.na.").arg(action) << '\n';
            return CliCommands::Usage;
        }
        if (const auto username = AuthService::normaliseUsername(name); !username) {
            err << username.error() << '\n';
            return CliCommands::Usage;
        }
        if (action == kRoleAction && parser.value(kRole).isEmpty()) {
            err << tr("user role needs --role: one of %1.").arg(roles().keys().join(QLatin1String(", "))) << '\n';
            return CliCommands::Usage;
        }
    } else {
        err << usage() << '\n';
        return CliCommands::Usage;
    }
    if ((action == kAdd || action == kRoleAction) && !roles().fromKey(parser.value(kRole))) {
        err << tr("Unknown role \"%1\". Known roles: %2.").arg(parser.value(kRole), roles().keys().join(QLatin1String(", ")))
            << '\n';
        return CliCommands::Usage;
    }
    if (action != kAdd && parser.value(kUser).trimmed().isEmpty()) {
        err << tr("user %1 needs --user NAME: who is signing in (password from PRIVACYDESK_PASSWORD or a prompt).")
                   .arg(action)
            << '\n';
        return CliCommands::Usage;
    }
    return CliCommands::Ok;
}

int UserCommand::run(const Database &db, const QString &action, const QString &name, const QCommandLineParser &parser,
                     QTextStream &out, QTextStream &err)
{
    if (action == kAdd)
        return add(db, parser, out, err);

    const QString who = parser.value(kUser);
    const QString password = signInPassword(who);
    const auto actor = AuthService(db).signIn(who, password);
    if (!actor) {
        err << actor.error() << '\n';
        return CliCommands::Failed;
    }
    if (action == kList)
        return list(db, out, err); // any signed-in staff member may read it
    if (action == kPasswd)
        return passwd(db, name, actor.value(), password, out, err);

    const StaffService staff(db);
    const QString username = AuthService::normaliseUsername(name).value();
    Status done;
    if (action == kRoleAction) {
        const Role role = *roles().fromKey(parser.value(kRole));
        done = staff.changeRole(username, role, actor.value());
        if (done)
            out << tr("%1 now has the role %2.").arg(username, roles().label(role)) << '\n';
    } else {
        const bool activate = action == kActivate;
        done = staff.setActive(username, activate, actor.value());
        if (done)
            out << (activate ? tr("Reactivated %1: the account can sign in again.").arg(username)
                             : tr("Deactivated %1: the account can no longer sign in.").arg(username))
                << '\n';
        if (done && !activate) {
            const auto account = staff.account(username);
            const auto open = account ? staff.openAssignedRequests(account->user.id) : Result<qint64>(0);
            if (open && open.value() > 0)
                err << tr("%n open request(s) are still assigned to %1: a supervisor should reassign them.", nullptr,
                          int(open.value()))
                           .arg(username)
                    << '\n';
        }
    }
    if (!done) {
        err << done.error() << '\n';
        return CliCommands::Failed;
    }
    return CliCommands::Ok;
}

int UserCommand::list(const Database &db, QTextStream &out, QTextStream &err)
{
    const auto accounts = StaffService(db).accounts();
    if (!accounts) {
        err << accounts.error() << '\n';
        return CliCommands::Failed;
    }
    for (const StaffService::Account &a : accounts.value()) {
        QString state = a.active ? tr("active") : tr("deactivated");
        if (!a.hasPassword)
            state += QLatin1String(", ") + tr("no password");
        out << a.user.username << '\t' << a.user.displayName << '\t' << roles().labelForKey(a.user.role) << '\t' << state
            << '\n';
    }
    return CliCommands::Ok;
}

int UserCommand::passwd(const Database &db, const QString &name, const Actor &actor, const QString &actorPassword,
                        QTextStream &out, QTextStream &err)
{
    const StaffService staff(db);
    const QString username = AuthService::normaliseUsername(name).value();
    const bool own = username == actor.username;
    if (!own) {
        // Refused before asking for a new password the user would type in vain.
        const auto target = staff.account(username);
        if (!target) {
            err << target.error() << '\n';
            return CliCommands::Failed;
        }
        if (const QString why = StaffService::whyNotResetPassword(target.value(), actor); !why.isEmpty()) {
            err << why << '\n';
            return CliCommands::Failed;
        }
    }
    const auto password = newPassword(username, tr("No new password: set PRIVACYDESK_NEW_PASSWORD or run in a terminal."));
    if (!password) {
        err << password.error() << '\n';
        return CliCommands::Failed;
    }
    const Status done = own ? staff.changeOwnPassword(actor, actorPassword, password.value())
                            : staff.resetPassword(username, password.value(), actor);
    if (!done) {
        err << done.error() << '\n';
        return CliCommands::Failed;
    }
    out << (own ? tr("Changed your password (%1).").arg(username)
                : tr("Reset the password of %1. Tell them the new password in person, not by e-mail.").arg(username))
        << '\n';
    return CliCommands::Ok;
}

int UserCommand::add(const Database &db, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
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
        auto signedIn = auth.signIn(admin, signInPassword(admin));
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

    const auto password = newPassword(username, tr("No password for the new account: set PRIVACYDESK_NEW_PASSWORD or run in a terminal."));
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
