// Drives the staff page, its dialogs and "Change my password…" on the offscreen platform.
#include "testdatabase.h"

#include "common/localization.h"
#include "mainwindow.h"
#include "passworddialog.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "settingspage.h"
#include "staffaccountdialog.h"
#include "staffpage.h"
#include "workflow/authservice.h"
#include "workflow/permissions.h"
#include "workflow/staffservice.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>
#include <tuple>

using namespace pd;
using pd::test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("maple-harbour-9");

struct Staff
{
    Actor boss, agent;
};

std::optional<Staff> makeStaff(const Database &db)
{
    const AuthService auth(db);
    if (!auth.createUser(QStringLiteral("boss"), QStringLiteral("王老板"), Role::Administrator, kPassword, nullptr))
        return std::nullopt;
    const auto boss = auth.signIn(QStringLiteral("boss"), kPassword);
    if (!boss)
        return std::nullopt;
    for (const auto &[name, display, role] : {std::tuple{"li.na", "李娜", Role::Agent},
                                              std::tuple{"wang.qiang", "王强", Role::Supervisor}}) {
        if (!auth.createUser(QLatin1String(name), QString::fromUtf8(display), role, kPassword, &boss.value()))
            return std::nullopt;
    }
    const auto agent = auth.signIn(QStringLiteral("li.na"), kPassword);
    if (!agent)
        return std::nullopt;
    return Staff{boss.value(), agent.value()};
}

template<typename T>
T *child(QObject &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning() << "no child" << name;
    return w;
}

// Hands the next modal dialog to handle(), then closes it if handle() left it open, so that a
// failing check never leaves the test waiting on exec().
void onNextModal(QObject *context, std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer(context);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, context, [timer, handle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer->stop();
        timer->deleteLater();
        handle(modal);
        if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

void clickOk(QWidget *dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// Clicks OK and waits until the dialog's change came back from the session's worker.
template<typename Dialog>
bool clickOkAndWait(QWidget *modal)
{
    clickOk(modal);
    auto *dialog = qobject_cast<Dialog *>(modal);
    return dialog && QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 15000);
}

std::unique_ptr<Session> sessionFor(TestDatabase &holder, const Actor &actor)
{
    SessionOptions options;
    options.idleLockSeconds = 0;
    return holder.session(actor, options);
}

QString cell(StaffPage &page, const QString &username, int column)
{
    QTableWidget *table = page.table();
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, StaffPage::UsernameColumn)->text() == username)
            return table->item(row, column)->text();
    return {};
}

} // namespace

class TestStaffPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void administratorManagesStaff_data() { TestDatabase::addEngineRows(); }
    void administratorManagesStaff();
    void addAccountKeepsInput();
    void agentSeesItReadOnly();
    void changeOwnPassword();
    void unlockAccount();

private:
    Localization m_localization;
};

void TestStaffPage::initTestCase()
{
    m_localization.setLanguage(QStringLiteral("en"));
}

void TestStaffPage::administratorManagesStaff()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const auto staff = makeStaff(db);
    QVERIFY(staff);
    const AuthService auth(db);
    const auto session = sessionFor(*dbHolder, staff->boss);
    StaffPage page(*session);
    page.setActor(staff->boss);
    page.resize(900, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *toggle = child<QPushButton>(page, "staffToggleActive");
    auto *reset = child<QPushButton>(page, "staffResetPassword");
    QTRY_COMPARE(page.table()->rowCount(), 3);
    QCOMPARE(cell(page, QStringLiteral("li.na"), StaffPage::DisplayNameColumn), QStringLiteral("李娜"));
    QCOMPARE(cell(page, QStringLiteral("wang.qiang"), StaffPage::RoleColumn), roles().label(Role::Supervisor));
    QCOMPARE(cell(page, QStringLiteral("li.na"), StaffPage::StatusColumn), QStringLiteral("Active"));
    QVERIFY(!child<QLabel>(page, "staffReadOnlyNotice")->isVisible());

    // Nothing selected: the actions on an account say what to do first.
    QVERIFY(!toggle->isEnabled());
    QVERIFY(toggle->toolTip().contains(QLatin1String("Select")));
    // One's own row: not deactivatable, with the reason.
    page.selectUsername(QStringLiteral("boss"));
    QVERIFY(!toggle->isEnabled());
    QVERIFY2(toggle->toolTip().contains(QLatin1String("own account")), qPrintable(toggle->toolTip()));
    QVERIFY(!reset->isEnabled());
    QVERIFY(reset->toolTip().contains(QLatin1String("Change my password")));

    // Deactivate li.na, confirming in the question box.
    page.selectUsername(QStringLiteral("li.na"));
    QVERIFY(toggle->isEnabled());
    QCOMPARE(toggle->text().remove(QLatin1Char('&')), QStringLiteral("Deactivate"));
    QString asked;
    onNextModal(this, [&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return;
        asked = box->text();
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
    });
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY2(asked.contains(QLatin1String("li.na")), qPrintable(asked));
    QTRY_COMPARE(cell(page, QStringLiteral("li.na"), StaffPage::StatusColumn), QStringLiteral("Deactivated"));
    QVERIFY2(page.messageText().contains(QLatin1String("Deactivated li.na")), qPrintable(page.messageText()));
    const auto refused = auth.signIn(QStringLiteral("li.na"), kPassword);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QLatin1String("deactivated")));
    QCOMPARE(page.selectedAccount()->user.username, QStringLiteral("li.na"));
    QCOMPARE(toggle->text().remove(QLatin1Char('&')), QStringLiteral("Reactivate"));

    // Reset wang.qiang's password: two different entries first (kept, with the message), then the same.
    const QString newPassword = QStringLiteral("given-in-person-7");
    page.selectUsername(QStringLiteral("wang.qiang"));
    QVERIFY(reset->isEnabled());
    QString mismatch;
    bool keptAfterMismatch = false;
    onNextModal(this, [&](QWidget *modal) {
        auto *newField = modal->findChild<QLineEdit *>(QStringLiteral("newPasswordField"));
        auto *repeat = modal->findChild<QLineEdit *>(QStringLiteral("repeatPasswordField"));
        if (!newField || !repeat)
            return;
        QTest::keyClicks(newField, newPassword);
        QTest::keyClicks(repeat, newPassword + QLatin1Char('x'));
        clickOk(modal);
        mismatch = static_cast<PasswordDialog *>(modal)->errorText();
        keptAfterMismatch = modal->isVisible() && newField->text() == newPassword;
        repeat->setText(newPassword);
        clickOkAndWait<PasswordDialog>(modal);
    });
    QTest::mouseClick(reset, Qt::LeftButton);
    QTRY_VERIFY(page.messageText().contains(QLatin1String("wang.qiang")));
    QVERIFY2(mismatch.contains(QLatin1String("differ")), qPrintable(mismatch));
    QVERIFY(keptAfterMismatch);
    const auto signedIn = auth.signIn(QStringLiteral("wang.qiang"), newPassword);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error()));
    QVERIFY(!auth.signIn(QStringLiteral("wang.qiang"), kPassword).ok());

    // Make wang.qiang an agent through the role chooser.
    onNextModal(this, [&](QWidget *modal) {
        if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            input->setTextValue(roles().label(Role::Agent));
            input->accept();
        }
    });
    QTest::mouseClick(child<QPushButton>(page, "staffChangeRole"), Qt::LeftButton);
    QTRY_COMPARE(cell(page, QStringLiteral("wang.qiang"), StaffPage::RoleColumn), roles().label(Role::Agent));
    QCOMPARE(StaffService(db).account(QStringLiteral("wang.qiang"))->user.role, QStringLiteral("agent"));

    // Reactivate li.na: no question, she can sign in again.
    page.selectUsername(QStringLiteral("li.na"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_COMPARE(cell(page, QStringLiteral("li.na"), StaffPage::StatusColumn), QStringLiteral("Active"));
    QVERIFY(auth.signIn(QStringLiteral("li.na"), kPassword).ok());

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT action FROM audit_log WHERE entity = 'staff' AND action <> 'staff_created' ORDER BY id")));
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    q.finish();
    QCOMPARE(actions, (QStringList{QStringLiteral("staff_deactivated"), QStringLiteral("password_reset"),
                                   QStringLiteral("role_changed"), QStringLiteral("staff_reactivated")}));
}

void TestStaffPage::addAccountKeepsInput()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    const auto staff = makeStaff(db);
    QVERIFY(staff);
    const auto session = sessionFor(*dbHolder, staff->boss);
    StaffPage page(*session);
    page.setActor(staff->boss);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.table()->rowCount(), 3);
    QString taken;
    bool kept = false;
    onNextModal(this, [&](QWidget *modal) {
        auto *dialog = qobject_cast<StaffAccountDialog *>(modal);
        if (!dialog)
            return;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("usernameField")), QStringLiteral("li.na"));
        dialog->findChild<QLineEdit *>(QStringLiteral("displayNameField"))->setText(QStringLiteral("周敏")); // keyClicks is ASCII-only
        auto *role = dialog->findChild<QComboBox *>(QStringLiteral("roleField"));
        role->setCurrentIndex(role->findData(QStringLiteral("supervisor")));
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordField"))->setText(kPassword);
        dialog->findChild<QLineEdit *>(QStringLiteral("repeatPasswordField"))->setText(kPassword);
        clickOkAndWait<StaffAccountDialog>(dialog);
        taken = dialog->errorText();
        kept = dialog->isVisible() && dialog->findChild<QLineEdit *>(QStringLiteral("displayNameField"))->text() == QStringLiteral("周敏")
            && dialog->findChild<QLineEdit *>(QStringLiteral("passwordField"))->text() == kPassword;
        dialog->findChild<QLineEdit *>(QStringLiteral("usernameField"))->setText(QStringLiteral("zhou.min"));
        clickOkAndWait<StaffAccountDialog>(dialog);
    });
    QTest::mouseClick(child<QPushButton>(page, "staffAdd"), Qt::LeftButton);
    QVERIFY2(taken.contains(QLatin1String("already taken")), qPrintable(taken));
    QVERIFY(kept);
    QTRY_COMPARE(page.table()->rowCount(), 4);
    QCOMPARE(cell(page, QStringLiteral("zhou.min"), StaffPage::RoleColumn), roles().label(Role::Supervisor));
    QCOMPARE(page.selectedAccount()->user.username, QStringLiteral("zhou.min"));
    const auto signedIn = AuthService(db).signIn(QStringLiteral("zhou.min"), kPassword);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.error()));
    QCOMPARE(signedIn->role, Role::Supervisor);
}

void TestStaffPage::agentSeesItReadOnly()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    const auto staff = makeStaff(db);
    QVERIFY(staff);
    const auto session = sessionFor(*dbHolder, staff->agent);
    StaffPage page(*session);
    page.setActor(staff->agent);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString why = Permissions::whyNotManageStaff(Role::Agent);
    auto *notice = child<QLabel>(page, "staffReadOnlyNotice");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(why), qPrintable(notice->text()));
    QTRY_COMPARE(page.table()->rowCount(), 3); // the list is there to read
    page.selectUsername(QStringLiteral("wang.qiang"));
    for (const char *name : {"staffAdd", "staffToggleActive", "staffResetPassword", "staffChangeRole", "staffUnlock"}) {
        auto *button = child<QPushButton>(page, name);
        QVERIFY2(!button->isEnabled(), name);
        QCOMPARE(button->toolTip(), why);
    }
}

void TestStaffPage::changeOwnPassword()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    const auto staff = makeStaff(db);
    QVERIFY(staff);
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(sessionFor(*dbHolder, staff->agent), m_localization, settings);
    auto *action = child<QAction>(window, "changeOwnPasswordAction");
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(action->isEnabled());

    // Settings are in the navigation for everyone; the staff tab is read-only for an agent.
    window.findChild<QListWidget *>(QStringLiteral("navigation"))->setCurrentRow(3);
    QVERIFY(window.settingsPage()->isVisible());
    QVERIFY(child<QLabel>(*window.settingsPage(), "staffReadOnlyNotice")->isVisible());

    const QString newPassword = QStringLiteral("my-own-choice-5");
    QString wrongCurrent;
    bool kept = false;
    onNextModal(this, [&](QWidget *modal) {
        auto *current = modal->findChild<QLineEdit *>(QStringLiteral("currentPasswordField"));
        auto *newField = modal->findChild<QLineEdit *>(QStringLiteral("newPasswordField"));
        auto *repeat = modal->findChild<QLineEdit *>(QStringLiteral("repeatPasswordField"));
        if (!current || !newField || !repeat || !current->isVisible())
            return;
        QTest::keyClicks(current, QStringLiteral("not-the-password"));
        QTest::keyClicks(newField, newPassword);
        QTest::keyClicks(repeat, newPassword);
        clickOkAndWait<PasswordDialog>(modal);
        wrongCurrent = static_cast<PasswordDialog *>(modal)->errorText();
        kept = modal->isVisible() && newField->text() == newPassword && repeat->text() == newPassword
            && current->selectedText() == QStringLiteral("not-the-password"); // ready to be retyped
        current->setText(kPassword);
        clickOkAndWait<PasswordDialog>(modal);
    });
    action->trigger();
    QCOMPARE(wrongCurrent, StaffService::wrongCurrentPasswordMessage());
    QVERIFY(kept);
    const AuthService auth(db);
    QVERIFY(auth.signIn(QStringLiteral("li.na"), newPassword).ok());
    QVERIFY(!auth.signIn(QStringLiteral("li.na"), kPassword).ok());
}

// An administrator lifts a lock of too many failed sign-ins; the row says the account is locked.
void TestStaffPage::unlockAccount()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    const auto staff = makeStaff(db);
    QVERIFY(staff);
    const AuthService auth(db);
    for (int i = 0; i < AuthService::kMaximumFailedSignIns; ++i)
        QVERIFY(!auth.signIn(QStringLiteral("li.na"), QStringLiteral("a wrong guess")).ok());
    const auto session = sessionFor(*dbHolder, staff->boss);
    StaffPage page(*session);
    page.setActor(staff->boss);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE(page.table()->rowCount(), 3);
    QVERIFY2(cell(page, QStringLiteral("li.na"), StaffPage::StatusColumn).contains(QLatin1String("locked")),
             qPrintable(cell(page, QStringLiteral("li.na"), StaffPage::StatusColumn)));
    auto *unlock = child<QPushButton>(page, "staffUnlock");
    page.selectUsername(QStringLiteral("wang.qiang"));
    QVERIFY(!unlock->isEnabled());
    QVERIFY2(unlock->toolTip().contains(QLatin1String("not locked")), qPrintable(unlock->toolTip()));
    page.selectUsername(QStringLiteral("li.na"));
    QVERIFY(unlock->isEnabled());
    QTest::mouseClick(unlock, Qt::LeftButton);
    QTRY_COMPARE(cell(page, QStringLiteral("li.na"), StaffPage::StatusColumn), QStringLiteral("Active"));
    QVERIFY(auth.signIn(QStringLiteral("li.na"), kPassword).ok());
}

QTEST_MAIN(TestStaffPage)
#include "tst_staffpage.moc"
