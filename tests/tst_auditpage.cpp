#include "auditfixture.h"
#include "session/session.h"
#include "testdatabase.h"

#include "auditentrydialog.h"
#include "auditpage.h"
#include "itemmodels/auditdetails.h"
#include "common/localization.h"
#include "modalhandler.h"
#include "itemmodels/auditlogmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace pd;
using namespace pd::test;

namespace {

constexpr int kEntries = 400;

qint64 plainCount(const Database &db, const QString &where)
{
    QSqlQuery q(db.connection());
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM audit_log") + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

template<typename T>
T *child(QWidget *page, const char *name)
{
    T *w = page->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning() << "no child" << name;
    return w;
}

void choose(QComboBox *combo, const QString &key)
{
    const int index = combo->findData(key);
    QVERIFY2(index >= 0, qPrintable(key));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

bool tableShown(QWidget *page)
{
    auto *view = child<QTableView>(page, "auditView");
    auto *stack = qobject_cast<QStackedWidget *>(view->parentWidget());
    return stack && stack->currentWidget() == view;
}

} // namespace

class TestAuditPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersNarrowTheTable_data() { TestDatabase::addEngineRows(); }
    void filtersNarrowTheTable();
    void verifyChain_data() { TestDatabase::addEngineRows(); }
    void verifyChain();
    void emptyLog();
    void timeOrderLabelsAndEntry();
};

void TestAuditPage::filtersNarrowTheTable()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QVERIFY(fillAuditFixture(db, kEntries));
    SessionOptions options;
    options.idleLockSeconds = 0;
    const auto session = dbHolder->session(dbHolder->addStaff(QStringLiteral("audit.reader"), Role::Supervisor), options);
    AuditPage page(*session);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    AuditLogModel *model = page.model();
    QTableView *view = page.view();
    QCOMPARE(view->model(), model);
    QCOMPARE(view->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QTRY_COMPARE(model->rowCount(), kEntries);
    QTRY_VERIFY(tableShown(&page));
    QTRY_VERIFY(child<QLabel>(&page, "auditCount")->text().contains(QString::number(kEntries)));

    // The request field waits for typing to pause; a reference in lower case is found.
    auto *request = child<QLineEdit>(&page, "auditRequestFilter");
    QTest::keyClicks(request, fixtureReference(7).toLower());
    QTRY_COMPARE(model->rowCount(), int(plainCount(db, QStringLiteral("request_id = 7"))));
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(model->data(model->index(0, AuditLogModel::RequestColumn)).toString(), fixtureReference(7));
    request->clear();
    QTest::keyClicks(request, QStringLiteral("#55"));
    QTest::keyClick(request, Qt::Key_Return); // at once
    QTRY_COMPARE(model->rowCount(), int(plainCount(db, QStringLiteral("request_id = 55"))));
    request->clear();
    QTest::keyClick(request, Qt::Key_Return);
    QTRY_COMPARE(model->rowCount(), kEntries);

    // Actor and action offer what the log holds, actions by their labels.
    auto *actor = child<QComboBox>(&page, "auditActorFilter");
    auto *action = child<QComboBox>(&page, "auditActionFilter");
    QTRY_COMPARE(actor->count(), 1 + kFixtureActors.size());
    QTRY_COMPARE(action->count(), 1 + kFixtureActions.size());
    QCOMPARE(action->itemText(action->findData(QStringLiteral("login"))), QStringLiteral("Signed in"));
    QCOMPARE(action->itemText(action->findData(QStringLiteral("custom_thing"))), QStringLiteral("custom_thing"));
    choose(actor, QStringLiteral("li.lei"));
    QTRY_COMPARE(model->rowCount(), int(plainCount(db, QStringLiteral("actor = 'li.lei'"))));
    choose(action, QStringLiteral("transition"));
    const int both = int(plainCount(db, QStringLiteral("actor = 'li.lei' AND action = 'transition'")));
    QVERIFY(both > 0);
    QTRY_COMPARE(model->rowCount(), both);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(loaded(*model, row, 0, AuditLogModel::ActionKeyRole).toString(), QStringLiteral("transition"));


    // Days: "from" alone, then a single day (UTC bounds of local days, as the repository computes).
    page.clearFilters();
    QTRY_COMPARE(model->rowCount(), kEntries);
    auto *fromCheck = child<QCheckBox>(&page, "auditFromCheck");
    auto *from = child<QDateEdit>(&page, "auditFromDate");
    auto *toCheck = child<QCheckBox>(&page, "auditToCheck");
    auto *to = child<QDateEdit>(&page, "auditToDate");
    QVERIFY(!from->isEnabled());
    from->setDate(QDate(2026, 3, 5)); // unchecked: no effect
    QTRY_COMPARE(model->rowCount(), kEntries);
    fromCheck->setChecked(true);
    QVERIFY(from->isEnabled());
    const QString fromUtc = QDate(2026, 3, 5).startOfDay().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    const QString toUtc = QDate(2026, 3, 6).startOfDay().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    QTRY_COMPARE(model->rowCount(), int(plainCount(db, QStringLiteral("at >= '%1'").arg(fromUtc))));
    toCheck->setChecked(true);
    to->setDate(QDate(2026, 3, 5));
    const int oneDay = int(plainCount(db, QStringLiteral("at >= '%1' AND at < '%2'").arg(fromUtc, toUtc)));
    QVERIFY(oneDay > 0 && oneDay < kEntries);
    QTRY_COMPARE(model->rowCount(), oneDay);
    QCOMPARE(page.query().from, QDate(2026, 3, 5));
    QCOMPARE(page.query().to, QDate(2026, 3, 5));

    // Nothing matches: the empty state says so.
    QTest::keyClicks(request, QStringLiteral("DSR-2026-999999"));
    QTest::keyClick(request, Qt::Key_Return);
    QTRY_COMPARE(model->rowCount(), 0);
    QTRY_VERIFY(!tableShown(&page));
    const QString emptyText = child<QLabel>(&page, "auditEmptyState")->text();
    QVERIFY2(emptyText.contains(QLatin1String("Clear filters")), qPrintable(emptyText));

    QTest::mouseClick(child<QPushButton>(&page, "auditClearFilters"), Qt::LeftButton);
    QTRY_COMPARE(model->rowCount(), kEntries);
    QTRY_VERIFY(tableShown(&page));
    QVERIFY(!fromCheck->isChecked() && !toCheck->isChecked());
    QVERIFY(request->text().isEmpty());
    QCOMPARE(page.query(), AuditQuery());

    // refresh() picks up new entries and new actors.
    {
        Transaction t(db);
        AuditEntry e = auditFixtureEntry(kEntries + 1);
        e.actor = QStringLiteral("new.person");
        QVERIFY(AuditLog(db).append(e));
        QVERIFY(t.commit());
    }
    page.refresh();
    QTRY_COMPARE(model->rowCount(), kEntries + 1);
    QTRY_VERIFY(actor->findData(QStringLiteral("new.person")) >= 0);

    // A language change re-labels everything without losing the filter.
    choose(actor, QStringLiteral("new.person"));
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(&page, &languageChange);
    QCOMPARE(actor->currentData().toString(), QStringLiteral("new.person"));
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(!child<QPushButton>(&page, "auditVerifyButton")->text().isEmpty());

    // Export… writes exactly the filtered entries (and the header).
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        QSignalSpy exported(&page, &AuditPage::exportFinished);
        page.exportTo(path);
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.first().at(2).toString(), QString());
        QCOMPARE(exported.first().at(0).toLongLong(), qint64(1));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QCOMPARE(text.count(QStringLiteral("\r\n")), 2);
        QCOMPARE(text.count(QStringLiteral(",new.person,")), 1);
    }
}

void TestAuditPage::verifyChain()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QVERIFY(fillAuditFixture(db, kEntries));
    SessionOptions options;
    options.idleLockSeconds = 0;
    const auto session = dbHolder->session(dbHolder->addStaff(QStringLiteral("audit.reader"), Role::Supervisor), options);
    AuditPage page(*session);
    page.show();
    auto *button = child<QPushButton>(&page, "auditVerifyButton");
    QSignalSpy finished(&page, &AuditPage::verificationFinished);

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.takeFirst().constFirst().toBool(), true);
    QVERIFY(button->isEnabled());
    QVERIFY2(page.verificationText().contains(QStringLiteral("%1 entries").arg(kEntries)), qPrintable(page.verificationText()));

    // Tampering through plain SQL: the page names the first bad entry.
    QSqlQuery q(db.connection());
    QVERIFY(dbHolder->allowAuditTampering());
    QVERIFY2(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone.else' WHERE id = 123")), qPrintable(q.lastError().text()));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.takeFirst().constFirst().toBool(), false);
    QVERIFY2(page.verificationText().contains(QLatin1String("entry 123")), qPrintable(page.verificationText()));
    // The result is shown again in the new language after a language change.
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(&page, &languageChange);
    QVERIFY2(page.verificationText().contains(QLatin1String("123")), qPrintable(page.verificationText()));

    // A removed last entry is a broken chain too.
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = '%1' WHERE id = 123").arg(auditFixtureEntry(123).actor)));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(kEntries)));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.takeFirst().constFirst().toBool(), false);
    QVERIFY2(page.verificationText().contains(QString::number(kEntries)), qPrintable(page.verificationText()));
}

void TestAuditPage::emptyLog()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    SessionOptions options;
    options.idleLockSeconds = 0;
    const auto session = dbHolder->session(dbHolder->addStaff(QStringLiteral("audit.reader"), Role::Supervisor), options);
    AuditPage page(*session);
    page.show();
    QVERIFY(settle(*page.model()));
    QCOMPARE(page.model()->rowCount(), 0);
    QTRY_VERIFY(!tableShown(&page));
    const QString text = child<QLabel>(&page, "auditEmptyState")->text();
    QVERIFY2(text.contains(QLatin1String("empty")), qPrintable(text));
    QTRY_COMPARE(child<QComboBox>(&page, "auditActorFilter")->count(), 1);
    QSignalSpy finished(&page, &AuditPage::verificationFinished);
    page.verifyChain();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.takeFirst().constFirst().toBool(), true);
    QVERIFY2(page.verificationText().contains(QLatin1String("0 entries")), qPrintable(page.verificationText()));
}

// Newest first by the time recorded (not by when the entry was appended); details read in the
// UI language; Enter opens an entry with its before and after side by side.
void TestAuditPage::timeOrderLabelsAndEntry()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    // Appended in this order, but the second happened first.
    const AuditLog log(db);
    AuditEntry late{0, QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::UTC), QStringLiteral("wang.fang"), QStringLiteral("request"), 3, 0,
                    QStringLiteral("transition"), QStringLiteral(R"({"status":"received"})"),
                    QStringLiteral(R"({"action":"start_verification","status":"verifying"})"), {}, {}};
    AuditEntry early = late;
    early.at = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
    early.afterJson = QStringLiteral(R"({"status":"in_progress","priority":"high"})");
    QVERIFY(log.append(late).ok());
    QVERIFY(log.append(early).ok());
    SessionOptions options;
    options.idleLockSeconds = 0;
    const auto session = dbHolder->session(dbHolder->addStaff(QStringLiteral("audit.reader"), Role::Supervisor), options);
    Localization localization;
    localization.setLanguage(QStringLiteral("zh_CN"));
    AuditPage page(*session);
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    AuditLogModel *model = page.model();
    QTRY_VERIFY(model->rowCount() >= 2);
    QTRY_VERIFY(model->entryId(0) > 0);
    // The newest by time first: the entry appended first. (The staff member's own entries come
    // from today and so stand above both.)
    QList<QDateTime> times;
    for (int row = 0; row < model->rowCount(); ++row)
        times << loaded(*model, row, 0, AuditLogModel::AtRole).toDateTime();
    QVERIFY(std::is_sorted(times.cbegin(), times.cend(), std::greater<QDateTime>()));
    const int lateRow = int(times.indexOf(late.at));
    QCOMPARE(times.indexOf(early.at), lateRow + 1);
    // zh_CN labels, not keys.
    const QString details = model->data(model->index(lateRow, AuditLogModel::DetailsColumn)).toString();
    QVERIFY2(details.contains(requestStatuses().label(RequestStatus::Verifying)) && !details.contains(QStringLiteral("verifying")),
             qPrintable(details));
    QVERIFY2(!details.contains(QStringLiteral("status")), qPrintable(details));

    // Enter opens the entry: every field, before and after, changed ones in bold.
    QStringList shown;
    bool statusBold = false;
    test::ModalHandler answer([&](QWidget *dialog, int) {
        auto *d = qobject_cast<AuditEntryDialog *>(dialog);
        QVERIFY(d);
        const QTableWidget *fields = d->fields();
        for (int row = 0; row < fields->rowCount(); ++row) {
            shown << fields->item(row, 0)->text() + QLatin1Char('|') + fields->item(row, 1)->text() + QLatin1Char('|')
                    + fields->item(row, 2)->text();
            if (fields->item(row, 0)->text() == AuditDetails::fieldLabel(QStringLiteral("status")))
                statusBold = fields->item(row, 1)->font().bold();
        }
        QVERIFY(d->headerText().contains(QStringLiteral("wang.fang")));
        d->reject();
    });
    page.view()->setFocus();
    page.view()->setCurrentIndex(model->index(lateRow, 0));
    QTest::keyClick(page.view(), Qt::Key_Return);
    QTRY_COMPARE(answer.seen(), 1);
    const QString status = requestStatuses().label(RequestStatus::Received) + QLatin1Char('|')
        + requestStatuses().label(RequestStatus::Verifying);
    QVERIFY2(shown.contains(AuditDetails::fieldLabel(QStringLiteral("status")) + QLatin1Char('|') + status), qPrintable(shown.join(QLatin1Char('\n'))));
    QVERIFY2(shown.contains(AuditDetails::fieldLabel(QStringLiteral("action")) + QStringLiteral("|—|")
                            + requestActions().label(RequestAction::StartVerification)),
             qPrintable(shown.join(QLatin1Char('\n'))));
    QVERIFY(statusBold);
    // zh_CN really is in force: the field label is not the English one.
    QVERIFY(AuditDetails::fieldLabel(QStringLiteral("status")) != QLatin1String("Status"));
    localization.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
