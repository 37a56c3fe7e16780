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

Result<qint64> StaffRepository::insert(const StaffUser &user, const QString &passwordHash) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO staff (username, display_name, role, created_at, password_hash) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(user.username);
    q.addBindValue(user.displayName);
    q.addBindValue(user.role.isEmpty() ? QStringLiteral("agent") : user.role);
    q.addBindValue(storage::instantToText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(storage::text(passwordHash));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(tr("Cannot add staff member %1: %2").arg(user.username, Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

Result<std::optional<StaffRepository::Credentials>> StaffRepository::findByUsername(const QString &username) const
{
    using R = Result<std::optional<Credentials>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, username, display_name, role, active, password_hash FROM staff WHERE username = ?"));
    q.addBindValue(storage::text(username));
    if (!q.exec())
        return R::failure(tr("Cannot read staff member %1: %2").arg(username, Database::describe(q.lastError())));
    if (!q.next())
        return std::optional<Credentials>();
    Credentials c;
    c.user = StaffUser{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    c.active = q.value(4).toInt() != 0;
    c.passwordHash = q.value(5).toString();
    return std::optional<Credentials>(std::move(c));
}

Status StaffRepository::setPasswordHash(qint64 id, const QString &passwordHash) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE staff SET password_hash = ? WHERE id = ?"));
    q.addBindValue(storage::text(passwordHash));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(tr("Cannot change the password: %1").arg(Database::describe(q.lastError())));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Cannot change the password: no staff member has the id %1.").arg(id));
    return {};
}

Result<qint64> StaffRepository::countWhoCanSignIn(const QString &roleKey) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM staff WHERE active = 1 AND role = ? AND password_hash <> ''"));
    q.addBindValue(storage::text(roleKey));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(tr("Cannot read the staff list: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

} // namespace pd
