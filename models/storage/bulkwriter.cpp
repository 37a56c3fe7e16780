#include "bulkwriter.h"

#include "auditstore.h"
#include "database.h"
#include "personrepository.h"
#include "requestrow.h"
#include "sqlitebulkstatement.h"
#include "transaction.h"

namespace pd {

using storage::instantToText;

BulkWriter::BulkWriter(const Database &db) : m_db(db) {}

BulkWriter::~BulkWriter()
{
    qDeleteAll(m_statements);
    qDeleteAll(m_native);
    m_tx.reset(); // a load that did not finish rolls back whole
    if (m_bigCache)
        QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size = -16384"));
}

Status BulkWriter::exec(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        return Status::failure(Database::classify(q.lastError()), tr("Cannot prepare the bulk load: %1").arg(Database::describe(q.lastError())));
    return {};
}

Status BulkWriter::begin()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    bool empty = false;
    if (m_db.dialect() == Dialect::SQLite) {
        // Index pages of a large load must stay in memory, or every batch re-reads them (SQLite's
        // default cache is 2 MB). Restored when the writer goes.
        QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size = -262144"));
        m_bigCache = true;
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM requests LIMIT 1) AS x")) || !q.next())
            return Status::failure(Database::classify(q.lastError()), tr("Cannot read the database: %1").arg(Database::describe(q.lastError())));
        empty = q.value(0).toInt() == 0;
        q.finish();
        // Sorter threads and in-memory temporary files for the index builds at the end.
        if (empty)
            for (const char *pragma : {"PRAGMA threads = 2", "PRAGMA temp_store = MEMORY"})
                if (auto st = exec(QLatin1String(pragma)); !st)
                    return st;
    }
    m_tx = std::make_unique<Transaction>(m_db);
    if (!m_tx->begun())
        return m_tx->begun();
    // The audit head stays locked until the load commits (PostgreSQL; SQLite has one writer), so
    // the load's entries continue the chain and audited changes by others wait for it.
    if (const auto head = AuditStore(m_db).head(/*forUpdate=*/true); !head)
        return Status::failure(head.fault());
    if (!empty)
        return {};
    // Secondary indexes first, then triggers; constraint indexes (no SQL) stay.
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                               "AND tbl_name IN ('people', 'requests', 'request_history', 'approvals', 'verifications', "
                               "'packages', 'audit_log') AND sql IS NOT NULL "
                               "ORDER BY type, name")))
        return Status::failure(Database::classify(q.lastError()), tr("Cannot read the database: %1").arg(Database::describe(q.lastError())));
    QStringList drops;
    while (q.next()) {
        drops << QStringLiteral("DROP %1 %2").arg(q.value(0).toString().toUpper(), q.value(1).toString());
        m_deferredSql << q.value(2).toString();
    }
    q.finish();
    for (const QString &sql : std::as_const(drops))
        if (auto st = exec(sql); !st)
            return st;
    return {};
}

Result<BulkWriter::NextIds> BulkWriter::nextIds() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    NextIds ids;
    if (!q.exec(QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM people), (SELECT COALESCE(MAX(id), 0) FROM requests), "
                               "(SELECT COALESCE(MAX(id), 0) FROM request_history), (SELECT COALESCE(MAX(id), 0) FROM approvals), "
                               "(SELECT COALESCE(MAX(id), 0) FROM verifications), (SELECT COALESCE(MAX(id), 0) FROM packages)"))
        || !q.next())
        return Result<NextIds>::failure(Database::classify(q.lastError()), tr("Cannot read the database: %1").arg(Database::describe(q.lastError())));
    ids.person = q.value(0).toLongLong() + 1;
    ids.request = q.value(1).toLongLong() + 1;
    ids.history = q.value(2).toLongLong() + 1;
    ids.approval = q.value(3).toLongLong() + 1;
    ids.verification = q.value(4).toLongLong() + 1;
    ids.package = q.value(5).toLongLong() + 1;
    const auto head = AuditStore(m_db).head(/*forUpdate=*/m_tx != nullptr);
    if (!head)
        return Result<NextIds>::failure(head.fault());
    ids.auditId = head->lastId;
    ids.auditHash = head->lastHash;
    if (!q.exec(QStringLiteral("SELECT year, next_value FROM reference_counters")))
        return Result<NextIds>::failure(Database::classify(q.lastError()), tr("Cannot read the database: %1").arg(Database::describe(q.lastError())));
    while (q.next())
        ids.referenceCounters.insert(q.value(0).toInt(), q.value(1).toLongLong());
    return ids;
}

Status BulkWriter::insertRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows)
{
    if (m_db.dialect() == Dialect::SQLite) {
        SqliteBulkStatement *statement = m_native.value(table);
        if (!statement) {
            const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(table, columns.join(QLatin1Char(',')),
                                         QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
            statement = new SqliteBulkStatement(m_db.connection(), sql);
            m_native.insert(table, statement);
        }
        if (!statement->isValid())
            return Status::failure(ErrorKind::Internal, tr("Cannot write to %1: %2").arg(table, statement->error()));
        for (const QVariantList &row : rows)
            if (!statement->insert(row))
                return Status::failure(ErrorKind::Internal, tr("Cannot write to %1: %2").arg(table, statement->error()));
        return {};
    }
    // PostgreSQL: one round trip for many rows; Qt's parameter handling grows with the statement.
    const qsizetype kRowsPerStatement = std::max<qsizetype>(1, 4000 / columns.size());
    for (qsizetype start = 0; start < rows.size(); start += kRowsPerStatement) {
        const qsizetype n = std::min(kRowsPerStatement, rows.size() - start);
        const QString key = table + QLatin1Char('/') + QString::number(n);
        QSqlQuery *q = m_statements.value(key);
        if (!q) {
            const QString row = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
                + QLatin1Char(')');
            const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1Char(',')))
                + QStringList(n, row).join(QLatin1Char(','));
            q = new QSqlQuery(m_db.connection());
            if (!q->prepare(sql)) {
                const QString why = Database::describe(q->lastError());
                delete q;
                return Status::failure(ErrorKind::Internal, tr("Cannot write to %1: %2").arg(table, why));
            }
            m_statements.insert(key, q);
        }
        int pos = 0;
        for (qsizetype i = start; i < start + n; ++i)
            for (const QVariant &v : rows.at(i))
                q->bindValue(pos++, v);
        if (!q->exec())
            return Status::failure(Database::classify(q->lastError()), tr("Cannot write to %1: %2").arg(table, Database::describe(q->lastError())));
    }
    return {};
}

Status BulkWriter::write(const Rows &rows)
{
    if (!m_tx)
        return Status::failure(ErrorKind::Internal, tr("Cannot write: the bulk load has not begun."));
    return writeRows(rows);
}

BulkWriter::Rows BulkWriter::prepare(const Batch &batch)
{
    const QString now = instantToText(QDateTime::currentDateTimeUtc());
    const QVariant noId(QMetaType(QMetaType::LongLong));
    const auto instant = [](const QDateTime &t) { return t.isValid() ? instantToText(t) : QStringLiteral(""); };
    Rows out;
    out.people.reserve(batch.people.size());
    for (const Person &p : batch.people)
        out.people << QVariantList{p.id, storage::text(p.name), storage::text(p.account), storage::text(p.email),
                                   storage::text(p.phone), storage::text(p.idNumber), storage::text(p.company), p.language,
                                   PersonRepository::searchText(p), now};
    out.requests.reserve(batch.requests.size());
    for (const Request &r : batch.requests)
        out.requests << QVariantList{r.id, r.reference, r.personId, r.personName, requestTypes().key(r.type),
                                     requestStatuses().key(r.status), channels().key(r.channel),
                                     requesterKinds().key(r.requesterKind), entities().key(r.entity),
                                     instantToText(r.receivedAt), r.dueDate.toString(Qt::ISODate),
                                     r.assigneeId > 0 ? QVariant(r.assigneeId) : noId, storage::text(r.assigneeName),
                                     int(r.priority), storage::text(r.summary), r.version, storage::text(r.resumeStatus),
                                     r.pausedOn.isValid() ? r.pausedOn.toString(Qt::ISODate) : QStringLiteral(""), now,
                                     r.demo ? 1 : 0};
    out.history.reserve(batch.history.size());
    for (const HistoryRow &h : batch.history) {
        const HistoryEntry &e = h.entry;
        out.history << QVariantList{h.id, h.requestId, instantToText(e.at),
                                    storage::text(e.actor), e.action, storage::text(e.fromStatus),
                                    storage::text(e.toStatus), storage::text(e.note)};
    }
    out.approvals.reserve(batch.approvals.size());
    for (const Approval &a : batch.approvals) {
        QStringList reasons;
        for (auto r : a.reasons)
            reasons << refusalReasons().key(r);
        out.approvals << QVariantList{a.id, a.requestId, requestActions().key(a.action),
                                      storage::text(reasons.join(QLatin1Char(','))), storage::text(a.explanation),
                                      storage::text(a.proposedBy), instantToText(a.proposedAt), storage::text(a.decidedBy),
                                      instant(a.decidedAt), storage::text(a.decision), storage::text(a.decisionNote)};
    }
    out.checks.reserve(batch.checks.size());
    for (const VerificationCheck &c : batch.checks)
        out.checks << QVariantList{c.id, c.requestId, verificationMethods().key(c.method),
                                   c.passed ? QStringLiteral("passed") : QStringLiteral("failed"), storage::text(c.detail),
                                   storage::text(c.checkedBy), instantToText(c.at)};
    out.packages.reserve(batch.packages.size());
    for (const PackageRecord &p : batch.packages)
        out.packages << QVariantList{p.id, p.requestId, p.sha256, p.bytes, p.items, p.encrypted ? 1 : 0,
                                     storage::text(p.categories.join(QLatin1Char(','))), storage::text(p.createdBy),
                                     instantToText(p.createdAt), storage::text(p.failed.join(QLatin1Char(',')))};
    for (const ErasureRecord &e : batch.erasures)
        out.erasures << QVariantList{e.requestId, storage::text(e.completedBy), instantToText(e.completedAt), e.remaining};
    for (const ConsentEvent &c : batch.consents)
        out.consents << QVariantList{c.personId, storage::text(c.purpose), c.given ? QStringLiteral("given") : QStringLiteral("withdrawn"),
                                     storage::text(c.channel), instantToText(c.at), storage::text(c.recordedBy), c.requestId};
    out.audit.reserve(batch.audit.size());
    for (const AuditEntry &e : batch.audit)
        out.audit << QVariantList{e.id, instantToText(e.at), storage::text(e.actor), storage::text(e.entity), e.entityId,
                                  e.requestId, storage::text(e.action), storage::text(e.beforeJson),
                                  storage::text(e.afterJson), storage::text(e.prevHash), storage::text(e.hash)};
    if (!batch.audit.isEmpty()) {
        out.auditFromId = batch.audit.constFirst().id - 1;
        out.auditFromHash = batch.audit.constFirst().prevHash;
        out.auditToId = batch.audit.constLast().id;
        out.auditToHash = batch.audit.constLast().hash;
    }
    return out;
}

Status BulkWriter::writeRows(const Rows &rows)
{
    const auto cols = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out << QLatin1String(n);
        return out;
    };
    if (auto s = insertRows(QStringLiteral("people"),
                            cols({"id", "name", "account", "email", "phone", "id_number", "company", "language",
                                  "search_text", "created_at"}),
                            rows.people);
        !s)
        return s;
    if (auto s = insertRows(QStringLiteral("requests"),
                            cols({"id", "reference", "person_id", "person_name", "type", "status", "channel",
                                  "requester_kind", "entity", "received_at", "due_date", "assignee_id", "assignee_name",
                                  "priority", "summary", "version", "resume_status", "paused_on", "updated_at", "demo"}),
                            rows.requests);
        !s)
        return s;
    if (auto s = insertRows(QStringLiteral("request_history"),
                            cols({"id", "request_id", "at", "actor", "action", "from_status", "to_status", "note"}),
                            rows.history);
        !s)
        return s;
    if (auto s = insertRows(QStringLiteral("approvals"),
                            cols({"id", "request_id", "action", "reason_code", "explanation", "proposed_by", "proposed_at",
                                  "decided_by", "decided_at", "decision", "decision_note"}),
                            rows.approvals);
        !s)
        return s;
    if (auto s = insertRows(QStringLiteral("verifications"),
                            cols({"id", "request_id", "method", "outcome", "detail", "checked_by", "at"}), rows.checks);
        !s)
        return s;
    if (auto s = insertRows(QStringLiteral("packages"),
                            cols({"id", "request_id", "sha256", "bytes", "items", "encrypted", "categories", "created_by",
                                  "created_at", "failed"}),
                            rows.packages);
        !s)
        return s;
    if (auto s = insertRows(QStringLiteral("erasures"), cols({"request_id", "completed_by", "completed_at", "remaining"}),
                            rows.erasures);
        !s)
        return s;
    if (auto s = insertRows(QStringLiteral("consents"),
                            cols({"person_id", "purpose", "event", "channel", "occurred_at", "recorded_by", "request_id"}), rows.consents);
        !s)
        return s;
    return writeAudit(rows);
}

Status BulkWriter::writeAudit(const Rows &rows)
{
    if (rows.audit.isEmpty())
        return {};
    // The entries were chained from the head as it was read; another writer since then (another
    // workstation) would fork the chain, so the batch is refused instead.
    const AuditStore store(m_db);
    const auto head = store.head(/*forUpdate=*/true);
    if (!head)
        return Status::failure(head.fault());
    if (head->lastId != rows.auditFromId || head->lastHash != rows.auditFromHash)
        return Status::failure(ErrorKind::Conflict, tr("Someone else wrote to the audit log during the load. Nothing was loaded, so that the "
                                  "chain stays intact; try again."));
    if (auto s = insertRows(QStringLiteral("audit_log"),
                            {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("entity"),
                             QStringLiteral("entity_id"), QStringLiteral("request_id"), QStringLiteral("action"),
                             QStringLiteral("before_json"), QStringLiteral("after_json"), QStringLiteral("prev_hash"),
                             QStringLiteral("hash")},
                            rows.audit);
        !s)
        return s;
    return store.advanceHead(rows.auditToId, rows.auditToHash, rows.audit.size());
}

Status BulkWriter::finish(const QMap<int, qint64> &referenceCounters)
{
    qDeleteAll(m_statements);
    m_statements.clear();
    qDeleteAll(m_native);
    m_native.clear();
    std::unique_ptr<Transaction> tx = std::move(m_tx);
    if (!tx)
        return Status::failure(ErrorKind::Internal, tr("Cannot write: the bulk load has not begun."));
    for (const QString &sql : std::as_const(m_deferredSql))
        if (auto s = exec(sql); !s)
            return s;
    if (!m_deferredSql.isEmpty())
        if (auto s = exec(QStringLiteral("INSERT INTO people_fts (people_fts) VALUES ('rebuild')")); !s)
            return s;
    m_deferredSql.clear();
    QSqlQuery q(m_db.connection());
    for (auto it = referenceCounters.cbegin(); it != referenceCounters.cend(); ++it) {
        q.prepare(QStringLiteral("INSERT INTO reference_counters (year, next_value) VALUES (?, ?) "
                                 "ON CONFLICT (year) DO UPDATE SET next_value = excluded.next_value"));
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec())
            return Status::failure(Database::classify(q.lastError()), tr("Cannot update the reference numbers: %1").arg(Database::describe(q.lastError())));
    }
    if (m_db.dialect() == Dialect::PostgreSQL) {
        for (const char *table : {"people", "requests", "request_history", "approvals", "verifications", "packages"}) {
            const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                               "(SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)")
                                    .arg(QLatin1String(table));
            if (!q.exec(sql))
                return Status::failure(Database::classify(q.lastError()), tr("Cannot update the id sequences: %1").arg(Database::describe(q.lastError())));
        }
        if (!q.exec(QStringLiteral("ANALYZE")))
            return Status::failure(Database::classify(q.lastError()), tr("Cannot update statistics: %1").arg(Database::describe(q.lastError())));
    } else if (!q.exec(QStringLiteral("ANALYZE"))) { // full statistics: the planner picks queue indexes by them
        return Status::failure(Database::classify(q.lastError()), tr("Cannot update statistics: %1").arg(Database::describe(q.lastError())));
    }
    q.finish();
    return tx->commit();
}

} // namespace pd
