#include "testdatabase.h"

#include "audit/auditlog.h"
#include "storage/personrepository.h"
#include "storage/requestrepository.h"
#include "workflow/intakeservice.h"
#include "workflow/workingdaycalendar.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace pd;
using pd::test::TestDatabase;
using Field = FieldError::Field;

Q_DECLARE_METATYPE(std::function<void(pd::IntakeForm &)>)

namespace {

// A Friday; 15 working days later is Friday 19 December 2025 (the local date is the 28th from UTC-10 to UTC+13).
const QDateTime kReceived(QDate(2025, 11, 28), QTime(10, 0), Qt::UTC);
const QDate kDue(2025, 12, 19);

IntakeForm goodForm()
{
    IntakeForm f;
    f.name = QStringLiteral("王芳");
    f.account = QStringLiteral("wf2026");
    f.email = QStringLiteral("wang.fang@example.com");
    f.phone = QStringLiteral("+8613800138000");
    f.idNumber = QStringLiteral("11010519491231002X");
    f.types = {RequestType::Access};
    f.receivedAt = kReceived;
    f.summary = QStringLiteral("申请查阅本人的账号注册信息。");
    return f;
}

qint64 rows(const Database &db, const char *table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<qint64> rowCounts(const Database &db)
{
    return {rows(db, "people"), rows(db, "requests"), rows(db, "request_history"), rows(db, "reference_counters")};
}

} // namespace

class TestIntakeService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registrationIsAudited_data() { TestDatabase::addEngineRows(); }
    void registrationIsAudited()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const WorkingDayCalendar calendar;
        IntakeForm f;
        f.name = QStringLiteral("吴敏");
        f.email = QStringLiteral("wu.min@example.com");
        f.types = {RequestType::Access, RequestType::Copy, RequestType::Deletion};
        f.receivedAt = QDateTime::currentDateTime().addSecs(-60);
        const auto created = IntakeService(db, calendar).submit(f, QStringLiteral("li.na"));
        QVERIFY2(created, qPrintable(created.error()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT request_id, actor, action FROM audit_log ORDER BY id")));
        QList<qint64> audited;
        while (q.next()) {
            QCOMPARE(q.value(1).toString(), QStringLiteral("li.na"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("registered"));
            audited << q.value(0).toLongLong();
        }
        QList<qint64> ids;
        for (const Request &r : created.value())
            ids << r.id;
        QCOMPARE(audited, ids);
        const auto chain = AuditLog(db).verify().value();
        QVERIFY2(chain.intact, qPrintable(chain.problem));
        QCOMPARE(chain.entries, qint64(3));
    }

    void validateNormalises();
    void validateErrors_data();
    void validateErrors();
    void submitThreeTypes_data() { TestDatabase::addEngineRows(); }
    void submitThreeTypes();
    void submitInvalidWritesNothing_data() { TestDatabase::addEngineRows(); }
    void submitInvalidWritesNothing();
    void submitFailureMidwayWritesNothing_data() { TestDatabase::addEngineRows(); }
    void submitFailureMidwayWritesNothing();
    void existingPersonIsReused_data() { TestDatabase::addEngineRows(); }
    void existingPersonIsReused();
    void lookup_data() { TestDatabase::addEngineRows(); }
    void lookup();

private:
    WorkingDayCalendar m_calendar;
};

void TestIntakeService::validateNormalises()
{
    // validate() touches no database.
    const Database db(DatabaseUrl::sqliteFile(QStringLiteral("/nonexistent/never-opened.db")));
    const IntakeService service(db, m_calendar);
    IntakeForm f = goodForm();
    f.name = QStringLiteral("  Emily   Chen ");
    f.phone = QStringLiteral(" 138 0013-8000 ");
    f.email = QStringLiteral(" Wang.Fang@Example.COM ");
    f.idNumber = QStringLiteral("11010519491231002x");
    f.account = QStringLiteral("  wf2026 ");
    f.company = QStringLiteral(" 上海   某某科技有限公司 ");
    f.summary = QStringLiteral("  text  ");
    const auto errors = service.validate(f);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().message));
    QCOMPARE(f.name, QStringLiteral("Emily Chen"));
    QCOMPARE(f.phone, QStringLiteral("+8613800138000"));
    QCOMPARE(f.email, QStringLiteral("wang.fang@example.com"));
    QCOMPARE(f.idNumber, QStringLiteral("11010519491231002X"));
    QCOMPARE(f.account, QStringLiteral("wf2026"));
    QCOMPARE(f.company, QStringLiteral("上海 某某科技有限公司"));
    QCOMPARE(f.summary, QStringLiteral("text"));

    // Optional fields left blank are fine, as long as one way to reach the person remains.
    IntakeForm onlyAccount = goodForm();
    onlyAccount.phone = QStringLiteral("   ");
    onlyAccount.email.clear();
    onlyAccount.idNumber.clear();
    QVERIFY(service.validate(onlyAccount).isEmpty());
    QCOMPARE(onlyAccount.phone, QString());
}

void TestIntakeService::validateErrors_data()
{
    using Edit = std::function<void(IntakeForm &)>;
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QList<int>>("fields");
    QTest::addColumn<QString>("mentions");

    const auto fields = [](std::initializer_list<Field> l) {
        QList<int> out;
        for (Field f : l)
            out << int(f);
        return out;
    };
    QTest::newRow("bad phone") << Edit([](IntakeForm &f) { f.phone = QStringLiteral("12345"); })
                               << fields({Field::Phone}) << QStringLiteral("Phone number");
    QTest::newRow("bad e-mail") << Edit([](IntakeForm &f) { f.email = QStringLiteral("wang@"); })
                                << fields({Field::Email}) << QStringLiteral("E-mail");
    QTest::newRow("bad ID") << Edit([](IntakeForm &f) { f.idNumber = QStringLiteral("110105194912310021"); })
                            << fields({Field::IdNumber}) << QStringLiteral("Resident ID");
    QTest::newRow("no name") << Edit([](IntakeForm &f) { f.name = QStringLiteral("  "); })
                             << fields({Field::Name}) << QStringLiteral("Name");
    QTest::newRow("no types") << Edit([](IntakeForm &f) { f.types.clear(); })
                              << fields({Field::Types}) << QStringLiteral("Request type");
    QTest::newRow("future receipt") << Edit([](IntakeForm &f) { f.receivedAt = QDateTime::currentDateTimeUtc().addDays(1); })
                                    << fields({Field::ReceivedAt}) << QStringLiteral("future");
    QTest::newRow("no receipt time") << Edit([](IntakeForm &f) { f.receivedAt = QDateTime(); })
                                     << fields({Field::ReceivedAt}) << QStringLiteral("Received");
    QTest::newRow("last century") << Edit([](IntakeForm &f) { f.receivedAt = QDateTime(QDate(1999, 12, 31), QTime(9, 0), Qt::UTC); })
                                  << fields({Field::ReceivedAt}) << QStringLiteral("Received");
    QTest::newRow("no contact at all") << Edit([](IntakeForm &f) { f.phone.clear(); f.email = QStringLiteral(" "); f.account.clear(); })
                                       << fields({Field::Phone}) << QStringLiteral("Contact");
    QTest::newRow("no contact, ID only") << Edit([](IntakeForm &f) { f.phone.clear(); f.email.clear(); f.account.clear(); })
                                         << fields({Field::Phone}) << QStringLiteral("Contact");
    QTest::newRow("bad phone and e-mail, no account")
        << Edit([](IntakeForm &f) { f.phone = QStringLiteral("abc"); f.email = QStringLiteral("x@y"); f.account.clear(); })
        << fields({Field::Phone, Field::Email}) << QString();
    QTest::newRow("long summary") << Edit([](IntakeForm &f) { f.summary = QString(4001, u'x'); })
                                  << fields({Field::Summary}) << QStringLiteral("4000");
    QTest::newRow("everything wrong")
        << Edit([](IntakeForm &f) {
               f.name.clear();
               f.phone = QStringLiteral("1380013");
               f.email = QStringLiteral("not-an-address");
               f.idNumber = QStringLiteral("11010519491231002Y");
               f.types.clear();
               f.receivedAt = QDateTime::currentDateTimeUtc().addSecs(3600);
           })
        << fields({Field::Name, Field::Phone, Field::Email, Field::IdNumber, Field::Types, Field::ReceivedAt}) << QString();
    QTest::newRow("existing person: person fields not checked")
        << Edit([](IntakeForm &f) { f.personId = 42; f.name.clear(); f.phone = QStringLiteral("bad"); f.types.clear(); })
        << fields({Field::Types}) << QString();
}

void TestIntakeService::validateErrors()
{
    using Edit = std::function<void(IntakeForm &)>;
    QFETCH(Edit, edit);
    QFETCH(QList<int>, fields);
    QFETCH(QString, mentions);
    const Database db(DatabaseUrl::sqliteFile(QStringLiteral("/nonexistent/never-opened.db")));
    const IntakeService service(db, m_calendar);
    IntakeForm f = goodForm();
    edit(f);
    const auto errors = service.validate(f);
    QList<int> got;
    for (const FieldError &e : errors) {
        got << int(e.field);
        QVERIFY(!e.message.isEmpty());
    }
    std::sort(got.begin(), got.end());
    std::sort(fields.begin(), fields.end());
    QCOMPARE(got, fields);
    if (!mentions.isEmpty())
        QVERIFY2(errors.first().message.contains(mentions), qPrintable(errors.first().message));
}

void TestIntakeService::submitThreeTypes()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const IntakeService service(db, m_calendar);
    IntakeForm f = goodForm();
    f.phone = QStringLiteral("138 0013 8000");
    f.types = {RequestType::Access, RequestType::Deletion, RequestType::AccountCancellation};
    f.channel = Channel::Letter;
    f.requesterKind = RequesterKind::AuthorisedAgent;
    f.entity = Entity::Both;
    f.priority = Priority::High;
    f.receivedAt = kReceived.toOffsetFromUtc(8 * 3600); // as typed in Shanghai
    const auto created = service.submit(f, QStringLiteral("李娜"));
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(created->size(), 3);

    const qint64 personId = created->first().personId;
    QVERIFY(personId > 0);
    const auto person = PersonRepository(db).get(personId);
    QVERIFY(person.ok());
    QCOMPARE(person->name, QStringLiteral("王芳"));
    QCOMPARE(person->phone, QStringLiteral("+8613800138000"));

    const RequestRepository requests(db);
    QSet<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        const Request &r = created->at(i);
        ids << r.id;
        QCOMPARE(r.type, f.types.at(i));
        QCOMPARE(r.personId, personId);
        QCOMPARE(r.reference, QStringLiteral("DSR-2025-00000%1").arg(i + 1));
        const auto stored = requests.get(r.id);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QCOMPARE(stored->personId, personId);
        QCOMPARE(stored->personName, QStringLiteral("王芳"));
        QCOMPARE(stored->type, f.types.at(i));
        QCOMPARE(stored->status, RequestStatus::Received);
        QCOMPARE(stored->channel, Channel::Letter);
        QCOMPARE(stored->requesterKind, RequesterKind::AuthorisedAgent);
        QCOMPARE(stored->entity, Entity::Both);
        QCOMPARE(stored->priority, Priority::High);
        QCOMPARE(stored->receivedAt, kReceived);
        QCOMPARE(stored->receivedAt.timeSpec(), Qt::UTC);
        QCOMPARE(stored->dueDate, kDue);
        QCOMPARE(stored->dueDate, DeadlineRule(m_calendar).dueDate(kReceived.toLocalTime().date()));
        QCOMPARE(stored->summary, f.summary);
        QCOMPARE(stored->assigneeId, qint64(0));

        const auto history = requests.history(r.id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().action, QStringLiteral("registered"));
        QCOMPARE(history->first().actor, QStringLiteral("李娜"));
        QCOMPARE(history->first().toStatus, QStringLiteral("received"));
        QCOMPARE(history->first().fromStatus, QString());
    }
    QCOMPARE(ids.size(), 3);
    QCOMPARE(rowCounts(db), (QList<qint64>{1, 3, 3, 1}));
}

void TestIntakeService::submitInvalidWritesNothing()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const IntakeService service(db, m_calendar);
    QVERIFY(service.submit(goodForm(), QStringLiteral("demo")).ok());
    const QList<qint64> before = rowCounts(db);
    QCOMPARE(before, (QList<qint64>{1, 1, 1, 1}));

    IntakeForm bad = goodForm();
    bad.types = {RequestType::Copy, RequestType::Portability};
    bad.email = QStringLiteral("wang@@example.com");
    IntakeForm copy = bad;
    const auto errors = service.validate(copy);
    QCOMPARE(errors.size(), 1);
    const auto result = service.submit(bad, QStringLiteral("demo"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), errors.first().message);
    QCOMPARE(rowCounts(db), before);

    // A person id that does not exist fails before anything is written.
    IntakeForm ghost = goodForm();
    ghost.personId = 987654;
    QVERIFY(!service.submit(ghost, QStringLiteral("demo")).ok());
    QCOMPARE(rowCounts(db), before);
}

void TestIntakeService::submitFailureMidwayWritesNothing()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const IntakeService service(db, m_calendar);
    // Someone already holds the reference the second request would get.
    const qint64 other = PersonRepository(db).insert(Person{0, QStringLiteral("赵强"), QStringLiteral("zq"), {}, {}, {}, {}, {}}).value();
    Request taken;
    taken.reference = QStringLiteral("DSR-2025-000002");
    taken.personId = other;
    taken.personName = QStringLiteral("赵强");
    taken.receivedAt = kReceived;
    taken.dueDate = kDue;
    QVERIFY(RequestRepository(db).insert(taken).ok());
    const QList<qint64> before = rowCounts(db);

    IntakeForm f = goodForm();
    f.types = {RequestType::Access, RequestType::Copy, RequestType::Deletion};
    const auto result = service.submit(f, QStringLiteral("demo"));
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    QCOMPARE(rowCounts(db), before); // no person, no first request, no history, no counter
    QVERIFY(PersonRepository(db).findBy(PersonRepository::Identifier::Phone, QStringLiteral("+8613800138000"))->isEmpty());
    QCOMPARE(RequestRepository(db).allocateReference(2025).value(), QStringLiteral("DSR-2025-000001"));
}

void TestIntakeService::existingPersonIsReused()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const IntakeService service(db, m_calendar);
    const auto first = service.submit(goodForm(), QStringLiteral("demo"));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const qint64 personId = first->first().personId;

    IntakeForm again;
    again.personId = personId;
    again.types = {RequestType::ConsentWithdrawal, RequestType::Complaint};
    again.receivedAt = kReceived.addDays(3); // Monday 1 December
    const auto second = service.submit(again, QStringLiteral("demo"));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second->size(), 2);
    for (const Request &r : second.value()) {
        QCOMPARE(r.personId, personId);
        QCOMPARE(r.personName, QStringLiteral("王芳"));
        QCOMPARE(RequestRepository(db).get(r.id)->dueDate, QDate(2025, 12, 22));
    }
    QCOMPARE(rowCounts(db), (QList<qint64>{1, 3, 3, 1}));
}

void TestIntakeService::lookup()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const IntakeService service(db, m_calendar);
    const qint64 wang = service.submit(goodForm(), QStringLiteral("demo"))->first().personId;
    IntakeForm other = goodForm();
    other.name = QStringLiteral("Emily Chen");
    other.account = QStringLiteral("emily");
    other.email = QStringLiteral("Emily.Chen@Example.org");
    other.phone = QStringLiteral("+44 7400 123456");
    other.idNumber.clear();
    const qint64 emily = service.submit(other, QStringLiteral("demo"))->first().personId;

    const struct { const char *typed; QList<qint64> expected; } cases[] = {
        {"138 0013 8000", {wang}},
        {"13800138000", {wang}},
        {"+86-138-0013-8000", {wang}},
        {"WANG.FANG@EXAMPLE.COM", {wang}},
        {" wang.fang@example.com ", {wang}},
        {"11010519491231002X", {wang}},
        {"11010519491231002x", {wang}},
        {"wf2026", {wang}},
        {"+44 7400 123456", {emily}},
        {"emily.chen@example.org", {emily}},
        {"emily", {emily}},
        {"EMILY", {}},       // accounts are matched exactly
        {"13800138001", {}},
        {"王芳", {}},         // names are not identifiers
        {"", {}},
    };
    for (const auto &c : cases) {
        const auto found = service.lookup(QString::fromUtf8(c.typed));
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QList<qint64> ids;
        for (const Person &p : found.value())
            ids << p.id;
        QVERIFY2(ids == c.expected, c.typed);
    }

    // A second person sharing the phone (a family member) is offered too, once each.
    IntakeForm sister = goodForm();
    sister.name = QStringLiteral("王芳芳");
    sister.account = QStringLiteral("wff");
    sister.email.clear();
    sister.idNumber.clear();
    const qint64 wff = service.submit(sister, QStringLiteral("demo"))->first().personId;
    const auto both = service.lookup(QStringLiteral("138-0013-8000"));
    QVERIFY(both.ok());
    QCOMPARE(both->size(), 2);
    QCOMPARE(both->at(0).id, wang);
    QCOMPARE(both->at(1).id, wff);
    QCOMPARE(both->at(0).email, QStringLiteral("wang.fang@example.com"));
}

QTEST_GUILESS_MAIN(TestIntakeService)
#include "tst_intakeservice.moc"
