// A request carried from intake to a closed outcome through the real widgets: sign-in, the
// detail panel's workflow buttons, verification, four-eyes approval and completion.
#include "audit/auditlog.h"
#include "common/localization.h"
#include "itemmodels/requestqueuemodel.h"
#include "decisiondialog.h"
#include "erasuredialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "requestactionsbar.h"
#include "requestdetailpanel.h"
#include "requestqueuepage.h"
#include "verificationdialog.h"
#include "session/gateway.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "storage/requestrepository.h"
#include "storage/workflowrepository.h"
#include "modalhandler.h"
#include "testdatabase.h"
#include "workflow/authservice.h"
#include "workflow/intakeservice.h"
#include "workflow/requestworkflow.h"
#include "workflow/verificationservice.h"
#include "workflow/workingdaycalendar.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTimer>
#include <QToolButton>

#include <memory>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

#include <tuple>

using namespace pd;

class TestWorkflowWalkthrough : public QObject
{
    Q_OBJECT

private:
    // Refused actions put up a message box; close each one as it appears.
    void closeMessageBoxes()
    {
        auto *timer = new QTimer(this);
        timer->setInterval(30);
        connect(timer, &QTimer::timeout, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        timer->start();
    }
    // Signs in through the real dialog; the session, or nullptr when refused.
    static std::unique_ptr<Session> signIn(const test::TestDatabase &holder, const QString &user, const QString &password)
    {
        auto db = std::make_unique<Database>(holder.url());
        if (!db->open())
            return nullptr;
        Gateway gateway(std::move(db));
        LoginDialog dialog(gateway);
        dialog.show();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("usernameField")), user);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordField")), password);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        if (!QTest::qWaitFor([&] { return !dialog.isBusy(); }, 10000))
            return nullptr;
        if (dialog.result() != QDialog::Accepted)
            return nullptr;
        SessionOptions options;
        options.idleLockSeconds = 0;
        return gateway.startSession(options);
    }
    static RequestStatus status(Database &db, qint64 id) { return RequestRepository(db).get(id)->status; }

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
        // Display names differ from user names: the panel shows people by name.
        qint64 liId = 0;
        for (const auto &[user, name, role] : {std::tuple{QStringLiteral("li.na"), QStringLiteral("Li Na"), Role::Agent},
                                               std::tuple{QStringLiteral("wang.qiang"), QStringLiteral("Wang Qiang"), Role::Supervisor},
                                               std::tuple{QStringLiteral("zhao.lei"), QStringLiteral("Zhao Lei"), Role::Supervisor}}) {
            const auto created = auth.createUser(user, name, role, QStringLiteral("secret-pass-1"), &admin);
            QVERIFY(created.ok());
            if (user == QLatin1String("li.na"))
                liId = created->id;
        }

        // A wrong password is refused without saying which part was wrong.
        QVERIFY(!signIn(*dbHolder, QStringLiteral("li.na"), QStringLiteral("wrong-password")));
        auto agentSession = signIn(*dbHolder, QStringLiteral("li.na"), QStringLiteral("secret-pass-1"));
        QVERIFY(agentSession);
        const Actor agent = agentSession->actor();
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
        MainWindow window(std::move(agentSession), localization, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RequestQueuePage *queue = window.queuePage();
        QVERIFY(test::settle(*queue->model()));
        queue->view()->setFocus();
        queue->view()->setCurrentIndex(queue->model()->index(0, 0));
        QSignalSpy shown(queue->detailPanel(), &RequestDetailPanel::viewShown);
        QTest::keyClick(queue->view(), Qt::Key_Return);
        QVERIFY(shown.wait(5000));
        RequestActionsBar *actions = queue->detailPanel()->actions();
        QVERIFY(actions->isVisible());
        // The next view, and then the panel showing the request as stored in `expected`: a
        // refresh already on its way (after a refused step, or the change notifier's) may bring
        // an older view first on a loaded machine.
        const auto nextView = [&](RequestStatus expected) {
            QSqlQuery q(db.connection());
            for (int waited = 0; waited < 10000; waited += 20) {
                const auto &view = queue->detailPanel()->view();
                if (q.exec(QStringLiteral("SELECT version, status FROM requests WHERE id = %1").arg(id)) && q.next() && view
                    && q.value(1).toString() == requestStatuses().key(expected) && view->request.status == expected
                    && view->request.version == q.value(0).toInt())
                    return true;
                QTest::qWait(20);
            }
            return false;
        };

        // Only what fits a deletion request that was just received: no "Start verification" beside
        // "Verify identity…", no direct completion, no cancellation proposal.
        QVERIFY(!actions->button(RequestAction::StartVerification));
        QVERIFY(!actions->button(RequestAction::ProposeCancellation));
        // Received → verifying by Verify identity…, which opens the verification dialog.
        QVERIFY(actions->verifyButton()->isEnabled());
        {
            test::ModalHandler closeDialog([](QWidget *dialog, int) {
                QVERIFY(qobject_cast<VerificationDialog *>(dialog));
                qobject_cast<QDialog *>(dialog)->reject();
            });
            QTest::mouseClick(actions->verifyButton(), Qt::LeftButton);
            QVERIFY(nextView(RequestStatus::Verifying));
            QCOMPARE(closeDialog.seen(), 1);
        }
        QCOMPARE(status(db, id), RequestStatus::Verifying);
        QVERIFY(actions->verificationText().contains(QStringLiteral("not verified")));
        QVERIFY(!actions->button(RequestAction::Complete));
        QVERIFY(!actions->button(RequestAction::ProposeCancellation));
        // Not yet verified: "Identity verified" is offered but disabled, and says why.
        QPushButton *markVerified = actions->button(RequestAction::MarkVerified);
        QVERIFY(markVerified && !markVerified->isEnabled());
        QVERIFY2(markVerified->toolTip().contains(QStringLiteral("not verified")), qPrintable(markVerified->toolTip()));
        // Marking it so anyway is refused by the workflow, the reason kept, and nothing changes.
        QSignalSpy failed(actions, &RequestActionsBar::failed);
        closeMessageBoxes();
        actions->run(RequestAction::MarkVerified);
        QVERIFY(failed.wait(5000));
        QVERIFY2(actions->lastError().contains(QStringLiteral("not verified")), qPrintable(actions->lastError()));
        QCOMPARE(status(db, id), RequestStatus::Verifying);

        // The account login matches: verification is satisfied, the request goes to work.
        {
            VerificationDialog dialog(*window.session(), RequestRepository(db).get(id).value());
            dialog.show();
            QSignalSpy step(&dialog, &VerificationDialog::stepFinished);
            dialog.matchIdentifiers(QStringLiteral("139 1234 5679"), {}, {}, {});
            QVERIFY(step.wait(5000));
            QVERIFY(step.takeFirst().constFirst().toBool());
            QVERIFY2(dialog.lastMessage().contains(QStringLiteral("MISMATCH")), qPrintable(dialog.lastMessage()));
            // A phone number compared is not a check by itself, and the dialog says so.
            QVERIFY2(dialog.lastMessage().contains(QStringLiteral("not a check by itself")), qPrintable(dialog.lastMessage()));
            dialog.matchIdentifiers(QStringLiteral("12"), {}, {}, {}); // not a phone number: refused
            QVERIFY(step.wait(5000));
            QVERIFY(!step.takeFirst().constFirst().toBool());
            dialog.overrideVerification(QStringLiteral("trust me")); // agents cannot override
            QVERIFY(step.wait(5000));
            QVERIFY(!step.takeFirst().constFirst().toBool());
            QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("overrideButton"))->isEnabled());
            dialog.recordCheck(VerificationMethod::AccountLogin, true, QStringLiteral("signed in as sunli88"));
            QVERIFY(step.wait(5000));
            QVERIFY(step.takeFirst().constFirst().toBool());
            QTRY_VERIFY2(dialog.statusText().contains(QStringLiteral("satisfied")), qPrintable(dialog.statusText()));
        }
        queue->detailPanel()->refresh();
        QVERIFY(nextView(RequestStatus::Verifying));
        QTRY_VERIFY_WITH_TIMEOUT(actions->verificationText().contains(QStringLiteral("satisfied")), 5000);
        QTest::mouseClick(actions->button(RequestAction::MarkVerified), Qt::LeftButton);
        QVERIFY(nextView(RequestStatus::InProgress));
        QCOMPARE(status(db, id), RequestStatus::InProgress);
        // A deletion is never completed directly; it is proposed.
        actions->run(RequestAction::Complete);
        QVERIFY(failed.wait(5000));
        QCOMPARE(status(db, id), RequestStatus::InProgress);
        actions->run(RequestAction::ProposeDeletion, QStringLiteral("device and log data"));
        QVERIFY(nextView(RequestStatus::AwaitingApproval));
        QCOMPARE(status(db, id), RequestStatus::AwaitingApproval);
        // Tools follow the role and the type: agents do not assign; escalations are for complaints.
        QVERIFY(!actions->toolButton(QStringLiteral("assignButton"))->isEnabled());
        QVERIFY(!actions->toolButton(QStringLiteral("assignButton"))->toolTip().isEmpty());
        QVERIFY(!actions->toolButton(QStringLiteral("escalationButton"))->isEnabled());
        QVERIFY(actions->toolButton(QStringLiteral("noteButton"))->isEnabled());
        // The agent cannot approve: the button is disabled and says why.
        QPushButton *approve = actions->button(RequestAction::Approve);
        QVERIFY(approve && !approve->isEnabled());
        QVERIFY(!approve->toolTip().isEmpty());
        // The proposal is shown on the panel.
        QVERIFY(queue->detailPanel()->findChild<QLabel *>(QStringLiteral("pendingProposal"))->isVisible());

        // A supervisor signs in and approves: the deletion is carried out and closed.
        auto supervisorSession = signIn(*dbHolder, QStringLiteral("wang.qiang"), QStringLiteral("secret-pass-1"));
        QVERIFY(supervisorSession);
        const Actor supervisor = supervisorSession->actor();
        window.setSession(std::move(supervisorSession));
        queue = window.queuePage();
        actions = queue->detailPanel()->actions();
        QSignalSpy shownAgain(queue->detailPanel(), &RequestDetailPanel::viewShown);
        queue->showRequest(id);
        QVERIFY(shownAgain.wait(5000));
        approve = actions->button(RequestAction::Approve);
        QVERIFY(approve->isEnabled());
        QVERIFY(actions->toolButton(QStringLiteral("assignButton"))->isEnabled());
        // The supervisor assigns it to Li Na: the history will say so.
        actions->assignTo(liId);
        QVERIFY(shownAgain.wait(5000));
        approve = actions->button(RequestAction::Approve); // the buttons are rebuilt with each view
        // The supervisor sees the whole proposal before deciding: what, who (by display name), the note.
        const QString shownProposal = queue->detailPanel()->findChild<QLabel *>(QStringLiteral("pendingProposal"))->text();
        QVERIFY2(shownProposal.contains(QStringLiteral("Deletion of the person's data")), qPrintable(shownProposal));
        QVERIFY2(shownProposal.contains(QStringLiteral("device and log data")), qPrintable(shownProposal));
        QVERIFY2(shownProposal.contains(QStringLiteral("Li Na")), qPrintable(shownProposal));
        QVERIFY2(!shownProposal.contains(QStringLiteral("li.na")), qPrintable(shownProposal));
        {
            // Approve asks first, naming the decision: cancelling changes nothing.
            QString cancelledText;
            pd::test::ModalHandler cancel([&](QWidget *dialog, int) {
                auto *d = qobject_cast<DecisionDialog *>(dialog);
                QVERIFY(d);
                cancelledText = d->proposalText();
                d->reject();
            });
            QTest::mouseClick(approve, Qt::LeftButton);
            QCOMPARE(cancel.seen(), 1);
            QVERIFY2(cancelledText.contains(QStringLiteral("device and log data")), qPrintable(cancelledText));
            QCOMPARE(status(db, id), RequestStatus::AwaitingApproval);
        }
        QString buttonText;
        auto decide = std::make_unique<pd::test::ModalHandler>([&](QWidget *dialog, int) {
            auto *d = qobject_cast<DecisionDialog *>(dialog);
            QVERIFY(d);
            auto *button = d->findChild<QPushButton *>(QStringLiteral("decideButton"));
            buttonText = button->text();
            d->findChild<QPlainTextEdit *>(QStringLiteral("decisionNote"))->setPlainText(QStringLiteral("logs kept six months"));
            QTest::mouseClick(button, Qt::LeftButton);
        });
        QTest::mouseClick(actions->button(RequestAction::Approve), Qt::LeftButton);
        // The decision is carried out off the GUI thread; a live refresh left over from the
        // assignment may show the panel again first, so wait for the decision itself.
        // Approved, it goes back to be carried out at the sources before it is completed.
        QTRY_COMPARE_WITH_TIMEOUT(status(db, id), RequestStatus::InProgress, 5000);
        QCOMPARE(decide->seen(), 1);
        decide.reset(); // the dialogs that follow are not decisions
        QVERIFY2(buttonText.contains(QStringLiteral("Deletion")), qPrintable(buttonText));
        const auto approvals = WorkflowRepository(db).approvals(id);
        QVERIFY(approvals.ok());
        QCOMPARE(approvals->constLast().decision, QStringLiteral("approved"));
        QCOMPARE(approvals->constLast().decisionNote, QStringLiteral("logs kept six months"));
        QTRY_COMPARE_WITH_TIMEOUT(queue->detailPanel()->fieldText(QStringLiteral("status")),
                                  requestStatuses().label(RequestStatus::InProgress), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(queue->detailPanel()->fieldText(QStringLiteral("erasure")).contains(QStringLiteral("Wang Qiang")), 5000);
        // Complete waits for the erasure, and says so.
        QPushButton *completeButton = actions->button(RequestAction::Complete);
        QVERIFY(completeButton && !completeButton->isEnabled());
        QVERIFY2(completeButton->toolTip().contains(QStringLiteral("Erase")), qPrintable(completeButton->toolTip()));
        // Erase…: the dry run (no source is registered here, and it says so), then carry it out.
        QVERIFY(queue->detailPanel()->eraseButton()->isVisible() && queue->detailPanel()->eraseButton()->isEnabled());
        QTest::mouseClick(queue->detailPanel()->eraseButton(), Qt::LeftButton);
        auto *erasure = qobject_cast<ErasureDialog *>(queue->detailPanel()->erasureDialog());
        QVERIFY(erasure);
        QTRY_VERIFY_WITH_TIMEOUT(!erasure->isRunning() && erasure->carryOutButton()->isEnabled(), 5000);
        QVERIFY2(erasure->statusText().contains(QStringLiteral("No source is registered")), qPrintable(erasure->statusText()));
        QTest::mouseClick(erasure->carryOutButton(), Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = erasure->findChild<QMessageBox *>(QStringLiteral("erasureConfirm"))) && confirm->isVisible(), 5000);
        QVERIFY2(confirm->text().contains(QStringLiteral("cannot be undone")), qPrintable(confirm->text()));
        confirm->button(QMessageBox::Yes)->click();
        QTRY_VERIFY2_WITH_TIMEOUT(erasure->statusText().contains(QStringLiteral("Carried out")), qPrintable(erasure->statusText()), 5000);
        QVERIFY(!erasure->carryOutButton()->isEnabled());
        erasure->close();
        QTRY_VERIFY_WITH_TIMEOUT(queue->detailPanel()->fieldText(QStringLiteral("erasure")).startsWith(QStringLiteral("Carried out")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(actions->button(RequestAction::Complete) && actions->button(RequestAction::Complete)->isEnabled(), 5000);
        actions->run(RequestAction::Complete);
        QTRY_COMPARE_WITH_TIMEOUT(status(db, id), RequestStatus::Completed, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(queue->detailPanel()->fieldText(QStringLiteral("status")),
                                  requestStatuses().label(RequestStatus::Completed), 5000);
        QVERIFY(actions->button(RequestAction::Approve) == nullptr); // closed: no actions left

        // A note joins the history shown on the panel.
        QVERIFY(RequestWorkflow(db, calendar, {}).addNote(id, QStringLiteral("called the requester back"), supervisor).ok());
        // Made elsewhere (another workstation): the panel shows it within a second by itself.
        // Each entry: its title, "when · who", its details.
        const auto entry = [&](const QString &what) -> QString {
            for (const QString &text : queue->detailPanel()->historyTexts())
                if (text.contains(what))
                    return text;
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!entry(QStringLiteral("called the requester back")).isEmpty(), 3000);
        const auto who = [](const QString &text) { return text.section(QLatin1Char('\n'), 1, 1).section(QStringLiteral(" · "), 1); };
        // Who: display names, not user names. What: the step, the statuses in full, the note.
        QCOMPARE(who(entry(QStringLiteral("called the requester back"))), QStringLiteral("Wang Qiang"));
        const QString assigned = entry(QStringLiteral("Assigned to Li Na"));
        QVERIFY(!assigned.isEmpty());
        QCOMPARE(who(assigned), QStringLiteral("Wang Qiang"));
        const QString awaiting = requestStatuses().label(RequestStatus::AwaitingApproval);
        const QString approved = entry(awaiting + QStringLiteral(" → ") + requestStatuses().label(RequestStatus::InProgress));
        QVERIFY(!approved.isEmpty());
        QCOMPARE(who(approved), QStringLiteral("Wang Qiang"));
        QVERIFY2(approved.startsWith(requestActions().label(RequestAction::Approve) + QLatin1Char('\n')), qPrintable(approved));
        QVERIFY2(approved.contains(QStringLiteral("logs kept six months")), qPrintable(approved));
        QCOMPARE(who(entry(QStringLiteral("device and log data"))), QStringLiteral("Li Na"));
        // The narrow panel wraps long entries rather than cutting them off.
        const auto labels = queue->detailPanel()->history()->findChildren<QLabel *>(QStringLiteral("historyEntry"));
        QCOMPARE(labels.size(), queue->detailPanel()->historyTexts().size());
        for (const QLabel *label : labels)
            QVERIFY(label->wordWrap());

        // Every step is in the history and the audit chain holds.
        const auto history = RequestRepository(db).history(id).value();
        QCOMPARE(history.size(), 6); // registered + 5 transitions
        QCOMPARE(history.constLast().actor, supervisor.username);
        const auto chain = AuditLog(db).verify().value();
        QVERIFY2(chain.intact, qPrintable(chain.problem));
        QVERIFY(chain.entries >= 10); // accounts, sign-ins, verification, transitions
    }
};

QTEST_MAIN(TestWorkflowWalkthrough)
#include "tst_workflowwalkthrough.moc"
