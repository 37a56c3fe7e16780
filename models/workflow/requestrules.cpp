#include "requestrules.h"

#include "requestworkflow.h"

namespace pd {

QString RequestRules::administratorsDoNotWork()
{
    return tr("Administrators manage the system; work on requests belongs to agents and supervisors.");
}

Status RequestRules::mayRegister(const Actor &actor)
{
    if (actor.role == Role::Administrator)
        return Status::failure(ErrorKind::Denied, administratorsDoNotWork());
    return {};
}

Status RequestRules::mayView(const Actor &actor, const Request &request)
{
    if (actor.role != Role::Agent || request.assigneeId == 0 || request.assigneeId == actor.staffId)
        return {};
    return Status::failure(ErrorKind::Denied,
                           tr("Request %1 is assigned to %2. Agents see the requests assigned to them and the unassigned ones.")
                               .arg(request.reference, request.assigneeName));
}

Status RequestRules::mayWork(const Actor &actor, const Request &request)
{
    if (actor.role == Role::Administrator)
        return Status::failure(ErrorKind::Denied, administratorsDoNotWork());
    return mayView(actor, request);
}

Status RequestRules::mayTake(const Actor &actor, const Request &request, RequestAction action)
{
    if (auto s = mayWork(actor, request); !s)
        return s;
    return RequestWorkflow::permitted(request.status, action, actor.role);
}

bool RequestRules::fits(const Request &request, RequestAction action)
{
    switch (action) {
    case RequestAction::ProposeDeletion: return request.type == RequestType::Deletion;
    case RequestAction::ProposeCancellation: return request.type == RequestType::AccountCancellation;
    case RequestAction::Complete: return true; // a deletion's once it is carried out (needsErasure)
    case RequestAction::StartVerification: return false;
    default: return true;
    }
}

Status RequestRules::mayTakeNow(const Actor &actor, const Request &request, RequestAction action, bool verified,
                                bool delivered, bool approved, bool erased, bool withdrawn)
{
    if (auto s = mayTake(actor, request, action); !s)
        return s;
    if (!verified && RequestWorkflow::needsVerification(action))
        return Status::failure(ErrorKind::Invalid, tr("The requester's identity is not verified yet: record the checks with "
                                                      "\"Verify identity…\" first (the verification policy says which)."));
    if (!delivered && RequestWorkflow::needsDelivery(action, request.type))
        return Status::failure(ErrorKind::Invalid, RequestWorkflow::notDeliveredMessage(request));
    if (!withdrawn && RequestWorkflow::needsWithdrawal(action, request.type))
        return Status::failure(ErrorKind::Invalid, RequestWorkflow::notWithdrawnMessage(request));
    if (RequestWorkflow::needsErasure(action, request.type)) {
        if (action == RequestAction::Complete && !erased)
            return Status::failure(ErrorKind::Invalid, RequestWorkflow::notErasedMessage(request, approved));
        if (action != RequestAction::Complete && approved)
            return Status::failure(ErrorKind::Invalid, RequestWorkflow::alreadyApprovedMessage(request));
    }
    return {};
}

Status RequestRules::mayAssign(const Actor &actor, const Request &request)
{
    if (actor.role != Role::Supervisor)
        return Status::failure(ErrorKind::Denied, tr("Only a supervisor may assign or reassign requests."));
    if (!isOpen(request.status))
        return Status::failure(ErrorKind::Invalid, tr("The request is closed (%1); nothing more can be done with it.")
                                                       .arg(requestStatuses().label(request.status)));
    return {};
}

Status RequestRules::maySetPriority(const Actor &actor, const Request &request)
{
    if (auto s = mayWork(actor, request); !s)
        return s;
    if (!isOpen(request.status))
        return Status::failure(ErrorKind::Invalid, tr("The request is closed (%1); nothing more can be done with it.")
                                                       .arg(requestStatuses().label(request.status)));
    return {};
}

Status RequestRules::mayAddNote(const Actor &actor, const Request &request)
{
    return mayWork(actor, request);
}

Status RequestRules::mayRecordCorrespondence(const Actor &actor, const Request &request)
{
    return mayWork(actor, request);
}

Status RequestRules::mayRecordEscalation(const Actor &actor, const Request &request)
{
    if (auto s = mayWork(actor, request); !s)
        return s;
    if (request.type != RequestType::Complaint)
        return Status::failure(ErrorKind::Invalid, tr("Escalations to a regulator are recorded on complaints only."));
    return {};
}

Status RequestRules::mayVerify(const Actor &actor, const Request &request)
{
    if (actor.role == Role::Administrator)
        return Status::failure(ErrorKind::Denied,
                               tr("Only agents and supervisors verify requesters; administrators edit the verification policy."));
    if (auto s = mayView(actor, request); !s)
        return s;
    if (!isOpen(request.status))
        return Status::failure(ErrorKind::Invalid, tr("The request is closed (%1); its verification can no longer change.")
                                                       .arg(requestStatuses().label(request.status)));
    return {};
}

Status RequestRules::mayOverrideVerification(const Actor &actor, const Request &request)
{
    if (actor.role != Role::Supervisor)
        return Status::failure(ErrorKind::Denied, tr("Only a supervisor may override identity verification."));
    return mayVerify(actor, request);
}

Status RequestRules::mayWriteLetter(const Actor &actor, const Request &request)
{
    if (actor.role == Role::Administrator)
        return Status::failure(ErrorKind::Denied,
                               tr("Administrators manage the system; letters are written by agents and supervisors."));
    return mayView(actor, request);
}

Status RequestRules::mayWriteLetter(const Actor &actor, const Request &request, LetterKind kind)
{
    if (auto s = mayWriteLetter(actor, request); !s)
        return s;
    using S = RequestStatus;
    const S st = request.status;
    bool fits = false;
    switch (kind) {
    case LetterKind::Acknowledgement: fits = isOpen(st); break;
    case LetterKind::ExtensionNotice: fits = isClockRunning(st); break;
    case LetterKind::VerificationRequest: fits = st == S::Received || st == S::Verifying; break;
    case LetterKind::AwaitingRequester: fits = st == S::AwaitingRequester; break;
    case LetterKind::Completion: fits = st == S::Completed; break;
    case LetterKind::Refusal: fits = st == S::Rejected; break;
    case LetterKind::Explanation: fits = st == S::InProgress || st == S::Completed; break;
    case LetterKind::NoDataHeld:
        if (!answeredByPackage(request.type))
            return Status::failure(ErrorKind::Invalid, tr("A \"no data held\" letter answers an access, copy or portability request; "
                                                          "%1 is a request of type %2.")
                                                           .arg(request.reference, requestTypes().label(request.type)));
        fits = st == S::InProgress;
        break;
    }
    if (!fits)
        return Status::failure(ErrorKind::Invalid, tr("A letter of this kind (%1) does not fit a request that is %2.")
                                                       .arg(letterKinds().label(kind), requestStatuses().label(st).toLower()));
    return {};
}

Status RequestRules::mayPlanErasure(const Actor &actor, const Request &request)
{
    if (auto s = mayWork(actor, request); !s)
        return s;
    if (request.type != RequestType::Deletion && request.type != RequestType::AccountCancellation)
        return Status::failure(ErrorKind::Invalid, tr("%1 is a request of type %2: only deletion and account cancellation requests "
                                                      "erase data.")
                                                       .arg(request.reference, requestTypes().label(request.type)));
    if (request.status != RequestStatus::InProgress && request.status != RequestStatus::AwaitingApproval)
        return Status::failure(ErrorKind::Invalid, tr("%1 is %2: data is erased only for a verified requester, while the request is "
                                                      "in progress.")
                                                       .arg(request.reference, requestStatuses().label(request.status).toLower()));
    return {};
}

Status RequestRules::mayErase(const Actor &actor, const Request &request, bool approved)
{
    if (auto s = mayPlanErasure(actor, request); !s)
        return s;
    if (request.status != RequestStatus::InProgress || !approved)
        return Status::failure(ErrorKind::Denied, tr("%1 has not been approved: a deletion or account cancellation is carried out only "
                                                     "after a supervisor approves the proposal (four-eyes principle).")
                                                      .arg(request.reference));
    return {};
}

Status RequestRules::mayWithdrawConsent(const Actor &actor, const Request &request)
{
    if (auto s = mayWork(actor, request); !s)
        return s;
    if (request.type != RequestType::ConsentWithdrawal && request.type != RequestType::Restriction)
        return Status::failure(ErrorKind::Invalid, tr("%1 is a request of type %2: consent is withdrawn on a consent withdrawal "
                                                      "request (or, for marketing, on a restriction request).")
                                                       .arg(request.reference, requestTypes().label(request.type)));
    if (request.status != RequestStatus::InProgress)
        return Status::failure(ErrorKind::Invalid, tr("%1 is %2: consent is withdrawn once the requester's identity is verified, "
                                                      "while the request is in progress.")
                                                       .arg(request.reference, requestStatuses().label(request.status).toLower()));
    return {};
}

Status RequestRules::mayReleaseHolds(const Actor &actor)
{
    if (actor.role == Role::Agent)
        return Status::failure(ErrorKind::Denied, tr("Only a supervisor or an administrator may end legal holds."));
    return {};
}

Status RequestRules::mayExportPackage(const Actor &actor, const Request &request)
{
    if (auto s = mayWork(actor, request); !s)
        return s;
    if (!answeredByPackage(request.type))
        return Status::failure(ErrorKind::Invalid, tr("%1 is a request of type %2: packages answer access, copy and portability requests.")
                                                       .arg(request.reference, requestTypes().label(request.type)));
    if (request.status != RequestStatus::InProgress && request.status != RequestStatus::Completed)
        return Status::failure(ErrorKind::Invalid, tr("Personal information goes only to a requester whose identity is verified: %1 is "
                                                      "%2. Verify identity first.")
                                                       .arg(request.reference, requestStatuses().label(request.status).toLower()));
    return {};
}

Status RequestRules::mayReveal(const Actor &actor, const Request &request)
{
    if (actor.role == Role::Administrator)
        return Status::failure(ErrorKind::Denied, tr("Administrators manage the system; personal data is revealed only to "
                                                     "the agents and supervisors who work the request."));
    return mayView(actor, request);
}

bool RequestRules::mayBeAssigned(const StaffUser &staff)
{
    return staff.role == roles().key(Role::Agent) || staff.role == roles().key(Role::Supervisor);
}

} // namespace pd
