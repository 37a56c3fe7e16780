#include "hostiletext.h"
#include "queuefixture.h"
#include "testdatabase.h"

#include "itemmodels/requestqueuemodel.h"
#include "session/queuereader.h"
#include "session/session.h"
#include "storage/personrepository.h"
#include "storage/requestrepository.h"
#include "demo/demogenerator.h"
#include "workflow/workingdaycalendar.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <map>

using namespace pd;
using pd::test::TestDatabase;
using Model = RequestQueueModel;

namespace {

// More than kMaxPages * kPageSize rows, so that a full walk must evict pages.
constexpr qint64 kDemoRequests = 9000;
const QDate kToday(2026, 6, 24); // a Wednesday, in the past: the demo data does not depend on the clock

// The statuses whose deadline clock runs, written out here: open, and not paused while waiting
// for the requester (awaiting_requester).
QString openList()
{
    return QStringLiteral("('received', 'verifying', 'in_progress', 'awaiting_approval')");
}

QList<qint64> plainIds(const Database &db, const QString &where, const QString &orderBy)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QList<qint64> ids;
    const QString sql = QStringLiteral("SELECT r.id FROM requests r JOIN people p ON p.id = r.person_id")
        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QStringLiteral(" ORDER BY ") + orderBy;
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
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM requests r JOIN people p ON p.id = r.person_id")
        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

QList<qint64> modelIds(Model &model, int from, int to, int step = 1)
{
    QList<qint64> ids;
    for (int row = from; step > 0 ? row < to : row > to; row += step)
        ids << pd::test::loaded(model, row, 0, Model::IdRole).toLongLong();
    return ids;
}

} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester_data() { TestDatabase::addEngineRows(); }
    void modelTester();
    void sortedWalks_data() { TestDatabase::addEngineRows(); }
    void sortedWalks();
    void backwardsAndJumps_data() { TestDatabase::addEngineRows(); }
    void backwardsAndJumps();
    void filters_data() { TestDatabase::addEngineRows(); }
    void filters();
    void urgency_data() { TestDatabase::addEngineRows(); }
    void urgency();
    void countsChanged_data() { TestDatabase::addEngineRows(); }
    void countsChanged();
    void placeholders_data() { TestDatabase::addEngineRows(); }
    void placeholders();
    void agentVisibility_data() { TestDatabase::addEngineRows(); }
    void agentVisibility();
    void hostileSearch_data() { TestDatabase::addEngineRows(); }
    void hostileSearch();

private:
    // One demo database per engine, shared by the test functions (each compares with live SQL).
    Database *demoDb(const QString &engine);
    // A session for the demo supervisor (who sees every request), or for another demo account.
    std::unique_ptr<Session> session(const QString &engine, const QString &username = QStringLiteral("demo.wang.qiang"));
    std::map<QString, std::unique_ptr<TestDatabase>> m_dbs;
    WorkingDayCalendar m_calendar;
};

Database *TestQueueModel::demoDb(const QString &engine)
{
    auto it = m_dbs.find(engine);
    if (it != m_dbs.end())
        return &it->second->db();
    auto holder = TestDatabase::create(engine);
    if (!holder)
        return nullptr;
    DemoGenerator::Options options;
    options.requests = kDemoRequests;
    options.seed = 20261129;
    options.today = kToday;
    options.now = QDateTime(kToday, QTime(9, 0), Qt::UTC);
    const auto done = DemoGenerator(holder->db(), m_calendar).run(options);
    if (!done) {
        QTest::qFail(qPrintable(done.error()), __FILE__, __LINE__);
        return nullptr;
    }
    Database *db = &holder->db();
    m_dbs.emplace(engine, std::move(holder));
    return db;
}

std::unique_ptr<Session> TestQueueModel::session(const QString &engine, const QString &username)
{
    QSqlQuery q(m_dbs.at(engine)->db().connection());
    q.prepare(QStringLiteral("SELECT id, role FROM staff WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec() || !q.next()) {
        QTest::qFail(qPrintable(QStringLiteral("no staff member ") + username), __FILE__, __LINE__);
        return nullptr;
    }
    const Actor actor{q.value(0).toLongLong(), username, roles().fromKey(q.value(1).toString()).value(), username};
    SessionOptions options;
    options.watchChanges = false; // the tests refresh by hand
    options.idleLockSeconds = 0;
    return m_dbs.at(engine)->session(actor, options);
}

// The demo database and a session on it for the supervisor.
#define PD_DEMO_DB(var)                                  \
    QFETCH(QString, engine);                             \
    Database *var##Ptr = demoDb(engine);                 \
    if (!var##Ptr)                                       \
        return;                                          \
    Database &var = *var##Ptr;                           \
    const auto sessionHolder = session(engine);          \
    QVERIFY(sessionHolder);                              \
    Session &s = *sessionHolder;                         \
    Q_UNUSED(var);                                       \
    Q_UNUSED(s)

void TestQueueModel::modelTester()
{
    PD_DEMO_DB(db);
    Model model(s);
    model.setToday(kToday);
    QVERIFY(pd::test::settle(model));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(true);
    QCOMPARE(model.rowCount(), int(plainCount(db, {})));
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));
    for (int c = 0; c < Model::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());

    // The tester watches every signal these emit.
    model.sort(Model::PersonColumn, Qt::AscendingOrder);
    QVERIFY(pd::test::settle(model));
    QVERIFY(pd::test::loaded(model, 0, Model::PersonColumn).isValid());
    QueueFilter filter;
    filter.statuses = {RequestStatus::Received, RequestStatus::Verifying};
    model.setFilter(filter);
    QVERIFY(pd::test::settle(model));
    QCOMPARE(model.rowCount(), int(plainCount(db, QStringLiteral("r.status IN ('received', 'verifying')"))));
    model.sort(Model::DueColumn, Qt::DescendingOrder);
    QVERIFY(pd::test::settle(model));
    model.refresh();
    QVERIFY(pd::test::settle(model));
    model.retranslate();
    model.setFilter({});
    QVERIFY(pd::test::settle(model));
    QCOMPARE(model.rowCount(), int(plainCount(db, {})));
    QVERIFY(model.lastError().isEmpty());
    // Every column has something to show on a few rows spread over the table.
    for (int row : {0, model.rowCount() / 3, model.rowCount() - 1})
        for (int c = 0; c < Model::ColumnCount; ++c)
            QVERIFY2(!pd::test::loaded(model, row, c).toString().isEmpty() || c == Model::AssigneeColumn,
                     qPrintable(QStringLiteral("row %1 column %2").arg(row).arg(c)));
}

void TestQueueModel::sortedWalks()
{
    PD_DEMO_DB(db);
    Model model(s);
    model.setToday(kToday);
    QVERIFY(pd::test::settle(model));
    const int n = model.rowCount();
    QVERIFY(n >= kDemoRequests);
    QVERIFY(n > Model::kMaxPages * Model::kPageSize);
    for (int column = 0; column < Model::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            QVERIFY(pd::test::settle(model));
            QCOMPARE(model.sortColumn(), column);
            QCOMPARE(model.sortOrder(), order);
            const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
            // "Working days left": closed requests last both ways, among themselves by id.
            const QString closed = QStringLiteral("r.status IN ('completed', 'rejected', 'withdrawn', 'unverifiable')");
            const QString orderBy = column == Model::DaysLeftColumn
                ? QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END, CASE WHEN %1 THEN '' ELSE r.due_date END%2, r.id%2").arg(closed, dir)
                : QStringLiteral("r.") + QLatin1String(test::sqlColumn(QueueColumn(column))) + dir + QStringLiteral(", r.id") + dir;
            const QList<qint64> expected = plainIds(db, {}, orderBy);
            QCOMPARE(expected.size(), n);
            QList<qint64> walked;
            walked.reserve(n);
            for (int row = 0; row < n; ++row) {
                walked << pd::test::loaded(model, row, 0, Model::IdRole).toLongLong();
                if (model.cachedPageCount() > Model::kMaxPages)
                    QFAIL(qPrintable(QStringLiteral("%1 pages cached").arg(model.cachedPageCount())));
            }
            if (walked != expected) {
                const auto diff = std::mismatch(walked.cbegin(), walked.cend(), expected.cbegin());
                QFAIL(qPrintable(QStringLiteral("column %1 %2: first difference at row %3")
                                     .arg(column).arg(dir).arg(diff.first - walked.cbegin())));
            }
            QCOMPARE(model.cachedPageCount(), Model::kMaxPages);
            QVERIFY(model.lastError().isEmpty());
        }
    }
}

void TestQueueModel::backwardsAndJumps()
{
    PD_DEMO_DB(db);
    Model model(s);
    model.setToday(kToday);
    QVERIFY(pd::test::settle(model));
    model.sort(Model::StatusColumn, Qt::AscendingOrder); // many ties: only the id orders them
    QVERIFY(pd::test::settle(model));
    const QList<qint64> expected = plainIds(db, {}, QStringLiteral("r.status ASC, r.id ASC"));
    const int n = model.rowCount();
    QCOMPARE(n, int(expected.size()));

    // From the last row to the first: the End anchor, then Before from the cached page after.
    QCOMPARE(model.cachedPageCount(), 1); // the first page came with the count
    const QList<qint64> backwards = modelIds(model, n - 1, -1, -1);
    QList<qint64> reversed(expected.crbegin(), expected.crend());
    QVERIFY(backwards == reversed);
    QCOMPARE(model.cachedPageCount(), Model::kMaxPages);

    // Jumps into the middle with nothing cached nearby, by offset from either end: a new query
    // (the same one) starts without cached pages.
    model.sort(Model::StatusColumn, Qt::DescendingOrder);
    model.sort(Model::StatusColumn, Qt::AscendingOrder);
    QVERIFY(pd::test::settle(model));
    QCOMPARE(model.cachedPageCount(), 1); // the first page, read with the count
    for (int start : {n / 2, n / 2 + 1000, n / 3, n - 300, 5, n / 2 - 2000}) {
        const int end = std::min(n, start + 200);
        QVERIFY2(modelIds(model, start, end) == expected.mid(start, end - start), qPrintable(QString::number(start)));
        QVERIFY(model.cachedPageCount() <= Model::kMaxPages);
    }
    // Single rows in a scattered order, each one where the plain query has it.
    for (int i = 0; i < 400; ++i) {
        const int row = int((qint64(i) * 7919) % n);
        QCOMPARE(pd::test::loaded(model, row, 0, Model::IdRole).toLongLong(), expected.at(row));
        QCOMPARE(model.requestId(row), expected.at(row));
        QVERIFY(model.cachedPageCount() <= Model::kMaxPages);
    }
    QCOMPARE(model.requestId(n), qint64(0));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
    QVERIFY(!model.data(model.index(n, 0), Model::IdRole).isValid());
}

void TestQueueModel::filters()
{
    PD_DEMO_DB(db);
    Model model(s);
    model.setToday(kToday);
    QVERIFY(pd::test::settle(model));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(true);
    const QString today = kToday.toString(Qt::ISODate);
    const QString soon = m_calendar.addWorkingDays(kToday, QueueFilter::kDueSoonWorkingDays).toString(Qt::ISODate);
    const QDate monday = kToday.addDays(1 - kToday.dayOfWeek());
    const qint64 staffId = [&] {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id FROM staff WHERE username = 'demo.li.na'"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }();
    QVERIFY(staffId > 0);

    struct Case
    {
        QString name;
        QueueFilter filter;
        QString where;
    };
    QList<Case> cases;
    QueueFilter f;
    cases << Case{QStringLiteral("none"), f, {}};
    f.statuses = {RequestStatus::Received, RequestStatus::AwaitingRequester};
    cases << Case{QStringLiteral("statuses"), f, QStringLiteral("r.status IN ('received', 'awaiting_requester')")};
    f = {};
    f.types = {RequestType::Deletion, RequestType::AccountCancellation, RequestType::Copy};
    cases << Case{QStringLiteral("types"), f, QStringLiteral("r.type IN ('deletion', 'account_cancellation', 'copy')")};
    f = {};
    f.assigneeId = 0;
    cases << Case{QStringLiteral("unassigned"), f, QStringLiteral("r.assignee_id IS NULL")};
    f.assigneeId = staffId;
    cases << Case{QStringLiteral("assignee"), f, QStringLiteral("r.assignee_id = %1").arg(staffId)};
    f = {};
    f.dueWindow = QueueFilter::DueWindow::Overdue;
    cases << Case{QStringLiteral("overdue"), f, QStringLiteral("r.status IN %1 AND r.due_date < '%2'").arg(openList(), today)};
    f.dueWindow = QueueFilter::DueWindow::DueSoon;
    cases << Case{QStringLiteral("due soon"), f,
                  QStringLiteral("r.status IN %1 AND r.due_date >= '%2' AND r.due_date <= '%3'").arg(openList(), today, soon)};
    f.dueWindow = QueueFilter::DueWindow::ThisWeek;
    cases << Case{QStringLiteral("this week"), f,
                  QStringLiteral("r.status IN %1 AND r.due_date >= '%2' AND r.due_date <= '%3'")
                      .arg(openList(), monday.toString(Qt::ISODate), monday.addDays(6).toString(Qt::ISODate))};
    f = {};
    f.text = QStringLiteral("王芳");
    cases << Case{QStringLiteral("two Chinese characters"), f, QStringLiteral("p.name LIKE '%王芳%'")};
    f.text = QStringLiteral("  wang.fang ");
    cases << Case{QStringLiteral("e-mail part"), f, QStringLiteral("p.email LIKE '%wang.fang%'")};
    f.text = QStringLiteral("DSR-2025-0001");
    cases << Case{QStringLiteral("reference prefix"), f, QStringLiteral("r.reference LIKE 'DSR-2025-0001%'")};
    f = {};
    f.statuses = {RequestStatus::InProgress, RequestStatus::Verifying};
    f.types = {RequestType::Access};
    f.dueWindow = QueueFilter::DueWindow::Overdue;
    cases << Case{QStringLiteral("combined"), f,
                  QStringLiteral("r.status IN ('in_progress', 'verifying') AND r.type = 'access' AND r.status IN %1 "
                                 "AND r.due_date < '%2'").arg(openList(), today)};

    for (const Case &c : std::as_const(cases)) {
        model.setFilter(c.filter);
        QVERIFY(pd::test::settle(model));
        QCOMPARE(model.filter(), c.filter);
        const qint64 count = plainCount(db, c.where);
        QVERIFY2(model.rowCount() == count,
                 qPrintable(QStringLiteral("%1: %2 rows, expected %3").arg(c.name).arg(model.rowCount()).arg(count)));
        QVERIFY2(count > 0, qPrintable(c.name + QStringLiteral(" matches nothing in the demo data")));
        const QList<qint64> expected = plainIds(db, c.where, QStringLiteral("r.received_at DESC, r.id DESC"));
        QVERIFY2(modelIds(model, 0, model.rowCount()) == expected, qPrintable(c.name));
        QCOMPARE(model.counts().total, count);
    }
}

void TestQueueModel::urgency()
{
    PD_DEMO_DB(db);
    const qint64 personId = PersonRepository(db).insert(Person{0, QStringLiteral("测试人"), QStringLiteral("urgency-test"), {},
                                                              QStringLiteral("+8613800000001"), {}, {}, {}}).value();
    struct Case
    {
        const char *reference;
        QDate due;
        RequestStatus status;
        QVariant daysLeft;
        Model::Urgency urgency;
        QDate pausedOn = {};
    };
    // Today is Wednesday 2026-06-24.
    const Case cases[] = {
        {"URG-001", QDate(2026, 6, 19), RequestStatus::InProgress, -3, Model::Urgency::Overdue},
        // Paused on Monday the 22nd with one working day left: it stays one, and is never overdue.
        {"URG-002", QDate(2026, 6, 23), RequestStatus::AwaitingRequester, 1, Model::Urgency::None, QDate(2026, 6, 22)},
        {"URG-003", QDate(2026, 6, 24), RequestStatus::Received, 0, Model::Urgency::DueSoon},
        {"URG-004", QDate(2026, 6, 26), RequestStatus::Verifying, 2, Model::Urgency::DueSoon},
        {"URG-005", QDate(2026, 6, 27), RequestStatus::Verifying, 2, Model::Urgency::DueSoon}, // a Saturday
        {"URG-006", QDate(2026, 6, 29), RequestStatus::AwaitingApproval, 3, Model::Urgency::DueSoon},
        {"URG-007", QDate(2026, 6, 30), RequestStatus::InProgress, 4, Model::Urgency::None},
        {"URG-008", QDate(2026, 7, 8), RequestStatus::Received, 10, Model::Urgency::None},
        {"URG-009", QDate(2026, 6, 1), RequestStatus::Completed, QVariant(), Model::Urgency::None},
        {"URG-010", QDate(2026, 6, 25), RequestStatus::Rejected, QVariant(), Model::Urgency::None},
    };
    const RequestRepository requests(db);
    for (const Case &c : cases) {
        Request r;
        r.reference = QLatin1String(c.reference);
        r.personId = personId;
        r.personName = QStringLiteral("测试人");
        r.status = c.status;
        r.receivedAt = QDateTime(QDate(2026, 6, 1), QTime(2, 0), Qt::UTC);
        r.dueDate = c.due;
        auto inserted = requests.insert(r);
        QVERIFY(inserted.ok());
        if (c.pausedOn.isValid()) {
            Request paused = inserted.value();
            paused.pausedOn = c.pausedOn;
            paused.resumeStatus = QStringLiteral("in_progress");
            QVERIFY(requests.updateWorkflowFields(paused).ok());
        }
    }

    Model model(s);
    model.setToday(kToday);
    QVERIFY(pd::test::settle(model));
    QueueFilter filter;
    filter.text = QStringLiteral("urg-0");
    model.setFilter(filter);
    QVERIFY(pd::test::settle(model));
    model.sort(Model::ReferenceColumn, Qt::AscendingOrder);
    QVERIFY(pd::test::settle(model));
    QCOMPARE(model.rowCount(), int(std::size(cases)));
    for (int row = 0; row < model.rowCount(); ++row) {
        const Case &c = cases[row];
        QCOMPARE(model.data(model.index(row, Model::ReferenceColumn)).toString(), QLatin1String(c.reference));
        QCOMPARE(model.data(model.index(row, 0), Model::DueDateRole).toDate(), c.due);
        QCOMPARE(model.data(model.index(row, 0), Model::DaysLeftRole), c.daysLeft);
        QCOMPARE(model.data(model.index(row, 0), Model::UrgencyRole).toInt(), int(c.urgency));
        const QVariant shown = model.data(model.index(row, Model::DaysLeftColumn));
        const QString number = c.daysLeft.isValid() ? QString::number(c.daysLeft.toInt()) : QStringLiteral("—");
        QCOMPARE(shown.toString(), c.pausedOn.isValid() ? number + QStringLiteral(" (paused)") : number);
        const bool marked = model.data(model.index(row, Model::DaysLeftColumn), Qt::ForegroundRole).isValid();
        QCOMPARE(marked, c.urgency != Model::Urgency::None);
    }
    // The same rows against another day: what was due soon is now overdue.
    model.setToday(QDate(2026, 7, 1));
    QVERIFY(pd::test::settle(model));
    QCOMPARE(model.data(model.index(3, 0), Model::DaysLeftRole).toInt(), -3); // due Fri 26th; Mon, Tue, Wed since
    QCOMPARE(model.data(model.index(3, 0), Model::UrgencyRole).toInt(), int(Model::Urgency::Overdue));
    QCOMPARE(model.counts().total, qint64(std::size(cases)));
    QCOMPARE(model.data(model.index(1, 0), Model::DaysLeftRole).toInt(), 1); // paused: still one left
    QCOMPARE(model.counts().overdue, qint64(6)); // URG-001, 003..007: clock running and due before 1 July
    QCOMPARE(model.counts().dueSoon, qint64(0)); // URG-008 is due 8 July, after Monday 6 July
}

void TestQueueModel::countsChanged()
{
    PD_DEMO_DB(db);
    Model model(s);
    QSignalSpy spy(&model, &Model::countsChanged);
    QVERIFY(spy.isValid());
    model.setToday(kToday);
    QVERIFY(pd::test::settle(model));
    QCOMPARE(spy.count(), 1);

    const QString today = kToday.toString(Qt::ISODate);
    const QString soon = m_calendar.addWorkingDays(kToday, QueueFilter::kDueSoonWorkingDays).toString(Qt::ISODate);
    const qint64 total = plainCount(db, {});
    const qint64 overdue = plainCount(db, QStringLiteral("r.status IN %1 AND r.due_date < '%2'").arg(openList(), today));
    const qint64 dueSoon = plainCount(
        db, QStringLiteral("r.status IN %1 AND r.due_date >= '%2' AND r.due_date <= '%3'").arg(openList(), today, soon));
    QVERIFY(overdue > 0 && dueSoon > 0);

    model.refresh();
    QVERIFY(pd::test::settle(model));
    QCOMPARE(spy.count(), 2);
    const auto counts = spy.last().at(0).value<QueueCounts>();
    QCOMPARE(counts.total, total);
    QCOMPARE(counts.overdue, overdue);
    QCOMPARE(counts.dueSoon, dueSoon);
    QCOMPARE(model.counts().total, total);

    // Setting the filter it already has changes nothing and says nothing.
    model.setFilter(QueueFilter{});
    QVERIFY(pd::test::settle(model));
    QCOMPARE(spy.count(), 2);

    // A new request shows after a refresh, in the count and in the signal.
    Request r;
    r.personId = PersonRepository(db).insert(Person{0, QStringLiteral("新申请人"), QStringLiteral("new-one"), {},
                                                    QStringLiteral("+8613800000002"), {}, {}, {}}).value();
    r.personName = QStringLiteral("新申请人");
    r.receivedAt = QDateTime(kToday, QTime(3, 0), Qt::UTC);
    r.dueDate = kToday.addDays(-1);
    QVERIFY(RequestRepository(db).insert(r).ok());
    QCOMPARE(model.rowCount(), int(total)); // not before the refresh
    model.refresh();
    QVERIFY(pd::test::settle(model));
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.last().at(0).value<QueueCounts>().total, total + 1);
    QCOMPARE(spy.last().at(0).value<QueueCounts>().overdue, overdue + 1);
    QCOMPARE(model.rowCount(), int(total + 1));

    QueueFilter onlyDeletion;
    onlyDeletion.types = {RequestType::Deletion};
    model.setFilter(onlyDeletion);
    QVERIFY(pd::test::settle(model));
    QCOMPARE(spy.count(), 4);
    QCOMPARE(spy.last().at(0).value<QueueCounts>().total, plainCount(db, QStringLiteral("r.type = 'deletion'")));
}

// Rows that have not arrived show a placeholder, and the count may come after the first page.
void TestQueueModel::placeholders()
{
    PD_DEMO_DB(db);
    Model model(s);
    QCOMPARE(model.rowCount(), 0); // nothing is read on the GUI thread
    QVERIFY(!model.isCountKnown());
    QVERIFY(model.isLoading());
    QVERIFY(pd::test::settle(model));
    const int n = model.rowCount();
    QCOMPARE(n, int(plainCount(db, {})));
    const int far = n - 5;
    QVERIFY(!model.isRowLoaded(far));
    QCOMPARE(model.data(model.index(far, 0)).toString(), Model::tr("Loading…"));
    QVERIFY(!model.data(model.index(far, 0), Model::IdRole).isValid());
    QVERIFY(model.isLoading()); // asking for the row sent for its page
    QVERIFY(pd::test::settle(model));
    QVERIFY(model.isRowLoaded(far));
    const QList<qint64> expected = plainIds(db, {}, QStringLiteral("r.received_at DESC, r.id DESC"));
    QCOMPARE(model.data(model.index(far, 0), Model::IdRole).toLongLong(), expected.at(far));
}

// An agent sees the requests assigned to them and the unassigned ones: rows, counts and search agree.
void TestQueueModel::agentVisibility()
{
    PD_DEMO_DB(db);
    const auto agent = session(engine, QStringLiteral("demo.li.na"));
    QVERIFY(agent);
    const qint64 me = agent->actor().staffId;
    const QString mine = QStringLiteral("(r.assignee_id = %1 OR r.assignee_id IS NULL)").arg(me);
    Model model(*agent);
    model.setToday(kToday);
    QVERIFY(pd::test::settle(model));
    const qint64 visible = plainCount(db, mine);
    QVERIFY(visible > 0 && visible < plainCount(db, {}));
    QCOMPARE(qint64(model.rowCount()), visible);
    QCOMPARE(modelIds(model, 0, model.rowCount()), plainIds(db, mine, QStringLiteral("r.received_at DESC, r.id DESC")));
    const QString today = kToday.toString(Qt::ISODate);
    QCOMPARE(model.counts().overdue,
             plainCount(db, mine + QStringLiteral(" AND r.status IN %1 AND r.due_date < '%2'").arg(openList(), today)));
    // A search finds only what the agent may see; the supervisor finds more.
    QueueFilter search;
    search.text = QStringLiteral("example");
    model.setFilter(search);
    QVERIFY(pd::test::settle(model));
    QCOMPARE(qint64(model.rowCount()), plainCount(db, mine + QStringLiteral(" AND p.email LIKE '%example%'")));
    Model all(s);
    all.setFilter(search);
    QVERIFY(pd::test::settle(all));
    QVERIFY(all.rowCount() > model.rowCount());
    // Filtering by another agent shows nothing of theirs.
    QueueFilter theirs;
    theirs.assigneeId = [&] {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT id FROM staff WHERE username = 'demo.zhang.wei'"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }();
    model.setFilter(theirs);
    QVERIFY(pd::test::settle(model));
    QCOMPARE(model.rowCount(), 0);
}

// Hostile text in the search box: matched literally, never an error, nothing changed.
void TestQueueModel::hostileSearch()
{
    PD_DEMO_DB(db);
    Model model(s);
    QVERIFY(pd::test::settle(model));
    const qint64 requests = plainCount(db, {});
    const auto auditEntries = [&] {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        return q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 entries = auditEntries();
    // The oracle: people whose search text holds the needle as it is (instr/strpos know no
    // wildcards), or references that start with it.
    const QString contains = db.dialect() == Dialect::SQLite ? QStringLiteral("instr(p.search_text, ?) > 0")
                                                             : QStringLiteral("strpos(p.search_text, ?) > 0");
    for (const QString &text : pd::test::hostileTexts()) {
        QueueFilter f;
        f.text = text;
        model.setFilter(f);
        QVERIFY(pd::test::settle(model));
        QVERIFY2(model.lastError().isEmpty(), qPrintable(text + QStringLiteral(": ") + model.lastError()));
        const QString needle = text.simplified().toLower();
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM requests r JOIN people p ON p.id = r.person_id WHERE ")
                  + (needle.size() >= 3 ? contains : QStringLiteral("instr(lower(p.name), ?) > 0"))
                  + QStringLiteral(" OR substr(r.reference, 1, %1) = ?").arg(needle.size()));
        q.addBindValue(needle);
        q.addBindValue(needle.toUpper());
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QVERIFY2(model.rowCount() == q.value(0).toLongLong(),
                 qPrintable(QStringLiteral("%1: %2 rows, %3 expected").arg(text).arg(model.rowCount()).arg(q.value(0).toLongLong())));
    }
    // A search far too long is refused with a short message before it reaches SQL.
    QueueFilter huge;
    huge.text = pd::test::hugeText();
    model.setFilter(huge);
    QVERIFY(pd::test::settle(model));
    QCOMPARE(model.lastErrorKind(), ErrorKind::Invalid);
    QVERIFY2(model.lastError().contains(QString::number(QueueReader::kMaximumSearchLength)), qPrintable(model.lastError()));
    QVERIFY(model.lastError().size() < 200);
    // Nothing was changed by any of it.
    QCOMPARE(plainCount(db, {}), requests);
    QCOMPARE(auditEntries(), entries);
}

QTEST_GUILESS_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
