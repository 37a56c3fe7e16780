#include "changefeed.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace pd {

QString ChangeFeed::channel()
{
    return QStringLiteral("privacydesk_changes");
}

Result<qint64> ChangeFeed::newestAuditId() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")) || !q.next())
        return Result<qint64>::failure(Database::classify(q.lastError()),
                                       tr("Cannot read the audit log: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

Result<QList<AuditChange>> ChangeFeed::changesAfter(qint64 id, int limit) const
{
    using R = Result<QList<AuditChange>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, entity, entity_id, request_id, action FROM audit_log WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(id);
    q.addBindValue(limit);
    if (!q.exec())
        return R::failure(Database::classify(q.lastError()), tr("Cannot read the audit log: %1").arg(Database::describe(q.lastError())));
    QList<AuditChange> out;
    while (q.next())
        out << AuditChange{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                           q.value(4).toString()};
    return out;
}

Result<qint64> ChangeFeed::dataVersion() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return Result<qint64>::failure(Database::classify(q.lastError()),
                                       tr("Cannot read the database: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

Status ChangeFeed::listen(QObject *context, const std::function<void()> &onNotify) const
{
    QSqlDatabase db = m_db.connection();
    QSqlDriver *driver = db.driver();
    if (!db.isOpen() || !driver)
        return Status::failure(ErrorKind::Connection, tr("Cannot listen for changes: the connection to the database is closed."));
    if (!driver->subscribedToNotifications().contains(channel())) {
        if (!driver->subscribeToNotification(channel()))
            return Status::failure(Database::classify(driver->lastError()),
                                   tr("Cannot listen for changes: %1").arg(Database::describe(driver->lastError())));
        QObject::connect(driver, &QSqlDriver::notification, context,
                         [onNotify](const QString &, QSqlDriver::NotificationSource, const QVariant &) { onNotify(); });
    }
    return {};
}

} // namespace pd
