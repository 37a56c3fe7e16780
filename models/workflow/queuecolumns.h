#pragma once

#include "../domain/queuequery.h"

#include <QCoreApplication>

namespace pd {

class WorkingDayCalendar;

// The queue's columns as people read them: the header and each cell's text, the same in the table,
// in an export and on the command line.
class QueueColumns final
{
    Q_DECLARE_TR_FUNCTIONS(QueueColumns)

public:
    static QList<QueueColumn> all();
    static QString title(QueueColumn column);
    // A stable key per column (saved views, `list --columns`).
    static QString key(QueueColumn column);
    static std::optional<QueueColumn> fromKey(const QString &key);
    // Working days left, counted from `today` (a paused clock: from the day it stopped); 0 when closed.
    static int daysLeft(const Request &r, const WorkingDayCalendar &calendar, QDate today);
    static bool isPaused(const Request &r) { return r.status == RequestStatus::AwaitingRequester && r.pausedOn.isValid(); }
    static QString text(const Request &r, QueueColumn column, const WorkingDayCalendar &calendar, QDate today);
};

} // namespace pd
