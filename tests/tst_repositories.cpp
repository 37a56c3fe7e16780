#include "queuefixture.h"
#include "testdatabase.h"

#include "storage/personrepository.h"
#include "storage/queuerepository.h"
#include "storage/requestrow.h"
#include "storage/requestrepository.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>

using namespace pd;
using namespace pd::test;

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void people_data() { TestDatabase::addEngineRows(); }
    void instantsAsText();
    void people();
    void requestsRoundTrip_data() { TestDatabase::addEngineRows(); }
    void requestsRoundTrip();
    void history_data() { TestDatabase::addEngineRows(); }
    void history();
    void staff_data() { TestDatabase::addEngineRows(); }
    void staff();
    void queueCount_data() { TestDatabase::addEngineRows(); }
    void queueCount();
    void queuePaging_data() { TestDatabase::addEngineRows(); }
    void queuePaging();
    void queueCounts_data() { TestDatabase::addEngineRows(); }
    void queueCounts();
};

void TestRepositories::people()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const PersonRepository repo(db);
    Person wang{0, QStringLiteral("王芳"), QStringLiteral("wf2026"), QStringLiteral("wang.fang@example.com"),
                QStringLiteral("+8613800138000"), QStringLiteral("11010519491231002X"), QStringLiteral("上海某某科技有限公司"),
                QStringLiteral("zh_CN")};
    Person emily{0, QStringLiteral("Emily Chen"), QStringLiteral("u1"), QStringLiteral("emily@example.org"),
                 QStringLiteral("+447400123456"), QString(), QString(), QString()};
    const auto wangId = repo.insert(wang);
    QVERIFY2(wangId.ok(), qPrintable(wangId.error()));
    const auto emilyId = repo.insert(emily);
    QVERIFY2(emilyId.ok(), qPrintable(emilyId.error()));
    QVERIFY(wangId.value() > 0);
    QVERIFY(emilyId.value() != wangId.value());
    wang.id = wangId.value();
    emily.id = emilyId.value();

    const auto got = repo.get(wang.id);
    QVERIFY2(got.ok(), qPrintable(got.error()));
    QCOMPARE(got->id, wang.id);
    QCOMPARE(got->name, wang.name);
    QCOMPARE(got->account, wang.account);
    QCOMPARE(got->email, wang.email);
    QCOMPARE(got->phone, wang.phone);
    QCOMPARE(got->idNumber, wang.idNumber);
    QCOMPARE(got->company, wang.company);
    QCOMPARE(got->language, wang.language);
    QCOMPARE(repo.get(emily.id)->language, QStringLiteral("zh_CN")); // the default
    QCOMPARE(repo.get(emily.id)->idNumber, QString());
    QVERIFY(!repo.get(emily.id + wang.id + 100).ok());

    using Id = PersonRepository::Identifier;
    const struct { Id id; QString value; qint64 expected; } lookups[] = {
        {Id::Phone, QStringLiteral("+8613800138000"), wang.id},
        {Id::Phone, QStringLiteral("+447400123456"), emily.id},
        {Id::Email, QStringLiteral("wang.fang@example.com"), wang.id},
        {Id::Email, QStringLiteral("emily@example.org"), emily.id},
        {Id::Account, QStringLiteral("wf2026"), wang.id},
        {Id::Account, QStringLiteral("u1"), emily.id},
        {Id::ResidentId, QStringLiteral("11010519491231002X"), wang.id},
    };
    for (const auto &l : lookups) {
        const auto found = repo.findBy(l.id, l.value);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, l.expected);
    }
    // Exact matches on the stored, normalised form only; an empty ID number matches nobody's.
    QVERIFY(repo.findBy(Id::Phone, QStringLiteral("13800138000"))->isEmpty());
    QVERIFY(repo.findBy(Id::Email, QStringLiteral("wang.fang@example"))->isEmpty());
    QVERIFY(repo.findBy(Id::Account, QStringLiteral("wang.fang@example.com"))->isEmpty());
    QVERIFY(repo.findBy(Id::ResidentId, QStringLiteral("110105194912310021"))->isEmpty());

    // Two people may share a phone (family members): both are found, oldest first.
    Person sister = wang;
    sister.name = QStringLiteral("王芳芳");
    sister.idNumber.clear();
    sister.id = repo.insert(sister).value();
    const auto both = repo.findBy(Id::Phone, QStringLiteral("+8613800138000"));
    QCOMPARE(both->size(), 2);
    QCOMPARE(both->at(0).id, wang.id);
    QCOMPARE(both->at(1).id, sister.id);

    QCOMPARE(PersonRepository::searchText(wang),
             QStringLiteral("王芳 wf2026 wang.fang@example.com +8613800138000"));
}

void TestRepositories::requestsRoundTrip()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const qint64 staffId = StaffRepository(db).insert({0, QStringLiteral("li.na"), QStringLiteral("李娜"), {}}).value();
    const qint64 personId = PersonRepository(db).insert(person("王芳", "wf", "wf@example.com", "+8613800138000")).value();
    const RequestRepository repo(db);

    // Every value of every enum survives the trip; received in Shanghai time, stored in UTC.
    const auto types = requestTypes().all();
    const auto statuses = requestStatuses().all();
    QList<Request> written;
    for (int i = 0; i < 10; ++i) {
        Request r;
        r.personId = personId;
        r.personName = QStringLiteral("王芳");
        r.type = types.at(i);
        r.status = statuses.at(i % statuses.size());
        r.channel = channels().all().at(i % 5);
        r.requesterKind = requesterKinds().all().at(i % 3);
        r.entity = entities().all().at(i % 3);
        r.priority = Priority(i % 4);
        r.receivedAt = QDateTime(QDate(2026, 11, 27), QTime(17, 5, i), QTimeZone(8 * 3600));
        r.dueDate = QDate(2026, 12, 18).addDays(i);
        if (i % 2) {
            r.assigneeId = staffId;
            r.assigneeName = QStringLiteral("李娜");
        }
        r.summary = QStringLiteral("申请删除设备信息 \"and\" 'logs' %1").arg(i);
        const auto saved = repo.insert(r);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved->reference, RequestRepository::formatReference(2026, i + 1));
        QCOMPARE(saved->reference, QStringLiteral("DSR-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0')));
        QVERIFY(saved->id > 0);
        written << saved.value();
    }
    QCOMPARE(written.at(0).reference, QStringLiteral("DSR-2026-000001"));
    QCOMPARE(written.at(1).reference, QStringLiteral("DSR-2026-000002"));

    for (const Request &w : std::as_const(written)) {
        const auto got = repo.get(w.id);
        QVERIFY2(got.ok(), qPrintable(got.error()));
        QCOMPARE(got->id, w.id);
        QCOMPARE(got->reference, w.reference);
        QCOMPARE(got->personId, w.personId);
        QCOMPARE(got->personName, w.personName);
        QCOMPARE(got->type, w.type);
        QCOMPARE(got->status, w.status);
        QCOMPARE(got->channel, w.channel);
        QCOMPARE(got->requesterKind, w.requesterKind);
        QCOMPARE(got->entity, w.entity);
        QCOMPARE(got->receivedAt, w.receivedAt);
        QCOMPARE(got->receivedAt.timeSpec(), Qt::UTC);
        QCOMPARE(got->receivedAt.time().hour(), 9); // 17:05 +08:00
        QCOMPARE(got->dueDate, w.dueDate);
        QCOMPARE(got->assigneeId, w.assigneeId);
        QCOMPARE(got->assigneeName, w.assigneeName);
        QCOMPARE(got->priority, w.priority);
        QCOMPARE(got->summary, w.summary);
        QCOMPARE(got->version, 1);
    }

    // Each year has its own sequence; a given reference is kept.
    Request old = written.first();
    old.reference.clear();
    old.receivedAt = QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC);
    QCOMPARE(repo.insert(old)->reference, QStringLiteral("DSR-2025-000001"));
    old.reference = QStringLiteral("DSR-2024-123456");
    QCOMPARE(repo.insert(old)->reference, QStringLiteral("DSR-2024-123456"));
    QCOMPARE(repo.allocateReference(2026).value(), QStringLiteral("DSR-2026-000011"));
    old.reference = QStringLiteral("DSR-2024-123456");
    QVERIFY(!repo.insert(old).ok()); // references are unique
    QVERIFY(!repo.get(999999).ok());
}

void TestRepositories::history()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const qint64 personId = PersonRepository(db).insert(person("李娜", "ln", "", "+8615012345678")).value();
    const RequestRepository repo(db);
    Request r;
    r.personId = personId;
    r.personName = QStringLiteral("李娜");
    r.receivedAt = QDateTime(QDate(2026, 11, 27), QTime(1, 0), Qt::UTC);
    r.dueDate = QDate(2026, 12, 18);
    const qint64 a = repo.insert(r)->id;
    const qint64 b = repo.insert(r)->id;

    const QList<HistoryEntry> entries = {
        {QDateTime(QDate(2026, 11, 27), QTime(1, 0, 5), Qt::UTC), QStringLiteral("demo"), QStringLiteral("registered"),
         QString(), QStringLiteral("received"), QString()},
        {QDateTime(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC), QStringLiteral("李娜"), QStringLiteral("status_changed"),
         QStringLiteral("received"), QStringLiteral("verifying"), QStringLiteral("短信验证码已发送")},
        // Recorded later but stamped earlier (a back-dated note): order is the order of writing.
        {QDateTime(QDate(2026, 11, 27), QTime(23, 0), Qt::UTC), QStringLiteral("王强"), QStringLiteral("status_changed"),
         QStringLiteral("verifying"), QStringLiteral("in_progress"), QStringLiteral("note \"quoted\"")},
    };
    for (const HistoryEntry &e : entries) {
        QVERIFY(repo.appendHistory(a, e).ok());
        QVERIFY(repo.appendHistory(b, entries.first()).ok());
    }
    const auto got = repo.history(a);
    QVERIFY2(got.ok(), qPrintable(got.error()));
    QCOMPARE(got->size(), entries.size());
    for (int i = 0; i < entries.size(); ++i) {
        QCOMPARE(got->at(i).at, entries.at(i).at);
        QCOMPARE(got->at(i).actor, entries.at(i).actor);
        QCOMPARE(got->at(i).action, entries.at(i).action);
        QCOMPARE(got->at(i).fromStatus, entries.at(i).fromStatus);
        QCOMPARE(got->at(i).toStatus, entries.at(i).toStatus);
        QCOMPARE(got->at(i).note, entries.at(i).note);
    }
    QCOMPARE(repo.history(b)->size(), entries.size());
    QVERIFY(repo.history(b + 100)->isEmpty());
    QVERIFY(!repo.appendHistory(b + 100, entries.first()).ok()); // no such request
}

void TestRepositories::staff()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const StaffRepository repo(db);
    QVERIFY(repo.list()->isEmpty());
    const auto wang = repo.insert({0, QStringLiteral("wang.qiang"), QStringLiteral("Wang Qiang"), QStringLiteral("supervisor")});
    const auto emily = repo.insert({0, QStringLiteral("emily.chen"), QStringLiteral("Emily Chen"), QString()});
    QVERIFY2(wang.ok() && emily.ok(), qPrintable(wang.error() + emily.error()));
    QVERIFY(wang.value() != emily.value());
    const auto list = repo.list();
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, emily.value()); // by display name
    QCOMPARE(list->at(0).username, QStringLiteral("emily.chen"));
    QCOMPARE(list->at(0).role, QStringLiteral("agent"));
    QCOMPARE(list->at(1).displayName, QStringLiteral("Wang Qiang"));
    QCOMPARE(list->at(1).role, QStringLiteral("supervisor"));
    const auto duplicate = repo.insert({0, QStringLiteral("wang.qiang"), QStringLiteral("Someone else"), {}});
    QVERIFY(!duplicate.ok());
    QVERIFY(duplicate.error().contains(QLatin1String("wang.qiang")));
}

void TestRepositories::queueCount()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QueueFixture f;
    QVERIFY(populateQueue(db, f));
    const QueueRepository repo(db);
    const auto personIs = [&](const QList<const char *> &keys) {
        QSet<qint64> ids;
        for (const char *k : keys)
            ids << f.people.value(QLatin1String(k)).id;
        return ids;
    };

    struct Case
    {
        QString name;
        std::function<void(QueueQuery &)> set;
        std::function<bool(const Request &)> keep;
        bool mayBeEmpty = false; // only cases meant to find nothing may expect nothing
    };
    QList<Case> cases = {
        {QStringLiteral("everything"), [](QueueQuery &) {}, [](const Request &) { return true; }},
        {QStringLiteral("one status"), [](QueueQuery &q) { q.statusKeys = {QStringLiteral("received")}; },
         [](const Request &r) { return r.status == RequestStatus::Received; }},
        {QStringLiteral("two statuses"), [](QueueQuery &q) { q.statusKeys = {QStringLiteral("verifying"), QStringLiteral("rejected")}; },
         [](const Request &r) { return r.status == RequestStatus::Verifying || r.status == RequestStatus::Rejected; }},
        {QStringLiteral("types"), [](QueueQuery &q) { q.typeKeys = {QStringLiteral("deletion"), QStringLiteral("account_cancellation")}; },
         [](const Request &r) { return r.type == RequestType::Deletion || r.type == RequestType::AccountCancellation; }},
        {QStringLiteral("anyone"), [](QueueQuery &q) { q.assigneeId = -1; }, [](const Request &) { return true; }},
        {QStringLiteral("unassigned"), [](QueueQuery &q) { q.assigneeId = 0; }, [](const Request &r) { return r.assigneeId == 0; }},
        {QStringLiteral("assigned to Li Na"), [&](QueueQuery &q) { q.assigneeId = f.li; },
         [&](const Request &r) { return r.assigneeId == f.li; }},
        {QStringLiteral("clock running"), [](QueueQuery &q) { q.clockRunningOnly = true; },
         [](const Request &r) { return r.status != RequestStatus::AwaitingRequester && isOpen(r.status); }},
        {QStringLiteral("due range"), [](QueueQuery &q) { q.dueFrom = kFixtureToday.addDays(-3); q.dueTo = kFixtureToday.addDays(4); },
         [](const Request &r) { return r.dueDate >= kFixtureToday.addDays(-3) && r.dueDate <= kFixtureToday.addDays(4); }},
        {QStringLiteral("due from"), [](QueueQuery &q) { q.dueFrom = kFixtureToday; }, [](const Request &r) { return r.dueDate >= kFixtureToday; }},
        {QStringLiteral("due to"), [](QueueQuery &q) { q.dueTo = kFixtureToday.addDays(-1); },
         [](const Request &r) { return r.dueDate < kFixtureToday; }},
        {QStringLiteral("combined"),
         [&](QueueQuery &q) {
             q.text = QStringLiteral("王芳");
             q.clockRunningOnly = true;
             q.assigneeId = f.zhang;
             q.typeKeys = requestTypes().keys().mid(0, 6);
         },
         [&](const Request &r) {
             return personIs({"wangfang", "wangfangfang"}).contains(r.personId) && isOpen(r.status)
                 && r.status != RequestStatus::AwaitingRequester && r.assigneeId == f.zhang
                 && int(r.type) < 6;
         }},
    };
    // Text: requests of the people whose name, account, e-mail or phone contain it, or whose reference starts with it.
    const struct { const char *text; QList<const char *> people; const char *prefix; } texts[] = {
        {"王芳芳", {"wangfangfang"}, nullptr},              // three characters
        {"王芳", {"wangfang", "wangfangfang"}, nullptr},    // two Chinese characters still match
        {"李娜", {"lina"}, nullptr},
        {"Wang.Fang@", {"wangfang"}, nullptr},
        {"EMILY chen", {"emily"}, nullptr},
        {"lina88", {"lina"}, nullptr},
        {"13800138000", {"wangfang"}, nullptr},             // phone digits without +86
        {"138 0013 8000", {"wangfang"}, nullptr},
        {"+86 138-0013-8000", {"wangfang"}, nullptr},
        {"1380013", {"wangfang", "zhao"}, nullptr},
        {"a_b", {}, nullptr},                               // LIKE wildcards are literal ("ana.bell" has a.b)
        {"%", {}, nullptr},
        {"nobody", {}, nullptr},
        {"   ", {"wangfang", "wangfangfang", "lina", "emily", "ana", "zhao", "wangbmp"}, nullptr},
        {"DSR-2026-00001", {}, "DSR-2026-00001"},
        {"dsr-2025", {}, "DSR-2025"},
    };
    for (const auto &t : texts) {
        const QSet<qint64> who = personIs(t.people);
        const QString prefix = t.prefix ? QLatin1String(t.prefix) : QString();
        cases << Case{QStringLiteral("text ") + QString::fromUtf8(t.text),
                      [t](QueueQuery &q) { q.text = QString::fromUtf8(t.text); },
                      [who, prefix](const Request &r) {
                          return who.contains(r.personId) || (!prefix.isEmpty() && r.reference.startsWith(prefix));
                      },
                      who.isEmpty() && prefix.isEmpty()};
    }
    cases << Case{QStringLiteral("text, whole reference"), [&](QueueQuery &q) { q.text = f.requests.at(42).reference; },
                  [&](const Request &r) { return r.id == f.requests.at(42).id; }};

    // Short searches look at every field of the person, not only the name: written out here as
    // the fields that hold the text (the phone as stored, +86…).
    const auto holding = [&](const QString &text) {
        QSet<qint64> ids;
        for (const Person &p : std::as_const(f.people))
            for (const QString &field : {p.name, p.account, p.email, p.phone})
                if (field.toLower().contains(text.toLower()))
                    ids.insert(p.id);
        return ids;
    };
    for (const char *shortText : {"0", "45", "芳", "@", "𠀀", "王𠀀", "wz"}) {
        const QString text = QString::fromUtf8(shortText);
        const QSet<qint64> who = holding(text);
        QVERIFY2(!who.isEmpty(), shortText);
        const int number = text.toInt(); // "45": also the 45th request of every year
        cases << Case{QStringLiteral("short text ") + text, [text](QueueQuery &q) { q.text = text; },
                      [who, number](const Request &r) {
                          return who.contains(r.personId) || (number > 0 && r.reference.section(QLatin1Char('-'), 2).toInt() == number);
                      }};
    }
    // A reference typed in part: its number (with or without the zeros), or its year and number.
    const Request &target = f.requests.at(42);
    const QString year = target.reference.section(QLatin1Char('-'), 1, 1);
    const QString padded = target.reference.section(QLatin1Char('-'), 2);
    const int number = padded.toInt();
    QVERIFY(number > 9);
    const QStringList partials{QString::number(number), padded, year + QLatin1Char('-') + padded,
                               year + QLatin1Char('-') + QString::number(number), QStringLiteral("dsr-") + year + QLatin1Char('-') + padded};
    for (const QString &typed : partials) {
        const bool anyYear = !typed.contains(QLatin1Char('-'));
        const QSet<qint64> who = holding(typed);
        cases << Case{QStringLiteral("partial reference ") + typed, [typed](QueueQuery &q) { q.text = typed; },
                      [&target, who, anyYear, number](const Request &r) {
                          return who.contains(r.personId) || r.reference == target.reference
                              || (anyYear && r.reference.section(QLatin1Char('-'), 2).toInt() == number);
                      }};
    }

    for (const Case &c : std::as_const(cases)) {
        QueueQuery q;
        c.set(q);
        const QList<qint64> expected = expectedIds(f, c.keep);
        QVERIFY2(!expected.isEmpty() || c.mayBeEmpty, qPrintable(c.name + QStringLiteral(": the fixture proves nothing")));
        const auto count = repo.count(q);
        QVERIFY2(count.ok(), qPrintable(count.error()));
        QVERIFY2(count.value() == expected.size(),
                 qPrintable(QStringLiteral("%1: count %2, expected %3").arg(c.name).arg(count.value()).arg(expected.size())));
        QVERIFY2(sorted(allIds(db, q)) == sorted(expected), qPrintable(c.name));
    }
    // The fixture exercises what it claims to.
    QVERIFY(expectedIds(f, [](const Request &r) { return r.assigneeId == 0; }).size() > 10);
    QVERIFY(expectedIds(f, [](const Request &r) { return r.reference.startsWith(QLatin1String("DSR-2025")); }).size() > 10);

    // countByStatus / countByType agree with the rows.
    const auto byStatus = repo.countByStatus();
    QVERIFY(byStatus.ok());
    for (auto s : requestStatuses().all())
        QCOMPARE(byStatus->value(requestStatuses().key(s)),
                 qint64(expectedIds(f, [s](const Request &r) { return r.status == s; }).size()));
    const auto byType = repo.countByType();
    QVERIFY(byType.ok());
    for (auto t : requestTypes().all())
        QCOMPARE(byType->value(requestTypes().key(t)), qint64(expectedIds(f, [t](const Request &r) { return r.type == t; }).size()));
}

void TestRepositories::queuePaging()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QueueFixture f;
    QVERIFY(populateQueue(db, f));
    const QueueRepository repo(db);
    using Anchor = QueuePage::Anchor;
    constexpr int kLimit = 7;

    for (int c = 0; c < int(QueueColumn::Count); ++c) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (bool filtered : {false, true}) {
                QueueQuery q;
                q.sortColumn = QueueColumn(c);
                q.sortOrder = order;
                if (filtered)
                    q.statusKeys = openStatusKeys();
                const QString tag = QStringLiteral("column %1 %2%3").arg(c)
                                        .arg(QLatin1String(order == Qt::AscendingOrder ? "asc" : "desc"),
                                             QLatin1String(filtered ? " filtered" : ""));
                // The reference answer: one plain query.
                const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
                QString sql = QStringLiteral("SELECT id FROM requests");
                if (filtered)
                    sql += QStringLiteral(" WHERE status IN ('%1')").arg(openStatusKeys().join(QLatin1String("', '")));
                sql += orderBySql(q.sortColumn, dir);
                QList<qint64> expected;
                QSqlQuery plain(db.connection());
                QVERIFY2(plain.exec(sql), qPrintable(plain.lastError().text()));
                while (plain.next())
                    expected << plain.value(0).toLongLong();
                const int n = int(expected.size());
                QVERIFY(n > 50);

                // Forward by keyset from the start.
                QList<qint64> walked;
                QueuePage page{Anchor::Start, 0, kLimit, {}, 0};
                for (;;) {
                    const auto rows = repo.page(q, page);
                    QVERIFY2(rows.ok(), qPrintable(rows.error()));
                    walked << idsOf(rows.value());
                    if (rows->size() < kLimit)
                        break;
                    page = QueuePage{Anchor::After, 0, kLimit, rows->constLast().sortKey, rows->constLast().request.id};
                }
                QVERIFY2(walked == expected, qPrintable(tag + QStringLiteral(" forward")));

                // Backward by keyset from the end; pages still come in display order.
                QList<qint64> back;
                page = QueuePage{Anchor::End, 0, kLimit, {}, 0};
                for (;;) {
                    const auto rows = repo.page(q, page);
                    QVERIFY2(rows.ok(), qPrintable(rows.error()));
                    back = idsOf(rows.value()) + back;
                    if (rows->size() < kLimit)
                        break;
                    page = QueuePage{Anchor::Before, 0, kLimit, rows->constFirst().sortKey, rows->constFirst().request.id};
                }
                QVERIFY2(back == expected, qPrintable(tag + QStringLiteral(" backward")));

                // By offset from either end.
                for (int offset : {0, 1, 13, n / 2, n - kLimit, n - 3}) {
                    const auto fromStart = repo.page(q, QueuePage{Anchor::Start, offset, kLimit, {}, 0});
                    QVERIFY(fromStart.ok());
                    QVERIFY2(idsOf(fromStart.value()) == expected.mid(offset, kLimit), qPrintable(tag + QStringLiteral(" start+%1").arg(offset)));

                    const auto fromEnd = repo.page(q, QueuePage{Anchor::End, offset, kLimit, {}, 0});
                    QVERIFY(fromEnd.ok());
                    const int first = std::max(0, n - offset - kLimit);
                    QVERIFY2(idsOf(fromEnd.value()) == expected.mid(first, n - offset - first), qPrintable(tag + QStringLiteral(" end-%1").arg(offset)));
                }
            }
        }
    }
}

void TestRepositories::queueCounts()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QueueFixture f;
    QVERIFY(populateQueue(db, f));
    const QueueRepository repo(db);
    const QDate soon = kFixtureToday.addDays(3);

    const QList<QPair<const char *, QueueQuery>> queries = {
        {"everything", QueueQuery{}},
        {"types", [] { QueueQuery q; q.typeKeys = {QStringLiteral("access"), QStringLiteral("copy"), QStringLiteral("deletion")}; return q; }()},
        {"closed statuses", [] { QueueQuery q; q.statusKeys = {QStringLiteral("completed"), QStringLiteral("received")}; return q; }()},
        {"due window inside", [] { QueueQuery q; q.dueFrom = kFixtureToday.addDays(-5); q.dueTo = kFixtureToday.addDays(1); return q; }()},
        {"due window after", [] { QueueQuery q; q.dueFrom = kFixtureToday.addDays(10); return q; }()},
        {"text", [] { QueueQuery q; q.text = QStringLiteral("王芳"); return q; }()},
        {"text and window", [] { QueueQuery q; q.text = QStringLiteral("example"); q.dueTo = kFixtureToday.addDays(2); return q; }()},
        {"clock running", [] { QueueQuery q; q.clockRunningOnly = true; q.assigneeId = 0; return q; }()},
    };
    for (const auto &[name, query] : queries) {
        const QSet<qint64> in = [&] { const auto ids = allIds(db, query); return QSet<qint64>(ids.cbegin(), ids.cend()); }();
        QCOMPARE(qint64(in.size()), repo.count(query).value());
        qint64 overdue = 0, dueSoon = 0;
        for (const Request &r : std::as_const(f.requests)) {
            // Paused while the requester is asked: not overdue, not due soon.
            if (!in.contains(r.id) || !isOpen(r.status) || r.status == RequestStatus::AwaitingRequester)
                continue;
            overdue += r.dueDate < kFixtureToday ? 1 : 0;
            dueSoon += r.dueDate >= kFixtureToday && r.dueDate <= soon ? 1 : 0;
        }
        const auto counts = repo.counts(query, kFixtureToday, soon);
        QVERIFY2(counts.ok(), qPrintable(counts.error()));
        QVERIFY2(counts->total == in.size(), name);
        QVERIFY2(counts->overdue == overdue, qPrintable(QStringLiteral("%1: overdue %2, expected %3").arg(QLatin1String(name)).arg(counts->overdue).arg(overdue)));
        QVERIFY2(counts->dueSoon == dueSoon, qPrintable(QStringLiteral("%1: due soon %2, expected %3").arg(QLatin1String(name)).arg(counts->dueSoon).arg(dueSoon)));
    }
    const auto all = repo.counts(QueueQuery{}, kFixtureToday, soon);
    QVERIFY(all->overdue > 0 && all->dueSoon > 0);
}

QTEST_GUILESS_MAIN(TestRepositories)
// Instants are stored as fixed-width UTC text so that text order is time order; the hand-written
// formatter and parser must agree with Qt's ISO format.
void TestRepositories::instantsAsText()
{
    using storage::instantFromText;
    using storage::instantToText;
    const QDateTime utc(QDate(2026, 3, 7), QTime(4, 5, 6, 789), Qt::UTC);
    QCOMPARE(instantToText(utc), QStringLiteral("2026-03-07T04:05:06Z")); // whole seconds
    const QDateTime shanghai(QDate(2026, 3, 7), QTime(12, 5, 6), QTimeZone("Asia/Shanghai"));
    QCOMPARE(instantToText(shanghai), QStringLiteral("2026-03-07T04:05:06Z"));
    QCOMPARE(instantToText(QDateTime()), QString());
    QCOMPARE(instantToText(QDateTime(QDate(987, 1, 2), QTime(0, 0), Qt::UTC)), QStringLiteral("0987-01-02T00:00:00Z"));

    const QDateTime back = instantFromText(QStringLiteral("2026-03-07T04:05:06Z"));
    QCOMPARE(back, QDateTime(QDate(2026, 3, 7), QTime(4, 5, 6), Qt::UTC));
    QCOMPARE(back.timeSpec(), Qt::UTC);
    QCOMPARE(instantFromText(instantToText(utc)), utc.addMSecs(-789));
    // Other ISO forms still parse (the slow path); nonsense does not.
    QCOMPARE(instantFromText(QStringLiteral("2026-03-07T12:05:06+08:00")), back);
    QVERIFY(!instantFromText(QStringLiteral("2026-13-07T04:05:06Z")).isValid());
    QVERIFY(!instantFromText(QStringLiteral("not a time")).isValid());
    // Text order is time order.
    QVERIFY(instantToText(utc) < instantToText(utc.addSecs(1)));
    QVERIFY(instantToText(utc.addDays(-400)) < instantToText(utc));
}

#include "tst_repositories.moc"
