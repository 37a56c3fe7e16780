#include "demobulksink.h"

#include "../fulfilment/accesspackage.h"
#include "../storage/requestrepository.h"
#include "../fulfilment/consentwithdrawal.h"
#include "demoerasures.h"
#include "demopackages.h"
#include "../workflow/verificationservice.h"
#include "../workflow/requestrules.h"

namespace pd {

DemoBulkSink::DemoBulkSink(const Database &db, const WorkingDayCalendar &calendar, const BulkWriter::NextIds &ids,
                           VerificationPolicy policy)
    : m_calendar(calendar),
      m_now(std::make_shared<QDateTime>()),
      m_intake(db, calendar, [now = m_now] { return *now; }),
      m_policy(std::move(policy)),
      m_next(ids),
      m_counters(ids.referenceCounters)
{
}

void DemoBulkSink::audit(AuditEntry entry)
{
    m_batch.audit << std::move(entry); // sealed in order by the writing side (DemoGenerator)
}

Result<QList<Request>> DemoBulkSink::registerSubmission(const DemoSubmission &submission)
{
    using R = Result<QList<Request>>;
    IntakeForm form = submission.form;
    *m_now = form.receivedAt.toUTC();
    if (const auto errors = m_intake.validate(form); !errors.isEmpty())
        return R::failure(ErrorKind::Invalid, errors.first().message);
    Person person = submission.person;
    if (form.personId == 0) {
        person = Person{m_next.person++, form.name, form.account, form.email, form.phone, form.idNumber, form.company,
                        form.language};
        if (person.id != submission.plannedPersonId)
            return R::failure(ErrorKind::Internal, tr("The demo plan is out of step: person %1 was planned as %2.")
                                  .arg(person.id)
                                  .arg(submission.plannedPersonId));
        m_batch.people << person;
    }
    QList<Request> created;
    for (RequestType type : std::as_const(form.types)) {
        Request r = IntakeService::draft(form, person, type, m_calendar);
        r.id = m_next.request++;
        r.version = 1;
        const int year = r.receivedAt.toLocalTime().date().year();
        const qint64 number = m_counters.value(year, 1);
        m_counters[year] = number + 1;
        r.reference = RequestRepository::formatReference(year, number);
        Open open;
        open.request = r;
        open.history << BulkWriter::HistoryRow{m_next.history++, r.id,
                                               IntakeService::registrationHistory(*m_now, submission.registrar)};
        audit(IntakeService::registrationAudit(r, *m_now, submission.registrar));
        m_open.insert(r.id, open);
        created << r;
    }
    return created;
}

Status DemoBulkSink::apply(qint64 requestId, const DemoStep &step)
{
    const auto it = m_open.find(requestId);
    if (it == m_open.end())
        return Status::failure(ErrorKind::Internal, tr("The demo plan has a step for request %1, which is not open.").arg(requestId));
    Open &open = it.value();
    switch (step.kind) {
    case DemoStep::Kind::Assign: {
        if (auto s = RequestRules::mayAssign(step.actor, open.request); !s)
            return s;
        const Request before = open.request;
        open.request.assigneeId = step.assigneeId;
        open.request.assigneeName = step.assigneeName;
        ++open.request.version;
        audit(RequestWorkflow::editAudit(before, open.request, step.actor, QStringLiteral("assignment"), step.at));
        return {};
    }
    case DemoStep::Kind::Check:
    case DemoStep::Kind::Override: {
        const bool isOverride = step.kind == DemoStep::Kind::Override;
        const QString note = step.note.trimmed();
        if (auto s = isOverride ? RequestRules::mayOverrideVerification(step.actor, open.request)
                                : RequestRules::mayVerify(step.actor, open.request);
            !s)
            return s;
        if (auto s = isOverride ? VerificationService::mayOverride(note, step.actor)
                                : VerificationService::mayRecordCheck(step.method, note, step.actor);
            !s)
            return s;
        VerificationCheck check = isOverride
            ? VerificationService::overrideCheck(requestId, note, step.actor.username, step.at)
            : VerificationService::staffCheck(requestId, step.method, true, note, step.actor.username, step.at);
        check.id = m_next.verification++;
        open.checks << check;
        open.passed << check.method;
        audit(isOverride ? VerificationService::overrideAudit(check, note) : VerificationService::staffCheckAudit(check, note));
        return {};
    }
    case DemoStep::Kind::Deliver: {
        if (auto s = RequestRules::mayWork(step.actor, open.request); !s)
            return s;
        PackageRecord p = DemoPackages::record(open.request, step);
        p.id = m_next.package++;
        open.packages << p;
        open.delivered = true;
        audit(AccessPackage::auditEntry(p, open.request.reference));
        return {};
    }
    case DemoStep::Kind::Erase: {
        if (auto s = RequestRules::mayErase(step.actor, open.request, open.approved); !s)
            return s;
        const ErasureRecord e = DemoErasures::record(open.request, step);
        open.erasures << e;
        open.erased = true;
        audit(DemoErasures::auditEntry(e));
        return {};
    }
    case DemoStep::Kind::Withdraw: {
        if (auto s = RequestRules::mayWithdrawConsent(step.actor, open.request); !s)
            return s;
        const QStringList purposes{ConsentWithdrawal::marketingPurpose()};
        open.consents << ConsentWithdrawal::events(open.request, purposes, QStringLiteral("web_form"), step.actor.username, step.at);
        open.withdrawn = true;
        audit(ConsentWithdrawal::auditEntry(open.request, purposes, QStringLiteral("web_form"), step.actor.username, step.at));
        return {};
    }
    case DemoStep::Kind::Transition:
        break;
    }
    RequestWorkflow::Facts facts;
    facts.verified = RequestWorkflow::needsVerification(step.action)
        && m_policy.evaluate(open.request.type, open.request.requesterKind, open.passed).satisfied;
    facts.delivered = open.delivered;
    facts.approved = open.approved;
    facts.erased = open.erased;
    facts.withdrawn = open.withdrawn;
    const auto outcome = RequestWorkflow::decide(open.request, step.action, step.actor, step.input, open.pending,
                                                 facts, step.at, m_calendar);
    if (!outcome)
        return Status::failure(outcome.fault());
    open.request = outcome->after;
    if (outcome->proposal) {
        Approval a = *outcome->proposal;
        a.id = m_next.approval++;
        open.approvals << a;
        open.pending = a;
    } else if (outcome->decided) {
        for (Approval &a : open.approvals)
            if (a.id == outcome->decided->id)
                a = *outcome->decided;
        const Approval &d = *outcome->decided;
        if (d.action == RequestAction::ProposeDeletion || d.action == RequestAction::ProposeCancellation)
            open.approved = d.decision == QLatin1String("approved"); // as ErasureRepository::approvedBy reads it
        open.pending.reset();
    }
    open.history << BulkWriter::HistoryRow{m_next.history++, requestId, outcome->history};
    audit(outcome->audit);
    return {};
}

Status DemoBulkSink::finished(qint64 requestId)
{
    const auto it = m_open.find(requestId);
    if (it == m_open.end())
        return Status::failure(ErrorKind::Internal, tr("The demo plan ends request %1 twice.").arg(requestId));
    m_batch.requests << it->request;
    m_batch.history << it->history;
    m_batch.approvals << it->approvals;
    m_batch.checks << it->checks;
    m_batch.packages << it->packages;
    m_batch.erasures << it->erasures;
    m_batch.consents << it->consents;
    m_open.erase(it);
    return {};
}

BulkWriter::Batch DemoBulkSink::takeBatch()
{
    return std::exchange(m_batch, {});
}

} // namespace pd
