#pragma once

#include "../common/result.h"
#include "letterinfo.h"
#include "masking.h"
#include "records.h"
#include "workflowrecords.h"

#include <QList>
#include <QMap>
#include <QMetaType>

#include <optional>
#include <utility>

namespace pd {

// One line of a request's history as the detail panel shows it: a status change, a note,
// correspondence or an escalation, in time order. Keys, not labels: the panel translates them
// in the language it shows.
struct TimelineEntry
{
    enum class Kind { History, Note, Sent, Received, Escalated, Assigned, Priority };
    QDateTime at; // UTC; escalations: the start of the day escalated
    QString actor; // the staff member's display name (their user name when the account is gone)
    Kind kind = Kind::History;
    // History: a requestActions() key for a workflow step, or a historyActions() key ("registered";
    // "status_changed" in older entries, whose text starts with the action's English label).
    QString historyAction;
    QString fromStatus;    // History: requestStatuses() keys ("" when registered)
    QString toStatus;
    // The note, the summary, the history note, the escalation's outcome; Assigned: the new
    // assignee's display name ("" when unassigned); Priority: the new priorities() key.
    QString text;
    Authority authority = Authority::Cyberspace; // Escalated
    QString theirReference;                      // Escalated
};

// The person a request concerns, as the actor may see them: personal fields masked (Masking).
struct PersonView
{
    qint64 id = 0;
    QString name;
    QString company;
    QString language;
    QMap<PersonField, QString> masked; // only the fields that hold a value
};

// What the actor may do with a workflow action, and why not.
struct ActionChoice
{
    RequestAction action = RequestAction::StartVerification;
    Status allowed;
};

// Everything the detail panel shows of one request, read in one call (off the GUI thread) for
// the signed-in actor: the request, its person masked, the history merged in time order, the
// proposal awaiting approval, the verification state, the letters, and what the actor may do.
struct RequestView
{
    Request request;
    PersonView person;
    QList<TimelineEntry> timeline;
    std::optional<Approval> pending;
    QString proposedByName; // the display name of whoever proposed `pending`
    bool verified = false;
    QList<VerificationMethod> missing; // what the closest verification alternative still lacks
    QList<LetterInfo> letters;
    // The newest change to the request (not a look), from the audit log: who changed it last.
    std::optional<AuditEntry> lastChange;

    QList<ActionChoice> actions; // every action the workflow knows for the request's status
    Status mayAssign, maySetPriority, mayAddNote, mayRecordCorrespondence, mayRecordEscalation, mayVerify,
        mayOverrideVerification, mayWriteLetter, mayReveal;
    Status mayStartVerification;
    // Every letter kind with whether it fits the request now (and why not).
    QList<std::pair<LetterKind, Status>> letterChoices; // Verify identity… on a request just received moves it to "verifying"

};

} // namespace pd

Q_DECLARE_METATYPE(pd::PersonView)
Q_DECLARE_METATYPE(pd::RequestView)
