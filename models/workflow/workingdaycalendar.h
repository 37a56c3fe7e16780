#pragma once

#include <QCoreApplication>
#include <QDate>

namespace pd {

// Which days count as working days. For now Monday to Friday; the mainland holiday calendar
// (statutory holidays and make-up working days) comes in a later issue, and every deadline goes
// through this class, so that is the one place to change (workingDaysUntil() counts whole weeks
// in O(1) and must then correct for the exceptions in the range).
class WorkingDayCalendar final
{
public:
    bool isWorkingDay(QDate day) const;

    // The n-th working day after `from` (`from` itself is not counted). n >= 0.
    QDate addWorkingDays(QDate from, int n) const;
    // Working days from `today` to `due`: 0 when due today, negative when overdue
    // (counting the working days since), positive when still to come.
    int workingDaysUntil(QDate today, QDate due) const;
    // What the queue shows: 0 when due today, the working days still to come, or for a missed
    // deadline at least -1 (due Friday, seen on Sunday: -1, not 0).
    int workingDaysLeft(QDate today, QDate due) const;
};

// The reply deadline a request gets on receipt (policy §8: 十五个工作日内回复).
class DeadlineRule final
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineRule)

public:
    static constexpr int kPolicyWorkingDays = 15;

    explicit DeadlineRule(const WorkingDayCalendar &calendar) : m_calendar(calendar) {}

    // Received on day D (local date of receipt): due on the 15th working day after D.
    QDate dueDate(QDate receivedOn) const;
    // For a tooltip: "15 working days after receipt".
    static QString description();

private:
    const WorkingDayCalendar &m_calendar;
};

} // namespace pd
