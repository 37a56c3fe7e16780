#pragma once

// The template part of PagedModel (included by pagedtablemodel.h). Row types provide, found by
// argument-dependent lookup: qint64 pagedId(const Row &), int pagedVersion(const Row &) and
// QVariant pagedKey(const Row &) (the sort key for keyset paging).

#include "../session/session.h"

#include <QMap>

#include <algorithm>
#include <climits>

namespace pd {

template<typename Query, typename Row, typename Count>
PageRequest PagedModel<Query, Row, Count>::plan(int page) const
{
    using Anchor = PageRequest::Anchor;
    const qint64 first = qint64(page) * kPageSize;
    PageRequest request;
    request.limit = kPageSize;
    request.total = m_countKnown ? m_total : -1;
    const auto before = m_pages.constFind(page - 1);
    // Refreshing, a page is read after the one before it or from the top: rows that came in above
    // must not be skipped (reading before the next page would).
    const auto after = m_refreshPlanning ? m_pages.cend() : m_pages.constFind(page + 1);
    if (page == 0) {
        request.anchor = Anchor::Start;
    } else if (before != m_pages.cend() && before->size() == kPageSize) {
        request.anchor = Anchor::After;
        request.key = pagedKey(before->constLast());
        request.keyId = pagedId(before->constLast());
    } else if (after != m_pages.cend() && !after->isEmpty()) {
        request.anchor = Anchor::Before;
        request.key = pagedKey(after->constFirst());
        request.keyId = pagedId(after->constFirst());
    } else if (!m_countKnown || first <= m_total / 2) {
        request.anchor = Anchor::Start;
        request.offset = first;
    } else {
        request.anchor = Anchor::End;
        request.limit = int(std::clamp<qint64>(m_total - first, 0, kPageSize));
        request.offset = m_total - first - request.limit;
    }
    return request;
}

template<typename Query, typename Row, typename Count>
void PagedModel<Query, Row, Count>::setQuery(const Query &query)
{
    ++*m_generation;
    beginResetModel();
    m_query = query;
    m_count.reset();
    m_pages.clear();
    m_recent.clear();
    m_asked.clear();
    m_failed.clear();
    m_total = 0;
    m_rowCount = 0;
    m_countKnown = false;
    endResetModel();
    load({0}, true, false);
}

template<typename Query, typename Row, typename Count>
const QList<Row> *PagedModel<Query, Row, Count>::cachedPage(int page) const
{
    const auto it = m_pages.constFind(page);
    return it == m_pages.cend() ? nullptr : &*it;
}

template<typename Query, typename Row, typename Count>
const Row *PagedModel<Query, Row, Count>::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int page = row / kPageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        if (!m_asked.contains(page) && !m_failed.contains(page))
            load({page}, false, false);
        return nullptr;
    }
    if (m_recent.isEmpty() || m_recent.constLast() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int offset = row % kPageSize;
    // Read ahead: a view nearing either end of what is loaded asks for the neighbouring page
    // now, so that scrolling on finds it there (the cache keeps the pages around the one in view).
    const int ahead = offset >= kPageSize - kReadAheadRows ? page + 1 : offset < kReadAheadRows ? page - 1 : -1;
    if (ahead >= 0 && qint64(ahead) * kPageSize < m_rowCount && !m_pages.contains(ahead) && !m_asked.contains(ahead)
        && !m_failed.contains(ahead))
        load({ahead}, false, false);
    return offset < it->size() ? &it->at(offset) : nullptr;
}

template<typename Query, typename Row, typename Count>
void PagedModel<Query, Row, Count>::load(QList<int> pages, bool withCount, bool refreshing) const
{
    // Plans are made here, on the GUI thread, from the cache; a run of pages after the first is
    // chained on the worker from the page read just before (keyset), so a run reads consistently.
    QList<QPair<int, std::optional<PageRequest>>> plans;
    m_refreshPlanning = refreshing;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const int page = pages.at(i);
        m_asked.insert(page);
        const bool chained = i > 0 && pages.at(i - 1) == page - 1;
        plans << qMakePair(page, chained ? std::nullopt : std::optional<PageRequest>(plan(page)));
    }
    m_refreshPlanning = false;
    const auto generation = m_generation;
    const quint64 asked = generation->load();
    const Query query = m_query;
    const CountFn countFn = withCount ? m_countFn : CountFn();
    const PageFn pageFn = m_pageFn;
    PagedModel *self = const_cast<PagedModel *>(this);
    self->jobStarted();
    m_session.read(
        self,
        [generation, asked, query, countFn, pageFn, plans](const Session &s) -> Result<Answer> {
            if (generation->load() != asked)
                return Error{ErrorKind::Internal, QStringLiteral("stale")};
            Answer answer;
            // The first page first: it shows sooner than an exact count of a million rows.
            const QList<Row> *previous = nullptr;
            for (const auto &[page, request] : plans) {
                PageRequest r = request ? *request : PageRequest{};
                if (!request) {
                    if (!previous || previous->size() < kPageSize)
                        break; // the run ended early: nothing follows
                    r.anchor = PageRequest::Anchor::After;
                    r.limit = kPageSize;
                    r.key = pagedKey(previous->constLast());
                    r.keyId = pagedId(previous->constLast());
                }
                auto rows = pageFn(s, query, r);
                if (!rows && rows.errorKind() == ErrorKind::Connection)
                    return rows.fault(); // the session reconnects and asks again
                const auto it = answer.pages.insert(page, std::move(rows));
                previous = it->ok() ? &it->value() : nullptr;
            }
            if (countFn) {
                auto count = countFn(s, query);
                if (!count && count.errorKind() == ErrorKind::Connection)
                    return count.fault();
                answer.count = std::move(count);
            }
            return answer;
        },
        [self, generation, asked, pages, refreshing](Result<Answer> result) {
            if (generation->load() == asked) {
                // Not asked before a newer query or refresh (whose rows are the ones wanted).
                for (int page : pages)
                    self->m_asked.remove(page);
                if (result) {
                    self->apply(std::move(result).value(), refreshing);
                } else {
                    for (int page : pages)
                        self->m_failed.insert(page);
                    self->fail(result.fault());
                }
            }
            self->jobEnded();
        });
}

template<typename Query, typename Row, typename Count>
void PagedModel<Query, Row, Count>::store(int page, QList<Row> rows) const
{
    while (m_pages.size() >= kMaxPages && !m_recent.isEmpty()) {
        const int oldest = m_recent.takeFirst();
        if (oldest != page)
            m_pages.remove(oldest);
    }
    m_pages.insert(page, std::move(rows));
    m_recent.removeOne(page);
    m_recent.append(page);
}

template<typename Query, typename Row, typename Count>
void PagedModel<Query, Row, Count>::setCount(qint64 total)
{
    const qint64 rows = std::min<qint64>(total, INT_MAX);
    if (rows > m_rowCount) {
        beginInsertRows({}, int(m_rowCount), int(rows - 1));
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows({}, int(rows), int(m_rowCount - 1));
        m_rowCount = rows;
        const int lastPage = rows > 0 ? int((rows - 1) / kPageSize) : -1;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() > lastPage) {
                m_recent.removeOne(it.key());
                it = m_pages.erase(it);
            } else {
                ++it;
            }
        }
        endRemoveRows();
    }
    m_total = total;
    m_countKnown = true;
}

template<typename Query, typename Row, typename Count>
void PagedModel<Query, Row, Count>::apply(Answer answer, bool refreshing)
{
    if (refreshing) {
        if (!answer.count || !answer.count->ok()) {
            fail(answer.count ? answer.count->fault() : Error{ErrorKind::Internal, PagedTableModel::tr("The count is missing.")});
            return;
        }
        QMap<int, QList<Row>> pages;
        for (auto it = answer.pages.begin(); it != answer.pages.end(); ++it) {
            if (!it->ok()) {
                m_failed.insert(it.key());
                fail(it->fault());
                return;
            }
            pages.insert(it.key(), std::move(*it).value());
        }
        clearError();
        m_count = answer.count->value();
        applyRefresh(pages, totalOf(*m_count));
        countArrived();
        Q_EMIT countChanged(m_total);
        return;
    }
    bool failed = false;
    for (auto it = answer.pages.begin(); it != answer.pages.end(); ++it) {
        const int page = it.key();
        if (!it->ok()) {
            m_failed.insert(page);
            fail(it->fault());
            failed = true;
            continue;
        }
        QList<Row> rows = std::move(*it).value();
        if (rows.isEmpty())
            continue; // past the end (the count says so too)
        const qint64 first = qint64(page) * kPageSize;
        if (!m_countKnown && page == 0) {
            // The first page before the count: show what there is.
            const int n = int(rows.size());
            if (n > m_rowCount) {
                beginInsertRows({}, int(m_rowCount), n - 1);
                store(page, std::move(rows));
                m_rowCount = n;
                endInsertRows();
                continue;
            }
        }
        const int n = int(rows.size());
        store(page, std::move(rows));
        if (n > 0 && first < m_rowCount)
            Q_EMIT dataChanged(index(int(first), 0),
                               index(int(std::min<qint64>(first + n, m_rowCount) - 1), columnCount() - 1));
    }
    if (answer.count) {
        if (!answer.count->ok()) {
            fail(answer.count->fault());
            return;
        }
        m_count = answer.count->value();
        setCount(totalOf(*m_count));
        if (!failed)
            clearError();
        countArrived();
        Q_EMIT countChanged(m_total);
    }
}

template<typename Query, typename Row, typename Count>
void PagedModel<Query, Row, Count>::applyRefresh(const QMap<int, QList<Row>> &pages, qint64 total)
{
    // The same rows in the same places: update in place the ones whose version changed.
    bool samePlaces = total == m_total;
    for (auto it = pages.cbegin(); samePlaces && it != pages.cend(); ++it) {
        const QList<Row> *old = cachedPage(it.key());
        if (!old || old->size() != it->size()) {
            samePlaces = false;
            break;
        }
        for (qsizetype i = 0; i < it->size(); ++i)
            if (pagedId(old->at(i)) != pagedId(it->at(i)))
                samePlaces = false;
    }
    if (samePlaces) {
        QList<int> changedRows;
        for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
            const QList<Row> &old = m_pages[it.key()];
            for (qsizetype i = 0; i < it->size(); ++i)
                if (pagedVersion(old.at(i)) != pagedVersion(it->at(i)))
                    changedRows << int(qint64(it.key()) * kPageSize + i);
        }
        // Pages out of view may be stale: read them again when a view wants them.
        m_pages.clear();
        m_recent.clear();
        for (auto it = pages.cbegin(); it != pages.cend(); ++it)
            if (!it->isEmpty())
                store(it.key(), *it);
        for (int row : std::as_const(changedRows))
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }

    // Rows came, went or moved: keep the selection and the current row on the same records.
    const qint64 newRows = std::min<qint64>(total, INT_MAX);
    if (newRows > m_rowCount) {
        beginInsertRows({}, int(m_rowCount), int(newRows - 1));
        m_rowCount = newRows;
        endInsertRows();
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> persistentIds;
    for (const QModelIndex &i : persistent) {
        const QList<Row> *old = cachedPage(i.row() / kPageSize);
        const int offset = i.row() % kPageSize;
        persistentIds << (old && offset < old->size() ? pagedId(old->at(offset)) : 0);
    }
    m_pages.clear();
    m_recent.clear();
    QHash<qint64, int> rowOf;
    for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
        if (!it->isEmpty())
            store(it.key(), *it);
        for (qsizetype i = 0; i < it->size(); ++i)
            rowOf.insert(pagedId(it->at(i)), int(qint64(it.key()) * kPageSize + i));
    }
    for (qsizetype k = 0; k < persistent.size(); ++k) {
        const QModelIndex &from = persistent.at(k);
        const auto found = rowOf.constFind(persistentIds.at(k));
        int row = found != rowOf.cend() ? *found : from.row();
        row = int(std::min<qint64>(row, newRows - 1));
        changePersistentIndex(from, row >= 0 ? index(row, from.column()) : QModelIndex());
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (newRows < m_rowCount) {
        beginRemoveRows({}, int(newRows), int(m_rowCount - 1));
        m_rowCount = newRows;
        endRemoveRows();
    }
    m_total = total;
    m_countKnown = true;
}

template<typename Query, typename Row, typename Count>
void PagedModel<Query, Row, Count>::refresh()
{
    ++*m_generation;
    m_asked.clear();
    m_failed.clear();
    if (!m_countKnown) {
        load({0}, true, false); // still loading the first time: ask again
        return;
    }
    // The run of cached pages around the one used last: what the views show.
    QList<int> run;
    if (!m_recent.isEmpty()) {
        const int last = m_recent.constLast();
        run << last;
        for (int p = last - 1; p >= 0 && m_pages.contains(p) && run.size() < kRefreshPages; --p)
            run.prepend(p);
        for (int p = last + 1; m_pages.contains(p) && run.size() < kRefreshPages; ++p)
            run.append(p);
    } else {
        run << 0;
    }
    load(run, true, true);
}

} // namespace pd
