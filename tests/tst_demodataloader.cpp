// The GUI's demo-data loader: runs on a worker thread behind a progress dialog that can cancel.
#include "demodataloader.h"
#include "session/session.h"
#include "storage/queuerepository.h"
#include "testdatabase.h"

#include <QApplication>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pd;

class TestDemoDataLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsInTheBackground_data() { test::TestDatabase::addEngineRows(); }
    void loadsInTheBackground()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const auto session = dbHolder->session(dbHolder->addStaff(QStringLiteral("boss"), Role::Administrator));
        QWidget window;
        window.show();
        DemoDataLoader loader(*session, &window);
        QSignalSpy finished(&loader, &DemoDataLoader::finished);
        loader.start(3000, 5);
        QVERIFY(loader.isRunning());
        // The GUI thread keeps serving events while the worker writes.
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("demoProgress"));
        QVERIFY(progress);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toLongLong(), qint64(3000));
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QCOMPARE(QueueRepository(db).count(QueueQuery()).value(), qint64(3000));
        QVERIFY(!progress->isVisible());
    }

    void cancelStopsEarly()
    {
        PD_FRESH_DB(db, QStringLiteral("sqlite"));
        const auto session = dbHolder->session(dbHolder->addStaff(QStringLiteral("boss"), Role::Administrator));
        QWidget window;
        window.show();
        DemoDataLoader loader(*session, &window);
        QSignalSpy finished(&loader, &DemoDataLoader::finished);
        loader.start(400000, 5);
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("demoProgress"));
        QVERIFY(progress);
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 30000); // the first batch arrived
        QPushButton *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(finished.wait(60000));
        const qint64 written = finished.at(0).at(0).toLongLong();
        QVERIFY2(written > 0 && written < 400000, qPrintable(QString::number(written)));
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        // What was written is whole and searchable.
        QCOMPARE(QueueRepository(db).count(QueueQuery()).value(), written);
    }

    // Only an administrator loads demo data, and only where there are no real requests.
    void refusedToOthers()
    {
        PD_FRESH_DB(db, QStringLiteral("sqlite"));
        const auto session = dbHolder->session(dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent));
        QWidget window;
        DemoDataLoader loader(*session, &window);
        QSignalSpy finished(&loader, &DemoDataLoader::finished);
        loader.start(100, 5);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toLongLong(), qint64(0));
        QVERIFY2(finished.at(0).at(1).toString().contains(QLatin1String("Only an administrator")),
                 qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(QueueRepository(db).count(QueueQuery()).value(), qint64(0));
    }
};

QTEST_MAIN(TestDemoDataLoader)
#include "tst_demodataloader.moc"
