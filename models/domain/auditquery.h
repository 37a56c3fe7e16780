#pragma once

#include "pagerequest.h"
#include "records.h"

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
    // Visibility, set by the read service from the signed-in actor: 0 for everything; else only the
    // entries about requests this staff member can see (theirs and the unassigned) and the entries
    // they made that are about no request.
    qint64 visibleTo = 0;
    QString visibleToUsername{};

    bool isEmpty() const
    {
        return request.isEmpty() && actor.isEmpty() && action.isEmpty() && !from.isValid() && !to.isValid() && visibleTo == 0;
    }
    bool operator==(const AuditQuery &) const = default;
};

// Which entries to fetch, newest first: by position from either end, or next to a known entry
// (keyset on the time as stored and the id).
// After: entries older than (key, keyId); Before: newer. total: how many the query matches, if known.
using AuditPageRequest = PageRequest;

struct AuditRow
{
    AuditEntry entry;
    QString reference; // the request's reference, empty when the entry is not about a request
    QString atKey;     // the entry's time as stored: the sort key of keyset paging
};

} // namespace pd
