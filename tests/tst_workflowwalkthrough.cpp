// A request carried from intake to a closed outcome through the real widgets: sign-in, the
// detail panel's workflow buttons, verification, four-eyes approval and completion.
#include "audit/auditlog.h"
#include "common/localization.h"
#include "itemmodels/requestqueuemodel.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "requestactionsbar.h"
#include "requestdetailpanel.h"
#include "requestqueuepage.h"
#include "verificationdialog.h"
#include "settings/appsettings.h"
#include "storage/requestrepository.h"
#include "testdatabase.h"
#include "workflow/authservice.h"
#include "workflow/intakeservice.h"
#include "workflow/requestworkflow.h"
#include "workflow/verificationservice.h"
#include "workflow/workingdaycalendar.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace pd;

class TestWorkflowWalkthrough : public QObject
{
    Q_OBJECT

private:
    static Actor signIn(Database &db, const QString &user, const QString &password)
    {
        LoginDialog dialog(db);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("usernameField")), user);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordField")), password);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        return dialog.result() == QDialog::Accepted ? dialog.actor() : Actor{};
    }

private Q_SLOTS:
    void walkthrough_data() { test::TestDatabase::addEngineRows(); }
    void walkthrough()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const AuthService auth(db);
        const auto adminUser = auth.createUser(QStringLiteral("admin"), QStringLiteral("管理员"), Role::Administrator,
                                               QStringLiteral("ledger-quill-88"), nullptr);
        QVERIFY2(adminUser, qPrintable(adminUser.error()));
        const Actor admin = auth.signIn(QStringLiteral("admin"), QStringLiteral("ledger-quill-88")).value();
        for (const auto &[user, role] : {std::pair{QStringLiteral("li.na"), Role::Agent},
                                         std::pair{QStringLiteral("wang.qiang"), Role::Supervisor},
                                         std::pair{QStringLiteral("zhao.lei"), Role::Supervisor}})
            QVERIFY(auth.createUser(user, user, role, QStringLiteral("secret-pass-1"), &admin).ok());

        // A wrong password is refused without saying which part was wrong.
        QCOMPARE(signIn(db, QStringLiteral("li.na"), QStringLiteral("wrong-password")).username, QString());
        const Actor agent = signIn(db, QStringLiteral("li.na"), QStringLiteral("secret-pass-1"));
        QCOMPARE(agent.role, Role::Agent);

        const WorkingDayCalendar calendar{};
        IntakeForm f;
        f.name = QStringLiteral("孙丽");
        f.phone = QStringLiteral("13912345678");
        f.account = QStringLiteral("sunli88");
        f.types = {RequestType::Deletion};
        f.receivedAt = QDateTime::currentDateTime().addSecs(-7200);
        const qint64 id = IntakeService(db, calendar).submit(f, agent.username)->constFirst().id;

        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        Localization localization;
        localization.setLanguage(QStringLiteral("en"));
        MainWindow window(std::make_unique<Database>(db.url()), localization, settings);
        window.setActor(agent);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RequestQueuePage *queue = window.queuePage();
        queue->view()->setFocus();
        queue->view()->setCurrentIndex(queue->model()->index(0, 0));
        QTest::keyClick(queue->view(), Qt::Key_Return);
        RequestActionsBar *actions = queue->detailPanel()->actions();
        QVERIFY(actions->isVisible());

        // Received → verifying by its button.
        QPushButton *start = actions->button(RequestAction::StartVerification);
        QVERIFY(start && start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(RequestRepository(db).get(id)->status, RequestStatus::Verifying);
        QVERIFY(actions->verificationText().contains(QStringLiteral("not verified")));
        // Not yet verified: marking it so is refused and nothing changes.
        QVERIFY(!actions->run(RequestAction::MarkVerified));
        QCOMPARE(RequestRepository(db).get(id)->status, RequestStatus::Verifying);

        // The account login matches: verification is satisfied, the request goes to work.
        {
            VerificationDialog dialog(db, RequestRepository(db).get(id).value(), agent);
            dialog.show();
            QVERIFY(dialog.matchIdentifiers(QStringLiteral("139 1234 5679"), {}, {}, {}));
            QVERIFY2(dialog.lastMessage().contains(QStringLiteral("MISMATCH")), qPrintable(dialog.lastMessage()));
            QVERIFY(!dialog.matchIdentifiers(QStringLiteral("12"), {}, {}, {})); // not a phone number: refused
            QVERIFY(!dialog.overrideVerification(QStringLiteral("trust me"))); // agents cannot override
            QVERIFY(dialog.recordCheck(VerificationMethod::AccountLogin, true, QStringLiteral("signed in as sunli88")));
            QVERIFY2(dialog.statusText().contains(QStringLiteral("satisfied")), qPrintable(dialog.statusText()));
        }
        actions->showRequest(RequestRepository(db).get(id).value());
        QVERIFY(actions->verificationText().contains(QStringLiteral("satisfied")));
        QTest::mouseClick(actions->button(RequestAction::MarkVerified), Qt::LeftButton);
        QCOMPARE(RequestRepository(db).get(id)->status, RequestStatus::InProgress);
        // A deletion is never completed directly; it is proposed.
        QVERIFY(!actions->run(RequestAction::Complete));
        QVERIFY(actions->run(RequestAction::ProposeDeletion, QStringLiteral("device and log data")));
        QCOMPARE(RequestRepository(db).get(id)->status, RequestStatus::AwaitingApproval);
        // Tools follow the role and the type: agents do not assign; escalations are for complaints.
        QVERIFY(!actions->toolButton(QStringLiteral("assignButton"))->isEnabled());
        QVERIFY(!actions->toolButton(QStringLiteral("assignButton"))->toolTip().isEmpty());
        QVERIFY(!actions->toolButton(QStringLiteral("escalationButton"))->isEnabled());
        QVERIFY(actions->toolButton(QStringLiteral("noteButton"))->isEnabled());
        // The agent cannot approve: the button is disabled and says why.
        QPushButton *approve = actions->button(RequestAction::Approve);
        QVERIFY(approve && !approve->isEnabled());
        QVERIFY(!approve->toolTip().isEmpty());

        // A supervisor signs in and approves: the deletion is carried out and closed.
        const Actor supervisor = signIn(db, QStringLiteral("wang.qiang"), QStringLiteral("secret-pass-1"));
        window.setActor(supervisor);
        queue->showRequest(id);
        approve = actions->button(RequestAction::Approve);
        QVERIFY(approve->isEnabled());
        QVERIFY(actions->toolButton(QStringLiteral("assignButton"))->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        QCOMPARE(RequestRepository(db).get(id)->status, RequestStatus::Completed);
        QCOMPARE(queue->detailPanel()->fieldText(QStringLiteral("status")), requestStatuses().label(RequestStatus::Completed));
        QVERIFY(actions->button(RequestAction::Approve) == nullptr); // closed: no actions left

        // A note joins the history shown on the panel.
        QVERIFY(RequestWorkflow(db, calendar, {}).addNote(id, QStringLiteral("called the requester back"), supervisor).ok());
        queue->showRequest(id);
        const auto *historyView = queue->detailPanel()->findChildren<QTreeWidget *>().constFirst();
        bool noteShown = false;
        for (int i = 0; i < historyView->topLevelItemCount(); ++i)
            noteShown |= historyView->topLevelItem(i)->text(3) == QStringLiteral("called the requester back");
        QVERIFY(noteShown);
        // The narrow panel wraps long entries rather than cutting them off; a transition's
        // tooltip has its whole text.
        QVERIFY(historyView->wordWrap());
        QCOMPARE(historyView->textElideMode(), Qt::ElideNone);
        bool transitionTip = false;
        for (int i = 0; i < historyView->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = historyView->topLevelItem(i);
            if (item->text(3).contains(QStringLiteral(" → ")))
                transitionTip |= item->toolTip(3).startsWith(item->text(3));
        }
        QVERIFY(transitionTip);

        // Every step is in the history and the audit chain holds.
        const auto history = RequestRepository(db).history(id).value();
        QCOMPARE(history.size(), 5); // registered + 4 transitions
        QCOMPARE(history.constLast().actor, supervisor.username);
        const auto chain = AuditLog(db).verify().value();
        QVERIFY2(chain.intact, qPrintable(chain.problem));
        QVERIFY(chain.entries >= 10); // accounts, sign-ins, verification, transitions
    }
};

QTEST_MAIN(TestWorkflowWalkthrough)
#include "tst_workflowwalkthrough.moc"
