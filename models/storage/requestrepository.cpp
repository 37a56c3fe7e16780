#include "requestrepository.h"

#include "database.h"
#include "requestrow.h"

#include <QSqlQuery>

namespace pd {

using storage::instantFromText;
using storage::instantToText;

QString RequestRepository::formatReference(int year, qint64 number)
{
    return QStringLiteral("DSR-%1-%2").arg(year).arg(number, 6, 10, QLatin1Char('0'));
}

Result<QString> RequestRepository::allocateReference(int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO reference_counters (year, next_value) VALUES (?, 1) "
                             "ON CONFLICT (year) DO NOTHING"));
    q.addBindValue(year);
    if (!q.exec())
        return Result<QString>::failure(Database::classify(q.lastError()), tr("Cannot number the request: %1").arg(Database::describe(q.lastError())));
    q.prepare(QStringLiteral("UPDATE reference_counters SET next_value = next_value + 1 WHERE year = ? "
                             "RETURNING next_value - 1"));
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return Result<QString>::failure(Database::classify(q.lastError()), tr("Cannot number the request: %1").arg(Database::describe(q.lastError())));
    const qint64 number = q.value(0).toLongLong();
    q.finish();
    return formatReference(year, number);
}

Result<Request> RequestRepository::insert(Request r) const
{
    if (r.reference.isEmpty()) {
        // The year a person would write on the request: the local date of receipt.
        auto ref = allocateReference(r.receivedAt.toLocalTime().date().year());
        if (!ref)
            return Result<Request>::failure(ref.fault());
        r.reference = ref.value();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO requests (reference, person_id, person_name, type, status, channel, requester_kind, entity, "
        "received_at, due_date, assignee_id, assignee_name, priority, summary, version, updated_at, demo) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"));
    q.addBindValue(r.reference);
    q.addBindValue(r.personId);
    q.addBindValue(storage::text(r.personName));
    q.addBindValue(requestTypes().key(r.type));
    q.addBindValue(requestStatuses().key(r.status));
    q.addBindValue(channels().key(r.channel));
    q.addBindValue(requesterKinds().key(r.requesterKind));
    q.addBindValue(entities().key(r.entity));
    q.addBindValue(instantToText(r.receivedAt));
    q.addBindValue(r.dueDate.toString(Qt::ISODate));
    q.addBindValue(r.assigneeId > 0 ? QVariant(r.assigneeId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(storage::text(r.assigneeName));
    q.addBindValue(int(r.priority));
    q.addBindValue(storage::text(r.summary));
    q.addBindValue(instantToText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(r.demo ? 1 : 0);
    if (!q.exec() || !q.next())
        return Result<Request>::failure(Database::classify(q.lastError()), tr("Cannot save request %1: %2").arg(r.reference, Database::describe(q.lastError())));
    r.id = q.value(0).toLongLong();
    r.version = 1;
    return r;
}

Result<Request> RequestRepository::updateWorkflowFields(Request r) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE requests SET status = ?, due_date = ?, assignee_id = ?, assignee_name = ?, priority = ?, "
                             "resume_status = ?, paused_on = ?, version = version + 1, updated_at = ? "
                             "WHERE id = ? AND version = ?"));
    q.addBindValue(requestStatuses().key(r.status));
    q.addBindValue(r.dueDate.toString(Qt::ISODate));
    q.addBindValue(r.assigneeId > 0 ? QVariant(r.assigneeId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(storage::text(r.assigneeName));
    q.addBindValue(int(r.priority));
    q.addBindValue(storage::text(r.resumeStatus));
    q.addBindValue(r.pausedOn.isValid() ? r.pausedOn.toString(Qt::ISODate) : QStringLiteral(""));
    q.addBindValue(instantToText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(r.id);
    q.addBindValue(r.version);
    if (!q.exec())
        return Result<Request>::failure(Database::classify(q.lastError()), tr("Cannot save request %1: %2").arg(r.reference, Database::describe(q.lastError())));
    if (q.numRowsAffected() != 1) {
        return Result<Request>::failure(ErrorKind::Conflict,
            tr("Request %1 was changed by someone else since you opened it. Nothing was saved; reload it and try again.")
                .arg(r.reference));
    }
    ++r.version;
    return r;
}

Result<Request> RequestRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM requests r WHERE r.id = ?").arg(QLatin1String(storage::kRequestColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Request>::failure(Database::classify(q.lastError()), tr("Cannot read request %1: %2").arg(id).arg(Database::describe(q.lastError())));
    if (!q.next())
        return Result<Request>::failure(ErrorKind::NotFound, tr("Request %1 does not exist (it may have been deleted).").arg(id));
    return storage::requestFromQuery(q);
}

Result<qint64> RequestRepository::idForReference(const QString &reference) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM requests WHERE reference = ?"));
    q.addBindValue(reference.trimmed().toUpper());
    if (!q.exec())
        return Result<qint64>::failure(Database::classify(q.lastError()),
                                       tr("Cannot read request %1: %2").arg(reference, Database::describe(q.lastError())));
    if (!q.next())
        return Result<qint64>::failure(ErrorKind::NotFound, tr("No request has the reference %1.").arg(reference.trimmed().left(40)));
    return q.value(0).toLongLong();
}

Result<QList<HistoryEntry>> RequestRepository::history(qint64 requestId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, actor, action, from_status, to_status, note FROM request_history "
                             "WHERE request_id = ? ORDER BY id"));
    q.addBindValue(requestId);
    if (!q.exec())
        return Result<QList<HistoryEntry>>::failure(Database::classify(q.lastError()), tr("Cannot read the history: %1").arg(Database::describe(q.lastError())));
    QList<HistoryEntry> out;
    while (q.next())
        out << HistoryEntry{instantFromText(q.value(0).toString()), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    return out;
}

Status RequestRepository::appendHistory(qint64 requestId, const HistoryEntry &e) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO request_history (request_id, at, actor, action, from_status, to_status, note) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(requestId);
    q.addBindValue(instantToText(e.at));
    q.addBindValue(storage::text(e.actor));
    q.addBindValue(storage::text(e.action));
    q.addBindValue(storage::text(e.fromStatus));
    q.addBindValue(storage::text(e.toStatus));
    q.addBindValue(storage::text(e.note));
    if (!q.exec())
        return Status::failure(Database::classify(q.lastError()), tr("Cannot record the history: %1").arg(Database::describe(q.lastError())));
    return {};
}

Result<qint64> RequestRepository::countReal() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM requests WHERE demo = 0")) || !q.next())
        return Result<qint64>::failure(Database::classify(q.lastError()),
                                       tr("Cannot count requests: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

} // namespace pd
