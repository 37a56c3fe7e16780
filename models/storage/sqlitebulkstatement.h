#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace pd {

// One prepared single-row INSERT on the SQLite handle beneath a Qt connection. Binding through
// SQLite's C API in UTF-8 skips Qt's per-value QVariant conversion and UTF-16 translation, which
// dominate a bulk load of millions of rows. Used only by BulkWriter, on the thread that owns
// the connection.
class SqliteBulkStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteBulkStatement)

public:
    SqliteBulkStatement(const QSqlDatabase &connection, const QString &sql);
    ~SqliteBulkStatement();

    bool isValid() const { return m_statement != nullptr; }
    // Binds the row's values in order and runs the statement; false with error() on failure.
    bool insert(const QVariantList &row);
    QString error() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace pd
