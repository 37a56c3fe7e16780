// privacydesk-cli policy show / set, through the real executable, on both engines.
#include "clirun.h"
#include "testdatabase.h"
#include "workflow/verificationservice.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestCliPolicy : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out, err;
    };
    static Run cli(const QStringList &args, const QString &password = {})
    {
        static QTemporaryDir home;
        QMap<QString, QString> env{{QStringLiteral("LANG"), QStringLiteral("C")}};
        if (!password.isEmpty())
            env.insert(QStringLiteral("PRIVACYDESK_PASSWORD"), password);
        const auto r = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(), args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}, env);
        return {r.exitCode, r.out, r.err};
    }

private Q_SLOTS:
    void showAndSet_data() { test::TestDatabase::addEngineRows(); }
    void showAndSet()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const QString url = db.url().toDisplayString();
        QCOMPARE(cli({QStringLiteral("--db"), url, QStringLiteral("demo"), QStringLiteral("--requests"), QStringLiteral("5")}).code, 0);

        const Run shown = cli({QStringLiteral("--db"), url, QStringLiteral("policy"), QStringLiteral("show")});
        QCOMPARE(shown.code, 0);
        QVERIFY2(shown.out.contains(QStringLiteral("access\taccount_login ; ")), qPrintable(shown.out));
        QVERIFY(shown.out.contains(QStringLiteral("explanation\t(no verification needed)")));

        const QStringList set{QStringLiteral("--db"), url, QStringLiteral("policy"), QStringLiteral("set"),
                              QStringLiteral("--type"), QStringLiteral("correction"), QStringLiteral("--alternatives"),
                              QStringLiteral("identity_document+sms_code")};
        // Wrong command lines are refused before the database is touched.
        QCOMPARE(cli(set).code, 2); // no --user
        QCOMPARE(cli({QStringLiteral("--db"), url, QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--type"),
                      QStringLiteral("correction"), QStringLiteral("--alternatives"), QStringLiteral("bogus"),
                      QStringLiteral("--user"), QStringLiteral("demo.admin")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("--db"), url, QStringLiteral("policy"), QStringLiteral("frob")}).code, 2);
        // An agent may not change it; a wrong password neither.
        const Run agent = cli(set + QStringList{QStringLiteral("--user"), QStringLiteral("demo.zhang.wei")}, QStringLiteral("demo-agent-1"));
        QCOMPARE(agent.code, 1);
        QVERIFY(agent.err.contains(QStringLiteral("administrator")));
        QCOMPARE(cli(set + QStringList{QStringLiteral("--user"), QStringLiteral("demo.admin")}, QStringLiteral("wrong-password")).code, 1);
        const auto before = VerificationService(db).policy().value();
        QCOMPARE(before.alternatives(RequestType::Correction).size(), 3);
        // The administrator can.
        const Run admin = cli(set + QStringList{QStringLiteral("--user"), QStringLiteral("demo.admin")}, QStringLiteral("demo-admin-1"));
        QVERIFY2(admin.code == 0, qPrintable(admin.err));
        QVERIFY(admin.out.contains(QStringLiteral("correction\tidentity_document+sms_code\n")));
        const auto after = VerificationService(db).policy().value();
        QCOMPARE(after.alternatives(RequestType::Correction),
                 (QList<QList<VerificationMethod>>{{VerificationMethod::IdentityDocument, VerificationMethod::SmsCode}}));
    }
};

QTEST_GUILESS_MAIN(TestCliPolicy)
#include "tst_cli_policy.moc"
