#include "staffrepository.h"

#include "database.h"
#include "requestrow.h"

#include <QSqlQuery>

namespace pd {

Result<QList<StaffUser>> StaffRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, username, display_name, role FROM staff WHERE active = 1 ORDER BY display_name")))
        return Result<QList<StaffUser>>::failure(tr("Cannot read the staff list: %1").arg(Database::describe(q.lastError())));
    QList<StaffUser> out;
    while (q.next())
        out << StaffUser{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return out;
}

Result<qint64> StaffRepository::insert(const StaffUser &user) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO staff (username, display_name, role, created_at) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(user.username);
    q.addBindValue(user.displayName);
    q.addBindValue(user.role.isEmpty() ? QStringLiteral("agent") : user.role);
    q.addBindValue(storage::instantToText(QDateTime::currentDateTimeUtc()));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(tr("Cannot add staff member %1: %2").arg(user.username, Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

} // namespace pd
