#include "demoerasures.h"

#include "../audit/auditlog.h"
#include "../storage/erasurerepository.h"
#include "../storage/requestrepository.h"
#include "../storage/transaction.h"
#include "../workflow/requestrules.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

ErasureRecord DemoErasures::record(const Request &request, const DemoStep &step)
{
    return ErasureRecord{request.id, step.actor.username, step.at, 0};
}

AuditEntry DemoErasures::auditEntry(const ErasureRecord &record)
{
    AuditEntry e;
    e.at = record.completedAt;
    e.actor = record.completedBy;
    e.entity = QStringLiteral("request");
    e.entityId = record.requestId;
    e.requestId = record.requestId;
    e.action = QStringLiteral("erasure_verified");
    e.afterJson = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("remaining"), record.remaining},
                                                              {QStringLiteral("demo"), true}})
                                        .toJson(QJsonDocument::Compact));
    return e;
}

Status DemoErasures::insert(const Database &db, qint64 requestId, const DemoStep &step)
{
    const auto request = RequestRepository(db).get(requestId);
    if (!request)
        return Status::failure(request.fault());
    const auto approvedBy = ErasureRepository(db).approvedBy(requestId);
    if (!approvedBy)
        return Status::failure(approvedBy.fault());
    if (auto s = RequestRules::mayErase(step.actor, request.value(), !approvedBy->isEmpty()); !s)
        return s;
    const ErasureRecord r = record(request.value(), step);
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (auto s = ErasureRepository(db).complete(r.requestId, r.completedBy, r.completedAt, r.remaining); !s)
        return s;
    if (auto a = AuditLog(db).append(auditEntry(r)); !a)
        return Status::failure(a.fault());
    return tx.commit();
}

} // namespace pd
