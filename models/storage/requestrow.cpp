#include "requestrow.h"

#include <cstdio>

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
    r.demo = q.value(18).toInt() != 0;
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

// Both run for every row of a bulk load, so they format and parse the fixed layout by hand
// (QDateTime::toString with a format goes through QLocale and costs several times more).
QString instantToText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime t = utc.timeSpec() == Qt::UTC ? utc : utc.toUTC();
    const QDate d = t.date();
    const QTime time = t.time();
    if (d.year() < 0 || d.year() > 9999)
        return t.toString(Qt::ISODate);
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(), d.day(), time.hour(),
                  time.minute(), time.second());
    return QString::fromLatin1(buffer, 20);
}

QDateTime instantFromText(const QString &text)
{
    // yyyy-MM-ddTHH:mm:ssZ
    const auto at = [&text](qsizetype i, qsizetype n) {
        int v = 0;
        for (qsizetype k = i; k < i + n; ++k) {
            const char16_t c = text.at(k).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'Z') {
        const QDate d(at(0, 4), at(5, 2), at(8, 2));
        const QTime t(at(11, 2), at(14, 2), at(17, 2));
        if (d.isValid() && t.isValid())
            return QDateTime(d, t, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

} // namespace pd::storage
