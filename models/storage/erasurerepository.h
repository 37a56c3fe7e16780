#pragma once

#include "../common/result.h"
#include "../domain/erasure.h"

#include <QCoreApplication>
#include <QSet>

namespace pd {

class Database;

// The erasure_steps, erasures and legal_holds tables (schema 14): what a deletion or account
// cancellation did at each source, counts only.
class ErasureRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ErasureRepository)

public:
    explicit ErasureRepository(const Database &db) : m_db(db) {}

    // Who approved the request's deletion or cancellation proposal (the newest one), or nothing
    // when it is not approved (pending, sent back, or never proposed).
    Result<QString> approvedBy(qint64 requestId) const;
    // The steps carried out so far (done), in the order they were.
    Result<QList<ErasureLine>> steps(qint64 requestId) const;
    Status insertStep(qint64 requestId, const ErasureLine &line, const QString &by, const QDateTime &at) const;
    Status setRemaining(qint64 requestId, qint64 sourceId, const QString &category, qint64 remaining) const;

    Status complete(qint64 requestId, const QString &by, const QDateTime &at, qint64 remaining) const;
    // Whether the request's deletion was carried out in full (RequestWorkflow's guard).
    Result<bool> completed(qint64 requestId) const;
    // The people a completed erasure is about (the demo platform holds nothing for them).
    Result<QSet<qint64>> erasedPeople() const;

    Result<qint64> insertHold(const LegalHold &hold) const;
    // Holds not yet released: every one, or (dueOn valid) those that end on or before it. Soonest first.
    Result<QList<LegalHold>> openHolds(QDate dueOn = {}) const;
    Result<QList<LegalHold>> holdsFor(qint64 requestId) const;
    Status release(qint64 holdId, const QString &by, const QDateTime &at, qint64 rows) const;

private:
    Result<QList<LegalHold>> holdsWhere(const QString &condition, const QVariantList &values) const;

    const Database &m_db;
};

} // namespace pd
