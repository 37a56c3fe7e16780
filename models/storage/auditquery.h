#pragma once

#include "../domain/records.h"

#include <QDate>
#include <QString>

namespace pd {

// What the audit view shows. Every filter narrows through an index of audit_log.
struct AuditQuery
{
    QString request;   // a request reference (DSR-2026-000123) or a request id (123 or #123); empty: any
    QString actor;     // a user name, exactly; empty: anyone
    QString action;    // an action key, exactly; empty: any
    QDate from, to;    // local calendar days, both inclusive; invalid: unbounded

    bool isEmpty() const { return request.isEmpty() && actor.isEmpty() && action.isEmpty() && !from.isValid() && !to.isValid(); }
    bool operator==(const AuditQuery &) const = default;
};

// Which entries to fetch, newest first: by position from either end, or next to a known entry
// (keyset on id).
struct AuditPageRequest
{
    enum class Anchor { Start, End, After, Before };
    Anchor anchor = Anchor::Start;
    qint64 offset = 0; // entries to skip from the anchor end (Start/End)
    int limit = 100;
    qint64 keyId = 0;  // After: entries older than this id; Before: newer
    qint64 total = -1; // how many entries the query matches, when the caller knows (-1: unknown)
};

struct AuditRow
{
    AuditEntry entry;
    QString reference; // the request's reference, empty when the entry is not about a request
};

} // namespace pd
