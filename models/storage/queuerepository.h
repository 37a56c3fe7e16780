#pragma once

#include "../common/result.h"
#include "../domain/queuequery.h"

#include <QCoreApplication>
#include <QMap>

namespace pd {

class Database;

// Reads the triage queue: counting, paging and summing happen in SQL with bound parameters,
// backed by indexes, so a million requests cost no more than a screenful.
class QueueRepository final
{
    Q_DECLARE_TR_FUNCTIONS(QueueRepository)

public:
    explicit QueueRepository(const Database &db) : m_db(db) {}

    Result<qint64> count(const QueueQuery &query) const;
    // Rows in display order, whatever the anchor.
    Result<QList<QueueRow>> page(const QueueQuery &query, const QueuePage &page) const;
    // Total, overdue and due between today and dueSoonUntil, within the query's filters.
    Result<QueueCounts> counts(const QueueQuery &query, QDate today, QDate dueSoonUntil) const;

    // Requests per status or per type, within the query's filters (and visibility).
    Result<QMap<QString, qint64>> countByStatus(const QueueQuery &query = {}) const;
    Result<QMap<QString, qint64>> countByType(const QueueQuery &query = {}) const;

private:
    struct Where
    {
        QStringList clauses;
        QVariantList binds;
        QString sql() const;
    };
    Where where(const QueueQuery &query) const;
    // The requests hideClosingProposed leaves out of what the query (without it) finds.
    Result<qint64> countHidden(QueueQuery query) const;
    void addTextSearch(Where &w, const QString &text) const;
    // A reference as typed in part (upper case): the prefix to look up, an exact reference for
    // a year and a number, or the zero-padded sequence number to look up in every year.
    struct ReferencePart
    {
        QString prefix, exact, number;
    };
    static ReferencePart referencePart(const QString &upper);
    Result<qint64> scalar(const QString &sql, const QVariantList &binds) const;
    Result<QMap<QString, qint64>> groupCount(const char *column, const QueueQuery &query) const;

    const Database &m_db;
};

} // namespace pd
