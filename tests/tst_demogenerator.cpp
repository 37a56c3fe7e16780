#include "testdatabase.h"

#include "domain/validation.h"
#include "itemmodels/auditlogmodel.h"
#include "storage/personrepository.h"
#include "storage/queuerepository.h"
#include "storage/requestrepository.h"
#include "storage/requestrow.h"
#include "audit/auditlog.h"
#include "storage/staffrepository.h"
#include "storage/workflowrepository.h"
#include "demo/demogenerator.h"
#include "demo/demoplanner.h"
#include "workflow/authservice.h"
#include "workflow/intakeservice.h"
#include "workflow/requestworkflow.h"
#include "workflow/verificationservice.h"
#include "workflow/workingdaycalendar.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace pd;
using pd::test::TestDatabase;

namespace {

const QDate kToday(2026, 6, 24);
const QDateTime kNow(kToday, QTime(9, 30), Qt::UTC);

// The demo administrator a first load creates, who may load more.
std::optional<Actor> demoAdmin(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, username, display_name FROM staff WHERE username = 'demo.admin'")) || !q.next())
        return std::nullopt;
    return Actor{q.value(0).toLongLong(), q.value(1).toString(), Role::Administrator, q.value(2).toString()};
}

DemoGenerator::Options options(qint64 requests, quint32 seed, DemoGenerator::Path path = DemoGenerator::Path::Automatic,
                               std::optional<Actor> actor = std::nullopt)
{
    DemoGenerator::Options o;
    o.actor = actor;
    o.requests = requests;
    o.seed = seed;
    o.today = kToday;
    o.now = kNow;
    o.path = path;
    return o;
}

// SHA-256 over every stored value except the wall-clock columns (created_at, updated_at) and the
// password hashes (salted), audit chain included.
QByteArray digest(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries = {
        QStringLiteral("SELECT id, username, display_name, role, active, demo FROM staff ORDER BY id"),
        QStringLiteral("SELECT id, name, account, email, phone, id_number, company, language, search_text FROM people ORDER BY id"),
        QStringLiteral("SELECT id, reference, person_id, person_name, type, status, channel, requester_kind, entity, "
                       "received_at, due_date, assignee_id, assignee_name, priority, summary, version, resume_status, "
                       "paused_on, demo FROM requests ORDER BY id"),
        QStringLiteral("SELECT id, request_id, at, actor, action, from_status, to_status, note FROM request_history ORDER BY id"),
        QStringLiteral("SELECT year, next_value FROM reference_counters ORDER BY year"),
        QStringLiteral("SELECT id, request_id, action, reason_code, explanation, proposed_by, proposed_at, decided_by, "
                       "decided_at, decision, decision_note FROM approvals ORDER BY id"),
        QStringLiteral("SELECT id, request_id, method, outcome, detail, checked_by, at FROM verifications ORDER BY id"),
        QStringLiteral("SELECT id, request_id, sha256, bytes, items, encrypted, categories, created_by, created_at, failed "
                       "FROM packages ORDER BY id"),
        QStringLiteral("SELECT id, at, actor, entity, entity_id, request_id, action, before_json, after_json, prev_hash, hash "
                       "FROM audit_log ORDER BY id"),
        QStringLiteral("SELECT request_id, completed_by, completed_at, remaining FROM erasures ORDER BY request_id"),
        QStringLiteral("SELECT person_id, purpose, event, channel, occurred_at, recorded_by, request_id FROM consents "
                       "ORDER BY request_id, person_id, purpose, occurred_at, event, channel"),
        QStringLiteral("SELECT last_id, last_hash, entries FROM audit_head"),
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
    void bulkLeavesWhatTheServicesLeave_data() { TestDatabase::addEngineRows(); }
    void bulkLeavesWhatTheServicesLeave();
    void scriptsFollowTheWorkflow_data() { TestDatabase::addEngineRows(); }
    void scriptsFollowTheWorkflow();
    void makePersonIsValid();
    void generatedData_data() { TestDatabase::addEngineRows(); }
    void generatedData();
    void cancel_data() { TestDatabase::addEngineRows(); }
    void cancel();
    void secondRunAppends_data() { TestDatabase::addEngineRows(); }
    void secondRunAppends();
    void proposalsAreReadyForApproval();
    void onlyAdministratorsOnlyDemoDatabases_data() { TestDatabase::addEngineRows(); }
    void onlyAdministratorsOnlyDemoDatabases();

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
        const auto done = DemoGenerator(db, m_calendar).run(options(1500, seeds[i]));
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

// The bulk path decides every step with the services' own functions: it must leave exactly the
// rows the services leave, audit chain (and so every hash) included: on a database that already
// holds data, and with small batches so that scripts run across batch boundaries.
void TestDemoGenerator::bulkLeavesWhatTheServicesLeave()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(viaServices, engine);
    PD_FRESH_DB(inBulk, engine);
    for (Database *db : {&viaServices, &inBulk}) {
        const auto first = DemoGenerator(*db, m_calendar).run(options(200, 20, DemoGenerator::Path::Services));
        QVERIFY2(first.ok(), qPrintable(first.error()));
    }
    const auto a = DemoGenerator(viaServices, m_calendar).run(options(600, 21, DemoGenerator::Path::Services, demoAdmin(viaServices)));
    QVERIFY2(a.ok(), qPrintable(a.error()));
    auto bulk = options(600, 21, DemoGenerator::Path::Bulk, demoAdmin(inBulk));
    bulk.batchRequests = 50;
    int batches = 0;
    const auto b = DemoGenerator(inBulk, m_calendar).run(bulk, [&](qint64, qint64) { return ++batches > 0; });
    QVERIFY2(b.ok(), qPrintable(b.error()));
    QVERIFY(batches > 5);
    QCOMPARE(b.value(), a.value());
    QVERIFY(scalar(inBulk, QStringLiteral("SELECT COUNT(*) FROM audit_log")) > 2000);
    QCOMPARE(digest(inBulk), digest(viaServices));
    for (Database *db : {&viaServices, &inBulk}) {
        const auto chain = AuditLog(*db).verify();
        QVERIFY2(chain.ok(), qPrintable(chain.error()));
        QVERIFY2(chain->intact, qPrintable(chain->problem));
    }
}

// Every demo request went through the workflow: registered once, each transition one the table
// allows (by the actor's role), the history and the audit log agreeing with the status, nothing
// fulfilled without verification, every approval by a supervisor who did not propose it.
void TestDemoGenerator::scriptsFollowTheWorkflow()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const auto done = DemoGenerator(db, m_calendar).run(options(2500, 5)); // the bulk path
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'registered'")), qint64(2500));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT request_id) FROM request_history WHERE action = 'registered'")),
             qint64(2500));
    // The newest history entry of each request names its status.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests r WHERE r.status <> (SELECT h.to_status FROM "
                                       "request_history h WHERE h.request_id = r.id ORDER BY h.id DESC LIMIT 1)")),
             qint64(0));

    QHash<QString, Role> roleOf;
    const QList<StaffUser> staff = StaffRepository(db).list().value();
    for (const StaffUser &u : staff)
        roleOf.insert(u.username, roles().fromKey(u.role).value());
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    QVERIFY(q.exec(QStringLiteral("SELECT actor, before_json, after_json, request_id FROM audit_log "
                                  "WHERE action = 'transition' ORDER BY id")));
    QHash<qint64, QString> statusOf; // as the audit log tells it
    int transitions = 0;
    while (q.next()) {
        const QJsonObject before = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        const auto from = requestStatuses().fromKey(before.value(QStringLiteral("status")).toString());
        const auto action = requestActions().fromKey(after.value(QStringLiteral("action")).toString());
        QVERIFY(from && action);
        const qint64 id = q.value(3).toLongLong();
        QCOMPARE(statusOf.value(id, QStringLiteral("received")), requestStatuses().key(*from));
        statusOf.insert(id, after.value(QStringLiteral("status")).toString());
        const Status allowed = RequestWorkflow::permitted(*from, *action, roleOf.value(q.value(0).toString(), Role::Administrator));
        QVERIFY2(allowed.ok(), qPrintable(q.value(2).toString() + QLatin1Char(' ') + allowed.error()));
        ++transitions;
    }
    QVERIFY(transitions > 5000);
    q.finish();
    // What an access, copy or portability request asks for went out before it was completed.
    const QString answered = QStringLiteral("r.type IN ('access', 'copy', 'portability') AND r.status = 'completed'");
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests r WHERE ") + answered) > 100);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests r WHERE ") + answered
                            + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM packages p WHERE p.request_id = r.id AND p.failed = '' "
                                             "AND p.created_at <= (SELECT MAX(h.at) FROM request_history h WHERE h.request_id = r.id))")),
             qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM packages")),
             scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'package_created'")));
    QVERIFY(q.exec(QStringLiteral("SELECT id, status FROM requests")));
    int closedOrLater = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QCOMPARE(statusOf.value(id, QStringLiteral("received")), q.value(1).toString());
        closedOrLater += q.value(1).toString() != QLatin1String("received") ? 1 : 0;
    }
    QVERIFY(closedOrLater > 2000);
    q.finish();

    // Fulfilled or being fulfilled only when verification is satisfied.
    const VerificationService verification(db);
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM requests WHERE status IN ('in_progress', 'completed')")));
    QList<qint64> fulfilled;
    while (q.next())
        fulfilled << q.value(0).toLongLong();
    q.finish();
    QVERIFY(fulfilled.size() > 1000);
    fulfilled.resize(300);
    for (qint64 id : std::as_const(fulfilled)) {
        const auto ok = verification.isSatisfied(id);
        QVERIFY2(ok.ok() && ok.value(), qPrintable(QString::number(id)));
    }
    // Four eyes on every decision.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM approvals WHERE decision <> '' AND decided_by = proposed_by")),
             qint64(0));
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM approvals WHERE decision = 'approved'")) > 50);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE status = 'completed' AND type IN "
                                       "('deletion', 'account_cancellation') AND id NOT IN (SELECT request_id FROM "
                                       "approvals WHERE decision = 'approved')")),
             qint64(0));
    // The audit view has a name for everything the demo recorded.
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT action, entity FROM audit_log")));
    int kinds = 0;
    while (q.next()) {
        ++kinds;
        const QString action = q.value(0).toString(), entity = q.value(1).toString();
        QVERIFY2(AuditLogModel::actionLabel(action) != action, qPrintable(action));
        QVERIFY2(AuditLogModel::entityLabel(entity) != entity, qPrintable(entity));
    }
    QVERIFY(kinds >= 5);
    q.finish();

    // Nothing happens after "now", and the chain holds.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE at > '%1'")
                            .arg(storage::instantToText(kNow))),
             qint64(0));
    const auto chain = AuditLog(db).verify();
    QVERIFY2(chain.ok() && chain->intact, qPrintable(chain.ok() ? chain->problem : chain.error()));
}

void TestDemoGenerator::makePersonIsValid()
{
    QRandomGenerator rng(99);
    int withId = 0, chinese = 0;
    for (qint64 id = 1; id <= 3000; ++id) {
        const Person p = DemoPlanner::makePerson(rng, id);
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
    const auto done = DemoGenerator(db, m_calendar).run(options(3000, 4), [&](qint64 n, qint64 total) {
        calls << qMakePair(n, total);
        return true;
    });
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QCOMPARE(done.value(), qint64(3000));
    QCOMPARE(calls.size(), 1); // one batch (the bulk path)
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
    // A request that waited for the requester has its deadline moved by the days paused.
    QSet<qint64> resumed;
    QVERIFY(q.exec(QStringLiteral("SELECT request_id FROM audit_log WHERE after_json LIKE '%\"action\":\"%1\"%'")
                       .arg(requestActions().key(RequestAction::InformationReceived))));
    while (q.next())
        resumed << q.value(0).toLongLong();
    QVERIFY(!resumed.isEmpty());
    QVERIFY(q.exec(QStringLiteral("SELECT reference, received_at, due_date, status, id FROM requests")));
    while (q.next()) {
        const auto m = shape.match(q.value(0).toString());
        QVERIFY2(m.hasMatch(), qPrintable(q.value(0).toString()));
        const QDateTime received = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        QVERIFY2(received.isValid(), qPrintable(q.value(1).toString()));
        QCOMPARE(m.captured(1).toInt(), received.toUTC().date().year());
        QVERIFY(received.date() >= kToday.addDays(-731) && received.date() <= kToday);
        const QDate due = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        if (resumed.contains(q.value(4).toLongLong()))
            QVERIFY(due >= rule.dueDate(received.toLocalTime().date()));
        else
            QCOMPARE(due, rule.dueDate(received.toLocalTime().date()));
    }
    // Every request has its "registered" entry (scriptsFollowTheWorkflow checks the rest).
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT request_id) FROM request_history WHERE action = 'registered'")),
             qint64(3000));

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
    // Cancelled after the first batch: no new requests are taken in, those under way finish.
    const auto done = DemoGenerator(db, m_calendar).run(options(40000, 3), [&](qint64, qint64 total) {
        ++calls;
        return calls == 1 && total == 40000 ? false : true;
    });
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QVERIFY(calls >= 2); // the last batch reports too
    QVERIFY2(done.value() >= 8000 && done.value() < 40000, qPrintable(QString::number(done.value())));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests")), done.value());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests r LEFT JOIN people p ON p.id = r.person_id "
                                       "WHERE p.id IS NULL")),
             qint64(0));
    // Every registration on the audit log has its request (none left half-way).
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log a LEFT JOIN requests r ON r.id = a.request_id "
                                       "WHERE a.request_id > 0 AND r.id IS NULL")),
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
    const auto chain = AuditLog(db).verify();
    QVERIFY2(chain.ok() && chain->intact, qPrintable(chain.ok() ? chain->problem : chain.error()));
}

void TestDemoGenerator::secondRunAppends()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const DemoGenerator generator(db, m_calendar);
    QCOMPARE(generator.run(options(500, 1)).value(), qint64(500)); // through the services
    const qint64 staff = scalar(db, QStringLiteral("SELECT COUNT(*) FROM staff"));
    QCOMPARE(staff, qint64(5));
    // In bulk into a database that has data: batch by batch, continuing the audit chain.
    const auto second = generator.run(options(1700, 2, DemoGenerator::Path::Bulk, demoAdmin(db)));
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests")), qint64(2200));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT reference) FROM requests")), qint64(2200));
    const auto chain = AuditLog(db).verify();
    QVERIFY2(chain.ok() && chain->intact, qPrintable(chain.ok() ? chain->problem : chain.error()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM staff")), staff); // staff are not duplicated
    // Search still finds people from both runs.
    QueueQuery query;
    query.text = QStringLiteral("example");
    QCOMPARE(QueueRepository(db).count(query).value(), qint64(2200));
}

// Demo requests waiting for approval carry the agent's proposal, so a supervisor can decide them
// at once; the load is one entry in an intact audit chain.
void TestDemoGenerator::proposalsAreReadyForApproval()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    const WorkingDayCalendar calendar;
    DemoGenerator::Options recent;
    recent.requests = 3000;
    recent.seed = 11;
    QVERIFY(DemoGenerator(db, calendar).run(recent).ok());
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

// Demo data only by an administrator (or into a database without staff, the CLI's first demo),
// only where every request is a demo one, recorded under whoever loaded it, and worked only by
// accounts that are clearly demo accounts.
void TestDemoGenerator::onlyAdministratorsOnlyDemoDatabases()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QVERIFY(DemoGenerator(db, m_calendar).run(options(30, 5)).ok());
    const auto admin = demoAdmin(db);
    QVERIFY(admin);
    // Every account it made is marked and named as a demo account; every request is a demo one.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM staff WHERE demo = 0")), qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM staff WHERE username NOT LIKE 'demo.%'")), qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE demo = 0")), qint64(0));
    for (const auto &a : DemoGenerator::demoAccounts())
        QVERIFY2(AuthService::checkPassword(a.password, a.username).ok(), qPrintable(a.username));

    // With staff now, nobody signed in may load more, nor an agent; an administrator may.
    const auto anonymous = DemoGenerator(db, m_calendar).run(options(10, 6));
    QCOMPARE(anonymous.errorKind(), ErrorKind::Denied);
    const Actor agent{scalar(db, QStringLiteral("SELECT id FROM staff WHERE username = 'demo.li.na'")), QStringLiteral("demo.li.na"),
                      Role::Agent, {}};
    const auto byAgent = DemoGenerator(db, m_calendar).run(options(10, 6, DemoGenerator::Path::Automatic, agent));
    QCOMPARE(byAgent.errorKind(), ErrorKind::Denied);
    QVERIFY2(byAgent.error().contains(QLatin1String("administrator")), qPrintable(byAgent.error()));

    // A real member of staff is never put to work on demo requests.
    const auto real = AuthService(db).createUser(QStringLiteral("real.agent"), QStringLiteral("Real Agent"), Role::Agent,
                                                 QStringLiteral("a real password here"), &*admin);
    QVERIFY2(real, qPrintable(real.error()));
    const qint64 entriesBefore = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(DemoGenerator(db, m_calendar).run(options(200, 7, DemoGenerator::Path::Automatic, admin)).ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE assignee_id = %1").arg(real->id)), qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'real.agent'")), qint64(0));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'demo_data_loaded' AND id > %1").arg(entriesBefore))
            && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("demo.admin"));

    // One real request, and demo data is refused even to an administrator.
    IntakeForm form;
    form.name = QStringLiteral("真实的人");
    form.email = QStringLiteral("real.person@example.com");
    form.types = {RequestType::Access};
    form.receivedAt = QDateTime::currentDateTime();
    QVERIFY(IntakeService(db, m_calendar).submit(form, QStringLiteral("real.agent")).ok());
    const auto refused = DemoGenerator(db, m_calendar).run(options(10, 8, DemoGenerator::Path::Automatic, admin));
    QCOMPARE(refused.errorKind(), ErrorKind::Denied);
    QVERIFY2(refused.error().contains(QLatin1String("1 real request")), qPrintable(refused.error()));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
