#pragma once

#include "../common/result.h"
#include "../domain/records.h"
#include "../domain/staffaccount.h"

#include <QCoreApplication>

#include <optional>

namespace pd {

class Database;

class StaffRepository final
{
    Q_DECLARE_TR_FUNCTIONS(StaffRepository)

public:
    // What signing in needs: the account, whether it is active, and its stored password hash
    // (an Argon2id string, or empty when the account has no password yet).
    struct Credentials
    {
        StaffUser user;
        bool active = false;
        QString passwordHash;
        int failedAttempts = 0;    // failed sign-ins since the last good one
        QDateTime lockedUntil;     // UTC; invalid when not locked
        bool mustChangePassword = false;
    };

    using Account = StaffAccount;

    explicit StaffRepository(const Database &db) : m_db(db) {}

    // Active staff, by display name.
    Result<QList<StaffUser>> list() const;
    Result<qint64> insert(const StaffUser &user, const QString &passwordHash = {}) const;
    // Active or not; std::nullopt when no account has that username.
    Result<std::optional<Credentials>> findByUsername(const QString &username) const;
    // A new password: mustChange when an administrator set it (the next sign-in must choose a new
    // one). Clears any lock and failed attempts.
    Status setPasswordHash(qint64 id, const QString &passwordHash, bool mustChange = false) const;
    // One more failed sign-in; returns how many there have been since the last good one.
    Result<int> addFailedSignIn(qint64 id) const;
    // Locks the account until `until` (UTC) and starts the count again.
    Status lockUntil(qint64 id, const QDateTime &until) const;
    // A good sign-in, or an administrator's unlock: no failures, no lock.
    Status clearSignInFailures(qint64 id) const;
    // Active staff with this role (a key from roles()) who have a password and so can sign in.
    Result<qint64> countWhoCanSignIn(const QString &roleKey) const;

    // Every account, active or not, by username.
    Result<QList<Account>> accounts() const;
    Status setActive(qint64 id, bool active) const;
    Status setRole(qint64 id, const QString &roleKey) const;
    // Like countWhoCanSignIn(), for use inside a Transaction before a change that could leave none:
    // on PostgreSQL the rows are locked (SELECT ... FOR UPDATE), so two administrators demoting
    // each other at the same moment are serialised and the second sees the first's change.
    // (SQLite allows one writer at a time; a stale writer fails with "database is locked".)
    Result<qint64> lockWhoCanSignIn(const QString &roleKey) const;
    // Requests in an open status (the keys given) assigned to this staff member.
    Result<qint64> countAssigned(qint64 id, const QStringList &statusKeys) const;

private:
    const Database &m_db;
};

} // namespace pd
