#pragma once

#include "erasure.h"
#include "inventory.h"

#include "../common/result.h"
#include "datasource.h"
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

// Another request this one is linked to: a duplicate of an open request (kind "duplicate_of";
// `duplicates` true when this request is the repeat, false when the other one repeats it).
struct RequestLinkView
{
    qint64 otherId = 0;
    QString reference;
    RequestType type = RequestType::Access;
    RequestStatus status = RequestStatus::Received;
    bool duplicates = true;
    QString createdBy;
    QDateTime createdAt; // UTC
};

// An open request of the same person and type as one being registered (intake flags it).
struct DuplicateMatch
{
    qint64 id = 0;
    QString reference;
    RequestType type = RequestType::Access;
    RequestStatus status = RequestStatus::Received;
    QDateTime receivedAt; // UTC
    QDate dueDate;
};

// Where a request waiting for the requester to verify their identity stands with the reminders:
// since when it has waited, when the reminder letter went out, and whether it is now proposed for
// closing as unverifiable.
struct ReminderState
{
    QDateTime waitingSince; // UTC: when it entered "verifying"
    QDateTime remindedAt;   // UTC; invalid until the reminder goes out
    QDateTime closingProposedAt; // UTC; invalid unless proposed for closing
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
    QList<PackageRecord> packages; // access, copy and portability: the packages delivered
    bool delivered = false;        // a package that read every source, or a "no data held" letter
    // Deletion and account cancellation: who approved it, what was carried out at the sources
    // (per source and category, counts only), whether it is complete, and the legal holds.
    QString erasureApprovedBy; // display name; empty when not approved
    QList<ErasureLine> erasure;
    bool erased = false;
    QList<LegalHold> holds;
    // Consent withdrawal (and the marketing opt-out on a restriction): the purposes withdrawn on it.
    QStringList withdrawn;                 // inventory keys
    QList<BilingualText> withdrawnLabels;  // the same purposes, as the inventory names them
    // The newest change to the request (not a look), from the audit log: who changed it last.
    std::optional<AuditEntry> lastChange;
    QList<RequestLinkView> links; // duplicates: what it repeats and what repeats it
    std::optional<ReminderState> reminder; // while verifying, once a reminder is due or sent

    QList<ActionChoice> actions; // every action the workflow knows for the request's status
    Status mayAssign, maySetPriority, mayAddNote, mayRecordCorrespondence, mayRecordEscalation, mayVerify,
        mayOverrideVerification, mayWriteLetter, mayReveal, mayExportPackage, mayPlanErasure,
        mayWithdrawConsent;
    Status mayStartVerification;
    // Every letter kind with whether it fits the request now (and why not).
    QList<std::pair<LetterKind, Status>> letterChoices; // Verify identity… on a request just received moves it to "verifying"
};

} // namespace pd

Q_DECLARE_METATYPE(pd::PersonView)
Q_DECLARE_METATYPE(pd::RequestView)
