#pragma once

#include "../common/result.h"
#include "../domain/records.h"
#include "../workflow/intakeservice.h"
#include "../workflow/requestworkflow.h"

#include <QList>

namespace pd {

// One thing a member of staff does to a demo request, at a given time.
struct DemoStep
{
    enum class Kind {
        Assign,     // a supervisor assigns the request to assigneeId
        Check,      // a passed verification check of `method`, recorded by staff
        Override,   // a supervisor overrides verification (note: the justification)
        Transition, // a workflow action
        Deliver,    // an access, copy or portability package delivered (`items` in it)
        Erase,      // an approved deletion or cancellation carried out at the sources
        Withdraw,   // consent withdrawn for the marketing purpose (a consent withdrawal request)
    };
    Kind kind = Kind::Transition;
    QDateTime at; // UTC
    Actor actor;
    RequestAction action = RequestAction::StartVerification;
    VerificationMethod method = VerificationMethod::AccountLogin;
    qint64 assigneeId = 0;
    QString assigneeName;
    QString note;
    ActionInput input;
    qint64 items = 0;
};

// One intake: a person (new, or one who came before) asks for one or more rights at once; each
// request then lives through its script.
struct DemoSubmission
{
    IntakeForm form;  // personId set when the person came before
    qint64 plannedPersonId = 0; // a new person: the id the plan gave them
    Person person;              // the person as planned (DemoPlanner makes normalised values)
    QString registrar; // who took it in
    QList<QList<DemoStep>> scripts; // one per form.types entry, in time order
};

// Where demo submissions and steps go: through the workflow services (DemoServiceSink) or, for
// large loads, decided by the services' own pure functions and written in bulk (DemoBulkSink).
// Both see the same calls in the same order and must leave the same rows behind
// (tst_demogenerator compares them).
class DemoSink
{
public:
    virtual ~DemoSink() = default;
    // Registers the submission and returns its requests, one per type in order.
    virtual Result<QList<Request>> registerSubmission(const DemoSubmission &submission) = 0;
    virtual Status apply(qint64 requestId, const DemoStep &step) = 0;
    // The request's script has ended: nothing more will happen to it in this load.
    virtual Status finished(qint64 requestId) = 0;
};

} // namespace pd
