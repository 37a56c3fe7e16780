#pragma once

#include "../storage/queuequery.h"
#include "../workflow/queuefilter.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pd {

class Database;
class WorkingDayCalendar;

// The triage queue. Never loads the whole table: the row count comes from SQL, rows are read in
// pages of kPageSize as the view asks for them (keyset from a neighbouring cached page, otherwise
// by offset from the nearer end), and at most kMaxPages pages stay cached.
class RequestQueueModel final : public QAbstractTableModel
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
    static constexpr int kPageSize = 128;
    static constexpr int kMaxPages = 64;

    RequestQueueModel(const Database &db, const WorkingDayCalendar &calendar, QObject *parent = nullptr);
    ~RequestQueueModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const QueueFilter &filter);
    const QueueFilter &filter() const { return m_filter; }
    QueueQuery currentQuery() const;
    int sortColumn() const { return int(m_sortColumn); }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    const QueueCounts &counts() const { return m_counts; }
    qint64 requestId(int row) const;
    int cachedPageCount() const { return int(m_pages.size()); }
    // Tests pin the day that "overdue" is measured against.
    void setToday(QDate today);
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    // Re-reads the count and drops cached rows (after a write, or F5).
    void refresh();
    // Labels follow the UI language.
    void retranslate();

Q_SIGNALS:
    void countsChanged(const pd::QueueCounts &counts);
    void errorOccurred(const QString &message);

private:
    const QueueRow *rowAt(int row) const;
    bool loadPage(int page) const;
    void reportError(const QString &message) const;
    void reload();
    Urgency urgency(const Request &r, int daysLeft) const;

    const Database &m_db;
    const WorkingDayCalendar &m_calendar;
    QueueFilter m_filter;
    QueueColumn m_sortColumn = QueueColumn::Received;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QDate m_today;
    bool m_todayPinned = false;
    qint64 m_rowCount = 0;
    QueueCounts m_counts;
    mutable QHash<int, QList<QueueRow>> m_pages;
    mutable QList<int> m_recent; // most recently used page last
    mutable QString m_lastError;
    mutable bool m_errorPending = false;
};

} // namespace pd
