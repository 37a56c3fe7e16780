#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pd {

// A deletion or account cancellation (§4 (4), §5), per source and category: what the look-up
// found, what the category's statement did (or, in a dry run, would do) and what is kept, and why.
struct ErasureLine
{
    qint64 sourceId = 0;
    QString source;
    QString category;
    QString categoryName; // in the UI's language
    QString action;      // the statement run: "delete" or "anonymise"; empty when the source has none
    qint64 found = 0;    // what the look-up found before
    qint64 changed = 0;  // rows the statement deleted or anonymised
    qint64 kept = 0;     // rows the look-up still finds afterwards
    QDate heldUntil;     // a legal hold keeps the kept rows (restricted) until then
    QString why;         // translated: why rows are kept (empty when none are)
    bool blocking = false; // kept rows with no reason the law accepts: the erasure cannot be completed
    bool done = false;   // carried out already (a retry leaves it alone)
    qint64 remaining = -1; // the look-up afterwards (the proof); -1 before it ran
    QString outcome() const; // "deleted", "anonymised", "held" or "nothing"
};

// The lines of one request, and how far it is.
struct ErasurePlan
{
    qint64 requestId = 0;
    QString reference;
    bool cancellation = false; // an account cancellation: the account is marked cancelled at the source first
    bool approved = false;     // a supervisor approved it (four-eyes); nothing is carried out before
    QString approvedBy;
    QList<ErasureLine> lines;
    QStringList failedSources; // "name: why" of sources that could not be read or changed
    bool completed = false;    // every source done and the look-ups ran again (erasures row)
    qint64 changed() const;
    qint64 kept() const;
    bool blocked() const;
};

// A deletion carried out in full: every source done and the look-ups ran again.
struct ErasureRecord
{
    qint64 requestId = 0;
    QString completedBy;
    QDateTime completedAt;
    qint64 remaining = 0; // what the look-ups still found (rows under a legal hold)
};

// What a legal hold keeps back from a deletion, and when it ends.
struct LegalHold
{
    qint64 id = 0;
    qint64 requestId = 0;
    QString reference;
    qint64 personId = 0;
    qint64 sourceId = 0;
    QString source;
    QString category;
    QDate heldUntil;
    QString cutoff; // the hold keeps rows newer than this ("yyyy-MM-dd HH:mm:ss" UTC)
    QString releasedBy;
    QDateTime releasedAt;
    qint64 releasedRows = 0;
};

inline QString ErasureLine::outcome() const
{
    if (kept > 0 && heldUntil.isValid())
        return QStringLiteral("held");
    if (changed > 0)
        return action == QLatin1String("anonymise") ? QStringLiteral("anonymised") : QStringLiteral("deleted");
    return QStringLiteral("nothing");
}

inline qint64 ErasurePlan::changed() const
{
    qint64 n = 0;
    for (const ErasureLine &l : lines)
        n += l.changed;
    return n;
}

inline qint64 ErasurePlan::kept() const
{
    qint64 n = 0;
    for (const ErasureLine &l : lines)
        n += l.kept;
    return n;
}

inline bool ErasurePlan::blocked() const
{
    for (const ErasureLine &l : lines)
        if (l.blocking)
            return true;
    return false;
}

} // namespace pd
