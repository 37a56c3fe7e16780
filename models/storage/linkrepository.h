#pragma once

#include "../common/result.h"
#include "../domain/requestview.h"

#include <QCoreApplication>

namespace pd {

class Database;

// The request_links table (a duplicate to the open request it repeats), and the look-up intake
// uses to flag one: the open requests of a person of the given types.
class LinkRepository final
{
    Q_DECLARE_TR_FUNCTIONS(LinkRepository)

public:
    static constexpr auto kDuplicateOf = "duplicate_of";

    explicit LinkRepository(const Database &db) : m_db(db) {}

    // request_id → linked_id ("request duplicates linked"). An existing link is left as it is.
    Status insert(qint64 requestId, qint64 linkedId, const QString &kind, const QString &actor, const QDateTime &at) const;
    // Both directions, oldest first, with the other request's reference, type and status.
    Result<QList<RequestLinkView>> forRequest(qint64 requestId) const;
    // The person's open requests of these types, oldest first; `except` left out (just registered).
    Result<QList<DuplicateMatch>> openOf(qint64 personId, const QList<RequestType> &types,
                                         const QList<qint64> &except = {}) const;

private:
    const Database &m_db;
};

} // namespace pd
