// A shared server set up for least privilege, and a workstation switching databases in the middle
// of long work.
// - `privacydesk-cli server init` gives the app's login role what the app needs and no more: the
//   app and the CLI work as that role, while UPDATE, DELETE and TRUNCATE on the audit log, schema
//   changes and new tables are refused; even the owner cannot rewrite the log (a trigger).
// - Switching databases while the audit chain is being verified ends the old session's work, and
//   nothing of the old database stays open.
#include "auditpage.h"
#include "clirun.h"
#include "common/localization.h"
#include "mainwindow.h"
#include "session/gateway.h"
#include "session/requestdesk.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "testdatabase.h"
#include "workflow/intakeservice.h"

#include <QListWidget>
#include <QPointer>
#include <QSignalSpy>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pd;

namespace {

const QString kPassword = QStringLiteral("least-privilege-is-best");

// Runs one statement; returns the error, empty when it succeeded.
QString tryExec(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) ? QString() : q.lastError().text() + QStringLiteral(" [") + q.lastError().nativeErrorCode() + QLatin1Char(']');
}

} // namespace

class TestMultiuserServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }
    void leastPrivilegeRole();
    void switchWhileVerifying();

private:
    test::CliRun cli(const QStringList &args, const QMap<QString, QString> &env = {}) const
    {
        return test::runCli(QStringLiteral(PD_CLI_PATH), m_home.path(), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args, env);
    }
    QTemporaryDir m_home;
};

void TestMultiuserServer::leastPrivilegeRole()
{
    auto holder = test::TestDatabase::create(QStringLiteral("postgresql"));
    if (!holder)
        return;
    const QString role = QStringLiteral("pd_app_%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QString ownerUrl = holder->urlString();
    DatabaseUrl appAddress = holder->url();
    appAddress.user = role;
    appAddress.password.clear();
    const QString appUrl = appAddress.toDisplayString();

    // The owner prepares the server.
    const auto init = cli({QStringLiteral("--db"), ownerUrl, QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--app-role"), role},
                          {{QStringLiteral("PRIVACYDESK_APP_ROLE_PASSWORD"), QStringLiteral("role-password-1234")}});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err + init.out));
    QVERIFY2(init.out.contains(QStringLiteral("Created the role %1").arg(role)), qPrintable(init.out));
    QVERIFY2(init.out.contains(QStringLiteral("Insert and read only")) && init.out.contains(QStringLiteral("audit_log")), qPrintable(init.out));
    QVERIFY2(init.out.contains(role + QLatin1Char('@')), qPrintable(init.out)); // how to connect
    // Again: the role exists, its rights are set again.
    const auto again = cli({QStringLiteral("--db"), ownerUrl, QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--app-role"), role},
                           {{QStringLiteral("PRIVACYDESK_APP_ROLE_PASSWORD"), QStringLiteral("role-password-1234")}});
    QVERIFY2(again.exitCode == 0 && again.out.contains(QStringLiteral("exists")), qPrintable(again.err + again.out));
    // The owner (a superuser here) is no app role.
    const auto owner = cli({QStringLiteral("--db"), ownerUrl, QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--app-role"),
                            QStringLiteral("postgres")},
                           {{QStringLiteral("PRIVACYDESK_APP_ROLE_PASSWORD"), QStringLiteral("role-password-1234")}});
    QVERIFY(owner.exitCode != 0);
    QVERIFY2(owner.err.contains(QStringLiteral("least privilege")) || owner.err.contains(QStringLiteral("owner")), qPrintable(owner.err));

    // The app works as the role: the first administrator, a sign-in, a request, a note.
    {
        auto gateway = Gateway::open(appUrl);
        QVERIFY2(gateway, qPrintable(gateway.error()));
        QVERIFY((*gateway)->needsFirstAdministratorNow());
        const auto admin = (*gateway)->createFirstAdministratorNow(QStringLiteral("first.admin"), QStringLiteral("Admin"), kPassword);
        QVERIFY2(admin, qPrintable(admin.error()));
    }
    const auto added = cli({QStringLiteral("--db"), appUrl, QStringLiteral("--user"), QStringLiteral("first.admin"), QStringLiteral("user"),
                            QStringLiteral("add"), QStringLiteral("--username"), QStringLiteral("wang.qiang"), QStringLiteral("--display-name"),
                            QStringLiteral("王强"), QStringLiteral("--role"), QStringLiteral("supervisor")},
                           {{QStringLiteral("PRIVACYDESK_PASSWORD"), kPassword}, {QStringLiteral("PRIVACYDESK_NEW_PASSWORD"), kPassword}});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    {
        auto gateway = Gateway::open(appUrl);
        QVERIFY(gateway);
        QVERIFY((*gateway)->signInNow(QStringLiteral("wang.qiang"), kPassword));
        SessionOptions options;
        options.watchChanges = false;
        auto session = (*gateway)->startSession(options);
        IntakeForm form;
        form.name = QStringLiteral("王芳");
        form.email = QStringLiteral("wang.fang@example.com");
        form.types = {RequestType::Access};
        form.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        const auto made = session->requests().submit(form);
        QVERIFY2(made, qPrintable(made.error()));
        QVERIFY(session->requests().addNote(made->constFirst().id, QStringLiteral("works as the app role")).ok());
    }
    const auto listed = cli({QStringLiteral("--db"), appUrl, QStringLiteral("--user"), QStringLiteral("wang.qiang"), QStringLiteral("list")},
                            {{QStringLiteral("PRIVACYDESK_PASSWORD"), kPassword}});
    QVERIFY2(listed.exitCode == 0 && listed.out.contains(QStringLiteral("王芳")), qPrintable(listed.err + listed.out));
    const auto verified = cli({QStringLiteral("--db"), appUrl, QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err + verified.out));

    // What the role may not do: rewrite or empty the audit log, change the schema or its version.
    {
        Database app(appAddress);
        QVERIFY2(app.open(), "cannot connect as the app role");
        for (const QString &sql : {QStringLiteral("UPDATE audit_log SET actor = 'someone else'"),
                                   QStringLiteral("DELETE FROM audit_log"),
                                   QStringLiteral("TRUNCATE audit_log"),
                                   QStringLiteral("DELETE FROM audit_checkpoints"),
                                   QStringLiteral("UPDATE audit_checkpoints SET signature = ''"),
                                   QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'"),
                                   QStringLiteral("DROP TABLE requests"),
                                   QStringLiteral("ALTER TABLE requests ADD COLUMN evil text"),
                                   QStringLiteral("CREATE TABLE evil (x integer)")}) {
            const QString error = tryExec(app, sql);
            QVERIFY2(!error.isEmpty(), qPrintable(sql + QStringLiteral(" succeeded as the app role")));
            QVERIFY2(error.contains(QStringLiteral("42501")) || error.contains(QStringLiteral("42P01")) || error.contains(QStringLiteral("permission")),
                     qPrintable(sql + QStringLiteral(": ") + error));
        }
        QCOMPARE(tryExec(app, QStringLiteral("SELECT COUNT(*) FROM audit_log")), QString());
    }
    // Not even the owner rewrites history: the append-only trigger refuses it.
    {
        const QString error = tryExec(holder->db(), QStringLiteral("UPDATE audit_log SET actor = 'someone else'"));
        QVERIFY2(!error.isEmpty() && error.contains(QStringLiteral("append-only")), qPrintable(error));
        QVERIFY(!tryExec(holder->db(), QStringLiteral("DELETE FROM audit_log")).isEmpty());
    }
    // A schema the role would have to change: the app says to ask the owner, and changes nothing.
    const QString latest = QString::number(Gateway::schemaVersion());
    QCOMPARE(tryExec(holder->db(), QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(Gateway::schemaVersion() - 1)), QString());
    {
        const auto refused = Gateway::open(appUrl);
        QVERIFY(!refused);
        QVERIFY2(refused.errorKind() == ErrorKind::Denied, qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("server init")), qPrintable(refused.error()));
    }
    QCOMPARE(tryExec(holder->db(), QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(latest)), QString());
    QVERIFY(Gateway::open(appUrl));

    // The role goes with the test (after its database).
    const QString adminUrl = qEnvironmentVariable("PRIVACYDESK_TEST_PG_URL");
    holder.reset();
    Database admin(DatabaseUrl::parse(adminUrl).value());
    QVERIFY(admin.open());
    QCOMPARE(tryExec(admin, QStringLiteral("DROP ROLE %1").arg(role)), QString());
}

void TestMultiuserServer::switchWhileVerifying()
{
    QTemporaryDir dir;
    const QString first = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("first.db"));
    const QString second = QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("second.db"));
    for (const auto &[url, requests] : {std::pair{first, 3000}, std::pair{second, 5}}) {
        auto gateway = Gateway::open(url);
        QVERIFY2(gateway, qPrintable(gateway.error()));
        QVERIFY((*gateway)->loadDemoNow(requests, 7, {}));
    }
    const auto signIn = [](const QString &url) -> std::unique_ptr<Session> {
        auto gateway = Gateway::open(url);
        if (!gateway || !(*gateway)->signInNow(QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1")))
            return nullptr;
        SessionOptions options;
        options.idleLockSeconds = 0;
        return (*gateway)->startSession(options);
    };
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();

    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    Localization localization;
    localization.setLanguage(QStringLiteral("en"));
    {
        auto session = signIn(first);
        QVERIFY(session);
        MainWindow window(std::move(session), localization, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(1);
        QPointer<AuditPage> oldPage = window.auditPage();
        QVERIFY(test::settle(*window.session()));
        oldPage->verifyChain();
        QVERIFY(oldPage->isVerifying());

        // Switch while it runs: the old page and session go first, the verification is stopped.
        auto next = signIn(second);
        QVERIFY(next);
        window.setSession(std::move(next));
        QVERIFY(oldPage.isNull());
        QVERIFY(window.auditPage() && !window.auditPage()->isVerifying());
        QVERIFY(window.session()->databaseUrl().contains(QStringLiteral("second.db")));
        QVERIFY(test::settle(*window.session()));
        // The new database works.
        window.auditPage()->verifyChain();
        QSignalSpy finished(window.auditPage(), &AuditPage::verificationFinished);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.constFirst().constFirst().toBool());
    }
    // Every connection the sessions opened is closed and removed.
    QTRY_COMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
}

QTEST_MAIN(TestMultiuserServer)
#include "tst_multiuser_server.moc"
