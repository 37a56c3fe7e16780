#include "staffservice.h"

#include "../audit/auditlog.h"
#include "../storage/database.h"
#include "../storage/transaction.h"
#include "../storage/staffrepository.h"
#include "authservice.h"
#include "permissions.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

QString json(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString administratorKey()
{
    return roles().key(Role::Administrator);
}

StaffService::Account accountFrom(const StaffRepository::Credentials &c)
{
    StaffService::Account a;
    a.user = c.user;
    a.active = c.active;
    a.hasPassword = !c.passwordHash.isEmpty();
    a.lockedUntil = c.lockedUntil;
    a.mustChangePassword = c.mustChangePassword;
    return a;
}

bool isSelf(const StaffService::Account &target, const Actor &actor)
{
    return target.user.username == actor.username || (actor.staffId != 0 && target.user.id == actor.staffId);
}

// An administrator whose account counts towards "at least one administrator can sign in".
bool countsAsAdministrator(const StaffService::Account &a)
{
    return a.active && a.hasPassword && a.user.role == administratorKey();
}

QString lastAdministratorMessage(const StaffService::Account &target)
{
    return StaffService::tr("%1 is the last active administrator: add or reactivate another administrator first, "
                            "otherwise nobody could manage staff accounts any more.")
        .arg(target.user.username);
}

} // namespace

// ---- Rules ----------------------------------------------------------------------------------

QString StaffService::wrongCurrentPasswordMessage()
{
    return tr("Current password: this is not your current password. Nothing was changed.");
}

QString StaffService::whyNotSetActive(const Account &target, bool active, const Actor &actor, qint64 administrators)
{
    if (!Permissions::mayManageStaff(actor.role))
        return Permissions::whyNotManageStaff(actor.role);
    if (target.active == active)
        return active ? tr("%1 is already active.").arg(target.user.username)
                      : tr("%1 is already deactivated.").arg(target.user.username);
    if (active)
        return {};
    if (isSelf(target, actor))
        return tr("You cannot deactivate your own account: ask another administrator to do it.");
    if (countsAsAdministrator(target) && administrators <= 1)
        return lastAdministratorMessage(target);
    return {};
}

QString StaffService::whyNotResetPassword(const Account &target, const Actor &actor)
{
    if (!Permissions::mayManageStaff(actor.role))
        return Permissions::whyNotManageStaff(actor.role);
    if (isSelf(target, actor))
        return tr("To change your own password use \"Change my password…\": it asks for your current password.");
    return {};
}

QString StaffService::whyNotChangeRole(const Account &target, Role role, const Actor &actor, qint64 administrators)
{
    if (!Permissions::mayManageStaff(actor.role))
        return Permissions::whyNotManageStaff(actor.role);
    if (target.user.role == roles().key(role))
        return tr("%1 already has the role %2.").arg(target.user.username, roles().label(role));
    if (role != Role::Administrator && countsAsAdministrator(target) && administrators <= 1)
        return lastAdministratorMessage(target);
    return {};
}

// ---- Reading --------------------------------------------------------------------------------

Result<QList<StaffService::Account>> StaffService::accounts() const
{
    return StaffRepository(m_db).accounts();
}

Result<StaffService::Account> StaffService::account(const QString &username) const
{
    using R = Result<Account>;
    const auto name = AuthService::normaliseUsername(username);
    if (!name)
        return R::failure(name.fault());
    const auto found = StaffRepository(m_db).findByUsername(name.value());
    if (!found)
        return R::failure(found.fault());
    if (!found->has_value())
        return R::failure(ErrorKind::NotFound, tr("No staff account has the username %1.").arg(name.value()));
    return accountFrom(**found);
}

Result<qint64> StaffService::administratorsWhoCanSignIn() const
{
    return StaffRepository(m_db).countWhoCanSignIn(administratorKey());
}

Result<qint64> StaffService::openAssignedRequests(qint64 staffId) const
{
    return StaffRepository(m_db).countAssigned(staffId, openStatusKeys());
}

// ---- Changing -------------------------------------------------------------------------------

Status StaffService::checkAdministrator(const StaffRepository &repo, const Actor &actor) const
{
    if (!Permissions::mayManageStaff(actor.role))
        return Status::failure(ErrorKind::Denied, Permissions::whyNotManageStaff(actor.role));
    // The session's copy of the role may be stale: what counts is the stored account.
    const auto stored = repo.findByUsername(actor.username);
    if (!stored)
        return Status::failure(stored.fault());
    if (!stored->has_value() || !(*stored)->active)
        return Status::failure(ErrorKind::Denied, tr("Your account (%1) is no longer active: nothing was changed.").arg(actor.username));
    const auto role = roles().fromKey((*stored)->user.role);
    if (!role || !Permissions::mayManageStaff(*role))
        return Status::failure(ErrorKind::Denied, tr("Your account (%1) is no longer an administrator: nothing was changed. Sign in again.")
                                   .arg(actor.username));
    return {};
}

Status StaffService::audit(const Actor &actor, const Account &target, const QString &action, const QString &beforeJson,
                           const QString &afterJson) const
{
    AuditEntry e;
    e.actor = actor.username;
    e.entity = QStringLiteral("staff");
    e.entityId = target.user.id;
    e.action = action;
    e.beforeJson = beforeJson;
    e.afterJson = afterJson;
    return Status::from(AuditLog(m_db).append(e));
}

Status StaffService::changeAccount(const QString &username, const Actor &actor, const RefusalCheck &why,
                                   const std::function<Status(const StaffRepository &, const Account &)> &change) const
{
    if (!Permissions::mayManageStaff(actor.role))
        return Status::failure(ErrorKind::Denied, Permissions::whyNotManageStaff(actor.role));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const StaffRepository repo(m_db);
    const auto administrators = repo.lockWhoCanSignIn(administratorKey());
    if (!administrators)
        return Status::from(administrators);
    if (auto s = checkAdministrator(repo, actor); !s)
        return s;
    const auto target = account(username);
    if (!target)
        return Status::from(target);
    if (const QString refusal = why(target.value(), administrators.value()); !refusal.isEmpty())
        return Status::failure(ErrorKind::Denied, refusal);
    if (auto s = change(repo, target.value()); !s)
        return s;
    return tx.commit();
}

Status StaffService::setActive(const QString &username, bool active, const Actor &actor) const
{
    return changeAccount(
        username, actor,
        [&](const Account &target, qint64 administrators) { return whyNotSetActive(target, active, actor, administrators); },
        [&](const StaffRepository &repo, const Account &target) -> Status {
            if (auto s = repo.setActive(target.user.id, active); !s)
                return s;
            const QString name = target.user.username;
            return audit(actor, target, active ? QStringLiteral("staff_reactivated") : QStringLiteral("staff_deactivated"),
                         json({{QStringLiteral("username"), name}, {QStringLiteral("active"), !active}}),
                         json({{QStringLiteral("username"), name}, {QStringLiteral("active"), active}}));
        });
}

Status StaffService::resetPassword(const QString &username, const QString &newPassword, const Actor &actor) const
{
    if (!Permissions::mayManageStaff(actor.role))
        return Status::failure(ErrorKind::Denied, Permissions::whyNotManageStaff(actor.role));
    if (const auto target = account(username); !target)
        return Status::from(target);
    else if (const QString why = whyNotResetPassword(target.value(), actor); !why.isEmpty())
        return Status::failure(ErrorKind::Denied, why);
    if (auto s = AuthService::checkPassword(newPassword, username.trimmed().toLower()); !s)
        return s;
    // Slow on purpose; done before the transaction so no lock is held meanwhile.
    const auto hash = AuthService::hashPassword(newPassword);
    if (!hash)
        return Status::from(hash);

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const StaffRepository repo(m_db);
    if (auto s = checkAdministrator(repo, actor); !s)
        return s;
    const auto target = account(username);
    if (!target)
        return Status::from(target);
    if (const QString why = whyNotResetPassword(target.value(), actor); !why.isEmpty())
        return Status::failure(ErrorKind::Denied, why);
    // The password was chosen by someone else: its owner replaces it at the next sign-in.
    if (auto s = repo.setPasswordHash(target->user.id, hash.value(), /*mustChange=*/true); !s)
        return s;
    // Who and whose, never the password or its hash.
    if (auto s = audit(actor, target.value(), QStringLiteral("password_reset"), QString(),
                       json({{QStringLiteral("username"), target->user.username}}));
        !s)
        return s;
    return tx.commit();
}

Status StaffService::changeOwnPassword(const Actor &actor, const QString &currentPassword, const QString &newPassword) const
{
    const StaffRepository repo(m_db);
    const auto stored = repo.findByUsername(actor.username);
    if (!stored)
        return Status::from(stored);
    if (!stored->has_value() || !(*stored)->active)
        return Status::failure(ErrorKind::Denied, tr("Your account (%1) is not active: its password cannot be changed.").arg(actor.username));
    const QString verifiedHash = (*stored)->passwordHash;
    const Account self = accountFrom(**stored);

    if (!AuthService::verifyPassword(verifiedHash, currentPassword)) {
        // Audited like a failed sign-in: someone at an unlocked workstation may be guessing.
        Transaction tx(m_db);
        if (!tx.begun())
            return tx.begun();
        if (auto s = audit(actor, self, QStringLiteral("password_change_failed"), QString(),
                           json({{QStringLiteral("reason"), QStringLiteral("wrong_password")}}));
            !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
        return Status::failure(ErrorKind::Denied, wrongCurrentPasswordMessage());
    }
    if (auto s = AuthService::checkPassword(newPassword, actor.username); !s)
        return s;
    if (newPassword == currentPassword)
        return Status::failure(ErrorKind::Invalid, tr("New password: it is the same as the current one; choose a different password."));
    const auto hash = AuthService::hashPassword(newPassword);
    if (!hash)
        return Status::from(hash);

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const auto again = repo.findByUsername(actor.username);
    if (!again)
        return Status::from(again);
    // Reset or deactivated while the new password was being hashed: the old one no longer speaks for the user.
    if (!again->has_value() || !(*again)->active || (*again)->passwordHash != verifiedHash)
        return Status::failure(ErrorKind::Conflict, tr("Your account was changed by an administrator meanwhile: nothing was changed. Sign in again."));
    if (auto s = repo.setPasswordHash(self.user.id, hash.value()); !s)
        return s;
    if (auto s = audit(actor, self, QStringLiteral("password_changed"), QString(),
                       json({{QStringLiteral("username"), self.user.username}}));
        !s)
        return s;
    return tx.commit();
}

Status StaffService::unlock(const QString &username, const Actor &actor, const QDateTime &now) const
{
    return changeAccount(
        username, actor, [&](const Account &target, qint64) { return whyNotUnlock(target, actor, now); },
        [&](const StaffRepository &repo, const Account &target) -> Status {
            if (auto s = repo.clearSignInFailures(target.user.id); !s)
                return s;
            return audit(actor, target, QStringLiteral("account_unlocked"),
                         json({{QStringLiteral("username"), target.user.username},
                               {QStringLiteral("locked_until"), target.lockedUntil.toString(Qt::ISODate)}}),
                         json({{QStringLiteral("username"), target.user.username}}));
        });
}

QString StaffService::whyNotUnlock(const Account &target, const Actor &actor, const QDateTime &now)
{
    if (!Permissions::mayManageStaff(actor.role))
        return Permissions::whyNotManageStaff(actor.role);
    if (!isLocked(target, now))
        return tr("%1 is not locked.").arg(target.user.username);
    return {};
}

bool StaffService::isLocked(const Account &target, const QDateTime &now)
{
    return target.lockedUntil.isValid() && target.lockedUntil > now;
}

Status StaffService::changeRole(const QString &username, Role role, const Actor &actor) const
{
    return changeAccount(
        username, actor,
        [&](const Account &target, qint64 administrators) { return whyNotChangeRole(target, role, actor, administrators); },
        [&](const StaffRepository &repo, const Account &target) -> Status {
            const QString key = roles().key(role);
            if (auto s = repo.setRole(target.user.id, key); !s)
                return s;
            const QString name = target.user.username;
            return audit(actor, target, QStringLiteral("role_changed"),
                         json({{QStringLiteral("username"), name}, {QStringLiteral("role"), target.user.role}}),
                         json({{QStringLiteral("username"), name}, {QStringLiteral("role"), key}}));
        });
}

} // namespace pd
