// The request state machine: every status × action × role, the guards, and what is written.
#include "audit/auditlog.h"
#include "storage/packagerepository.h"
#include "storage/requestrepository.h"
#include "storage/workflowrepository.h"
#include "testdatabase.h"
#include "workflow/intakeservice.h"
#include "workflow/requestrules.h"
#include "workflow/requestworkflow.h"
#include "workflow/workingdaycalendar.h"

#include <QSqlQuery>
#include <QTest>

using namespace pd;

class TestRequestWorkflow : public QObject
{
    Q_OBJECT

private:
    static const Actor &agent() { static const Actor a{1, QStringLiteral("li.na"), Role::Agent, {}}; return a; }
    static const Actor &supervisor() { static const Actor a{2, QStringLiteral("wang.qiang"), Role::Supervisor, {}}; return a; }
    static const Actor &supervisor2() { static const Actor a{3, QStringLiteral("zhao.lei"), Role::Supervisor, {}}; return a; }
    static const Actor &admin() { static const Actor a{4, QStringLiteral("admin"), Role::Administrator, {}}; return a; }

    // The record of a package that read every source.
    static PackageRecord deliveredPackage(qint64 requestId)
    {
        PackageRecord p;
        p.requestId = requestId;
        p.sha256 = QString(64, QLatin1Char('a'));
        p.bytes = 2048;
        p.items = 12;
        p.categories = {QStringLiteral("account"), QStringLiteral("log")};
        p.createdBy = QStringLiteral("li.na");
        p.createdAt = QDateTime::currentDateTimeUtc();
        return p;
    }

    // A fresh request of the given type, forced into `status` through SQL.
    static Request makeRequest(Database &db, RequestType type, RequestStatus status, const QString &resume = {})
    {
        const WorkingDayCalendar calendar{};
        IntakeForm f;
        f.name = QStringLiteral("钱多多");
        f.email = QStringLiteral("qian@example.com");
        f.types = {type};
        f.receivedAt = QDateTime::currentDateTime().addDays(-2);
        const auto created = IntakeService(db, calendar).submit(f, QStringLiteral("intake"));
        if (!created)
            qFatal("%s", qPrintable(created.error()));
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE requests SET status = ?, resume_status = ?, paused_on = ? WHERE id = ?"));
        q.addBindValue(requestStatuses().key(status));
        q.addBindValue(resume.isNull() ? QStringLiteral("") : resume);
        q.addBindValue(resume.isEmpty() ? QString(QStringLiteral("")) : QDate::currentDate().toString(Qt::ISODate));
        q.addBindValue(created->constFirst().id);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        return RequestRepository(db).get(created->constFirst().id).value();
    }
    static qint64 auditCount(Database &db)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        q.next();
        return q.value(0).toLongLong();
    }
    // The expected answer for every status × action × role, written out here and not taken from
    // RequestWorkflow's table: "allowed", or why not ("administrator": administrators do not work
    // requests; "supervisor": only a supervisor may; "impossible": no role may in this status).
    static QString expectedOutcome(RequestStatus status, RequestAction action, Role role)
    {
        using S = RequestStatus;
        using A = RequestAction;
        // status, action, who may ("AS": agents and supervisors, "S": supervisors)
        static const QList<std::tuple<S, A, const char *>> allowed = {
            {S::Received, A::StartVerification, "AS"},   {S::Received, A::RequestInformation, "AS"},
            {S::Received, A::ProposeRefusal, "AS"},      {S::Received, A::Withdraw, "AS"},
            {S::Verifying, A::MarkVerified, "AS"},       {S::Verifying, A::RequestInformation, "AS"},
            {S::Verifying, A::MarkUnverifiable, "AS"},   {S::Verifying, A::ProposeRefusal, "AS"},
            {S::Verifying, A::Withdraw, "AS"},           {S::InProgress, A::Complete, "AS"},
            {S::InProgress, A::ProposeDeletion, "AS"},   {S::InProgress, A::ProposeCancellation, "AS"},
            {S::InProgress, A::ProposeRefusal, "AS"},    {S::InProgress, A::RequestInformation, "AS"},
            {S::InProgress, A::Withdraw, "AS"},          {S::AwaitingRequester, A::InformationReceived, "AS"},
            {S::AwaitingRequester, A::MarkUnverifiable, "AS"}, {S::AwaitingRequester, A::Withdraw, "AS"},
            {S::AwaitingApproval, A::Approve, "S"},      {S::AwaitingApproval, A::SendBack, "S"},
        };
        if (role == Role::Administrator)
            return QStringLiteral("administrator");
        for (const auto &[s, a, who] : allowed) {
            if (s != status || a != action)
                continue;
            if (role == Role::Supervisor || QByteArrayView(who).contains('A'))
                return QStringLiteral("allowed");
            return QStringLiteral("supervisor");
        }
        return QStringLiteral("impossible");
    }
    static RequestWorkflow workflow(Database &db, bool verified = true)
    {
        static const WorkingDayCalendar calendar{};
        return RequestWorkflow(db, calendar, [verified](qint64) { return Result<bool>(verified); });
    }

private Q_SLOTS:
    // Which actions the detail panel offers for each type, written out here.
    void actionsFitTheType()
    {
        using A = RequestAction;
        for (RequestType type : requestTypes().all()) {
            Request r;
            r.type = type;
            const bool deletion = type == RequestType::Deletion;
            const bool cancellation = type == RequestType::AccountCancellation;
            const QString name = requestTypes().key(type);
            QVERIFY2(RequestRules::fits(r, A::ProposeDeletion) == deletion, qPrintable(name));
            QVERIFY2(RequestRules::fits(r, A::ProposeCancellation) == cancellation, qPrintable(name));
            // Every type is completed in the end; a deletion's once it was carried out (needsErasure).
            QVERIFY2(RequestRules::fits(r, A::Complete), qPrintable(name));
            QVERIFY2(RequestWorkflow::needsErasure(A::Complete, type) == (deletion || cancellation), qPrintable(name));
            // Verify identity… starts verification; the action itself is never a button of its own.
            QVERIFY2(!RequestRules::fits(r, A::StartVerification), qPrintable(name));
            for (A a : {A::RequestInformation, A::ProposeRefusal, A::Withdraw, A::MarkVerified, A::Approve, A::SendBack})
                QVERIFY2(RequestRules::fits(r, a), qPrintable(name));
        }
        // Not verified: the actions that need it are refused with the reason; the others are not.
        Request r;
        r.type = RequestType::Access;
        r.status = RequestStatus::Verifying;
        const Actor agent{1, QStringLiteral("li.na"), Role::Agent, QStringLiteral("Li Na")};
        QVERIFY(!RequestRules::mayTakeNow(agent, r, A::MarkVerified, false));
        QCOMPARE(RequestRules::mayTakeNow(agent, r, A::MarkVerified, false).errorKind(), ErrorKind::Invalid);
        QVERIFY(RequestRules::mayTakeNow(agent, r, A::MarkVerified, true));
        QVERIFY(RequestRules::mayTakeNow(agent, r, A::RequestInformation, false));
    }
    void wholeTable_data() { test::TestDatabase::addEngineRows(); }
    void wholeTable()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const auto wf = workflow(db);
        int allowed = 0, refused = 0;
        for (RequestStatus status : requestStatuses().all()) {
            for (RequestAction action : requestActions().all()) {
                for (const Actor *actor : {&agent(), &supervisor(), &admin()}) {
                    const RequestType type = action == RequestAction::ProposeDeletion ? RequestType::Deletion
                        : action == RequestAction::ProposeCancellation            ? RequestType::AccountCancellation
                                                                                   : RequestType::Access;
                    const Request r = makeRequest(db, type, status,
                                                  status == RequestStatus::AwaitingRequester
                                                      ? requestStatuses().key(RequestStatus::Verifying)
                                                      : QString());
                    if (type == RequestType::Access) // what an access request asks for, delivered
                        QVERIFY(PackageRepository(db).insert(deliveredPackage(r.id)).ok());
                    if (action == RequestAction::Approve || action == RequestAction::SendBack) {
                        Approval a;
                        a.requestId = r.id;
                        a.action = RequestAction::ProposeRefusal;
                        a.reasons = {RefusalReason::Duplicate};
                        a.explanation = QStringLiteral("same as DSR-2026-000001");
                        a.proposedBy = supervisor2().username;
                        a.proposedAt = QDateTime::currentDateTimeUtc();
                        QVERIFY(WorkflowRepository(db).insertApproval(a).ok());
                    }
                    const ActionInput input{QStringLiteral("note"), {RefusalReason::Duplicate}, QStringLiteral("duplicate")};
                    const qint64 auditBefore = auditCount(db);
                    const auto result = wf.perform(r.id, r.version, action, *actor, input);
                    const QString where = QStringLiteral("%1 × %2 × %3")
                                              .arg(requestStatuses().key(status), requestActions().key(action),
                                                   roles().key(actor->role));
                    const QString expected = expectedOutcome(status, action, actor->role);
                    const Request after = RequestRepository(db).get(r.id).value();
                    if (expected == QLatin1String("allowed")) {
                        ++allowed;
                        QVERIFY2(result.ok(), qPrintable(where + QStringLiteral(": ") + result.error()));
                        QCOMPARE(after.version, r.version + 1);
                        QCOMPARE(auditCount(db), auditBefore + 1);
                        RequestStatus to = after.status;
                        for (const auto &t : RequestWorkflow::table())
                            if (t.from == status && t.action == action && t.to)
                                QCOMPARE(to, *t.to);
                        if (action == RequestAction::Approve)
                            QCOMPARE(to, RequestStatus::Rejected);
                        if (action == RequestAction::InformationReceived)
                            QCOMPARE(to, RequestStatus::Verifying);
                    } else {
                        ++refused;
                        QVERIFY2(!result.ok(), qPrintable(where));
                        QCOMPARE(result.errorKind(), expected == QLatin1String("impossible") ? ErrorKind::Invalid : ErrorKind::Denied);
                        // The reason says who may, or why nobody may.
                        const QString reason = expected == QLatin1String("administrator")
                            ? QStringLiteral("Administrators manage the system")
                            : expected == QLatin1String("supervisor") ? QStringLiteral("Only a supervisor may")
                            : isOpen(status)                           ? QStringLiteral("is not possible while a request is")
                                                                       : QStringLiteral("The request is closed");
                        QVERIFY2(result.error().contains(reason), qPrintable(where + QStringLiteral(": ") + result.error()));
                        QCOMPARE(after.status, status);
                        QCOMPARE(after.version, r.version);
                        QCOMPARE(auditCount(db), auditBefore);
                    }
                }
            }
        }
        QCOMPARE(allowed + refused, int(requestStatuses().all().size() * requestActions().all().size() * 3));
        QVERIFY(allowed > 30);
        const auto chain = AuditLog(db).verify();
        QVERIFY(chain.ok());
        QVERIFY2(chain->intact, qPrintable(chain->problem));
    }

    void guards_data() { test::TestDatabase::addEngineRows(); }
    void guards()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        // No fulfilment before verification.
        const auto unverified = workflow(db, false);
        Request r = makeRequest(db, RequestType::Access, RequestStatus::Verifying);
        qint64 registered = auditCount(db); // intake audits each registration
        QVERIFY(!unverified.perform(r.id, r.version, RequestAction::MarkVerified, agent()).ok());
        r = makeRequest(db, RequestType::Copy, RequestStatus::InProgress);
        registered = auditCount(db);
        QVERIFY(!unverified.perform(r.id, r.version, RequestAction::Complete, agent()).ok());
        // A deletion is not completed directly, and a refusal needs reasons and an explanation.
        const auto wf = workflow(db);
        r = makeRequest(db, RequestType::Deletion, RequestStatus::InProgress);
        registered = auditCount(db);
        QVERIFY(!wf.perform(r.id, r.version, RequestAction::Complete, agent()).ok());
        QVERIFY(!wf.perform(r.id, r.version, RequestAction::ProposeCancellation, agent()).ok());
        QVERIFY(!wf.perform(r.id, r.version, RequestAction::ProposeRefusal, agent(), {{}, {}, QStringLiteral("x")}).ok());
        QVERIFY(!wf.perform(r.id, r.version, RequestAction::ProposeRefusal, agent(),
                            {{}, {RefusalReason::Impracticable}, QStringLiteral("   ")})
                     .ok());
        QCOMPARE(RequestRepository(db).get(r.id)->status, RequestStatus::InProgress);
        QCOMPARE(auditCount(db), registered); // refusals write nothing
    }

    // Completing an access, copy or portability request needs a package that read every source
    // (or a "no data held" letter, tst_packages); the pure decision refuses it too (bulk loads).
    void delivery_data() { test::TestDatabase::addEngineRows(); }
    void delivery()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const auto wf = workflow(db);
        for (RequestType type : {RequestType::Access, RequestType::Copy, RequestType::Portability}) {
            const Request r = makeRequest(db, type, RequestStatus::InProgress);
            const qint64 before = auditCount(db);
            const auto refused = wf.perform(r.id, r.version, RequestAction::Complete, agent());
            QCOMPARE(refused.errorKind(), ErrorKind::Invalid);
            QVERIFY2(refused.error().contains(r.reference), qPrintable(refused.error()));
            QVERIFY(!RequestRules::mayTakeNow(agent(), r, RequestAction::Complete, true, false));
            QVERIFY(RequestRules::mayTakeNow(agent(), r, RequestAction::Complete, true, true));
            // A package with a gap (a source that could not be read) does not answer it.
            PackageRecord gap = deliveredPackage(r.id);
            gap.failed = {QStringLiteral("Archive/log")};
            QVERIFY(PackageRepository(db).insert(gap).ok());
            QVERIFY(!wf.perform(r.id, r.version, RequestAction::Complete, agent()).ok());
            QCOMPARE(RequestRepository(db).get(r.id)->status, RequestStatus::InProgress);
            QCOMPARE(auditCount(db), before);
            static const WorkingDayCalendar calendar{};
            QVERIFY(!RequestWorkflow::decide(r, RequestAction::Complete, agent(), {}, std::nullopt, {true, false}, QDateTime::currentDateTimeUtc(),
                                             calendar)
                         .ok());
            QVERIFY(RequestWorkflow::decide(r, RequestAction::Complete, agent(), {}, std::nullopt, {true, true}, QDateTime::currentDateTimeUtc(),
                                            calendar)
                        .ok());
            QVERIFY(PackageRepository(db).insert(deliveredPackage(r.id)).ok());
            const auto done = wf.perform(r.id, r.version, RequestAction::Complete, agent());
            QVERIFY2(done.ok(), qPrintable(done.error()));
            QCOMPARE(done->status, RequestStatus::Completed);
        }
        // Other types are completed without a package.
        const Request correction = makeRequest(db, RequestType::Correction, RequestStatus::InProgress);
        QVERIFY(wf.perform(correction.id, correction.version, RequestAction::Complete, agent()).ok());
    }

    void fourEyes_data() { test::TestDatabase::addEngineRows(); }
    void fourEyes()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const auto wf = workflow(db);
        Request r = makeRequest(db, RequestType::Deletion, RequestStatus::InProgress);
        auto proposed = wf.perform(r.id, r.version, RequestAction::ProposeDeletion, supervisor(), {QStringLiteral("all categories"), {}, {}});
        QVERIFY2(proposed.ok(), qPrintable(proposed.error()));
        QCOMPARE(proposed->status, RequestStatus::AwaitingApproval);
        // The proposer cannot approve; an agent cannot either; another supervisor can.
        const auto self = wf.perform(r.id, proposed->version, RequestAction::Approve, supervisor());
        QVERIFY(!self.ok());
        QVERIFY(self.error().contains(QStringLiteral("four-eyes")));
        QVERIFY(!wf.perform(r.id, proposed->version, RequestAction::Approve, agent()).ok());
        const auto approved = wf.perform(r.id, proposed->version, RequestAction::Approve, supervisor2());
        QVERIFY2(approved.ok(), qPrintable(approved.error()));
        // Approved, the deletion goes back to be carried out at the sources; completing it waits
        // for that (tst_erasure carries it out), and it is not proposed twice.
        QCOMPARE(approved->status, RequestStatus::InProgress);
        const auto early = wf.perform(r.id, approved->version, RequestAction::Complete, supervisor());
        QVERIFY(!early.ok());
        QVERIFY2(early.error().contains(QStringLiteral("carry out the deletion")), qPrintable(early.error()));
        const auto twice = wf.perform(r.id, approved->version, RequestAction::ProposeDeletion, supervisor());
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().contains(QStringLiteral("approved already")), qPrintable(twice.error()));
        const auto approvals = WorkflowRepository(db).approvals(r.id).value();
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.constFirst().decision, QStringLiteral("approved"));
        QCOMPARE(approvals.constFirst().decidedBy, supervisor2().username);

        // A refusal sent back returns to work; proposed again and approved, it is rejected.
        r = makeRequest(db, RequestType::Access, RequestStatus::InProgress);
        auto refusal = wf.perform(r.id, r.version, RequestAction::ProposeRefusal, agent(),
                                  {{}, {RefusalReason::HarmsOthers, RefusalReason::Impracticable}, QStringLiteral("涉及他人隐私")});
        QVERIFY2(refusal.ok(), qPrintable(refusal.error()));
        auto back = wf.perform(r.id, refusal->version, RequestAction::SendBack, supervisor(), {QStringLiteral("more detail"), {}, {}});
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->status, RequestStatus::InProgress);
        refusal = wf.perform(r.id, back->version, RequestAction::ProposeRefusal, agent(),
                             {{}, {RefusalReason::HarmsOthers}, QStringLiteral("涉及他人隐私")});
        QVERIFY(refusal.ok());
        const auto rejected = wf.perform(r.id, refusal->version, RequestAction::Approve, supervisor());
        QVERIFY2(rejected.ok(), qPrintable(rejected.error()));
        QCOMPARE(rejected->status, RequestStatus::Rejected);
        QCOMPARE(WorkflowRepository(db).approvals(r.id)->constLast().reasons, QList<RefusalReason>{RefusalReason::HarmsOthers});
        QVERIFY(AuditLog(db).verify()->intact);
    }

    void pauseMovesTheDeadline()
    {
        PD_FRESH_DB(db, QStringLiteral("sqlite"));
        const WorkingDayCalendar calendar{};
        QDateTime now(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC); // a Monday, 10:00 in Shanghai
        const RequestWorkflow wf(db, calendar, [](qint64) { return Result<bool>(true); }, [&now] { return now; });
        const Request r = makeRequest(db, RequestType::Access, RequestStatus::InProgress);
        auto paused = wf.perform(r.id, r.version, RequestAction::RequestInformation, agent(), {QStringLiteral("need ID"), {}, {}});
        QVERIFY(paused.ok());
        QCOMPARE(paused->status, RequestStatus::AwaitingRequester);
        now = now.addDays(7); // next Monday: five working days paused
        const auto resumed = wf.perform(r.id, paused->version, RequestAction::InformationReceived, agent());
        QVERIFY2(resumed.ok(), qPrintable(resumed.error()));
        QCOMPARE(resumed->status, RequestStatus::InProgress);
        QCOMPARE(resumed->dueDate, calendar.addWorkingDays(r.dueDate, 5));
        QVERIFY(!resumed->pausedOn.isValid());
    }

    void conflictingEdit_data() { test::TestDatabase::addEngineRows(); }
    void conflictingEdit()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const auto wf = workflow(db);
        const Request r = makeRequest(db, RequestType::Access, RequestStatus::Received);
        // Two people opened version 1; the first one's change wins, the second is told.
        QVERIFY(wf.perform(r.id, r.version, RequestAction::StartVerification, agent()).ok());
        const auto stale = wf.perform(r.id, r.version, RequestAction::Withdraw, supervisor());
        QVERIFY(!stale.ok());
        QVERIFY(stale.error().contains(QStringLiteral("changed by someone else")));
        QCOMPARE(RequestRepository(db).get(r.id)->status, RequestStatus::Verifying);
        QVERIFY(!wf.setPriority(r.id, r.version, Priority::High, agent()).ok());
    }

    void assignmentNotesEscalations_data() { test::TestDatabase::addEngineRows(); }
    void assignmentNotesEscalations()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const auto wf = workflow(db);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO staff (username, display_name, role, created_at) "
                                      "VALUES ('li.na', '李娜', 'agent', '2026-01-01T00:00:00Z')")));
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM staff WHERE username = 'li.na'")) && q.next());
        const qint64 liNa = q.value(0).toLongLong();
        Request r = makeRequest(db, RequestType::Complaint, RequestStatus::Received);
        const qint64 registered = auditCount(db);
        QVERIFY(!wf.assign(r.id, r.version, liNa, agent()).ok()); // supervisors assign
        auto assigned = wf.assign(r.id, r.version, liNa, supervisor());
        QVERIFY2(assigned.ok(), qPrintable(assigned.error()));
        QCOMPARE(assigned->assigneeName, QStringLiteral("李娜"));
        QVERIFY(!wf.assign(r.id, assigned->version, 99999, supervisor()).ok());
        auto high = wf.setPriority(r.id, assigned->version, Priority::Urgent, agent());
        QVERIFY(high.ok());
        QCOMPARE(RequestRepository(db).get(r.id)->priority, Priority::Urgent);

        QVERIFY(!wf.addNote(r.id, QStringLiteral("  "), agent()).ok());
        QVERIFY(wf.addNote(r.id, QStringLiteral("called back"), agent()).ok());
        QVERIFY(wf.recordCorrespondence(r.id, {{}, QStringLiteral("out"), Channel::Email, QStringLiteral("acknowledged"), 0, {}}, agent()).ok());
        QVERIFY(!wf.recordCorrespondence(r.id, {{}, QStringLiteral("sideways"), Channel::Email, QStringLiteral("x"), 0, {}}, agent()).ok());
        QVERIFY(wf.recordEscalation(r.id, {QDate::currentDate(), Authority::Cyberspace, QStringLiteral("WX-2026-7"), QStringLiteral("pending"), {}}, supervisor()).ok());
        QVERIFY(!wf.recordEscalation(r.id, {QDate::currentDate().addDays(3), Authority::Telecom, {}, {}, {}}, supervisor()).ok());
        const Request access = makeRequest(db, RequestType::Access, RequestStatus::Received);
        QVERIFY(!wf.recordEscalation(access.id, {QDate::currentDate(), Authority::PublicSecurity, {}, {}, {}}, supervisor()).ok());

        const WorkflowRepository repo(db);
        QCOMPARE(repo.notes(r.id)->size(), 1);
        QCOMPARE(repo.correspondence(r.id)->constFirst().summary, QStringLiteral("acknowledged"));
        QCOMPARE(repo.escalations(r.id)->constFirst().theirReference, QStringLiteral("WX-2026-7"));
        // assign, priority, note, correspondence, escalation (+ the second request's registration)
        QCOMPARE(auditCount(db), registered + 6);
        QVERIFY(AuditLog(db).verify()->intact);
    }
};

QTEST_GUILESS_MAIN(TestRequestWorkflow)
#include "tst_requestworkflow.moc"
