// Renders the main screens in both languages into PNG files, for the README and for review.
// Usage: pd_screenshots OUTPUT_DIR   (runs on the offscreen platform)
#include "common/localization.h"
#include "filterbar.h"
#include "auditpage.h"
#include "intakedialog.h"
#include "logindialog.h"
#include "itemmodels/requestqueuemodel.h"
#include "mainwindow.h"
#include "requestdetailpanel.h"
#include "requestqueuepage.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"
#include "workflow/demogenerator.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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
        db->open();
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
