// Drives the real intake dialog, queue page and main window on the offscreen platform.
#include "common/localization.h"
#include "filterbar.h"
#include "intakedialog.h"
#include "itemmodels/requestqueuemodel.h"
#include "mainwindow.h"
#include "requestdetailpanel.h"
#include "requestqueuepage.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "storage/queuerepository.h"
#include "testdatabase.h"
#include "workflow/intakeservice.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QToolButton>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace pd;

class TestIntakeDialog : public QObject
{
    Q_OBJECT

private:
    // Chinese arrives through the input method, as it does for a real user; Latin text as keys.
    static void typeText(QWidget *w, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClicks(w, QString(c));
            } else {
                QInputMethodEvent commit;
                commit.setCommitString(QString(c));
                QApplication::sendEvent(w, &commit);
            }
        }
    }
    static qint64 requestCount(Database &db)
    {
        auto n = QueueRepository(db).count(QueueQuery());
        return n ? n.value() : -1;
    }
    static void fillNewPerson(IntakeDialog &dialog, const QString &name, const QString &phone, const QString &email)
    {
        typeText(dialog.findChild<QLineEdit *>(QStringLiteral("nameField")), name);
        typeText(dialog.findChild<QLineEdit *>(QStringLiteral("phoneField")), phone);
        typeText(dialog.findChild<QLineEdit *>(QStringLiteral("emailField")), email);
    }
    static std::unique_ptr<Session> agentSession(test::TestDatabase &holder)
    {
        SessionOptions options;
        options.idleLockSeconds = 0;
        return holder.session(holder.addStaff(QStringLiteral("li.na"), Role::Agent), options);
    }
    static qint64 auditCount(Database &db, const QString &action)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }
    static void clickRegister(IntakeDialog &dialog)
    {
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok);
        QTest::mouseClick(ok, Qt::LeftButton);
    }

private Q_SLOTS:
    void registerAndFindInQueue_data() { test::TestDatabase::addEngineRows(); }
    void registerAndFindInQueue()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const auto session = agentSession(*dbHolder);
        IntakeDialog dialog(*session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillNewPerson(dialog, QStringLiteral("王芳"), QStringLiteral("138 0013 8000"), QStringLiteral("Wang.Fang@Example.com"));
        dialog.findChild<QCheckBox *>(QStringLiteral("type_access"))->setChecked(true);
        dialog.findChild<QCheckBox *>(QStringLiteral("type_deletion"))->setChecked(true);
        clickRegister(dialog);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.createdRequests().size(), 2);
        QCOMPARE(requestCount(db), qint64(2));

        // The queue finds both by the two-character name typed into the search box.
        RequestQueuePage page(*session);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(test::settle(*page.model()));
        QCOMPARE(page.model()->rowCount(), 2);
        QLineEdit *search = page.filterBar()->searchField();
        typeText(search, QStringLiteral("不存在的人"));
        QTRY_COMPARE(page.model()->filter().text, QStringLiteral("不存在的人")); // after the typing pause
        QVERIFY(test::settle(*page.model()));
        QCOMPARE(page.model()->rowCount(), 0);
        search->clear();
        typeText(search, QStringLiteral("王芳"));
        QTRY_COMPARE(page.model()->filter().text, QStringLiteral("王芳"));
        QVERIFY(test::settle(*page.model()));
        QCOMPARE(page.model()->rowCount(), 2);
        QStringList refs;
        for (int row = 0; row < 2; ++row)
            refs << page.model()->index(row, 0).data(RequestQueueModel::ReferenceRole).toString();
        for (const Request &r : dialog.createdRequests())
            QVERIFY2(refs.contains(r.reference), qPrintable(r.reference));
        // By phone as printed, without +86.
        search->clear();
        typeText(search, QStringLiteral("138 0013 8000"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(test::settle(*page.model()));
        QCOMPARE(page.model()->rowCount(), 2);

        // Enter opens the detail panel: personal data masked, opening it audited.
        page.view()->setFocus();
        page.view()->setCurrentIndex(page.model()->index(0, 0));
        QSignalSpy shown(page.detailPanel(), &RequestDetailPanel::viewShown);
        QTest::keyClick(page.view(), Qt::Key_Return);
        QVERIFY(page.detailPanel()->isVisible());
        QVERIFY(shown.wait(5000));
        QCOMPARE(page.detailPanel()->fieldText(QStringLiteral("phone")), QStringLiteral("138****8000"));
        QCOMPARE(page.detailPanel()->fieldText(QStringLiteral("email")), QStringLiteral("w***@example.com"));
        QCOMPARE(auditCount(db, QStringLiteral("person_viewed")), qint64(1));
        // Revealing a field shows the normalised value, and is audited (which field, not the value).
        QToolButton *reveal = page.detailPanel()->revealButton(PersonField::Phone);
        QVERIFY(reveal && reveal->isVisible() && reveal->isEnabled());
        reveal->click();
        QTRY_COMPARE(page.detailPanel()->fieldText(QStringLiteral("phone")), QStringLiteral("+8613800138000"));
        QCOMPARE(page.detailPanel()->fieldText(QStringLiteral("email")), QStringLiteral("w***@example.com"));
        QCOMPARE(auditCount(db, QStringLiteral("personal_data_revealed")), qint64(1));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'personal_data_revealed'")) && q.next());
        QVERIFY2(q.value(0).toString().contains(QLatin1String("\"field\":\"phone\"")), qPrintable(q.value(0).toString()));
        QVERIFY(!q.value(0).toString().contains(QLatin1String("13800138000")));
        QTest::keyClick(page.view(), Qt::Key_Escape);
        QVERIFY(!page.detailPanel()->isVisible());
    }

    void badInputKeepsDialogOpenAndSavesNothing()
    {
        PD_FRESH_DB(db, QStringLiteral("sqlite"));
        const auto session = agentSession(*dbHolder);
        IntakeDialog dialog(*session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillNewPerson(dialog, QStringLiteral("李娜"), QStringLiteral("138 0013 800"), QStringLiteral("li.na@example"));
        auto *id = dialog.findChild<QLineEdit *>(QStringLiteral("idNumberField"));
        typeText(id, QStringLiteral("110105194912310021"));
        clickRegister(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted (yet)
        QCOMPARE(requestCount(db), qint64(0));

        auto *phone = dialog.findChild<QLineEdit *>(QStringLiteral("phoneField"));
        QCOMPARE(phone->text(), QStringLiteral("138 0013 800")); // what was typed stays
        QVERIFY(phone->property("invalid").toBool());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("emailField"))->property("invalid").toBool());
        QVERIFY(id->property("invalid").toBool());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("nameField"))->property("invalid").toBool());
        auto *phoneError = dialog.findChild<QLabel *>(QStringLiteral("phoneFieldError"));
        QVERIFY(phoneError->isVisible());
        QVERIFY2(phoneError->text().contains(QStringLiteral("138 0013 800")), qPrintable(phoneError->text()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("typesError"))->isVisible()); // no type chosen

        // Fix everything: the same dialog now registers. Each message goes as its field is corrected.
        phone->clear();
        typeText(phone, QStringLiteral("13800138000"));
        QVERIFY(!phoneError->isVisible());
        QVERIFY(!phone->property("invalid").toBool());
        QVERIFY(id->property("invalid").toBool()); // not touched yet: still marked
        auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("emailField"));
        email->clear();
        typeText(email, QStringLiteral("li.na@example.com"));
        id->clear();
        typeText(id, QStringLiteral("11010519491231002X"));
        dialog.findChild<QCheckBox *>(QStringLiteral("type_explanation"))->setChecked(true);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("typesError"))->isVisible());
        clickRegister(dialog);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(requestCount(db), qint64(1));
    }

    void lookupUsesExistingPerson()
    {
        PD_FRESH_DB(db, QStringLiteral("sqlite"));
        const WorkingDayCalendar calendar{};
        IntakeForm seed;
        seed.name = QStringLiteral("Emily Chen");
        seed.email = QStringLiteral("emily.chen@example.com");
        seed.types = {RequestType::Access};
        seed.receivedAt = QDateTime::currentDateTime().addDays(-1);
        const auto first = IntakeService(db, calendar).submit(seed, QStringLiteral("tester"));
        QVERIFY2(first, qPrintable(first.error()));

        const auto session = agentSession(*dbHolder);
        IntakeDialog dialog(*session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *lookup = dialog.findChild<QLineEdit *>(QStringLiteral("lookupField"));
        typeText(lookup, QStringLiteral("EMILY.CHEN@example.com"));
        QTest::keyClick(lookup, Qt::Key_Return);
        QTRY_VERIFY(dialog.findChild<QLabel *>(QStringLiteral("chosenPerson"))->isVisible());
        // The match is shown masked.
        const QString match = dialog.findChild<QListWidget *>(QStringLiteral("personMatches"))->item(0)->text();
        QVERIFY2(match.contains(QStringLiteral("e***@example.com")) && !match.contains(QStringLiteral("emily.chen@")),
                 qPrintable(match));
        dialog.findChild<QCheckBox *>(QStringLiteral("type_copy"))->setChecked(true);
        clickRegister(dialog);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.createdRequests().constFirst().personId, first->constFirst().personId);
    }

    void mainWindowKeyboardAndLanguage()
    {
        PD_FRESH_DB(db, QStringLiteral("sqlite"));
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        Localization localization;
        localization.setLanguage(QStringLiteral("en"));
        MainWindow window(agentSession(*dbHolder), localization, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *queue = window.queuePage();
        QVERIFY(test::settle(*queue->model()));
        QCOMPARE(queue->model()->rowCount(), 0);
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("queueEmptyState"))->isVisible());

        // Ctrl+N opens the intake dialog; register one request through it.
        bool sawDialog = false;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<IntakeDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            sawDialog = true;
            fillNewPerson(*dialog, QStringLiteral("周杰"), QStringLiteral("+86 139 1234 5678"), QString());
            dialog->findChild<QCheckBox *>(QStringLiteral("type_complaint"))->setChecked(true);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::keySequence(&window, QKeySequence::New);
        QVERIFY(sawDialog);
        QTRY_COMPARE(queue->model()->rowCount(), 1);
        QVERIFY(queue->detailPanel()->isVisible()); // the new request is shown
        QTRY_COMPARE(queue->summaryText().section(QStringLiteral(" · "), 0, 0), QStringLiteral("1 request"));

        // Switching the language retranslates what is on screen.
        const QString english = queue->model()->headerData(0, Qt::Horizontal).toString();
        window.setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(localization.language(), QStringLiteral("zh_CN"));
        const QString chinese = queue->model()->headerData(0, Qt::Horizontal).toString();
        QVERIFY2(chinese != english && !chinese.isEmpty(), qPrintable(chinese));
        QVERIFY(test::settle(*queue->model()));
        QCOMPARE(queue->model()->index(0, RequestQueueModel::TypeColumn).data().toString(),
                 QCoreApplication::translate("RequestType", "Complaint / enquiry"));
        QCOMPARE(settings.get(AppSettings::Language), QStringLiteral("zh_CN"));
        window.setLanguage(QStringLiteral("en"));
        QCOMPARE(queue->model()->headerData(0, Qt::Horizontal).toString(), english);
    }

    void filtersPersistAcrossRestart()
    {
        PD_FRESH_DB(db, QStringLiteral("sqlite"));
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        Localization localization;
        localization.setLanguage(QStringLiteral("en"));
        QueueFilter filter;
        filter.statuses = {RequestStatus::Received, RequestStatus::Verifying};
        filter.dueWindow = QueueFilter::DueWindow::Overdue;
        filter.text = QStringLiteral("wang");
        const Actor agent = dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent);
        {
            MainWindow window(dbHolder->session(agent), localization, settings);
            window.show();
            window.queuePage()->filterBar()->setFilter(filter);
            window.queuePage()->model()->setFilter(window.queuePage()->filterBar()->filter());
            window.queuePage()->view()->horizontalHeader()->setSortIndicator(RequestQueueModel::PersonColumn,
                                                                            Qt::AscendingOrder);
            window.close();
        }
        MainWindow again(dbHolder->session(agent), localization, settings);
        QCOMPARE(again.queuePage()->model()->filter(), filter);
        QCOMPARE(again.queuePage()->filterBar()->filter(), filter);
        QCOMPARE(again.queuePage()->model()->sortColumn(), int(RequestQueueModel::PersonColumn));
        QCOMPARE(again.queuePage()->model()->sortOrder(), Qt::AscendingOrder);
    }
};

QTEST_MAIN(TestIntakeDialog)
#include "tst_intakedialog.moc"
