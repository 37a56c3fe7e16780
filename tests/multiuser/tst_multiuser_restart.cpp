// The server goes away in the middle of an edit and comes back: the window says so in a banner,
// the note typed meanwhile is kept and saved once (not twice) when the connection is back, and
// what the server had committed is still shown. Also: TLS through the address's sslmode.
// Each test runs a PostgreSQL cluster of its own, so restarting it disturbs no other test.
#include "common/localization.h"
#include "itemmodels/requestqueuemodel.h"
#include "mainwindow.h"
#include "pgcluster.h"
#include "requestactionsbar.h"
#include "requestdetailpanel.h"
#include "requestqueuepage.h"
#include "session/gateway.h"
#include "session/requestdesk.h"
#include "session/staffdesk.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "workflow/intakeservice.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

using namespace pd;

namespace {

const QString kPassword = QStringLiteral("restart-the-server-9");

std::unique_ptr<Session> signIn(const QString &url, const QString &username)
{
    auto gateway = Gateway::open(url);
    if (!gateway) {
        qWarning("%s", qPrintable(gateway.error()));
        return nullptr;
    }
    if (auto actor = (*gateway)->signInNow(username, kPassword); !actor) {
        qWarning("%s", qPrintable(actor.error()));
        return nullptr;
    }
    SessionOptions options;
    options.idleLockSeconds = 0;
    options.pollMs = 100;
    return (*gateway)->startSession(options);
}

int notesWith(const QString &url, const QString &body)
{
    Database db(DatabaseUrl::parse(url).value());
    if (!db.open())
        return -1;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM request_notes WHERE body = ?"));
    q.addBindValue(body);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestMultiuserRestart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverRestartMidEdit();
    void tlsThroughSslmode();
};

void TestMultiuserRestart::serverRestartMidEdit()
{
    PD_OWN_PG_CLUSTER(cluster, false, {});
    QVERIFY2(cluster.psql(QStringLiteral("CREATE DATABASE restartdb")), qPrintable(cluster.error()));
    const QString url = cluster.url(QStringLiteral("restartdb"));
    {
        auto gateway = Gateway::open(url);
        QVERIFY2(gateway, qPrintable(gateway.error()));
        QVERIFY((*gateway)->createFirstAdministratorNow(QStringLiteral("first.admin"), QStringLiteral("Admin"), kPassword));
    }
    qint64 id = 0;
    {
        auto admin = signIn(url, QStringLiteral("first.admin"));
        QVERIFY(admin);
        QVERIFY(admin->staff().create(QStringLiteral("wang.qiang"), QStringLiteral("王强"), Role::Supervisor, kPassword));
    }
    auto session = signIn(url, QStringLiteral("wang.qiang"));
    QVERIFY(session);
    {
        IntakeForm form;
        form.name = QStringLiteral("王芳");
        form.email = QStringLiteral("wang.fang@example.com");
        form.types = {RequestType::Access};
        form.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const auto made = session->requests().submit(form);
        QVERIFY2(made, qPrintable(made.error()));
        id = made->constFirst().id;
    }

    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    Localization localization;
    localization.setLanguage(QStringLiteral("en"));
    MainWindow window(std::move(session), localization, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RequestQueuePage *queue = window.queuePage();
    QVERIFY(test::settle(*queue->model()));
    QCOMPARE(queue->model()->rowCount(), 1);
    QSignalSpy shown(queue->detailPanel(), &RequestDetailPanel::viewShown);
    queue->showRequest(id);
    QVERIFY(shown.wait(5000));
    QVERIFY(!window.banner()->isVisible());

    // The server goes down; the user writes a note meanwhile.
    QVERIFY2(cluster.stop(), qPrintable(cluster.error()));
    const QString note = QStringLiteral("写于服务器重启期间 / typed while the server was down");
    RequestActionsBar *actions = queue->detailPanel()->actions();
    actions->addNote(note);
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->pendingWrites(), 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(window.banner()->isVisible(), 15000);
    QVERIFY2(window.banner()->text().contains(QStringLiteral("cannot be reached")), qPrintable(window.banner()->text()));
    QTRY_VERIFY2_WITH_TIMEOUT(window.banner()->text().contains(QStringLiteral("1 change waits")), qPrintable(window.banner()->text()),
                              5000);
    // What was shown stays shown.
    QCOMPARE(queue->model()->rowCount(), 1);

    // Back up: the note is saved by itself, once; the banner goes.
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    QTRY_COMPARE_WITH_TIMEOUT(window.session()->pendingWrites(), 0, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.banner()->isVisible(), 15000);
    QCOMPARE(notesWith(url, note), 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QString &text : queue->detailPanel()->historyTexts())
                if (text.endsWith(QLatin1Char('\n') + note))
                    return true;
            return false;
        }(),
        10000);
    // And the session works on: another note goes straight through.
    QSignalSpy changed(actions, &RequestActionsBar::changed);
    actions->addNote(QStringLiteral("after the restart"));
    QVERIFY(changed.wait(10000));
    QCOMPARE(notesWith(url, QStringLiteral("after the restart")), 1);
    QCOMPARE(notesWith(url, note), 1);
}

void TestMultiuserRestart::tlsThroughSslmode()
{
    PD_OWN_PG_CLUSTER(cluster, true, {});
    QVERIFY2(cluster.psql(QStringLiteral("CREATE DATABASE tlsdb")), qPrintable(cluster.error()));
    const auto encrypted = [](const QString &url) -> int {
        auto gateway = Gateway::open(url);
        if (!gateway) {
            qWarning("%s", qPrintable(gateway.error()));
            return -1;
        }
        Database db(DatabaseUrl::parse(url).value());
        if (!db.open())
            return -1;
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && q.next() ? int(q.value(0).toBool()) : -1;
    };
    QCOMPARE(encrypted(cluster.url(QStringLiteral("tlsdb")) + QStringLiteral("?sslmode=require")), 1);
    QCOMPARE(encrypted(cluster.url(QStringLiteral("tlsdb")) + QStringLiteral("?sslmode=disable")), 0);
    // A mode the driver does not know is refused with a message, before any connection.
    const auto wrong = Gateway::open(cluster.url(QStringLiteral("tlsdb")) + QStringLiteral("?sslmode=sometimes"));
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().contains(QStringLiteral("sslmode")), qPrintable(wrong.error()));
}

QTEST_MAIN(TestMultiuserRestart)
#include "tst_multiuser_restart.moc"
