#pragma once

#include "../common/result.h"
#include "../domain/records.h"
#include "../domain/staffaccount.h"

#include <QCoreApplication>

namespace pd {

class Database;
class Session;

// Staff accounts for the signed-in actor (StaffService and AuthService hold the rules: only
// administrators change accounts; everyone may read the list).
class StaffDesk final
{
    Q_DECLARE_TR_FUNCTIONS(StaffDesk)

public:
    StaffDesk(const Database &db, const Session &session) : m_db(db), m_session(session) {}

    Result<QList<StaffAccount>> accounts() const;
    Result<StaffAccount> account(const QString &username) const;
    Result<qint64> administratorsWhoCanSignIn() const;
    Result<qint64> openAssignedRequests(qint64 staffId) const;

    Result<StaffUser> create(const QString &username, const QString &displayName, Role role, const QString &password) const;
    Status setActive(const QString &username, bool active) const;
    Status resetPassword(const QString &username, const QString &newPassword) const;
    Status changeRole(const QString &username, Role role) const;
    Status unlock(const QString &username) const;
    // One's own password (Session::changeOwnPassword also lifts a forced change).
    Status changeOwnPassword(const QString &currentPassword, const QString &newPassword) const;

private:
    const Database &m_db;
    const Session &m_session;
};

} // namespace pd
