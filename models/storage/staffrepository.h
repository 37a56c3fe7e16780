#pragma once

#include "../common/result.h"
#include "../domain/records.h"

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
    };

    // What the staff page shows of an account: never its password hash, only whether it has one.
    struct Account
    {
        StaffUser user;
        bool active = false;
        bool hasPassword = false;
        QDateTime createdAt; // UTC
    };

    explicit StaffRepository(const Database &db) : m_db(db) {}

    // Active staff, by display name.
    Result<QList<StaffUser>> list() const;
    Result<qint64> insert(const StaffUser &user, const QString &passwordHash = {}) const;
    // Active or not; std::nullopt when no account has that username.
    Result<std::optional<Credentials>> findByUsername(const QString &username) const;
    Status setPasswordHash(qint64 id, const QString &passwordHash) const;
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
