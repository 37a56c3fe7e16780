#pragma once

#include "../domain/verification.h"
#include "../storage/bulkwriter.h"
#include "demosink.h"

#include <QCoreApplication>
#include <QHash>

namespace pd {

class Database;
class WorkingDayCalendar;

// The fast path for large demo loads. Each step is decided by the services' own pure functions
// (IntakeService::validate/draft/registrationAudit, RequestWorkflow::decide/editAudit,
// VerificationService::staffCheck/staffCheckAudit, VerificationPolicy::evaluate), so the rows are
// the ones the services would write, only collected into batches for BulkWriter. A request's rows
// join a batch when its script ends; audit entries join it as they happen, in order but not yet
// sealed (the generator chains them with AuditLog::seal while the next batch is being made). Not
// thread-bound: the generator fills it on a worker thread.
class DemoBulkSink final : public DemoSink
{
    Q_DECLARE_TR_FUNCTIONS(DemoBulkSink)

public:
    DemoBulkSink(const Database &db, const WorkingDayCalendar &calendar, const BulkWriter::NextIds &ids,
                 VerificationPolicy policy);

    Result<QList<Request>> registerSubmission(const DemoSubmission &submission) override;
    Status apply(qint64 requestId, const DemoStep &step) override;
    Status finished(qint64 requestId) override;

    qsizetype finishedInBatch() const { return m_batch.requests.size(); }
    BulkWriter::Batch takeBatch();
    QMap<int, qint64> referenceCounters() const { return m_counters; }

private:
    struct Open
    {
        Request request;
        QList<VerificationMethod> passed;
        std::optional<Approval> pending;
        QList<BulkWriter::HistoryRow> history;
        QList<Approval> approvals;
        QList<VerificationCheck> checks;
        QList<PackageRecord> packages;
        bool delivered = false;
        QList<ErasureRecord> erasures;
        bool approved = false; // a deletion or cancellation proposal approved
        bool erased = false;
        QList<ConsentEvent> consents; // withdrawn on the request
        bool withdrawn = false;
    };
    void audit(AuditEntry entry);

    const WorkingDayCalendar &m_calendar;
    std::shared_ptr<QDateTime> m_now; // the time IntakeService::validate sees
    IntakeService m_intake;
    VerificationPolicy m_policy;
    BulkWriter::NextIds m_next;
    QMap<int, qint64> m_counters;
    QHash<qint64, Open> m_open;
    BulkWriter::Batch m_batch;
};

} // namespace pd
