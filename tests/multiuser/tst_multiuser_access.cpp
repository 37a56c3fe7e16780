// Who may see and do what, across workstations, on both engines: the sign-in lockout counted over
// every workstation, an account that is demoted or deactivated elsewhere losing its rights at its
// next action, the idle lock, masked personal data with audited reveals (GUI desk and CLI), the
// agents' visibility through the read services and the CLI, and the private folder for opened files.
#include "clirun.h"
#include "common/localization.h"
#include "domain/masking.h"
#include "fulfilment/letterservice.h"
#include "lockscreen.h"
#include "mainwindow.h"
#include "itemmodels/requestqueuemodel.h"
#include "requestdetailpanel.h"
#include "requestqueuepage.h"
#include "session/auditdesk.h"
#include "session/gateway.h"
#include "session/letterdesk.h"
#include "session/privatefiles.h"
#include "session/queuereader.h"
#include "session/requestdesk.h"
#include "session/staffdesk.h"
#include "settings/appsettings.h"
#include "testdatabase.h"
#include "workflow/intakeservice.h"
#include "workflow/queuefilter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace pd;

namespace {

const QString kPassword = QStringLiteral("correct-horse-battery");

qint64 countAudit(const test::TestDatabase &holder, const QString &action, const QString &actor = {})
{
    QSqlQuery q(holder.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?") + (actor.isEmpty() ? QString() : QStringLiteral(" AND actor = ?")));
    q.addBindValue(action);
    if (!actor.isEmpty())
        q.addBindValue(actor);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

// A request for 王芳 with every personal field, assigned to `assignee` (0: unassigned).
qint64 registerFor(test::TestDatabase &holder, qint64 assignee, const QString &phone)
{
    IntakeForm form;
    form.name = QStringLiteral("王芳");
    form.phone = phone;
    form.email = QStringLiteral("wang.fang%1@example.com").arg(phone.right(4));
    form.account = QStringLiteral("u1000%1").arg(phone.right(4));
    form.idNumber = QStringLiteral("11010519491231002X");
    form.types = {RequestType::Access};
    form.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-7200);
    const auto made = IntakeService(holder.db(), WorkingDayCalendar{}).submit(form, QStringLiteral("the.supervisor"));
    if (!made)
        qFatal("%s", qPrintable(made.error()));
    const qint64 id = made->constFirst().id;
    if (assignee > 0) {
        QSqlQuery q(holder.connection());
        q.prepare(QStringLiteral("UPDATE requests SET assignee_id = ?, assignee_name = (SELECT display_name FROM staff WHERE id = ?) WHERE id = ?"));
        q.addBindValue(assignee);
        q.addBindValue(assignee);
        q.addBindValue(id);
        if (!q.exec())
            qFatal("cannot assign");
    }
    return id;
}

QString referenceOf(const test::TestDatabase &holder, qint64 id)
{
    QSqlQuery q(holder.connection());
    return q.exec(QStringLiteral("SELECT reference FROM requests WHERE id = %1").arg(id)) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestMultiuserAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }
    void lockoutAcrossWorkstations_data() { test::TestDatabase::addEngineRows(); }
    void lockoutAcrossWorkstations();
    void rightsFollowTheAccount_data() { test::TestDatabase::addEngineRows(); }
    void rightsFollowTheAccount();
    void idleLock();
    void openingIsAuditedOnce();
    void maskingAndAuditedReveal_data() { test::TestDatabase::addEngineRows(); }
    void maskingAndAuditedReveal();
    void agentVisibility_data() { test::TestDatabase::addEngineRows(); }
    void agentVisibility();
    void privateFiles();

private:
    test::CliRun cli(const test::TestDatabase &holder, const QString &user, QStringList args) const
    {
        args = QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), holder.urlString(),
                           QStringLiteral("--user"), user}
            + args;
        return test::runCli(QStringLiteral(PD_CLI_PATH), m_home.path(), args, {{QStringLiteral("PRIVACYDESK_PASSWORD"), kPassword}});
    }

    QTemporaryDir m_home;
};

void TestMultiuserAccess::lockoutAcrossWorkstations()
{
    QFETCH(QString, engine);
    auto holder = test::TestDatabase::create(engine);
    if (!holder)
        return;
    const Actor admin = holder->addStaff(QStringLiteral("the.admin"), Role::Administrator, kPassword);
    holder->addStaff(QStringLiteral("li.na"), Role::Agent, kPassword);

    // Five wrong passwords, from two workstations: three here, two there.
    for (int attempt = 0; attempt < 5; ++attempt) {
        auto gateway = Gateway::open(holder->urlString());
        QVERIFY2(gateway, qPrintable(gateway.error()));
        const auto refused = (*gateway)->signInNow(QStringLiteral("li.na"), QStringLiteral("not-the-password-%1").arg(attempt));
        QVERIFY(!refused);
        QCOMPARE(refused.errorKind(), ErrorKind::Denied);
    }
    // Now even the right password is refused, with the reason and until when.
    {
        auto gateway = Gateway::open(holder->urlString());
        QVERIFY(gateway);
        const auto locked = (*gateway)->signInNow(QStringLiteral("li.na"), kPassword);
        QVERIFY(!locked);
        QVERIFY2(locked.error().contains(QStringLiteral("locked")), qPrintable(locked.error()));
    }
    QCOMPARE(countAudit(*holder, QStringLiteral("account_locked")), qint64(1));
    QCOMPARE(countAudit(*holder, QStringLiteral("login_failed")), qint64(6));

    // An administrator elsewhere unlocks it (audited); the right password works again.
    auto adminSession = holder->session(admin);
    QVERIFY(adminSession->staff().unlock(QStringLiteral("li.na")).ok());
    QCOMPARE(countAudit(*holder, QStringLiteral("account_unlocked"), QStringLiteral("the.admin")), qint64(1));
    auto gateway = Gateway::open(holder->urlString());
    QVERIFY(gateway);
    const auto signedIn = (*gateway)->signInNow(QStringLiteral("li.na"), kPassword);
    QVERIFY2(signedIn, qPrintable(signedIn.error()));
    // Unlocking an account that is not locked says so.
    const Status again = adminSession->staff().unlock(QStringLiteral("li.na"));
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QStringLiteral("not locked")), qPrintable(again.error()));
}

void TestMultiuserAccess::rightsFollowTheAccount()
{
    QFETCH(QString, engine);
    auto holder = test::TestDatabase::create(engine);
    if (!holder)
        return;
    const Actor admin = holder->addStaff(QStringLiteral("the.admin"), Role::Administrator, kPassword);
    const Actor supervisor = holder->addStaff(QStringLiteral("the.supervisor"), Role::Supervisor, kPassword);
    const Actor agent = holder->addStaff(QStringLiteral("li.na"), Role::Agent, kPassword);
    const qint64 id = registerFor(*holder, 0, QStringLiteral("13800138000"));
    auto adminSession = holder->session(admin);
    auto workstation = holder->session(supervisor);

    const auto assign = [&](qint64 to) {
        Status result = Status::failure(ErrorKind::Internal, QStringLiteral("no answer"));
        bool done = false;
        workstation->write(
            this,
            [id, to](const Session &s) -> Status {
                const auto view = s.requests().view(id, RequestDesk::Purpose::Refresh);
                if (!view)
                    return Status::from(view);
                return Status::from(s.requests().assign(id, view->request.version, to));
            },
            [&](const Status &s) {
                result = s;
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return Status::failure(ErrorKind::Internal, QStringLiteral("timed out"));
        return result;
    };
    QVERIFY(assign(agent.staffId).ok());

    // Demoted at another workstation: the very next action already runs as an agent.
    QSignalSpy actorChanged(workstation.get(), &Session::actorChanged);
    QVERIFY(adminSession->staff().changeRole(QStringLiteral("the.supervisor"), Role::Agent).ok());
    const Status demoted = assign(0);
    QCOMPARE(demoted.errorKind(), ErrorKind::Denied);
    QCOMPARE(workstation->actor().role, Role::Agent);
    QCOMPARE(actorChanged.count(), 1);

    // Deactivated: the next action is refused and the window is told to sign out.
    QSignalSpy revoked(workstation.get(), &Session::accessRevoked);
    QVERIFY(adminSession->staff().setActive(QStringLiteral("the.supervisor"), false).ok());
    const Status gone = assign(0);
    QCOMPARE(gone.errorKind(), ErrorKind::Denied);
    QVERIFY(revoked.count() >= 1);
    QVERIFY2(revoked.constFirst().constFirst().toString().contains(QStringLiteral("deactivated")),
             qPrintable(revoked.constFirst().constFirst().toString()));
}

void TestMultiuserAccess::idleLock()
{
    auto holder = test::TestDatabase::create(QStringLiteral("sqlite"));
    QVERIFY(holder);
    const Actor supervisor = holder->addStaff(QStringLiteral("the.supervisor"), Role::Supervisor, kPassword);
    registerFor(*holder, 0, QStringLiteral("13800138000"));
    SessionOptions options;
    options.idleLockSeconds = 1;
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    Localization localization;
    localization.setLanguage(QStringLiteral("en"));
    MainWindow window(holder->session(supervisor, options), localization, settings);
    window.session()->setIdleLockSeconds(1); // the workstation setting counts in minutes
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(test::settle(*window.queuePage()->model()));
    QVERIFY(window.queuePage()->isVisible());

    // Nobody touches it: it locks, and shows nothing of the data.
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->isLocked(), 5000);
    QTRY_VERIFY(window.lockScreen()->isVisible());
    QVERIFY(!window.queuePage()->isVisible());
    QVERIFY(!window.menuBar()->isEnabled());
    // The lock does not wait for its audit entry (written on the session's worker), so wait for it here.
    QTRY_COMPARE(countAudit(*holder, QStringLiteral("session_locked"), QStringLiteral("the.supervisor")), qint64(1));
    // Every job is refused meanwhile.
    bool refused = false;
    window.session()->read(
        this, [](const Session &s) { return s.queue().countByStatus(); },
        [&](const Result<QMap<QString, qint64>> &r) { refused = !r && r.errorKind() == ErrorKind::Denied; });
    QTRY_VERIFY(refused);

    // A wrong password keeps it locked, says why and counts as a failed sign-in.
    LockScreen *lock = window.lockScreen();
    lock->passwordField()->setText(QStringLiteral("wrong password"));
    lock->unlock();
    QTRY_VERIFY(!lock->isBusy());
    QVERIFY(window.session()->isLocked());
    QVERIFY2(lock->errorText().contains(QStringLiteral("wrong")), qPrintable(lock->errorText()));
    QCOMPARE(countAudit(*holder, QStringLiteral("login_failed"), QStringLiteral("the.supervisor")), qint64(1));
    // The right one opens it again where it was.
    lock->passwordField()->setText(kPassword);
    lock->unlock();
    QTRY_VERIFY(!window.session()->isLocked());
    QTRY_VERIFY(window.queuePage()->isVisible());
    QVERIFY(window.menuBar()->isEnabled());
    QCOMPARE(countAudit(*holder, QStringLiteral("login"), QStringLiteral("the.supervisor")), qint64(1));
}

// Each look at a person's details is one audit entry: moving to another request with the panel
// open is one, Enter on the request already shown is none, and closing the panel clears it (what
// was revealed leaves the screen), so opening it again is a new look.
void TestMultiuserAccess::openingIsAuditedOnce()
{
    auto holder = test::TestDatabase::create(QStringLiteral("sqlite"));
    QVERIFY(holder);
    const Actor supervisor = holder->addStaff(QStringLiteral("the.supervisor"), Role::Supervisor, kPassword);
    registerFor(*holder, 0, QStringLiteral("13800138001"));
    registerFor(*holder, 0, QStringLiteral("13800138002"));
    auto session = holder->session(supervisor);
    RequestQueuePage page(*session);
    page.show();
    QVERIFY(test::settle(*page.model()));
    const auto looks = [&] {
        test::settle(*session);
        return countAudit(*holder, QStringLiteral("person_viewed"));
    };
    QSignalSpy shown(page.detailPanel(), &RequestDetailPanel::viewShown);
    page.view()->setCurrentIndex(page.model()->index(0, 0));
    page.openCurrent();
    QVERIFY(shown.wait(5000));
    QCOMPARE(looks(), qint64(1));
    page.openCurrent(); // Enter again
    QCOMPARE(looks(), qint64(1));
    page.view()->setCurrentIndex(page.model()->index(1, 0)); // the panel follows the cursor
    QVERIFY(shown.wait(5000));
    QCOMPARE(looks(), qint64(2));
    page.openCurrent();
    QCOMPARE(looks(), qint64(2));
    const QString masked = page.detailPanel()->fieldText(QStringLiteral("phone"));
    QVERIFY2(masked.contains(QStringLiteral("****")), qPrintable(masked));
    // Revealed, then closed: the value leaves the screen.
    QToolButton *reveal = page.detailPanel()->revealButton(PersonField::Phone);
    QVERIFY(reveal);
    reveal->click();
    QTRY_VERIFY(page.detailPanel()->fieldText(QStringLiteral("phone")).startsWith(QStringLiteral("+86")));
    page.closeDetails();
    QVERIFY(!page.detailPanel()->fieldText(QStringLiteral("phone")).startsWith(QStringLiteral("+86")));
    page.openCurrent();
    QVERIFY(shown.wait(5000));
    QCOMPARE(looks(), qint64(3));
    QCOMPARE(page.detailPanel()->fieldText(QStringLiteral("phone")), masked);
}

void TestMultiuserAccess::maskingAndAuditedReveal()
{
    QFETCH(QString, engine);
    auto holder = test::TestDatabase::create(engine);
    if (!holder)
        return;
    const Actor supervisor = holder->addStaff(QStringLiteral("the.supervisor"), Role::Supervisor, kPassword);
    const qint64 id = registerFor(*holder, 0, QStringLiteral("13800138000"));
    const QString reference = referenceOf(*holder, id);
    auto session = holder->session(supervisor);

    // Masked as the issue writes them out, and opening the request is audited.
    const auto view = session->requests().view(id, RequestDesk::Purpose::Open);
    QVERIFY2(view, qPrintable(view.error()));
    QCOMPARE(view->person.masked.value(PersonField::Phone), QStringLiteral("138****8000"));
    QCOMPARE(view->person.masked.value(PersonField::IdNumber), QStringLiteral("1101**********002X"));
    QCOMPARE(view->person.masked.value(PersonField::Email), QStringLiteral("w***@example.com"));
    QCOMPARE(view->person.masked.value(PersonField::Account), QStringLiteral("u10****00"));
    QCOMPARE(countAudit(*holder, QStringLiteral("person_viewed")), qint64(1));
    QCOMPARE(countAudit(*holder, QStringLiteral("personal_data_revealed")), qint64(0));

    // A reveal gives the value and records who, which field and which request, never the value.
    const auto phone = session->requests().reveal(id, PersonField::Phone);
    QVERIFY2(phone, qPrintable(phone.error()));
    QCOMPARE(phone.value(), QStringLiteral("+8613800138000"));
    QSqlQuery q(holder->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT actor, request_id, after_json FROM audit_log WHERE action = 'personal_data_revealed'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("the.supervisor"));
    QCOMPARE(q.value(1).toLongLong(), id);
    QVERIFY2(q.value(2).toString().contains(QStringLiteral("phone")), qPrintable(q.value(2).toString()));
    QVERIFY2(!q.value(2).toString().contains(QStringLiteral("13800138000")), qPrintable(q.value(2).toString()));
    q.finish();

    // The CLI: masked by default; --reveal shows the field and is audited like the panel's button.
    const auto shown = cli(*holder, QStringLiteral("the.supervisor"), {QStringLiteral("show"), reference, QStringLiteral("--json")});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    const QJsonObject person = QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("person")).toObject();
    QCOMPARE(person.value(QStringLiteral("phone")).toString(), QStringLiteral("138****8000"));
    QCOMPARE(person.value(QStringLiteral("id_number")).toString(), QStringLiteral("1101**********002X"));
    QVERIFY2(!shown.out.contains(QStringLiteral("13800138000")), qPrintable(shown.out));
    QCOMPARE(countAudit(*holder, QStringLiteral("personal_data_revealed")), qint64(1));
    const auto revealed = cli(*holder, QStringLiteral("the.supervisor"),
                              {QStringLiteral("show"), reference, QStringLiteral("--reveal"), QStringLiteral("phone,email")});
    QVERIFY2(revealed.exitCode == 0, qPrintable(revealed.err));
    QVERIFY2(revealed.out.contains(QStringLiteral("+8613800138000")), qPrintable(revealed.out));
    QVERIFY2(revealed.out.contains(QStringLiteral("wang.fang8000@example.com")), qPrintable(revealed.out));
    QVERIFY2(revealed.out.contains(QStringLiteral("u10****00")), qPrintable(revealed.out)); // not asked for
    QCOMPARE(countAudit(*holder, QStringLiteral("personal_data_revealed")), qint64(3));
    QCOMPARE(countAudit(*holder, QStringLiteral("person_viewed")), qint64(3));
    // An unknown field is refused before anything is shown.
    const auto unknown = cli(*holder, QStringLiteral("the.supervisor"),
                             {QStringLiteral("show"), reference, QStringLiteral("--reveal"), QStringLiteral("password")});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.err.contains(QStringLiteral("password")), qPrintable(unknown.err));
    QCOMPARE(countAudit(*holder, QStringLiteral("personal_data_revealed")), qint64(3));
}

void TestMultiuserAccess::agentVisibility()
{
    QFETCH(QString, engine);
    auto holder = test::TestDatabase::create(engine);
    if (!holder)
        return;
    holder->addStaff(QStringLiteral("the.supervisor"), Role::Supervisor, kPassword);
    const Actor lina = holder->addStaff(QStringLiteral("li.na"), Role::Agent, kPassword);
    const Actor zhang = holder->addStaff(QStringLiteral("zhang.wei"), Role::Agent, kPassword);
    const qint64 mine = registerFor(*holder, lina.staffId, QStringLiteral("13800138001"));
    const qint64 theirs = registerFor(*holder, zhang.staffId, QStringLiteral("13800138002"));
    const qint64 open = registerFor(*holder, 0, QStringLiteral("13800138003"));
    // The other agent works on theirs, which leaves audit entries about it.
    auto zhangSession = holder->session(zhang);
    QVERIFY(zhangSession->requests().addNote(theirs, QStringLiteral("zhang's note")).ok());

    auto session = holder->session(lina);
    // The queue, its counts and its search agree: their own and the unassigned one.
    const auto rows = session->queue().page({}, QueuePage{});
    QVERIFY2(rows, qPrintable(rows.error()));
    QSet<qint64> seen;
    for (const QueueRow &r : rows.value())
        seen.insert(r.request.id);
    QCOMPARE(seen, (QSet<qint64>{mine, open}));
    const auto counts = session->queue().counts({}, QDate::currentDate(), QDate::currentDate().addDays(5));
    QVERIFY(counts);
    QCOMPARE(counts->total, qint64(2));
    QueueQuery search;
    search.text = QStringLiteral("王芳");
    const auto found = session->queue().page(search, QueuePage{});
    QVERIFY(found);
    QCOMPARE(found->size(), 2);
    const auto byStatus = session->queue().countByStatus();
    QVERIFY(byStatus);
    QCOMPARE(byStatus->value(QStringLiteral("received")), qint64(2));
    // The other agent's request: not viewable, not revealable, not found by reference.
    QCOMPARE(session->requests().view(theirs, RequestDesk::Purpose::Open).errorKind(), ErrorKind::Denied);
    QCOMPARE(session->requests().reveal(theirs, PersonField::Phone).errorKind(), ErrorKind::Denied);
    QVERIFY(!session->requests().find(referenceOf(*holder, theirs)));
    // The audit view leaves out the entries about it.
    const auto entries = session->audit().page({}, AuditPageRequest{});
    QVERIFY2(entries, qPrintable(entries.error()));
    QVERIFY(!entries->isEmpty());
    for (const AuditRow &row : entries.value())
        QVERIFY2(row.entry.requestId != theirs, qPrintable(row.entry.action));

    // The CLI says the same.
    const auto listed = cli(*holder, QStringLiteral("li.na"), {QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QSet<qint64> listedIds;
    for (const QJsonValue &v : array) {
        listedIds.insert(v.toObject().value(QStringLiteral("id")).toInteger());
        if (v.toObject().value(QStringLiteral("id")).toInteger() == mine)
            QCOMPARE(v.toObject().value(QStringLiteral("assignee")).toString(), QStringLiteral("li.na"));
    }
    QCOMPARE(listedIds, (QSet<qint64>{mine, open}));
    const auto stats = cli(*holder, QStringLiteral("li.na"), {QStringLiteral("stats"), QStringLiteral("--json")});
    QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
    QCOMPARE(QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("total")).toInteger(), 2);
    const auto other = cli(*holder, QStringLiteral("li.na"), {QStringLiteral("show"), referenceOf(*holder, theirs)});
    QVERIFY(other.exitCode != 0);
    QVERIFY2(!other.out.contains(QStringLiteral("王芳")), qPrintable(other.out));
    // A supervisor sees all three.
    const auto all = cli(*holder, QStringLiteral("the.supervisor"), {QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).array().size(), 3);
}

void TestMultiuserAccess::privateFiles()
{
    auto holder = test::TestDatabase::create(QStringLiteral("sqlite"));
    QVERIFY(holder);
    const Actor supervisor = holder->addStaff(QStringLiteral("the.supervisor"), Role::Supervisor, kPassword);
    const qint64 id = registerFor(*holder, 0, QStringLiteral("13800138000"));
    QString folder, file;
    {
        auto session = holder->session(supervisor);
        const auto letter = session->letters().write(id, LetterKind::Acknowledgement);
        QVERIFY2(letter, qPrintable(letter.error()));
        const auto path = session->letters().open(letter->id);
        QVERIFY2(path, qPrintable(path.error()));
        file = path.value();
        folder = session->privateFiles().folder();
        const QFileInfo info(file);
        QCOMPARE(info.absolutePath(), QFileInfo(folder).absoluteFilePath());
        // Owner, group and others (the "user" bits only repeat the owner's for us).
        const QFileDevice::Permissions modeBits(0x7077);
        QCOMPARE(QFileInfo(folder).permissions() & modeBits,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(info.permissions() & modeBits, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY2(!info.fileName().contains(referenceOf(*holder, id)), qPrintable(info.fileName())); // no guessable name
        QVERIFY(info.size() > 1000);
        // A second session has a folder of its own.
        auto other = holder->session(supervisor);
        QVERIFY(other->privateFiles().folder() != folder);
    }
    // Gone with the session.
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(!QFileInfo::exists(folder));
}

QTEST_MAIN(TestMultiuserAccess)
#include "tst_multiuser_access.moc"
