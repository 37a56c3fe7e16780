#include "queuefilter.h"

#include "workingdaycalendar.h"

namespace pd {

QueueQuery QueueFilter::toQuery(QDate today, const WorkingDayCalendar &calendar) const
{
    QueueQuery q;
    for (auto s : statuses)
        q.statusKeys << requestStatuses().key(s);
    for (auto t : types)
        q.typeKeys << requestTypes().key(t);
    q.assigneeId = assigneeId;
    q.text = text.trimmed();
    // Picking a status, or searching, shows them again (a reference typed finds its request).
    q.hideClosingProposed = statuses.isEmpty() && q.text.isEmpty();
    switch (dueWindow) {
    case DueWindow::Any:
        break;
    case DueWindow::Overdue:
        q.clockRunningOnly = true;
        q.dueTo = today.addDays(-1);
        break;
    case DueWindow::DueSoon:
        q.clockRunningOnly = true;
        q.dueFrom = today;
        q.dueTo = calendar.addWorkingDays(today, kDueSoonWorkingDays);
        break;
    case DueWindow::ThisWeek:
        q.clockRunningOnly = true;
        q.dueFrom = today.addDays(1 - today.dayOfWeek());
        q.dueTo = q.dueFrom.addDays(6);
        break;
    }
    return q;
}

QString QueueFilter::dueWindowLabel(DueWindow w)
{
    switch (w) {
    case DueWindow::Any: return tr("Any due date");
    case DueWindow::Overdue: return tr("Overdue");
    case DueWindow::DueSoon: return tr("Due within 3 working days");
    case DueWindow::ThisWeek: return tr("Due this week");
    }
    return {};
}

QString QueueFilter::dueWindowKey(DueWindow w)
{
    switch (w) {
    case DueWindow::Any: return QStringLiteral("any");
    case DueWindow::Overdue: return QStringLiteral("overdue");
    case DueWindow::DueSoon: return QStringLiteral("due_soon");
    case DueWindow::ThisWeek: return QStringLiteral("this_week");
    }
    return {};
}

QueueFilter::DueWindow QueueFilter::dueWindowFromKey(const QString &key)
{
    for (auto w : {DueWindow::Overdue, DueWindow::DueSoon, DueWindow::ThisWeek})
        if (dueWindowKey(w) == key)
            return w;
    return DueWindow::Any;
}

} // namespace pd
