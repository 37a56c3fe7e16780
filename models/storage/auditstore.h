#pragma once

#include "../common/result.h"
#include "../domain/records.h"

#include <QCoreApplication>

namespace pd {

class Database;

// The SQL under AuditLog: the head row (newest id, hash, count) and the entries themselves.
class AuditStore final
{
    Q_DECLARE_TR_FUNCTIONS(AuditStore)

public:
    struct Head
    {
        qint64 lastId = 0;
        QString lastHash;
        qint64 entries = 0;
    };

    explicit AuditStore(const Database &db) : m_db(db) {}

    // forUpdate: lock the head row until the transaction ends (PostgreSQL; SQLite has one writer).
    Result<Head> head(bool forUpdate) const;
    Status insert(const AuditEntry &entry) const;
    // The newest entry is now `id` with `hash`, after `added` more entries.
    Status advanceHead(qint64 id, const QString &hash, qint64 added = 1) const;
    // Inside a read-only transaction: one snapshot for all following reads (PostgreSQL's default
    // isolation takes a new one per statement; SQLite's WAL read transaction already keeps one).
    Status useOneSnapshot() const;
    Result<QList<AuditEntry>> entriesAfter(qint64 id, int limit) const;

private:
    const Database &m_db;
};

} // namespace pd
