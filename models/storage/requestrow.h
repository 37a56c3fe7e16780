#pragma once

#include "../domain/records.h"

#include <QSqlQuery>

namespace pd::storage {

// The columns every request read selects, in this order, and the mapping back to a Request.
inline constexpr const char kRequestColumns[] =
    "r.id, r.reference, r.person_id, r.person_name, r.type, r.status, r.channel, r.requester_kind, "
    "r.entity, r.received_at, r.due_date, r.assignee_id, r.assignee_name, r.priority, r.summary, r.version, "
    "r.resume_status, r.paused_on, r.demo";
inline constexpr int kRequestColumnCount = 19;

Request requestFromQuery(const QSqlQuery &q);

// The audit_log columns in table order (id, at, actor, entity, entity_id, request_id, action,
// before_json, after_json, prev_hash, hash), read from the first 11 columns of a query.
AuditEntry auditEntryFromQuery(const QSqlQuery &q);

// Text columns are NOT NULL: a null QString would bind as NULL, so bind an empty one instead.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// Instants as stored: fixed-width UTC text, so text order is time order.
QString instantToText(const QDateTime &utc);
QDateTime instantFromText(const QString &text);

} // namespace pd::storage
