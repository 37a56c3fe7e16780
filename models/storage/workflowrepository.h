#pragma once

#include "../common/result.h"
#include "../domain/records.h"
#include "../domain/workflowrecords.h"

#include <QCoreApplication>
#include <optional>

namespace pd {

class Database;

// Notes, correspondence, approvals and escalations of a request.
class WorkflowRepository final
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowRepository)

public:
    explicit WorkflowRepository(const Database &db) : m_db(db) {}

    Result<qint64> insertApproval(const Approval &approval) const;
    Result<std::optional<Approval>> pendingApproval(qint64 requestId) const;
    Status decideApproval(qint64 approvalId, const QString &decidedBy, const QString &decision, const QString &note,
                          const QDateTime &at) const;
    Result<QList<Approval>> approvals(qint64 requestId) const;

    Status insertNote(qint64 requestId, const Note &note) const;
    Result<QList<Note>> notes(qint64 requestId) const;
    Status insertCorrespondence(qint64 requestId, const Correspondence &c) const;
    Result<QList<Correspondence>> correspondence(qint64 requestId) const;
    Status insertEscalation(qint64 requestId, const Escalation &e) const;
    Result<QList<Escalation>> escalations(qint64 requestId) const;

private:
    Status exec(const QString &sql, const QVariantList &binds, const char *what) const;

    const Database &m_db;
};

} // namespace pd
