#include "queuecolumns.h"

#include "../common/displayformat.h"
#include "workingdaycalendar.h"

#include <QLocale>

namespace pd {

namespace {
// The order of QueueColumn; the keys never change (they are stored in saved views).
constexpr const char *kKeys[] = {"reference", "type", "status", "person", "channel", "received", "due", "days_left", "assignee", "priority"};
static_assert(std::size(kKeys) == std::size_t(QueueColumn::Count));
} // namespace

QList<QueueColumn> QueueColumns::all()
{
    QList<QueueColumn> out;
    for (int c = 0; c < int(QueueColumn::Count); ++c)
        out << QueueColumn(c);
    return out;
}

QString QueueColumns::key(QueueColumn column)
{
    return column == QueueColumn::Count ? QString() : QString::fromLatin1(kKeys[int(column)]);
}

std::optional<QueueColumn> QueueColumns::fromKey(const QString &key)
{
    for (int c = 0; c < int(QueueColumn::Count); ++c)
        if (key == QLatin1String(kKeys[c]))
            return QueueColumn(c);
    return std::nullopt;
}

QString QueueColumns::title(QueueColumn column)
{
    switch (column) {
    case QueueColumn::Reference: return tr("Reference");
    case QueueColumn::Type: return tr("Type");
    case QueueColumn::Status: return tr("Status");
    case QueueColumn::Person: return tr("Person");
    case QueueColumn::Channel: return tr("Channel");
    case QueueColumn::Received: return tr("Received");
    case QueueColumn::Due: return tr("Due");
    case QueueColumn::DaysLeft: return tr("Working days left");
    case QueueColumn::Assignee: return tr("Assignee");
    case QueueColumn::Priority: return tr("Priority");
    case QueueColumn::Count: break;
    }
    return {};
}

int QueueColumns::daysLeft(const Request &r, const WorkingDayCalendar &calendar, QDate today)
{
    if (!isOpen(r.status))
        return 0;
    return calendar.workingDaysLeft(isPaused(r) ? std::min(r.pausedOn, today) : today, r.dueDate);
}

QString QueueColumns::text(const Request &r, QueueColumn column, const WorkingDayCalendar &calendar, QDate today)
{
    switch (column) {
    case QueueColumn::Reference: return r.reference;
    case QueueColumn::Type: return requestTypes().label(r.type);
    case QueueColumn::Status: return requestStatuses().label(r.status);
    case QueueColumn::Person: return r.personName;
    case QueueColumn::Channel: return channels().label(r.channel);
    case QueueColumn::Received: return DisplayFormat::tableDateTime(r.receivedAt);
    case QueueColumn::Due: return r.dueDate.toString(Qt::ISODate);
    case QueueColumn::DaysLeft:
        if (!isOpen(r.status))
            return QStringLiteral("—");
        if (isPaused(r))
            return tr("%1 (paused)", "working days left while the clock is paused").arg(QLocale().toString(daysLeft(r, calendar, today)));
        return QLocale().toString(daysLeft(r, calendar, today));
    case QueueColumn::Assignee: return r.assigneeName.isEmpty() ? tr("Unassigned") : r.assigneeName;
    case QueueColumn::Priority: return priorities().label(r.priority);
    case QueueColumn::Count: break;
    }
    return {};
}

} // namespace pd
