#include "requestworkflow.h"

#include "../audit/auditlog.h"
#include "../domain/validation.h"
#include "../storage/database.h"
#include "../storage/erasurerepository.h"
#include "../storage/packagerepository.h"
#include "../storage/requestrepository.h"
#include "../storage/sourcerepository.h"
#include "../storage/staffrepository.h"
#include "../storage/transaction.h"
#include "requestrules.h"
#include "workingdaycalendar.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

using S = RequestStatus;
using A = RequestAction;
constexpr Role kAgent = Role::Agent;
constexpr Role kSupervisor = Role::Supervisor;

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject snapshot(const Request &r)
{
    return {{QStringLiteral("status"), requestStatuses().key(r.status)},
            {QStringLiteral("due"), r.dueDate.toString(Qt::ISODate)},
            {QStringLiteral("assignee"), r.assigneeName},
            {QStringLiteral("priority"), priorities().key(r.priority)},
            {QStringLiteral("version"), r.version}};
}

} // namespace

RequestWorkflow::RequestWorkflow(const Database &db, const WorkingDayCalendar &calendar, VerificationCheck verified,
                                 Clock clock)
    : m_db(db), m_calendar(calendar), m_verified(std::move(verified)), m_clock(std::move(clock))
{
}

const QList<RequestWorkflow::Transition> &RequestWorkflow::table()
{
    static const QList<Transition> t = {
        {S::Received, A::StartVerification, S::Verifying, {kAgent, kSupervisor}},
        {S::Received, A::RequestInformation, S::AwaitingRequester, {kAgent, kSupervisor}},
        {S::Received, A::ProposeRefusal, S::AwaitingApproval, {kAgent, kSupervisor}},
        {S::Received, A::Withdraw, S::Withdrawn, {kAgent, kSupervisor}},

        {S::Verifying, A::MarkVerified, S::InProgress, {kAgent, kSupervisor}},
        {S::Verifying, A::RequestInformation, S::AwaitingRequester, {kAgent, kSupervisor}},
        {S::Verifying, A::MarkUnverifiable, S::Unverifiable, {kAgent, kSupervisor}},
        {S::Verifying, A::ProposeRefusal, S::AwaitingApproval, {kAgent, kSupervisor}},
        {S::Verifying, A::Withdraw, S::Withdrawn, {kAgent, kSupervisor}},

        {S::InProgress, A::Complete, S::Completed, {kAgent, kSupervisor}},
        {S::InProgress, A::ProposeDeletion, S::AwaitingApproval, {kAgent, kSupervisor}},
        {S::InProgress, A::ProposeCancellation, S::AwaitingApproval, {kAgent, kSupervisor}},
        {S::InProgress, A::ProposeRefusal, S::AwaitingApproval, {kAgent, kSupervisor}},
        {S::InProgress, A::RequestInformation, S::AwaitingRequester, {kAgent, kSupervisor}},
        {S::InProgress, A::Withdraw, S::Withdrawn, {kAgent, kSupervisor}},

        {S::AwaitingRequester, A::InformationReceived, std::nullopt, {kAgent, kSupervisor}},
        {S::AwaitingRequester, A::MarkUnverifiable, S::Unverifiable, {kAgent, kSupervisor}},
        {S::AwaitingRequester, A::Withdraw, S::Withdrawn, {kAgent, kSupervisor}},

        {S::AwaitingApproval, A::Approve, std::nullopt, {kSupervisor}},
        {S::AwaitingApproval, A::SendBack, S::InProgress, {kSupervisor}},
    };
    return t;
}

Status RequestWorkflow::permitted(RequestStatus from, RequestAction action, Role role)
{
    for (const Transition &t : table()) {
        if (t.from != from || t.action != action)
            continue;
        if (t.roles.contains(role))
            return {};
        if (role == Role::Administrator)
            return Status::failure(ErrorKind::Denied, tr("Administrators manage the system; work on requests belongs to agents and supervisors."));
        return Status::failure(ErrorKind::Denied, tr("Only a supervisor may \"%1\".").arg(requestActions().label(action)));
    }
    if (!isOpen(from))
        return Status::failure(ErrorKind::Invalid, tr("The request is closed (%1); nothing more can be done with it.").arg(requestStatuses().label(from)));
    return Status::failure(ErrorKind::Invalid, tr("\"%1\" is not possible while a request is \"%2\".")
                               .arg(requestActions().label(action), requestStatuses().label(from)));
}

QList<RequestAction> RequestWorkflow::available(RequestStatus from, Role role)
{
    QList<RequestAction> out;
    for (const Transition &t : table())
        if (t.from == from && t.roles.contains(role))
            out << t.action;
    return out;
}

bool RequestWorkflow::needsVerification(RequestAction action)
{
    return action == A::MarkVerified || action == A::Complete || action == A::ProposeDeletion
        || action == A::ProposeCancellation;
}

bool RequestWorkflow::needsDelivery(RequestAction action, RequestType type)
{
    return action == A::Complete && answeredByPackage(type);
}

QString RequestWorkflow::notDeliveredMessage(const Request &r)
{
    return tr("%1 asks for the personal information held about the requester. Before it is completed, deliver a data package "
              "that could read every source (Data package… on the request), or, when no source holds anything, write a "
              "\"No data held\" letter.")
        .arg(r.reference);
}

bool RequestWorkflow::needsErasure(RequestAction action, RequestType type)
{
    const bool destructive = type == RequestType::Deletion || type == RequestType::AccountCancellation;
    return destructive && (action == A::Complete || action == A::ProposeDeletion || action == A::ProposeCancellation);
}

QString RequestWorkflow::notErasedMessage(const Request &r, bool approved)
{
    if (!approved)
        return tr("A deletion or account cancellation is carried out only after a supervisor approves it: propose it for "
                  "approval first.");
    return tr("%1 is approved; carry out the deletion at the sources (Erase… on the request, or privacydesk-cli erase %1) before "
              "completing it.")
        .arg(r.reference);
}

bool RequestWorkflow::needsWithdrawal(RequestAction action, RequestType type)
{
    return action == A::Complete && type == RequestType::ConsentWithdrawal;
}

QString RequestWorkflow::notWithdrawnMessage(const Request &r)
{
    return tr("%1 asks to withdraw consent: record the withdrawal for the purposes concerned (Withdraw consent… on the request, or "
              "privacydesk-cli withdraw %1) before completing it.")
        .arg(r.reference);
}

QString RequestWorkflow::alreadyApprovedMessage(const Request &r)
{
    return tr("%1 is approved already: carry it out (Erase…), then complete it.").arg(r.reference);
}

bool RequestWorkflow::needsPending(RequestAction action)
{
    return action == A::Approve || action == A::SendBack;
}

Status RequestWorkflow::guard(const Request &r, RequestAction action, const Actor &actor, const ActionInput &input,
                              const std::optional<Approval> &pending, const Facts &facts)
{
    const auto requireVerified = [&]() -> Status {
        if (!facts.verified)
            return Status::failure(ErrorKind::Invalid, tr("The requester's identity is not verified yet; a request cannot be fulfilled before "
                                      "verification is satisfied (or a supervisor overrides it with a justification)."));
        return {};
    };
    switch (action) {
    case A::MarkVerified:
    case A::Complete:
        if (auto s = requireVerified(); !s)
            return s;
        if (needsWithdrawal(action, r.type) && !facts.withdrawn)
            return Status::failure(ErrorKind::Invalid, notWithdrawnMessage(r));
        if (needsErasure(action, r.type) && !facts.erased)
            return Status::failure(ErrorKind::Invalid, notErasedMessage(r, facts.approved));
        if (needsDelivery(action, r.type) && !facts.delivered)
            return Status::failure(ErrorKind::Invalid, notDeliveredMessage(r));
        return {};
    case A::ProposeDeletion:
        if (r.type != RequestType::Deletion)
            return Status::failure(ErrorKind::Invalid, tr("Only a deletion request can be proposed for deletion."));
        if (facts.approved)
            return Status::failure(ErrorKind::Invalid, alreadyApprovedMessage(r));
        return requireVerified();
    case A::ProposeCancellation:
        if (r.type != RequestType::AccountCancellation)
            return Status::failure(ErrorKind::Invalid, tr("Only an account cancellation request can be proposed for cancellation."));
        if (facts.approved)
            return Status::failure(ErrorKind::Invalid, alreadyApprovedMessage(r));
        return requireVerified();
    case A::ProposeRefusal:
        if (const QString c = Validation::controlCharacter(tr("Refusal"), input.explanation, true); !c.isEmpty())
            return Status::failure(ErrorKind::Invalid, c);
        if (input.explanation.size() > kMaximumTextLength)
            return Status::failure(ErrorKind::Invalid, tr("Refusal: the explanation has at most %1 characters (now %2).")
                                                           .arg(kMaximumTextLength)
                                                           .arg(input.explanation.size()));
        if (input.reasons.isEmpty())
            return Status::failure(ErrorKind::Invalid, tr("Refusal: choose at least one reason (PIPL Art. 50 requires the reasons to be stated)."));
        if (input.explanation.trimmed().isEmpty())
            return Status::failure(ErrorKind::Invalid, tr("Refusal: write the explanation that will be sent to the requester."));
        return {};
    case A::Approve:
    case A::SendBack:
        if (!pending)
            return Status::failure(ErrorKind::NotFound, tr("There is no proposal waiting for approval on this request."));
        if (action == A::Approve && pending->proposedBy == actor.username)
            return Status::failure(ErrorKind::Denied, tr("You proposed this yourself; another supervisor must approve it (four-eyes principle)."));
        return {};
    case A::RequestInformation:
    case A::InformationReceived:
    case A::StartVerification:
    case A::Withdraw:
    case A::MarkUnverifiable:
    case A::OverrideVerification:
        return {};
    }
    return {};
}

Result<RequestWorkflow::Outcome> RequestWorkflow::decide(const Request &current, RequestAction action, const Actor &actor,
                                                         const ActionInput &input, const std::optional<Approval> &pending,
                                                         const Facts &facts, const QDateTime &now,
                                                         const WorkingDayCalendar &calendar)
{
    using R = Result<Outcome>;
    if (auto s = RequestRules::mayTake(actor, current, action); !s)
        return R::failure(s.fault());
    if (const QString c = Validation::controlCharacter(tr("Note"), input.note, true); !c.isEmpty())
        return R::failure(ErrorKind::Invalid, c);
    if (input.note.size() > kMaximumTextLength)
        return R::failure(ErrorKind::Invalid, tr("Note: at most %1 characters (now %2).").arg(kMaximumTextLength).arg(input.note.size()));
    if (auto s = guard(current, action, actor, input, pending, facts); !s)
        return R::failure(s.fault());

    Outcome out;
    Request &r = out.after;
    r = current;
    const QDate today = now.toLocalTime().date();
    std::optional<RequestStatus> to;
    for (const Transition &t : table())
        if (t.from == r.status && t.action == action)
            to = t.to;
    if (action == A::InformationReceived) {
        // The clock paused while the requester was asked: the deadline moves by the working days paused.
        to = requestStatuses().fromKey(r.resumeStatus).value_or(S::InProgress);
        if (r.pausedOn.isValid())
            r.dueDate = calendar.addWorkingDays(r.dueDate, std::max(0, calendar.workingDaysUntil(r.pausedOn, today)));
        r.resumeStatus.clear();
        r.pausedOn = QDate();
    } else if (action == A::Approve) {
        // A refusal is decided; an approved deletion or cancellation goes back to be carried out
        // at the sources, and is completed once it has been (needsErasure).
        to = pending->action == A::ProposeRefusal ? S::Rejected : S::InProgress;
    }
    if (action == A::RequestInformation) {
        r.resumeStatus = requestStatuses().key(r.status);
        r.pausedOn = today;
    }
    r.status = to.value_or(r.status);
    ++r.version;

    QString note = input.note.trimmed();
    if (action == A::ProposeRefusal || action == A::ProposeDeletion || action == A::ProposeCancellation) {
        Approval a;
        a.requestId = r.id;
        a.action = action;
        a.reasons = input.reasons;
        // A refusal's explanation goes to the requester; a deletion's or cancellation's note is
        // what the approver reads.
        a.explanation = input.explanation.trimmed().isEmpty() ? note : input.explanation.trimmed();
        a.proposedBy = actor.username;
        a.proposedAt = now;
        if (note.isEmpty())
            note = a.explanation;
        out.proposal = a;
    } else if (pending && needsPending(action)) {
        Approval d = *pending;
        d.decidedBy = actor.username;
        d.decidedAt = now;
        d.decision = action == A::Approve ? QStringLiteral("approved") : QStringLiteral("sent_back");
        d.decisionNote = note;
        out.decided = d;
    }
    // The action's key, not its label: the history is shown in the reader's language.
    out.history = HistoryEntry{now, actor.username, requestActions().key(action), requestStatuses().key(current.status),
                               requestStatuses().key(r.status), note};
    QJsonObject after = snapshot(r);
    after.insert(QStringLiteral("action"), requestActions().key(action));
    if (!note.isEmpty())
        after.insert(QStringLiteral("note"), note);
    out.audit.at = now;
    out.audit.actor = actor.username;
    out.audit.entity = QStringLiteral("request");
    out.audit.entityId = r.id;
    out.audit.requestId = r.id;
    out.audit.action = QStringLiteral("transition");
    out.audit.beforeJson = json(snapshot(current));
    out.audit.afterJson = json(after);
    return out;
}

Result<Request> RequestWorkflow::perform(qint64 requestId, int expectedVersion, RequestAction action, const Actor &actor,
                                         const ActionInput &input) const
{
    using R = Result<Request>;
    const RequestRepository requests(m_db);
    auto current = requests.get(requestId);
    if (!current)
        return R::failure(current.fault());
    if (current->version != expectedVersion)
        return R::failure(ErrorKind::Conflict, staleMessage(current->reference));
    if (auto s = RequestRules::mayTake(actor, current.value(), action); !s)
        return R::failure(s.fault()); // before any lookup: the rules alone refuse
    Facts facts;
    if (needsVerification(action)) {
        const auto ok = m_verified ? m_verified(requestId) : Result<bool>(false);
        if (!ok)
            return R::failure(ok.fault());
        facts.verified = ok.value();
    }
    if (needsDelivery(action, current->type)) {
        const auto delivered = PackageRepository(m_db).delivered(requestId);
        if (!delivered)
            return R::failure(delivered.fault());
        facts.delivered = delivered.value();
    }
    if (needsErasure(action, current->type)) {
        const ErasureRepository erasures(m_db);
        const auto approvedBy = erasures.approvedBy(requestId);
        if (!approvedBy)
            return R::failure(approvedBy.fault());
        facts.approved = !approvedBy->isEmpty();
        const auto erased = erasures.completed(requestId);
        if (!erased)
            return R::failure(erased.fault());
        facts.erased = erased.value();
    }
    if (needsWithdrawal(action, current->type)) {
        const auto withdrawn = RegisterRepository(m_db).withdrawnOn(requestId);
        if (!withdrawn)
            return R::failure(withdrawn.fault());
        facts.withdrawn = !withdrawn->isEmpty();
    }
    std::optional<Approval> pending;
    if (needsPending(action)) {
        auto p = WorkflowRepository(m_db).pendingApproval(requestId);
        if (!p)
            return R::failure(p.fault());
        pending = p.value();
    }
    const auto outcome = decide(current.value(), action, actor, input, pending, facts, m_clock(), m_calendar);
    if (!outcome)
        return R::failure(outcome.fault());

    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().fault());
    Request toSave = outcome->after;
    toSave.version = current->version; // the repository checks the version read and bumps it
    auto saved = requests.updateWorkflowFields(toSave);
    if (!saved)
        return saved;
    const WorkflowRepository workflow(m_db);
    if (outcome->proposal) {
        if (auto id = workflow.insertApproval(*outcome->proposal); !id)
            return R::failure(id.fault());
    } else if (const auto &d = outcome->decided) {
        if (auto s = workflow.decideApproval(d->id, d->decidedBy, d->decision, d->decisionNote, d->decidedAt); !s)
            return R::failure(s.fault());
    }
    if (auto s = requests.appendHistory(requestId, outcome->history); !s)
        return R::failure(s.fault());
    if (auto a = AuditLog(m_db).append(outcome->audit); !a)
        return R::failure(a.fault());
    if (auto s = tx.commit(); !s)
        return R::failure(s.fault());
    return saved;
}

AuditEntry RequestWorkflow::editAudit(const Request &before, const Request &after, const Actor &actor,
                                      const QString &auditAction, const QDateTime &at)
{
    return AuditEntry{0, at, actor.username, QStringLiteral("request"), after.id, after.id, auditAction,
                      json(snapshot(before)), json(snapshot(after)), {}, {}};
}

Result<Request> RequestWorkflow::edit(qint64 requestId, int expectedVersion, const Actor &actor, const QString &auditAction,
                                      const std::function<Status(Request &)> &change) const
{
    using R = Result<Request>;
    auto current = RequestRepository(m_db).get(requestId);
    if (!current)
        return current;
    Request r = current.value();
    if (r.version != expectedVersion)
        return R::failure(ErrorKind::Conflict, staleMessage(r.reference));
    const Request before = r;
    if (auto s = change(r); !s)
        return R::failure(s.fault());
    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().fault());
    auto saved = RequestRepository(m_db).updateWorkflowFields(r);
    if (!saved)
        return saved;
    if (auto a = AuditLog(m_db).append(editAudit(before, saved.value(), actor, auditAction, m_clock())); !a)
        return R::failure(a.fault());
    if (auto s = tx.commit(); !s)
        return R::failure(s.fault());
    return saved;
}

Status RequestWorkflow::checkRequest(qint64 requestId, const std::function<Status(const Request &)> &rule) const
{
    const auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return Status::from(request);
    return rule(request.value());
}

QString RequestWorkflow::staleMessage(const QString &reference)
{
    return tr("Request %1 was changed by someone else since you opened it. Nothing was saved; reload it and try again.")
        .arg(reference);
}

Result<Request> RequestWorkflow::assign(qint64 requestId, int expectedVersion, qint64 staffId, const Actor &actor) const
{
    return edit(requestId, expectedVersion, actor, QStringLiteral("assignment"), [&](Request &r) -> Status {
        if (auto s = RequestRules::mayAssign(actor, r); !s)
            return s;
        QString name;
        if (staffId > 0) {
            const auto staff = StaffRepository(m_db).list();
            if (!staff)
                return Status::failure(staff.fault());
            for (const StaffUser &u : staff.value())
                if (u.id == staffId && RequestRules::mayBeAssigned(u))
                    name = u.displayName;
            if (name.isEmpty())
                return Status::failure(ErrorKind::Invalid, tr("Staff member %1 does not exist or is no longer active.").arg(staffId));
        }
        r.assigneeId = staffId;
        r.assigneeName = name;
        return {};
    });
}

Result<Request> RequestWorkflow::setPriority(qint64 requestId, int expectedVersion, Priority priority, const Actor &actor) const
{
    return edit(requestId, expectedVersion, actor, QStringLiteral("field_edit"), [&actor, priority](Request &r) -> Status {
        if (auto s = RequestRules::maySetPriority(actor, r); !s)
            return s;
        r.priority = priority;
        return {};
    });
}

Status RequestWorkflow::addNote(qint64 requestId, const QString &body, const Actor &actor) const
{
    if (body.trimmed().isEmpty())
        return Status::failure(ErrorKind::Invalid, tr("Note: write something first."));
    if (const QString c = Validation::controlCharacter(tr("Note"), body, true); !c.isEmpty())
        return Status::failure(ErrorKind::Invalid, c);
    if (body.trimmed().size() > kMaximumTextLength)
        return Status::failure(ErrorKind::Invalid, tr("Note: at most %1 characters (now %2).")
                                                       .arg(kMaximumTextLength)
                                                       .arg(body.trimmed().size()));
    if (auto s = checkRequest(requestId, [&](const Request &r) { return RequestRules::mayAddNote(actor, r); }); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto s = WorkflowRepository(m_db).insertNote(requestId, Note{m_clock(), actor.username, body.trimmed()}); !s)
        return s;
    AuditEntry audit{0, m_clock(), actor.username, QStringLiteral("request"), requestId, requestId, QStringLiteral("note_added"),
                     {}, json({{QStringLiteral("note"), body.trimmed()}}), {}, {}};
    if (auto a = AuditLog(m_db).append(audit); !a)
        return Status::failure(a.fault());
    return tx.commit();
}

Status RequestWorkflow::recordCorrespondence(qint64 requestId, const Correspondence &c, const Actor &actor) const
{
    if (c.summary.trimmed().isEmpty())
        return Status::failure(ErrorKind::Invalid, tr("Correspondence: summarise what was sent or received."));
    if (const QString control = Validation::controlCharacter(tr("Correspondence"), c.summary, true); !control.isEmpty())
        return Status::failure(ErrorKind::Invalid, control);
    if (c.summary.size() > kMaximumTextLength)
        return Status::failure(ErrorKind::Invalid, tr("Correspondence: at most %1 characters (now %2).")
                                                       .arg(kMaximumTextLength)
                                                       .arg(c.summary.size()));
    if (c.direction != QLatin1String("in") && c.direction != QLatin1String("out"))
        return Status::failure(ErrorKind::Invalid, tr("Correspondence: say whether it was sent to or received from the requester."));
    if (auto s = checkRequest(requestId, [&](const Request &r) { return RequestRules::mayRecordCorrespondence(actor, r); }); !s)
        return s;
    Correspondence record = c;
    record.recordedBy = actor.username;
    if (!record.at.isValid())
        record.at = m_clock();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto s = WorkflowRepository(m_db).insertCorrespondence(requestId, record); !s)
        return s;
    AuditEntry audit{0, m_clock(), actor.username, QStringLiteral("request"), requestId, requestId,
                     QStringLiteral("correspondence_recorded"), {},
                     json({{QStringLiteral("direction"), record.direction},
                           {QStringLiteral("channel"), channels().key(record.channel)},
                           {QStringLiteral("summary"), record.summary}}),
                     {}, {}};
    if (auto a = AuditLog(m_db).append(audit); !a)
        return Status::failure(a.fault());
    return tx.commit();
}

Status RequestWorkflow::recordEscalation(qint64 requestId, const Escalation &e, const Actor &actor) const
{
    if (auto s = checkRequest(requestId, [&](const Request &r) { return RequestRules::mayRecordEscalation(actor, r); }); !s)
        return s;
    for (const auto &[label, text] : {std::pair{tr("Escalation"), e.theirReference}, std::pair{tr("Escalation"), e.outcome}})
        if (const QString control = Validation::controlCharacter(label, text, true); !control.isEmpty())
            return Status::failure(ErrorKind::Invalid, control);
    if (e.theirReference.size() > kMaximumReferenceLength)
        return Status::failure(ErrorKind::Invalid, tr("Escalation: their reference has at most %1 characters (now %2).")
                                                       .arg(kMaximumReferenceLength)
                                                       .arg(e.theirReference.size()));
    if (e.outcome.size() > kMaximumTextLength)
        return Status::failure(ErrorKind::Invalid, tr("Escalation: the outcome has at most %1 characters (now %2).")
                                                       .arg(kMaximumTextLength)
                                                       .arg(e.outcome.size()));
    if (!e.escalatedOn.isValid() || e.escalatedOn > m_clock().toLocalTime().date())
        return Status::failure(ErrorKind::Invalid, tr("Escalation: enter the date it was escalated (not in the future)."));
    Escalation record = e;
    record.recordedBy = actor.username;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto s = WorkflowRepository(m_db).insertEscalation(requestId, record); !s)
        return s;
    AuditEntry audit{0, m_clock(), actor.username, QStringLiteral("request"), requestId, requestId,
                     QStringLiteral("escalation_recorded"), {},
                     json({{QStringLiteral("authority"), authorities().key(record.authority)},
                           {QStringLiteral("reference"), record.theirReference},
                           {QStringLiteral("outcome"), record.outcome},
                           {QStringLiteral("on"), record.escalatedOn.toString(Qt::ISODate)}}),
                     {}, {}};
    if (auto a = AuditLog(m_db).append(audit); !a)
        return Status::failure(a.fault());
    return tx.commit();
}

} // namespace pd
