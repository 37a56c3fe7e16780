#pragma once

#include "queuefilter.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace pd {

// A named way of looking at the queue: its filter, its sort and the columns shown (in order).
// Personal views belong to one member of staff; shared ones (ownerId 0) are an administrator's,
// for everyone; "Assigned to me" is built in. Stored as JSON (toJson), so a view saved by a newer
// version with a column this one lacks still opens with what it knows.
struct SavedView
{
    Q_DECLARE_TR_FUNCTIONS(SavedView)

public:
    static constexpr int kMaximumNameLength = 60;
    // The assignee of a view that follows whoever opens it ("Assigned to me").
    static constexpr qint64 kViewer = -2;
    // The built-in view's id (stored ones are positive).
    static constexpr qint64 kAssignedToMeId = -1;

    qint64 id = 0;
    qint64 ownerId = 0; // 0: shared with everyone
    QString name;
    QueueFilter filter; // assigneeId may be kViewer
    QueueColumn sortColumn = QueueColumn::Received;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
    QList<QueueColumn> columns; // empty: every column, in the standard order
    QString updatedBy;

    bool isBuiltIn() const { return id < 0; }
    bool isShared() const { return ownerId == 0 && !isBuiltIn(); }
    // The filter for this viewer (kViewer becomes their id).
    QueueFilter filterFor(qint64 viewerId) const;

    QJsonObject toJson() const;
    // What the definition holds; unknown keys are skipped.
    static SavedView fromJson(const QJsonObject &definition);
    static SavedView assignedToMe();
    // Empty when the name will do; otherwise why not (translated).
    static QString checkName(const QString &name);

    // Same filter, sort and columns (names and owners aside).
    bool sameLookAs(const SavedView &other) const;
};

} // namespace pd
