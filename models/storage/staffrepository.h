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

    explicit StaffRepository(const Database &db) : m_db(db) {}

    // Active staff, by display name.
    Result<QList<StaffUser>> list() const;
    Result<qint64> insert(const StaffUser &user, const QString &passwordHash = {}) const;
    // Active or not; std::nullopt when no account has that username.
    Result<std::optional<Credentials>> findByUsername(const QString &username) const;
    Status setPasswordHash(qint64 id, const QString &passwordHash) const;
    // Active staff with this role (a key from roles()) who have a password and so can sign in.
    Result<qint64> countWhoCanSignIn(const QString &roleKey) const;

private:
    const Database &m_db;
};

} // namespace pd
