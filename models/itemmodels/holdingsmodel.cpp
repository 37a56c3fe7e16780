#include "holdingsmodel.h"

#include <QLocale>
#include <QPointer>

namespace pd {

void HoldingsModel::reset(const InventoryCategory *category, const LookupRows &first, qint64 total, Fetch fetch)
{
    beginResetModel();
    ++m_generation;
    m_category = category;
    m_columns = first.columns;
    m_rows = first.rows;
    m_total = std::max<qint64>(total, m_rows.size());
    m_fetch = std::move(fetch);
    m_fetching = false;
    m_error.clear();
    endResetModel();
}

void HoldingsModel::clear()
{
    reset(nullptr, {}, 0, {});
}

int HoldingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HoldingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString HoldingsModel::columnTitle(int column) const
{
    const QString name = m_columns.value(column);
    const InventoryField *f = m_category ? m_category->field(name) : nullptr;
    return f ? f->label.in(QLocale().name()) : name;
}

QVariant HoldingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const QVariant &v = m_rows.at(index.row()).value(index.column());
    if (role == Qt::DisplayRole)
        return v.isNull() ? QStringLiteral("—") : v.toString();
    if (role == Qt::ToolTipRole)
        return v.isNull() ? QVariant() : QVariant(v.toString());
    return {};
}

QVariant HoldingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return columnTitle(section);
    return section + 1;
}

bool HoldingsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetch && !m_fetching && m_rows.size() < m_total && m_error.isEmpty();
}

void HoldingsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const int generation = m_generation;
    const qint64 offset = m_rows.size();
    QPointer<HoldingsModel> self(this);
    m_fetch(offset, kPageSize, [self, generation, offset](const LookupRows &rows, const QString &error) {
        if (!self || self->m_generation != generation)
            return;
        self->m_fetching = false;
        if (!error.isEmpty()) {
            self->m_error = error;
            Q_EMIT self->fetchFailed(error);
            return;
        }
        if (offset != self->m_rows.size() || rows.rows.isEmpty()) {
            if (rows.rows.isEmpty())
                self->m_total = self->m_rows.size(); // fewer than counted: the source changed meanwhile
            return;
        }
        const qsizetype n = std::min<qsizetype>(rows.rows.size(), self->m_total - self->m_rows.size());
        self->beginInsertRows({}, int(self->m_rows.size()), int(self->m_rows.size() + n - 1));
        self->m_rows.append(rows.rows.mid(0, n));
        self->endInsertRows();
    });
}

} // namespace pd
