#pragma once

#include "../common/result.h"
#include "../domain/records.h"
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
// their ids. Into an empty SQLite database everything goes in one transaction with the secondary
// indexes, triggers and the search index built once at the end (a sorted build is many times
// faster than a million incremental updates); otherwise each batch is its own transaction.
// finish() also brings reference counters and PostgreSQL identity sequences up to date.
class BulkWriter final
{
    Q_DECLARE_TR_FUNCTIONS(BulkWriter)
    Q_DISABLE_COPY_MOVE(BulkWriter)

public:
    struct NextIds
    {
        qint64 person = 1;
        qint64 request = 1;
        QMap<int, qint64> referenceCounters; // year -> next number
    };
    struct Batch
    {
        QList<Person> people;
        QList<Request> requests;
        QList<QPair<qint64, HistoryEntry>> history; // request id, entry
        QList<Approval> approvals;                  // proposals waiting for a supervisor
    };

    // A batch turned into bindable rows. Pure and thread-safe, so a producer thread can prepare
    // the next batch while this one is written.
    struct Rows
    {
        QList<QVariantList> people, requests, history, approvals;
    };
    static Rows prepare(const Batch &batch);

    explicit BulkWriter(const Database &db);
    ~BulkWriter();

    Result<NextIds> nextIds() const;
    Status begin();
    Status write(const Batch &batch) { return write(prepare(batch)); }
    Status write(const Rows &rows);
    Status finish(const QMap<int, qint64> &referenceCounters);
    bool bulkMode() const { return m_bulk != nullptr; }

private:
    Status insertRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows);
    Status writeRows(const Rows &rows);
    Status exec(const QString &sql);

    const Database &m_db;
    std::unique_ptr<Transaction> m_bulk;  // the one transaction of a bulk load
    QStringList m_deferredSql;            // index and trigger definitions to re-create
    QHash<QString, QSqlQuery *> m_statements; // "table/rows" -> prepared statement
    QHash<QString, SqliteBulkStatement *> m_native; // table -> single-row insert (SQLite)
};

} // namespace pd
