#pragma once

#include "../domain/queuequery.h"

#include <QCoreApplication>

namespace pd {

class WorkingDayCalendar;

// What a person picks in the queue's filter bar. Turned into a QueueQuery against a given day,
// because "overdue" and "due within 3 working days" depend on today and on the calendar.
struct QueueFilter
{
    Q_DECLARE_TR_FUNCTIONS(QueueFilter)

public:
    enum class DueWindow { Any, Overdue, DueSoon, ThisWeek };
    static constexpr int kDueSoonWorkingDays = 3;

    QList<RequestStatus> statuses;
    QList<RequestType> types;
    qint64 assigneeId = -1; // -1: anyone, 0: unassigned
    DueWindow dueWindow = DueWindow::Any;
    QString text;

    QueueQuery toQuery(QDate today, const WorkingDayCalendar &calendar) const;
    static QString dueWindowLabel(DueWindow w);
    static QString dueWindowKey(DueWindow w);
    static DueWindow dueWindowFromKey(const QString &key);

    bool operator==(const QueueFilter &) const = default;
};

} // namespace pd
