#include "testdatabase.h"

#include "itemmodels/pagedtablemodel.h"
#include "storage/schemamigrator.h"
#include "storage/staffrepository.h"
#include "workflow/authservice.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

namespace pd::test {

namespace {
QAtomicInt g_counter;

bool adminExec(const DatabaseUrl &admin, const QString &sql, QString *error)
{
    const QString name = QStringLiteral("pd-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setUserName(admin.user);
        db.setDatabaseName(admin.database);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

void TestDatabase::addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

std::unique_ptr<TestDatabase> TestDatabase::create(const QString &engine, bool migrate)
{
    std::unique_ptr<TestDatabase> t(new TestDatabase);
    if (engine == QLatin1String("sqlite")) {
        if (!t->m_dir.isValid()) {
            QTest::qFail("cannot create a temporary directory", __FILE__, __LINE__);
            return nullptr;
        }
        t->m_url = DatabaseUrl::sqliteFile(t->m_dir.filePath(QStringLiteral("test.db")));
    } else {
        const QString adminText = qEnvironmentVariable("PRIVACYDESK_TEST_PG_URL");
        if (adminText.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true")) {
                QTest::qFail("PRIVACYDESK_TEST_PG_URL is not set: under CI the PostgreSQL tests must run "
                             "(use scripts/test.sh)", __FILE__, __LINE__);
            } else {
                QTest::qSkip("no PostgreSQL server (PRIVACYDESK_TEST_PG_URL unset; scripts/test.sh starts one)",
                             __FILE__, __LINE__);
            }
            return nullptr;
        }
        const auto admin = DatabaseUrl::parse(adminText);
        if (!admin) {
            QTest::qFail(qPrintable(admin.error()), __FILE__, __LINE__);
            return nullptr;
        }
        t->m_pgAdminUrl = adminText;
        t->m_pgName = QStringLiteral("pd_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(g_counter.fetchAndAddRelaxed(1));
        QString error;
        if (!adminExec(admin.value(), QStringLiteral("CREATE DATABASE %1").arg(t->m_pgName), &error)) {
            QTest::qFail(qPrintable(QStringLiteral("cannot create a test database: ") + error), __FILE__, __LINE__);
            return nullptr;
        }
        t->m_url = admin.value();
        t->m_url.database = t->m_pgName;
    }
    t->m_db = std::make_unique<Database>(t->m_url);
    if (auto s = t->m_db->open(); !s) {
        QTest::qFail(qPrintable(s.error()), __FILE__, __LINE__);
        return nullptr;
    }
    if (!migrate)
        return t;
    if (auto s = SchemaMigrator(*t->m_db).migrate(); !s) {
        QTest::qFail(qPrintable(s.error()), __FILE__, __LINE__);
        return nullptr;
    }
    return t;
}

bool TestDatabase::allowAuditTampering()
{
    return allowAuditTampering(*m_db);
}

bool TestDatabase::allowAuditTampering(const Database &db)
{
    const QStringList statements = db.dialect() == Dialect::SQLite
        ? QStringList{QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update"),
                      QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete")}
        : QStringList{QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"),
                      QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_truncate")};
    QSqlQuery q(db.connection());
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            QTest::qFail(qPrintable(QStringLiteral("cannot remove the audit triggers: ") + q.lastError().text()), __FILE__,
                         __LINE__);
            return false;
        }
    }
    return true;
}

bool TestDatabase::terminateConnections()
{
    QString error;
    const bool ok = adminExec(DatabaseUrl::parse(m_pgAdminUrl).value(),
                              QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                             "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                                  .arg(m_pgName),
                              &error);
    if (!ok)
        QTest::qFail(qPrintable(QStringLiteral("cannot terminate sessions: ") + error), __FILE__, __LINE__);
    return ok;
}

Actor TestDatabase::addStaff(const QString &username, Role role, const QString &password)
{
    QString hash;
    if (!password.isEmpty())
        hash = AuthService::hashPassword(password).value();
    const StaffUser user{0, username, username, roles().key(role)};
    const auto id = StaffRepository(*m_db).insert(user, hash);
    if (!id)
        QTest::qFail(qPrintable(id.error()), __FILE__, __LINE__);
    return Actor{id ? id.value() : 0, username, role, username};
}

std::unique_ptr<Session> TestDatabase::session(const Actor &actor, SessionOptions options) const
{
    auto db = std::make_unique<Database>(m_url);
    if (auto s = db->open(); !s)
        QTest::qFail(qPrintable(s.error()), __FILE__, __LINE__);
    return std::make_unique<Session>(std::move(db), actor, std::move(options));
}

bool settle(const Session &session, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    int quiet = 0;
    while (quiet < 3) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents();
        quiet = session.isIdle() ? quiet + 1 : 0;
        if (timer.elapsed() > timeoutMs)
            return false;
        if (quiet < 3)
            QThread::msleep(1);
    }
    return true;
}

bool settle(const PagedTableModel &model, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (model.isLoading()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(1);
    }
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    return true;
}

QVariant loaded(PagedTableModel &model, int row, int column, int role)
{
    const QModelIndex index = model.index(row, column);
    QVariant v = model.data(index, role);
    if (model.isRowLoaded(row))
        return v;
    QElapsedTimer timer;
    timer.start();
    while (!model.isRowLoaded(row) && timer.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (!model.isLoading())
            v = model.data(index, role); // asks again (a failed page is asked for on refresh only)
        QThread::msleep(1);
    }
    return model.data(index, role);
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_pgName.isEmpty()) {
        QString error;
        adminExec(DatabaseUrl::parse(m_pgAdminUrl).value(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName),
                  &error);
    }
}

} // namespace pd::test
