#include "savedview.h"

#include "queuecolumns.h"

#include <QJsonArray>

namespace pd {

namespace {

const QString kStatuses = QStringLiteral("statuses");
const QString kTypes = QStringLiteral("types");
const QString kAssignee = QStringLiteral("assignee");
const QString kDue = QStringLiteral("due");
const QString kText = QStringLiteral("text");
const QString kSort = QStringLiteral("sort");
const QString kOrder = QStringLiteral("order");
const QString kColumns = QStringLiteral("columns");

QString assigneeKey(qint64 id)
{
    if (id == SavedView::kViewer)
        return QStringLiteral("me");
    if (id == 0)
        return QStringLiteral("unassigned");
    if (id < 0)
        return QStringLiteral("anyone");
    return QString::number(id);
}

qint64 assigneeFromKey(const QString &key)
{
    if (key == QLatin1String("me"))
        return SavedView::kViewer;
    if (key == QLatin1String("unassigned"))
        return 0;
    bool ok = false;
    const qint64 id = key.toLongLong(&ok);
    return ok && id > 0 ? id : -1;
}

} // namespace

QueueFilter SavedView::filterFor(qint64 viewerId) const
{
    QueueFilter f = filter;
    if (f.assigneeId == kViewer)
        f.assigneeId = viewerId;
    return f;
}

QJsonObject SavedView::toJson() const
{
    QJsonArray statuses, types, columnKeys;
    for (auto s : filter.statuses)
        statuses << requestStatuses().key(s);
    for (auto t : filter.types)
        types << requestTypes().key(t);
    for (auto c : columns)
        columnKeys << QueueColumns::key(c);
    QJsonObject o{{kStatuses, statuses},
                  {kTypes, types},
                  {kAssignee, assigneeKey(filter.assigneeId)},
                  {kDue, QueueFilter::dueWindowKey(filter.dueWindow)},
                  {kText, filter.text},
                  {kSort, QueueColumns::key(sortColumn)},
                  {kOrder, sortOrder == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending")}};
    if (!columns.isEmpty())
        o.insert(kColumns, columnKeys);
    return o;
}

SavedView SavedView::fromJson(const QJsonObject &o)
{
    SavedView v;
    for (const QJsonValue &s : o.value(kStatuses).toArray())
        if (const auto status = requestStatuses().fromKey(s.toString()))
            v.filter.statuses << *status;
    for (const QJsonValue &t : o.value(kTypes).toArray())
        if (const auto type = requestTypes().fromKey(t.toString()))
            v.filter.types << *type;
    v.filter.assigneeId = assigneeFromKey(o.value(kAssignee).toString());
    v.filter.dueWindow = QueueFilter::dueWindowFromKey(o.value(kDue).toString());
    v.filter.text = o.value(kText).toString().trimmed();
    if (const auto c = QueueColumns::fromKey(o.value(kSort).toString()))
        v.sortColumn = *c;
    v.sortOrder = o.value(kOrder).toString() == QLatin1String("ascending") ? Qt::AscendingOrder : Qt::DescendingOrder;
    for (const QJsonValue &c : o.value(kColumns).toArray())
        if (const auto column = QueueColumns::fromKey(c.toString()); column && !v.columns.contains(*column))
            v.columns << *column;
    return v;
}

SavedView SavedView::assignedToMe()
{
    SavedView v;
    v.id = kAssignedToMeId;
    v.name = tr("Assigned to me");
    v.filter.assigneeId = kViewer;
    v.sortColumn = QueueColumn::DaysLeft;
    v.sortOrder = Qt::AscendingOrder; // the most urgent first
    return v;
}

QString SavedView::checkName(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return tr("Give the view a name.");
    if (n.size() > kMaximumNameLength)
        return tr("A view's name has at most %1 characters (now %2).").arg(kMaximumNameLength).arg(n.size());
    return {};
}

bool SavedView::sameLookAs(const SavedView &other) const
{
    const auto cols = [](const QList<QueueColumn> &c) { return c.isEmpty() ? QueueColumns::all() : c; };
    auto a = filter, b = other.filter;
    std::sort(a.statuses.begin(), a.statuses.end());
    std::sort(b.statuses.begin(), b.statuses.end());
    std::sort(a.types.begin(), a.types.end());
    std::sort(b.types.begin(), b.types.end());
    return a == b && sortColumn == other.sortColumn && sortOrder == other.sortOrder && cols(columns) == cols(other.columns);
}

} // namespace pd
