#pragma once

#include "../domain/inventory.h"
#include "../sources/sourceconnection.h"

#include <QAbstractTableModel>

#include <functional>

namespace pd {

// The rows one source holds about a person in one category, for a table view: the first page as
// the person view read it, the rest fetched page by page as the view scrolls (canFetchMore /
// fetchMore), never all at once. Columns are the look-up's, titled by the inventory's field labels
// in the UI language. The fetching itself is the caller's (off the GUI thread): `fetch(offset,
// limit, deliver)` must call deliver(rows) later on the GUI thread, or with an error message.
class HoldingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 500;
    using Deliver = std::function<void(const LookupRows &rows, const QString &error)>;
    using Fetch = std::function<void(qint64 offset, int limit, Deliver deliver)>;

    explicit HoldingsModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    // Shows a category's first rows out of `total`; `fetch` brings the others.
    void reset(const InventoryCategory *category, const LookupRows &first, qint64 total, Fetch fetch);
    void clear();
    qint64 total() const { return m_total; }
    bool isFetching() const { return m_fetching; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The label of a column: the inventory field's in the UI language, else the column's name.
    QString columnTitle(int column) const;

Q_SIGNALS:
    void fetchFailed(const QString &message);

private:
    const InventoryCategory *m_category = nullptr;
    QStringList m_columns;
    QList<QVariantList> m_rows;
    qint64 m_total = 0;
    Fetch m_fetch;
    bool m_fetching = false;
    int m_generation = 0; // drops pages that arrive after a reset
    QString m_error;
};

} // namespace pd
