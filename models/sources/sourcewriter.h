#pragma once

#include "../common/result.h"
#include "../storage/databaseurl.h"
#include "lookupstatement.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace pd {

// One write statement to run at a source (LookupStatement::checkAction), with the values of the
// parameters besides the person's identifiers (:hold_cutoff, :pseudonym, :value).
struct SourceAction
{
    QString category;
    QString action;
    LookupStatement statement;
    QVariantMap extras;
    qint64 atMost = -1; // changing more rows than this (the dry run's count) undoes everything; -1: no limit
};

// A connection that may write to one source, owned by the thread that opened it. The statements of
// one action run in one transaction there: all of them, or (a failure, a dry run, a statement that
// changes more rows than it was allowed) none. Bound parameters only; a statement timeout on
// PostgreSQL and a busy timeout on SQLite.
class SourceWriter final
{
    Q_DECLARE_TR_FUNCTIONS(SourceWriter)
    Q_DISABLE_COPY_MOVE(SourceWriter)

public:
    explicit SourceWriter(DatabaseUrl url, int timeoutSeconds = 60);
    ~SourceWriter();

    Status open();
    // The rows each statement changed, in order. dryRun: rolled back whatever happens.
    Result<QList<qint64>> run(const QList<SourceAction> &actions, const PersonIdentifiers &who, bool dryRun);

private:
    DatabaseUrl m_url;
    int m_timeoutSeconds;
    QString m_name;
};

} // namespace pd
