#include "erasuredesk.h"

#include "../fulfilment/erasureservice.h"
#include "../sources/sourcecredentials.h"
#include "../sources/sourceregistry.h"
#include "../storage/erasurerepository.h"
#include "session.h"

namespace pd {

namespace {

Result<QList<DataSource>> sourcesOf(const Database &db, const Session &session)
{
    auto sources = SourceRegistry(db, [&session] { return session.now(); }).sources();
    if (!sources)
        return sources;
    return session.sourceCredentials().apply(sources.value());
}

} // namespace

Result<ErasurePlan> ErasureDesk::dryRun(qint64 requestId) const
{
    const auto sources = sourcesOf(m_db, m_session);
    if (!sources)
        return sources.fault();
    return ErasureService(m_db, [this] { return m_session.now(); }).dryRun(requestId, sources.value(), m_session.actor());
}

Result<ErasurePlan> ErasureDesk::carryOut(qint64 requestId, const ErasurePlan &seen) const
{
    const auto sources = sourcesOf(m_db, m_session);
    if (!sources)
        return sources.fault();
    auto done = ErasureService(m_db, [this] { return m_session.now(); }).carryOut(requestId, seen, sources.value(), m_session.actor());
    if (done)
        static_cast<void>(m_session.signCheckpoint(QStringLiteral("erasure"))); // a failed signature is not the erasure's failure
    return done;
}

Result<ErasurePlan> ErasureDesk::recorded(qint64 requestId) const
{
    return ErasureService(m_db, [this] { return m_session.now(); }).recorded(requestId, m_session.actor());
}

Result<QList<LegalHold>> ErasureDesk::openHolds(bool dueOnly) const
{
    const ErasureService service(m_db, [this] { return m_session.now(); });
    return dueOnly ? service.dueHolds() : ErasureRepository(m_db).openHolds();
}

Result<QList<LegalHold>> ErasureDesk::releaseDueHolds(QStringList *failures) const
{
    const auto sources = sourcesOf(m_db, m_session);
    if (!sources)
        return sources.fault();
    return ErasureService(m_db, [this] { return m_session.now(); }).releaseDueHolds(sources.value(), m_session.actor(), failures);
}

} // namespace pd
