#pragma once

#include "../common/result.h"
#include "../domain/records.h"

#include <QCoreApplication>

namespace pd {

// Who may do what to one request, beyond the state machine's table (RequestWorkflow::permitted):
// every rule the detail panel shows as an enabled or disabled button, with the reason as its
// tooltip. The services call the same functions before they write, so the GUI, the CLI and
// bulk loads obey one set of rules. A refusal is ErrorKind::Denied (or Invalid for what no role
// may do to this request, such as an escalation on anything but a complaint).
//
// Visibility: agents see the requests assigned to them and the unassigned ones; supervisors and
// administrators see all. Administrators manage the system and do not work requests.
class RequestRules final
{
    Q_DECLARE_TR_FUNCTIONS(RequestRules)

public:
    // Register new requests (intake).
    static Status mayRegister(const Actor &actor);
    static Status mayView(const Actor &actor, const Request &request);
    // Working a request at all: its notes, correspondence, priority, verification, letters.
    static Status mayWork(const Actor &actor, const Request &request);
    // A workflow action: mayWork and the transition table.
    static Status mayTake(const Actor &actor, const Request &request, RequestAction action);
    static Status mayAssign(const Actor &actor, const Request &request);
    static Status maySetPriority(const Actor &actor, const Request &request);
    static Status mayAddNote(const Actor &actor, const Request &request);
    static Status mayRecordCorrespondence(const Actor &actor, const Request &request);
    static Status mayRecordEscalation(const Actor &actor, const Request &request);
    static Status mayVerify(const Actor &actor, const Request &request);
    static Status mayOverrideVerification(const Actor &actor, const Request &request);
    static Status mayWriteLetter(const Actor &actor, const Request &request);
    // mayWriteLetter, and the kind fits the request's status: an acknowledgement or an extension
    // notice while it is open, a verification request while identity is being verified, a request
    // for information while the requester is asked, a completion once completed, a refusal once
    // rejected, an explanation while in progress or once completed.
    static Status mayWriteLetter(const Actor &actor, const Request &request, LetterKind kind);
    // A data package (access, copy, portability): mayWork, and the requester's identity verified
    // (the request in progress; once completed, a package may be delivered again).
    static Status mayExportPackage(const Actor &actor, const Request &request);
    // A deletion or account cancellation's dry run: mayWork, on such a request while it is being
    // worked or awaits approval (the approver reads it).
    static Status mayPlanErasure(const Actor &actor, const Request &request);
    // Carrying it out at the sources: mayPlanErasure, in progress, and `approved` by a supervisor
    // (the four-eyes approval of the proposal).
    static Status mayErase(const Actor &actor, const Request &request, bool approved);
    // Withdrawing consent (§4) on a consent withdrawal request, or the marketing opt-out (退订) on a
    // restriction request: mayWork, in progress (the requester verified).
    static Status mayWithdrawConsent(const Actor &actor, const Request &request);
    // Ending legal holds that are due (privacydesk-cli holds run): supervisors and administrators.
    static Status mayReleaseHolds(const Actor &actor);
    // Reveal a masked field of the request's person.
    static Status mayReveal(const Actor &actor, const Request &request);
    // Whether an action belongs on this request at all (the detail panel offers only these):
    // proposing a deletion fits a deletion request, a cancellation an account cancellation,
    // completing directly every other type; "start verification" is what Verify identity… does.
    static bool fits(const Request &request, RequestAction action);
    // mayTake, and for the actions that need it, the requester's identity verified and what an
    // access, copy or portability request asks for delivered (RequestWorkflow::Facts).
    // A deletion or cancellation: proposing it once approved is refused; completing it needs the
    // approved erasure carried out (`erased`).
    static Status mayTakeNow(const Actor &actor, const Request &request, RequestAction action, bool verified,
                             bool delivered = true, bool approved = false, bool erased = false, bool withdrawn = false);
    // Whom a supervisor may assign requests to: active agents and supervisors.
    static bool mayBeAssigned(const StaffUser &staff);

    static QString administratorsDoNotWork();
};

} // namespace pd
