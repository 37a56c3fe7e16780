#pragma once

#include "../common/result.h"
#include "../domain/records.h"
#include "../domain/staffaccount.h"

#include <QCoreApplication>

#include <functional>

namespace pd {

class Database;
class StaffRepository;

// Staff administration (DOMAIN.md "Who uses it": the administrator manages staff accounts):
// listing accounts, deactivating and reactivating them, resetting passwords, changing roles, and
// every user changing their own password. The rules live here so that the GUI and the CLI obey
// the same ones:
// - only an administrator manages accounts; the acting administrator is re-read from the database
//   inside the transaction, so one deactivated or demoted meanwhile is refused;
// - nobody deactivates their own account (an administrator may hand over the role, though);
// - at least one active administrator who can sign in always remains;
// - a new password passes AuthService::checkPassword; changing one's own needs the current one.
// Each change appends an audit entry (entity "staff") in its own transaction; no password or
// hash ever goes into the audit log.
class StaffService final
{
    Q_DECLARE_TR_FUNCTIONS(StaffService)

public:
    using Account = StaffAccount;

    explicit StaffService(const Database &db) : m_db(db) {}

    // Every account, active or not, by username. Any signed-in staff member may read the list
    // (the queue shows assignees to everyone); only administrators change it.
    Result<QList<Account>> accounts() const;
    // The account with this username (normalised as AuthService does), or a message naming it.
    Result<Account> account(const QString &username) const;
    // Active administrators who can sign in (have a password).
    Result<qint64> administratorsWhoCanSignIn() const;
    // Open requests assigned to the account: shown before deactivating it, so that a supervisor
    // can reassign them.
    Result<qint64> openAssignedRequests(qint64 staffId) const;

    Status setActive(const QString &username, bool active, const Actor &actor) const;
    // Administrators only, for someone else's account (one's own goes through changeOwnPassword).
    Status resetPassword(const QString &username, const QString &newPassword, const Actor &actor) const;
    // Any signed-in, active staff member, with the current password. A wrong one is refused with
    // wrongCurrentPasswordMessage() and audited ("password_change_failed").
    Status changeOwnPassword(const Actor &actor, const QString &currentPassword, const QString &newPassword) const;
    Status changeRole(const QString &username, Role role, const Actor &actor) const;
    // Administrators only: lifts the lock of too many failed sign-ins before it ends by itself.
    Status unlock(const QString &username, const Actor &actor, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static bool isLocked(const Account &target, const QDateTime &now);

    // Why the actor may not make this change to the account, as a translated sentence; empty when
    // allowed. administrators is administratorsWhoCanSignIn(). For tooltips of disabled buttons;
    // the change itself checks again, inside its transaction.
    static QString wrongCurrentPasswordMessage();
    static QString whyNotSetActive(const Account &target, bool active, const Actor &actor, qint64 administrators);
    static QString whyNotResetPassword(const Account &target, const Actor &actor);
    static QString whyNotChangeRole(const Account &target, Role role, const Actor &actor, qint64 administrators);
    static QString whyNotUnlock(const Account &target, const Actor &actor, const QDateTime &now);

private:
    // Why the change is refused (empty: allowed), given the target and the administrators who can
    // sign in (counted with their rows locked).
    using RefusalCheck = std::function<QString(const Account &target, qint64 administrators)>;
    // One transaction: the actor is checked, the administrators locked, the target read and the
    // refusal rule applied, then `change` writes (and audits).
    Status changeAccount(const QString &username, const Actor &actor, const RefusalCheck &why,
                         const std::function<Status(const StaffRepository &, const Account &)> &change) const;
    // Inside a Transaction: the actor's stored account must be active and an administrator.
    Status checkAdministrator(const StaffRepository &repo, const Actor &actor) const;
    Status audit(const Actor &actor, const Account &target, const QString &action, const QString &beforeJson,
                 const QString &afterJson) const;

    const Database &m_db;
};

} // namespace pd
