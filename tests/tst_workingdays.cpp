#include "workflow/workingdaycalendar.h"

#include <QRandomGenerator>
#include <QTest>

using pd::DeadlineRule;
using pd::WorkingDayCalendar;

namespace {

// The definitions, one day at a time: Monday to Friday are working days.
bool naiveWorking(QDate d)
{
    return d.dayOfWeek() != Qt::Saturday && d.dayOfWeek() != Qt::Sunday;
}

QDate naiveAdd(QDate from, int n)
{
    QDate d = from;
    while (n > 0) {
        d = d.addDays(1);
        if (naiveWorking(d))
            --n;
    }
    return d;
}

// Working days in (today, due] when due is later, minus those in (due, today] when it is earlier.
int naiveUntil(QDate today, QDate due)
{
    int n = 0;
    for (QDate d = today.addDays(1); d <= due; d = d.addDays(1))
        n += naiveWorking(d) ? 1 : 0;
    for (QDate d = due.addDays(1); d <= today; d = d.addDays(1))
        n -= naiveWorking(d) ? 1 : 0;
    return n;
}

} // namespace

class TestWorkingDays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isWorkingDay_data();
    void isWorkingDay();
    void addWorkingDays_data();
    void addWorkingDays();
    void addWorkingDaysMatchesNaive();
    void dueDate_data();
    void dueDate();
    void workingDaysUntil_data();
    void workingDaysUntil();
    void workingDaysLeft_data();
    void workingDaysLeft();
    void workingDaysUntilMatchesNaive();
    void workingDaysUntilIsInverseOfAdd();
};

void TestWorkingDays::isWorkingDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("working");
    // 2026-11-23 is a Monday.
    const QDate monday(2026, 11, 23);
    const char *names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    for (int i = 0; i < 7; ++i)
        QTest::newRow(names[i]) << monday.addDays(i) << (i < 5);
}

void TestWorkingDays::isWorkingDay()
{
    QFETCH(QDate, day);
    QFETCH(bool, working);
    QCOMPARE(WorkingDayCalendar().isWorkingDay(day), working);
}

void TestWorkingDays::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("zero days") << QDate(2026, 11, 25) << 0 << QDate(2026, 11, 25);
    QTest::newRow("zero days from Saturday") << QDate(2026, 11, 28) << 0 << QDate(2026, 11, 28);
    QTest::newRow("Wednesday + 1") << QDate(2026, 11, 25) << 1 << QDate(2026, 11, 26);
    QTest::newRow("Friday + 1 skips the weekend") << QDate(2026, 11, 27) << 1 << QDate(2026, 11, 30);
    QTest::newRow("Saturday + 1") << QDate(2026, 11, 28) << 1 << QDate(2026, 11, 30);
    QTest::newRow("Sunday + 1") << QDate(2026, 11, 29) << 1 << QDate(2026, 11, 30);
    QTest::newRow("Thursday + 2") << QDate(2026, 11, 26) << 2 << QDate(2026, 11, 30);
    QTest::newRow("Monday + 5") << QDate(2026, 11, 23) << 5 << QDate(2026, 11, 30);
    QTest::newRow("Friday + 10") << QDate(2026, 11, 27) << 10 << QDate(2026, 12, 11);
    QTest::newRow("across the year end") << QDate(2026, 12, 30) << 3 << QDate(2027, 1, 4);
    QTest::newRow("leap day") << QDate(2028, 2, 28) << 1 << QDate(2028, 2, 29);
    QTest::newRow("a year of working days") << QDate(2026, 1, 1) << 261 << QDate(2027, 1, 1);
}

void TestWorkingDays::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    const QDate got = WorkingDayCalendar().addWorkingDays(from, n);
    QCOMPARE(got, expected);
    QCOMPARE(got, naiveAdd(from, n));
    if (n > 0)
        QVERIFY(WorkingDayCalendar().isWorkingDay(got));
}

void TestWorkingDays::addWorkingDaysMatchesNaive()
{
    const WorkingDayCalendar calendar;
    const QDate base(2025, 12, 29);
    for (int start = 0; start < 21; ++start) {
        const QDate from = base.addDays(start);
        for (int n = 0; n <= 70; ++n) {
            const QDate got = calendar.addWorkingDays(from, n);
            if (got != naiveAdd(from, n)) {
                QFAIL(qPrintable(QStringLiteral("%1 + %2 working days: got %3, expected %4")
                                     .arg(from.toString(Qt::ISODate)).arg(n)
                                     .arg(got.toString(Qt::ISODate), naiveAdd(from, n).toString(Qt::ISODate))));
            }
        }
    }
}

void TestWorkingDays::dueDate_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("due");
    QTest::newRow("Friday") << QDate(2026, 11, 27) << QDate(2026, 12, 18);
    QTest::newRow("Saturday") << QDate(2026, 11, 28) << QDate(2026, 12, 18);
    QTest::newRow("Sunday") << QDate(2026, 11, 29) << QDate(2026, 12, 18);
    QTest::newRow("Monday") << QDate(2026, 11, 30) << QDate(2026, 12, 21);
    QTest::newRow("Wednesday") << QDate(2026, 12, 2) << QDate(2026, 12, 23);
    QTest::newRow("over the new year") << QDate(2026, 12, 24) << QDate(2027, 1, 14);
}

void TestWorkingDays::dueDate()
{
    QFETCH(QDate, received);
    QFETCH(QDate, due);
    const WorkingDayCalendar calendar;
    const DeadlineRule rule(calendar);
    QCOMPARE(DeadlineRule::kPolicyWorkingDays, 15);
    QCOMPARE(rule.dueDate(received), due);
    QCOMPARE(calendar.workingDaysUntil(received, due), 15);
    QVERIFY(!DeadlineRule::description().isEmpty());
}

void TestWorkingDays::workingDaysLeft_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("expected");
    const QDate friday(2026, 11, 27);
    QTest::newRow("due today") << friday << friday << 0;
    QTest::newRow("due next Monday") << friday << QDate(2026, 11, 30) << 1;
    // A deadline missed is at least one day late, even when no working day has passed since.
    QTest::newRow("due Friday, seen Saturday") << friday.addDays(1) << friday << -1;
    QTest::newRow("due Friday, seen Sunday") << friday.addDays(2) << friday << -1;
    QTest::newRow("due Friday, seen Monday") << friday.addDays(3) << friday << -1;
    QTest::newRow("due Friday, seen Tuesday") << friday.addDays(4) << friday << -2;
    QTest::newRow("due Saturday, seen Sunday") << friday.addDays(2) << friday.addDays(1) << -1;
}

void TestWorkingDays::workingDaysLeft()
{
    QFETCH(QDate, today);
    QFETCH(QDate, due);
    QFETCH(int, expected);
    const WorkingDayCalendar calendar;
    QCOMPARE(calendar.workingDaysLeft(today, due), expected);
}

void TestWorkingDays::workingDaysUntil_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("expected");
    const QDate friday(2026, 11, 27);
    QTest::newRow("due today") << friday << friday << 0;
    QTest::newRow("due today, a Saturday") << friday.addDays(1) << friday.addDays(1) << 0;
    QTest::newRow("Friday to Monday") << friday << QDate(2026, 11, 30) << 1;
    QTest::newRow("Friday to Saturday") << friday << friday.addDays(1) << 0;
    QTest::newRow("Saturday to Monday") << friday.addDays(1) << QDate(2026, 11, 30) << 1;
    QTest::newRow("Monday to Friday") << QDate(2026, 11, 23) << friday << 4;
    QTest::newRow("one week") << friday << friday.addDays(7) << 5;
    QTest::newRow("one day overdue") << QDate(2026, 11, 30) << friday << -1;
    QTest::newRow("overdue over a weekend, today Sunday") << QDate(2026, 11, 29) << QDate(2026, 11, 26) << -1;
    QTest::newRow("overdue, due on a Saturday") << QDate(2026, 11, 30) << QDate(2026, 11, 28) << -1;
    QTest::newRow("two weeks overdue") << QDate(2026, 12, 11) << friday << -10;
    QTest::newRow("52 weeks ahead") << QDate(2026, 1, 5) << QDate(2027, 1, 4) << 260;
    QTest::newRow("52 weeks overdue") << QDate(2027, 1, 4) << QDate(2026, 1, 5) << -260;
    QTest::newRow("invalid due") << friday << QDate() << 0;
}

void TestWorkingDays::workingDaysUntil()
{
    QFETCH(QDate, today);
    QFETCH(QDate, due);
    QFETCH(int, expected);
    QCOMPARE(WorkingDayCalendar().workingDaysUntil(today, due), expected);
    if (due.isValid())
        QCOMPARE(naiveUntil(today, due), expected);
}

void TestWorkingDays::workingDaysUntilMatchesNaive()
{
    const WorkingDayCalendar calendar;
    // Every pair within a fortnight of each other, from every weekday ...
    const QDate base(2026, 11, 16);
    for (int a = 0; a < 14; ++a) {
        for (int b = 0; b < 28; ++b) {
            const QDate today = base.addDays(a), due = base.addDays(b);
            QCOMPARE(calendar.workingDaysUntil(today, due), naiveUntil(today, due));
        }
    }
    // ... and spans of many weeks, both ways (fixed seed: the same pairs on every run).
    QRandomGenerator rng(20261129);
    const QDate origin(2024, 1, 1);
    for (int i = 0; i < 600; ++i) {
        const QDate today = origin.addDays(rng.bounded(1500));
        const QDate due = today.addDays(int(rng.bounded(900)) - 450);
        const int got = calendar.workingDaysUntil(today, due);
        const int expected = naiveUntil(today, due);
        if (got != expected) {
            QFAIL(qPrintable(QStringLiteral("workingDaysUntil(%1, %2) = %3, expected %4")
                                 .arg(today.toString(Qt::ISODate), due.toString(Qt::ISODate)).arg(got).arg(expected)));
        }
    }
}

void TestWorkingDays::workingDaysUntilIsInverseOfAdd()
{
    const WorkingDayCalendar calendar;
    for (int start = 0; start < 7; ++start) {
        const QDate from = QDate(2026, 11, 23).addDays(start);
        for (int n : {0, 1, 4, 5, 6, 15, 37, 100}) {
            const QDate to = calendar.addWorkingDays(from, n);
            QCOMPARE(calendar.workingDaysUntil(from, to), n);
            // (from, to] holds exactly n working days, seen from either end.
            QCOMPARE(calendar.workingDaysUntil(to, from), -n);
        }
    }
}

QTEST_GUILESS_MAIN(TestWorkingDays)
#include "tst_workingdays.moc"
