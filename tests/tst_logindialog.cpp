// Drives the sign-in and first-administrator dialogs on the offscreen platform.
#include "common/localization.h"
#include "firstadministratordialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "session/gateway.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "testdatabase.h"
#include "workflow/authservice.h"
#include "workflow/staffservice.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace pd;
using pd::test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("s3cret-enough");

QLineEdit *field(QWidget &dialog, const char *name)
{
    return dialog.findChild<QLineEdit *>(QLatin1String(name));
}

void clickOk(QWidget &dialog)
{
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

std::unique_ptr<Gateway> gatewayOn(const TestDatabase &holder)
{
    auto db = std::make_unique<Database>(holder.url());
    if (auto s = db->open(); !s)
        qFatal("%s", qPrintable(s.error()));
    return std::make_unique<Gateway>(std::move(db));
}

qint64 auditCount(const Database &db, const QString &action)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongThenRightPassword_data() { TestDatabase::addEngineRows(); }
    void wrongThenRightPassword();
    void firstAdministratorDialog();
    void signInToNewDatabase();
    void mainWindowShowsActor();
    void lockedAccount();
    void forcedPasswordChange();
};

void TestLoginDialog::wrongThenRightPassword()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const AuthService auth(db);
    QVERIFY(auth.createUser(QStringLiteral("boss"), QStringLiteral("王老板"), Role::Administrator, kPassword, nullptr).ok());

    const auto gateway = gatewayOn(*dbHolder);
    LoginDialog dialog(*gateway);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("signInError"));
    QVERIFY(error && !error->isVisible());

    QTest::keyClicks(field(dialog, "usernameField"), QStringLiteral("boss"));
    QTest::keyClicks(field(dialog, "passwordField"), QStringLiteral("not the password"));
    clickOk(dialog);
    QVERIFY(dialog.isBusy()); // the password is checked off the GUI thread
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), AuthService::signInFailedMessage());
    QCOMPARE(field(dialog, "usernameField")->text(), QStringLiteral("boss")); // kept
    QVERIFY(field(dialog, "passwordField")->text().isEmpty());             // cleared
    QCOMPARE(auditCount(db, QStringLiteral("login_failed")), qint64(1));

    // An unknown user gets the very same message.
    field(dialog, "usernameField")->setText(QStringLiteral("nobody"));
    QTest::keyClicks(field(dialog, "passwordField"), kPassword);
    clickOk(dialog);
    QTRY_VERIFY(!dialog.isBusy());
    QCOMPARE(error->text(), AuthService::signInFailedMessage());
    QCOMPARE(field(dialog, "usernameField")->text(), QStringLiteral("nobody"));

    field(dialog, "usernameField")->setText(QStringLiteral("boss"));
    QTest::keyClicks(field(dialog, "passwordField"), kPassword);
    QTest::keyClick(field(dialog, "passwordField"), Qt::Key_Return); // Enter signs in
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.actor().username, QStringLiteral("boss"));
    QCOMPARE(dialog.actor().role, Role::Administrator);
    QCOMPARE(dialog.actor().displayName, QStringLiteral("王老板"));
    QCOMPARE(auditCount(db, QStringLiteral("login")), qint64(1));
    QCOMPARE(auditCount(db, QStringLiteral("login_failed")), qint64(2));
}

void TestLoginDialog::firstAdministratorDialog()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    const auto gateway = gatewayOn(*dbHolder);
    FirstAdministratorDialog dialog(*gateway);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("formError"));
    QTest::keyClicks(field(dialog, "usernameField"), QStringLiteral("wang.fang"));
    QTest::keyClicks(field(dialog, "displayNameField"), QStringLiteral("Wang Fang"));

    // Too short, then two different passwords: nothing is created, the names stay.
    QTest::keyClicks(field(dialog, "passwordField"), QStringLiteral("short"));
    QTest::keyClicks(field(dialog, "repeatPasswordField"), QStringLiteral("short"));
    clickOk(dialog);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("12")), qPrintable(error->text()));
    field(dialog, "passwordField")->setText(kPassword);
    field(dialog, "repeatPasswordField")->setText(kPassword + QLatin1Char('x'));
    clickOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(QLatin1String("differ")), qPrintable(error->text()));
    QCOMPARE(field(dialog, "usernameField")->text(), QStringLiteral("wang.fang"));
    QCOMPARE(field(dialog, "displayNameField")->text(), QStringLiteral("Wang Fang"));
    QVERIFY(AuthService(db).needsFirstAdministrator());

    field(dialog, "repeatPasswordField")->setText(kPassword);
    clickOk(dialog);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.created().username, QStringLiteral("wang.fang"));
    QCOMPARE(dialog.created().role, QStringLiteral("administrator"));
    QVERIFY(!AuthService(db).needsFirstAdministrator());
    QVERIFY(AuthService(db).signIn(QStringLiteral("wang.fang"), kPassword).ok());
}

void TestLoginDialog::signInToNewDatabase()
{
    // What the program does at start on an empty database: the administrator first, then sign-in.
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    QStringList seen;
    QTimer driver;
    driver.setInterval(50);
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || seen.contains(modal->objectName()))
            return;
        seen << modal->objectName();
        if (auto *first = qobject_cast<FirstAdministratorDialog *>(modal)) {
            field(*first, "usernameField")->setText(QStringLiteral("admin"));
            field(*first, "displayNameField")->setText(QStringLiteral("系统管理员"));
            field(*first, "passwordField")->setText(kPassword);
            field(*first, "repeatPasswordField")->setText(kPassword);
            clickOk(*first);
        } else if (auto *login = qobject_cast<LoginDialog *>(modal)) {
            // The new administrator is signed in with the password just chosen: nothing to type
            // again. Should the dialog wait for input, this refuses it.
            if (!login->isBusy() && field(*login, "passwordField")->text().isEmpty())
                login->reject();
        }
    });
    driver.start();
    auto gateway = gatewayOn(*dbHolder);
    const auto session = LoginDialog::signInTo(*gateway);
    driver.stop();
    QVERIFY(seen.startsWith(QStringLiteral("firstAdministratorDialog")));
    QVERIFY(session);
    QCOMPARE(session->actor().username, QStringLiteral("admin"));
    QCOMPARE(session->actor().role, Role::Administrator);

    // Next time only the sign-in, and cancelling it gives nothing.
    seen.clear();
    connect(&driver, &QTimer::timeout, this, [&] {
        if (auto *login = qobject_cast<LoginDialog *>(QApplication::activeModalWidget()))
            login->reject();
    });
    driver.start();
    gateway = gatewayOn(*dbHolder);
    QVERIFY(!LoginDialog::signInTo(*gateway));
    driver.stop();
    QCOMPARE(seen, QStringList({QStringLiteral("loginDialog")}));
}

void TestLoginDialog::mainWindowShowsActor()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    Localization localization;
    localization.setLanguage(QStringLiteral("en"));
    Actor actor = dbHolder->addStaff(QStringLiteral("wang.qiang"), Role::Supervisor);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE staff SET display_name = '王强' WHERE id = %1").arg(actor.staffId)));
    actor.displayName = QStringLiteral("王强");
    MainWindow window(dbHolder->session(actor), localization, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.session()->actor().username, QStringLiteral("wang.qiang"));
    auto *label = window.findChild<QLabel *>(QStringLiteral("actorLabel"));
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("王强 · Supervisor"));
    window.setLanguage(QStringLiteral("zh_CN"));
    QTRY_COMPARE(label->text(), QStringLiteral("王强 · ") + roles().label(Role::Supervisor)); // retranslated
    window.setLanguage(QStringLiteral("en"));
}

// Five wrong passwords lock the account; the dialog says so, and the right password is refused too.
void TestLoginDialog::lockedAccount()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    QVERIFY(AuthService(db).createUser(QStringLiteral("boss"), QStringLiteral("王老板"), Role::Administrator, kPassword, nullptr).ok());
    const auto gateway = gatewayOn(*dbHolder);
    LoginDialog dialog(*gateway);
    dialog.show();
    dialog.setUsername(QStringLiteral("boss"));
    for (int i = 0; i < AuthService::kMaximumFailedSignIns; ++i) {
        field(dialog, "passwordField")->setText(QStringLiteral("guess number %1").arg(i));
        clickOk(dialog);
        QTRY_VERIFY(!dialog.isBusy());
    }
    QVERIFY2(dialog.errorText().contains(QLatin1String("locked")), qPrintable(dialog.errorText()));
    field(dialog, "passwordField")->setText(kPassword);
    clickOk(dialog);
    QTRY_VERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QLatin1String("locked")), qPrintable(dialog.errorText()));
    QCOMPARE(auditCount(db, QStringLiteral("account_locked")), qint64(1));
}

// After an administrator's reset, the sign-in leads to choosing one's own password first; until
// then the session refuses everything else.
void TestLoginDialog::forcedPasswordChange()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    const AuthService auth(db);
    QVERIFY(auth.createUser(QStringLiteral("boss"), QStringLiteral("王老板"), Role::Administrator, kPassword, nullptr).ok());
    const Actor boss = auth.signIn(QStringLiteral("boss"), kPassword).value();
    QVERIFY(auth.createUser(QStringLiteral("li.na"), QStringLiteral("李娜"), Role::Agent, QStringLiteral("first one of hers"), &boss).ok());
    QVERIFY(StaffService(db).resetPassword(QStringLiteral("li.na"), QStringLiteral("given at the desk 1"), boss).ok());

    bool sawForced = false;
    QTimer driver;
    driver.setInterval(50);
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *login = qobject_cast<LoginDialog *>(modal); login && !login->isBusy()) {
            field(*login, "usernameField")->setText(QStringLiteral("li.na"));
            field(*login, "passwordField")->setText(QStringLiteral("given at the desk 1"));
            clickOk(*login);
        } else if (modal && modal->objectName() == QLatin1String("changeOwnPasswordDialog") && !sawForced) {
            sawForced = true;
            field(*modal, "currentPasswordField")->setText(QStringLiteral("given at the desk 1"));
            field(*modal, "newPasswordField")->setText(QStringLiteral("only I know this one"));
            field(*modal, "repeatPasswordField")->setText(QStringLiteral("only I know this one"));
            clickOk(*modal);
        }
    });
    driver.start();
    auto gateway = gatewayOn(*dbHolder);
    const auto session = LoginDialog::signInTo(*gateway);
    driver.stop();
    QVERIFY(sawForced);
    QVERIFY(session);
    QVERIFY(!session->mustChangePassword());
    QVERIFY(auth.signIn(QStringLiteral("li.na"), QStringLiteral("only I know this one")).ok());
    QVERIFY(!auth.signIn(QStringLiteral("li.na"), QStringLiteral("only I know this one"))->mustChangePassword);
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
