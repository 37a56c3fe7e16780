// Verification reminders on both engines, with the session's clock moved by hand: the reminder
// letter after the configured days, the closing proposal after the next ones, the queue's default
// view leaving those out, the team setting (administrators, audited), the settings page and the
// detail panel driven offscreen, and the CLI.
#include "clirun.h"
#include "remindersettingspage.h"
#include "requestdetailpanel.h"
#include "session/queuereader.h"
#include "session/reminderdesk.h"
#include "session/requestdesk.h"
#include "session/session.h"
#include "testdatabase.h"
#include "workflow/queuefilter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pd;

class TestReminders : public QObject
{
    Q_OBJECT

private:
    // A clock the test moves; every session made here reads it.
    std::shared_ptr<QDateTime> m_now = std::make_shared<QDateTime>();

    SessionOptions options() const
    {
        SessionOptions o;
        o.idleLockSeconds = 0;
        o.clock = [now = m_now] { return *now; };
        return o;
    }
    static qint64 scalar(Database &db, const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db.connection());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }
    static qint64 audits(Database &db, const QString &action)
    {
        return scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action});
    }
    static Request registerOne(const Session &s, const QString &name, const QString &phone, const QDateTime &at)
    {
        IntakeForm f;
        f.name = name;
        f.phone = phone;
        f.types = {RequestType::Access};
        f.receivedAt = at;
        const auto made = s.requests().submit(f);
        return made ? made->constFirst() : Request();
    }
    static qint64 defaultViewCount(const Session &s, QueueFilter filter = {})
    {
        const QDate today = QDate::currentDate();
        const auto n = s.queue().counts(filter.toQuery(today, s.calendar()), today, today);
        return n ? n->total : -1;
    }

private Q_SLOTS:
    void remindThenPropose_data() { test::TestDatabase::addEngineRows(); }
    void remindThenPropose()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        *m_now = start;
        const Actor supervisor = dbHolder->addStaff(QStringLiteral("zhang.wei"), Role::Supervisor);
        const auto session = dbHolder->session(supervisor, options());
        const Request waiting = registerOne(*session, QStringLiteral("王芳"), QStringLiteral("13800138000"), start.addSecs(-60));
        const Request other = registerOne(*session, QStringLiteral("李雷"), QStringLiteral("13900139000"), start.addSecs(-60));
        QVERIFY(waiting.id > 0 && other.id > 0);
        const auto started = session->requests().perform(waiting.id, waiting.version, RequestAction::StartVerification);
        QVERIFY2(started.ok(), qPrintable(started.error()));
        const ReminderDesk &desk = session->reminders();
        const auto policy = desk.policy();
        QVERIFY(policy.ok());
        const int remindAfter = policy->remindAfterDays, closeAfter = policy->closeAfterDays;

        // Not yet due: nothing written.
        *m_now = start.addDays(remindAfter).addSecs(-60);
        auto swept = desk.sweep();
        QVERIFY2(swept.ok(), qPrintable(swept.error()));
        QVERIFY(swept->reminded.isEmpty() && swept->proposed.isEmpty());
        QCOMPARE(audits(db, QStringLiteral("reminder_sent")), qint64(0));

        // Due: one reminder letter (a verification request marked as a reminder), audited.
        *m_now = start.addDays(remindAfter).addSecs(60);
        swept = desk.sweep();
        QVERIFY2(swept.ok(), qPrintable(swept.error()));
        QCOMPARE(swept->reminded, QStringList{waiting.reference});
        QVERIFY2(swept->skipped.isEmpty(), qPrintable(swept->skipped.join(QLatin1Char('\n'))));
        QCOMPARE(audits(db, QStringLiteral("reminder_sent")), qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM letters WHERE request_id = ? AND kind = 'verification_request'"),
                        {waiting.id}),
                 qint64(1));
        QSqlQuery letterAudit(db.connection());
        QVERIFY(letterAudit.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'letter_generated'")));
        QVERIFY(letterAudit.next());
        QCOMPARE(QJsonDocument::fromJson(letterAudit.value(0).toString().toUtf8()).object().value(QStringLiteral("reminder")).toBool(), true);
        letterAudit.finish(); // an open SQLite statement would keep this connection on its snapshot
        // Once per wait.
        swept = desk.sweep();
        QVERIFY(swept.ok() && swept->reminded.isEmpty());
        QCOMPARE(audits(db, QStringLiteral("reminder_sent")), qint64(1));
        auto view = session->requests().view(waiting.id, RequestDesk::Purpose::Refresh);
        QVERIFY(view.ok() && view->reminder.has_value());
        QVERIFY(view->reminder->remindedAt.isValid() && !view->reminder->closingProposedAt.isValid());
        QCOMPARE(defaultViewCount(*session), qint64(2));

        // Still unverified after the next days: proposed for closing, and left out of the default view.
        const QDateTime reminded = *m_now;
        *m_now = reminded.addDays(closeAfter).addSecs(-60);
        swept = desk.sweep();
        QVERIFY(swept.ok() && swept->proposed.isEmpty());
        *m_now = reminded.addDays(closeAfter).addSecs(60);
        swept = desk.sweep();
        QVERIFY(swept.ok());
        QCOMPARE(swept->proposed, QStringList{waiting.reference});
        QCOMPARE(audits(db, QStringLiteral("unverifiable_proposed")), qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE status = 'verifying'")), qint64(1)); // not closed by itself
        QCOMPARE(defaultViewCount(*session), qint64(1));
        const auto counts = session->queue().counts(QueueFilter().toQuery(QDate::currentDate(), session->calendar()),
                                                    QDate::currentDate(), QDate::currentDate().addDays(5));
        QVERIFY(counts.ok());
        QCOMPARE(counts->total, qint64(1));
        QCOMPARE(counts->hidden, qint64(1));
        const auto rows = session->queue().page(QueueFilter().toQuery(QDate::currentDate(), session->calendar()),
                                                QueuePage{QueuePage::Anchor::Start, 0, 50, {}, 0});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->constFirst().request.id, other.id);
        // Picking the status, or typing the reference, shows it.
        QueueFilter verifying;
        verifying.statuses = {RequestStatus::Verifying};
        QCOMPARE(defaultViewCount(*session, verifying), qint64(1));
        QueueFilter byReference;
        byReference.text = waiting.reference;
        QCOMPARE(defaultViewCount(*session, byReference), qint64(1));

        // The detail panel says so.
        RequestDetailPanel panel(*session);
        panel.resize(500, 900);
        panel.show();
        QSignalSpy shown(&panel, &RequestDetailPanel::viewShown);
        panel.showRequest(waiting.id);
        QVERIFY(shown.wait(5000));
        auto *notice = panel.findChild<QLabel *>(QStringLiteral("reminderNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("proposed for closing")), qPrintable(notice->text()));

        // Marked unverifiable: closed, and back in the default view like any closed request.
        view = session->requests().view(waiting.id, RequestDesk::Purpose::Refresh);
        QVERIFY(view.ok());
        const auto closed = session->requests().perform(waiting.id, view->request.version, RequestAction::MarkUnverifiable);
        QVERIFY2(closed.ok(), qPrintable(closed.error()));
        QCOMPARE(defaultViewCount(*session), qint64(2));
    }

    void demoLeftAloneAndBatches_data() { test::TestDatabase::addEngineRows(); }
    void demoLeftAloneAndBatches()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        *m_now = start;
        const auto session = dbHolder->session(dbHolder->addStaff(QStringLiteral("zhang.wei"), Role::Supervisor), options());
        QList<Request> made;
        for (int i = 0; i < 3; ++i) {
            const Request r = registerOne(*session, QStringLiteral("王芳%1").arg(i), QStringLiteral("1380013800%1").arg(i), start);
            QVERIFY(r.id > 0);
            QVERIFY(session->requests().perform(r.id, r.version, RequestAction::StartVerification));
            made << r;
        }
        QSqlQuery demo(db.connection());
        QVERIFY(demo.exec(QStringLiteral("UPDATE requests SET demo = 1 WHERE id = %1").arg(made.at(0).id)));
        *m_now = start.addDays(30);
        auto swept = session->reminders().sweep(1);
        QVERIFY2(swept.ok(), qPrintable(swept.error()));
        QCOMPARE(swept->reminded.size(), 1);
        QVERIFY(swept->more);
        swept = session->reminders().sweep(1);
        QVERIFY(swept.ok());
        QCOMPARE(swept->reminded.size(), 1);
        swept = session->reminders().sweep(1);
        QVERIFY(swept.ok());
        QVERIFY(swept->reminded.isEmpty() && !swept->more);
        // The demo request got none.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'reminder_sent' AND request_id = ?"),
                        {made.at(0).id}),
                 qint64(0));
        QCOMPARE(audits(db, QStringLiteral("reminder_sent")), qint64(2));
    }

    void policyIsTheTeams_data() { test::TestDatabase::addEngineRows(); }
    void policyIsTheTeams()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        *m_now = QDateTime::currentDateTimeUtc();
        const auto agent = dbHolder->session(dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent), options());
        const auto admin = dbHolder->session(dbHolder->addStaff(QStringLiteral("boss"), Role::Administrator), options());
        ReminderPolicy p;
        p.remindAfterDays = 3;
        p.closeAfterDays = 10;
        const Status refused = agent->reminders().setPolicy(p);
        QVERIFY(!refused);
        QCOMPARE(refused.errorKind(), ErrorKind::Denied);
        ReminderPolicy bad = p;
        bad.closeAfterDays = 0;
        QCOMPARE(admin->reminders().setPolicy(bad).errorKind(), ErrorKind::Invalid);
        QCOMPARE(audits(db, QStringLiteral("settings_changed")), qint64(0));
        QVERIFY(admin->reminders().setPolicy(p));
        QCOMPARE(audits(db, QStringLiteral("settings_changed")), qint64(1));
        QCOMPARE(agent->reminders().policy().value(), p); // for everyone on the database

        // The settings page: an agent sees the days and may not change them; an administrator saves.
        ReminderSettingsPage agentPage(*agent);
        agentPage.show();
        QTRY_COMPARE(agentPage.remindAfter()->value(), 3);
        QVERIFY(!agentPage.remindAfter()->isEnabled() && !agentPage.saveButton()->isEnabled());
        QVERIFY(!agentPage.saveButton()->toolTip().isEmpty());
        ReminderSettingsPage adminPage(*admin);
        adminPage.show();
        QTRY_COMPARE(adminPage.closeAfter()->value(), 10);
        QVERIFY(adminPage.saveButton()->isEnabled());
        adminPage.remindAfter()->setValue(2);
        adminPage.closeAfter()->setValue(5);
        QTest::mouseClick(adminPage.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(audits(db, QStringLiteral("settings_changed")), qint64(2));
        const auto stored = agent->reminders().policy();
        QVERIFY(stored.ok());
        QCOMPARE(stored->remindAfterDays, 2);
        QCOMPARE(stored->closeAfterDays, 5);
        // The agent's page follows the change made elsewhere.
        QTRY_COMPARE_WITH_TIMEOUT(agentPage.closeAfter()->value(), 5, 10000);
    }

    void fromTheCommandLine()
    {
        PD_FRESH_DB(db, QStringLiteral("sqlite"));
        dbHolder->addStaff(QStringLiteral("boss"), Role::Administrator, QStringLiteral("Correct horse 42"));
        QTemporaryDir home;
        const QMap<QString, QString> env{{QStringLiteral("PRIVACYDESK_PASSWORD"), QStringLiteral("Correct horse 42")}};
        const QStringList common{QStringLiteral("--db"), dbHolder->urlString(), QStringLiteral("--user"), QStringLiteral("boss")};
        auto run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(),
                                QStringList{QStringLiteral("reminders"), QStringLiteral("set"), QStringLiteral("--remind-after"),
                                            QStringLiteral("0")} + common, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--remind-after")), qPrintable(run.err));
        run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(),
                           QStringList{QStringLiteral("reminders"), QStringLiteral("set"), QStringLiteral("--remind-after"),
                                       QStringLiteral("4")} + common, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("4 days")), qPrintable(run.out));
        QCOMPARE(audits(db, QStringLiteral("settings_changed")), qint64(1));
        run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(), QStringList{QStringLiteral("reminders"), QStringLiteral("run")} + common, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("0 reminders written")), qPrintable(run.out));
    }
};

QTEST_MAIN(TestReminders)
#include "tst_reminders.moc"
