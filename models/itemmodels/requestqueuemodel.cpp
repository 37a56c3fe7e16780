#include "requestqueuemodel.h"

#include "../common/displayformat.h"
#include "../storage/database.h"
#include "../storage/queuerepository.h"
#include "../workflow/workingdaycalendar.h"

#include <QColor>
#include <QFont>
#include <QTimer>

#include <climits>

namespace pd {

RequestQueueModel::RequestQueueModel(const Database &db, const WorkingDayCalendar &calendar, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_calendar(calendar), m_today(QDate::currentDate())
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
    m_pages.clear();
    m_recent.clear();
    if (!m_todayPinned)
        m_today = QDate::currentDate();
    // After a failed read (a dropped connection, a restarted server) try a fresh connection.
    if (!m_lastError.isEmpty() && !m_db.isAlive())
        static_cast<void>(m_db.reconnect()); // a failure shows in the read that follows
    const QueueRepository repo(m_db);
    const auto counts = repo.counts(currentQuery(), m_today,
                                    m_calendar.addWorkingDays(m_today, QueueFilter::kDueSoonWorkingDays));
    if (counts) {
        m_counts = counts.value();
        m_rowCount = m_counts.total;
        m_lastError.clear();
    } else {
        m_counts = {};
        m_rowCount = 0;
        reportError(counts.error());
    }
}

void RequestQueueModel::refresh()
{
    beginResetModel();
    reload();
    endResetModel();
    Q_EMIT countsChanged(m_counts);
}

void RequestQueueModel::setFilter(const QueueFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void RequestQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (QueueColumn(column) == m_sortColumn && order == m_sortOrder)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_sortColumn = QueueColumn(column);
    m_sortOrder = order;
    m_pages.clear();
    m_recent.clear();
    // No persistent indexes survive a re-sort of rows we never loaded; views re-read what they show.
    const auto persistent = persistentIndexList();
    for (const QModelIndex &i : persistent)
        changePersistentIndex(i, {});
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RequestQueueModel::setToday(QDate today)
{
    m_today = today;
    m_todayPinned = today.isValid();
    refresh();
}

void RequestQueueModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int RequestQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_rowCount, INT_MAX));
}

int RequestQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void RequestQueueModel::reportError(const QString &message) const
{
    m_lastError = message;
    if (m_errorPending)
        return;
    m_errorPending = true;
    // Never emit from inside data(): the view may be painting.
    QTimer::singleShot(0, const_cast<RequestQueueModel *>(this), [this] {
        m_errorPending = false;
        Q_EMIT const_cast<RequestQueueModel *>(this)->errorOccurred(m_lastError);
    });
}

bool RequestQueueModel::loadPage(int page) const
{
    using Anchor = QueuePage::Anchor;
    const qint64 first = qint64(page) * kPageSize;
    QueuePage request;
    request.limit = int(std::min<qint64>(kPageSize, m_rowCount - first));
    if (request.limit <= 0)
        return false;
    const auto before = m_pages.constFind(page - 1);
    const auto after = m_pages.constFind(page + 1);
    if (before != m_pages.cend() && before->size() == kPageSize) {
        request.anchor = Anchor::After;
        request.key = before->constLast().sortKey;
        request.keyId = before->constLast().request.id;
    } else if (after != m_pages.cend() && !after->isEmpty()) {
        request.anchor = Anchor::Before;
        request.key = after->constFirst().sortKey;
        request.keyId = after->constFirst().request.id;
    } else if (first <= m_rowCount / 2) {
        request.anchor = Anchor::Start;
        request.offset = first;
    } else {
        request.anchor = Anchor::End;
        request.offset = m_rowCount - first - request.limit;
    }

    const QueueRepository repo(m_db);
    auto rows = repo.page(currentQuery(), request);
    if (!rows) {
        reportError(rows.error());
        return false;
    }
    while (m_pages.size() >= kMaxPages && !m_recent.isEmpty())
        m_pages.remove(m_recent.takeFirst());
    m_pages.insert(page, std::move(rows).value());
    m_recent.append(page);
    return true;
}

const QueueRow *RequestQueueModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        if (!loadPage(page))
            return nullptr;
        it = m_pages.constFind(page);
    } else if (m_recent.constLast() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 RequestQueueModel::requestId(int row) const
{
    const QueueRow *r = rowAt(row);
    return r ? r->request.id : 0;
}

RequestQueueModel::Urgency RequestQueueModel::urgency(const Request &r, int daysLeft) const
{
    if (!isOpen(r.status))
        return Urgency::None;
    if (r.dueDate < m_today)
        return Urgency::Overdue;
    return daysLeft <= QueueFilter::kDueSoonWorkingDays ? Urgency::DueSoon : Urgency::None;
}

QVariant RequestQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow *row = rowAt(index.row());
    if (!row)
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(tr("Loading…")) : QVariant();
    const Request &r = row->request;
    const bool open = isOpen(r.status);
    // Only the days-left cells need the calendar; the other cells skip it.
    const auto daysLeft = [&] { return open ? m_calendar.workingDaysLeft(m_today, r.dueDate) : 0; };

    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case ReferenceColumn: return r.reference;
        case TypeColumn: return requestTypes().label(r.type);
        case StatusColumn: return requestStatuses().label(r.status);
        case PersonColumn: return r.personName;
        case ChannelColumn: return channels().label(r.channel);
        case ReceivedColumn: return DisplayFormat::tableDateTime(r.receivedAt);
        case DueColumn: return r.dueDate.toString(Qt::ISODate);
        case DaysLeftColumn: return open ? QVariant(daysLeft()) : QVariant(QStringLiteral("—"));
        case AssigneeColumn: return r.assigneeName.isEmpty() ? tr("Unassigned") : r.assigneeName;
        case ColumnCount: break;
        }
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
    switch (Column(section)) {
    case ReferenceColumn: return tr("Reference");
    case TypeColumn: return tr("Type");
    case StatusColumn: return tr("Status");
    case PersonColumn: return tr("Person");
    case ChannelColumn: return tr("Channel");
    case ReceivedColumn: return tr("Received");
    case DueColumn: return tr("Due");
    case DaysLeftColumn: return tr("Working days left");
    case AssigneeColumn: return tr("Assignee");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pd
