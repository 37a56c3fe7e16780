#pragma once

#include "../common/result.h"
#include "../domain/records.h"
#include "../domain/datasource.h"
#include "../domain/erasure.h"
#include "../domain/verification.h"
#include "workflowrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <memory>

namespace pd {

class Database;
class Transaction;
class SqliteBulkStatement;

// Writes many rows fast (demo data, imports): multi-row INSERTs with bound values, rows carrying
// their ids, audit entries continuing the chain. A load is one transaction from begin() to
// finish(), so it is all or nothing, and the audit head stays locked meanwhile: audited changes by
// others wait instead of forking the chain. Into an empty SQLite database the secondary indexes,
// triggers and the search index are dropped at begin() and built once at the end (a sorted build
// is many times faster than a million incremental updates). finish() also brings reference
// counters and PostgreSQL identity sequences up to date, then commits; a writer destroyed before
// that rolls the load back.
class BulkWriter final
{
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)
    Q_DISABLE_COPY_MOVE(BulkWriter)

public:
    // The ids the next rows get, and the audit chain's head, read before a load.
    struct NextIds
    {
        qint64 person = 1;
        qint64 request = 1;
        qint64 history = 1;
        qint64 approval = 1;
        qint64 verification = 1;
        qint64 package = 1;
        qint64 auditId = 0;   // the newest audit entry (0: none yet)
        QString auditHash;    // and its hash
        QMap<int, qint64> referenceCounters; // year -> next number
    };
    struct HistoryRow
    {
        qint64 id = 0;
        qint64 requestId = 0;
        HistoryEntry entry;
    };
    // Rows carry their ids. Audit entries are sealed (AuditLog::seal) and continue the chain from
    // the head of the database, or from the previous batch.
    struct Batch
    {
        QList<Person> people;
        QList<Request> requests; // as they stand after the load (status, version, pause fields)
        QList<HistoryRow> history;
        QList<Approval> approvals; // with any decision
        QList<VerificationCheck> checks;
        QList<PackageRecord> packages;
        QList<ErasureRecord> erasures;
        QList<ConsentEvent> consents;
        QList<AuditEntry> audit;
    };

    // A batch turned into bindable rows (write(Batch) does it; pure and thread-safe).
    struct Rows
    {
        QList<QVariantList> people, requests, history, approvals, checks, packages, erasures, consents, audit;
        qint64 auditFromId = 0;   // the entry the first one follows, and its hash
        QString auditFromHash;
        qint64 auditToId = 0;     // the last one and its hash
        QString auditToHash;
    };
    static Rows prepare(const Batch &batch);

    explicit BulkWriter(const Database &db);
    ~BulkWriter();

    Result<NextIds> nextIds() const;
    Status begin();
    Status write(const Batch &batch) { return write(prepare(batch)); }
    Status write(const Rows &rows);
    Status finish(const QMap<int, qint64> &referenceCounters);


private:
    Status insertRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows);
    Status writeRows(const Rows &rows);
    Status writeAudit(const Rows &rows);
    Status exec(const QString &sql);

    const Database &m_db;
    std::unique_ptr<Transaction> m_tx;    // the one transaction of the load
    bool m_bigCache = false;
    QStringList m_deferredSql;            // index and trigger definitions to re-create
    QHash<QString, QSqlQuery *> m_statements; // "table/rows" -> prepared statement
    QHash<QString, SqliteBulkStatement *> m_native; // table -> single-row insert (SQLite)
};

} // namespace pd
