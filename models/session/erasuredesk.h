#pragma once

#include "../common/result.h"
#include "../domain/erasure.h"

#include <QCoreApplication>

namespace pd {

class Database;
class Session;

// Deletion and account cancellation at the sources for the signed-in actor (ErasureService with
// the registered sources and the session's passwords), and the legal holds. Run on a worker
// thread: the sources are contacted.
class ErasureDesk final
{
    Q_DECLARE_TR_FUNCTIONS(ErasureDesk)

public:
    ErasureDesk(const Database &db, const Session &session) : m_db(db), m_session(session) {}

    Result<ErasurePlan> dryRun(qint64 requestId) const;
    // Carries out what `seen` (the dry run read) showed; signs an audit checkpoint afterwards.
    Result<ErasurePlan> carryOut(qint64 requestId, const ErasurePlan &seen) const;
    Result<ErasurePlan> recorded(qint64 requestId) const;
    // Holds not yet ended: all, or those due (held until today or earlier).
    Result<QList<LegalHold>> openHolds(bool dueOnly) const;
    Result<QList<LegalHold>> releaseDueHolds(QStringList *failures) const;

private:
    const Database &m_db;
    const Session &m_session;
};

} // namespace pd
