#pragma once

#include "../common/result.h"
#include "../domain/masking.h"
#include "../domain/requestview.h"
#include "../workflow/intakeservice.h"
#include "../workflow/requestworkflow.h"

#include <QCoreApplication>

namespace pd {

class Database;
class Session;

// One change made to many requests at once (the queue's bulk actions).
struct BulkChange
{
    enum class Kind { Action, Assign, Priority };
    Kind kind = Kind::Action;
    RequestAction action = RequestAction::StartVerification;
    qint64 staffId = 0; // Assign: 0 unassigns
    Priority priority = Priority::Normal;
};

// What became of one request of a bulk change: done, or refused with the reason.
struct BulkOutcome
{
    qint64 requestId = 0;
    QString reference;
    bool done = false;
    QString message; // the reason when refused
};

// Requests for the signed-in actor: the whole view of one request (masked, with what the actor
// may do), revealing a masked field (audited), every staff action on a request, and intake.
// Visibility and the rules are RequestRules'; the writes are RequestWorkflow's and IntakeService's.
class RequestDesk final
{
    Q_DECLARE_TR_FUNCTIONS(RequestDesk)

public:
    // Open: the actor opened the request (its person's details are looked at: audited).
    // Refresh: the same request shown again after a change (not audited again).
    enum class Purpose { Open, Refresh };

    RequestDesk(const Database &db, const Session &session) : m_db(db), m_session(session) {}

    Result<RequestView> view(qint64 requestId, Purpose purpose) const;
    // The id of the request with this reference, if the actor may see it.
    Result<qint64> find(const QString &reference) const;
    // The unmasked value of one field of the request's person; who, which field and which request
    // go into the audit log (never the value).
    Result<QString> reveal(qint64 requestId, PersonField field) const;

    Result<Request> perform(qint64 requestId, int expectedVersion, RequestAction action, const ActionInput &input = {}) const;
    Result<Request> assign(qint64 requestId, int expectedVersion, qint64 staffId) const;
    Result<Request> setPriority(qint64 requestId, int expectedVersion, Priority priority) const;
    // The change applied to each request separately, through the same rules and writes as one at
    // a time (its own transaction and version check each): some may be done and others refused.
    QList<BulkOutcome> applyToEach(const QList<qint64> &requestIds, const BulkChange &change) const;
    Status addNote(qint64 requestId, const QString &body) const;
    Status recordCorrespondence(qint64 requestId, const Correspondence &c) const;
    Status recordEscalation(qint64 requestId, const Escalation &e) const;

    // Whom requests may be assigned to (RequestRules::mayBeAssigned), by display name.
    Result<QList<StaffUser>> assignableStaff() const;
    // Every active member of staff (the queue's assignee filter).
    Result<QList<StaffUser>> activeStaff() const;

    // Intake: people whose identifier equals what was typed, masked; the form's problems; and the
    // registration (nothing is written unless all of it is).
    Result<QList<PersonView>> lookup(const QString &identifier) const;
    QList<FieldError> validate(IntakeForm &form) const;
    // The person's open requests of these types (intake flags a duplicate before it is
    // registered). One the actor may not open comes with id 0: its reference, type and status only.
    Result<QList<DuplicateMatch>> openDuplicates(qint64 personId, const QList<RequestType> &types) const;
    Result<QList<Request>> submit(const IntakeForm &form) const;
    // An import: every form registered in one transaction, or none; the import itself is audited
    // ("requests_imported": the file's name, its encoding and how many rows, never their contents).
    Result<QList<Request>> importRequests(const QList<IntakeForm> &forms, const QString &fileName, const QString &encoding) const;

    static PersonView personView(const Person &person);

private:
    RequestWorkflow workflow() const;

    const Database &m_db;
    const Session &m_session;
};

} // namespace pd
