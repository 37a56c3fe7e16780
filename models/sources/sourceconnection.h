#pragma once

#include "../common/result.h"
#include "../storage/databaseurl.h"
#include "lookupstatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantList>

namespace pd {

// Rows a look-up returned: the statement's columns, in its order.
struct LookupRows
{
    QStringList columns;
    QList<QVariantList> rows;
};

// A read-only connection to one system that holds people's data (a Qt SQL URL: SQLite or
// PostgreSQL), owned by the thread that opened it. SQLite files are opened read-only with
// query_only on; PostgreSQL sessions default to read-only transactions, and every look-up runs in
// one that is rolled back, with a statement timeout. Bound parameters only.
class SourceConnection final
{
    Q_DECLARE_TR_FUNCTIONS(SourceConnection)
    Q_DISABLE_COPY_MOVE(SourceConnection)

public:
    explicit SourceConnection(DatabaseUrl url, int timeoutSeconds = 30);
    ~SourceConnection();

    // Connection when the source cannot be reached (a missing file, a refused server, a wrong
    // password), with the driver's reason.
    Status open();
    bool isOpen() const;

    // How many rows the look-up gives for the person.
    Result<qint64> count(const LookupStatement &statement, const PersonIdentifiers &who);
    // The rows from `offset`, at most `limit` (-1: all).
    Result<LookupRows> fetch(const LookupStatement &statement, const PersonIdentifiers &who, qint64 offset = 0,
                             int limit = -1);

private:
    template<typename T, typename F>
    Result<T> inReadOnlyTransaction(F &&work);
    Status failure(const QString &what, const class QSqlError &error) const;

    DatabaseUrl m_url;
    int m_timeoutSeconds;
    QString m_name;
};

} // namespace pd
