// A dropped PostgreSQL connection: reads report it, the next refresh and the next write recover.
#include "itemmodels/requestqueuemodel.h"
#include "storage/queuerepository.h"
#include "testdatabase.h"
#include "workflow/intakeservice.h"
#include "workflow/workingdaycalendar.h"

#include <QSignalSpy>
#include <QTest>

using namespace pd;

class TestReconnect : public QObject
{
    Q_OBJECT

private:
    static IntakeForm form(const QString &email)
    {
        IntakeForm f;
        f.name = QStringLiteral("赵敏");
        f.email = email;
        f.types = {RequestType::Access};
        f.receivedAt = QDateTime::currentDateTime().addSecs(-3600);
        return f;
    }

private Q_SLOTS:
    void droppedConnectionRecovers()
    {
        auto holder = test::TestDatabase::create(QStringLiteral("postgresql"));
        if (!holder)
            return;
        Database &db = holder->db();
        const WorkingDayCalendar calendar{};
        const IntakeService intake(db, calendar);
        QVERIFY(intake.submit(form(QStringLiteral("zhao.min@example.com")), QStringLiteral("tester")).ok());

        RequestQueueModel model(db, calendar);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(db.isAlive());

        QVERIFY(holder->terminateConnections());
        QVERIFY(!db.isAlive());

        // The write path replaces the dead connection before it begins: nothing is lost.
        const auto second = intake.submit(form(QStringLiteral("zhao.min2@example.com")), QStringLiteral("tester"));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(db.isAlive());

        // A read on a dead connection reports a readable error; the next refresh (F5) recovers.
        QVERIFY(holder->terminateConnections());
        QSignalSpy errors(&model, &RequestQueueModel::errorOccurred);
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.lastError().isEmpty());
        QVERIFY(errors.wait(1000));
        QVERIFY(!errors.constFirst().constFirst().toString().isEmpty());
        model.refresh();
        QCOMPARE(model.lastError(), QString());
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
