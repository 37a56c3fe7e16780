// Renders the main screens in both languages into PNG files, for the README and for review.
// Usage: pd_screenshots OUTPUT_DIR   (runs on the offscreen platform)
#include "common/localization.h"
#include "filterbar.h"
#include "auditpage.h"
#include "intakedialog.h"
#include "logindialog.h"
#include "passworddialog.h"
#include "settingspage.h"
#include "staffpage.h"
#include "verificationpolicypage.h"
#include "workflow/staffservice.h"
#include "itemmodels/requestqueuemodel.h"
#include "mainwindow.h"
#include "requestdetailpanel.h"
#include "requestqueuepage.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"
#include "demo/demogenerator.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

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
    const auto url = pd::DatabaseUrl::sqliteFile(tmp.filePath(QStringLiteral("shots.db")));
    {
        pd::Database db(url);
        if (!db.open() || !pd::SchemaMigrator(db).migrate()) {
            std::fprintf(stderr, "cannot create the database\n");
            return 1;
        }
        const pd::WorkingDayCalendar calendar{};
        if (!pd::DemoGenerator(db, calendar).run({5000, 42, QDate::currentDate()})) {
            std::fprintf(stderr, "cannot load demo data\n");
            return 1;
        }
    }
    pd::AppSettings settings(tmp.filePath(QStringLiteral("settings.ini")));
    pd::Localization localization;
    for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        localization.setLanguage(lang);
        auto db = std::make_unique<pd::Database>(url);
        if (auto opened = db->open(); !opened)
            qFatal("%s", qPrintable(opened.error()));
        pd::MainWindow window(std::move(db), localization, settings);
        window.setActor(pd::Actor{0, QStringLiteral("wang.qiang"), pd::Role::Supervisor, QStringLiteral("王强")});
        window.resize(1440, 860);
        window.show();
        QTest::qWait(50);
        auto *queue = window.queuePage();
        queue->view()->setCurrentIndex(queue->model()->index(2, 0));
        queue->openCurrent();
        QTest::qWait(50);
        window.grab().save(out.filePath(QStringLiteral("queue_%1.png").arg(lang)));

        pd::QueueFilter filter;
        filter.dueWindow = pd::QueueFilter::DueWindow::Overdue;
        queue->filterBar()->setFilter(filter);
        queue->model()->setFilter(filter);
        QTest::qWait(50);
        window.grab().save(out.filePath(QStringLiteral("queue_overdue_%1.png").arg(lang)));

        // A proposal waiting for a supervisor: the detail panel's workflow buttons.
        pd::QueueFilter waiting;
        waiting.statuses = {pd::RequestStatus::AwaitingApproval};
        queue->filterBar()->setFilter(waiting);
        queue->model()->setFilter(waiting);
        queue->view()->setCurrentIndex(queue->model()->index(0, 0));
        queue->openCurrent();
        QTest::qWait(50);
        window.grab().save(out.filePath(QStringLiteral("approval_%1.png").arg(lang)));
        queue->filterBar()->clear();

        window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(1);
        QTest::qWait(300);
        window.grab().save(out.filePath(QStringLiteral("audit_%1.png").arg(lang)));
        window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(0);

        // Settings, as the demo administrator: the staff accounts and the verification policy
        // (with an unsaved edit), then the policy as an agent sees it.
        const auto adminAccount = pd::StaffService(window.database()).account(QStringLiteral("admin"));
        const auto agentAccount = pd::StaffService(window.database()).account(QStringLiteral("li.na"));
        if (adminAccount && agentAccount) {
            const pd::Actor supervisor = window.actor();
            window.setActor(pd::Actor{adminAccount->user.id, adminAccount->user.username, pd::Role::Administrator,
                                      adminAccount->user.displayName});
            // One deactivated account, to show both states.
            if (const auto emily = pd::StaffService(window.database()).account(QStringLiteral("emily.chen")); emily && emily->active)
                if (auto s = pd::StaffService(window.database()).setActive(QStringLiteral("emily.chen"), false, window.actor()); !s)
                    qWarning("%s", qPrintable(s.error()));
            window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(2);
            auto *settingsPage = window.settingsPage();
            settingsPage->showStaff();
            settingsPage->staffPage()->selectUsername(QStringLiteral("li.na"));
            QTest::qWait(50);
            window.grab().save(out.filePath(QStringLiteral("staff_%1.png").arg(lang)));

            settingsPage->showPolicy();
            auto *policy = settingsPage->policyPage();
            policy->selectType(pd::RequestType::Deletion);
            policy->addAlternative();
            const int row = int(pd::VerificationPolicyPage::policyMethods().indexOf(pd::VerificationMethod::SignedLetter));
            policy->matrix()->item(row, policy->matrix()->columnCount() - 1)->setCheckState(Qt::Checked);
            QTest::qWait(50);
            window.grab().save(out.filePath(QStringLiteral("policy_%1.png").arg(lang)));
            policy->reload();

            window.setActor(pd::Actor{agentAccount->user.id, agentAccount->user.username, pd::Role::Agent,
                                      agentAccount->user.displayName});
            policy->selectType(pd::RequestType::Access);
            QTest::qWait(50);
            window.grab().save(out.filePath(QStringLiteral("policy_readonly_%1.png").arg(lang)));

            pd::PasswordDialog password(window.database(), window.actor(), pd::PasswordDialog::Mode::ChangeOwn, {}, &window);
            password.show();
            password.findChild<QLineEdit *>(QStringLiteral("currentPasswordField"))->setText(QStringLiteral("wrong"));
            password.findChild<QLineEdit *>(QStringLiteral("newPasswordField"))->setText(QStringLiteral("new-password-1"));
            password.findChild<QLineEdit *>(QStringLiteral("repeatPasswordField"))->setText(QStringLiteral("new-password-1"));
            password.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QTest::qWait(50);
            password.grab().save(out.filePath(QStringLiteral("change_password_%1.png").arg(lang)));
            password.close();

            window.setActor(supervisor);
            window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(0);
        } else {
            std::fprintf(stderr, "no demo accounts: settings screenshots skipped\n");
        }

        pd::LoginDialog login(window.database(), &window);
        login.show();
        login.findChild<QLineEdit *>(QStringLiteral("usernameField"))->setText(QStringLiteral("li.na"));
        login.findChild<QLineEdit *>(QStringLiteral("passwordField"))->setText(QStringLiteral("wrong"));
        login.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTest::qWait(50);
        login.grab().save(out.filePath(QStringLiteral("login_%1.png").arg(lang)));
        login.close();

        pd::IntakeDialog dialog(window.database(), pd::WorkingDayCalendar{}, QStringLiteral("demo"), &window);
        dialog.resize(960, 640);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("nameField"))->setText(QStringLiteral("王芳"));
        dialog.findChild<QLineEdit *>(QStringLiteral("phoneField"))->setText(QStringLiteral("138 0013 800"));
        dialog.findChild<QLineEdit *>(QStringLiteral("emailField"))->setText(QStringLiteral("wang.fang@example"));
        dialog.findChild<QCheckBox *>(QStringLiteral("type_access"))->setChecked(true);
        dialog.findChild<QCheckBox *>(QStringLiteral("type_copy"))->setChecked(true);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTest::qWait(50);
        dialog.grab().save(out.filePath(QStringLiteral("intake_errors_%1.png").arg(lang)));
        dialog.findChild<QLineEdit *>(QStringLiteral("phoneField"))->setText(QStringLiteral("138 0013 8000"));
        dialog.findChild<QLineEdit *>(QStringLiteral("emailField"))->setText(QStringLiteral("wang.fang@example.com"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTest::qWait(20);
        dialog.close();
    }
    std::printf("screenshots written to %s\n", qPrintable(out.absolutePath()));
    return 0;
}
