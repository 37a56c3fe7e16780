#include "testdatabase.h"

#include "storage/personrepository.h"
#include "storage/queuerepository.h"
#include "storage/requestrepository.h"
#include "storage/schemamigrator.h"

#include <QFile>
#include <algorithm>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pd;
using pd::test::TestDatabase;

namespace {

QVariant scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        qWarning() << sql << q.lastError().text();
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

QString storedVersion(const Database &db)
{
    return scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toString();
}

// Rows as a schema-1 PrivacyDesk wrote them: raw SQL with only the columns schema 1 has (today's
// repositories write columns that later schemas added).
qint64 addPersonV1(const Database &db, const Person &p)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO people (name, account, email, phone, id_number, company, language, search_text, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QString &v : {p.name, p.account, p.email, p.phone, p.idNumber, QStringLiteral(""), p.language,
                             PersonRepository::searchText(p), QStringLiteral("2026-11-27T01:30:00Z")})
        q.addBindValue(v.isNull() ? QStringLiteral("") : v); // NOT NULL columns: a null QString binds NULL
    if (!q.exec() || !q.next()) {
        qWarning() << q.lastError().text();
        return 0;
    }
    return q.value(0).toLongLong();
}

qint64 addRequest(const Database &db, const Person &person)
{
    static int n = 0;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO requests (reference, person_id, person_name, type, status, channel, requester_kind, "
                             "entity, received_at, due_date, updated_at) VALUES (?, ?, ?, 'access', 'received', 'email', "
                             "'self', 'qianchuan', '2026-11-27T09:30:00Z', '2026-12-18', '2026-11-27T09:30:00Z') RETURNING id"));
    q.addBindValue(RequestRepository::formatReference(2026, ++n));
    q.addBindValue(person.id);
    q.addBindValue(person.name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<qint64> matchingIds(const Database &db, const QString &text)
{
    QueueQuery query;
    query.text = text;
    QueuePage page;
    page.limit = 1000;
    QList<qint64> ids;
    const auto rows = QueueRepository(db).page(query, page);
    if (!rows) {
        qWarning() << rows.error();
        return {-1};
    }
    for (const QueueRow &row : rows.value())
        ids << row.request.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabase_data() { TestDatabase::addEngineRows(); }
    void freshDatabase();
    void upgradeIndexesOldRows_data() { TestDatabase::addEngineRows(); }
    void upgradeIndexesOldRows();
    void statisticsForBigTables();
    void refuseNewerSchema_data() { TestDatabase::addEngineRows(); }
    void refuseNewerSchema();
    void splitStatements_data();
    void splitStatements();
    void splitShippedScripts_data();
    void splitShippedScripts();
    void parseGoodUrl_data();
    void parseGoodUrl();
    void parseBadUrl_data();
    void parseBadUrl();
};

// A big SQLite table whose indexes lack statistics (grown by use, or given an index by a
// migration) gets them when the database is opened; a small one is left to the planner's defaults.
void TestMigrations::statisticsForBigTables()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    const auto unanalysed = [&] {
        return scalar(db, QStringLiteral("SELECT COUNT(*) FROM pragma_index_list('requests') i WHERE NOT EXISTS "
                                         "(SELECT 1 FROM sqlite_stat1 s WHERE s.tbl = 'requests' AND s.idx = i.name)"))
            .toInt();
    };
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO people (id, name, created_at) VALUES (1, 'x', '2026-01-01T00:00:00Z')")));
    const auto fill = [&](int from, int to) {
        return q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
                                     "INSERT INTO requests (reference, person_id, person_name, type, status, channel, requester_kind, "
                                     "entity, received_at, due_date, updated_at) "
                                     "SELECT 'R-' || i, 1, 'x', 'access', 'received', 'email', 'self', 'qianchuan', "
                                     "'2026-01-01T00:00:00Z', '2026-01-20', '2026-01-01T00:00:00Z' FROM n")
                          .arg(from)
                          .arg(to));
    };
    QVERIFY2(fill(1, int(SchemaMigrator::kStatisticsFromRows) - 10), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("ANALYZE"))); // makes sqlite_stat1, emptied next: a database never analysed
    QVERIFY(q.exec(QStringLiteral("DELETE FROM sqlite_stat1")));
    QVERIFY(SchemaMigrator(db).migrate());
    QVERIFY(unanalysed() > 0); // small: left alone
    QVERIFY(fill(int(SchemaMigrator::kStatisticsFromRows), int(SchemaMigrator::kStatisticsFromRows) + 100));
    QVERIFY(SchemaMigrator(db).migrate());
    QCOMPARE(unanalysed(), 0);
    // An index without statistics among analysed ones is noticed too.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM sqlite_stat1 WHERE idx = 'requests_assignee_status_due'")));
    QCOMPARE(unanalysed(), 1);
    QVERIFY(SchemaMigrator(db).migrate());
    QCOMPARE(unanalysed(), 0);
}

void TestMigrations::freshDatabase()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const SchemaMigrator migrator(db);
    const auto version = migrator.currentVersion();
    QVERIFY2(version.ok(), qPrintable(version.error()));
    QCOMPARE(version.value(), SchemaMigrator::kLatestVersion);
    QCOMPARE(storedVersion(db), QString::number(SchemaMigrator::kLatestVersion));

    const QStringList tables = db.connection().tables();
    for (const char *t : {"meta", "staff", "people", "reference_counters", "requests", "request_history"})
        QVERIFY2(tables.contains(QLatin1String(t)), t);
    if (engine == QLatin1String("sqlite")) {
        QVERIFY(tables.contains(QStringLiteral("people_fts")));
        // Three keep the search index in step, two keep the audit log append-only.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'")).toInt(), 5);
    } else {
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM pg_extension WHERE extname = 'pg_trgm'")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'people_search_trgm'")).toInt(), 1);
    }

    // Migrating an up-to-date database changes nothing.
    const auto again = migrator.migrate();
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(migrator.currentVersion().value(), SchemaMigrator::kLatestVersion);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM meta")).toInt(), 1);
}

void TestMigrations::upgradeIndexesOldRows()
{
    QFETCH(QString, engine);
    auto holder = TestDatabase::create(engine, /*migrate=*/false);
    if (!holder)
        return;
    Database &db = holder->db();
    const SchemaMigrator migrator(db);
    QCOMPARE(migrator.currentVersion().value(), 0);

    const auto toOne = migrator.migrate(1);
    QVERIFY2(toOne.ok(), qPrintable(toOne.error()));
    QCOMPARE(migrator.currentVersion().value(), 1);
    if (engine == QLatin1String("sqlite"))
        QVERIFY(!db.connection().tables().contains(QStringLiteral("people_fts")));
    else
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'people_search_trgm'")).toInt(), 0);

    // Rows written under schema 1 ...
    const PersonRepository people(db);
    Person wang{0, QStringLiteral("王芳"), QStringLiteral("wangfang01"), QStringLiteral("wang.fang@example.com"),
                QStringLiteral("+8613800138000"), QStringLiteral("11010519491231002X"), QString(), QStringLiteral("zh_CN")};
    Person emily{0, QStringLiteral("Emily Chen"), QStringLiteral("u10000002"), QStringLiteral("emily.chen@example.org"),
                 QStringLiteral("+447400123456"), QString(), QString(), QStringLiteral("en")};
    wang.id = addPersonV1(db, wang);
    emily.id = addPersonV1(db, emily);
    QVERIFY(wang.id > 0 && emily.id > 0);
    const qint64 wangRequest = addRequest(db, wang);
    const qint64 emilyRequest = addRequest(db, emily);
    QVERIFY(wangRequest > 0 && emilyRequest > 0);

    // ... are found by the search that schema 2 adds.
    const auto toLatest = migrator.migrate();
    QVERIFY2(toLatest.ok(), qPrintable(toLatest.error()));
    QCOMPARE(migrator.currentVersion().value(), SchemaMigrator::kLatestVersion);
    QCOMPARE(storedVersion(db), QString::number(SchemaMigrator::kLatestVersion));

    const QList<qint64> onlyWang{wangRequest};
    QCOMPARE(matchingIds(db, QStringLiteral("13800138000")), onlyWang);
    QCOMPARE(matchingIds(db, QStringLiteral("wang.fang")), onlyWang);
    QCOMPARE(matchingIds(db, QStringLiteral("WANGFANG01")), onlyWang);
    QCOMPARE(matchingIds(db, QStringLiteral("王芳")), onlyWang);
    QCOMPARE(matchingIds(db, QStringLiteral("emily chen")), QList<qint64>{emilyRequest});
    QCOMPARE(matchingIds(db, QStringLiteral("example")), (QList<qint64>{wangRequest, emilyRequest}));
    QCOMPARE(matchingIds(db, QStringLiteral("nobody@nowhere")), QList<qint64>{});

    // A person written after the upgrade is indexed as well.
    Person li{0, QStringLiteral("李娜"), QStringLiteral("lina"), QStringLiteral("li.na@example.net"),
              QStringLiteral("+8613912345678"), QString(), QString(), QStringLiteral("zh_CN")};
    li.id = people.insert(li).value();
    const qint64 liRequest = addRequest(db, li);
    QCOMPARE(matchingIds(db, QStringLiteral("li.na@example")), QList<qint64>{liRequest});
    QCOMPARE(matchingIds(db, QStringLiteral("139 1234 5678")), QList<qint64>{liRequest});
}

void TestMigrations::refuseNewerSchema()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const QString newer = QString::number(SchemaMigrator::kLatestVersion + 1);
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"));
        q.addBindValue(newer);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    const SchemaMigrator migrator(db);
    QCOMPARE(migrator.currentVersion().value(), SchemaMigrator::kLatestVersion + 1);

    for (int target : {SchemaMigrator::kLatestVersion, 1}) {
        const auto s = migrator.migrate(target);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(newer), qPrintable(s.error()));
        QVERIFY2(s.error().contains(QLatin1String("newer")), qPrintable(s.error()));
        QCOMPARE(storedVersion(db), newer);
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM meta")).toInt(), 1);
    QVERIFY(db.connection().tables().contains(QStringLiteral("requests")));

    // A version that is not a number is reported, not taken for 0.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = 'two' WHERE key = 'schema_version'")));
    QVERIFY(!migrator.currentVersion().ok());
    QVERIFY(!migrator.migrate().ok());
    QCOMPARE(storedVersion(db), QStringLiteral("two"));
}

void TestMigrations::splitStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("two statements") << QStringLiteral("CREATE TABLE a (x INTEGER);\nCREATE TABLE b (y TEXT);\n")
                                    << QStringList{QStringLiteral("CREATE TABLE a (x INTEGER)"),
                                                   QStringLiteral("CREATE TABLE b (y TEXT)")};
    QTest::newRow("comments and blank lines")
        << QStringLiteral("-- header\n\nCREATE TABLE a (x);\n  -- indented comment\n\nINSERT INTO a VALUES (1);\n")
        << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("INSERT INTO a VALUES (1)")};
    QTest::newRow("multi-line statement") << QStringLiteral("CREATE TABLE a (\n    x INTEGER,\n    y TEXT\n);\n")
                                          << QStringList{QStringLiteral("CREATE TABLE a (\n    x INTEGER,\n    y TEXT\n)")};
    QTest::newRow("trigger body stays whole")
        << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n    INSERT INTO b VALUES (new.x);\n"
                          "    DELETE FROM c WHERE id = new.x;\nEND;\nCREATE INDEX i ON a (x);\n")
        << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n    INSERT INTO b VALUES (new.x);\n"
                                      "    DELETE FROM c WHERE id = new.x;\nEND;"),
                       QStringLiteral("CREATE INDEX i ON a (x)")};
    QTest::newRow("two triggers in a row")
        << QStringLiteral("CREATE TRIGGER t1 AFTER DELETE ON a BEGIN\n  DELETE FROM b;\nEND;\n"
                          "CREATE TRIGGER t2 AFTER UPDATE ON a BEGIN\n  DELETE FROM c;\n  DELETE FROM d;\nEND;\n")
        << QStringList{QStringLiteral("CREATE TRIGGER t1 AFTER DELETE ON a BEGIN\n  DELETE FROM b;\nEND;"),
                       QStringLiteral("CREATE TRIGGER t2 AFTER UPDATE ON a BEGIN\n  DELETE FROM c;\n  DELETE FROM d;\nEND;")};
    QTest::newRow("last statement without semicolon") << QStringLiteral("SELECT 1;\nSELECT 2\n")
                                                      << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
}

void TestMigrations::splitStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QCOMPARE(SchemaMigrator::splitStatements(script), expected);
}

void TestMigrations::splitShippedScripts_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<int>("statements");
    QTest::addColumn<int>("triggers");
    QTest::newRow("sqlite 001") << QStringLiteral(":/sql/sqlite/001_initial.sql") << 20 << 0;
    QTest::newRow("sqlite 002") << QStringLiteral(":/sql/sqlite/002_search.sql") << 5 << 3;
    QTest::newRow("postgresql 001") << QStringLiteral(":/sql/postgresql/001_initial.sql") << 20 << 0;
    QTest::newRow("postgresql 002") << QStringLiteral(":/sql/postgresql/002_search.sql") << 2 << 0;
}

void TestMigrations::splitShippedScripts()
{
    QFETCH(QString, resource);
    QFETCH(int, statements);
    QFETCH(int, triggers);
    QFile file(resource);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(resource));
    const QStringList parts = SchemaMigrator::splitStatements(QString::fromUtf8(file.readAll()));
    QCOMPARE(parts.size(), statements);
    int seenTriggers = 0;
    for (const QString &s : parts) {
        QVERIFY2(!s.startsWith(QLatin1String("--")), qPrintable(s));
        if (s.startsWith(QLatin1String("CREATE TRIGGER"))) {
            ++seenTriggers;
            QVERIFY2(s.endsWith(QLatin1String("\nEND;")), qPrintable(s));
            QVERIFY2(s.contains(QLatin1String("INSERT INTO people_fts")), qPrintable(s));
        } else {
            QVERIFY2(!s.endsWith(QLatin1Char(';')), qPrintable(s));
        }
    }
    QCOMPARE(seenTriggers, triggers);
}

void TestMigrations::parseGoodUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("sqlite");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("display");

    QTest::newRow("sqlite file") << QStringLiteral("sqlite:///var/lib/pd/privacydesk.db") << true
                                 << QStringLiteral("/var/lib/pd/privacydesk.db") << QString() << 5432 << QString()
                                 << QString() << QString() << QStringLiteral("sqlite:///var/lib/pd/privacydesk.db");
    QTest::newRow("sqlite, blanks around") << QStringLiteral("  sqlite:///tmp/a.db ") << true << QStringLiteral("/tmp/a.db")
                                           << QString() << 5432 << QString() << QString() << QString()
                                           << QStringLiteral("sqlite:///tmp/a.db");
    QTest::newRow("postgresql full") << QStringLiteral("postgresql://alice@db.example.com:5433/privacy") << false
                                     << QString() << QStringLiteral("db.example.com") << 5433 << QStringLiteral("alice")
                                     << QStringLiteral("privacy") << QString()
                                     << QStringLiteral("postgresql://alice@db.example.com:5433/privacy");
    QTest::newRow("postgres scheme, default port") << QStringLiteral("postgres://bob@localhost/pd") << false << QString()
                                                   << QStringLiteral("localhost") << 5432 << QStringLiteral("bob")
                                                   << QStringLiteral("pd") << QString()
                                                   << QStringLiteral("postgresql://bob@localhost:5432/pd");
    QTest::newRow("no user") << QStringLiteral("postgresql://127.0.0.1:54329/postgres") << false << QString()
                             << QStringLiteral("127.0.0.1") << 54329 << QString() << QStringLiteral("postgres") << QString()
                             << QStringLiteral("postgresql://127.0.0.1:54329/postgres");
    QTest::newRow("password never displayed") << QStringLiteral("postgresql://carol:s3cret@pg.internal/pd") << false
                                              << QString() << QStringLiteral("pg.internal") << 5432
                                              << QStringLiteral("carol") << QStringLiteral("pd") << QStringLiteral("s3cret")
                                              << QStringLiteral("postgresql://carol@pg.internal:5432/pd");
}

void TestMigrations::parseGoodUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, sqlite);
    QFETCH(QString, path);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(QString, password);
    QFETCH(QString, display);

    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(url.ok(), qPrintable(url.error()));
    QCOMPARE(url->dialect == Dialect::SQLite, sqlite);
    QCOMPARE(url->toDisplayString(), display);
    QVERIFY(!url->toDisplayString().contains(QLatin1String("s3cret")));
    if (sqlite) {
        QCOMPARE(url->path, path);
    } else {
        QCOMPARE(url->host, host);
        QCOMPARE(url->port, port);
        QCOMPARE(url->user, user);
        QCOMPARE(url->database, database);
        QCOMPARE(url->password, password);
    }
    // What is displayed (and saved) parses back to the same place.
    const auto again = DatabaseUrl::parse(display);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->toDisplayString(), display);
}

void TestMigrations::parseBadUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("not a url") << QStringLiteral("notaurl");
    QTest::newRow("a bare path") << QStringLiteral("/home/me/privacydesk.db");
    QTest::newRow("other scheme") << QStringLiteral("mysql://root@localhost/pd");
    QTest::newRow("sqlite without path") << QStringLiteral("sqlite://");
    QTest::newRow("sqlite relative path") << QStringLiteral("sqlite://data/pd.db");
    QTest::newRow("postgresql without database") << QStringLiteral("postgresql://alice@localhost:5432");
    QTest::newRow("postgresql without host") << QStringLiteral("postgresql:///pd");
    QTest::newRow("postgresql bad port") << QStringLiteral("postgresql://alice@localhost:port/pd");
}

void TestMigrations::parseBadUrl()
{
    QFETCH(QString, text);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(!url.ok(), qPrintable(url.ok() ? url->toDisplayString() : QString()));
    QVERIFY(!url.error().isEmpty());
    QVERIFY2(url.error().contains(text.trimmed()), qPrintable(url.error()));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
