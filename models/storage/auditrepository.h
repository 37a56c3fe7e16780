#pragma once

#include "../common/result.h"
#include "../domain/auditquery.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <QVariantList>

#include <optional>
#include <utility>

namespace pd {

class Database;

// Reads the audit log for the audit view: counting and paging happen in SQL with bound
// parameters over audit_log's indexes, in time order (newest first; ties by id), so a million
// entries cost no more than a screenful. Writing and verifying the chain is AuditLog's business.
class AuditRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)

public:
    explicit AuditRepository(const Database &db) : m_db(db) {}

    Result<qint64> count(const AuditQuery &query) const;
    // Entries newest first, whatever the anchor.
    Result<QList<AuditRow>> page(const AuditQuery &query, const AuditPageRequest &page) const;
    // The distinct action keys and actors in the log, sorted; read by skipping along their
    // indexes, so the cost follows the number of distinct values, not of entries.
    Result<QStringList> actions() const;
    Result<QStringList> actors() const;
    // The newest entry about the request whose action is not one of `except` (nullopt: none).
    Result<std::optional<AuditEntry>> lastAbout(qint64 requestId, const QSet<QString> &except) const;
    // The entries about the request with one of `actions`, oldest first (along audit_log_request).
    Result<QList<AuditEntry>> about(qint64 requestId, const QStringList &actions) const;

private:
    struct Where
    {
        QStringList clauses;
        QVariantList binds;
        QString sql() const;
    };
    static Where where(const AuditQuery &query);
    Result<QStringList> distinct(const char *column) const;

    const Database &m_db;
};

} // namespace pd
