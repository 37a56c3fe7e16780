#include "auditfixture.h"
#include "testdatabase.h"

#include "itemmodels/auditlogmodel.h"
#include "session/session.h"
#include "storage/auditrepository.h"

#include <algorithm>
#include <functional>
#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <map>

#include <time.h>

using namespace pd;
using namespace pd::test;
using Model = AuditLogModel;

namespace {

// More than kMaxPages * kPageSize entries, so that a full walk must evict pages.
constexpr int kEntries = 9000;

QList<qint64> plainIds(const Database &db, const QString &where)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT id FROM audit_log")
        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QStringLiteral(" ORDER BY at DESC, id DESC");
    QList<qint64> ids;
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return {-1};
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

qint64 plainCount(const Database &db, const QString &where)
{
    QSqlQuery q(db.connection());
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM audit_log") + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

QStringList plainDistinct(const Database &db, const char *column)
{
    QSqlQuery q(db.connection());
    QStringList out;
    if (q.exec(QStringLiteral("SELECT DISTINCT %1 FROM audit_log").arg(QLatin1String(column))))
        while (q.next())
            out << q.value(0).toString();
    out.sort();
    return out;
}

QList<qint64> walk(Model &model, bool *bounded)
{
    QList<qint64> ids;
    ids.reserve(model.rowCount());
    *bounded = true;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << loaded(model, row, 0, Model::IdRole).toLongLong();
        if (model.cachedPageCount() > Model::kMaxPages)
            *bounded = false;
    }
    return ids;
}

} // namespace

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelTester_data() { TestDatabase::addEngineRows(); }
    void modelTester();
    void walkNewestFirst_data() { TestDatabase::addEngineRows(); }
    void walkNewestFirst();
    void backwardsAndJumps_data() { TestDatabase::addEngineRows(); }
    void backwardsAndJumps();
    void filters_data();
    void filters();
    void widePlanAgrees_data() { TestDatabase::addEngineRows(); }
    void widePlanAgrees();
    void localDaysAreUtcBounds_data() { TestDatabase::addEngineRows(); }
    void localDaysAreUtcBounds();
    void display_data() { TestDatabase::addEngineRows(); }
    void display();
    void distinctChoices_data() { TestDatabase::addEngineRows(); }
    void distinctChoices();
    void idGaps_data() { TestDatabase::addEngineRows(); }
    void idGaps();
    void refreshSeesNewEntries_data() { TestDatabase::addEngineRows(); }
    void refreshSeesNewEntries();
    void detailsSummary_data();
    void detailsSummary();
    void emptyLog_data() { TestDatabase::addEngineRows(); }
    void emptyLog();
    void agentVisibility_data() { TestDatabase::addEngineRows(); }
    void agentVisibility();

private:
    // One filled database per engine, shared by the read-only test functions.
    Database *fixtureDb(const QString &engine);
    std::unique_ptr<Session> readerSession(const QString &engine);
    std::map<QString, std::unique_ptr<TestDatabase>> m_dbs;
};

namespace {
// A supervisor's session (who sees the whole log), on a database with its own connections.
std::unique_ptr<Session> supervisorSession(TestDatabase &holder, const QString &name = QStringLiteral("audit.reader"))
{
    SessionOptions options;
    options.watchChanges = false;
    options.idleLockSeconds = 0;
    return holder.session(holder.addStaff(name, Role::Supervisor), options);
}
} // namespace

void TestAuditLogModel::initTestCase()
{
    // Local days must differ from UTC days for the date filter to be tested at all.
    qputenv("TZ", "Asia/Shanghai");
    tzset();
    QCOMPARE(QDateTime(QDate(2026, 3, 10), QTime(0, 0)).offsetFromUtc(), 8 * 3600);
}

Database *TestAuditLogModel::fixtureDb(const QString &engine)
{
    auto it = m_dbs.find(engine);
    if (it != m_dbs.end())
        return &it->second->db();
    auto holder = TestDatabase::create(engine);
    if (!holder)
        return nullptr;
    if (!fillAuditFixture(holder->db(), kEntries)) {
        QTest::qFail("cannot fill the audit fixture", __FILE__, __LINE__);
        return nullptr;
    }
    Database *db = &holder->db();
    m_dbs.emplace(engine, std::move(holder));
    return db;
}

std::unique_ptr<Session> TestAuditLogModel::readerSession(const QString &engine)
{
    auto &holder = *m_dbs.at(engine);
    static int n = 0;
    // Staff are not in the fixture's entries: adding one per session changes nothing the tests read.
    return supervisorSession(holder, QStringLiteral("reader.%1").arg(++n));
}

#define PD_FIXTURE_DB(var)                               \
    QFETCH(QString, engine);                             \
    Database *var##Ptr = fixtureDb(engine);              \
    if (!var##Ptr)                                       \
        return;                                          \
    Database &var = *var##Ptr;                           \
    const auto sessionHolder = readerSession(engine);    \
    Session &s = *sessionHolder;                         \
    Q_UNUSED(var);                                       \
    Q_UNUSED(s)

void TestAuditLogModel::modelTester()
{
    PD_FIXTURE_DB(db);
    Model model(s);
    QVERIFY(settle(model));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(true);
    QCOMPARE(model.rowCount(), int(plainCount(db, {})));
    QCOMPARE(model.rowCount(), kEntries);
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));
    for (int c = 0; c < Model::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());

    // The tester watches every signal these emit.
    AuditQuery q;
    q.actor = QStringLiteral("li.lei");
    model.setQuery(q);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), int(plainCount(db, QStringLiteral("actor = 'li.lei'"))));
    QVERIFY(model.data(model.index(0, Model::WhoColumn)).toString() == QLatin1String("li.lei"));
    model.refresh();
    QVERIFY(settle(model));
    model.retranslate();
    model.setQuery({});
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), kEntries);
    QVERIFY(model.lastError().isEmpty());
    for (int row : {0, model.rowCount() / 3, model.rowCount() - 1})
        for (int c = 0; c < Model::ColumnCount; ++c)
            QVERIFY2(!loaded(model, row, c).toString().isEmpty() || c == Model::RequestColumn,
                     qPrintable(QStringLiteral("row %1 column %2").arg(row).arg(c)));
}

void TestAuditLogModel::walkNewestFirst()
{
    PD_FIXTURE_DB(db);
    Model model(s);
    QVERIFY(settle(model));
    QVERIFY(model.rowCount() > Model::kMaxPages * Model::kPageSize);
    const QList<qint64> expected = plainIds(db, {});
    QCOMPARE(expected.size(), model.rowCount());
    bool bounded = false;
    const QList<qint64> walked = walk(model, &bounded);
    QVERIFY(bounded);
    QCOMPARE(walked, expected);
    QCOMPARE(model.cachedPageCount(), Model::kMaxPages);
    QVERIFY(model.lastError().isEmpty());
}

void TestAuditLogModel::backwardsAndJumps()
{
    PD_FIXTURE_DB(db);
    Model model(s);
    QVERIFY(settle(model));
    const QList<qint64> expected = plainIds(db, {});
    const int n = model.rowCount();
    // From the end backwards: pages come by offset from the end, then keyset before a cached page.
    for (int row = n - 1; row >= 0; --row)
        if (loaded(model, row, 0, Model::IdRole).toLongLong() != expected.at(row))
            QFAIL(qPrintable(QStringLiteral("backwards: row %1").arg(row)));
    QVERIFY(model.cachedPageCount() <= Model::kMaxPages);
    // Random jumps, as a dragged scroll bar makes.
    QRandomGenerator rng(7);
    for (int i = 0; i < 300; ++i) {
        const int row = int(rng.bounded(n));
        if (loaded(model, row, 0, Model::IdRole).toLongLong() != expected.at(row))
            QFAIL(qPrintable(QStringLiteral("jump %1: row %2").arg(i).arg(row)));
        QVERIFY(model.cachedPageCount() <= Model::kMaxPages);
    }
}

void TestAuditLogModel::filters_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("request"); // "ref:N" stands for request N's reference, typed in lower case
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("where");   // the same filter in plain SQL (dates as Shanghai days)
    for (const char *engine : {"sqlite", "postgresql"}) {
        const QString e = QString::fromLatin1(engine);
        QTest::addRow("%s: actor", engine) << e << QString() << QStringLiteral("zhang.wei") << QString() << QDate() << QDate()
                                           << QStringLiteral("actor = 'zhang.wei'");
        QTest::addRow("%s: action", engine) << e << QString() << QString() << QStringLiteral("custom_thing") << QDate() << QDate()
                                            << QStringLiteral("action = 'custom_thing'");
        QTest::addRow("%s: request id", engine) << e << QStringLiteral("7") << QString() << QString() << QDate() << QDate()
                                                << QStringLiteral("request_id = 7");
        QTest::addRow("%s: request #id", engine) << e << QStringLiteral("#55") << QString() << QString() << QDate() << QDate()
                                                 << QStringLiteral("request_id = 55");
        QTest::addRow("%s: request reference", engine) << e << QStringLiteral("ref:12") << QString() << QString() << QDate()
                                                       << QDate() << QStringLiteral("request_id = 12");
        QTest::addRow("%s: unknown reference", engine) << e << QStringLiteral("DSR-2026-999999") << QString() << QString()
                                                       << QDate() << QDate() << QStringLiteral("1 = 0");
        QTest::addRow("%s: from", engine) << e << QString() << QString() << QString() << QDate(2026, 5, 1) << QDate()
                                          << QStringLiteral("at >= '2026-04-30T16:00:00Z'");
        QTest::addRow("%s: to", engine) << e << QString() << QString() << QString() << QDate() << QDate(2026, 3, 10)
                                        << QStringLiteral("at < '2026-03-10T16:00:00Z'");
        QTest::addRow("%s: one day", engine) << e << QString() << QString() << QString() << QDate(2026, 4, 2) << QDate(2026, 4, 2)
                                             << QStringLiteral("at >= '2026-04-01T16:00:00Z' AND at < '2026-04-02T16:00:00Z'");
        QTest::addRow("%s: empty range", engine) << e << QString() << QString() << QString() << QDate(2026, 4, 3)
                                                 << QDate(2026, 4, 2) << QStringLiteral("1 = 0");
        QTest::addRow("%s: combined", engine)
            << e << QString() << QStringLiteral("li.lei") << QStringLiteral("transition") << QDate(2026, 3, 15) << QDate(2026, 6, 30)
            << QStringLiteral("actor = 'li.lei' AND action = 'transition' AND at >= '2026-03-14T16:00:00Z' AND at < '2026-06-30T16:00:00Z'");
        QTest::addRow("%s: request and actor", engine)
            << e << QStringLiteral("ref:3") << QStringLiteral("system") << QString() << QDate() << QDate()
            << QStringLiteral("request_id = 3 AND actor = 'system'");
    }
}

void TestAuditLogModel::filters()
{
    PD_FIXTURE_DB(db);
    QFETCH(QString, request);
    QFETCH(QString, actor);
    QFETCH(QString, action);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, where);
    if (request.startsWith(QLatin1String("ref:")))
        request = fixtureReference(request.mid(4).toInt()).toLower();
    Model model(s);
    QVERIFY(settle(model));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(true);
    QSignalSpy counts(&model, &Model::countChanged);
    model.setQuery({request, actor, action, from, to});
    QVERIFY(settle(model));
    QCOMPARE(counts.size(), 1);
    const qint64 expectedCount = plainCount(db, where);
    QVERIFY(expectedCount >= 0);
    QCOMPARE(qint64(model.rowCount()), expectedCount);
    QCOMPARE(counts.constFirst().constFirst().toLongLong(), expectedCount);
    QCOMPARE(AuditRepository(db).count(model.query()).value(), expectedCount);
    if (!where.startsWith(QLatin1String("1 = 0")))
        QVERIFY2(expectedCount > 0 && expectedCount < kEntries, "the fixture exercises this filter");
    bool bounded = false;
    QCOMPARE(walk(model, &bounded), plainIds(db, where));
    QVERIFY(bounded);
    QVERIFY(model.lastError().isEmpty());
}

// Time order, not append order, whichever way a page is reached: by position from either end,
// or next to a known entry.
void TestAuditLogModel::widePlanAgrees()
{
    PD_FIXTURE_DB(db);
    using Anchor = AuditPageRequest::Anchor;
    const AuditRepository repo(db);
    const QList<std::pair<AuditQuery, QString>> queries{
        {{}, {}},
        {{{}, {}, {}, QDate(2026, 4, 1), {}}, QStringLiteral("at >= '2026-03-31T16:00:00Z'")},
        {{{}, QStringLiteral("wang.fang"), {}, {}, {}}, QStringLiteral("actor = 'wang.fang'")},
        {{{}, {}, QStringLiteral("login"), {}, {}}, QStringLiteral("action = 'login'")},
    };
    for (const auto &[query, where] : queries) {
        const QList<qint64> expected = plainIds(db, where);
        QVERIFY(expected.size() > 400);
        // The fixture really is out of append order here.
        QVERIFY(!std::is_sorted(expected.cbegin(), expected.cend(), std::greater<qint64>()));
        const auto slice = [&](const AuditPageRequest &page) {
            const auto rows = repo.page(query, page);
            QList<qint64> ids;
            if (rows)
                for (const AuditRow &r : rows.value())
                    ids << r.entry.id;
            return ids;
        };
        const int n = int(expected.size());
        QCOMPARE(slice({Anchor::Start, 0, 50, {}, 0, -1}), expected.mid(0, 50));
        QCOMPARE(slice({Anchor::Start, 300, 50, {}, 0, -1}), expected.mid(300, 50));
        QCOMPARE(slice({Anchor::End, 0, 50, {}, 0, -1}), expected.mid(n - 50, 50));
        QCOMPARE(slice({Anchor::End, 200, 50, {}, 0, -1}), expected.mid(n - 250, 50));
        // Next to the 100th entry shown, older and newer.
        const auto hundredth = repo.page(query, {Anchor::Start, 99, 1, {}, 0, -1});
        QVERIFY(hundredth && hundredth->size() == 1);
        const AuditRow &key = hundredth->constFirst();
        QCOMPARE(slice({Anchor::After, 0, 50, key.atKey, key.entry.id, -1}), expected.mid(100, 50));
        QCOMPARE(slice({Anchor::Before, 0, 50, key.atKey, key.entry.id, -1}), expected.mid(49, 50));
        // Past the end: nothing.
        QVERIFY(slice({Anchor::Start, n + 10, 50, {}, 0, -1}).isEmpty());
    }
}

void TestAuditLogModel::localDaysAreUtcBounds()
{
    PD_FIXTURE_DB(db);
    Model model(s);
    QVERIFY(settle(model));
    // Entry i is at 2026-03-01T00:00Z + i × 25 min. Shanghai's 2 March starts at 1 March 16:00Z:
    // entries 39 (16:15Z) to 95 (15:35Z on 2 March); entry 96, at 16:00Z, is on 3 March there.
    model.setQuery({{}, {}, {}, QDate(2026, 3, 2), QDate(2026, 3, 2)});
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 95 - 39 + 1);
    QCOMPARE(model.data(model.index(0, Model::WhenColumn)).toString(), QStringLiteral("2026-03-02 23:35:00"));
    QCOMPARE(loaded(model, model.rowCount() - 1, Model::WhenColumn).toString(), QStringLiteral("2026-03-02 00:15:00"));
    QCOMPARE(loaded(model, model.rowCount() - 1, 0, Model::AtRole).toDateTime(),
             QDateTime(QDate(2026, 3, 1), QTime(16, 15), Qt::UTC));
}

void TestAuditLogModel::display()
{
    PD_FIXTURE_DB(db);
    Model model(s);
    QVERIFY(settle(model));
    const auto rowOf = [&](qint64 id) { return model.rowCount() - int(id); }; // ids 1..kEntries, newest first
    const auto text = [&](qint64 id, int column) { return loaded(model, rowOf(id), column).toString(); };
    const auto value = [&](qint64 id, int role) { return loaded(model, rowOf(id), 0, role); };

    // Entry 12: zhang.wei, "start_verification" (a workflow action key), request 12, entity person #12.
    QCOMPARE(value(12, Model::IdRole).toLongLong(), 12);
    QCOMPARE(text(12, Model::WhoColumn), QStringLiteral("zhang.wei"));
    QCOMPARE(value(12, Model::ActionKeyRole).toString(), QStringLiteral("start_verification"));
    QCOMPARE(text(12, Model::WhatColumn), QStringLiteral("Start verification"));
    QCOMPARE(text(12, Model::EntityColumn), QStringLiteral("Person #12"));
    QCOMPARE(text(12, Model::RequestColumn), fixtureReference(12));
    QCOMPARE(value(12, Model::ReferenceRole).toString(), fixtureReference(12));
    QCOMPARE(value(12, Model::RequestIdRole).toLongLong(), 12);
    QCOMPARE(text(12, Model::WhenColumn), QStringLiteral("2026-03-01 13:00:00")); // 05:00Z in Shanghai
    QCOMPARE(text(12, Model::DetailsColumn), QStringLiteral("Assignee: wang.fang; n: 12; Status: Verifying"));
    // Entry 10: a key with a label of its own; entry 6: an unknown key, shown as it is.
    QCOMPARE(text(10, Model::WhatColumn), QStringLiteral("Signed in"));
    QCOMPARE(text(7, Model::WhatColumn), QStringLiteral("Request registered"));
    for (const QString &key : Model::knownActions())
        QVERIFY2(Model::actionLabel(key) != key, qPrintable(key));
    QCOMPARE(Model::entityLabel(QStringLiteral("verification_policy")), QStringLiteral("Verification policy"));
    QCOMPARE(Model::entityLabel(QStringLiteral("something_new")), QStringLiteral("something_new"));
    QCOMPARE(text(6, Model::WhatColumn), QStringLiteral("custom_thing"));
    // Entry 55: a request that does not exist; entry 60: no request at all.
    QCOMPARE(text(55, Model::RequestColumn), QStringLiteral("#55"));
    QVERIFY(value(55, Model::ReferenceRole).toString().isEmpty());
    QCOMPARE(text(60, Model::RequestColumn), QString());
    QCOMPARE(value(60, Model::RequestIdRole).toLongLong(), 0);
    // Entry 1: a request entity; a creation (entry 4 has no before) lists the values.
    QCOMPARE(text(1, Model::EntityColumn), QStringLiteral("Request #1"));
    QCOMPARE(text(4, Model::DetailsColumn), QStringLiteral("Assignee: wang.fang; n: 4; Status: Verifying"));
    QCOMPARE(text(5, Model::DetailsColumn), QStringLiteral("Assignee: — → wang.fang; n: 5; Status: Received → Verifying"));
    // Raw values and the chain.
    const AuditEntry e = auditFixtureEntry(5);
    QCOMPARE(value(5, Model::AtRole).toDateTime(), e.at);
    QCOMPARE(value(5, Model::BeforeJsonRole).toString(), e.beforeJson);
    QCOMPARE(value(5, Model::AfterJsonRole).toString(), e.afterJson);
    QCOMPARE(value(5, Model::PrevHashRole).toString(), value(4, Model::HashRole).toString());
    QCOMPARE(value(5, Model::HashRole).toString().size(), 64);
    QVERIFY(loaded(model, rowOf(5), Model::DetailsColumn, Qt::ToolTipRole).toString().contains(e.afterJson));
}

void TestAuditLogModel::distinctChoices()
{
    PD_FIXTURE_DB(db);
    const AuditRepository repo(db);
    const auto actions = repo.actions();
    QVERIFY2(actions, qPrintable(actions.error()));
    QStringList sortedActions = actions.value();
    sortedActions.sort();
    QCOMPARE(sortedActions, plainDistinct(db, "action"));
    QCOMPARE(sortedActions.size(), kFixtureActions.size());
    const auto actors = repo.actors();
    QVERIFY2(actors, qPrintable(actors.error()));
    QStringList sortedActors = actors.value();
    sortedActors.sort();
    QCOMPARE(sortedActors, plainDistinct(db, "actor"));
}

// Jumps use the ids of a log without gaps; a log with gaps (tampered with) falls back to offsets.
void TestAuditLogModel::idGaps()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QVERIFY(fillAuditFixture(db, 2000));
    const auto session = supervisorSession(*dbHolder);
    const auto jumpAround = [&](const QList<qint64> &expected) {
        Model model(*session);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), int(expected.size()));
        QRandomGenerator rng(11);
        for (int i = 0; i < 200; ++i) {
            const int row = int(rng.bounded(quint32(expected.size())));
            if (loaded(model, row, 0, Model::IdRole).toLongLong() != expected.at(row))
                QFAIL(qPrintable(QStringLiteral("jump %1: row %2").arg(i).arg(row)));
        }
        for (int row = model.rowCount() - 1; row >= 0; --row)
            if (loaded(model, row, 0, Model::IdRole).toLongLong() != expected.at(row))
                QFAIL(qPrintable(QStringLiteral("backwards: row %1").arg(row)));
    };
    jumpAround(plainIds(db, {}));
    QSqlQuery q(db.connection());
    QVERIFY(dbHolder->allowAuditTampering());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id BETWEEN 700 AND 760 OR id = 1999 OR id = 1")));
    jumpAround(plainIds(db, {}));
}

void TestAuditLogModel::refreshSeesNewEntries()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QVERIFY(fillAuditFixture(db, 300));
    const auto session = supervisorSession(*dbHolder);
    Model model(*session);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 300);
    QCOMPARE(model.entryId(0), 300);
    {
        Transaction t(db);
        QVERIFY(AuditLog(db).append(auditFixtureEntry(301)));
        QVERIFY(t.commit());
    }
    // A refresh is no reset: the new entry comes in, and rows in view stay on their entries.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.refresh();
    QVERIFY(settle(model));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 301);
    QCOMPARE(model.entryId(0), 301);
    QCOMPARE(loaded(model, 300, 0, Model::IdRole).toLongLong(), 1);
}

void TestAuditLogModel::detailsSummary_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("summary");
    const auto row = [](const char *name, const char *before, const char *after, const char *summary) {
        QTest::newRow(name) << QString::fromUtf8(before) << QString::fromUtf8(after) << QString::fromUtf8(summary);
    };
    // Fields and values the UI knows are shown by their labels; others as stored.
    row("change", R"({"status":"received"})", R"({"status":"verifying"})", "Status: Received → Verifying");
    row("unchanged keys left out", R"({"a":1,"b":true})", R"({"a":1,"b":false})", "b: yes → no");
    row("removed", R"({"note":"x"})", R"({})", "Note: x → —");
    row("added by the change", R"({"status":"in_progress"})", R"({"action":"complete","status":"completed"})",
        "Action: Complete; Status: In progress → Completed");
    row("priority and assignee", R"({"assignee":"","priority":"normal"})", R"({"assignee":"王芳","priority":"high"})",
        "Assignee: — → 王芳; Priority: Normal → High");
    row("created", "", R"({"nickname":"王芳","age":30})", "age: 30; nickname: 王芳");
    row("nested", "", R"({"tags":["a","b"]})", R"(tags: ["a","b"])");
    row("letter written", "", R"({"kind":"acknowledgement","language":"zh_CN","letter_id":7,"sha256":"ab12"})",
        "Letter: Acknowledgement; Language: Simplified Chinese; Letter no.: 7; SHA-256: ab12");
    row("list exported", "", R"({"format":"csv","list":"audit","rows":12})", "Format: csv; List: Audit log; Rows: 12");
    row("nothing", "", "", "");
    row("not an object", "old text", "new text", "old text → new text");
    row("only after, not JSON", "", "signed in", "signed in");
}

void TestAuditLogModel::detailsSummary()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, summary);
    QCOMPARE(Model::detailsSummary(before, after), summary);
    const QString longValue = QStringLiteral("x").repeated(500);
    const QString shortened = Model::detailsSummary({}, QStringLiteral(R"({"k":"%1"})").arg(longValue), 40);
    QCOMPARE(shortened.size(), 40);
    QVERIFY(shortened.endsWith(QChar(0x2026)));
}

void TestAuditLogModel::emptyLog()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const auto session = supervisorSession(*dbHolder);
    Model model(*session);
    QVERIFY(settle(model));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(true);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isCountKnown());
    QCOMPARE(model.entryId(0), 0);
    QCOMPARE(model.cachedPageCount(), 0);
    QVERIFY(model.lastError().isEmpty());
    const auto actions = AuditRepository(db).actions();
    QVERIFY2(actions, qPrintable(actions.error()));
    QVERIFY(actions->isEmpty());
}

// Agents see the entries about the requests they may see (theirs and the unassigned) and their own
// entries about no request; nothing else.
void TestAuditLogModel::agentVisibility()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QVERIFY(fillAuditFixture(db, 3000));
    SessionOptions options;
    options.watchChanges = false;
    options.idleLockSeconds = 0;
    // zhang.wei is among the fixture's actors; some of his entries are about no request.
    const Actor agent = dbHolder->addStaff(QStringLiteral("zhang.wei"), Role::Agent);
    const Actor other = dbHolder->addStaff(QStringLiteral("li.lei"), Role::Agent);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE requests SET assignee_id = %1 WHERE id <= 20").arg(other.staffId)));
    QVERIFY(q.exec(QStringLiteral("UPDATE requests SET assignee_id = %1 WHERE id BETWEEN 21 AND 30").arg(agent.staffId)));
    const auto session = dbHolder->session(agent, options);
    Model model(*session);
    QVERIFY(settle(model));
    // Requests 31.. are unassigned (and 51.. do not exist: entries about them are nobody's).
    const QString where = QStringLiteral("(request_id BETWEEN 21 AND %1) OR (request_id = 0 AND actor = 'zhang.wei')")
                              .arg(kFixtureRequests);
    const qint64 expected = plainCount(db, where);
    QVERIFY(expected > 0 && expected < plainCount(db, {}));
    QCOMPARE(qint64(model.rowCount()), expected);
    bool bounded = false;
    QCOMPARE(walk(model, &bounded), plainIds(db, where));
    // The same filter narrows within what the agent may see.
    model.setQuery({QStringLiteral("5"), {}, {}, {}, {}});
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 0); // request 5 is li.lei's
    model.setQuery({QStringLiteral("25"), {}, {}, {}, {}});
    QVERIFY(settle(model));
    QCOMPARE(qint64(model.rowCount()), plainCount(db, QStringLiteral("request_id = 25")));
    QVERIFY(model.rowCount() > 0);
}

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
