#include "staffdesk.h"

#include "../workflow/authservice.h"
#include "../workflow/staffservice.h"
#include "session.h"

namespace pd {

Result<QList<StaffAccount>> StaffDesk::accounts() const
{
    return StaffService(m_db).accounts();
}

Result<StaffAccount> StaffDesk::account(const QString &username) const
{
    return StaffService(m_db).account(username);
}

Result<qint64> StaffDesk::administratorsWhoCanSignIn() const
{
    return StaffService(m_db).administratorsWhoCanSignIn();
}

Result<qint64> StaffDesk::openAssignedRequests(qint64 staffId) const
{
    return StaffService(m_db).openAssignedRequests(staffId);
}

Result<StaffUser> StaffDesk::create(const QString &username, const QString &displayName, Role role, const QString &password) const
{
    const Actor actor = m_session.actor();
    return AuthService(m_db, [this] { return m_session.now(); }).createUser(username, displayName, role, password, &actor);
}

Status StaffDesk::setActive(const QString &username, bool active) const
{
    return StaffService(m_db).setActive(username, active, m_session.actor());
}

Status StaffDesk::resetPassword(const QString &username, const QString &newPassword) const
{
    return StaffService(m_db).resetPassword(username, newPassword, m_session.actor());
}

Status StaffDesk::changeRole(const QString &username, Role role) const
{
    return StaffService(m_db).changeRole(username, role, m_session.actor());
}

Status StaffDesk::unlock(const QString &username) const
{
    return StaffService(m_db).unlock(username, m_session.actor(), m_session.now().toUTC());
}

Status StaffDesk::changeOwnPassword(const QString &currentPassword, const QString &newPassword) const
{
    return StaffService(m_db).changeOwnPassword(m_session.actor(), currentPassword, newPassword);
}

} // namespace pd
