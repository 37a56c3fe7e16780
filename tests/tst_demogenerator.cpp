#include "testdatabase.h"

#include "domain/validation.h"
#include "storage/personrepository.h"
#include "storage/queuerepository.h"
#include "storage/requestrepository.h"
#include "audit/auditlog.h"
#include "storage/staffrepository.h"
#include "storage/workflowrepository.h"
#include "workflow/demogenerator.h"
#include "workflow/requestworkflow.h"
#include "workflow/workingdaycalendar.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace pd;
using pd::test::TestDatabase;

namespace {

const QDate kToday(2026, 6, 24);

// SHA-256 over every stored value except the wall-clock columns (created_at, updated_at).
QByteArray digest(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries = {
        QStringLiteral("SELECT id, username, display_name, role, active FROM staff ORDER BY id"),
        QStringLiteral("SELECT id, name, account, email, phone, id_number, company, language, search_text FROM people ORDER BY id"),
        QStringLiteral("SELECT id, reference, person_id, person_name, type, status, channel, requester_kind, entity, "
                       "received_at, due_date, assignee_id, assignee_name, priority, summary, version FROM requests ORDER BY id"),
        QStringLiteral("SELECT id, request_id, at, actor, action, from_status, to_status, note FROM request_history ORDER BY id"),
        QStringLiteral("SELECT year, next_value FROM reference_counters ORDER BY year"),
    };
    for (const QString &sql : queries) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return QByteArray("error: ") + q.lastError().text().toUtf8();
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(QByteArray((q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString()).toUtf8() + '\x1f'));
            hash.addData("\x1e");
        }
        hash.addData("\x1d");
    }
    return hash.result().toHex();
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

QSet<QString> distinct(const Database &db, const char *column)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT DISTINCT %1 FROM requests").arg(QLatin1String(column)));
    QSet<QString> out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

template<typename E>
QSet<QString> allKeys(const EnumTable<E> &table)
{
    const QStringList keys = table.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameData();
    void makePersonIsValid();
    void generatedData_data() { TestDatabase::addEngineRows(); }
    void generatedData();
    void cancel_data() { TestDatabase::addEngineRows(); }
    void cancel();
    void secondRunAppends_data() { TestDatabase::addEngineRows(); }
    void secondRunAppends();
    void proposalsAreReadyForApproval();

private:
    WorkingDayCalendar m_calendar;
};

void TestDemoGenerator::sameSeedSameData()
{
    QByteArray digests[4];
    const QString engines[4] = {QStringLiteral("sqlite"), QStringLiteral("sqlite"), QStringLiteral("sqlite"),
                                QStringLiteral("postgresql")};
    const quint32 seeds[4] = {11, 11, 12, 11};
    for (int i = 0; i < 4; ++i) {
        if (i == 3 && qEnvironmentVariableIsEmpty("PRIVACYDESK_TEST_PG_URL"))
            break; // the PostgreSQL comparison needs the server; the SQLite ones do not
        PD_FRESH_DB(db, engines[i]);
        const auto done = DemoGenerator(db, m_calendar).run({1500, seeds[i], kToday});
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(done.value(), qint64(1500));
        digests[i] = digest(db);
        QVERIFY2(!digests[i].startsWith("error"), digests[i].constData());
    }
    QCOMPARE(digests[1], digests[0]);
    QVERIFY(digests[2] != digests[0]); // another seed, other data
    if (!digests[3].isEmpty())
        QCOMPARE(digests[3], digests[0]); // and the engines store the very same rows
}

void TestDemoGenerator::makePersonIsValid()
{
    QRandomGenerator rng(99);
    int withId = 0, chinese = 0;
    for (qint64 id = 1; id <= 3000; ++id) {
        const Person p = DemoGenerator::makePerson(rng, id);
        QCOMPARE(p.id, id);
        const auto phone = Validation::phone(p.phone);
        QVERIFY2(phone.ok() && phone.value() == p.phone, qPrintable(p.phone + QLatin1Char(' ') + phone.error()));
        const auto email = Validation::email(p.email);
        QVERIFY2(email.ok() && email.value() == p.email, qPrintable(p.email + QLatin1Char(' ') + email.error()));
        QVERIFY2(Validation::personName(p.name).ok() && Validation::personName(p.name).value() == p.name, qPrintable(p.name));
        if (!p.idNumber.isEmpty()) {
            ++withId;
            const auto idNumber = Validation::residentId(p.idNumber);
            QVERIFY2(idNumber.ok() && idNumber.value() == p.idNumber, qPrintable(p.idNumber + QLatin1Char(' ') + idNumber.error()));
        }
        QVERIFY(!p.account.isEmpty());
        QVERIFY(p.language == QLatin1String("zh_CN") || p.language == QLatin1String("en"));
        chinese += p.language == QLatin1String("zh_CN") ? 1 : 0;
    }
    QVERIFY(withId > 500);
    QVERIFY(chinese > 1500 && chinese < 3000);
}

void TestDemoGenerator::generatedData()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QList<QPair<qint64, qint64>> calls;
    const auto done = DemoGenerator(db, m_calendar).run({3000, 4, kToday}, [&](qint64 n, qint64 total) {
        calls << qMakePair(n, total);
        return true;
    });
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QCOMPARE(done.value(), qint64(3000));
    QCOMPARE(calls.size(), 1); // one batch
    QCOMPARE(calls.constLast(), qMakePair(qint64(3000), qint64(3000)));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests")), qint64(3000));

    // Every person's identifiers pass the checks the intake dialog applies.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name, email, phone, id_number FROM people")));
    int people = 0;
    while (q.next()) {
        ++people;
        const QString name = q.value(0).toString(), email = q.value(1).toString(), phone = q.value(2).toString(),
                      idNumber = q.value(3).toString();
        QVERIFY2(Validation::personName(name).ok(), qPrintable(name));
        const auto p = Validation::phone(phone);
        QVERIFY2(p.ok() && p.value() == phone, qPrintable(phone + QLatin1Char(' ') + p.error()));
        const auto e = Validation::email(email);
        QVERIFY2(e.ok() && e.value() == email, qPrintable(email + QLatin1Char(' ') + e.error()));
        if (!idNumber.isEmpty()) {
            const auto i = Validation::residentId(idNumber);
            QVERIFY2(i.ok() && i.value() == idNumber, qPrintable(idNumber + QLatin1Char(' ') + i.error()));
        }
    }
    QVERIFY(people > 1000 && people < 3000); // some come back with another submission

    // Every type, status, channel, entity and kind of requester occurs.
    QCOMPARE(distinct(db, "type"), allKeys(requestTypes()));
    QCOMPARE(distinct(db, "status"), allKeys(requestStatuses()));
    QCOMPARE(distinct(db, "channel"), allKeys(channels()));
    QCOMPARE(distinct(db, "entity"), allKeys(entities()));
    QCOMPARE(distinct(db, "requester_kind"), allKeys(requesterKinds()));

    // References are unique, well-formed and numbered per year of receipt; due dates follow the rule.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT reference) FROM requests")), qint64(3000));
    static const QRegularExpression shape(QStringLiteral("^DSR-(\\d{4})-\\d{6}$"));
    const DeadlineRule rule(m_calendar);
    QVERIFY(q.exec(QStringLiteral("SELECT reference, received_at, due_date, status, id FROM requests")));
    while (q.next()) {
        const auto m = shape.match(q.value(0).toString());
        QVERIFY2(m.hasMatch(), qPrintable(q.value(0).toString()));
        const QDateTime received = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        QVERIFY2(received.isValid(), qPrintable(q.value(1).toString()));
        QCOMPARE(m.captured(1).toInt(), received.toUTC().date().year());
        QVERIFY(received.date() >= kToday.addDays(-731) && received.date() <= kToday);
        QCOMPARE(QDate::fromString(q.value(2).toString(), Qt::ISODate), rule.dueDate(received.toLocalTime().date()));
    }
    // Every request has its "registered" entry, and one more for any later status.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT request_id) FROM request_history WHERE action = 'registered'")),
             qint64(3000));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM request_history")),
             3000 + scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE status <> 'received'")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests r JOIN request_history h ON h.request_id = r.id "
                                       "AND h.action = 'status_changed' WHERE h.to_status <> r.status")),
             qint64(0));

    // What comes next does not collide: counters and id sequences were brought up to date.
    for (int year : {kToday.year() - 1, kToday.year()}) {
        const auto next = RequestRepository(db).allocateReference(year);
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE reference = '%1'").arg(next.value())), qint64(0));
    }
    const auto person = PersonRepository(db).insert(Person{0, QStringLiteral("新人"), QStringLiteral("new"), {}, {}, {}, {}, {}});
    QVERIFY2(person.ok(), qPrintable(person.error()));
}

void TestDemoGenerator::cancel()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    int calls = 0;
    // Batches are 8000 requests: stopping after the first leaves a whole batch and no more.
    const auto done = DemoGenerator(db, m_calendar).run({20000, 3, kToday}, [&](qint64 n, qint64 total) {
        ++calls;
        return n < 8000 && total == 20000;
    });
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QCOMPARE(calls, 1);
    QVERIFY(done.value() < 20000);
    QCOMPARE(done.value(), qint64(8000));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests")), done.value());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests r LEFT JOIN people p ON p.id = r.person_id "
                                       "WHERE p.id IS NULL")),
             qint64(0));

    // What was written is complete: searchable (the index was built) and numbered.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT phone FROM people ORDER BY id DESC LIMIT 1")) && q.next());
    QueueQuery query;
    query.text = q.value(0).toString().mid(3); // without +86 or +44
    q.finish();
    const auto found = QueueRepository(db).count(query);
    QVERIFY2(found.ok(), qPrintable(found.error()));
    QVERIFY(found.value() >= 1);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM reference_counters")) >= 1);
}

void TestDemoGenerator::secondRunAppends()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const DemoGenerator generator(db, m_calendar);
    QCOMPARE(generator.run({500, 1, kToday}).value(), qint64(500));
    const qint64 staff = scalar(db, QStringLiteral("SELECT COUNT(*) FROM staff"));
    QCOMPARE(staff, qint64(5));
    const auto second = generator.run({700, 2, kToday});
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests")), qint64(1200));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT reference) FROM requests")), qint64(1200));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM staff")), staff); // staff are not duplicated
    // Search still finds people from both runs.
    QueueQuery query;
    query.text = QStringLiteral("example");
    QCOMPARE(QueueRepository(db).count(query).value(), qint64(1200));
}

// Demo requests waiting for approval carry the agent's proposal, so a supervisor can decide them
// at once; the load is one entry in an intact audit chain.
void TestDemoGenerator::proposalsAreReadyForApproval()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    const WorkingDayCalendar calendar;
    QVERIFY(DemoGenerator(db, calendar).run({3000, 11, QDate::currentDate()}).ok());
    QueueQuery waiting;
    waiting.statusKeys = {requestStatuses().key(RequestStatus::AwaitingApproval)};
    QueuePage page;
    page.limit = 1000;
    const auto rows = QueueRepository(db).page(waiting, page).value();
    QVERIFY(!rows.isEmpty());
    const WorkflowRepository workflow(db);
    for (const QueueRow &row : rows) {
        const auto pending = workflow.pendingApproval(row.request.id).value();
        QVERIFY2(pending.has_value(), qPrintable(row.request.reference));
        const auto proposer = StaffRepository(db).list().value();
        QVERIFY(std::any_of(proposer.cbegin(), proposer.cend(), [&](const StaffUser &u) {
            return u.username == pending->proposedBy && u.role == QLatin1String("agent");
        }));
    }
    const Request first = rows.constFirst().request;
    const RequestWorkflow wf(db, calendar, [](qint64) { return Result<bool>(true); });
    const auto decided = wf.perform(first.id, first.version, RequestAction::Approve,
                                    Actor{0, QStringLiteral("wang.qiang"), Role::Supervisor, {}});
    QVERIFY2(decided.ok(), qPrintable(decided.error()));
    const auto chain = AuditLog(db).verify().value();
    QVERIFY2(chain.intact, qPrintable(chain.problem));
    QVERIFY(chain.entries >= 2); // demo staff, the load, the approval
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
