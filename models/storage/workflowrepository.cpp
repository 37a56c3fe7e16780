#include "workflowrepository.h"

#include "database.h"
#include "requestrow.h"

#include <QSqlQuery>

namespace pd {

using storage::instantFromText;
using storage::instantToText;
using storage::text;

namespace {

QString reasonKeys(const QList<RefusalReason> &reasons)
{
    QStringList keys;
    for (auto r : reasons)
        keys << refusalReasons().key(r);
    return keys.join(QLatin1Char(','));
}

QList<RefusalReason> reasonsFromKeys(const QString &keys)
{
    QList<RefusalReason> out;
    for (const QString &k : keys.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const auto r = refusalReasons().fromKey(k))
            out << *r;
    return out;
}

Approval approvalFromQuery(const QSqlQuery &q)
{
    Approval a;
    a.id = q.value(0).toLongLong();
    a.requestId = q.value(1).toLongLong();
    a.action = requestActions().fromKey(q.value(2).toString()).value_or(RequestAction::ProposeRefusal);
    a.reasons = reasonsFromKeys(q.value(3).toString());
    a.explanation = q.value(4).toString();
    a.proposedBy = q.value(5).toString();
    a.proposedAt = instantFromText(q.value(6).toString());
    a.decidedBy = q.value(7).toString();
    a.decidedAt = q.value(8).toString().isEmpty() ? QDateTime() : instantFromText(q.value(8).toString());
    a.decision = q.value(9).toString();
    a.decisionNote = q.value(10).toString();
    return a;
}

constexpr const char kApprovalColumns[] = "id, request_id, action, reason_code, explanation, proposed_by, proposed_at, "
                                          "decided_by, decided_at, decision, decision_note";

} // namespace

Status WorkflowRepository::exec(const QString &sql, const QVariantList &binds, const char *what) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Status::failure(Database::classify(q.lastError()), tr("Cannot save the %1: %2").arg(tr(what), Database::describe(q.lastError())));
    return {};
}

Result<qint64> WorkflowRepository::insertApproval(const Approval &a) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO approvals (request_id, action, reason_code, explanation, proposed_by, proposed_at) "
                             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(a.requestId);
    q.addBindValue(requestActions().key(a.action));
    q.addBindValue(text(reasonKeys(a.reasons)));
    q.addBindValue(text(a.explanation));
    q.addBindValue(text(a.proposedBy));
    q.addBindValue(instantToText(a.proposedAt));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::classify(q.lastError()), tr("Cannot save the proposal: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

Result<std::optional<Approval>> WorkflowRepository::pendingApproval(qint64 requestId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM approvals WHERE request_id = ? AND decision = '' ORDER BY id DESC LIMIT 1")
                  .arg(QLatin1String(kApprovalColumns)));
    q.addBindValue(requestId);
    if (!q.exec())
        return Result<std::optional<Approval>>::failure(Database::classify(q.lastError()), tr("Cannot read the proposal: %1").arg(Database::describe(q.lastError())));
    if (!q.next())
        return std::optional<Approval>();
    return std::optional<Approval>(approvalFromQuery(q));
}

Status WorkflowRepository::decideApproval(qint64 approvalId, const QString &decidedBy, const QString &decision,
                                          const QString &note, const QDateTime &at) const
{
    return exec(QStringLiteral("UPDATE approvals SET decided_by = ?, decided_at = ?, decision = ?, decision_note = ? "
                               "WHERE id = ? AND decision = ''"),
                {text(decidedBy), instantToText(at), decision, text(note), approvalId},
                QT_TR_NOOP("decision"));
}

Result<QList<Approval>> WorkflowRepository::approvals(qint64 requestId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM approvals WHERE request_id = ? ORDER BY id").arg(QLatin1String(kApprovalColumns)));
    q.addBindValue(requestId);
    if (!q.exec())
        return Result<QList<Approval>>::failure(Database::classify(q.lastError()), tr("Cannot read the proposals: %1").arg(Database::describe(q.lastError())));
    QList<Approval> out;
    while (q.next())
        out << approvalFromQuery(q);
    return out;
}

Status WorkflowRepository::insertNote(qint64 requestId, const Note &n) const
{
    return exec(QStringLiteral("INSERT INTO request_notes (request_id, at, author, body) VALUES (?, ?, ?, ?)"),
                {requestId, instantToText(n.at), text(n.author), text(n.body)}, QT_TR_NOOP("note"));
}

Result<QList<Note>> WorkflowRepository::notes(qint64 requestId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, author, body FROM request_notes WHERE request_id = ? ORDER BY id"));
    q.addBindValue(requestId);
    if (!q.exec())
        return Result<QList<Note>>::failure(Database::classify(q.lastError()), tr("Cannot read the notes: %1").arg(Database::describe(q.lastError())));
    QList<Note> out;
    while (q.next())
        out << Note{instantFromText(q.value(0).toString()), q.value(1).toString(), q.value(2).toString()};
    return out;
}

Status WorkflowRepository::insertCorrespondence(qint64 requestId, const Correspondence &c) const
{
    return exec(QStringLiteral("INSERT INTO correspondence (request_id, at, direction, channel, summary, letter_id, recorded_by) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {requestId, instantToText(c.at), c.direction, channels().key(c.channel), text(c.summary),
                 c.letterId > 0 ? QVariant(c.letterId) : QVariant(QMetaType(QMetaType::LongLong)), text(c.recordedBy)},
                QT_TR_NOOP("correspondence"));
}

Result<QList<Correspondence>> WorkflowRepository::correspondence(qint64 requestId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, direction, channel, summary, letter_id, recorded_by FROM correspondence "
                             "WHERE request_id = ? ORDER BY id"));
    q.addBindValue(requestId);
    if (!q.exec())
        return Result<QList<Correspondence>>::failure(Database::classify(q.lastError()), tr("Cannot read the correspondence: %1").arg(Database::describe(q.lastError())));
    QList<Correspondence> out;
    while (q.next())
        out << Correspondence{instantFromText(q.value(0).toString()), q.value(1).toString(),
                              channels().fromKey(q.value(2).toString()).value_or(Channel::Email), q.value(3).toString(),
                              q.value(4).isNull() ? 0 : q.value(4).toLongLong(), q.value(5).toString()};
    return out;
}

Status WorkflowRepository::insertEscalation(qint64 requestId, const Escalation &e) const
{
    return exec(QStringLiteral("INSERT INTO escalations (request_id, escalated_on, authority, their_reference, outcome, recorded_by) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {requestId, e.escalatedOn.toString(Qt::ISODate), authorities().key(e.authority), text(e.theirReference),
                 text(e.outcome), text(e.recordedBy)},
                QT_TR_NOOP("escalation"));
}

Result<QList<Escalation>> WorkflowRepository::escalations(qint64 requestId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT escalated_on, authority, their_reference, outcome, recorded_by FROM escalations "
                             "WHERE request_id = ? ORDER BY id"));
    q.addBindValue(requestId);
    if (!q.exec())
        return Result<QList<Escalation>>::failure(Database::classify(q.lastError()), tr("Cannot read the escalations: %1").arg(Database::describe(q.lastError())));
    QList<Escalation> out;
    while (q.next())
        out << Escalation{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                          authorities().fromKey(q.value(1).toString()).value_or(Authority::Cyberspace), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString()};
    return out;
}

} // namespace pd
