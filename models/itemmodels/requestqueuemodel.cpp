#include "requestqueuemodel.h"

#include "../common/displayformat.h"
#include "../session/queuereader.h"
#include "../session/session.h"
#include "../workflow/queuecolumns.h"
#include "../workflow/workingdaycalendar.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace pd {

RequestQueueModel::RequestQueueModel(const Session &session, QObject *parent)
    : PagedModel(
        session,
        [](const Session &s, const QueueModelQuery &q) { return s.queue().counts(q.query, q.today, q.dueSoonUntil); },
        [](const Session &s, const QueueModelQuery &q, const PageRequest &page) { return s.queue().page(q.query, page); },
        parent),
      m_calendar(session.calendar()), m_today(QDate::currentDate())
{
    reload();
}

RequestQueueModel::~RequestQueueModel() = default;

QueueQuery RequestQueueModel::currentQuery() const
{
    QueueQuery q = m_filter.toQuery(m_today, m_calendar);
    q.sortColumn = m_sortColumn;
    q.sortOrder = m_sortOrder;
    return q;
}

void RequestQueueModel::reload()
{
    if (!m_todayPinned)
        m_today = QDate::currentDate();
    setQuery({currentQuery(), m_today, m_calendar.addWorkingDays(m_today, QueueFilter::kDueSoonWorkingDays)});
}

void RequestQueueModel::countArrived()
{
    Q_EMIT countsChanged(counts());
}

void RequestQueueModel::setFilter(const QueueFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void RequestQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (QueueColumn(column) == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = QueueColumn(column);
    m_sortOrder = order;
    reload();
}

void RequestQueueModel::setToday(QDate today)
{
    m_today = today;
    m_todayPinned = today.isValid();
    reload();
}

void RequestQueueModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int RequestQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 RequestQueueModel::requestId(int row) const
{
    const QueueRow *r = rowAt(row);
    return r ? r->request.id : 0;
}

std::optional<Request> RequestQueueModel::requestAt(int row) const
{
    const QueueRow *r = rowAt(row);
    return r ? std::optional<Request>(r->request) : std::nullopt;
}

int RequestQueueModel::rowOf(qint64 requestId) const
{
    return cachedRowOf(requestId);
}

RequestQueueModel::Urgency RequestQueueModel::urgency(const Request &r, int daysLeft) const
{
    if (!isClockRunning(r.status))
        return Urgency::None; // closed, or paused while the requester is asked
    if (r.dueDate < m_today)
        return Urgency::Overdue;
    return daysLeft <= QueueFilter::kDueSoonWorkingDays ? Urgency::DueSoon : Urgency::None;
}

QVariant RequestQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow *row = rowAt(index.row());
    if (!row) {
        if (role == Qt::DisplayRole && index.column() == 0)
            return tr("Loading…");
        if (role == Qt::ForegroundRole)
            return QColor(0x9e, 0x9e, 0x9e);
        return {};
    }
    const Request &r = row->request;
    const bool open = isOpen(r.status);
    // Only the days-left cells need the calendar; the other cells skip it. A paused clock shows
    // the working days that were left when it stopped (they carry on when it resumes).
    const bool paused = r.status == RequestStatus::AwaitingRequester && r.pausedOn.isValid();
    const auto daysLeft = [&] { return QueueColumns::daysLeft(r, m_calendar, m_today); };

    switch (role) {
    case Qt::DisplayRole:
        if (index.column() < ColumnCount)
            return QueueColumns::text(r, QueueColumn(index.column()), m_calendar, m_today);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DaysLeftColumn) {
            switch (urgency(r, daysLeft())) {
            case Urgency::Overdue: return QColor(0xc6, 0x28, 0x28);
            case Urgency::DueSoon: return QColor(0xb2, 0x6a, 0x00);
            case Urgency::None: break;
            }
        }
        if (index.column() == AssigneeColumn && r.assigneeName.isEmpty())
            return QColor(0x75, 0x75, 0x75);
        return {};
    case Qt::FontRole:
        if (index.column() == DaysLeftColumn && urgency(r, daysLeft()) != Urgency::None) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeftColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DaysLeftColumn || index.column() == DueColumn) {
            if (paused)
                return tr("Paused since %1 while waiting for the requester: the clock stops, and the %n working day(s) left "
                          "carry on when the requester answers (%2).",
                          nullptr, daysLeft())
                    .arg(DisplayFormat::proseDate(r.pausedOn), DeadlineRule::description());
            return tr("Due %1 (%2)").arg(DisplayFormat::proseDate(r.dueDate), DeadlineRule::description());
        }
        if (index.column() == ReceivedColumn)
            return DisplayFormat::proseDateTime(r.receivedAt);
        return {};
    case IdRole: return r.id;
    case ReferenceRole: return r.reference;
    case TypeKeyRole: return requestTypes().key(r.type);
    case StatusKeyRole: return requestStatuses().key(r.status);
    case ReceivedRole: return r.receivedAt;
    case DueDateRole: return r.dueDate;
    case DaysLeftRole: return open ? QVariant(daysLeft()) : QVariant();
    case UrgencyRole: return int(urgency(r, daysLeft()));
    case VersionRole: return r.version;
    default: return {};
    }
}

QVariant RequestQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section >= 0 && section < ColumnCount ? QueueColumns::title(QueueColumn(section)) : QVariant();
}

} // namespace pd
