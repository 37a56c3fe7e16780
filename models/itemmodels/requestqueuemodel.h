#pragma once

#include "../domain/queuequery.h"
#include "../workflow/queuefilter.h"
#include "pagedtablemodel.h"

namespace pd {

class Session;
class WorkingDayCalendar;

inline qint64 pagedId(const QueueRow &row) { return row.request.id; }
inline int pagedVersion(const QueueRow &row) { return row.request.version; }
inline QVariant pagedKey(const QueueRow &row) { return row.sortKey; }

// What the queue model asks SQL for: the filter as a query, and the days "overdue" and "due
// soon" are measured from.
struct QueueModelQuery
{
    QueueQuery query;
    QDate today;
    QDate dueSoonUntil;
};

// The triage queue. Never loads the whole table and never waits on SQL: the row count and the
// rows come from the session's worker (PagedModel), the visibility of the signed-in actor applied
// by QueueReader; the counts (total, overdue, due soon) arrive with the count.
class RequestQueueModel final : public PagedModel<QueueModelQuery, QueueRow, QueueCounts>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestQueueModel)

public:
    enum Column {
        ReferenceColumn = int(QueueColumn::Reference),
        TypeColumn = int(QueueColumn::Type),
        StatusColumn = int(QueueColumn::Status),
        PersonColumn = int(QueueColumn::Person),
        ChannelColumn = int(QueueColumn::Channel),
        ReceivedColumn = int(QueueColumn::Received),
        DueColumn = int(QueueColumn::Due),
        DaysLeftColumn = int(QueueColumn::DaysLeft),
        AssigneeColumn = int(QueueColumn::Assignee),
        PriorityColumn = int(QueueColumn::Priority),
        ColumnCount = int(QueueColumn::Count),
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ReferenceRole,
        TypeKeyRole,
        StatusKeyRole,
        ReceivedRole,   // QDateTime, UTC
        DueDateRole,    // QDate
        DaysLeftRole,   // int working days; null for closed requests
        UrgencyRole,    // Urgency
        VersionRole,
    };
    enum class Urgency { None, DueSoon, Overdue };

    explicit RequestQueueModel(const Session &session, QObject *parent = nullptr);
    ~RequestQueueModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const QueueFilter &filter);
    const QueueFilter &filter() const { return m_filter; }
    QueueQuery currentQuery() const;
    int sortColumn() const { return int(m_sortColumn); }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The counts once known (zeros before).
    QueueCounts counts() const { return count().value_or(QueueCounts{}); }
    // 0 while the row is on its way.
    qint64 requestId(int row) const;
    // The request shown in the row, or nullopt while the row is on its way.
    std::optional<Request> requestAt(int row) const;
    // The row showing this request among those loaded, or -1.
    int rowOf(qint64 requestId) const;
    // Tests pin the day that "overdue" is measured against.
    void setToday(QDate today);

public Q_SLOTS:
    // Labels follow the UI language.
    void retranslate();

Q_SIGNALS:
    void countsChanged(const pd::QueueCounts &counts);

protected:
    qint64 totalOf(const QueueCounts &counts) const override { return counts.total; }
    void countArrived() override;

private:
    void reload();
    Urgency urgency(const Request &r, int daysLeft) const;

    const WorkingDayCalendar &m_calendar;
    QueueFilter m_filter;
    QueueColumn m_sortColumn = QueueColumn::Received;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QDate m_today;
    bool m_todayPinned = false;
};

} // namespace pd
