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
    Result<QList<Request>> submit(const IntakeForm &form) const;

    static PersonView personView(const Person &person);

private:
    RequestWorkflow workflow() const;

    const Database &m_db;
    const Session &m_session;
};

} // namespace pd
