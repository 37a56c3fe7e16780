// The GUI's demo-data loader: runs on a worker thread behind a progress dialog that can cancel.
#include "demodataloader.h"
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
        QWidget window;
        window.show();
        DemoDataLoader loader(db, &window);
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
        QWidget window;
        window.show();
        DemoDataLoader loader(db, &window);
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
};

QTEST_MAIN(TestDemoDataLoader)
#include "tst_demodataloader.moc"
