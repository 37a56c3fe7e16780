#pragma once

#include "../common/result.h"
#include "../domain/records.h"

#include <QCoreApplication>

#include <functional>

namespace pd {

class Database;

// The append-only, hash-chained audit log. append() must be called inside the Transaction of the
// change it records, so the entry and the change commit or roll back together. Each entry stores
// SHA-256 over its own content and the previous entry's hash; audit_head holds the newest hash and
// the count, so appends serialise and a removed last entry is noticed.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    struct Verification
    {
        bool intact = false;
        qint64 entries = 0;
        qint64 firstBadId = 0; // 0 when intact; for a missing tail, the first missing id
        QString problem;       // translated description of the first problem
    };

    explicit AuditLog(const Database &db) : m_db(db) {}

    // Fills at (when invalid), prevHash and hash; returns the stored entry with its id.
    Result<AuditEntry> append(AuditEntry entry) const;
    // Walks the whole chain in id order, in pages, without loading it all, in one read-only
    // snapshot (its own transaction: do not call it inside another one).
    // `cancelled` is asked between pages: true stops the walk (ErrorKind::Internal, "cancelled").
    Result<Verification> verify(const std::function<bool()> &cancelled = {}) const;

    // Gives an entry its place in the chain: its id, the previous entry's hash, the time at the
    // stored precision and its own hash. append() uses it, and so do bulk loads that write many
    // entries at once (the demo data), so both chain alike.
    static void seal(AuditEntry &entry, qint64 id, const QString &prevHash);

    // The canonical text that is hashed (exposed for tests).
    static QByteArray canonical(const AuditEntry &entry);
    static QString computeHash(const AuditEntry &entry);

private:
    const Database &m_db;
};

} // namespace pd
