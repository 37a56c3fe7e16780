// Renders the main screens in both languages into PNG files, for the README and for review.
// Usage: pd_screenshots OUTPUT_DIR   (runs on the offscreen platform)
//
// It goes through the same door as the app: a Gateway opens a fresh SQLite file and loads demo
// data; each window is a session signed in as one of the demo accounts.
#include "common/localization.h"
#include "bulkactions.h"
#include "bulkresultdialog.h"
#include "conflictdialog.h"
#include "importdialog.h"
#include "letterpreviewdialog.h"
#include "session/letterdesk.h"
#include "decisiondialog.h"
#include "databasepassworddialog.h"
#include "auditentrydialog.h"
#include "auditpage.h"
#include "itemmodels/auditlogmodel.h"
#include "filterbar.h"
#include "intakedialog.h"
#include "itemmodels/requestqueuemodel.h"
#include "lockscreen.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "erasuredialog.h"
#include "packagedialog.h"
#include "passworddialog.h"
#include "requestdetailpanel.h"
#include "requestqueuepage.h"
#include "session/gateway.h"
#include "session/reminderdesk.h"
#include "session/viewdesk.h"
#include "session/requestdesk.h"
#include "session/staffdesk.h"
#include "session/verificationdesk.h"
#include "settings/appsettings.h"
#include "remindersettingspage.h"
#include "sources/demoplatform.h"
#include "sourcespage.h"
#include "inventorypage.h"
#include "peoplepage.h"
#include "saveviewdialog.h"
#include "settingspage.h"
#include "staffpage.h"
#include "testdatabase.h"
#include "verificationpolicypage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <cstdio>

namespace {

std::unique_ptr<pd::Session> signIn(const QString &url, const QString &username, const QString &password)
{
    auto gateway = pd::Gateway::open(url);
    if (!gateway)
        qFatal("%s", qPrintable(gateway.error()));
    if (auto actor = (*gateway)->signInNow(username, password); !actor)
        qFatal("%s: %s", qPrintable(username), qPrintable(actor.error()));
    pd::SessionOptions options;
    options.idleLockSeconds = 0;
    return (*gateway)->startSession(options);
}

// A session whose clock runs `days` ahead (the reminders are due after days of waiting).
std::unique_ptr<pd::Session> signInLater(const QString &url, const QString &username, const QString &password, int days)
{
    auto gateway = pd::Gateway::open(url);
    if (!gateway)
        qFatal("%s", qPrintable(gateway.error()));
    if (auto actor = (*gateway)->signInNow(username, password); !actor)
        qFatal("%s: %s", qPrintable(username), qPrintable(actor.error()));
    pd::SessionOptions options;
    options.idleLockSeconds = 0;
    options.clock = [days] { return QDateTime::currentDateTimeUtc().addDays(days); };
    return (*gateway)->startSession(options);
}

// Lets every answer arrive and the window paint it.
void settle(pd::MainWindow &window)
{
    for (int i = 0; i < 3; ++i) {
        pd::test::settle(*window.session());
        if (auto *queue = window.queuePage())
            pd::test::settle(*queue->model());
        QTest::qWait(30);
    }
}

void save(QWidget &widget, const QDir &out, const QString &name, const QString &lang)
{
    widget.grab().save(out.filePath(QStringLiteral("%1_%2.png").arg(name, lang)));
}

void openRow(pd::MainWindow &window, int row)
{
    auto *queue = window.queuePage();
    pd::test::loaded(*queue->model(), row, 0);
    queue->view()->setCurrentIndex(queue->model()->index(row, 0));
    queue->openCurrent();
    settle(window);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    if (argc < 2) {
        std::fprintf(stderr, "usage: pd_screenshots OUTPUT_DIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.absolutePath());
    QTemporaryDir tmp;
    const QString url = QStringLiteral("sqlite://") + tmp.filePath(QStringLiteral("shots.db"));
    {
        auto gateway = pd::Gateway::open(url);
        if (!gateway)
            qFatal("%s", qPrintable(gateway.error()));
        if (auto loaded = (*gateway)->loadDemoNow(5000, 42, {}); !loaded)
            qFatal("%s", qPrintable(loaded.error()));
    }
    // A real (not demo) request whose requester never verified: reminded, then proposed for closing.
    QString waitingReference;
    {
        const auto now = signIn(url, QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1"));
        pd::IntakeForm form;
        form.name = QStringLiteral("周敏");
        form.phone = QStringLiteral("13700137000");
        form.types = {pd::RequestType::Access};
        form.receivedAt = QDateTime::currentDateTime().addSecs(-3600);
        const auto made = now->requests().submit(form);
        if (!made)
            qFatal("%s", qPrintable(made.error()));
        const pd::Request r = made->constFirst();
        waitingReference = r.reference;
        if (auto s = now->requests().perform(r.id, r.version, pd::RequestAction::StartVerification); !s)
            qFatal("%s", qPrintable(s.error()));
        for (int days : {2, 9})
            if (auto swept = signInLater(url, QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1"), days)
                                 ->reminders()
                                 .sweep();
                !swept)
                qFatal("%s", qPrintable(swept.error()));
    }
    // A verified copy request of the demo platform's heavy user, for the "Data package…" dialog.
    qint64 copyRequest = 0;
    {
        const auto now = signIn(url, QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1"));
        pd::IntakeForm form;
        form.personId = pd::DemoPlatform::kHeavyOffset + 1;
        form.types = {pd::RequestType::Copy};
        form.receivedAt = QDateTime::currentDateTime().addSecs(-7200);
        const auto made = now->requests().submit(form);
        if (!made)
            qFatal("%s", qPrintable(made.error()));
        pd::Request r = made->constFirst();
        r = now->requests().perform(r.id, r.version, pd::RequestAction::StartVerification).value();
        if (auto s = now->verification().overrideVerification(r.id, QStringLiteral("came in person with an ID card")); !s)
            qFatal("%s", qPrintable(s.error()));
        if (auto s = now->requests().perform(r.id, r.version, pd::RequestAction::MarkVerified); !s)
            qFatal("%s", qPrintable(s.error()));
        copyRequest = r.id;
    }
    // An approved deletion for the same person, for the "Erase…" dialog's dry run.
    qint64 deletionRequest = 0;
    {
        const auto now = signIn(url, QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1"));
        pd::IntakeForm form;
        form.personId = pd::DemoPlatform::kHeavyOffset + 1;
        form.types = {pd::RequestType::Deletion};
        form.receivedAt = QDateTime::currentDateTime().addSecs(-5400);
        const auto made = now->requests().submit(form);
        if (!made)
            qFatal("%s", qPrintable(made.error()));
        pd::Request r = made->constFirst();
        r = now->requests().perform(r.id, r.version, pd::RequestAction::StartVerification).value();
        if (auto s = now->verification().overrideVerification(r.id, QStringLiteral("came in person with an ID card")); !s)
            qFatal("%s", qPrintable(s.error()));
        r = now->requests().perform(r.id, r.version, pd::RequestAction::MarkVerified).value();
        const auto agent = signIn(url, QStringLiteral("demo.zhang.wei"), QStringLiteral("demo-agent-1"));
        r = agent->requests().perform(r.id, r.version, pd::RequestAction::ProposeDeletion, {QStringLiteral("everything we hold"), {}, {}}).value();
        if (auto s = now->requests().perform(r.id, r.version, pd::RequestAction::Approve); !s)
            qFatal("%s", qPrintable(s.error()));
        deletionRequest = r.id;
    }
    pd::AppSettings settings(tmp.filePath(QStringLiteral("settings.ini")));
    pd::Localization localization;
    for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        localization.setLanguage(lang);
        {
            pd::MainWindow window(signIn(url, QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1")),
                                  localization, settings);
            window.resize(1440, 860);
            window.show();
            settle(window);
            auto *queue = window.queuePage();
            openRow(window, 2);
            save(window, out, QStringLiteral("queue"), lang);

            // The phone number revealed (audited), the others still masked.
            if (auto *reveal = queue->detailPanel()->revealButton(pd::PersonField::Phone)) {
                reveal->click();
                settle(window);
                save(window, out, QStringLiteral("revealed"), lang);
            }

            pd::QueueFilter filter;
            filter.dueWindow = pd::QueueFilter::DueWindow::Overdue;
            queue->filterBar()->setFilter(filter);
            queue->model()->setFilter(filter);
            settle(window);
            save(window, out, QStringLiteral("queue_overdue"), lang);

            // A proposal waiting for a supervisor: the detail panel's workflow buttons.
            pd::QueueFilter waiting;
            waiting.statuses = {pd::RequestStatus::AwaitingApproval};
            queue->filterBar()->setFilter(waiting);
            queue->model()->setFilter(waiting);
            settle(window);
            openRow(window, 0);
            save(window, out, QStringLiteral("approval"), lang);
            if (const auto &view = queue->detailPanel()->view()) {
                pd::DecisionDialog decision(*view, pd::RequestAction::Approve, &window);
                decision.show();
                QTest::qWait(30);
                save(decision, out, QStringLiteral("decision"), lang);
            }
            // The panel scrolled down to the history.
            if (auto *scroll = queue->detailPanel()->findChild<QScrollArea *>()) {
                scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
                settle(window);
                save(*queue->detailPanel(), out, QStringLiteral("history"), lang);
                scroll->verticalScrollBar()->setValue(0);
            }

            // Someone else changed it first: the conflict dialog beside the stored version.
            if (const auto &view = queue->detailPanel()->view()) {
                pd::ConflictDialog conflict(pd::requestActions().label(pd::RequestAction::Approve), *view, &window);
                conflict.show();
                QTest::qWait(30);
                save(conflict, out, QStringLiteral("conflict"), lang);
            }
            queue->filterBar()->clear();
            settle(window);

            // Proposed for closing as unverifiable: out of the default view, found by its reference.
            {
                pd::QueueFilter byReference;
                byReference.text = waitingReference;
                queue->filterBar()->setFilter(byReference);
                queue->model()->setFilter(byReference);
                settle(window);
                openRow(window, 0);
                QTest::qWait(300);
                settle(window);
                save(window, out, QStringLiteral("reminder"), lang);
                queue->filterBar()->clear();
                queue->model()->setFilter({});
                settle(window);
            }
            // Intake for the same person and type: flagged as a repeat, with the link offered.
            {
                pd::IntakeDialog dialog(*window.session(), &window);
                dialog.resize(960, 760);
                dialog.show();
                auto *lookup = dialog.findChild<QLineEdit *>(QStringLiteral("lookupField"));
                lookup->setText(QStringLiteral("13700137000"));
                QTest::keyClick(lookup, Qt::Key_Return);
                settle(window);
                dialog.findChild<QCheckBox *>(QStringLiteral("type_access"))->setChecked(true);
                settle(window);
                QTest::qWait(30);
                save(dialog, out, QStringLiteral("intake_duplicate"), lang);
                dialog.reject();
            }
            // Saving a view (a supervisor may not share it: the box says why).
            {
                pd::SaveViewDialog dialog(QStringLiteral("逾期的删除请求"), false,
                                          pd::ViewDesk::whyNotShare(pd::Role::Supervisor), &window);
                dialog.show();
                QTest::qWait(30);
                save(dialog, out, QStringLiteral("save_view"), lang);
            }

            // Bulk actions: three rows selected, a priority set for all, and what became of each.
            queue->view()->selectionModel()->select(QItemSelection(queue->model()->index(0, 0), queue->model()->index(2, 0)),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            settle(window);
            {
                QList<qint64> ids;
                for (const pd::Request &r : queue->selectedRequests())
                    ids << r.id;
                // The closed one at the end refuses it: the list shows why.
                pd::QueueFilter closed;
                closed.statuses = {pd::RequestStatus::Completed};
                queue->model()->setFilter(closed);
                settle(window);
                ids << queue->model()->requestId(0);
                queue->model()->setFilter(queue->filterBar()->filter());
                settle(window);
                queue->bulkActions()->apply(ids, pd::BulkChange{pd::BulkChange::Kind::Priority, {}, 0, pd::Priority::High},
                                            pd::BulkActions::priorityTitle(pd::Priority::High));
                settle(window);
                if (auto *result = queue->findChild<pd::BulkResultDialog *>()) {
                    QTest::qWait(30);
                    save(*result, out, QStringLiteral("bulk_result"), lang);
                    result->close();
                    delete result;
                }
            }

            // A CSV import with one wrong row: the preview says which and why.
            {
                const QString csv = tmp.filePath(QStringLiteral("webform.csv"));
                QFile file(csv);
                if (file.open(QIODevice::WriteOnly))
                    file.write(QStringLiteral("提交时间,请求类型,姓名,手机号,邮箱,内容\n"
                                              "2026-11-30 09:12,查阅,王芳,13812345678,,请提供我的全部个人信息\n"
                                              "2026-11-30 10:40,删除,李娜,12345,,请删除我的账号数据\n"
                                              "2026-12-01,access,Emily Chen,,emily@example.org,\"Please send me\na copy\"\n")
                                   .toUtf8());
                file.close();
                pd::ImportDialog import(*window.session(), &window);
                import.show();
                import.loadFile(csv);
                settle(window);
                QTest::qWait(50);
                save(import, out, QStringLiteral("import"), lang);
            }

            // A letter shown inside the app.
            {
                queue->model()->setFilter({});
                settle(window);
                const qint64 id = queue->model()->requestId(0);
                if (const auto letter = window.session()->letters().write(id, pd::LetterKind::Acknowledgement)) {
                    if (const auto pdf = window.session()->letters().pdf(letter->id)) {
                        pd::LetterPreviewDialog preview(pdf.value(), QStringLiteral("%1 · %2").arg(queue->model()->data(queue->model()->index(0, 0)).toString(),
                                                                                              pd::letterKinds().label(pd::LetterKind::Acknowledgement)),
                                                        QStringLiteral("letter.pdf"), &window);
                        preview.resize(820, 900);
                        preview.show();
                        QTest::qWait(300);
                        save(preview, out, QStringLiteral("letter_preview"), lang);
                    }
                }
            }

            // A data package written, its password shown once.
            if (const auto view = window.session()->requests().view(copyRequest, pd::RequestDesk::Purpose::Refresh)) {
                pd::PackageDialog dialog(*window.session(), view.value(), &window);
                dialog.show();
                dialog.findChild<QLineEdit *>(QStringLiteral("packagePath"))->setText(tmp.filePath(lang + QStringLiteral(".zip")));
                QSignalSpy created(&dialog, &pd::PackageDialog::packageCreated);
                QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("createPackage")), Qt::LeftButton);
                created.wait(30000);
                settle(window);
                QTest::qWait(100);
                save(dialog, out, QStringLiteral("package_dialog"), lang);
            }

            // The dry run of an approved deletion: what goes, what the law keeps and until when.
            if (const auto view = window.session()->requests().view(deletionRequest, pd::RequestDesk::Purpose::Refresh)) {
                pd::ErasureDialog dialog(*window.session(), view.value(), &window);
                dialog.resize(1180, 520);
                dialog.show();
                for (int i = 0; i < 300 && dialog.isRunning(); ++i)
                    QTest::qWait(100);
                settle(window);
                QTest::qWait(100);
                save(dialog, out, QStringLiteral("erasure_dialog"), lang);
            }

            // The database cannot be reached: the banner (shown here as the session reports it).
            Q_EMIT window.session()->connectionLost(QStringLiteral("could not connect to server: Connection refused"), 8);
            settle(window);
            save(window, out, QStringLiteral("connection_lost"), lang);
            Q_EMIT window.session()->connectionRestored();

            // Everything held about a person: the demo platform's heavy user (the 8th person), the
            // log category with its legal minimum, then the account with its password only as set.
            window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(1);
            if (auto *people = window.peoplePage()) {
                QSignalSpy shown(people, &pd::PeoplePage::holdingsShown);
                people->showPerson(pd::DemoPlatform::kHeavyOffset + 1);
                shown.wait(20000);
                settle(window);
                for (int i = 0; i < people->categories()->topLevelItemCount(); ++i) {
                    QTreeWidgetItem *item = people->categories()->topLevelItem(i);
                    if (item->childCount() > 0 && item->data(0, Qt::UserRole).toString() == QLatin1String("log"))
                        people->categories()->setCurrentItem(item->child(0));
                }
                settle(window);
                save(window, out, QStringLiteral("people"), lang);
                people->categories()->setCurrentItem(people->categories()->topLevelItem(0)->child(0));
                settle(window);
                save(window, out, QStringLiteral("people_account"), lang);
            }

            window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(2);
            settle(window);
            QTest::qWait(200);
            save(window, out, QStringLiteral("audit"), lang);
            // An entry opened: before and after side by side (a status change, if one is near the top).
            if (auto *audit = window.auditPage()) {
                int row = 0;
                for (int r = 0; r < std::min(40, audit->model()->rowCount()); ++r)
                    if (pd::test::loaded(*audit->model(), r, 0, pd::AuditLogModel::BeforeJsonRole).toString().contains(QLatin1String("status"))) {
                        row = r;
                        break;
                    }
                pd::AuditEntryDialog entry(audit->model()->index(row, 0), &window);
                entry.show();
                QTest::qWait(30);
                save(entry, out, QStringLiteral("audit_entry"), lang);
            }
            window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(0);

            // Idle too long: the lock screen hides everything.
            window.session()->lock();
            settle(window);
            window.lockScreen()->passwordField()->setText(QStringLiteral("wrong password"));
            window.lockScreen()->unlock();
            settle(window);
            QTest::qWait(100);
            settle(window);
            save(window, out, QStringLiteral("locked"), lang);
        }
        {
            // Settings, as the demo administrator: the staff accounts (one deactivated) and the
            // verification policy with an unsaved edit.
            pd::MainWindow window(signIn(url, QStringLiteral("demo.admin"), QStringLiteral("demo-admin-1")), localization,
                                  settings);
            window.resize(1440, 860);
            window.show();
            if (const auto emily = window.session()->staff().account(QStringLiteral("demo.emily.chen")); emily && emily->active)
                if (auto s = window.session()->staff().setActive(QStringLiteral("demo.emily.chen"), false); !s)
                    qWarning("%s", qPrintable(s.error()));
            window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(3);
            auto *settingsPage = window.settingsPage();
            settingsPage->showStaff();
            settle(window);
            settingsPage->staffPage()->selectUsername(QStringLiteral("demo.li.na"));
            settle(window);
            save(window, out, QStringLiteral("staff"), lang);

            settingsPage->showPolicy();
            settle(window);
            auto *policy = settingsPage->policyPage();
            policy->selectType(pd::RequestType::Deletion);
            policy->addAlternative();
            const int row = int(pd::VerificationPolicyPage::policyMethods().indexOf(pd::VerificationMethod::SignedLetter));
            policy->matrix()->item(row, policy->matrix()->columnCount() - 1)->setCheckState(Qt::Checked);
            settle(window);
            save(window, out, QStringLiteral("policy"), lang);
            policy->reload();
            settle(window);
            settingsPage->tabs()->setCurrentWidget(settingsPage->remindersPage());
            settle(window);
            save(window, out, QStringLiteral("reminders"), lang);
            // The demo platform as a source: the account look-up, tested for one person.
            settingsPage->tabs()->setCurrentWidget(settingsPage->sourcesPage());
            settle(window);
            if (auto *sources = settingsPage->sourcesPage()) {
                QSignalSpy tested(sources, &pd::SourcesPage::tested);
                sources->findChild<QLineEdit *>(QStringLiteral("testPerson"))->setText(QStringLiteral("u10000008"));
                sources->test();
                tested.wait(20000);
                settle(window);
                save(window, out, QStringLiteral("sources"), lang);
            }
            settingsPage->tabs()->setCurrentWidget(settingsPage->inventoryPage());
            settle(window);
            save(window, out, QStringLiteral("inventory"), lang);
            // One category in its own dialog (the account category: fields with a secret).
            settingsPage->inventoryPage()->table()->setCurrentCell(0, 0);
            QTest::mouseClick(settingsPage->inventoryPage()->editCategoryButton(), Qt::LeftButton);
            if (QDialog *category = settingsPage->inventoryPage()->categoryDialog()) {
                settle(window);
                QTest::qWait(100);
                save(*category, out, QStringLiteral("inventory_category"), lang);
                category->reject();
            }

            pd::IntakeDialog dialog(*window.session(), &window);
            dialog.resize(960, 640);
            dialog.show();
            dialog.findChild<QLineEdit *>(QStringLiteral("nameField"))->setText(QStringLiteral("王芳"));
            dialog.findChild<QLineEdit *>(QStringLiteral("phoneField"))->setText(QStringLiteral("138 0013 800"));
            dialog.findChild<QLineEdit *>(QStringLiteral("emailField"))->setText(QStringLiteral("wang.fang@example"));
            dialog.findChild<QCheckBox *>(QStringLiteral("type_access"))->setChecked(true);
            dialog.findChild<QCheckBox *>(QStringLiteral("type_copy"))->setChecked(true);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            settle(window);
            save(dialog, out, QStringLiteral("intake_errors"), lang);
            dialog.reject();
        }
        {
            // The policy as an agent sees it, and an agent's wrong current password.
            pd::MainWindow window(signIn(url, QStringLiteral("demo.li.na"), QStringLiteral("demo-agent-2")), localization,
                                  settings);
            window.resize(1440, 860);
            window.show();
            window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(3);
            window.settingsPage()->showPolicy();
            settle(window);
            window.settingsPage()->policyPage()->selectType(pd::RequestType::Access);
            settle(window);
            save(window, out, QStringLiteral("policy_readonly"), lang);

            pd::PasswordDialog password(*window.session(), pd::PasswordDialog::Mode::ChangeOwn, {}, &window);
            password.show();
            password.findChild<QLineEdit *>(QStringLiteral("currentPasswordField"))->setText(QStringLiteral("wrong"));
            password.findChild<QLineEdit *>(QStringLiteral("newPasswordField"))->setText(QStringLiteral("password1234"));
            password.findChild<QLineEdit *>(QStringLiteral("repeatPasswordField"))->setText(QStringLiteral("password1234"));
            password.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            settle(window);
            QTest::qWait(50);
            save(password, out, QStringLiteral("change_password"), lang);
            password.reject();

            auto gateway = pd::Gateway::open(url);
            if (!gateway)
                qFatal("%s", qPrintable(gateway.error()));
            pd::LoginDialog login(**gateway, &window);
            login.show();
            login.findChild<QLineEdit *>(QStringLiteral("usernameField"))->setText(QStringLiteral("demo.li.na"));
            login.findChild<QLineEdit *>(QStringLiteral("passwordField"))->setText(QStringLiteral("wrong"));
            login.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QElapsedTimer waited;
            waited.start();
            while (login.isBusy() && waited.elapsed() < 10000)
                QTest::qWait(20);
            save(login, out, QStringLiteral("login"), lang);
            login.reject();

            // A shared server's password, after the server refused the one typed.
            pd::DatabasePasswordDialog password2(QStringLiteral("postgresql://privacydesk_app@dbserver:5432/privacydesk"), &window);
            password2.setPassword(QStringLiteral("typed before"));
            password2.setRemember(true);
            password2.setProblem(QStringLiteral("FATAL:  password authentication failed for user \"privacydesk_app\""));
            password2.show();
            QTest::qWait(30);
            save(password2, out, QStringLiteral("database_password"), lang);
            password2.reject();
        }
    }
    std::printf("screenshots written to %s\n", qPrintable(out.absolutePath()));
    return 0;
}
