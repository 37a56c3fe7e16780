// The main window across sessions: a queue's filters belong to the database (and the member of
// staff) they were set on, and File ▸ Recent databases lists only what the signed-in member of
// staff opened.
#include "common/localization.h"
#include "filterbar.h"
#include "itemmodels/requestqueuemodel.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "requestqueuepage.h"
#include "session/gateway.h"
#include "settings/appsettings.h"
#include "logindialog.h"
#include "modalhandler.h"
#include "testdatabase.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QMenu>
#include <QMenuBar>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString demoDatabase(const QString &name, qint64 requests = 60)
    {
        const QString url = QStringLiteral("sqlite://") + m_dir.filePath(name);
        auto gateway = Gateway::open(url);
        if (!gateway || !(*gateway)->loadDemoNow(requests, 11, {}).ok())
            return {};
        return url;
    }
    static std::unique_ptr<Session> signIn(const QString &url, const QString &user, const QString &password)
    {
        auto gateway = Gateway::open(url);
        if (!gateway || !(*gateway)->signInNow(user, password).ok())
            return nullptr;
        SessionOptions options;
        options.idleLockSeconds = 0;
        return (*gateway)->startSession(options);
    }
    static QStringList recentMenu(MainWindow &window)
    {
        QStringList out;
        for (QAction *menu : window.menuBar()->actions())
            for (QAction *a : menu->menu()->actions())
                if (a->menu() && a->menu()->objectName() == QLatin1String("recentMenu"))
                    for (QAction *recent : a->menu()->actions())
                        out << recent->text();
        return out;
    }
    static void search(MainWindow &window, const QString &text)
    {
        QLineEdit *field = window.queuePage()->filterBar()->searchField();
        field->setText(text);
        QTest::keyClick(field, Qt::Key_Return);
    }

private Q_SLOTS:
    // A gateway whose database went to the session it started refuses a second sign-in with a
    // message (it crashed before).
    void gatewayServesOneSession()
    {
        const QString url = demoDatabase(QStringLiteral("one.db"), 3);
        QVERIFY(!url.isEmpty());
        auto gateway = Gateway::open(url);
        QVERIFY(gateway);
        QVERIFY((*gateway)->signInNow(QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1")));
        SessionOptions options;
        options.idleLockSeconds = 0;
        const auto session = (*gateway)->startSession(options);
        QVERIFY(session);
        const auto again = (*gateway)->signInNow(QStringLiteral("demo.zhang.wei"), QStringLiteral("demo-agent-1"));
        QVERIFY(!again);
        QVERIFY(!again.error().isEmpty());
        QCOMPARE(session->actor().username, QStringLiteral("demo.wang.qiang"));
    }

    // File ▸ Import requests from CSV… opens the import dialog over the queue (the file chooser
    // it starts with is cancelled here), and the export is there too.
    void fileMenuHasImportAndExport()
    {
        const QString url = demoDatabase(QStringLiteral("menu.db"), 5);
        QVERIFY(!url.isEmpty());
        AppSettings settings(m_dir.filePath(QStringLiteral("menu.ini")));
        Localization localization;
        localization.setLanguage(QStringLiteral("en"));
        MainWindow window(signIn(url, QStringLiteral("demo.zhang.wei"), QStringLiteral("demo-agent-1")), localization, settings);
        window.show();
        auto *import = window.findChild<QAction *>(QStringLiteral("importRequestsAction"));
        auto *exportQueue = window.findChild<QAction *>(QStringLiteral("exportQueueAction"));
        QVERIFY(import && exportQueue);
        QVERIFY(import->isEnabled() && !import->text().isEmpty() && !exportQueue->text().isEmpty());
        test::ModalHandler cancel([](QWidget *dialog, int) {
            if (auto *d = qobject_cast<QDialog *>(dialog))
                d->reject();
        });
        import->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.queuePage()->findChild<ImportDialog *>() != nullptr, 5000);
        auto *dialog = window.queuePage()->findChild<ImportDialog *>();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(cancel.seen() >= 1, 5000); // the file chooser came and went
        QVERIFY(!dialog->canImport());
        dialog->close();
    }

    void filtersBelongToTheirDatabase()
    {
        const QString a = demoDatabase(QStringLiteral("a.db"));
        const QString b = demoDatabase(QStringLiteral("b.db"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        AppSettings settings(m_dir.filePath(QStringLiteral("filters.ini")));
        Localization localization;
        localization.setLanguage(QStringLiteral("en"));
        MainWindow window(signIn(a, QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1")), localization, settings);
        window.show();
        search(window, QStringLiteral("王"));
        QTRY_COMPARE(window.queuePage()->model()->filter().text, QStringLiteral("王"));

        // Another database opens with its own (here: no) filters, not looking empty.
        window.setSession(signIn(b, QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1")));
        QCOMPARE(window.queuePage()->filterBar()->searchField()->text(), QString());
        QCOMPARE(window.queuePage()->model()->filter(), QueueFilter());
        QVERIFY(test::settle(*window.queuePage()->model()));
        QCOMPARE(window.queuePage()->model()->rowCount(), 60);

        // Another member of staff on the first database has theirs too.
        window.setSession(signIn(a, QStringLiteral("demo.zhang.wei"), QStringLiteral("demo-agent-1")));
        QCOMPARE(window.queuePage()->filterBar()->searchField()->text(), QString());

        // Back on the first database, the first one's search is still there.
        window.setSession(signIn(a, QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1")));
        QCOMPARE(window.queuePage()->filterBar()->searchField()->text(), QStringLiteral("王"));
        QCOMPARE(window.queuePage()->model()->filter().text, QStringLiteral("王"));
    }

    void recentDatabasesPerStaffMember()
    {
        const QString a = demoDatabase(QStringLiteral("ra.db"));
        const QString b = demoDatabase(QStringLiteral("rb.db"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        AppSettings settings(m_dir.filePath(QStringLiteral("recent.ini")));
        Localization localization;
        localization.setLanguage(QStringLiteral("en"));
        MainWindow window(signIn(a, QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1")), localization, settings);
        window.setSession(signIn(b, QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1")));
        const QString nameA = window.session()->databaseName().replace(QStringLiteral("rb.db"), QStringLiteral("ra.db"));
        const QString nameB = window.session()->databaseName();
        QCOMPARE(recentMenu(window), (QStringList{nameB, nameA}));
        // Someone else at the same computer sees only what they opened.
        window.setSession(signIn(b, QStringLiteral("demo.zhang.wei"), QStringLiteral("demo-agent-1")));
        QCOMPARE(recentMenu(window), QStringList{nameB});
        window.setSession(signIn(a, QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1")));
        QCOMPARE(recentMenu(window), (QStringList{nameA, nameB}));
        // The settings file holds no database path in plain text outside the user's own list.
        settings.sync();
        QFile file(m_dir.filePath(QStringLiteral("recent.ini")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(!stored.contains("demo.zhang.wei"));
        QVERIFY(!stored.contains("demo.wang.qiang"));
    }

    void refreshKeepsTheSelection()
    {
        const QString a = demoDatabase(QStringLiteral("f5.db"));
        QVERIFY(!a.isEmpty());
        AppSettings settings(m_dir.filePath(QStringLiteral("f5.ini")));
        Localization localization;
        localization.setLanguage(QStringLiteral("en"));
        MainWindow window(signIn(a, QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1")), localization, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RequestQueuePage *queue = window.queuePage();
        QVERIFY(test::settle(*queue->model()));
        QTableView *view = queue->view();
        view->setFocus();
        view->selectionModel()->select(queue->model()->index(3, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->select(queue->model()->index(5, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(queue->model()->index(5, 0), QItemSelectionModel::NoUpdate);
        const qint64 current = queue->model()->requestId(5);
        const QSet<qint64> selected{queue->model()->requestId(3), current};
        // F5, as a user presses it: the queue is read again (its count arrives again).
        QSignalSpy recounted(queue->model(), &RequestQueueModel::countChanged);
        QTest::keyClick(view, Qt::Key_F5);
        QVERIFY(recounted.wait(5000) || recounted.count() > 0);
        QVERIFY(test::settle(*window.session()));
        QVERIFY(test::settle(*queue->model()));
        QCOMPARE(queue->model()->requestId(view->currentIndex().row()), current);
        QSet<qint64> after;
        for (const QModelIndex &index : view->selectionModel()->selectedRows())
            after.insert(queue->model()->requestId(index.row()));
        QCOMPARE(after, selected);
    }

    void numbersInTheStatusBarUseTheLocale()
    {
        const QString a = demoDatabase(QStringLiteral("numbers.db"), 1200);
        QVERIFY(!a.isEmpty());
        AppSettings settings(m_dir.filePath(QStringLiteral("numbers.ini")));
        Localization localization;
        localization.setLanguage(QStringLiteral("en"));
        MainWindow window(signIn(a, QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1")), localization, settings);
        window.show();
        QVERIFY(test::settle(*window.queuePage()->model()));
        auto *summary = window.findChild<QLabel *>(QStringLiteral("queueSummary"));
        QTRY_VERIFY2(summary->text().startsWith(QStringLiteral("1,200 requests")), qPrintable(summary->text()));
        window.setLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY2(summary->text().startsWith(QStringLiteral("1,200 个请求")), qPrintable(summary->text()));
        window.setLanguage(QStringLiteral("en"));
    }

    void signOutAndSwitchUser()
    {
        const QString a = demoDatabase(QStringLiteral("so.db"));
        QVERIFY(!a.isEmpty());
        AppSettings settings(m_dir.filePath(QStringLiteral("signout.ini")));
        Localization localization;
        localization.setLanguage(QStringLiteral("en"));
        MainWindow window(signIn(a, QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1")), localization, settings);
        window.show();
        QAction *signOut = window.findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut && signOut->isEnabled());
        // The sign-in dialog comes up on the same database; another member of staff signs in.
        test::ModalHandler answer([](QWidget *dialog, int) {
            auto *login = qobject_cast<LoginDialog *>(dialog);
            QVERIFY(login);
            login->findChild<QLineEdit *>(QStringLiteral("usernameField"))->setText(QStringLiteral("demo.zhang.wei"));
            login->findChild<QLineEdit *>(QStringLiteral("passwordField"))->setText(QStringLiteral("demo-agent-1"));
            login->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        signOut->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->actor().username == QLatin1String("demo.zhang.wei"), 10000);
        QCOMPARE(answer.seen(), 1);
        QVERIFY(window.queuePage());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
