#pragma once

#include "../common/result.h"
#include "../domain/records.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlQuery>

namespace pd {

class Database;

// Writes many rows fast (demo data, imports): multi-row INSERTs with bound values, rows carrying
// their ids, one transaction per batch. Reference counters and PostgreSQL identity sequences are
// brought up to date by finish().
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
    };

    explicit BulkWriter(const Database &db);
    ~BulkWriter();

    Result<NextIds> nextIds() const;
    Status write(const Batch &batch);
    Status finish(const QMap<int, qint64> &referenceCounters);

private:
    Status insertRows(const QString &table, const QStringList &columns, const QList<QVariantList> &rows);

    const Database &m_db;
    QHash<QString, QSqlQuery *> m_statements; // "table/rows" -> prepared statement
};

} // namespace pd
