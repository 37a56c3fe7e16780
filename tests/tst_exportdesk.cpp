// Exports of the queue and the audit log: exactly the rows the actor's view holds, in its order,
// CSV and XLSX, across pages, audited; a cancelled export leaves no file.
#include "session/exportdesk.h"
#include "session/session.h"
#include "testdatabase.h"
#include "workflow/intakeservice.h"
#include "workflow/queuecolumns.h"
#include "workflow/workingdaycalendar.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

QStringList column(const Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return {QStringLiteral("SQL failed: ") + sql};
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// The references of a CSV export, in file order.
QStringList referencesIn(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    static const QRegularExpression ref(QStringLiteral("^(DSR-\\d{4}-\\d{6}),"), QRegularExpression::MultilineOption);
    for (auto it = ref.globalMatch(QString::fromUtf8(f.readAll())); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

} // namespace

class TestExportDesk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queueAsTheActorSeesIt_data() { test::TestDatabase::addEngineRows(); }
    void queueAsTheActorSeesIt()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const Actor agent = dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent);
        const Actor other = dbHolder->addStaff(QStringLiteral("zhang.wei"), Role::Agent);
        // More requests than one page holds, received a minute apart.
        QList<IntakeForm> forms;
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
        const int n = ExportDesk::kPageSize * 3 / 2 + 150; // four in five are li.na's: still more than a page
        for (int i = 0; i < n; ++i) {
            IntakeForm f;
            f.name = i == 7 ? QStringLiteral("=HYPERLINK(\"http://evil\")") : QStringLiteral("Person %1").arg(i);
            f.email = QStringLiteral("p%1@example.org").arg(i);
            f.types = {i % 3 == 0 ? RequestType::Deletion : RequestType::Access};
            f.receivedAt = start.addSecs(60 * i);
            forms << f;
        }
        const auto created = IntakeService(db, WorkingDayCalendar{}).submitAll(forms, agent.username);
        QVERIFY2(created, qPrintable(created.error()));
        // Every fifth request belongs to the other agent: not in li.na's queue.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE requests SET assignee_id = %1, assignee_name = 'Zhang Wei' WHERE id % 5 = 0").arg(other.staffId)));

        SessionOptions options;
        options.idleLockSeconds = 0;
        const auto session = dbHolder->session(agent, options);
        QTemporaryDir dir;
        QueueQuery query; // newest first, as the queue opens
        query.visibleTo = 0;
        const QString csv = dir.filePath(QStringLiteral("queue.csv"));
        QList<qint64> progress;
        const auto rows = session->exports().queue(query, {}, csv, QDate::currentDate(), [&](qint64 done, qint64) {
            progress << done;
            return true;
        });
        QVERIFY2(rows, qPrintable(rows.error()));
        const QStringList expected = column(db, QStringLiteral("SELECT reference FROM requests WHERE assignee_id IS NULL OR assignee_id = %1 "
                                                               "ORDER BY received_at DESC, id DESC")
                                                    .arg(agent.staffId));
        QCOMPARE(rows.value(), qint64(expected.size()));
        QVERIFY(expected.size() > ExportDesk::kPageSize);
        QCOMPARE(referencesIn(csv), expected);
        QVERIFY(progress.size() >= 2); // more than one page
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads it as UTF-8
        const QString text = QString::fromUtf8(bytes);
        QVERIFY2(text.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://evil\"\")\",")), "the formula is defused");
        QVERIFY(text.contains(QueueColumns::title(QueueColumn::DaysLeft)));

        // A filter, and two columns, to XLSX.
        QueueQuery deletions;
        deletions.typeKeys = {QStringLiteral("deletion")};
        deletions.sortOrder = Qt::AscendingOrder;
        const QString xlsx = dir.filePath(QStringLiteral("deletions.xlsx"));
        const auto xrows = session->exports().queue(deletions, {QueueColumn::Reference, QueueColumn::Person}, xlsx, QDate::currentDate());
        QVERIFY2(xrows, qPrintable(xrows.error()));
        const QStringList expectedDeletions = column(db, QStringLiteral("SELECT reference FROM requests WHERE type = 'deletion' AND "
                                                                        "(assignee_id IS NULL OR assignee_id = %1) ORDER BY received_at, id")
                                                             .arg(agent.staffId));
        QCOMPARE(xrows.value(), qint64(expectedDeletions.size()));
        // The sheet, read with unzip (QuaZip cannot share a process with libxlsxwriter: both carry
        // minizip's symbols).
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
        QVERIFY(unzip.waitForFinished(30000));
        QCOMPARE(unzip.exitCode(), 0);
        const QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
        QCOMPARE(xml.count(QStringLiteral("<row ")), expectedDeletions.size() + 1);
        QVERIFY(xml.contains(expectedDeletions.first()) && xml.contains(expectedDeletions.last()));
        QVERIFY(!xml.contains(QStringLiteral("<f>"))); // no cell is a formula

        // Both exports are in the audit log, with their row counts.
        const QStringList audited = column(db, QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'list_exported' ORDER BY id"));
        QCOMPARE(audited.size(), 2);
        QVERIFY2(audited.at(0).contains(QStringLiteral("\"rows\":%1").arg(expected.size())), qPrintable(audited.at(0)));
        QVERIFY(audited.at(1).contains(QStringLiteral("\"format\":\"xlsx\"")));

        // Cancelled: an error, and no file where the export was going.
        const QString cancelled = dir.filePath(QStringLiteral("cancelled.csv"));
        const auto stopped = session->exports().queue(query, {}, cancelled, QDate::currentDate(), [](qint64, qint64) { return false; });
        QVERIFY(!stopped);
        QVERIFY(!QFile::exists(cancelled));
        // A folder that does not exist: said so.
        const auto nowhere = session->exports().queue(query, {}, dir.filePath(QStringLiteral("no/such/queue.csv")), QDate::currentDate());
        QVERIFY(!nowhere);
        QVERIFY2(nowhere.error().contains(QStringLiteral("queue.csv")), qPrintable(nowhere.error()));
    }

    void auditAsTheActorSeesIt_data() { test::TestDatabase::addEngineRows(); }
    void auditAsTheActorSeesIt()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const Actor agent = dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent);
        const Actor supervisor = dbHolder->addStaff(QStringLiteral("zhou.min"), Role::Supervisor);
        const Actor other = dbHolder->addStaff(QStringLiteral("zhang.wei"), Role::Agent);
        QList<IntakeForm> forms;
        for (int i = 0; i < 6; ++i) {
            IntakeForm f;
            f.name = QStringLiteral("Person %1").arg(i);
            f.email = QStringLiteral("p%1@example.org").arg(i);
            f.types = {RequestType::Access};
            f.receivedAt = QDateTime::currentDateTimeUtc().addDays(-1);
            forms << f;
        }
        QVERIFY(IntakeService(db, WorkingDayCalendar{}).submitAll(forms, supervisor.username));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE requests SET assignee_id = %1 WHERE id % 2 = 0").arg(other.staffId)));

        SessionOptions options;
        options.idleLockSeconds = 0;
        QTemporaryDir dir;
        for (const Actor &actor : {supervisor, agent}) {
            const auto session = dbHolder->session(actor, options);
            const QString path = dir.filePath(actor.username + QStringLiteral(".csv"));
            const auto rows = session->exports().audit(AuditQuery{}, path);
            QVERIFY2(rows, qPrintable(rows.error()));
            // Supervisors see every entry; an agent those about the requests they can see.
            const QString visible = actor.role == Role::Supervisor
                ? QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action <> 'list_exported'")
                : QStringLiteral("SELECT COUNT(*) FROM audit_log a LEFT JOIN requests r ON r.id = a.request_id "
                                 "WHERE a.action <> 'list_exported' AND ((r.id IS NOT NULL AND (r.assignee_id IS NULL OR r.assignee_id = %1)) "
                                 "OR (r.id IS NULL AND a.actor = '%2'))")
                      .arg(actor.staffId)
                      .arg(actor.username);
            QCOMPARE(QString::number(rows.value()), column(db, visible).value(0));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(qint64(f.readAll().count("\r\n")), rows.value() + 1);
        }
    }
};

QTEST_MAIN(TestExportDesk)
#include "tst_exportdesk.moc"
