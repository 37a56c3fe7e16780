#include "demo/demoplanner.h"
#include "workflow/workingdaycalendar.h"

#include <QHash>
#include <QTest>

using namespace pd;

// The demo planner alone (nothing is written): when requests arrive.
class TestDemoPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arrivalsSpreadOverTwoYears_data();
    void arrivalsSpreadOverTwoYears();
};

void TestDemoPlanner::arrivalsSpreadOverTwoYears_data()
{
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<QDateTime>("now");
    // A Wednesday morning, shortly after the office opened (Beijing time), and a Sunday evening.
    QTest::newRow("1,000") << qint64(1000) << QDateTime(QDate(2026, 12, 2), QTime(2, 10), Qt::UTC);
    QTest::newRow("1,000,000") << qint64(1'000'000) << QDateTime(QDate(2026, 12, 2), QTime(2, 10), Qt::UTC);
    QTest::newRow("1,000,000 on a Sunday") << qint64(1'000'000) << QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
}

void TestDemoPlanner::arrivalsSpreadOverTwoYears()
{
    QFETCH(qint64, requests);
    QFETCH(QDateTime, now);
    const WorkingDayCalendar calendar;
    DemoPlanner::Setup setup;
    setup.requests = requests;
    setup.seed = 7;
    setup.today = now.date();
    setup.now = now;
    // No staff: every request keeps its arrival and no script (the arrivals are what is tested).
    DemoPlanner planner(setup, calendar);

    const QDate first = now.date().addDays(-730);
    QHash<QDate, qint64> perDay;
    QDateTime previous;
    qint64 planned = 0;
    while (!planner.atEnd()) {
        const DemoSubmission s = planner.next();
        const QDateTime at = s.form.receivedAt;
        QVERIFY2(!previous.isValid() || at > previous,
                 qPrintable(QStringLiteral("arrival %1 at %2 is not after %3").arg(planned).arg(at.toString(Qt::ISODate),
                                                                                   previous.toString(Qt::ISODate))));
        QVERIFY2(at <= now, qPrintable(at.toString(Qt::ISODate)));
        QVERIFY2(at.date() >= first, qPrintable(at.toString(Qt::ISODate)));
        // Office hours in Beijing: 09:00 to 18:00, i.e. 01:00 to 10:00 UTC.
        QVERIFY2(at.time() >= QTime(1, 0) && at.time() <= QTime(10, 0), qPrintable(at.toString(Qt::ISODate)));
        perDay[at.date()] += s.form.types.size();
        planned += s.form.types.size();
        previous = at;
    }
    QCOMPARE(planned, requests);

    const double averageDay = double(requests) / double(first.daysTo(now.date()) + 1);
    qint64 busiest = 0;
    QDate busiestDay;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        if (it.value() > busiest) {
            busiest = it.value();
            busiestDay = it.key();
        }
    }
    QVERIFY2(double(busiest) <= 3 * averageDay,
             qPrintable(QStringLiteral("%1 holds %2 requests; the average day %3")
                            .arg(busiestDay.toString(Qt::ISODate))
                            .arg(busiest)
                            .arg(averageDay, 0, 'f', 1)));
    // And the last two days are no busier than any other (the old planner put two thirds of a
    // million requests there).
    const qint64 lastTwo = perDay.value(now.date()) + perDay.value(now.date().addDays(-1));
    QVERIFY2(double(lastTwo) <= 2 * 3 * averageDay, qPrintable(QString::number(lastTwo)));
    // Every week of the two years has requests.
    for (QDate week = first; week.addDays(7) <= now.date(); week = week.addDays(7)) {
        qint64 inWeek = 0;
        for (int d = 0; d < 7; ++d)
            inWeek += perDay.value(week.addDays(d));
        QVERIFY2(inWeek > 0, qPrintable(week.toString(Qt::ISODate)));
    }
}

QTEST_GUILESS_MAIN(TestDemoPlanner)
#include "tst_demoplanner.moc"
