#pragma once

#include <QMetaType>
#include <QSet>

namespace pd {

// What changed in the database since the last look, read from the audit log: every change is an
// audit entry, whoever made it and from whichever workstation.
struct ChangeSet
{
    QSet<qint64> requests;   // requests registered or changed (status, fields, notes, letters...)
    bool staff = false;      // accounts, roles, passwords, locks
    bool policy = false;     // the verification policy
    bool views = false;      // saved views (the queue's Views menu)
    bool settings = false;   // team settings (e.g. the verification reminders)
    bool audit = false;      // any new entry, including those that change no data (sign-ins, views)
    bool everything = false; // too many to list: refresh whatever is shown
    qint64 lastAuditId = 0;  // the newest entry seen

    bool changesData() const { return everything || staff || policy || !requests.isEmpty(); }
    bool isEmpty() const { return !changesData() && !audit; }
    void merge(const ChangeSet &other);
};

} // namespace pd

Q_DECLARE_METATYPE(pd::ChangeSet)
