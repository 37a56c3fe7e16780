#include "auditstore.h"

#include "database.h"
#include "requestrow.h"

#include <QSqlQuery>

namespace pd {

Result<AuditStore::Head> AuditStore::head(bool forUpdate) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT last_id, last_hash, entries FROM audit_head WHERE singleton = 1")
        + (forUpdate && m_db.dialect() == Dialect::PostgreSQL ? QStringLiteral(" FOR UPDATE") : QString());
    if (!q.exec(sql) || !q.next())
        return Result<Head>::failure(Database::classify(q.lastError()), tr("Cannot read the audit log: %1").arg(Database::describe(q.lastError())));
    return Head{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
}

Status AuditStore::insert(const AuditEntry &e) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (id, at, actor, entity, entity_id, request_id, action, before_json, "
                             "after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.id);
    q.addBindValue(storage::instantToText(e.at));
    q.addBindValue(storage::text(e.actor));
    q.addBindValue(storage::text(e.entity));
    q.addBindValue(e.entityId);
    q.addBindValue(e.requestId);
    q.addBindValue(storage::text(e.action));
    q.addBindValue(storage::text(e.beforeJson));
    q.addBindValue(storage::text(e.afterJson));
    q.addBindValue(storage::text(e.prevHash));
    q.addBindValue(e.hash);
    if (!q.exec())
        return Status::failure(Database::classify(q.lastError()), tr("Cannot write the audit log: %1").arg(Database::describe(q.lastError())));
    return {};
}

Status AuditStore::advanceHead(qint64 id, const QString &hash, qint64 added) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ?, entries = entries + ? WHERE singleton = 1"));
    q.addBindValue(id);
    q.addBindValue(hash);
    q.addBindValue(added);
    if (!q.exec())
        return Status::failure(Database::classify(q.lastError()), tr("Cannot write the audit log: %1").arg(Database::describe(q.lastError())));
    return {};
}

Status AuditStore::useOneSnapshot() const
{
    if (m_db.dialect() != Dialect::PostgreSQL)
        return {};
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
        return Status::failure(Database::classify(q.lastError()), tr("Cannot read the audit log: %1").arg(Database::describe(q.lastError())));
    return {};
}

Result<QList<AuditEntry>> AuditStore::entriesAfter(qint64 id, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, actor, entity, entity_id, request_id, action, before_json, after_json, "
                             "prev_hash, hash FROM audit_log WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(id);
    q.addBindValue(limit);
    if (!q.exec())
        return Result<QList<AuditEntry>>::failure(Database::classify(q.lastError()), tr("Cannot read the audit log: %1").arg(Database::describe(q.lastError())));
    QList<AuditEntry> out;
    out.reserve(limit);
    while (q.next())
        out << storage::auditEntryFromQuery(q);
    return out;
}

} // namespace pd
