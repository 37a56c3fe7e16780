#include "linkrepository.h"

#include "database.h"
#include "requestrow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

Status LinkRepository::insert(qint64 requestId, qint64 linkedId, const QString &kind, const QString &actor,
                              const QDateTime &at) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO request_links (request_id, linked_id, kind, created_by, created_at) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(requestId);
    q.addBindValue(linkedId);
    q.addBindValue(kind);
    q.addBindValue(storage::text(actor));
    q.addBindValue(storage::instantToText(at));
    if (!q.exec())
        return Status::failure(Database::classify(q.lastError()),
                               tr("Cannot link the requests: %1").arg(Database::describe(q.lastError())));
    return Status();
}

Result<QList<RequestLinkView>> LinkRepository::forRequest(qint64 requestId) const
{
    using R = Result<QList<RequestLinkView>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // One row per link, from this request's side: the other request and which way the link points.
    q.prepare(QStringLiteral(
        "SELECT o.id, o.reference, o.type, o.status, 1, l.created_by, l.created_at FROM request_links l "
        "JOIN requests o ON o.id = l.linked_id WHERE l.request_id = ? "
        "UNION ALL "
        "SELECT o.id, o.reference, o.type, o.status, 0, l.created_by, l.created_at FROM request_links l "
        "JOIN requests o ON o.id = l.request_id WHERE l.linked_id = ? "
        "ORDER BY 7, 2"));
    q.addBindValue(requestId);
    q.addBindValue(requestId);
    if (!q.exec())
        return R::failure(Database::classify(q.lastError()),
                          tr("Cannot read the linked requests: %1").arg(Database::describe(q.lastError())));
    QList<RequestLinkView> out;
    while (q.next()) {
        RequestLinkView v;
        v.otherId = q.value(0).toLongLong();
        v.reference = q.value(1).toString();
        v.type = requestTypes().fromKey(q.value(2).toString()).value_or(RequestType::Access);
        v.status = requestStatuses().fromKey(q.value(3).toString()).value_or(RequestStatus::Received);
        v.duplicates = q.value(4).toInt() == 1;
        v.createdBy = q.value(5).toString();
        v.createdAt = storage::instantFromText(q.value(6).toString());
        out << v;
    }
    return out;
}

Result<QList<DuplicateMatch>> LinkRepository::openOf(qint64 personId, const QList<RequestType> &types,
                                                     const QList<qint64> &except) const
{
    using R = Result<QList<DuplicateMatch>>;
    if (personId <= 0 || types.isEmpty())
        return QList<DuplicateMatch>();
    const QStringList open = openStatusKeys();
    QString sql = QStringLiteral("SELECT id, reference, type, status, received_at, due_date FROM requests "
                                 "WHERE person_id = ? AND type IN (%1) AND status IN (%2)")
                      .arg(placeholders(types.size()), placeholders(open.size()));
    if (!except.isEmpty())
        sql += QStringLiteral(" AND id NOT IN (%1)").arg(placeholders(except.size()));
    sql += QStringLiteral(" ORDER BY received_at, id");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(personId);
    for (RequestType t : types)
        q.addBindValue(requestTypes().key(t));
    for (const QString &k : open)
        q.addBindValue(k);
    for (qint64 id : except)
        q.addBindValue(id);
    if (!q.exec())
        return R::failure(Database::classify(q.lastError()),
                          tr("Cannot look for open requests of this person: %1").arg(Database::describe(q.lastError())));
    QList<DuplicateMatch> out;
    while (q.next()) {
        DuplicateMatch m;
        m.id = q.value(0).toLongLong();
        m.reference = q.value(1).toString();
        m.type = requestTypes().fromKey(q.value(2).toString()).value_or(RequestType::Access);
        m.status = requestStatuses().fromKey(q.value(3).toString()).value_or(RequestStatus::Received);
        m.receivedAt = storage::instantFromText(q.value(4).toString());
        m.dueDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        out << m;
    }
    return out;
}

} // namespace pd
