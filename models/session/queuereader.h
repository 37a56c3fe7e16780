#pragma once

#include "../common/result.h"
#include "../domain/queuequery.h"

#include <QCoreApplication>

namespace pd {

class Database;
class Session;

// The triage queue as the signed-in actor may see it: agents only the requests assigned to them
// and the unassigned ones, so the rows, the counts and the search agree. Counting, paging and
// summing happen in SQL (QueueRepository).
class QueueReader final
{
    Q_DECLARE_TR_FUNCTIONS(QueueReader)

public:
    // Longer search texts are refused: no index helps a 100 KB needle, and no name is that long.
    static constexpr int kMaximumSearchLength = 200;

    QueueReader(const Database &db, const Session &session) : m_db(db), m_session(session) {}

    Result<QueueCounts> counts(QueueQuery query, QDate today, QDate dueSoonUntil) const;
    Result<QList<QueueRow>> page(QueueQuery query, const QueuePage &page) const;
    // Requests per status and per type (keys), as the actor may see them.
    Result<QMap<QString, qint64>> countByStatus() const;
    Result<QMap<QString, qint64>> countByType() const;
    // The query with the actor's visibility applied, or why it cannot run.
    Result<QueueQuery> visible(QueueQuery query) const;

private:
    const Database &m_db;
    const Session &m_session;
};

} // namespace pd
