// The system keychain for real: run inside a D-Bus session of its own with an unlocked GNOME
// keyring in a temp home (tests/keychain/with-keyring.sh). Remembered database passwords are
// stored there, open the database without asking, a stale one asks again, and unticking
// "remember" forgets it.
#include "databasepassworddialog.h"
#include "keychain.h"
#include "modalhandler.h"
#include "pgcluster.h"
#include "session/gateway.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTest>

using namespace pd;

namespace {
const QString kServerPassword = QStringLiteral("keyring-secret-31");
}

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void rememberedPassword();
};

void TestKeychain::initTestCase()
{
    qunsetenv("PGPASSWORD");
    const Status probe = Keychain::write(QStringLiteral("privacydesk-test-probe"), QStringLiteral("x"));
    if (!probe) {
        if (qEnvironmentVariableIsSet("PD_KEYRING_REQUIRED"))
            QFAIL(qPrintable(QStringLiteral("the test keyring is not available: ") + probe.error()));
        QSKIP(qPrintable(QStringLiteral("no keychain here (run through with-keyring.sh): ") + probe.error()));
    }
    QVERIFY(Keychain::remove(QStringLiteral("privacydesk-test-probe")));
}

void TestKeychain::roundTrip()
{
    const QString key = Keychain::keyFor(QStringLiteral(" postgresql://app@db.example:5432/privacy "));
    QCOMPARE(key, QStringLiteral("postgresql://app@db.example:5432/privacy"));
    QCOMPARE(Keychain::read(key).errorKind(), ErrorKind::NotFound);
    QVERIFY(Keychain::write(key, QStringLiteral("密码 with spaces")));
    QCOMPARE(Keychain::read(key).value(), QStringLiteral("密码 with spaces"));
    QVERIFY(Keychain::write(key, QStringLiteral("changed")));
    QCOMPARE(Keychain::read(key).value(), QStringLiteral("changed"));
    QVERIFY(Keychain::remove(key));
    QCOMPARE(Keychain::read(key).errorKind(), ErrorKind::NotFound);
    QVERIFY(Keychain::remove(key)); // nothing stored: fine
}

void TestKeychain::rememberedPassword()
{
    test::PgCluster cluster;
    QVERIFY2(cluster.init(false, kServerPassword), qPrintable(cluster.error()));
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    const QString url = cluster.url();
    const QString key = Keychain::keyFor(url);

    // First time: asked for, "remember" ticked, stored once the server accepted it.
    {
        test::ModalHandler handler([&](QWidget *modal, int) {
            auto *dialog = qobject_cast<DatabasePasswordDialog *>(modal);
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("databasePasswordField"))->setText(kServerPassword);
            dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(true);
            dialog->accept();
        });
        auto opened = DatabasePasswordDialog::open(url);
        QVERIFY(opened && opened->ok());
        QCOMPARE(handler.seen(), 1);
        QCOMPARE(Keychain::read(key).value(), kServerPassword);
    }
    // Next time: opened without asking.
    {
        test::ModalHandler handler([](QWidget *modal, int) { qobject_cast<QDialog *>(modal)->reject(); });
        auto opened = DatabasePasswordDialog::open(url);
        QVERIFY(opened.has_value());
        QVERIFY2(opened->ok(), qPrintable(opened->error()));
        QCOMPARE(handler.seen(), 0);
    }
    // The server's password changed: asked again, saying why, "remember" still ticked; unticked,
    // the stored one is forgotten.
    QVERIFY(Keychain::write(key, QStringLiteral("stale-password")));
    {
        QString problem;
        bool wasTicked = false;
        test::ModalHandler handler([&](QWidget *modal, int) {
            auto *dialog = qobject_cast<DatabasePasswordDialog *>(modal);
            QVERIFY(dialog);
            problem = dialog->problem();
            auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
            wasTicked = remember->isChecked();
            remember->setChecked(false);
            dialog->findChild<QLineEdit *>(QStringLiteral("databasePasswordField"))->setText(kServerPassword);
            dialog->accept();
        });
        auto opened = DatabasePasswordDialog::open(url);
        QVERIFY(opened && opened->ok());
        QCOMPARE(handler.seen(), 1);
        QVERIFY2(problem.contains(QStringLiteral("remembered password")), qPrintable(problem));
        QVERIFY(wasTicked);
        QCOMPARE(Keychain::read(key).errorKind(), ErrorKind::NotFound);
    }
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
