#include "reminderrepository.h"

#include "database.h"
#include "requestrow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

Status sqlFailure(const QSqlQuery &q, const QString &what)
{
    return Status::failure(Database::classify(q.lastError()), what.arg(Database::describe(q.lastError())));
}

} // namespace

Result<QMap<QString, QString>> ReminderRepository::settings(const QStringList &keys) const
{
    QMap<QString, QString> out;
    for (const QString &key : keys) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT value FROM team_settings WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec())
            return sqlFailure(q, tr("Cannot read the team's settings: %1")).fault();
        if (q.next())
            out.insert(key, q.value(0).toString());
    }
    return out;
}

Status ReminderRepository::setSetting(const QString &key, const QString &value, const QString &actor, const QDateTime &at) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO team_settings (key, value, updated_by, updated_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(key);
    q.addBindValue(value);
    q.addBindValue(storage::text(actor));
    q.addBindValue(storage::instantToText(at));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot save the team's settings: %1"));
    return Status();
}

Result<QList<ReminderRepository::Waiting>> ReminderRepository::waiting(qint64 onlyRequest) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The wait began at the request's latest entry into "verifying" (request_history_request).
    QString sql = QStringLiteral(
        "SELECT r.id, r.reference, (SELECT MAX(h.at) FROM request_history h WHERE h.request_id = r.id "
        "AND h.to_status = 'verifying'), v.waiting_since, v.reminded_at, v.closing_proposed_at "
        "FROM requests r LEFT JOIN verification_reminders v ON v.request_id = r.id WHERE r.status = 'verifying'");
    sql += onlyRequest > 0 ? QStringLiteral(" AND r.id = ?") : QStringLiteral(" AND r.demo = 0");
    q.prepare(sql + QStringLiteral(" ORDER BY r.id"));
    if (onlyRequest > 0)
        q.addBindValue(onlyRequest);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the requests waiting for verification: %1")).fault();
    QList<Waiting> out;
    while (q.next()) {
        Waiting w;
        w.id = q.value(0).toLongLong();
        w.reference = q.value(1).toString();
        w.since = storage::instantFromText(q.value(2).toString());
        if (!w.since.isValid())
            continue;
        if (storage::instantFromText(q.value(3).toString()) == w.since) { // this wait's row
            w.remindedAt = storage::instantFromText(q.value(4).toString());
            w.proposedAt = storage::instantFromText(q.value(5).toString());
        }
        out << w;
    }
    return out;
}

Status ReminderRepository::recordReminder(qint64 requestId, const QDateTime &waitingSince, const QDateTime &at,
                                          qint64 letterId) const
{
    // Once per wait, whoever sweeps at the same moment: a second writer changes no row.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO verification_reminders (request_id, waiting_since, reminded_at, letter_id, closing_proposed_at) "
        "VALUES (?, ?, ?, ?, NULL) ON CONFLICT (request_id) DO UPDATE SET waiting_since = excluded.waiting_since, "
        "reminded_at = excluded.reminded_at, letter_id = excluded.letter_id, closing_proposed_at = NULL "
        "WHERE verification_reminders.reminded_at IS NULL OR verification_reminders.waiting_since <> excluded.waiting_since"));
    q.addBindValue(requestId);
    q.addBindValue(storage::instantToText(waitingSince));
    q.addBindValue(storage::instantToText(at));
    q.addBindValue(letterId);
    if (!q.exec())
        return sqlFailure(q, tr("Cannot record the reminder: %1"));
    if (q.numRowsAffected() != 1)
        return Status::failure(ErrorKind::Conflict, tr("The reminder was already written."));
    return Status();
}

Status ReminderRepository::recordProposal(qint64 requestId, const QDateTime &waitingSince, const QDateTime &at) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE verification_reminders SET closing_proposed_at = ? "
                             "WHERE request_id = ? AND waiting_since = ? AND closing_proposed_at IS NULL"));
    q.addBindValue(storage::instantToText(at));
    q.addBindValue(requestId);
    q.addBindValue(storage::instantToText(waitingSince));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot record the proposal: %1"));
    if (q.numRowsAffected() != 1)
        return Status::failure(ErrorKind::Conflict, tr("The request was already proposed for closing."));
    return Status();
}

} // namespace pd
