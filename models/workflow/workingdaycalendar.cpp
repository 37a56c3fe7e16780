#include "workingdaycalendar.h"

#include <algorithm>

namespace pd {

bool WorkingDayCalendar::isWorkingDay(QDate day) const
{
    return day.dayOfWeek() <= 5;
}

QDate WorkingDayCalendar::addWorkingDays(QDate from, int n) const
{
    QDate d = from;
    while (n > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --n;
    }
    return d;
}

int WorkingDayCalendar::workingDaysUntil(QDate today, QDate due) const
{
    if (!today.isValid() || !due.isValid() || today == due)
        return 0;
    const bool future = due > today;
    QDate a = future ? today : due;
    const QDate b = future ? due : today;
    // Working days in (a, b]: five in every whole week, then the remaining days one by one.
    const qint64 days = a.daysTo(b);
    int count = int(days / 7) * 5;
    a = a.addDays(days / 7 * 7);
    while (a < b) {
        a = a.addDays(1);
        if (isWorkingDay(a))
            ++count;
    }
    return future ? count : -count;
}

int WorkingDayCalendar::workingDaysLeft(QDate today, QDate due) const
{
    const int n = workingDaysUntil(today, due);
    return due < today ? std::min(n, -1) : n;
}

QDate DeadlineRule::dueDate(QDate receivedOn) const
{
    return m_calendar.addWorkingDays(receivedOn, kPolicyWorkingDays);
}

QString DeadlineRule::description()
{
    return tr("%n working day(s) after receipt", nullptr, kPolicyWorkingDays);
}

} // namespace pd
