#pragma once

#include "../common/clock.h"
#include "../common/result.h"
#include "../domain/records.h"
#include "../storage/workflowrepository.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace pd {

class Database;
class WorkingDayCalendar;

// What some actions need besides the request: a note (kept in the history), the reasons and
// written explanation of a proposed refusal.
struct ActionInput
{
    QString note;
    QList<RefusalReason> reasons;
    QString explanation;
};

// The request state machine: one transition table (status × action → status, and who may take
// it), guards on the data (verification, four-eyes, reasons), and the writes: request, history and
// audit entry in one transaction, with an optimistic version check against concurrent edits.
// The GUI and the CLI both go through here.
class RequestWorkflow final
{
    Q_DECLARE_TR_FUNCTIONS(RequestWorkflow)

public:
    struct Transition
    {
        RequestStatus from;
        RequestAction action;
        std::optional<RequestStatus> to; // empty: decided by the data (approve, requester replied)
        QList<Role> roles;
    };
    // Everything one step writes, decided from the facts without the database: the request after
    // it (version bumped), the proposal it files or the one it decides, the history line and the
    // audit entry (not yet chained). perform() writes it; bulk loads (the demo data) write the
    // same rows, so both are held to one table and one set of guards.
    struct Outcome
    {
        Request after;
        std::optional<Approval> proposal; // filed by a propose action (id 0 until stored)
        std::optional<Approval> decided;  // the pending proposal with its decision filled in
        HistoryEntry history;
        AuditEntry audit;
    };
    // What the guards ask of the data besides the request: whether identity verification is
    // satisfied (asked when needsVerification), and whether what an access, copy or portability
    // request asks for was delivered: a package that read every source, or a "no data held"
    // letter (asked when needsDelivery).
    // A deletion or account cancellation: whether a supervisor approved the proposal, and whether
    // the approved erasure was carried out at every source and proven (asked when needsErasure).
    struct Facts
    {
        bool verified = false;
        bool delivered = false;
        bool approved = false;
        bool erased = false;
        bool withdrawn = false; // a consent withdrawal: consent withdrawn for a purpose on it (needsWithdrawal)
    };
    // Whether a request's identity verification is satisfied (VerificationService::isSatisfied).
    using VerificationCheck = std::function<Result<bool>(qint64 requestId)>;

    // Notes, summaries, explanations and outcomes; references of other authorities.
    static constexpr int kMaximumTextLength = 4000;
    static constexpr int kMaximumReferenceLength = 100;

    RequestWorkflow(const Database &db, const WorkingDayCalendar &calendar, VerificationCheck verified,
                    Clock clock = systemClock());

    static const QList<Transition> &table();
    // The table and the role alone: success, or the translated reason it is refused.
    static Status permitted(RequestStatus from, RequestAction action, Role role);
    // Actions the table allows this actor on this request (for enabling buttons).
    static QList<RequestAction> available(RequestStatus from, Role role);

    // The table, the role and the guards on the given facts, then the outcome. `pending` is the
    // proposal awaiting approval (asked when needsPending).
    static Result<Outcome> decide(const Request &current, RequestAction action, const Actor &actor,
                                  const ActionInput &input, const std::optional<Approval> &pending, const Facts &facts,
                                  const QDateTime &now, const WorkingDayCalendar &calendar);
    static bool needsVerification(RequestAction action);
    static bool needsDelivery(RequestAction action, RequestType type);
    static QString notDeliveredMessage(const Request &request);
    static bool needsErasure(RequestAction action, RequestType type);
    static QString notErasedMessage(const Request &request, bool approved);
    static QString alreadyApprovedMessage(const Request &request);
    static bool needsWithdrawal(RequestAction action, RequestType type);
    static QString notWithdrawnMessage(const Request &request);
    static bool needsPending(RequestAction action);
    // The audit entry of an assignment ("assignment") or a field edit ("field_edit").
    static AuditEntry editAudit(const Request &before, const Request &after, const Actor &actor,
                                const QString &auditAction, const QDateTime &at);

    // Checks the table, the role and the guards, then writes. `expectedVersion` is the version
    // the user saw; a different stored version means someone else changed the request.
    Result<Request> perform(qint64 requestId, int expectedVersion, RequestAction action, const Actor &actor,
                            const ActionInput &input = {}) const;

    // Supervisors (re)assign open requests (RequestRules::mayAssign); staffId 0 unassigns.
    Result<Request> assign(qint64 requestId, int expectedVersion, qint64 staffId, const Actor &actor) const;
    Result<Request> setPriority(qint64 requestId, int expectedVersion, Priority priority, const Actor &actor) const;
    Status addNote(qint64 requestId, const QString &body, const Actor &actor) const;
    Status recordCorrespondence(qint64 requestId, const Correspondence &c, const Actor &actor) const;
    // Complaints only (policy §8): a complaint escalated to a regulator.
    Status recordEscalation(qint64 requestId, const Escalation &e, const Actor &actor) const;

private:
    // Load, check the version the user saw, apply `change`, then save and audit in one transaction.
    Result<Request> edit(qint64 requestId, int expectedVersion, const Actor &actor, const QString &auditAction,
                         const std::function<Status(Request &)> &change) const;
    static QString staleMessage(const QString &reference);
    // Loads the request and applies a RequestRules check to it.
    Status checkRequest(qint64 requestId, const std::function<Status(const Request &)> &rule) const;
    static Status guard(const Request &r, RequestAction action, const Actor &actor, const ActionInput &input,
                        const std::optional<Approval> &pending, const Facts &facts);

    const Database &m_db;
    const WorkingDayCalendar &m_calendar;
    VerificationCheck m_verified;
    Clock m_clock;
};

} // namespace pd
