#include "demoservicesink.h"

#include "../workflow/verificationservice.h"
#include "../fulfilment/consentwithdrawal.h"
#include "demoerasures.h"
#include "demopackages.h"

namespace pd {

DemoServiceSink::DemoServiceSink(const Database &db, const WorkingDayCalendar &calendar)
    : m_db(db), m_calendar(calendar), m_now(std::make_shared<QDateTime>())
{
}

DemoServiceSink::~DemoServiceSink() = default;

Result<QList<Request>> DemoServiceSink::registerSubmission(const DemoSubmission &submission)
{
    *m_now = submission.form.receivedAt.toUTC();
    const auto now = m_now;
    IntakeForm form = submission.form;
    if (form.personId > 0)
        form.personId = m_people.value(form.personId, form.personId);
    auto created = IntakeService(m_db, m_calendar, [now] { return *now; }).submit(form, submission.registrar);
    if (!created)
        return created;
    for (const Request &r : created.value())
        m_versions.insert(r.id, r.version);
    if (submission.plannedPersonId > 0 && !created->isEmpty())
        m_people.insert(submission.plannedPersonId, created->constFirst().personId);
    return created;
}

Status DemoServiceSink::apply(qint64 requestId, const DemoStep &step)
{
    *m_now = step.at;
    const auto now = m_now;
    const Clock clock = [now] { return *now; };
    const VerificationService verification(m_db, clock);
    const int version = m_versions.value(requestId);
    Result<Request> changed = Result<Request>::failure(ErrorKind::Internal, QString());
    switch (step.kind) {
    case DemoStep::Kind::Assign:
        changed = RequestWorkflow(m_db, m_calendar, {}, clock).assign(requestId, version, step.assigneeId, step.actor);
        break;
    case DemoStep::Kind::Check:
        return verification.recordCheck(requestId, step.method, true, step.note, step.actor);
    case DemoStep::Kind::Override:
        return verification.overrideVerification(requestId, step.note, step.actor);
    case DemoStep::Kind::Deliver:
        return DemoPackages::insert(m_db, requestId, step);
    case DemoStep::Kind::Erase:
        return DemoErasures::insert(m_db, requestId, step);
    case DemoStep::Kind::Withdraw:
        return Status::from(ConsentWithdrawal(m_db, clock).withdraw(requestId, {ConsentWithdrawal::marketingPurpose()},
                                                                    QStringLiteral("web_form"), step.actor));
    case DemoStep::Kind::Transition: {
        const RequestWorkflow workflow(m_db, m_calendar,
                                       [&verification](qint64 id) { return verification.isSatisfied(id); }, clock);
        changed = workflow.perform(requestId, version, step.action, step.actor, step.input);
        break;
    }
    }
    if (!changed)
        return Status::failure(changed.fault());
    m_versions.insert(requestId, changed->version);
    return {};
}

Status DemoServiceSink::finished(qint64 requestId)
{
    m_versions.remove(requestId);
    return {};
}

} // namespace pd
