#include "bulkwriter.h"

#include "database.h"
#include "personrepository.h"
#include "requestrow.h"
#include "sqlitebulkstatement.h"
#include "transaction.h"

namespace pd {

using storage::instantToText;

BulkWriter::BulkWriter(const Database &db) : m_db(db)
{
    // Index pages of a large load must stay in memory, or every batch re-reads them (SQLite's
    // default cache is 2 MB). Restored in finish().
    if (m_db.dialect() == Dialect::SQLite)
        QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size = -262144"));
}

BulkWriter::~BulkWriter()
{
    qDeleteAll(m_statements);
    qDeleteAll(m_native);
}

Status BulkWriter::exec(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        return Status::failure(tr("Cannot prepare the bulk load: %1").arg(Database::describe(q.lastError())));
    return {};
}

Status BulkWriter::begin()
{
    if (m_db.dialect() != Dialect::SQLite)
        return {};
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM requests LIMIT 1) AS x")) || !q.next())
        return Status::failure(tr("Cannot read the database: %1").arg(Database::describe(q.lastError())));
    if (q.value(0).toInt() > 0)
        return {};
    q.finish();

    // Sorter threads and in-memory temporary files for the index builds at the end.
    for (const char *pragma : {"PRAGMA threads = 2", "PRAGMA temp_store = MEMORY"})
        if (auto st = exec(QLatin1String(pragma)); !st)
            return st;
    m_bulk = std::make_unique<Transaction>(m_db);
    if (!m_bulk->begun())
        return m_bulk->begun();
    // Secondary indexes first, then triggers; constraint indexes (no SQL) stay.
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                               "AND tbl_name IN ('people', 'requests', 'request_history') AND sql IS NOT NULL "
                               "ORDER BY type, name")))
        return Status::failure(tr("Cannot read the database: %1").arg(Database::describe(q.lastError())));
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
    if (!q.exec(QStringLiteral("SELECT (SELECT COALESCE(MAX(id), 0) FROM people), (SELECT COALESCE(MAX(id), 0) FROM requests)"))
        || !q.next())
        return Result<NextIds>::failure(tr("Cannot read the database: %1").arg(Database::describe(q.lastError())));
    ids.person = q.value(0).toLongLong() + 1;
    ids.request = q.value(1).toLongLong() + 1;
    if (!q.exec(QStringLiteral("SELECT year, next_value FROM reference_counters")))
        return Result<NextIds>::failure(tr("Cannot read the database: %1").arg(Database::describe(q.lastError())));
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
            return Status::failure(tr("Cannot write to %1: %2").arg(table, statement->error()));
        for (const QVariantList &row : rows)
            if (!statement->insert(row))
                return Status::failure(tr("Cannot write to %1: %2").arg(table, statement->error()));
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
                return Status::failure(tr("Cannot write to %1: %2").arg(table, why));
            }
            m_statements.insert(key, q);
        }
        int pos = 0;
        for (qsizetype i = start; i < start + n; ++i)
            for (const QVariant &v : rows.at(i))
                q->bindValue(pos++, v);
        if (!q->exec())
            return Status::failure(tr("Cannot write to %1: %2").arg(table, Database::describe(q->lastError())));
    }
    return {};
}

Status BulkWriter::write(const Rows &rows)
{
    if (m_bulk)
        return writeRows(rows);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto s = writeRows(rows); !s)
        return s;
    return tx.commit();
}

BulkWriter::Rows BulkWriter::prepare(const Batch &batch)
{
    const QString now = instantToText(QDateTime::currentDateTimeUtc());
    Rows out;
    out.people.reserve(batch.people.size());
    for (const Person &p : batch.people)
        out.people << QVariantList{p.id, storage::text(p.name), storage::text(p.account), storage::text(p.email),
                                   storage::text(p.phone), storage::text(p.idNumber), storage::text(p.company), p.language,
                                   PersonRepository::searchText(p), now};
    out.requests.reserve(batch.requests.size());
    const QVariant noAssignee(QMetaType(QMetaType::LongLong));
    for (const Request &r : batch.requests)
        out.requests << QVariantList{r.id, r.reference, r.personId, r.personName, requestTypes().key(r.type),
                                     requestStatuses().key(r.status), channels().key(r.channel),
                                     requesterKinds().key(r.requesterKind), entities().key(r.entity),
                                     instantToText(r.receivedAt), r.dueDate.toString(Qt::ISODate),
                                     r.assigneeId > 0 ? QVariant(r.assigneeId) : noAssignee,
                                     storage::text(r.assigneeName), int(r.priority), storage::text(r.summary), now};
    out.history.reserve(batch.history.size());
    for (const auto &[requestId, e] : batch.history)
        out.history << QVariantList{requestId, instantToText(e.at), storage::text(e.actor), e.action,
                                    storage::text(e.fromStatus), storage::text(e.toStatus), storage::text(e.note)};
    out.approvals.reserve(batch.approvals.size());
    for (const Approval &a : batch.approvals) {
        QStringList reasons;
        for (auto r : a.reasons)
            reasons << refusalReasons().key(r);
        out.approvals << QVariantList{a.requestId, requestActions().key(a.action), storage::text(reasons.join(QLatin1Char(','))),
                                      storage::text(a.explanation), storage::text(a.proposedBy), instantToText(a.proposedAt)};
    }
    return out;
}

Status BulkWriter::writeRows(const Rows &rows)
{
    if (auto s = insertRows(QStringLiteral("people"),
                            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("account"), QStringLiteral("email"),
                             QStringLiteral("phone"), QStringLiteral("id_number"), QStringLiteral("company"),
                             QStringLiteral("language"), QStringLiteral("search_text"), QStringLiteral("created_at")},
                            rows.people);
        !s)
        return s;
    if (auto s = insertRows(QStringLiteral("requests"),
                            {QStringLiteral("id"), QStringLiteral("reference"), QStringLiteral("person_id"),
                             QStringLiteral("person_name"), QStringLiteral("type"), QStringLiteral("status"),
                             QStringLiteral("channel"), QStringLiteral("requester_kind"), QStringLiteral("entity"),
                             QStringLiteral("received_at"), QStringLiteral("due_date"), QStringLiteral("assignee_id"),
                             QStringLiteral("assignee_name"), QStringLiteral("priority"), QStringLiteral("summary"),
                             QStringLiteral("updated_at")},
                            rows.requests);
        !s)
        return s;
    if (auto s = insertRows(QStringLiteral("request_history"),
                            {QStringLiteral("request_id"), QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"),
                             QStringLiteral("from_status"), QStringLiteral("to_status"), QStringLiteral("note")},
                            rows.history);
        !s)
        return s;
    return insertRows(QStringLiteral("approvals"),
                      {QStringLiteral("request_id"), QStringLiteral("action"), QStringLiteral("reason_code"),
                       QStringLiteral("explanation"), QStringLiteral("proposed_by"), QStringLiteral("proposed_at")},
                      rows.approvals);
}

Status BulkWriter::finish(const QMap<int, qint64> &referenceCounters)
{
    qDeleteAll(m_statements);
    m_statements.clear();
    qDeleteAll(m_native);
    m_native.clear();
    std::unique_ptr<Transaction> tx = std::move(m_bulk);
    if (!tx)
        tx = std::make_unique<Transaction>(m_db);
    if (!tx->begun())
        return tx->begun();
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
            return Status::failure(tr("Cannot update the reference numbers: %1").arg(Database::describe(q.lastError())));
    }
    if (m_db.dialect() == Dialect::PostgreSQL) {
        for (const char *table : {"people", "requests", "request_history"}) {
            const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                               "(SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)")
                                    .arg(QLatin1String(table));
            if (!q.exec(sql))
                return Status::failure(tr("Cannot update the id sequences: %1").arg(Database::describe(q.lastError())));
        }
        if (!q.exec(QStringLiteral("ANALYZE")))
            return Status::failure(tr("Cannot update statistics: %1").arg(Database::describe(q.lastError())));
    } else if (!q.exec(QStringLiteral("ANALYZE"))) { // full statistics: the planner picks queue indexes by them
        return Status::failure(tr("Cannot update statistics: %1").arg(Database::describe(q.lastError())));
    }
    q.finish();
    auto committed = tx->commit();
    if (m_db.dialect() == Dialect::SQLite)
        QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size = -16384"));
    return committed;
}

} // namespace pd
