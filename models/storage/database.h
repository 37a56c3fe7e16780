#pragma once

#include "databaseurl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace pd {

// The one handle to the data. Hands each thread its own named Qt SQL connection (a connection
// belongs to the thread that made it); repositories ask for connection() on every call.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    explicit Database(DatabaseUrl url);
    ~Database();

    // Opens the calling thread's connection: fails with a readable message when the server is
    // unreachable, the password is wrong or the file cannot be created.
    Status open() const;
    QSqlDatabase connection() const;
    // Workers call this before their thread ends.
    void closeThreadConnection() const;
    // Drops the calling thread's connection and opens a new one: after a server restart or a
    // dropped network link, PostgreSQL connections never recover by themselves.
    Status reconnect() const;
    // True when the calling thread's connection answers a trivial query.
    bool isAlive() const;

    Dialect dialect() const { return m_url.dialect; }
    const DatabaseUrl &url() const { return m_url; }

    // "What happened" text for a failed statement, in the UI language.
    static QString describe(const QSqlError &error);
    // What kind of failure a statement's error is: a lost or refused connection (PostgreSQL SQLSTATE
    // class 08 and 57P, or the driver's "not open"), a busy database or a lost race (SQLite BUSY,
    // PostgreSQL serialization failures, deadlocks and unique violations), or Internal.
    static ErrorKind classify(const QSqlError &error);

private:
    QString connectionName() const;
    Status configure(QSqlDatabase &db) const;

    DatabaseUrl m_url;
    int m_instance;
};

} // namespace pd
