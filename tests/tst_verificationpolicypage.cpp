// Drives the verification policy page on the offscreen platform: an administrator edits and
// saves (read back from the database), bad input is named and kept, a concurrent change is shown
// without losing the edits, and an agent sees the page read-only with the reason.
#include "common/localization.h"
#include "session/session.h"
#include "testdatabase.h"

#include "verificationpolicypage.h"
#include "workflow/authservice.h"
#include "workflow/permissions.h"
#include "workflow/verificationservice.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace pd;
using pd::test::TestDatabase;
using M = VerificationMethod;

namespace {

const QString kPassword = QStringLiteral("policy-pass-1");

std::optional<Actor> signedIn(const Database &db, const QString &username, Role role, const Actor *creator)
{
    const AuthService auth(db);
    if (!auth.createUser(username, username, role, kPassword, creator))
        return std::nullopt;
    const auto actor = auth.signIn(username, kPassword);
    return actor ? std::optional<Actor>(actor.value()) : std::nullopt;
}

template<typename T>
T *child(QWidget &page, const char *name)
{
    T *w = page.findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning() << "no child" << name;
    return w;
}

std::unique_ptr<Session> sessionFor(TestDatabase &holder, const Actor &actor)
{
    SessionOptions options;
    options.idleLockSeconds = 0;
    options.watchChanges = false;
    return holder.session(actor, options);
}

// The page reads the stored policy on the session's worker: wait for it.
bool loaded(VerificationPolicyPage &page)
{
    return QTest::qWaitFor([&] { return !page.editedPolicy().rules.isEmpty(); }, 10000);
}

qint64 policyAudits(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'policy_changed'")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

int methodRow(M method)
{
    return int(VerificationPolicyPage::policyMethods().indexOf(method));
}

// Ticks or unticks a cell the way a keyboard user does: select it, press Space.
void toggle(QTableWidget *matrix, int row, int column)
{
    matrix->setFocus();
    matrix->setCurrentCell(row, column);
    QTest::keyClick(matrix, Qt::Key_Space);
}

} // namespace

class TestVerificationPolicyPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void administratorEditsAndSaves_data() { TestDatabase::addEngineRows(); }
    void administratorEditsAndSaves();
    void badInputIsNamedAndKept();
    void concurrentChangeKeepsEdits_data() { TestDatabase::addEngineRows(); }
    void concurrentChangeKeepsEdits();
    void agentSeesItReadOnly();
    void everyTypeFitsInBothLanguages();
};

void TestVerificationPolicyPage::administratorEditsAndSaves()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const auto admin = signedIn(db, QStringLiteral("boss"), Role::Administrator, nullptr);
    QVERIFY(admin);
    const auto stored = VerificationService(db).policy().value().alternatives(RequestType::Deletion);
    QVERIFY(!stored.isEmpty());

    const auto session = sessionFor(*dbHolder, *admin);
    VerificationPolicyPage page(*session);
    page.setActor(*admin);
    QVERIFY(loaded(page));
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *matrix = child<QTableWidget>(page, "policyMatrix");
    auto *types = child<QTableWidget>(page, "policyTypeTable");
    auto *save = child<QPushButton>(page, "policySave");
    QVERIFY(!child<QLabel>(page, "policyReadOnlyNotice")->isVisible());
    QCOMPARE(types->rowCount(), int(requestTypes().all().size()));
    QVERIFY(!save->isEnabled()); // nothing to save yet

    // Every type is listed in words.
    const int deletionRow = int(requestTypes().all().indexOf(RequestType::Deletion));
    QCOMPARE(types->item(deletionRow, 0)->text(), requestTypes().label(RequestType::Deletion));
    QCOMPARE(types->item(deletionRow, 1)->text(), VerificationPolicyPage::describe(stored));
    QVERIFY(types->item(deletionRow, 1)->text().contains(verificationMethods().label(M::IdentityDocument)));

    types->setCurrentCell(deletionRow, 0);
    QCOMPARE(page.currentType(), RequestType::Deletion);
    QCOMPARE(matrix->columnCount(), int(stored.size()));
    QTest::mouseClick(child<QPushButton>(page, "policyAddAlternative"), Qt::LeftButton);
    QCOMPARE(matrix->columnCount(), int(stored.size()) + 1);
    const int added = matrix->columnCount() - 1;
    toggle(matrix, methodRow(M::SignedLetter), added);
    toggle(matrix, methodRow(M::EmailCode), added);
    QCOMPARE(matrix->item(methodRow(M::SignedLetter), added)->checkState(), Qt::Checked);
    QVERIFY(page.isDirty());
    QVERIFY(types->item(deletionRow, 0)->text().contains(requestTypes().label(RequestType::Deletion)));
    QVERIFY(types->item(deletionRow, 0)->text() != requestTypes().label(RequestType::Deletion)); // marked as changed
    QVERIFY(save->isEnabled());
    QSignalSpy finished(&page, &VerificationPolicyPage::saveFinished);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);

    QVERIFY2(page.messageText().contains(requestTypes().label(RequestType::Deletion)), qPrintable(page.messageText()));
    QVERIFY(!page.isDirty());
    QVERIFY(!save->isEnabled());
    const auto after = VerificationService(db).policy().value().alternatives(RequestType::Deletion);
    QCOMPARE(after.size(), stored.size() + 1);
    QVERIFY(VerificationService::sameAlternatives({after.constLast()}, {{M::EmailCode, M::SignedLetter}}));
    QCOMPARE(policyAudits(db), qint64(1));
    QCOMPARE(types->item(deletionRow, 0)->text(), requestTypes().label(RequestType::Deletion));
}

void TestVerificationPolicyPage::badInputIsNamedAndKept()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    const auto admin = signedIn(db, QStringLiteral("boss"), Role::Administrator, nullptr);
    QVERIFY(admin);
    const auto stored = VerificationService(db).policy().value();
    const auto session = sessionFor(*dbHolder, *admin);
    VerificationPolicyPage page(*session);
    page.setActor(*admin);
    QVERIFY(loaded(page));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *matrix = child<QTableWidget>(page, "policyMatrix");
    auto *remove = child<QPushButton>(page, "policyRemoveAlternative");

    // Access loses every alternative: refused, with Access selected and named.
    page.selectType(RequestType::Access);
    while (matrix->columnCount() > 0) {
        matrix->setCurrentCell(0, 0);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
    }
    QVERIFY(page.editedPolicy().alternatives(RequestType::Access).isEmpty());
    page.selectType(RequestType::Copy);
    QVERIFY(!page.save());
    QCOMPARE(page.currentType(), RequestType::Access);
    QVERIFY2(page.messageText().contains(requestTypes().label(RequestType::Access)), qPrintable(page.messageText()));
    QVERIFY2(page.messageText().contains(QLatin1String("at least one")), qPrintable(page.messageText()));
    QVERIFY(page.isDirty()); // the edit is still there
    QVERIFY(page.editedPolicy().alternatives(RequestType::Access).isEmpty());

    // An alternative with nothing ticked is named by its number.
    QTest::mouseClick(child<QPushButton>(page, "policyAddAlternative"), Qt::LeftButton);
    toggle(matrix, methodRow(M::AccountLogin), 0);
    page.selectType(RequestType::Copy);
    QTest::mouseClick(child<QPushButton>(page, "policyAddAlternative"), Qt::LeftButton);
    const int empty = matrix->columnCount();
    QVERIFY(!page.save());
    QCOMPARE(page.currentType(), RequestType::Copy);
    QVERIFY2(page.messageText().contains(QStringLiteral("alternative %1").arg(empty)), qPrintable(page.messageText()));
    QCOMPARE(page.editedPolicy().alternatives(RequestType::Access), (QList<QList<M>>{{M::AccountLogin}}));

    // Nothing reached the database.
    QCOMPARE(policyAudits(db), qint64(0));
    QCOMPARE(VerificationService(db).policy()->alternatives(RequestType::Access), stored.alternatives(RequestType::Access));

    // Discarding shows the stored policy again.
    QTest::mouseClick(child<QPushButton>(page, "policyDiscard"), Qt::LeftButton);
    QTRY_VERIFY(!page.isDirty()); // the stored policy is read again
    page.selectType(RequestType::Access);
    QCOMPARE(matrix->columnCount(), int(stored.alternatives(RequestType::Access).size()));
}

void TestVerificationPolicyPage::concurrentChangeKeepsEdits()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const auto admin = signedIn(db, QStringLiteral("boss"), Role::Administrator, nullptr);
    QVERIFY(admin);
    const auto other = signedIn(db, QStringLiteral("anna"), Role::Administrator, &*admin);
    QVERIFY(other);
    const auto session = sessionFor(*dbHolder, *admin);
    VerificationPolicyPage page(*session);
    page.setActor(*admin);
    QVERIFY(loaded(page));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *matrix = child<QTableWidget>(page, "policyMatrix");
    auto *conflict = child<QWidget>(page, "policyConflictNotice");

    page.selectType(RequestType::Correction);
    toggle(matrix, methodRow(M::SignedLetter), 0);
    const auto mine = page.editedPolicy().alternatives(RequestType::Correction);
    QVERIFY(page.isDirty());

    // Anna saves Correction (and Copy) from elsewhere meanwhile.
    const VerificationService service(db);
    QVERIFY(service.setPolicy(RequestType::Correction, {{M::IdentityDocument, M::SmsCode}}, *other).ok());
    QVERIFY(service.setPolicy(RequestType::Copy, {{M::AccountLogin, M::EmailCode}}, *other).ok());

    QSignalSpy finished(&page, &VerificationPolicyPage::saveFinished);
    QVERIFY(page.save()); // started: the conflict comes back from the worker
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.takeFirst().constFirst().toBool(), false);
    QVERIFY(conflict->isVisible());
    const QString said = child<QLabel>(page, "policyConflictText")->text();
    QVERIFY2(said.contains(requestTypes().label(RequestType::Correction)), qPrintable(said));
    QVERIFY2(said.contains(verificationMethods().label(M::SmsCode)), qPrintable(said)); // what it is now
    QCOMPARE(page.editedPolicy().alternatives(RequestType::Correction), mine); // edits kept
    QCOMPARE(page.currentType(), RequestType::Correction);
    QCOMPARE(matrix->item(methodRow(M::SignedLetter), 0)->checkState(),
             mine.at(0).contains(M::SignedLetter) ? Qt::Checked : Qt::Unchecked);
    QCOMPARE(service.policy()->alternatives(RequestType::Correction), (QList<QList<M>>{{M::IdentityDocument, M::SmsCode}}));
    QCOMPARE(policyAudits(db), qint64(2)); // Anna's two
    // Copy, which only Anna changed, shows her version at once.
    QCOMPARE(page.editedPolicy().alternatives(RequestType::Copy), (QList<QList<M>>{{M::AccountLogin, M::EmailCode}}));

    // Having read theirs, save mine over it.
    QTest::mouseClick(child<QPushButton>(page, "policyOverwrite"), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.takeFirst().constFirst().toBool(), true);
    QVERIFY(!conflict->isVisible());
    QVERIFY(!page.isDirty());
    QVERIFY(VerificationService::sameAlternatives(service.policy()->alternatives(RequestType::Correction), mine));
    QCOMPARE(service.policy()->alternatives(RequestType::Copy), (QList<QList<M>>{{M::AccountLogin, M::EmailCode}}));
    QCOMPARE(policyAudits(db), qint64(3));
}

void TestVerificationPolicyPage::agentSeesItReadOnly()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    const auto admin = signedIn(db, QStringLiteral("boss"), Role::Administrator, nullptr);
    QVERIFY(admin);
    const auto agent = signedIn(db, QStringLiteral("li.na"), Role::Agent, &*admin);
    QVERIFY(agent);
    const auto session = sessionFor(*dbHolder, *agent);
    VerificationPolicyPage page(*session);
    page.setActor(*agent);
    QVERIFY(loaded(page));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString why = Permissions::whyNotEditVerificationPolicy(Role::Agent);
    auto *notice = child<QLabel>(page, "policyReadOnlyNotice");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(why), qPrintable(notice->text()));
    for (const char *name : {"policyAddAlternative", "policyRemoveAlternative", "policySave"}) {
        auto *button = child<QPushButton>(page, name);
        QVERIFY2(!button->isEnabled(), name);
        QCOMPARE(button->toolTip(), why);
    }
    // The policy is there to read, but a cell cannot be ticked.
    page.selectType(RequestType::Access);
    auto *matrix = child<QTableWidget>(page, "policyMatrix");
    QVERIFY(matrix->columnCount() > 0);
    QVERIFY(!(matrix->item(0, 0)->flags() & Qt::ItemIsUserCheckable));
    const auto before = matrix->item(methodRow(M::SignedLetter), 0)->checkState();
    toggle(matrix, methodRow(M::SignedLetter), 0);
    QCOMPARE(matrix->item(methodRow(M::SignedLetter), 0)->checkState(), before);
    QVERIFY(!page.isDirty());
    QVERIFY(!page.save());
    QCOMPARE(page.messageText(), why);
    QCOMPARE(policyAudits(db), qint64(0));

    // Signing in as the administrator makes it editable.
    page.setActor(*admin);
    QVERIFY(!notice->isVisible());
    QVERIFY(child<QPushButton>(page, "policyAddAlternative")->isEnabled());
    QVERIFY(matrix->item(0, 0)->flags() & Qt::ItemIsUserCheckable);
}

void TestVerificationPolicyPage::everyTypeFitsInBothLanguages()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    const auto admin = signedIn(db, QStringLiteral("boss"), Role::Administrator, nullptr);
    QVERIFY(admin);
    const auto session = sessionFor(*dbHolder, *admin);
    Localization localization;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        localization.setLanguage(language);
        VerificationPolicyPage page(*session);
        page.setActor(*admin);
        QVERIFY(loaded(page));
        // The settings page's share of a 1440×860 window.
        page.resize(1250, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *types = child<QTableWidget>(page, "policyTypeTable");
        QCOMPARE(types->rowCount(), int(requestTypes().all().size()));
        // About a line per row (and its padding), every request type visible without scrolling.
        const int line = types->fontMetrics().height();
        for (int row = 0; row < types->rowCount(); ++row) {
            QVERIFY2(types->rowHeight(row) <= 2 * line + 8,
                     qPrintable(QStringLiteral("%1: row %2 is %3 px high").arg(language).arg(row).arg(types->rowHeight(row))));
            const QRect rect = types->visualRect(types->model()->index(row, 0));
            QVERIFY2(types->viewport()->rect().contains(rect),
                     qPrintable(QStringLiteral("%1: row %2 is not visible").arg(language).arg(row)));
        }
    }
    localization.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestVerificationPolicyPage)
#include "tst_verificationpolicypage.moc"
