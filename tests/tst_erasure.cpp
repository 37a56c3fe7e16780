// Deletion and account cancellation carried out at the sources (issue 10), on both engines, against
// the demo platform and a second source: the statements' rules; a dry run whose counts are what the
// action then does; every table of the demo platform compared before and after with what the
// test itself expects (the person's rows deleted or anonymised, the network logs of the last six
// months kept and restricted with the account that finds them, everybody else untouched); nothing
// before approval; a statement that would change more than the dry run said refused and rolled
// back at that source while the other source is done, then a retry that carries on without
// repeating; the proof recorded; completion refused before and allowed after; the legal holds
// ended when due, and not before.
#include "clirun.h"
#include "audit/auditlog.h"
#include "domain/erasure.h"
#include "session/demodesk.h"
#include "session/erasuredesk.h"
#include "session/letterdesk.h"
#include "session/peopledesk.h"
#include "session/requestdesk.h"
#include "session/session.h"
#include "session/verificationdesk.h"
#include "sources/demoplatform.h"
#include "sources/lookupstatement.h"
#include "storage/erasurerepository.h"
#include "pdftext.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pd;

namespace {

using Row = QMap<QString, QString>; // column -> value ("<null>" for NULL)
using Tables = QMap<QString, QMap<qint64, Row>>; // table -> id -> row

Tables snapshot(const QString &path, const QString &connection)
{
    Tables out;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(path);
        if (!raw.open())
            qFatal("cannot open %s", qPrintable(path));
        for (const QString &table : raw.tables()) {
            QSqlQuery q(raw);
            if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
                qFatal("%s", qPrintable(q.lastError().text()));
            while (q.next()) {
                Row row;
                const QSqlRecord r = q.record();
                for (int i = 0; i < r.count(); ++i)
                    row.insert(r.fieldName(i), r.isNull(i) ? QStringLiteral("<null>") : r.value(i).toString());
                out[table].insert(row.value(QStringLiteral("id")).toLongLong(), row);
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return out;
}

Request verified(const Session &session, qint64 personId, RequestType type)
{
    IntakeForm f;
    f.personId = personId;
    f.types = {type};
    f.receivedAt = session.now().addSecs(-60);
    const auto made = session.requests().submit(f);
    if (!made)
        qFatal("submit: %s", qPrintable(made.error()));
    Request r = made->constFirst();
    auto started = session.requests().perform(r.id, r.version, RequestAction::StartVerification);
    if (!started)
        qFatal("start: %s", qPrintable(started.error()));
    if (auto s = session.verification().overrideVerification(r.id, QStringLiteral("came in person with an ID card")); !s)
        qFatal("override: %s", qPrintable(s.error()));
    auto v = session.requests().perform(r.id, started->version, RequestAction::MarkVerified);
    if (!v)
        qFatal("verified: %s", qPrintable(v.error()));
    return v.value();
}

const ErasureLine *line(const ErasurePlan &plan, const QString &source, const QString &category)
{
    for (const ErasureLine &l : plan.lines)
        if (l.source == source && l.category == category)
            return &l;
    return nullptr;
}

int audited(const Database &db, qint64 requestId, const QString &action)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE request_id = ? AND action = ?"));
    q.addBindValue(requestId);
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestErasure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statements();
    void erase_data() { test::TestDatabase::addEngineRows(); }
    void erase();
    void cli_data() { test::TestDatabase::addEngineRows(); }
    void cli();
};

void TestErasure::statements()
{
    const auto ok = [](const QString &sql, const QString &action) { return LookupStatement::checkAction(sql, action).ok(); };
    QVERIFY(ok(QStringLiteral("DELETE FROM t WHERE email = :email"), QStringLiteral("delete")));
    QVERIFY(ok(QStringLiteral("UPDATE t SET a = NULL, b = :pseudonym WHERE phone = :phone"), QStringLiteral("anonymise")));
    QVERIFY(ok(QStringLiteral("DELETE FROM log WHERE uid IN (SELECT id FROM u WHERE account = :account) AND at < :hold_cutoff"),
               QStringLiteral("delete")));
    QVERIFY(ok(QStringLiteral("UPDATE u SET name = :value WHERE account = :account"), QStringLiteral("correct")));
    // The wrong verb, no WHERE, no identifier, a second statement, other writes, unknown parameters.
    const struct
    {
        const char *sql, *action, *says;
    } refused[] = {
        {"UPDATE t SET a = 1 WHERE email = :email", "delete", "DELETE"},
        {"DELETE FROM t WHERE email = :email", "anonymise", "UPDATE"},
        {"DELETE FROM t", "delete", "WHERE"},
        {"DELETE FROM t WHERE 1 = 1", "delete", "identifiers"},
        {"DELETE FROM t WHERE a < :hold_cutoff", "delete", "identifiers"},
        {"DELETE FROM t WHERE email = :email; DROP TABLE t", "delete", "more than one"},
        {"DELETE FROM t WHERE email = :email AND id IN (SELECT id FROM x FOR UPDATE)", "delete", "UPDATE"},
        {"UPDATE t SET a = (SELECT pg_read_file('/etc/passwd')) WHERE email = :email", "anonymise", "pg_read_file"},
        {"UPDATE t SET a = :value WHERE email = :email", "anonymise", ":value"},
        {"UPDATE t SET a = 'x' WHERE email = :email", "correct", ":value"},
        {"UPDATE t SET a = :value WHERE email = :mail", "correct", ":mail"},
        {"TRUNCATE t", "delete", "DELETE"},
        {"DELETE FROM t WHERE email = :email", "drop", "not an action"},
    };
    for (const auto &r : refused) {
        const auto checked = LookupStatement::checkAction(QString::fromLatin1(r.sql), QString::fromLatin1(r.action));
        QVERIFY2(!checked.ok(), r.sql);
        QVERIFY2(checked.error().contains(QLatin1String(r.says)), qPrintable(QString::fromLatin1(r.sql) + QStringLiteral(" → ") + checked.error()));
    }
    // Every statement the demo platform registers passes.
    const auto actions = DemoPlatform::actions();
    for (auto it = actions.cbegin(); it != actions.cend(); ++it)
        QVERIFY2(ok(it.value(), it.key().section(QLatin1Char('/'), 1).section(QLatin1Char('.'), 0, 0)), qPrintable(it.key()));
}

void TestErasure::erase()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    // One clock for the demo data, the erasure and (moved on) the end of the holds.
    auto clock = std::make_shared<QDateTime>(QDateTime::currentDateTimeUtc());
    SessionOptions options;
    options.idleLockSeconds = 0;
    options.watchChanges = false;
    options.clock = [clock] { return *clock; };
    const Actor admin = dbHolder->addStaff(QStringLiteral("admin"), Role::Administrator);
    const Actor agentActor = dbHolder->addStaff(QStringLiteral("agent"), Role::Agent);
    const Actor sup1 = dbHolder->addStaff(QStringLiteral("sup1"), Role::Supervisor);
    const Actor sup2 = dbHolder->addStaff(QStringLiteral("sup2"), Role::Supervisor);
    QTemporaryDir dir;
    const QString crmPath = dir.filePath(QStringLiteral("crm.db"));

    // The heavy person: an account, devices, tens of thousands of log lines over 400 days.
    const auto adminSession = dbHolder->session(admin, options);
    QVERIFY(adminSession->demo().load(30, 5).ok());
    QSqlQuery p(db.connection());
    QVERIFY(p.exec(QStringLiteral("SELECT id, account, email, phone FROM people ORDER BY id LIMIT 1 OFFSET %1").arg(DemoPlatform::kHeavyOffset)) && p.next());
    const qint64 personId = p.value(0).toLongLong();
    const QString account = p.value(1).toString(), email = p.value(2).toString(), phone = p.value(3).toString();
    p.finish();
    const QString national = phone.startsWith(QLatin1String("+86")) ? phone.mid(3) : phone.mid(1);
    const QString platformPath = DemoPlatform::pathFor(db.url());

    // A second source, the CRM: two notes for the person, one for someone else.
    {
        QSqlDatabase crm = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crm-setup-") + engine);
        crm.setDatabaseName(crmPath);
        QVERIFY(crm.open());
        QSqlQuery q(crm);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, email TEXT, note TEXT)")));
        for (const QString &e : {email, email, QStringLiteral("someone.else@example.com")}) {
            q.prepare(QStringLiteral("INSERT INTO notes (email, note) VALUES (?, 'called about an invoice')"));
            q.addBindValue(e);
            QVERIFY(q.exec());
        }
        crm.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crm-setup-") + engine);
    DataSource crm;
    crm.name = QStringLiteral("CRM");
    crm.url = DatabaseUrl::sqliteFile(crmPath).toDisplayString();
    crm.lookups.insert(QStringLiteral("interaction"), QStringLiteral("SELECT email, note FROM notes WHERE email = :email"));
    crm.actions.insert(QStringLiteral("interaction/delete"), QStringLiteral("DELETE FROM notes WHERE email = :email"));
    QVERIFY(adminSession->people().saveSource(crm).ok());
    // A statement that is not one is refused when saved, naming it.
    DataSource bad = crm;
    bad.name = QStringLiteral("CRM 2");
    bad.actions.insert(QStringLiteral("interaction/delete"), QStringLiteral("DELETE FROM notes"));
    const auto refused = adminSession->people().saveSource(bad);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("WHERE")), qPrintable(refused.error()));

    const Tables before = snapshot(platformPath, QStringLiteral("before-") + engine);
    qint64 uid = 0;
    for (const Row &u : before.value(QStringLiteral("users")))
        if (u.value(QStringLiteral("account")) == account)
            uid = u.value(QStringLiteral("id")).toLongLong();
    QVERIFY(uid > 0);
    const QString cutoff = clock->addMonths(-6).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const auto mine = [&](const Row &r) { return r.value(QStringLiteral("user_id")).toLongLong() == uid; };
    qint64 oldLogs = 0, newLogs = 0;
    for (const Row &r : before.value(QStringLiteral("access_log")))
        if (mine(r))
            ++(r.value(QStringLiteral("accessed_at")) < cutoff ? oldLogs : newLogs);
    QVERIFY2(oldLogs > 0 && newLogs > 0, qPrintable(QStringLiteral("%1 old, %2 new").arg(oldLogs).arg(newLogs)));

    // Deletion requested and proposed; nothing happens before a second supervisor approves.
    const auto agent = dbHolder->session(agentActor, options);
    const auto supervisor = dbHolder->session(sup1, options);
    const Request request = verified(*supervisor, personId, RequestType::Deletion); // sup1 overrides verification
    const auto plan = agent->erasures().dryRun(request.id);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QVERIFY(!plan->approved && !plan->completed && plan->failedSources.isEmpty());
    const auto early = agent->erasures().carryOut(request.id, plan.value());
    QCOMPARE(early.errorKind(), ErrorKind::Denied);
    QVERIFY2(early.error().contains(QStringLiteral("approve")), qPrintable(early.error()));
    QCOMPARE(snapshot(platformPath, QStringLiteral("early-") + engine), before);
    const auto complete = agent->requests().perform(request.id, request.version, RequestAction::Complete);
    QVERIFY(!complete.ok());
    QVERIFY2(complete.error().contains(QStringLiteral("approval")), qPrintable(complete.error()));
    auto proposed = agent->requests().perform(request.id, request.version, RequestAction::ProposeDeletion,
                                              {QStringLiteral("everything"), {}, {}});
    QVERIFY2(proposed.ok(), qPrintable(proposed.error()));
    const auto approver = dbHolder->session(sup2, options);
    auto approved = approver->requests().perform(request.id, proposed->version, RequestAction::Approve);
    QVERIFY2(approved.ok(), qPrintable(approved.error()));
    QCOMPARE(approved->status, RequestStatus::InProgress); // approved: to be carried out, then completed
    const auto again = agent->requests().perform(request.id, approved->version, RequestAction::ProposeDeletion);
    QVERIFY(!again.ok());
    const auto notYet = agent->requests().perform(request.id, approved->version, RequestAction::Complete);
    QVERIFY(!notYet.ok());
    QVERIFY2(notYet.error().contains(QStringLiteral("erase")), qPrintable(notYet.error()));

    // The dry run: per source and category, what is found, changed and kept, from the test's own count.
    const auto dry = agent->erasures().dryRun(request.id);
    QVERIFY2(dry.ok() && dry->failedSources.isEmpty(), qPrintable(dry.ok() ? dry->failedSources.join(QLatin1Char('\n')) : dry.error()));
    QVERIFY(dry->approved && !dry->blocked());
    const QString demo = DemoPlatform::sourceName();
    const auto count = [&](const QString &table, const std::function<bool(const Row &)> &pred) {
        qint64 n = 0;
        for (const Row &r : before.value(table))
            n += pred(r) ? 1 : 0;
        return n;
    };
    const auto byContact = [&](const Row &r) { return r.value(QStringLiteral("mobile")) == national || r.value(QStringLiteral("email")) == email; };
    const struct
    {
        const char *category;
        qint64 found, changed, kept;
        bool held;
    } expected[] = {
        {"contact", count(QStringLiteral("contacts"), byContact), count(QStringLiteral("contacts"), byContact), 0, false},
        {"device", count(QStringLiteral("devices"), mine), count(QStringLiteral("devices"), mine), 0, false},
        {"interaction", count(QStringLiteral("interactions"), mine), count(QStringLiteral("interactions"), mine), 0, false},
        {"log", oldLogs + newLogs, oldLogs, newLogs, true},
        {"cookie", count(QStringLiteral("cookies"), mine), count(QStringLiteral("cookies"), mine), 0, false},
        {"account", 1, 0, 1, true}, // kept with the held logs it finds
    };
    for (const auto &e : expected) {
        const ErasureLine *l = line(dry.value(), demo, QLatin1String(e.category));
        QVERIFY2(l, e.category);
        QCOMPARE(l->found, e.found);
        QCOMPARE(l->changed, e.changed);
        QCOMPARE(l->kept, e.kept);
        QCOMPARE(l->heldUntil.isValid(), e.held);
        if (e.held)
            QCOMPARE(l->heldUntil, clock->toLocalTime().date().addMonths(6));
        QVERIFY2(l->why.isEmpty() != (e.kept > 0), e.category);
        QVERIFY(!l->done);
    }
    QCOMPARE(line(dry.value(), QStringLiteral("CRM"), QStringLiteral("interaction"))->changed, 2);
    // A dry run changes nothing anywhere.
    QCOMPARE(snapshot(platformPath, QStringLiteral("dry-") + engine), before);

    // The CRM gains a note for the person after the dry run: its statement would change more than
    // the dry run said, so nothing changes there; the demo platform is done regardless.
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crm-more-") + engine);
        c.setDatabaseName(crmPath);
        QVERIFY(c.open());
        QSqlQuery q(c);
        q.prepare(QStringLiteral("INSERT INTO notes (email, note) VALUES (?, 'asked again')"));
        q.addBindValue(email);
        QVERIFY(q.exec());
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("crm-more-") + engine);
    const auto first = agent->erasures().carryOut(request.id, dry.value());
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->failedSources.size(), 1);
    QVERIFY2(first->failedSources.constFirst().contains(QStringLiteral("more than the 2")), qPrintable(first->failedSources.constFirst()));
    QVERIFY(!first->completed);
    QCOMPARE(audited(db, request.id, QStringLiteral("erasure_carried_out")), 1);

    // Every table of the demo platform: exactly what the test expects changed, nothing else.
    Tables want = before;
    const auto drop = [&](const QString &table, const std::function<bool(const Row &)> &pred) {
        for (auto it = want[table].begin(); it != want[table].end();)
            it = pred(it.value()) ? want[table].erase(it) : std::next(it);
    };
    drop(QStringLiteral("contacts"), byContact);
    drop(QStringLiteral("enterprises"), mine);
    drop(QStringLiteral("interactions"), mine);
    drop(QStringLiteral("cookies"), mine);
    drop(QStringLiteral("third_party"), [&](const Row &r) { return r.value(QStringLiteral("mobile")) == national; });
    drop(QStringLiteral("access_log"), [&](const Row &r) { return mine(r) && r.value(QStringLiteral("accessed_at")) < cutoff; });
    want[QStringLiteral("users")][uid][QStringLiteral("status")] = QStringLiteral("restricted");
    const Tables after = snapshot(platformPath, QStringLiteral("after-") + engine);
    // Anonymised rows: cut off from the person, their identifying columns gone, the rest as was.
    for (const QString &table : {QStringLiteral("devices"), QStringLiteral("sdk_events")})
        for (auto it = want[table].begin(); it != want[table].end(); ++it) {
            if (!mine(it.value()))
                continue;
            Row &r = it.value();
            r[QStringLiteral("user_id")] = QStringLiteral("0");
            if (table == QLatin1String("devices")) {
                const QString stand = after.value(table).value(it.key()).value(QStringLiteral("device_id"));
                QVERIFY2(stand.startsWith(QLatin1String("anon-")) && stand != r.value(QStringLiteral("device_id")), qPrintable(stand));
                r[QStringLiteral("device_id")] = stand;
                r[QStringLiteral("ip")] = r[QStringLiteral("carrier")] = QStringLiteral("<null>");
            } else {
                r[QStringLiteral("device")] = r[QStringLiteral("location")] = QStringLiteral("<null>");
            }
        }
    for (const QString &table : want.keys()) {
        QCOMPARE(after.value(table).size(), want.value(table).size());
        QVERIFY2(after.value(table) == want.value(table), qPrintable(table));
    }

    // Held: the logs of the last six months and the account, until the hold ends.
    const auto holds = ErasureRepository(db).holdsFor(request.id);
    QVERIFY(holds.ok());
    QCOMPARE(holds->size(), 2);
    // Retry after the CRM is as the dry run saw it: the platform is not contacted again.
    const auto stillBlocked = agent->requests().perform(request.id, approved->version, RequestAction::Complete);
    QVERIFY(!stillBlocked.ok());
    const auto dry2 = agent->erasures().dryRun(request.id);
    QVERIFY(dry2.ok());
    QVERIFY(line(dry2.value(), demo, QStringLiteral("log"))->done);
    QCOMPARE(line(dry2.value(), QStringLiteral("CRM"), QStringLiteral("interaction"))->changed, 3);
    const auto second = agent->erasures().carryOut(request.id, dry2.value());
    QVERIFY2(second.ok() && second->failedSources.isEmpty(), qPrintable(second.ok() ? second->failedSources.join(QLatin1Char('\n')) : second.error()));
    QVERIFY(second->completed);
    QCOMPARE(audited(db, request.id, QStringLiteral("erasure_carried_out")), 2);
    QCOMPARE(audited(db, request.id, QStringLiteral("erasure_verified")), 1);
    QCOMPARE(snapshot(platformPath, QStringLiteral("after2-") + engine), after);
    const Tables crmAfter = snapshot(crmPath, QStringLiteral("crm-after-") + engine);
    QCOMPARE(crmAfter.value(QStringLiteral("notes")).size(), 1);
    QCOMPARE(crmAfter.value(QStringLiteral("notes")).first().value(QStringLiteral("email")), QStringLiteral("someone.else@example.com"));
    // The proof: what the look-ups found afterwards, recorded per line; only held rows remain.
    const auto proof = agent->erasures().recorded(request.id);
    QVERIFY(proof.ok() && proof->completed);
    QCOMPARE(line(proof.value(), demo, QStringLiteral("log"))->remaining, newLogs);
    QCOMPARE(line(proof.value(), demo, QStringLiteral("account"))->remaining, 1);
    QCOMPARE(line(proof.value(), demo, QStringLiteral("device"))->remaining, 0);
    QCOMPARE(line(proof.value(), QStringLiteral("CRM"), QStringLiteral("interaction"))->remaining, 0);
    // Carrying it out again is refused; completing is now allowed.
    QVERIFY(!agent->erasures().carryOut(request.id, dry2.value()).ok());
    const auto current = agent->requests().view(request.id, RequestDesk::Purpose::Refresh);
    QVERIFY(current.ok());
    const auto done = agent->requests().perform(request.id, current->request.version, RequestAction::Complete);
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QCOMPARE(done->status, RequestStatus::Completed);
    // The completion letter says, per category, what was deleted, anonymised and kept until when,
    // in both languages.
    const QString heldUntil = clock->toLocalTime().date().addMonths(6).toString(Qt::ISODate);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const auto letter = agent->letters().write(request.id, LetterKind::Completion, language);
        QVERIFY2(letter.ok(), qPrintable(letter.error()));
        const bool en = language == QLatin1String("en");
        QString text = test::pdfText(agent->letters().pdf(letter->id).value(), dir.filePath(language + QStringLiteral(".pdf")));
        if (!en) // table cells wrap Chinese anywhere: pdftotext's line breaks are no spaces
            text.remove(QLatin1Char(' '));
        for (const QString &expected : {en ? QStringLiteral("What was done") : QStringLiteral("处理情况"),
                                        en ? QStringLiteral("Log information") : QStringLiteral("日志信息"),
                                        en ? QStringLiteral("Cybersecurity Law Art. 21") : QStringLiteral("网络安全法第二十一条"),
                                        QString::number(oldLogs), QString::number(newLogs)})
            QVERIFY2(text.contains(expected), qPrintable(language + QStringLiteral(": ") + expected + QStringLiteral("\n") + text));
        // The date the hold ends, as the letter writes dates in each language.
        const QDate until = QDate::fromString(heldUntil, Qt::ISODate);
        const QString date = en ? QLocale(QLocale::English, QLocale::UnitedKingdom).toString(until, QStringLiteral("d MMM yyyy"))
                                : QStringLiteral("%1年%2月%3日").arg(until.year()).arg(until.month()).arg(until.day());
        QVERIFY2(text.contains(date), qPrintable(date + QStringLiteral("\n") + text));
    }

    // The holds: not due yet; agents may not end them; six months on, a supervisor does.
    QVERIFY(supervisor->erasures().openHolds(true)->isEmpty());
    QCOMPARE(supervisor->erasures().openHolds(false)->size(), 2);
    QCOMPARE(agent->erasures().releaseDueHolds(nullptr).errorKind(), ErrorKind::Denied);
    *clock = clock->addMonths(6).addDays(1);
    QCOMPARE(supervisor->erasures().openHolds(true)->size(), 2);
    QStringList failures;
    const auto released = supervisor->erasures().releaseDueHolds(&failures);
    QVERIFY2(released.ok() && failures.isEmpty(), qPrintable(released.ok() ? failures.join(QLatin1Char('\n')) : released.error()));
    QCOMPARE(released->size(), 2);
    drop(QStringLiteral("access_log"), mine);
    want[QStringLiteral("users")].remove(uid);
    const Tables ended = snapshot(platformPath, QStringLiteral("ended-") + engine);
    for (const QString &table : want.keys())
        QVERIFY2(ended.value(table) == want.value(table), qPrintable(table));
    QVERIFY(supervisor->erasures().openHolds(false)->isEmpty());
    QCOMPARE(audited(db, request.id, QStringLiteral("hold_released")), 1);
    const auto verifiedChain = AuditLog(db).verify();
    QVERIFY2(verifiedChain.ok() && verifiedChain->intact, qPrintable(verifiedChain.ok() ? verifiedChain->problem : verifiedChain.error()));
}

// The CLI on demo data: the heavy user's deletion awaiting approval is refused, approved (act), dry-run
// (nothing changes), carried out (the account marked cancelled and kept with held logs, or
// deleted), completed; its holds listed; holds run ends none before they are due.
void TestErasure::cli()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QTemporaryDir home;
    const QStringList common{QStringLiteral("--db"), dbHolder->urlString(), QStringLiteral("--lang"), QStringLiteral("en")};
    const QStringList asSupervisor{QStringLiteral("--user"), QStringLiteral("demo.wang.qiang")};
    const QMap<QString, QString> password{{QStringLiteral("PRIVACYDESK_PASSWORD"), QStringLiteral("demo-supervisor-1")}};
    const auto cli = [&](const QStringList &args) { return test::runCli(QStringLiteral(PD_CLI_PATH), home.path(), args + asSupervisor + common, password); };
    auto run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(), QStringList{QStringLiteral("demo"), QStringLiteral("--requests"), QStringLiteral("120")} + common);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The heavy user asks for deletion; another supervisor verifies and proposes it, so the demo
    // supervisor may approve it on the command line.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, account FROM people ORDER BY id LIMIT 1 OFFSET %1").arg(DemoPlatform::kHeavyOffset)) && q.next());
    const qint64 personId = q.value(0).toLongLong();
    const QString account = q.value(1).toString();
    q.finish();
    const Actor proposer = dbHolder->addStaff(QStringLiteral("sup2"), Role::Supervisor);
    SessionOptions quiet;
    quiet.idleLockSeconds = 0;
    quiet.watchChanges = false;
    const auto proposing = dbHolder->session(proposer, quiet);
    const Request request = verified(*proposing, personId, RequestType::Deletion);
    QVERIFY(proposing->requests().perform(request.id, request.version, RequestAction::ProposeDeletion, {QStringLiteral("all"), {}, {}}).ok());
    const QString reference = request.reference;
    const bool cancellation = false;
    // Where the CLI wrote it (its application folder is under `home` for a PostgreSQL database).
    QVERIFY(q.exec(QStringLiteral("SELECT url FROM data_sources WHERE demo = 1")) && q.next());
    const auto platformUrl = DatabaseUrl::parse(q.value(0).toString());
    q.finish();
    QVERIFY(platformUrl.ok() && QFile::exists(platformUrl->path));
    const QString platform = platformUrl->path;
    int looks = 0; // the platform's every table, read here (its file alone would miss what is in the WAL)
    const auto digest = [&] { return snapshot(platform, QStringLiteral("cli-look-%1-%2").arg(engine).arg(++looks)); };
    const Tables untouched = digest();

    run = cli({QStringLiteral("erase"), reference, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(plan.value(QStringLiteral("reference")).toString(), reference);
    QCOMPARE(plan.value(QStringLiteral("approved")).toBool(), false);
    run = cli({QStringLiteral("erase"), reference});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("approve")), qPrintable(run.err));
    run = cli({QStringLiteral("act"), reference, QStringLiteral("approve")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("erase"), reference, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(plan.value(QStringLiteral("approved")).toBool(), true);
    QCOMPARE(digest(), untouched); // the dry run changed nothing
    int held = 0;
    bool accountFound = false, accountHeld = false;
    for (const QJsonValue &v : plan.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        held += l.contains(QStringLiteral("held_until")) ? 1 : 0;
        if (l.value(QStringLiteral("category")).toString() == QLatin1String("account")) {
            accountFound = l.value(QStringLiteral("found")).toInt() == 1;
            accountHeld = l.contains(QStringLiteral("held_until"));
        }
    }
    QVERIFY(accountFound);
    run = cli({QStringLiteral("act"), reference, QStringLiteral("complete")});
    QCOMPARE(run.exitCode, 1); // not before it is carried out
    run = cli({QStringLiteral("erase"), reference});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(QStringLiteral("proven")), qPrintable(run.out));
    QVERIFY(digest() != untouched);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-platform-") + engine);
        raw.setDatabaseName(platform);
        QVERIFY(raw.open());
        QSqlQuery u(raw);
        u.prepare(QStringLiteral("SELECT status FROM users WHERE account = ?"));
        u.addBindValue(account);
        QVERIFY(u.exec());
        // Kept with held logs, the account is restricted (marked cancelled, for a cancellation); otherwise it is gone.
        if (accountHeld) {
            QVERIFY(u.next());
            QCOMPARE(u.value(0).toString(), cancellation ? QStringLiteral("cancelled") : QStringLiteral("restricted"));
        } else {
            QVERIFY(!u.next());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli-platform-") + engine);
    run = cli({QStringLiteral("act"), reference, QStringLiteral("complete")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("holds"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    int listed = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
        listed += v.toObject().value(QStringLiteral("reference")).toString() == reference ? 1 : 0;
    QCOMPARE(listed, held);
    run = cli({QStringLiteral("holds"), QStringLiteral("run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("0 hold")), qPrintable(run.out));
    run = cli({QStringLiteral("erase")});
    QCOMPARE(run.exitCode, 2);
}

QTEST_MAIN(TestErasure)
#include "tst_erasure.moc"
