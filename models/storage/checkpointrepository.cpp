#include "checkpointrepository.h"

#include "database.h"
#include "requestrow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

template<typename T>
Result<T> readFailure(const QSqlQuery &q)
{
    return Result<T>::failure(Database::classify(q.lastError()),
                              CheckpointRepository::tr("Cannot read the audit checkpoints: %1").arg(Database::describe(q.lastError())));
}

} // namespace

Result<qint64> CheckpointRepository::insert(const AuditCheckpoint &c) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_checkpoints (last_id, last_hash, entries, signed_at, reason, public_key, signature) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : {QVariant(c.lastId), QVariant(storage::text(c.lastHash)), QVariant(c.entries),
                              QVariant(storage::instantToText(c.signedAt)), QVariant(c.reason), QVariant(c.publicKey),
                              QVariant(c.signature)})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::classify(q.lastError()),
                                       tr("Cannot record the audit checkpoint: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

Result<QList<AuditCheckpoint>> CheckpointRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, last_id, last_hash, entries, signed_at, reason, public_key, signature "
                               "FROM audit_checkpoints ORDER BY id")))
        return readFailure<QList<AuditCheckpoint>>(q);
    QList<AuditCheckpoint> out;
    while (q.next())
        out << AuditCheckpoint{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                               storage::instantFromText(q.value(4).toString()), q.value(5).toString(), q.value(6).toString(),
                               q.value(7).toString()};
    return out;
}

Result<QString> CheckpointRepository::hashOf(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return readFailure<QString>(q);
    return q.next() ? q.value(0).toString() : QString();
}

Result<qint64> CheckpointRepository::firstBackdatedAfter(qint64 id, const QDateTime &at) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT MIN(id) FROM audit_log WHERE id > ? AND at < ?"));
    q.addBindValue(id);
    q.addBindValue(storage::instantToText(at));
    if (!q.exec())
        return readFailure<qint64>(q);
    return q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : qint64(0);
}

} // namespace pd
