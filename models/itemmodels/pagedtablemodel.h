#pragma once

#include "../common/result.h"
#include "../domain/pagerequest.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace pd {

class Session;

// The part of every long SQL-backed table that does not depend on its rows: the row count, the
// bounded page cache's bookkeeping, errors and the signals. PagedModel below does the loading.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)

public:
    static constexpr int kPageSize = 128;
    static constexpr int kMaxPages = 64;
    // refresh() re-reads at most this many pages (the ones in view): the rest are read again when
    // a view asks for them.
    static constexpr int kRefreshPages = 8;
    // A row this close to either end of its page has the neighbouring page read ahead.
    static constexpr int kReadAheadRows = 32;

    int rowCount(const QModelIndex &parent = {}) const override;
    // The count as SQL gave it (it may arrive after the first page).
    qint64 totalCount() const { return m_total; }
    bool isCountKnown() const { return m_countKnown; }
    // Some answer is still on its way.
    bool isLoading() const { return m_jobs > 0; }
    QString lastError() const { return m_lastError; }
    ErrorKind lastErrorKind() const { return m_lastErrorKind; }
    virtual int cachedPageCount() const = 0;
    // The row's page has arrived (data() shows the row, not a placeholder).
    virtual bool isRowLoaded(int row) const = 0;

public Q_SLOTS:
    // The same query read again (after a change anywhere): rows in view are updated in place,
    // or moved with the selection and the current row kept on the same records.
    virtual void refresh() = 0;

Q_SIGNALS:
    void countChanged(qint64 total);
    // Nothing is on its way any more: the count and every page asked for have arrived or failed.
    void loaded();
    void errorOccurred(const QString &message);

protected:
    explicit PagedTableModel(const Session &session, QObject *parent);

    const Session &m_session;
    qint64 m_total = 0;    // as SQL counted
    qint64 m_rowCount = 0; // what views see: the count, or the first page while it is unknown
    bool m_countKnown = false;
    int m_jobs = 0;
    QString m_lastError;
    ErrorKind m_lastErrorKind = ErrorKind::Internal;
    // Stale answers are dropped: every job carries the generation it was asked in, and a job not
    // started when its generation passes is skipped on the worker.
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);

    // plan() is asked for a refresh (positions may have moved since the cache was read).
    mutable bool m_refreshPlanning = false;

    void jobStarted() { ++m_jobs; }
    void jobEnded();
    void fail(const Error &error);
    void clearError();
};

// Loads pages of Row for a Query on the session's worker thread (Row provides pagedId(),
// pagedVersion() and pagedKey(), found by argument-dependent lookup): the count and the first page
// are asked for at once (whichever comes first is shown first), other pages when a view asks
// for a row (a placeholder until they arrive), from a cached neighbour by keyset, otherwise by
// offset from the nearer end. At most kMaxPages stay cached. The fetch functions run on the
// worker and must not touch the model.
template<typename Query, typename Row, typename Count>
class PagedModel : public PagedTableModel
{
public:
    using CountFn = std::function<Result<Count>(const Session &, const Query &)>;
    using PageFn = std::function<Result<QList<Row>>(const Session &, const Query &, const PageRequest &)>;

    int cachedPageCount() const override { return int(m_pages.size()); }
    bool isRowLoaded(int row) const override
    {
        const auto it = m_pages.constFind(row / kPageSize);
        return row >= 0 && row < m_rowCount && it != m_pages.cend() && row % kPageSize < it->size();
    }
    const Query &query() const { return m_query; }
    const std::optional<Count> &count() const { return m_count; }

    void refresh() override;

protected:
    PagedModel(const Session &session, CountFn countFn, PageFn pageFn, QObject *parent)
        : PagedTableModel(session, parent), m_countFn(std::move(countFn)), m_pageFn(std::move(pageFn))
    {
    }

    virtual qint64 totalOf(const Count &count) const = 0;
    // Which rows page `page` is: from a cached neighbour, or by offset from the nearer end.
    virtual PageRequest plan(int page) const;
    // The count arrived (or changed on refresh).
    virtual void countArrived() {}

    // A new query: everything is read again (views are reset).
    void setQuery(const Query &query);
    // The row, or nullptr while its page is on its way (its fetch is then asked for).
    const Row *rowAt(int row) const;
    const QList<Row> *cachedPage(int page) const;
    // The row of the cached record with this id, or -1.
    int cachedRowOf(qint64 id) const
    {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
            for (qsizetype i = 0; i < it->size(); ++i)
                if (pagedId(it->at(i)) == id)
                    return int(qint64(it.key()) * kPageSize + i);
        return -1;
    }

private:
    struct Answer
    {
        std::optional<Result<Count>> count;
        QMap<int, Result<QList<Row>>> pages;
    };
    void load(QList<int> pages, bool withCount, bool refreshing) const;
    void apply(Answer answer, bool refreshing);
    void store(int page, QList<Row> rows) const;
    void setCount(qint64 total);
    void applyRefresh(const QMap<int, QList<Row>> &pages, qint64 total);

    CountFn m_countFn;
    PageFn m_pageFn;
    Query m_query{};
    std::optional<Count> m_count;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_recent;          // most recently used page last
    mutable QSet<int> m_asked;            // pages on their way
    mutable QSet<int> m_failed;           // pages whose read failed: asked again on refresh
};

} // namespace pd

#include "pagedmodel_impl.h"
