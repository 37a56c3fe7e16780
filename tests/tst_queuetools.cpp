// The queue's triage tools on real widgets: bulk actions (per-row results), the column chooser,
// the export of exactly the filtered queue, and the CSV import dialog, on both engines.
#include "bulkactions.h"
#include "bulkresultdialog.h"
#include "filterbar.h"
#include "importdialog.h"
#include "itemmodels/requestqueuemodel.h"
#include "requestqueuepage.h"
#include "testdatabase.h"
#include "workflow/intakeservice.h"
#include "workflow/queuecolumns.h"
#include "workflow/workingdaycalendar.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QAction *findAction(QMenu *menu, const QString &startsWith)
{
    for (QAction *a : menu->actions()) {
        if (a->text().startsWith(startsWith))
            return a;
        if (a->menu())
            if (QAction *inner = findAction(a->menu(), startsWith))
                return inner;
    }
    return nullptr;
}

} // namespace

class TestQueueTools : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Session> m_session;

    QList<Request> addRequests(Database &db, const QString &actor, int n)
    {
        QList<IntakeForm> forms;
        for (int i = 0; i < n; ++i) {
            IntakeForm f;
            f.name = QStringLiteral("Person %1").arg(i);
            f.email = QStringLiteral("p%1@example.org").arg(i);
            f.types = {i % 2 ? RequestType::Deletion : RequestType::Access};
            f.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-3600 * (i + 1));
            forms << f;
        }
        const auto created = IntakeService(db, WorkingDayCalendar{}).submitAll(forms, actor);
        return created ? created.value() : QList<Request>{};
    }

private Q_SLOTS:
    void bulkActions_data() { test::TestDatabase::addEngineRows(); }
    void bulkActions()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const Actor agent = dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent);
        const Actor supervisor = dbHolder->addStaff(QStringLiteral("zhou.min"), Role::Supervisor);
        const QList<Request> requests = addRequests(db, agent.username, 5);
        QCOMPARE(requests.size(), 5);
        // One is already withdrawn: starting verification does not fit it.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE requests SET status = 'withdrawn' WHERE id = %1").arg(requests.at(1).id)));

        SessionOptions options;
        options.idleLockSeconds = 0;
        const auto session = dbHolder->session(agent, options);
        RequestQueuePage page(*session);
        page.resize(1200, 700);
        page.show();
        QVERIFY(test::settle(*page.model()));
        QCOMPARE(page.model()->rowCount(), 5);
        QTableView *view = page.view();
        // The newest four (rows 0-3: requests 0-3).
        view->selectionModel()->select(QItemSelection(page.model()->index(0, 0), page.model()->index(3, 0)),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(page.selectedRequests().size(), 4);

        QMenu menu;
        page.bulkActions()->fillMenu(&menu, page.selectedRequests());
        QAction *start = findAction(&menu, requestActions().label(RequestAction::StartVerification));
        QVERIFY(start);
        QCOMPARE(start->text(), requestActions().label(RequestAction::StartVerification) + QStringLiteral(" (3 of 4)"));
        QVERIFY(start->isEnabled());
        QAction *complete = findAction(&menu, requestActions().label(RequestAction::Complete));
        QVERIFY(complete && !complete->isEnabled());
        QVERIFY(!complete->toolTip().isEmpty());

        QSignalSpy finished(&page, &RequestQueuePage::bulkFinished);
        // All four go to the service: three are done, the withdrawn one is refused with the reason.
        page.bulkActions()->apply({requests.at(0).id, requests.at(1).id, requests.at(2).id, requests.at(3).id},
                                  BulkChange{BulkChange::Kind::Action, RequestAction::StartVerification, 0, Priority::Normal},
                                  start->text());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).toInt(), 3);
        QCOMPARE(finished.first().at(2).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE status = 'verifying'")), 3);
        auto *result = page.findChild<BulkResultDialog *>();
        QVERIFY(result && result->isVisible());
        QCOMPARE(result->list()->topLevelItem(0)->text(0), requests.at(1).reference); // the refused first
        QVERIFY(result->list()->topLevelItem(0)->text(1).startsWith(QStringLiteral("Refused: ")));
        result->close();

        // An agent may not assign: offered, but disabled, with the reason.
        page.reloadStaff();
        QVERIFY(test::settle(*session));
        menu.clear();
        page.bulkActions()->fillMenu(&menu, page.selectedRequests());
        QAction *notMine = findAction(&menu, QStringLiteral("li.na"));
        QVERIFY2(notMine, "the assignable staff are offered");
        QVERIFY(!notMine->isEnabled());
        QVERIFY(notMine->toolTip().contains(QStringLiteral("supervisor")));

        // The supervisor assigns the four to li.na from the same menu.
        const auto supervising = dbHolder->session(supervisor, options);
        RequestQueuePage supervisorPage(*supervising);
        supervisorPage.show();
        QVERIFY(test::settle(*supervisorPage.model()));
        supervisorPage.view()->selectionModel()->select(QItemSelection(supervisorPage.model()->index(0, 0), supervisorPage.model()->index(3, 0)),
                                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(test::settle(*supervising));
        menu.clear();
        supervisorPage.bulkActions()->fillMenu(&menu, supervisorPage.selectedRequests());
        QAction *toLiNa = findAction(&menu, QStringLiteral("li.na"));
        QVERIFY(toLiNa && toLiNa->isEnabled());
        // Three open ones of four: the withdrawn one is closed.
        QVERIFY2(toLiNa->text().endsWith(QStringLiteral("(3 of 4)")), qPrintable(toLiNa->text()));
        QSignalSpy assigned(&supervisorPage, &RequestQueuePage::bulkFinished);
        toLiNa->trigger();
        QVERIFY(assigned.wait(10000));
        QCOMPARE(assigned.first().at(1).toInt(), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE assignee_id = %1").arg(agent.staffId)), 3);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'assignment'")), 3);
        // The rows refresh in place.
        QTRY_COMPARE_WITH_TIMEOUT(test::loaded(*page.model(), 0, RequestQueueModel::AssigneeColumn).toString(), QStringLiteral("li.na"), 10000);
    }

    void columnsAndExport_data() { test::TestDatabase::addEngineRows(); }
    void columnsAndExport()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const Actor agent = dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent);
        QCOMPARE(addRequests(db, agent.username, 9).size(), 9);
        SessionOptions options;
        options.idleLockSeconds = 0;
        const auto session = dbHolder->session(agent, options);
        RequestQueuePage page(*session);
        page.resize(1200, 700);
        page.show();
        QVERIFY(test::settle(*page.model()));
        // Only deletions; the Person column hidden, the Priority column shown.
        QueueFilter f;
        f.types = {RequestType::Deletion};
        page.filterBar()->setFilter(f);
        page.model()->setFilter(f);
        QVERIFY(test::settle(*page.model()));
        page.setColumnShown(QueueColumn::Person, false);
        QVERIFY(!page.shownColumns().contains(QueueColumn::Person));
        QVERIFY(page.shownColumns().contains(QueueColumn::Priority));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deletions.csv"));
        QSignalSpy exported(&page, &RequestQueuePage::exportFinished);
        page.exportTo(path);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(2).toString(), QString());
        const qint64 deletions = scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE type = 'deletion'"));
        QCOMPARE(exported.first().at(0).toLongLong(), deletions);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), deletions + 1);
        QVERIFY(!lines.first().contains(QueueColumns::title(QueueColumn::Person)));
        QVERIFY(lines.first().contains(QueueColumns::title(QueueColumn::Priority)));
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).contains(requestTypes().label(RequestType::Deletion)), qPrintable(lines.at(i)));
    }

    void importDialog_data() { test::TestDatabase::addEngineRows(); }
    void importDialog()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const Actor agent = dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent);
        SessionOptions options;
        options.idleLockSeconds = 0;
        const auto session = dbHolder->session(agent, options);
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            const QString path = dir.filePath(name);
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? path : QString();
        };

        // Two wrong rows: nothing can be imported, and the preview says which and why.
        ImportDialog dialog(*session);
        dialog.show();
        QSignalSpy checked(&dialog, &ImportDialog::checked);
        dialog.loadFile(write(QStringLiteral("bad.csv"),
                              QByteArrayLiteral("name,type,phone,Notes\nWang Fang,access,13812345678,x\nLi,nonsense,,y\nZhang,deletion,999,\"a\nb\"\n")));
        QVERIFY(checked.wait(10000));
        // The file read is named (it was "No file chosen yet" until the language changed).
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importFile"))->text().contains(QStringLiteral("bad.csv")));
        QCOMPARE(dialog.wrongRows(), 2);
        QVERIFY(!dialog.canImport());
        QTableWidget *preview = dialog.previewTable();
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("3"));
        QVERIFY2(preview->item(1, 4)->text().contains(QStringLiteral("nonsense")), qPrintable(preview->item(1, 4)->text()));
        QCOMPARE(preview->item(2, 0)->text(), QStringLiteral("4"));
        QVERIFY2(preview->item(2, 4)->text().startsWith(QStringLiteral("phone:")), qPrintable(preview->item(2, 4)->text()));
        // "Notes" is not recognised; mapping it to the summary keeps the multi-line text.
        QCOMPARE(dialog.mappingTable()->rowCount(), 4);

        // A good file: imported whole.
        checked.clear();
        dialog.loadFile(write(QStringLiteral("good.csv"),
                              QByteArrayLiteral("name,type,phone,Notes\nWang Fang,access,13812345678,x\nLi Lei,deletion,13912345678,\"a\nb\"\n")));
        QVERIFY(checked.wait(10000));
        dialog.setMapping(3, RequestImport::Field::Summary);
        QVERIFY(checked.wait(10000));
        QVERIFY2(dialog.canImport(), qPrintable(dialog.summaryText()));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.importNow();
        QVERIFY(imported.wait(10000));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE summary = 'a\nb'")), 1);
    }
};

QTEST_MAIN(TestQueueTools)
#include "tst_queuetools.moc"
