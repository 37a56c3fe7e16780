#pragma once

#include "../common/result.h"
#include "../domain/datasource.h"
#include "sourceconnection.h"

#include <QCoreApplication>

#include <functional>

namespace pd {

// What one source holds about a person in one category: how many rows, the first of them, or
// why it could not be read (the rest of the sources and categories are read regardless).
struct CategoryHolding
{
    QString category;
    qint64 sourceId = 0;
    QString source;
    QString sourceUrl; // as saved, without a password
    qint64 total = 0;
    LookupRows rows; // the first rows (at most what was asked)
    bool failed = false;
    bool needsPassword = false; // the source refused the connection for want of a (right) password
    ErrorKind errorKind = ErrorKind::Internal;
    QString error; // translated, with the source's own message
};

// Runs the look-ups of the registered sources for one person, each source on a connection of its
// own opened for the purpose and closed after (on the calling thread: a worker's).
class HoldingsReader final
{
    Q_DECLARE_TR_FUNCTIONS(HoldingsReader)

public:
    // Asked between look-ups: true stops (the result so far is dropped: Internal "cancelled").
    using Cancelled = std::function<bool()>;
    // Look-ups run so far and in all.
    using Progress = std::function<void(int done, int total)>;

    // Each source's categories, in inventory order (`categoryOrder`), then the source's name.
    static Result<QList<CategoryHolding>> read(const QList<DataSource> &sources, const QStringList &categoryOrder,
                                               const PersonIdentifiers &who, int firstRows, const Cancelled &cancelled = {},
                                               const Progress &progress = {});
    // One page of one source's category: for lazy models and packages.
    static Result<LookupRows> page(const DataSource &source, const QString &category, const PersonIdentifiers &who,
                                   qint64 offset, int limit);
    static QString cancelledMessage();
};

} // namespace pd
