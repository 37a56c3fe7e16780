#include "auditlog.h"

#include "../storage/database.h"
#include "../storage/requestrow.h"
#include "../storage/transaction.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace pd {

namespace {
constexpr char kSeparator = '\x1f';
constexpr int kVerifyPage = 2000;
} // namespace

QByteArray AuditLog::canonical(const AuditEntry &e)
{
    const QStringList fields{QString::number(e.id), storage::instantToText(e.at), e.actor, e.entity,
                             QString::number(e.entityId), QString::number(e.requestId), e.action, e.beforeJson,
                             e.afterJson, e.prevHash};
    return fields.join(QLatin1Char(kSeparator)).toUtf8();
}

QString AuditLog::computeHash(const AuditEntry &entry)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(entry), QCryptographicHash::Sha256).toHex());
}

Result<AuditEntry> AuditLog::append(AuditEntry e) const
{
    using R = Result<AuditEntry>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The head row is locked until the surrounding transaction ends, so concurrent writers on
    // PostgreSQL chain one after another; SQLite has a single writer anyway.
    const QString head = m_db.dialect() == Dialect::PostgreSQL
        ? QStringLiteral("SELECT last_id, last_hash, entries FROM audit_head WHERE singleton = 1 FOR UPDATE")
        : QStringLiteral("SELECT last_id, last_hash, entries FROM audit_head WHERE singleton = 1");
    if (!q.exec(head) || !q.next())
        return R::failure(tr("Cannot write the audit log: %1").arg(Database::describe(q.lastError())));
    e.id = q.value(0).toLongLong() + 1;
    e.prevHash = q.value(1).toString();
    q.finish();
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    e.at = storage::instantFromText(storage::instantToText(e.at)); // the stored precision
    e.hash = computeHash(e);

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
        return R::failure(tr("Cannot write the audit log: %1").arg(Database::describe(q.lastError())));
    q.prepare(QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ?, entries = entries + 1 WHERE singleton = 1"));
    q.addBindValue(e.id);
    q.addBindValue(e.hash);
    if (!q.exec())
        return R::failure(tr("Cannot write the audit log: %1").arg(Database::describe(q.lastError())));
    return e;
}

Result<AuditLog::Verification> AuditLog::verify() const
{
    using R = Result<Verification>;
    // The head and the whole chain are read in one snapshot: entries appended while the walk
    // runs (by another workstation or thread) must not look like a broken chain. The transaction
    // only reads and is rolled back.
    Transaction snapshot(m_db);
    if (!snapshot.begun())
        return R::failure(tr("Cannot read the audit log: %1").arg(snapshot.begun().error()));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // PostgreSQL's default READ COMMITTED takes a new snapshot per statement; SQLite's WAL
    // read transaction keeps the one of its first read.
    if (m_db.dialect() == Dialect::PostgreSQL
        && !q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
        return R::failure(tr("Cannot read the audit log: %1").arg(Database::describe(q.lastError())));
    if (!q.exec(QStringLiteral("SELECT last_id, last_hash, entries FROM audit_head WHERE singleton = 1")) || !q.next())
        return R::failure(tr("Cannot read the audit log: %1").arg(Database::describe(q.lastError())));
    const qint64 headId = q.value(0).toLongLong();
    const QString headHash = q.value(1).toString();
    const qint64 headEntries = q.value(2).toLongLong();
    q.finish();

    Verification v;
    QString expectedPrev;
    qint64 previousId = 0;
    const auto fail = [&](qint64 id, const QString &problem) {
        v.intact = false;
        v.firstBadId = id;
        v.problem = problem;
        return v;
    };
    q.prepare(QStringLiteral("SELECT id, at, actor, entity, entity_id, request_id, action, before_json, after_json, "
                             "prev_hash, hash FROM audit_log WHERE id > ? ORDER BY id LIMIT ?"));
    for (;;) {
        q.bindValue(0, previousId);
        q.bindValue(1, kVerifyPage);
        if (!q.exec())
            return R::failure(tr("Cannot read the audit log: %1").arg(Database::describe(q.lastError())));
        int rows = 0;
        while (q.next()) {
            ++rows;
            AuditEntry e;
            e.id = q.value(0).toLongLong();
            e.at = storage::instantFromText(q.value(1).toString());
            e.actor = q.value(2).toString();
            e.entity = q.value(3).toString();
            e.entityId = q.value(4).toLongLong();
            e.requestId = q.value(5).toLongLong();
            e.action = q.value(6).toString();
            e.beforeJson = q.value(7).toString();
            e.afterJson = q.value(8).toString();
            e.prevHash = q.value(9).toString();
            e.hash = q.value(10).toString();
            if (e.id != previousId + 1)
                return fail(e.id, tr("Entry %1 follows entry %2: the entries between them are missing.").arg(e.id).arg(previousId));
            if (e.prevHash != expectedPrev)
                return fail(e.id, tr("Entry %1 does not follow the entry before it (removed or reordered entries).").arg(e.id));
            if (computeHash(e) != e.hash)
                return fail(e.id, tr("Entry %1 was altered after it was written.").arg(e.id));
            expectedPrev = e.hash;
            previousId = e.id;
            ++v.entries;
        }
        if (rows < kVerifyPage)
            break;
    }
    if (previousId != headId || expectedPrev != headHash || v.entries != headEntries)
        return fail(previousId + 1, tr("The log ends at entry %1, but %2 entries were written: entries at the end are missing.")
                                        .arg(previousId)
                                        .arg(headEntries));
    v.intact = true;
    return v;
}

} // namespace pd
