#include "queuereader.h"

#include "../storage/queuerepository.h"
#include "session.h"

namespace pd {

Result<QueueQuery> QueueReader::visible(QueueQuery query) const
{
    if (query.text.size() > kMaximumSearchLength)
        return Result<QueueQuery>::failure(ErrorKind::Invalid, tr("Search: at most %1 characters (now %2).")
                                                                   .arg(kMaximumSearchLength)
                                                                   .arg(query.text.size()));
    const Actor actor = m_session.actor();
    query.visibleTo = actor.role == Role::Agent ? actor.staffId : 0;
    return query;
}

Result<QueueCounts> QueueReader::counts(QueueQuery query, QDate today, QDate dueSoonUntil) const
{
    const auto q = visible(std::move(query));
    if (!q)
        return q.fault();
    return QueueRepository(m_db).counts(q.value(), today, dueSoonUntil);
}

Result<QList<QueueRow>> QueueReader::page(QueueQuery query, const QueuePage &page) const
{
    const auto q = visible(std::move(query));
    if (!q)
        return q.fault();
    return QueueRepository(m_db).page(q.value(), page);
}

Result<QMap<QString, qint64>> QueueReader::countByStatus() const
{
    const auto q = visible({});
    if (!q)
        return q.fault();
    return QueueRepository(m_db).countByStatus(q.value());
}

Result<QMap<QString, qint64>> QueueReader::countByType() const
{
    const auto q = visible({});
    if (!q)
        return q.fault();
    return QueueRepository(m_db).countByType(q.value());
}

} // namespace pd
