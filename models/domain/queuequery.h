#pragma once

#include "pagerequest.h"
#include "records.h"

#include <QDate>
#include <QStringList>
#include <QVariant>

namespace pd {

// The queue's columns, shared by the item model (display order) and the repository (ORDER BY).
enum class QueueColumn { Reference, Type, Status, Person, Channel, Received, Due, DaysLeft, Assignee, Priority, Count };

// What the queue shows, fully resolved to values SQL can bind (dates already computed).
struct QueueQuery
{
    QStringList statusKeys;     // empty: any
    QStringList typeKeys;       // empty: any
    qint64 assigneeId = -1;     // -1: anyone, 0: unassigned
    bool clockRunningOnly = false; // only requests whose deadline clock runs (due windows)
    QDate dueFrom, dueTo;       // invalid: unbounded
    QString text;               // reference prefix, or part of a name, e-mail, phone or account
    qint64 visibleTo = 0;       // 0: every request; else only this staff member's and the unassigned
    // The default view leaves out the requests proposed for closing as unverifiable (still
    // "verifying", waiting on a requester who has not answered the reminder).
    bool hideClosingProposed = false;
    QueueColumn sortColumn = QueueColumn::Received;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;

    bool operator==(const QueueQuery &) const = default;
};

// Which rows to fetch: by position from either end, or next to a known row (keyset).
using QueuePage = PageRequest;

struct QueueRow
{
    Request request;
    QVariant sortKey;    // the raw sort column value, for keyset paging
};

struct QueueCounts
{
    qint64 total = 0;
    qint64 overdue = 0;
    qint64 dueSoon = 0;
    qint64 hidden = 0; // left out by hideClosingProposed (not in the figures above)
};

} // namespace pd
