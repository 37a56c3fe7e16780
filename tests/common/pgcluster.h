#pragma once

#include <QString>
#include <QTemporaryDir>

namespace pd::test {

// A PostgreSQL 15 cluster of one test's own, in a temp dir on a free port, which the test may stop
// and start again (a server restart) without disturbing the shared server the other tests use.
// Runs the server as the postgres user when the tests run as root. With `tls`, the server has a
// self-signed certificate and accepts TLS connections.
class PgCluster final
{
    Q_DISABLE_COPY_MOVE(PgCluster)

public:
    PgCluster() = default;
    ~PgCluster(); // stops the server

    // False with error() when the cluster cannot be made (no PostgreSQL binaries, initdb fails).
    // A non-empty superuserPassword makes every connection over TCP give a password (scram).
    bool init(bool tls = false, const QString &superuserPassword = {});
    // Starts the server (a restart keeps the port).
    bool start();
    // Stops the server: "fast" ends sessions cleanly, "immediate" as a crash would.
    bool stop(const QString &mode = QStringLiteral("fast"));
    bool isRunning() const { return m_running; }
    int port() const { return m_port; }
    QString error() const { return m_error; }
    // postgresql://postgres@127.0.0.1:PORT/DATABASE
    QString url(const QString &database = QStringLiteral("postgres")) const;
    // Runs SQL through psql as the superuser; false with error() on failure.
    bool psql(const QString &sql, const QString &database = QStringLiteral("postgres"), QString *output = nullptr);
    // True when the binaries are installed (the test may skip otherwise, outside CI).
    static bool available();

private:
    bool startOnPort();
    bool run(const QString &program, const QStringList &args, QString *output = nullptr);

    QTemporaryDir m_dir;
    QString m_data;
    int m_port = 0;
    bool m_running = false;
    bool m_socketOnly = false; // psql goes through the socket (TCP needs the password)
    QString m_error;
};

} // namespace pd::test

// A started cluster of the test's own in `var`, or a skip (outside the test command, without
// PostgreSQL) or a failure (inside it, where PostgreSQL must be there); use inside a test function.
#define PD_OWN_PG_CLUSTER(var, tls, password)                                                              \
    pd::test::PgCluster var;                                                                              \
    if (!pd::test::PgCluster::available()) {                                                              \
        if (qEnvironmentVariableIsSet("PRIVACYDESK_TEST_PG_URL"))                                         \
            QFAIL("PostgreSQL 15 binaries are missing");                                                  \
        QSKIP("PostgreSQL 15 is not installed");                                                          \
    }                                                                                                     \
    QVERIFY2(var.init(tls, password), qPrintable(var.error()));                                           \
    QVERIFY2(var.start(), qPrintable(var.error()))
