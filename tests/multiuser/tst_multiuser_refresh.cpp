// Two workstations on one database, on both engines: what one changes reaches the other's queue,
// detail panel and audit page by itself (PostgreSQL LISTEN/NOTIFY, SQLite data_version), with the
// selection kept on the same request; and saving over a version someone else changed shows both
// sides and lets the user choose, losing nothing.
#include "auditpage.h"
#include "conflictdialog.h"
#include "itemmodels/auditlogmodel.h"
#include "itemmodels/requestqueuemodel.h"
#include "requestactionsbar.h"
#include "requestdetailpanel.h"
#include "requestqueuepage.h"
#include "session/requestdesk.h"
#include "testdatabase.h"
#include "workflow/intakeservice.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace pd;

namespace {

qint64 registerRequest(Database &db, const QString &name, int hoursAgo)
{
    IntakeForm form;
    form.name = name;
    form.email = QStringLiteral("p%1@example.com").arg(hoursAgo);
    form.types = {RequestType::Access};
    form.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-3600 * hoursAgo);
    const auto made = IntakeService(db, WorkingDayCalendar{}).submit(form, QStringLiteral("one.supervisor"));
    if (!made)
        qFatal("%s", qPrintable(made.error()));
    return made->constFirst().id;
}

int storedPriority(const test::TestDatabase &holder, qint64 id)
{
    QSqlQuery q(holder.connection());
    return q.exec(QStringLiteral("SELECT priority FROM requests WHERE id = %1").arg(id)) && q.next() ? q.value(0).toInt() : -1;
}

// Clicks a button of the next conflict dialog once it is shown (it runs modally).
void answerConflict(const QString &button, QString *theirs, QString *mine)
{
    QTimer::singleShot(50, [=] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            answerConflict(button, theirs, mine);
            return;
        }
        *theirs = dialog->theirsText();
        if (auto *yours = dialog->findChild<QWidget *>(QStringLiteral("yourChange")))
            *mine = yours->property("plainText").toString();
        dialog->findChild<QPushButton *>(button)->click();
    });
}

} // namespace

class TestMultiuserRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void otherWorkstationsChanges_data() { test::TestDatabase::addEngineRows(); }
    void otherWorkstationsChanges();
    void staleVersionConflict_data() { test::TestDatabase::addEngineRows(); }
    void staleVersionConflict();
};

void TestMultiuserRefresh::otherWorkstationsChanges()
{
    QFETCH(QString, engine);
    auto holder = test::TestDatabase::create(engine);
    if (!holder)
        return;
    const Actor one = holder->addStaff(QStringLiteral("one.supervisor"), Role::Supervisor);
    const Actor two = holder->addStaff(QStringLiteral("two.supervisor"), Role::Supervisor);
    QList<qint64> ids;
    for (int i = 0; i < 30; ++i)
        ids << registerRequest(holder->db(), QStringLiteral("申请人%1").arg(i), 10 + i); // newest first: ids[0] on top

    // Workstation one: the queue with the sixth request selected and open, and the audit page.
    auto sessionOne = holder->session(one);
    RequestQueuePage page(*sessionOne);
    page.resize(1400, 800);
    page.show();
    page.view()->sortByColumn(RequestQueueModel::ReceivedColumn, Qt::DescendingOrder); // newest on top
    QVERIFY(test::settle(*page.model()));
    QCOMPARE(page.model()->rowCount(), 30);
    const qint64 chosen = ids.at(5);
    QCOMPARE(page.model()->requestId(5), chosen);
    page.view()->setCurrentIndex(page.model()->index(5, RequestQueueModel::PersonColumn));
    page.view()->selectRow(5);
    QSignalSpy shown(page.detailPanel(), &RequestDetailPanel::viewShown);
    page.openCurrent();
    QVERIFY(shown.wait(5000));
    QCOMPARE(page.detailPanel()->view()->request.priority, Priority::Normal);
    AuditPage audit(*sessionOne);
    audit.show();
    QVERIFY(test::settle(*audit.model()));
    const int auditRows = audit.model()->rowCount();
    QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);

    // Workstation two, with its own connection: a priority change and a note on the chosen
    // request, and a new request that arrives on top of the queue (every row moves down one).
    auto sessionTwo = holder->session(two);
    const auto view = sessionTwo->requests().view(chosen, RequestDesk::Purpose::Refresh);
    QVERIFY2(view, qPrintable(view.error()));
    QElapsedTimer latency;
    latency.start();
    QVERIFY(sessionTwo->requests().setPriority(chosen, view->request.version, Priority::Urgent).ok());
    QVERIFY(sessionTwo->requests().addNote(chosen, QStringLiteral("电话回访：已确认身份")).ok());
    const qint64 newest = registerRequest(holder->db(), QStringLiteral("新申请人"), 1);

    // Workstation one sees all of it by itself.
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 31, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(page.detailPanel()->view()->request.priority, Priority::Urgent, 5000);
    const qint64 seenAfterMs = latency.elapsed();
    QVERIFY(test::settle(*page.model()));
    QCOMPARE(page.model()->requestId(0), newest);
    // The selection stayed on the same request, which moved down a row; the view was not reset.
    QCOMPARE(page.model()->data(page.view()->currentIndex(), RequestQueueModel::IdRole).toLongLong(), chosen);
    QCOMPARE(page.view()->currentIndex().row(), 6);
    QCOMPARE(page.view()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(page.view()->selectionModel()->selectedRows().constFirst().row(), 6);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(test::loaded(*page.model(), 6, RequestQueueModel::ReferenceColumn).toString(),
             page.detailPanel()->view()->request.reference);
    // The note is in the panel's history, and the audit page has the new entries.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QString &text : page.detailPanel()->historyTexts())
                if (text.endsWith(QStringLiteral("\n电话回访：已确认身份")))
                    return true;
            return false;
        }(),
        5000);
    QTRY_VERIFY_WITH_TIMEOUT(audit.model()->rowCount() >= auditRows + 3, 5000);
    qInfo("%s: the other workstation saw the change after %lld ms", qPrintable(engine), seenAfterMs);
}

void TestMultiuserRefresh::staleVersionConflict()
{
    QFETCH(QString, engine);
    auto holder = test::TestDatabase::create(engine);
    if (!holder)
        return;
    const Actor one = holder->addStaff(QStringLiteral("one.supervisor"), Role::Supervisor);
    const Actor two = holder->addStaff(QStringLiteral("two.supervisor"), Role::Supervisor);
    const qint64 id = registerRequest(holder->db(), QStringLiteral("王芳"), 5);

    SessionOptions quiet;
    quiet.watchChanges = false; // workstation one must still hold the old version when it saves
    auto sessionOne = holder->session(one, quiet);
    RequestDetailPanel panel(*sessionOne);
    panel.show();
    QSignalSpy shown(&panel, &RequestDetailPanel::viewShown);
    panel.showRequest(id);
    QVERIFY(shown.wait(5000));
    const int versionSeen = panel.view()->request.version;

    auto sessionTwo = holder->session(two);
    QVERIFY(sessionTwo->requests().setPriority(id, versionSeen, Priority::Low).ok());

    // One saves "High" over the version it read: not saved; both sides shown; keep theirs.
    QString theirs, mine;
    answerConflict(QStringLiteral("keepTheirs"), &theirs, &mine);
    QSignalSpy changed(panel.actions(), &RequestActionsBar::changed);
    panel.actions()->setPriority(Priority::High);
    QVERIFY(changed.wait(10000));
    QVERIFY2(theirs.contains(priorities().label(Priority::Low)), qPrintable(theirs));
    QVERIFY2(theirs.contains(QStringLiteral("two.supervisor")), qPrintable(theirs));
    QVERIFY2(mine.contains(priorities().label(Priority::High)), qPrintable(mine));
    QCOMPARE(storedPriority(*holder, id), int(Priority::Low));

    // Again, over the now stale view once more, and this time apply mine on the stored version.
    QVERIFY(sessionTwo->requests().setPriority(id, versionSeen + 1, Priority::Normal).ok());
    answerConflict(QStringLiteral("applyMine"), &theirs, &mine);
    changed.clear();
    panel.actions()->setPriority(Priority::Urgent);
    QVERIFY(changed.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(storedPriority(*holder, id), int(Priority::Urgent), 5000);
    QVERIFY2(theirs.contains(priorities().label(Priority::Normal)), qPrintable(theirs));
    // Nobody's change was lost: the audit log has two's two and one's one, in order.
    QSqlQuery q(holder->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT actor, after_json FROM audit_log WHERE request_id = %1 AND action = 'field_edit' ORDER BY id").arg(id)));
    QStringList who;
    while (q.next())
        who << q.value(0).toString();
    QCOMPARE(who, (QStringList{QStringLiteral("two.supervisor"), QStringLiteral("two.supervisor"), QStringLiteral("one.supervisor")}));
}

QTEST_MAIN(TestMultiuserRefresh)
#include "tst_multiuser_refresh.moc"
