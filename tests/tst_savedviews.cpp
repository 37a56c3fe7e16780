// Saved views of the queue: the desk's rules (personal, shared by administrators, replaced by
// name, refused with the reason, audited) on both engines, and the Views menu on a real queue
// page: the built-in "Assigned to me", saving the filter, sort and columns and opening them again
// in a new session, a refused save that keeps what was typed, and a shared view arriving live.
#include "filterbar.h"
#include "itemmodels/requestqueuemodel.h"
#include "requestqueuepage.h"
#include "savedviewsbutton.h"
#include "saveviewdialog.h"
#include "session/session.h"
#include "session/viewdesk.h"
#include "testdatabase.h"
#include "workflow/intakeservice.h"
#include "workflow/queuecolumns.h"
#include "workflow/workingdaycalendar.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace pd;

namespace {

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QStringList names(const QList<SavedView> &views)
{
    QStringList out;
    for (const SavedView &v : views)
        out << v.name;
    return out;
}

QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text() == text)
            return a;
        if (a->menu())
            if (QAction *inner = findAction(a->menu(), text))
                return inner;
    }
    return nullptr;
}

// Opens the menu's contents as the user would see them (aboutToShow fills it).
QMenu *openedMenu(SavedViewsButton *button)
{
    Q_EMIT button->menu()->aboutToShow();
    return button->menu();
}

SessionOptions noIdleLock()
{
    SessionOptions o;
    o.idleLockSeconds = 0;
    return o;
}

} // namespace

class TestSavedViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void definitionRoundTrip()
    {
        SavedView v;
        v.filter.statuses = {RequestStatus::Verifying, RequestStatus::Received};
        v.filter.types = {RequestType::Deletion};
        v.filter.assigneeId = SavedView::kViewer;
        v.filter.dueWindow = QueueFilter::DueWindow::Overdue;
        v.filter.text = QStringLiteral("王");
        v.sortColumn = QueueColumn::Priority;
        v.sortOrder = Qt::AscendingOrder;
        v.columns = {QueueColumn::Priority, QueueColumn::Reference, QueueColumn::Status};
        QJsonObject json = v.toJson();
        // Written by a newer version: a column and a key this one does not know are skipped.
        QJsonArray columns = json.value(QStringLiteral("columns")).toArray();
        columns.append(QStringLiteral("sentiment"));
        json.insert(QStringLiteral("columns"), columns);
        json.insert(QStringLiteral("colour"), QStringLiteral("teal"));
        const SavedView back = SavedView::fromJson(json);
        QCOMPARE(back.filter.statuses, v.filter.statuses);
        QCOMPARE(back.filter.types, v.filter.types);
        QCOMPARE(back.filter.assigneeId, SavedView::kViewer);
        QCOMPARE(back.filter.dueWindow, QueueFilter::DueWindow::Overdue);
        QCOMPARE(back.filter.text, QStringLiteral("王"));
        QCOMPARE(back.sortColumn, QueueColumn::Priority);
        QCOMPARE(back.sortOrder, Qt::AscendingOrder);
        QCOMPARE(back.columns, v.columns);
        QVERIFY(back.sameLookAs(v));
        QCOMPARE(back.filterFor(42).assigneeId, qint64(42));
        // Statuses in another order are the same look; another sort is not.
        SavedView reordered = v;
        reordered.filter.statuses = {RequestStatus::Received, RequestStatus::Verifying};
        QVERIFY(reordered.sameLookAs(v));
        reordered.sortOrder = Qt::DescendingOrder;
        QVERIFY(!reordered.sameLookAs(v));
        // A definition that is not a view at all gives the standard queue.
        const SavedView empty = SavedView::fromJson(QJsonDocument::fromJson("{\"assignee\": 7.5, \"sort\": 3}").object());
        QCOMPARE(empty.filter, QueueFilter());
        QCOMPARE(empty.sortColumn, QueueColumn::Received);
        QVERIFY(empty.columns.isEmpty());
    }

    void deskRules_data() { test::TestDatabase::addEngineRows(); }
    void deskRules()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const Actor agent = dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent);
        const Actor colleague = dbHolder->addStaff(QStringLiteral("zhang.wei"), Role::Agent);
        const Actor admin = dbHolder->addStaff(QStringLiteral("the.admin"), Role::Administrator);
        const auto agentSession = dbHolder->session(agent, noIdleLock());
        const auto colleagueSession = dbHolder->session(colleague, noIdleLock());
        const auto adminSession = dbHolder->session(admin, noIdleLock());

        SavedView mine;
        mine.name = QStringLiteral("  My deletions  ");
        mine.filter.types = {RequestType::Deletion};
        mine.sortColumn = QueueColumn::Due;
        const auto saved = agentSession->views().save(mine, false);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved.value().name, QStringLiteral("My deletions"));
        QCOMPARE(saved.value().ownerId, agent.staffId);
        QVERIFY(saved.value().id > 0);

        // Only administrators share; the refusal says who may.
        const auto refused = agentSession->views().save(mine, true);
        QCOMPARE(refused.errorKind(), ErrorKind::Denied);
        QVERIFY2(refused.error().contains(QStringLiteral("administrator")), qPrintable(refused.error()));
        SavedView team;
        team.name = QStringLiteral("Overdue, everyone");
        team.filter.dueWindow = QueueFilter::DueWindow::Overdue;
        const auto shared = adminSession->views().save(team, true);
        QVERIFY2(shared, qPrintable(shared.error()));
        QCOMPARE(shared.value().ownerId, qint64(0));

        // Each sees the built-in view, the shared ones and their own; nobody else's.
        const auto agentViews = agentSession->views().list();
        QVERIFY(agentViews);
        QCOMPARE(names(agentViews.value()),
                 QStringList({SavedView::assignedToMe().name, QStringLiteral("Overdue, everyone"), QStringLiteral("My deletions")}));
        QCOMPARE(agentViews.value().at(2).filter.types, QList<RequestType>{RequestType::Deletion});
        QCOMPARE(agentViews.value().at(2).sortColumn, QueueColumn::Due);
        const auto colleagueViews = colleagueSession->views().list();
        QVERIFY(colleagueViews);
        QCOMPARE(names(colleagueViews.value()), QStringList({SavedView::assignedToMe().name, QStringLiteral("Overdue, everyone")}));

        // The same name again replaces the view; two members of staff may use one name.
        mine.name = QStringLiteral("My deletions");
        mine.sortOrder = Qt::AscendingOrder;
        const auto replaced = agentSession->views().save(mine, false);
        QVERIFY2(replaced, qPrintable(replaced.error()));
        QCOMPARE(replaced.value().id, saved.value().id);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM saved_views WHERE name = 'My deletions'")), qint64(1));
        QCOMPARE(agentSession->views().list().value().at(2).sortOrder, Qt::AscendingOrder);
        QVERIFY(colleagueSession->views().save(mine, false));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM saved_views WHERE name = 'My deletions'")), qint64(2));

        // Bad names say what is wrong.
        SavedView bad;
        bad.name = QStringLiteral("   ");
        QCOMPARE(agentSession->views().save(bad, false).errorKind(), ErrorKind::Invalid);
        bad.name = QString(SavedView::kMaximumNameLength + 1, QLatin1Char('x'));
        const auto tooLong = agentSession->views().save(bad, false);
        QCOMPARE(tooLong.errorKind(), ErrorKind::Invalid);
        QVERIFY2(tooLong.error().contains(QString::number(SavedView::kMaximumNameLength)), qPrintable(tooLong.error()));
        bad.name = SavedView::assignedToMe().name;
        QCOMPARE(agentSession->views().save(bad, false).errorKind(), ErrorKind::Invalid);

        // Deleting: a shared view only by an administrator, someone else's not at all.
        QCOMPARE(agentSession->views().remove(shared.value().id).errorKind(), ErrorKind::Denied);
        QCOMPARE(colleagueSession->views().remove(saved.value().id).errorKind(), ErrorKind::NotFound);
        QVERIFY(agentSession->views().remove(saved.value().id));
        QVERIFY(adminSession->views().remove(shared.value().id));
        QCOMPARE(names(agentSession->views().list().value()), QStringList{SavedView::assignedToMe().name});

        // On the record: four saves (one replacing), two deletions; the replaced one keeps the before.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'view_saved'")), qint64(4));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'view_deleted'")), qint64(2));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'view_saved' AND before_json LIKE '%ascending%'")),
                 qint64(0));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'view_saved' AND after_json LIKE '%ascending%' "
                                           "AND actor = 'li.na' AND before_json LIKE '%descending%'")),
                 qint64(1));
    }

    void viewsMenuOnTheQueue_data() { test::TestDatabase::addEngineRows(); }
    void viewsMenuOnTheQueue()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const Actor supervisor = dbHolder->addStaff(QStringLiteral("zhou.min"), Role::Supervisor);
        const Actor other = dbHolder->addStaff(QStringLiteral("zhang.wei"), Role::Agent);
        const Actor admin = dbHolder->addStaff(QStringLiteral("the.admin"), Role::Administrator);
        QList<IntakeForm> forms;
        for (int i = 0; i < 12; ++i) {
            IntakeForm f;
            f.name = QStringLiteral("Person %1").arg(i);
            f.email = QStringLiteral("p%1@example.org").arg(i);
            f.types = {i % 3 == 0 ? RequestType::Deletion : RequestType::Access};
            f.receivedAt = QDateTime::currentDateTimeUtc().addDays(-i);
            forms << f;
        }
        QVERIFY(IntakeService(db, WorkingDayCalendar{}).submitAll(forms, supervisor.username));
        QSqlQuery q(db.connection());
        // Five are the supervisor's own, three the agent's, the rest unassigned.
        QVERIFY(q.exec(QStringLiteral("UPDATE requests SET assignee_id = %1, assignee_name = 'zhou.min' WHERE id % 12 < 5").arg(supervisor.staffId)));
        QVERIFY(q.exec(QStringLiteral("UPDATE requests SET assignee_id = %1, assignee_name = 'zhang.wei' WHERE id % 12 BETWEEN 5 AND 7").arg(other.staffId)));
        const qint64 mine = scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE assignee_id = %1").arg(supervisor.staffId));
        QVERIFY(mine > 0 && mine < 12);

        const auto session = dbHolder->session(supervisor, noIdleLock());
        auto page = std::make_unique<RequestQueuePage>(*session);
        page->resize(1400, 700);
        page->show();
        QVERIFY(test::settle(*page->model()));
        QCOMPARE(page->model()->rowCount(), 12);
        SavedViewsButton *button = page->viewsButton();

        // The built-in view: the signed-in member's requests, the most urgent first.
        QMenu *menu = openedMenu(button);
        QAction *assigned = findAction(menu, SavedView::assignedToMe().name);
        QVERIFY(assigned);
        QVERIFY(!assigned->isChecked());
        assigned->trigger();
        QVERIFY(test::settle(*page->model()));
        QCOMPARE(page->model()->filter().assigneeId, supervisor.staffId);
        QCOMPARE(page->filterBar()->filter().assigneeId, supervisor.staffId);
        QCOMPARE(qint64(page->model()->rowCount()), mine);
        QCOMPARE(page->view()->horizontalHeader()->sortIndicatorSection(), int(QueueColumn::DaysLeft));
        QCOMPARE(page->view()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QVERIFY(findAction(openedMenu(button), SavedView::assignedToMe().name)->isChecked());

        // Deletions only, by reference, without the channel column, priority moved first: saved.
        QueueFilter filter;
        filter.types = {RequestType::Deletion};
        page->filterBar()->setFilter(filter);
        page->model()->setFilter(filter);
        page->setColumnShown(QueueColumn::Channel, false);
        QHeaderView *header = page->view()->horizontalHeader();
        header->moveSection(header->visualIndex(int(QueueColumn::Priority)), 0);
        header->setSortIndicator(int(QueueColumn::Reference), Qt::AscendingOrder);
        QVERIFY(test::settle(*page->model()));
        const qint64 deletions = scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE type = 'deletion'"));
        QCOMPARE(qint64(page->model()->rowCount()), deletions);
        const QList<QueueColumn> shown = page->shownColumns();
        QCOMPARE(shown.first(), QueueColumn::Priority);
        QVERIFY(!shown.contains(QueueColumn::Channel));

        // The share box is an administrator's; a refused save keeps what was typed and says why.
        button->askToSave();
        SaveViewDialog *dialog = button->saveDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->sharedBox()->isEnabled());
        QVERIFY(dialog->sharedBox()->toolTip().contains(QStringLiteral("administrator")));
        dialog->nameField()->setText(SavedView::assignedToMe().name);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!dialog->errorText().isEmpty());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("built-in")), qPrintable(dialog->errorText()));
        QCOMPARE(dialog->nameField()->text(), SavedView::assignedToMe().name);
        QVERIFY(dialog->isVisible());
        dialog->nameField()->setText(QString());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(!dialog->errorText().isEmpty());
        dialog->nameField()->setText(QStringLiteral("Deletions by reference"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!button->saveDialog());
        QTRY_VERIFY(names(button->views()).contains(QStringLiteral("Deletions by reference")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM saved_views WHERE owner_id = %1").arg(supervisor.staffId)), qint64(1));
        QVERIFY(findAction(openedMenu(button), QStringLiteral("Deletions by reference"))->isChecked());

        // Signed in again (a new session, a new page in the standard look): the view opens as saved.
        page.reset();
        const auto again = dbHolder->session(supervisor, noIdleLock());
        RequestQueuePage second(*again);
        second.resize(1400, 700);
        second.show();
        QVERIFY(test::settle(*second.model()));
        QCOMPARE(second.model()->rowCount(), 12);
        QTRY_VERIFY(names(second.viewsButton()->views()).contains(QStringLiteral("Deletions by reference")));
        QAction *stored = findAction(openedMenu(second.viewsButton()), QStringLiteral("Deletions by reference"));
        QVERIFY(stored && !stored->isChecked());
        stored->trigger();
        QVERIFY(test::settle(*second.model()));
        QCOMPARE(qint64(second.model()->rowCount()), deletions);
        QCOMPARE(second.model()->filter().types, QList<RequestType>{RequestType::Deletion});
        QCOMPARE(second.model()->filter().assigneeId, qint64(-1));
        QCOMPARE(second.shownColumns(), shown);
        QCOMPARE(second.view()->horizontalHeader()->sortIndicatorSection(), int(QueueColumn::Reference));
        QCOMPARE(second.view()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        // Rows in reference order, as SQL orders them.
        QSqlQuery refs(db.connection());
        QVERIFY(refs.exec(QStringLiteral("SELECT reference FROM requests WHERE type = 'deletion' ORDER BY reference")));
        for (int row = 0; refs.next(); ++row)
            QCOMPARE(second.model()->requestAt(row)->reference, refs.value(0).toString());

        // An administrator shares a view at another workstation: it arrives in the menu by itself.
        const auto adminSession = dbHolder->session(admin, noIdleLock());
        SavedView team;
        team.name = QStringLiteral("Team: overdue");
        team.filter.dueWindow = QueueFilter::DueWindow::Overdue;
        QVERIFY(adminSession->views().save(team, true));
        QTRY_VERIFY_WITH_TIMEOUT(names(second.viewsButton()->views()).contains(QStringLiteral("Team: overdue")), 10000);
        QMenu *withShared = openedMenu(second.viewsButton());
        QVERIFY(findAction(withShared, QStringLiteral("Team: overdue")));
        // The supervisor may not delete it: offered disabled, with the reason.
        QAction *deleteShared = findAction(withShared, QStringLiteral("Team: overdue (shared)"));
        QVERIFY(deleteShared && !deleteShared->isEnabled());
        QVERIFY(!deleteShared->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
