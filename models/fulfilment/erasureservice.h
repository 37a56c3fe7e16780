#pragma once

#include "../common/clock.h"
#include "../common/result.h"
#include "../domain/datasource.h"
#include "../domain/erasure.h"
#include "../domain/inventory.h"
#include "../domain/records.h"

#include <QCoreApplication>

namespace pd {

class Database;

// Deletion and account cancellation carried out in the systems that hold the data (§4 (4), §5;
// issue 10). Per source and category the inventory says whether a deletion deletes or anonymises;
// the source's statement for it does so. A retention duty (the category's minimum, e.g. network
// logs: six months, Cybersecurity Law Art. 21) keeps the newer rows back, restricted, until the
// hold ends; the account row that finds them is kept with them. Each source's statements run in
// one transaction there. A dry run runs them and rolls back, so its counts are what the action
// does; the action itself refuses a statement that changes more than the dry run showed. After
// every source is done the look-ups run again and what they find is recorded as the proof.
// Sources are passed in with their passwords (SourceCredentials); this runs on a worker thread.
class ErasureService final
{
    Q_DECLARE_TR_FUNCTIONS(ErasureService)

public:
    ErasureService(const Database &db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

    // What carrying it out would do now (the lines already done as recorded).
    Result<ErasurePlan> dryRun(qint64 requestId, const QList<DataSource> &sources, const Actor &actor) const;
    // Carries out the sources not yet done, holding each statement to the count `seen` (the dry run
    // the user read) showed. Sources that fail are named in the result's failedSources; run it
    // again to carry on with them. Refused before approval.
    Result<ErasurePlan> carryOut(qint64 requestId, const ErasurePlan &seen, const QList<DataSource> &sources,
                                 const Actor &actor) const;
    // The recorded state: steps done, holds, whether it is complete (no source is contacted).
    Result<ErasurePlan> recorded(qint64 requestId, const Actor &actor) const;

    // Holds whose end has come (held until today or earlier).
    Result<QList<LegalHold>> dueHolds() const;
    // Ends the due holds: the held rows are deleted at their source and the hold recorded as
    // ended. Returns the holds ended; a source that fails keeps its holds (named in `failures`).
    Result<QList<LegalHold>> releaseDueHolds(const QList<DataSource> &sources, const Actor &actor,
                                             QStringList *failures = nullptr) const;

    // "yyyy-MM-dd HH:mm:ss" UTC, the shape :hold_cutoff is bound in.
    static QString cutoffText(const QDateTime &utc);

private:
    struct Context;
    Result<Context> load(qint64 requestId, const Actor &actor) const;
    // Plans one source: counts, holds, and the statements run (dryRun: rolled back).
    Result<QList<ErasureLine>> runSource(const Context &c, const DataSource &source, const QList<ErasureLine> *seen,
                                         bool dryRun) const;
    Status record(const Context &c, const DataSource &source, const QList<ErasureLine> &lines, const Actor &actor) const;
    Status prove(const Context &c, ErasurePlan &plan, const QList<DataSource> &sources, const Actor &actor) const;

    const Database &m_db;
    Clock m_clock;
};

} // namespace pd
