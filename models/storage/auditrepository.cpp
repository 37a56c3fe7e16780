#include "auditrepository.h"

#include "database.h"
#include "requestrow.h"

#include <QSqlQuery>

#include <algorithm>

namespace pd {

namespace {

constexpr char kAuditColumns[] = "a.id, a.at, a.actor, a.entity, a.entity_id, a.request_id, a.action, a.before_json, "
                                 "a.after_json, a.prev_hash, a.hash, r.reference";

AuditRow rowFromQuery(const QSqlQuery &q)
{
    AuditRow row;
    row.entry = storage::auditEntryFromQuery(q);
    row.atKey = q.value(1).toString();
    row.reference = q.value(11).toString();
    return row;
}

} // namespace

QString AuditRepository::Where::sql() const
{
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QLatin1String(" AND "));
}

AuditRepository::Where AuditRepository::where(const AuditQuery &query)
{
    Where w;
    QString request = query.request.trimmed();
    if (request.startsWith(QLatin1Char('#')))
        request.remove(0, 1);
    if (!request.isEmpty()) {
        bool numeric = false;
        const qint64 id = request.toLongLong(&numeric);
        if (numeric) {
            w.clauses << QStringLiteral("a.request_id = ?");
            w.binds << id;
        } else {
            // References are stored upper-case; an unknown one matches nothing.
            w.clauses << QStringLiteral("a.request_id = (SELECT id FROM requests WHERE reference = ?)");
            w.binds << request.toUpper();
        }
    }
    if (!query.actor.isEmpty()) {
        w.clauses << QStringLiteral("a.actor = ?");
        w.binds << query.actor;
    }
    if (!query.action.isEmpty()) {
        w.clauses << QStringLiteral("a.action = ?");
        w.binds << query.action;
    }
    if (query.visibleTo > 0) {
        // An agent: the entries about requests assigned to them or to nobody, and their own entries
        // about no request (their sign-ins, their password changes).
        w.clauses << QStringLiteral("(a.request_id IN (SELECT id FROM requests WHERE assignee_id = ? OR assignee_id IS NULL) "
                                    "OR (a.request_id = 0 AND a.actor = ?))");
        w.binds << query.visibleTo << query.visibleToUsername;
    }
    // Local calendar days become UTC bounds; stored instants are fixed-width UTC text, so text
    // order is time order: [start of `from`, start of the day after `to`).
    const QString at = QStringLiteral("a.at");
    if (query.from.isValid()) {
        w.clauses << at + QStringLiteral(" >= ?");
        w.binds << storage::instantToText(query.from.startOfDay(Qt::LocalTime));
    }
    if (query.to.isValid()) {
        w.clauses << at + QStringLiteral(" < ?");
        w.binds << storage::instantToText(query.to.addDays(1).startOfDay(Qt::LocalTime));
    }
    return w;
}

Result<qint64> AuditRepository::count(const AuditQuery &query) const
{
    const Where w = where(query);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log a") + w.sql()))
        return Result<qint64>::failure(Database::classify(q.lastError()), tr("Cannot count audit entries: %1").arg(Database::describe(q.lastError())));
    for (const auto &b : w.binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::classify(q.lastError()), tr("Cannot count audit entries: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

Result<QList<AuditRow>> AuditRepository::page(const AuditQuery &query, const AuditPageRequest &page) const
{
    using Anchor = AuditPageRequest::Anchor;
    using R = Result<QList<AuditRow>>;
    // Time order, newest first: (at, id), the keyset every filter's index ends in (at alone,
    // actor, action; a request's entries are few). Ids follow appends, not time: demo data
    // loaded after the first accounts, or a workstation whose clock is behind, append older times.
    Where w = where(query);
    // Newest first; End and Before read the other way and are turned round below.
    const bool reversed = page.anchor == Anchor::End || page.anchor == Anchor::Before;
    const QString dir = reversed ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (page.anchor == Anchor::After || page.anchor == Anchor::Before) {
        w.clauses << (page.anchor == Anchor::After ? QStringLiteral("(a.at, a.id) < (?, ?)") : QStringLiteral("(a.at, a.id) > (?, ?)"));
        w.binds << page.key << page.keyId;
    } else if (page.offset > 0) {
        // A jump far down: find the row at the offset along the index alone (no entry read for
        // the rows skipped), then read the page from there.
        const Where inner = where(query);
        w.clauses << QStringLiteral("(a.at, a.id) %1 (SELECT a.at, a.id FROM audit_log a%2 ORDER BY a.at %3, a.id %3 LIMIT 1 OFFSET ?)")
                         .arg(reversed ? QStringLiteral(">=") : QStringLiteral("<="), inner.sql(), dir);
        w.binds << inner.binds << page.offset;
    }
    const QString sql = QStringLiteral("SELECT %1 FROM audit_log a LEFT JOIN requests r ON r.id = a.request_id")
                            .arg(QLatin1String(kAuditColumns))
        + w.sql() + QStringLiteral(" ORDER BY a.at %1, a.id %1 LIMIT ?").arg(dir);
    w.binds << page.limit;

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return R::failure(Database::classify(q.lastError()), tr("Cannot read the audit log: %1").arg(Database::describe(q.lastError())));
    for (const auto &b : std::as_const(w.binds))
        q.addBindValue(b);
    if (!q.exec())
        return R::failure(Database::classify(q.lastError()), tr("Cannot read the audit log: %1").arg(Database::describe(q.lastError())));
    QList<AuditRow> rows;
    rows.reserve(page.limit);
    while (q.next())
        rows.append(rowFromQuery(q));
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<QStringList> AuditRepository::distinct(const char *column) const
{
    // A loose index scan: each step asks the (column, id) index for the next larger value.
    const QString c = QLatin1String(column);
    const QString sql = QStringLiteral("WITH RECURSIVE v (value) AS ("
                                       "SELECT MIN(%1) FROM audit_log "
                                       "UNION ALL "
                                       "SELECT (SELECT MIN(%1) FROM audit_log WHERE %1 > v.value) FROM v WHERE v.value IS NOT NULL) "
                                       "SELECT value FROM v WHERE value IS NOT NULL")
                            .arg(c);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Result<QStringList>::failure(Database::classify(q.lastError()), tr("Cannot read the audit log: %1").arg(Database::describe(q.lastError())));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QStringList> AuditRepository::actions() const
{
    return distinct("action");
}

Result<QStringList> AuditRepository::actors() const
{
    return distinct("actor");
}

Result<std::optional<AuditEntry>> AuditRepository::lastAbout(qint64 requestId, const QSet<QString> &except) const
{
    using R = Result<std::optional<AuditEntry>>;
    QStringList excluded(except.cbegin(), except.cend());
    excluded.sort();
    // Newest first along audit_log_request (request_id, id); the looks are skipped in the scan.
    QString sql = QStringLiteral("SELECT a.id, a.at, a.actor, a.entity, a.entity_id, a.request_id, a.action, a.before_json, "
                                 "a.after_json, a.prev_hash, a.hash FROM audit_log a WHERE a.request_id = ?");
    if (!excluded.isEmpty())
        sql += QStringLiteral(" AND a.action NOT IN (%1)").arg(QStringList(excluded.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    sql += QStringLiteral(" ORDER BY a.request_id DESC, a.id DESC LIMIT 1");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(requestId);
    for (const QString &action : std::as_const(excluded))
        q.addBindValue(action);
    if (!q.exec())
        return R::failure(Database::classify(q.lastError()), tr("Cannot read the audit log: %1").arg(Database::describe(q.lastError())));
    if (!q.next())
        return std::optional<AuditEntry>{};
    return std::optional<AuditEntry>{storage::auditEntryFromQuery(q)};
}

Result<QList<AuditEntry>> AuditRepository::about(qint64 requestId, const QStringList &actions) const
{
    using R = Result<QList<AuditEntry>>;
    if (actions.isEmpty())
        return QList<AuditEntry>{};
    const QString sql = QStringLiteral("SELECT a.id, a.at, a.actor, a.entity, a.entity_id, a.request_id, a.action, a.before_json, "
                                       "a.after_json, a.prev_hash, a.hash FROM audit_log a WHERE a.request_id = ? AND a.action IN (%1) "
                                       "ORDER BY a.request_id, a.id")
                            .arg(QStringList(actions.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(requestId);
    for (const QString &action : actions)
        q.addBindValue(action);
    if (!q.exec())
        return R::failure(Database::classify(q.lastError()), tr("Cannot read the audit log: %1").arg(Database::describe(q.lastError())));
    QList<AuditEntry> out;
    while (q.next())
        out << storage::auditEntryFromQuery(q);
    return out;
}

} // namespace pd
