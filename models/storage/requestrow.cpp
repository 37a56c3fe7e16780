#include "requestrow.h"

namespace pd::storage {

Request requestFromQuery(const QSqlQuery &q)
{
    Request r;
    r.id = q.value(0).toLongLong();
    r.reference = q.value(1).toString();
    r.personId = q.value(2).toLongLong();
    r.personName = q.value(3).toString();
    r.type = requestTypes().fromKey(q.value(4).toString()).value_or(RequestType::Access);
    r.status = requestStatuses().fromKey(q.value(5).toString()).value_or(RequestStatus::Received);
    r.channel = channels().fromKey(q.value(6).toString()).value_or(Channel::OnlineFeedback);
    r.requesterKind = requesterKinds().fromKey(q.value(7).toString()).value_or(RequesterKind::Self);
    r.entity = entities().fromKey(q.value(8).toString()).value_or(Entity::Qianchuan);
    r.receivedAt = instantFromText(q.value(9).toString());
    r.dueDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    r.assigneeId = q.value(11).isNull() ? 0 : q.value(11).toLongLong();
    r.assigneeName = q.value(12).toString();
    r.priority = Priority(qBound(0, q.value(13).toInt(), 3));
    r.summary = q.value(14).toString();
    r.version = q.value(15).toInt();
    r.resumeStatus = q.value(16).toString();
    r.pausedOn = QDate::fromString(q.value(17).toString(), Qt::ISODate);
    return r;
}

AuditEntry auditEntryFromQuery(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = instantFromText(q.value(1).toString());
    e.actor = q.value(2).toString();
    e.entity = q.value(3).toString();
    e.entityId = q.value(4).toLongLong();
    e.requestId = q.value(5).toLongLong();
    e.action = q.value(6).toString();
    e.beforeJson = q.value(7).toString();
    e.afterJson = q.value(8).toString();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

QString instantToText(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime instantFromText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

} // namespace pd::storage
