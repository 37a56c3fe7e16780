#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pd {

class Database;

// A signed head of the audit chain (schema 13).
struct AuditCheckpoint
{
    qint64 id = 0;
    qint64 lastId = 0;   // the newest entry when it was signed (0: an empty log)
    QString lastHash;    // and its hash
    qint64 entries = 0;  // how many entries the log held
    QDateTime signedAt;  // UTC
    QString reason;      // "manual", "package", "letter"
    QString publicKey;   // Ed25519, hex
    QString signature;   // over AuditCheckpoints::canonical(), hex
};

class CheckpointRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointRepository)

public:
    explicit CheckpointRepository(const Database &db) : m_db(db) {}
    Result<qint64> insert(const AuditCheckpoint &c) const;
    Result<QList<AuditCheckpoint>> all() const; // oldest first
    // The stored hash of entry `id` (empty: no such entry).
    Result<QString> hashOf(qint64 id) const;
    // The first entry after `id` dated before `at` (0: none): appended later, yet back-dated.
    Result<qint64> firstBackdatedAfter(qint64 id, const QDateTime &at) const;

private:
    const Database &m_db;
};

} // namespace pd
