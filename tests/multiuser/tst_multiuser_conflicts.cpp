// Two workstations (two processes) make 1,000 conflicting changes each to the same requests:
// afterwards no change is lost and none is applied twice. Each accepted change is in the audit log
// exactly once, the requests' final versions and priorities agree with it, and the chain verifies.
#include "audit/auditlog.h"
#include "testdatabase.h"
#include "workflow/intakeservice.h"
#include "workflow/workingdaycalendar.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace pd;

namespace {

struct Accepted
{
    qint64 id = 0;
    int version = 0;
    QString priority;
};

constexpr int kChanges = 1000;

} // namespace

class TestMultiuserConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoProcesses_data() { test::TestDatabase::addEngineRows(); }
    void twoProcesses();
};

void TestMultiuserConflicts::twoProcesses()
{
    QFETCH(QString, engine);
    auto holder = test::TestDatabase::create(engine);
    if (!holder)
        return;
    Database &db = holder->db();
    const QString password = QStringLiteral("hammer-and-tongs-7");
    holder->addStaff(QStringLiteral("first.supervisor"), Role::Supervisor, password);
    holder->addStaff(QStringLiteral("second.supervisor"), Role::Supervisor, password);

    const WorkingDayCalendar calendar{};
    QList<qint64> ids;
    for (const QString &name : {QStringLiteral("王芳"), QStringLiteral("李雷")}) {
        IntakeForm form;
        form.name = name;
        form.email = name == QStringLiteral("王芳") ? QStringLiteral("wang.fang@example.com") : QStringLiteral("li.lei@example.com");
        form.types = {RequestType::Access};
        form.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        const auto made = IntakeService(db, calendar).submit(form, QStringLiteral("first.supervisor"));
        QVERIFY2(made, qPrintable(made.error()));
        ids << made->constFirst().id;
    }
    QHash<qint64, int> initialVersion;
    QSqlQuery q(holder->connection());
    for (qint64 id : ids) {
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM requests WHERE id = %1").arg(id)) && q.next());
        initialVersion.insert(id, q.value(0).toInt());
    }
    QVERIFY(q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")) && q.next());
    const qint64 auditBefore = q.value(0).toLongLong();
    q.finish();

    // Both at once.
    QStringList idText;
    for (qint64 id : ids)
        idText << QString::number(id);
    QList<QProcess *> workers;
    for (const auto &[user, seed] : {std::pair{QStringLiteral("first.supervisor"), 11}, std::pair{QStringLiteral("second.supervisor"), 12}}) {
        auto *p = new QProcess(this);
        p->start(QStringLiteral(PD_HAMMER_PATH), {holder->urlString(), user, password, idText.join(QLatin1Char(',')),
                                                  QString::number(kChanges), QString::number(seed)});
        workers << p;
    }
    QList<Accepted> accepted;
    int conflicts = 0;
    for (QProcess *p : workers) {
        QVERIFY2(p->waitForFinished(300000), "a worker did not finish within 5 minutes");
        const QString errors = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, qPrintable(errors));
        int reported = -1;
        for (const QString &line : QString::fromUtf8(p->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.first() == QLatin1String("ok")) {
                accepted.append({f.at(1).toLongLong(), f.at(2).toInt(), f.at(3)});
            } else if (f.first() == QLatin1String("done")) {
                reported = f.at(1).toInt() + f.at(2).toInt();
                conflicts += f.at(2).toInt();
            }
        }
        QCOMPARE(reported, kChanges);
        delete p;
    }
    // They did get in each other's way (otherwise this test shows nothing).
    QVERIFY2(conflicts > 0, "no conflicting change at all");
    QVERIFY(!accepted.isEmpty());

    // Every accepted change: one audit entry, with the version and priority it reported.
    QHash<QPair<qint64, int>, QString> audited; // (request, version) -> priority
    QSqlQuery a(holder->connection());
    a.setForwardOnly(true);
    QVERIFY(a.exec(QStringLiteral("SELECT request_id, after_json FROM audit_log WHERE id > %1 AND action = 'field_edit'").arg(auditBefore)));
    int auditedCount = 0;
    while (a.next()) {
        const QJsonObject after = QJsonDocument::fromJson(a.value(1).toString().toUtf8()).object();
        const auto key = qMakePair(a.value(0).toLongLong(), after.value(QStringLiteral("version")).toInt());
        QVERIFY2(!audited.contains(key), "two audit entries for one version of a request");
        audited.insert(key, after.value(QStringLiteral("priority")).toString());
        ++auditedCount;
    }
    a.finish();
    QCOMPARE(auditedCount, accepted.size());
    QHash<qint64, Accepted> latest;
    QHash<qint64, int> perRequest;
    for (const Accepted &c : std::as_const(accepted)) {
        const auto key = qMakePair(c.id, c.version);
        QVERIFY2(audited.contains(key), qPrintable(QStringLiteral("change %1 v%2 is not in the audit log").arg(c.id).arg(c.version)));
        QCOMPARE(audited.value(key), c.priority);
        ++perRequest[c.id];
        if (c.version > latest.value(c.id).version)
            latest.insert(c.id, c);
    }
    // The stored requests: each accepted change moved the version by exactly one, and the last
    // one's priority is what is stored.
    for (qint64 id : ids) {
        QSqlQuery r(holder->connection());
        QVERIFY(r.exec(QStringLiteral("SELECT version, priority FROM requests WHERE id = %1").arg(id)) && r.next());
        QCOMPARE(r.value(0).toInt(), initialVersion.value(id) + perRequest.value(id));
        QCOMPARE(r.value(0).toInt(), latest.value(id).version);
        QCOMPARE(priorities().key(Priority(r.value(1).toInt())), latest.value(id).priority);
    }
    const auto chain = AuditLog(db).verify();
    QVERIFY2(chain, qPrintable(chain.error()));
    QVERIFY2(chain->intact, qPrintable(chain->problem));
    qInfo("%s: %lld accepted, %d conflicts", qPrintable(engine), qint64(accepted.size()), conflicts);
}

QTEST_GUILESS_MAIN(TestMultiuserConflicts)
#include "tst_multiuser_conflicts.moc"
