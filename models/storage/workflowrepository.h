#pragma once

#include "../common/result.h"
#include "../domain/records.h"

#include <QCoreApplication>
#include <optional>

namespace pd {

class Database;

// A proposal that waits for a supervisor: a refusal, a deletion or an account cancellation.
struct Approval
{
    qint64 id = 0;
    qint64 requestId = 0;
    RequestAction action = RequestAction::ProposeRefusal; // what was proposed
    QList<RefusalReason> reasons;
    QString explanation;
    QString proposedBy;
    QDateTime proposedAt;
    QString decidedBy;
    QDateTime decidedAt;
    QString decision; // "", "approved", "sent_back"
    QString decisionNote;
};

struct Note
{
    QDateTime at;
    QString author;
    QString body;
};

struct Correspondence
{
    QDateTime at;
    QString direction; // "out" to the requester, "in" from the requester
    Channel channel = Channel::Email;
    QString summary;
    qint64 letterId = 0;
    QString recordedBy;
};

struct Escalation
{
    QDate escalatedOn;
    Authority authority = Authority::Cyberspace;
    QString theirReference;
    QString outcome;
    QString recordedBy;
};

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
