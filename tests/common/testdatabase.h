#pragma once

#include "session/session.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace pd {
class PagedTableModel;
}

namespace pd::test {

// A fresh, empty database on one engine: a SQLite file in a temp dir, or a new database on the
// throwaway PostgreSQL server named by PRIVACYDESK_TEST_PG_URL (dropped afterwards).
class TestDatabase final
{
    Q_DISABLE_COPY_MOVE(TestDatabase)

public:
    ~TestDatabase();

    // nullptr (after QSKIP/QFAIL has been recorded) when the engine is not available.
    // migrate = false leaves the database empty (schema version 0), for upgrade tests.
    static std::unique_ptr<TestDatabase> create(const QString &engine, bool migrate = true);
    // Adds an "engine" column with the rows sqlite and postgresql.
    static void addEngineRows();

    Database &db() { return *m_db; }
    const DatabaseUrl &url() const { return m_url; }
    QString urlString() const { return m_url.toDisplayString(); }
    // PostgreSQL only: ends every session on this database, as a server restart or a dropped
    // network link would. Returns false (with a test failure recorded) when that fails.
    bool terminateConnections();
    // Removes the audit log's append-only triggers, as someone holding the database file or the
    // owner's password could: for tests that tamper with entries to see the chain catch it.
    bool allowAuditTampering();
    static bool allowAuditTampering(const Database &db);
    // A raw connection for checks that compare the model with plain SQL.
    QSqlDatabase connection() const { return m_db->connection(); }

    // A member of staff written straight into the table (a password makes them able to sign in).
    Actor addStaff(const QString &username, Role role, const QString &password = {});
    // A session on this database for the actor, with connections of its own (as another
    // workstation's would be).
    std::unique_ptr<Session> session(const Actor &actor, SessionOptions options = {}) const;

private:
    TestDatabase() = default;

    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    QString m_pgAdminUrl;
    QString m_pgName;
    std::unique_ptr<Database> m_db;
};

// Waits (processing events) until the session has delivered everything posted, and the answers
// have had their say. False after the timeout.
bool settle(const Session &session, int timeoutMs = 30000);
// Waits until the model has nothing on its way.
bool settle(const PagedTableModel &model, int timeoutMs = 30000);
// A row's data once its page has arrived.
QVariant loaded(PagedTableModel &model, int row, int column, int role = Qt::DisplayRole);

// A migrated database or a test failure; use inside a test function.
#define PD_FRESH_DB(var, engine)                                            \
    auto var##Holder = pd::test::TestDatabase::create(engine);               \
    if (!var##Holder)                                                        \
        return;                                                              \
    pd::Database &var = var##Holder->db();                                  \
    Q_UNUSED(var)

} // namespace pd::test
