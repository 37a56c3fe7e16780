#include "usercommand.h"

#include "clicommands.h"
#include "domain/enums.h"
#include "session/gateway.h"
#include "session/session.h"
#include "session/staffdesk.h"
#include "workflow/authservice.h"
#include "workflow/permissions.h"
#include "workflow/staffservice.h"

#include <QDateTime>

#include <QCommandLineParser>

#include <unistd.h>

namespace pd {

namespace {

const QString kUsername = QStringLiteral("username");
const QString kDisplayName = QStringLiteral("display-name");
const QString kRole = QStringLiteral("role");
const QString kUser = QStringLiteral("user");
const QString kUnlock = QStringLiteral("unlock");

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

QString usage()
{
    return UserCommand::tr("Use one of:\n"
                           "  user add --username NAME --display-name TEXT --role ROLE [--user ADMINISTRATOR]\n"
                           "  user list --user NAME\n"
                           "  user passwd NAME --user NAME   (your own password, or an administrator resets NAME's)\n"
                           "  user deactivate NAME --user ADMINISTRATOR\n"
                           "  user activate NAME --user ADMINISTRATOR\n"
                           "  user role NAME --role ROLE --user ADMINISTRATOR\n"
                           "  user unlock NAME --user ADMINISTRATOR");
}

} // namespace

void UserCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({kUsername, tr("user add: username of the new account: a–z, 0–9, \".\", \"_\", \"-\"."), tr("name")});
    parser.addOption({kDisplayName, tr("user add: the name colleagues know the new staff member by."), tr("name")});
    parser.addOption({kRole, tr("user add, user role: the role, one of %1.").arg(roles().keys().join(QLatin1String(", "))),
                      tr("role")});
}

bool UserCommand::takesName(const QString &action)
{
    return action == kPasswd || action == kDeactivate || action == kActivate || action == kRoleAction || action == kUnlock;
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

int UserCommand::run(Gateway &gateway, const QString &action, const QString &name, const QCommandLineParser &parser,
                     QTextStream &out, QTextStream &err)
{
    if (action == kAdd)
        return add(gateway, parser, out, err);

    const QString who = parser.value(kUser);
    const QString password = CliCommands::signInPassword(who);
    const auto actor = gateway.signInNow(who, password);
    if (!actor) {
        err << actor.error() << '\n';
        return CliCommands::Failed;
    }
    SessionOptions options;
    options.watchChanges = false;
    options.idleLockSeconds = 0;
    const auto session = gateway.startSession(options);
    // `user list` names nobody: only the other actions have a username to normalise.
    const auto normalised = AuthService::normaliseUsername(name);
    const QString username = normalised ? normalised.value() : QString();
    const bool ownPassword = action == kPasswd && username == actor->username;
    if (session->mustChangePassword() && !ownPassword) {
        err << CliCommands::tr("An administrator set the password of %1: choose your own first, with: user passwd %1 --user %1")
                   .arg(actor->username)
            << '\n';
        return CliCommands::Failed;
    }
    if (action == kList)
        return list(*session, out, err); // any signed-in staff member may read it
    if (action == kPasswd)
        return passwd(*session, name, password, out, err);

    const StaffDesk &staff = session->staff();
    Status done;
    if (action == kRoleAction) {
        const Role role = *roles().fromKey(parser.value(kRole));
        done = staff.changeRole(username, role);
        if (done)
            out << tr("%1 now has the role %2.").arg(username, roles().label(role)) << '\n';
    } else if (action == kUnlock) {
        done = staff.unlock(username);
        if (done)
            out << tr("Unlocked %1: the account can sign in again.").arg(username) << '\n';
    } else {
        const bool activate = action == kActivate;
        done = staff.setActive(username, activate);
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

int UserCommand::list(const Session &session, QTextStream &out, QTextStream &err)
{
    const auto accounts = session.staff().accounts();
    if (!accounts) {
        err << accounts.error() << '\n';
        return CliCommands::Failed;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const StaffAccount &a : accounts.value()) {
        QString state = a.active ? tr("active") : tr("deactivated");
        if (!a.hasPassword)
            state += QLatin1String(", ") + tr("no password");
        if (StaffService::isLocked(a, now))
            state += QLatin1String(", ") + tr("locked until %1").arg(a.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        if (a.mustChangePassword)
            state += QLatin1String(", ") + tr("must choose a new password");
        if (a.user.demo)
            state += QLatin1String(", ") + tr("demo account");
        out << a.user.username << '\t' << a.user.displayName << '\t' << roles().labelForKey(a.user.role) << '\t' << state
            << '\n';
    }
    return CliCommands::Ok;
}

int UserCommand::passwd(const Session &session, const QString &name, const QString &actorPassword, QTextStream &out,
                        QTextStream &err)
{
    const StaffDesk &staff = session.staff();
    const Actor actor = session.actor();
    // `user list` names nobody: only the other actions have a username to normalise.
    const auto normalised = AuthService::normaliseUsername(name);
    const QString username = normalised ? normalised.value() : QString();
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
    const Status done = own ? staff.changeOwnPassword(actorPassword, password.value())
                            : staff.resetPassword(username, password.value());
    if (!done) {
        err << done.error() << '\n';
        return CliCommands::Failed;
    }
    out << (own ? tr("Changed your password (%1).").arg(username)
                : tr("Reset the password of %1. Tell them the new password in person, not by e-mail; they choose their "
                     "own at the next sign-in.")
                      .arg(username))
        << '\n';
    return CliCommands::Ok;
}

int UserCommand::add(Gateway &gateway, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const Role role = *roles().fromKey(parser.value(kRole));
    const QString username = AuthService::normaliseUsername(parser.value(kUsername)).value();

    std::unique_ptr<Session> session;
    if (gateway.needsFirstAdministratorNow()) {
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
        int code = CliCommands::Ok;
        session = CliCommands::signIn(gateway, parser, err, &code);
        if (!session)
            return code;
        if (!Permissions::mayManageStaff(session->actor().role)) {
            err << Permissions::whyNotManageStaff(session->actor().role) << '\n';
            return CliCommands::Failed;
        }
    }

    const auto password = newPassword(username, tr("No password for the new account: set PRIVACYDESK_NEW_PASSWORD or run in a terminal."));
    if (!password) {
        err << password.error() << '\n';
        return CliCommands::Failed;
    }
    const QString display = parser.value(kDisplayName);
    const auto created = session ? session->staff().create(username, display, role, password.value())
                                 : gateway.createFirstAdministratorNow(username, display, password.value());
    if (!created) {
        err << created.error() << '\n';
        return CliCommands::Failed;
    }
    out << tr("Added %1 (%2), %3, to %4.")
               .arg(created->username, created->displayName, roles().labelForKey(created->role),
                    session ? session->databaseName() : gateway.databaseName())
        << '\n';
    return CliCommands::Ok;
}

void UserCommand::printDemoAccounts(const QList<DemoGenerator::DemoAccount> &accounts, QTextStream &out)
{
    if (accounts.isEmpty())
        return;
    out << tr("Demo staff accounts (made-up; sign in with these, never use them for real data):") << '\n';
    for (const auto &a : accounts)
        out << "  " << a.username.leftJustified(16) << "  " << a.password.leftJustified(18) << "  " << roles().label(a.role)
            << '\n';
}

} // namespace pd
