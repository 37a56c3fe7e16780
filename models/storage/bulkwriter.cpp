#include "bulkwriter.h"

#include "database.h"
#include "personrepository.h"
#include "requestrow.h"
#include "transaction.h"

namespace pd {

using storage::instantToText;

BulkWriter::BulkWriter(const Database &db) : m_db(db) {}

BulkWriter::~BulkWriter()
{
    qDeleteAll(m_statements);
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
    constexpr qsizetype kRowsPerStatement = 400;
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

Status BulkWriter::write(const Batch &batch)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString now = instantToText(QDateTime::currentDateTimeUtc());

    QList<QVariantList> rows;
    rows.reserve(batch.people.size());
    for (const Person &p : batch.people)
        rows << QVariantList{p.id, p.name, p.account, p.email, p.phone, p.idNumber, p.company, p.language,
                             PersonRepository::searchText(p), now};
    if (auto s = insertRows(QStringLiteral("people"),
                            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("account"), QStringLiteral("email"),
                             QStringLiteral("phone"), QStringLiteral("id_number"), QStringLiteral("company"),
                             QStringLiteral("language"), QStringLiteral("search_text"), QStringLiteral("created_at")},
                            rows);
        !s)
        return s;

    rows.clear();
    rows.reserve(batch.requests.size());
    const QVariant noAssignee(QMetaType(QMetaType::LongLong));
    for (const Request &r : batch.requests)
        rows << QVariantList{r.id, r.reference, r.personId, r.personName, requestTypes().key(r.type),
                             requestStatuses().key(r.status), channels().key(r.channel),
                             requesterKinds().key(r.requesterKind), entities().key(r.entity), instantToText(r.receivedAt),
                             r.dueDate.toString(Qt::ISODate), r.assigneeId > 0 ? QVariant(r.assigneeId) : noAssignee,
                             r.assigneeName, int(r.priority), r.summary, now};
    if (auto s = insertRows(QStringLiteral("requests"),
                            {QStringLiteral("id"), QStringLiteral("reference"), QStringLiteral("person_id"),
                             QStringLiteral("person_name"), QStringLiteral("type"), QStringLiteral("status"),
                             QStringLiteral("channel"), QStringLiteral("requester_kind"), QStringLiteral("entity"),
                             QStringLiteral("received_at"), QStringLiteral("due_date"), QStringLiteral("assignee_id"),
                             QStringLiteral("assignee_name"), QStringLiteral("priority"), QStringLiteral("summary"),
                             QStringLiteral("updated_at")},
                            rows);
        !s)
        return s;

    rows.clear();
    rows.reserve(batch.history.size());
    for (const auto &[requestId, e] : batch.history)
        rows << QVariantList{requestId, instantToText(e.at), e.actor, e.action, e.fromStatus, e.toStatus, e.note};
    if (auto s = insertRows(QStringLiteral("request_history"),
                            {QStringLiteral("request_id"), QStringLiteral("at"), QStringLiteral("actor"),
                             QStringLiteral("action"), QStringLiteral("from_status"), QStringLiteral("to_status"),
                             QStringLiteral("note")},
                            rows);
        !s)
        return s;
    return tx.commit();
}

Status BulkWriter::finish(const QMap<int, qint64> &referenceCounters)
{
    qDeleteAll(m_statements);
    m_statements.clear();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
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
    } else if (!q.exec(QStringLiteral("ANALYZE"))) {
        return Status::failure(tr("Cannot update statistics: %1").arg(Database::describe(q.lastError())));
    }
    return tx.commit();
}

} // namespace pd
