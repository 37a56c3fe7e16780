// The database password dialog where the computer has no keychain: a wrong password asks again,
// saying why and keeping what was typed; "remember" then fails with a message, the database still
// opens, and the password is written nowhere.
#include "databasepassworddialog.h"
#include "keychain.h"
#include "modalhandler.h"
#include "pgcluster.h"
#include "session/gateway.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>

using namespace pd;

namespace {
const QString kServerPassword = QStringLiteral("server-secret-77");
}

class TestDatabasePasswordDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void askAgainThenNoKeychain();

private:
    QTemporaryDir m_home;
};

void TestDatabasePasswordDialog::initTestCase()
{
    QVERIFY(m_home.isValid());
    // No keychain: no session bus to find one on (and none of the developer's own touched).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    qunsetenv("DISPLAY");
    qunsetenv("PGPASSWORD");
    qputenv("HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
}

void TestDatabasePasswordDialog::askAgainThenNoKeychain()
{
    PD_OWN_PG_CLUSTER(cluster, false, kServerPassword);
    const QString url = cluster.url();
    QVERIFY(Gateway::needsPassword(url));
    QVERIFY(!Keychain::read(Keychain::keyFor(url))); // really no keychain here

    {
        // What each dialog showed; the handler always closes it (a failed check must not hang here).
        QString firstProblem = QStringLiteral("(not shown)"), problemShown, keptText, warning;
        bool firstTicked = true, stillTicked = false;
        test::ModalHandler handler([&](QWidget *modal, int index) {
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                warning = box->text();
                box->accept();
                return;
            }
            auto *dialog = qobject_cast<DatabasePasswordDialog *>(modal);
            if (!dialog) {
                qobject_cast<QDialog *>(modal)->reject();
                return;
            }
            auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("databasePasswordField"));
            auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
            if (index == 0) {
                firstProblem = dialog->problem();
                firstTicked = remember->isChecked();
                QTest::keyClicks(field, QStringLiteral("wrong-password"));
                remember->setChecked(true);
            } else {
                problemShown = dialog->problem();
                keptText = field->text();
                stillTicked = remember->isChecked();
                field->setText(kServerPassword);
            }
            dialog->accept();
        });
        auto opened = DatabasePasswordDialog::open(url);
        QVERIFY(opened.has_value());
        QVERIFY2(opened->ok(), qPrintable(opened->error()));
        QCOMPARE(handler.seen(), 3); // the dialog twice, then the warning
        QCOMPARE(firstProblem, QString());
        QVERIFY(!firstTicked);
        QVERIFY(stillTicked); // the tick survives the retry, like the typed text
        QVERIFY2(problemShown.contains(QStringLiteral("password authentication failed")), qPrintable(problemShown));
        QCOMPARE(keptText, QStringLiteral("wrong-password"));
        QVERIFY2(warning.contains(QStringLiteral("could not be remembered")), qPrintable(warning));
    }

    // Cancel gives up without an error.
    test::ModalHandler cancel([](QWidget *modal, int) { qobject_cast<QDialog *>(modal)->reject(); });
    QVERIFY(!DatabasePasswordDialog::open(url).has_value());

    // The password went nowhere on disk.
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(kServerPassword.toUtf8()), qPrintable(f.fileName()));
    }
}

QTEST_MAIN(TestDatabasePasswordDialog)
#include "tst_databasepassworddialog.moc"
