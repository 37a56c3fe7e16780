#include "staffrepository.h"

#include "database.h"
#include "requestrow.h"

#include <QSqlQuery>

namespace pd {

Result<QList<StaffUser>> StaffRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, username, display_name, role, demo FROM staff WHERE active = 1 ORDER BY display_name")))
        return Result<QList<StaffUser>>::failure(Database::classify(q.lastError()), tr("Cannot read the staff list: %1").arg(Database::describe(q.lastError())));
    QList<StaffUser> out;
    while (q.next())
        out << StaffUser{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toInt() != 0};
    return out;
}

Result<qint64> StaffRepository::insert(const StaffUser &user, const QString &passwordHash) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO staff (username, display_name, role, created_at, password_hash, demo) "
                             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(user.username);
    q.addBindValue(user.displayName);
    q.addBindValue(user.role.isEmpty() ? QStringLiteral("agent") : user.role);
    q.addBindValue(storage::instantToText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(storage::text(passwordHash));
    q.addBindValue(user.demo ? 1 : 0);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::classify(q.lastError()), tr("Cannot add staff member %1: %2").arg(user.username, Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

Result<std::optional<StaffRepository::Credentials>> StaffRepository::findByUsername(const QString &username) const
{
    using R = Result<std::optional<Credentials>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, username, display_name, role, active, password_hash, demo, failed_attempts, "
                             "locked_until, must_change_password FROM staff WHERE username = ?"));
    q.addBindValue(storage::text(username));
    if (!q.exec())
        return R::failure(Database::classify(q.lastError()), tr("Cannot read staff member %1: %2").arg(username, Database::describe(q.lastError())));
    if (!q.next())
        return std::optional<Credentials>();
    Credentials c;
    c.user = StaffUser{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(6).toInt() != 0};
    c.active = q.value(4).toInt() != 0;
    c.passwordHash = q.value(5).toString();
    c.failedAttempts = q.value(7).toInt();
    c.lockedUntil = storage::instantFromText(q.value(8).toString());
    c.mustChangePassword = q.value(9).toInt() != 0;
    return std::optional<Credentials>(std::move(c));
}

Status StaffRepository::setPasswordHash(qint64 id, const QString &passwordHash, bool mustChange) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE staff SET password_hash = ?, must_change_password = ?, failed_attempts = 0, "
                             "locked_until = '' WHERE id = ?"));
    q.addBindValue(storage::text(passwordHash));
    q.addBindValue(mustChange ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(Database::classify(q.lastError()), tr("Cannot change the password: %1").arg(Database::describe(q.lastError())));
    if (q.numRowsAffected() != 1)
        return Status::failure(ErrorKind::NotFound, tr("Cannot change the password: no staff member has the id %1.").arg(id));
    return {};
}

Result<int> StaffRepository::addFailedSignIn(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE id = ? RETURNING failed_attempts"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Result<int>::failure(Database::classify(q.lastError()),
                                    tr("Cannot record the failed sign-in: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toInt();
}

Status StaffRepository::lockUntil(qint64 id, const QDateTime &until) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = ? WHERE id = ?"));
    q.addBindValue(storage::instantToText(until));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(Database::classify(q.lastError()),
                               tr("Cannot lock the account: %1").arg(Database::describe(q.lastError())));
    return {};
}

Status StaffRepository::clearSignInFailures(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = '' WHERE id = ? "
                             "AND (failed_attempts <> 0 OR locked_until <> '')"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(Database::classify(q.lastError()),
                               tr("Cannot unlock the account: %1").arg(Database::describe(q.lastError())));
    return {};
}

Result<qint64> StaffRepository::countWhoCanSignIn(const QString &roleKey) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM staff WHERE active = 1 AND role = ? AND password_hash <> ''"));
    q.addBindValue(storage::text(roleKey));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::classify(q.lastError()), tr("Cannot read the staff list: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

Result<QList<StaffRepository::Account>> StaffRepository::accounts() const
{
    using R = Result<QList<Account>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, username, display_name, role, active, password_hash <> '', created_at, demo, "
                               "locked_until, must_change_password FROM staff ORDER BY username")))
        return R::failure(Database::classify(q.lastError()), tr("Cannot read the staff list: %1").arg(Database::describe(q.lastError())));
    QList<Account> out;
    while (q.next()) {
        Account a;
        a.user = StaffUser{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(7).toInt() != 0};
        a.active = q.value(4).toInt() != 0;
        a.hasPassword = q.value(5).toBool();
        a.createdAt = storage::instantFromText(q.value(6).toString());
        a.lockedUntil = storage::instantFromText(q.value(8).toString());
        a.mustChangePassword = q.value(9).toInt() != 0;
        out << a;
    }
    return out;
}

Status StaffRepository::setActive(qint64 id, bool active) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE staff SET active = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(Database::classify(q.lastError()), tr("Cannot change whether the account is active: %1").arg(Database::describe(q.lastError())));
    if (q.numRowsAffected() != 1)
        return Status::failure(ErrorKind::NotFound, tr("Cannot change whether the account is active: no staff member has the id %1.").arg(id));
    return {};
}

Status StaffRepository::setRole(qint64 id, const QString &roleKey) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE staff SET role = ? WHERE id = ?"));
    q.addBindValue(storage::text(roleKey));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(Database::classify(q.lastError()), tr("Cannot change the role: %1").arg(Database::describe(q.lastError())));
    if (q.numRowsAffected() != 1)
        return Status::failure(ErrorKind::NotFound, tr("Cannot change the role: no staff member has the id %1.").arg(id));
    return {};
}

Result<qint64> StaffRepository::lockWhoCanSignIn(const QString &roleKey) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM staff WHERE active = 1 AND role = ? AND password_hash <> ''")
              + (m_db.dialect() == Dialect::PostgreSQL ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(storage::text(roleKey));
    if (!q.exec())
        return Result<qint64>::failure(Database::classify(q.lastError()), tr("Cannot read the staff list: %1").arg(Database::describe(q.lastError())));
    qint64 n = 0;
    while (q.next())
        ++n;
    return n;
}

Result<qint64> StaffRepository::countAssigned(qint64 id, const QStringList &statusKeys) const
{
    if (statusKeys.isEmpty())
        return qint64(0);
    QStringList marks;
    for (qsizetype i = 0; i < statusKeys.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM requests WHERE assignee_id = ? AND status IN (%1)")
                  .arg(marks.join(QLatin1String(", "))));
    q.addBindValue(id);
    for (const QString &key : statusKeys)
        q.addBindValue(key);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::classify(q.lastError()),
                                       tr("Cannot count the requests assigned to staff member %1: %2")
                                           .arg(id)
                                           .arg(Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

} // namespace pd
