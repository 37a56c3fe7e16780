#pragma once

#include "../common/result.h"
#include "../domain/auditquery.h"
#include "../domain/queuequery.h"
#include "../exchange/tablewriter.h"

#include <QCoreApplication>

#include <functional>

namespace pd {

class Database;
class Session;

// Exports exactly what the signed-in actor sees: the filtered queue (in the order and with the
// columns shown) and the filtered audit log, to CSV or XLSX, through the same read services as
// the views (the actor's visibility; the masked values the views show). Page by page on keysets,
// so a million rows take memory for one page only. Each export is audited ("list_exported":
// which list, how many rows, the format; never the rows).
class ExportDesk final
{
    Q_DECLARE_TR_FUNCTIONS(ExportDesk)

public:
    static constexpr int kPageSize = 2000;
    // Called after each page: rows written so far and the total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ExportDesk(const Database &db, const Session &session) : m_db(db), m_session(session) {}

    // `today`: the day "working days left" counts from (as the queue shows it).
    // `limit`: at most this many rows (-1: all). Empty `columns`: all of them.
    Result<qint64> queue(const QueueQuery &query, const QList<QueueColumn> &columns, TableWriter &writer, QDate today,
                         const Progress &progress = {}, qint64 limit = -1) const;
    Result<qint64> queue(const QueueQuery &query, const QList<QueueColumn> &columns, const QString &path, QDate today,
                         const Progress &progress = {}, qint64 limit = -1) const;
    Result<qint64> audit(const AuditQuery &query, TableWriter &writer, const Progress &progress = {}) const;
    Result<qint64> audit(const AuditQuery &query, const QString &path, const Progress &progress = {}) const;

    static QStringList auditColumnTitles();

private:
    Status record(const QString &list, qint64 rows, const QString &format) const;

    const Database &m_db;
    const Session &m_session;
};

} // namespace pd
