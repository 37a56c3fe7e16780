#include "verificationreminders.h"

#include "../audit/auditlog.h"
#include "../fulfilment/letterservice.h"
#include "../storage/database.h"
#include "../storage/requestrow.h"
#include "../storage/transaction.h"
#include "permissions.h"
#include "verificationservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject policyJson(const ReminderPolicy &p)
{
    return {{QStringLiteral("remind_after_days"), p.remindAfterDays}, {QStringLiteral("close_after_days"), p.closeAfterDays}};
}

Status sqlFailure(const QSqlQuery &q, const QString &what)
{
    return Status::failure(Database::classify(q.lastError()), what.arg(Database::describe(q.lastError())));
}

AuditEntry requestAudit(const QDateTime &at, const Actor &actor, qint64 requestId, const QString &action, const QJsonObject &after)
{
    AuditEntry e;
    e.at = at;
    e.actor = actor.username;
    e.entity = QStringLiteral("request");
    e.entityId = requestId;
    e.requestId = requestId;
    e.action = action;
    e.afterJson = compact(after);
    return e;
}

} // namespace

QString VerificationReminders::checkPolicy(const ReminderPolicy &p)
{
    for (int days : {p.remindAfterDays, p.closeAfterDays})
        if (days < ReminderPolicy::kMinimumDays || days > ReminderPolicy::kMaximumDays)
            return tr("Reminder days must be between %1 and %2 (now %3).")
                .arg(ReminderPolicy::kMinimumDays)
                .arg(ReminderPolicy::kMaximumDays)
                .arg(days);
    return {};
}

Result<ReminderPolicy> VerificationReminders::policy() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key, value FROM team_settings WHERE key IN (?, ?)"));
    q.addBindValue(QLatin1String(kRemindAfterKey));
    q.addBindValue(QLatin1String(kCloseAfterKey));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot read the team's settings: %1")).fault();
    ReminderPolicy p;
    while (q.next()) {
        bool ok = false;
        const int days = q.value(1).toString().toInt(&ok);
        if (!ok)
            continue; // not a number: the default holds
        if (q.value(0).toString() == QLatin1String(kRemindAfterKey))
            p.remindAfterDays = days;
        else
            p.closeAfterDays = days;
    }
    return p;
}

Status VerificationReminders::setPolicy(const ReminderPolicy &p, const Actor &actor) const
{
    if (!Permissions::mayChangeTeamSettings(actor.role))
        return Status::failure(ErrorKind::Denied, Permissions::whyNotChangeTeamSettings(actor.role));
    if (const QString problem = checkPolicy(p); !problem.isEmpty())
        return Status::failure(ErrorKind::Invalid, problem);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const auto before = policy();
    if (!before)
        return before.fault();
    if (before.value() == p)
        return Status(); // nothing changes, nothing to audit
    const QDateTime now = m_clock();
    for (const auto &[key, days] : {std::pair{kRemindAfterKey, p.remindAfterDays}, std::pair{kCloseAfterKey, p.closeAfterDays}}) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO team_settings (key, value, updated_by, updated_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, "
                                 "updated_at = excluded.updated_at"));
        q.addBindValue(QLatin1String(key));
        q.addBindValue(QString::number(days));
        q.addBindValue(actor.username);
        q.addBindValue(storage::instantToText(now));
        if (!q.exec())
            return sqlFailure(q, tr("Cannot save the team's settings: %1"));
    }
    AuditEntry e;
    e.at = now;
    e.actor = actor.username;
    e.entity = QStringLiteral("team_settings");
    e.action = QStringLiteral("settings_changed");
    e.beforeJson = compact(policyJson(before.value()));
    e.afterJson = compact(policyJson(p));
    if (auto a = AuditLog(m_db).append(e); !a)
        return a.fault();
    return tx.commit();
}

Result<QList<VerificationReminders::Waiting>> VerificationReminders::waiting(qint64 onlyRequest) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The wait began at the request's latest entry into "verifying" (request_history_request).
    QString sql = QStringLiteral(
        "SELECT r.id, r.reference, (SELECT MAX(h.at) FROM request_history h WHERE h.request_id = r.id "
        "AND h.to_status = 'verifying'), v.waiting_since, v.reminded_at, v.closing_proposed_at "
        "FROM requests r LEFT JOIN verification_reminders v ON v.request_id = r.id WHERE r.status = 'verifying'");
    if (onlyRequest > 0)
        sql += QStringLiteral(" AND r.id = ?");
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
        w.rowSince = storage::instantFromText(q.value(3).toString());
        if (!w.since.isValid())
            continue;
        if (w.rowSince == w.since) { // this wait's row; an older one is from an earlier wait
            w.remindedAt = storage::instantFromText(q.value(4).toString());
            w.proposedAt = storage::instantFromText(q.value(5).toString());
        }
        out << w;
    }
    return out;
}

Result<ReminderSweep> VerificationReminders::sweep(const Actor &actor) const
{
    const auto p = policy();
    if (!p)
        return p.fault();
    const auto all = waiting();
    if (!all)
        return all.fault();
    const QDateTime now = m_clock();
    const VerificationService verification(m_db, m_clock);
    ReminderSweep done;
    for (const Waiting &w : all.value()) {
        if (!w.remindedAt.isValid()) {
            if (w.since.addDays(p->remindAfterDays) > now)
                continue;
            const auto satisfied = verification.isSatisfied(w.id);
            if (!satisfied)
                return satisfied.fault();
            if (satisfied.value())
                continue; // the requester answered: staff only have to mark it verified
            if (auto s = remind(w, actor); s)
                done.reminded << w.reference;
            else if (s.fault().kind != ErrorKind::Conflict) // another workstation just did it
                done.skipped << tr("%1: %2").arg(w.reference, s.error());
        } else if (!w.proposedAt.isValid() && w.remindedAt.addDays(p->closeAfterDays) <= now) {
            if (auto s = propose(w, actor, p.value()); s)
                done.proposed << w.reference;
            else if (s.fault().kind != ErrorKind::Conflict)
                done.skipped << tr("%1: %2").arg(w.reference, s.error());
        }
    }
    return done;
}

Status VerificationReminders::remind(const Waiting &w, const Actor &actor) const
{
    const LetterService letters(m_db, m_clock);
    const auto asked = letters.detailsFromRequest(w.id, LetterKind::VerificationRequest);
    if (!asked)
        return asked.fault();
    LetterDetails details = asked.value();
    details.reminder = true;
    details.firstAsked = w.since.toLocalTime().date();
    const QDateTime now = m_clock();
    const auto record = [&](const LetterInfo &letter) -> Status {
        // Once per wait, whoever sweeps at the same moment: a second writer changes no row.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO verification_reminders (request_id, waiting_since, reminded_at, letter_id, closing_proposed_at) "
            "VALUES (?, ?, ?, ?, NULL) ON CONFLICT (request_id) DO UPDATE SET waiting_since = excluded.waiting_since, "
            "reminded_at = excluded.reminded_at, letter_id = excluded.letter_id, closing_proposed_at = NULL "
            "WHERE verification_reminders.reminded_at IS NULL OR verification_reminders.waiting_since <> excluded.waiting_since"));
        q.addBindValue(w.id);
        q.addBindValue(storage::instantToText(w.since));
        q.addBindValue(storage::instantToText(now));
        q.addBindValue(letter.id);
        if (!q.exec())
            return sqlFailure(q, tr("Cannot record the reminder: %1"));
        if (q.numRowsAffected() != 1)
            return Status::failure(ErrorKind::Conflict, tr("The reminder was already written."));
        const QJsonObject after{{QStringLiteral("reference"), w.reference},
                                {QStringLiteral("letter_id"), letter.id},
                                {QStringLiteral("waiting_since"), storage::instantToText(w.since)}};
        return Status::from(AuditLog(m_db).append(requestAudit(now, actor, w.id, QStringLiteral("reminder_sent"), after)));
    };
    return Status::from(letters.generate(w.id, LetterKind::VerificationRequest, details, actor, record));
}

Status VerificationReminders::propose(const Waiting &w, const Actor &actor, const ReminderPolicy &policy) const
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QDateTime now = m_clock();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE verification_reminders SET closing_proposed_at = ? "
                             "WHERE request_id = ? AND waiting_since = ? AND closing_proposed_at IS NULL"));
    q.addBindValue(storage::instantToText(now));
    q.addBindValue(w.id);
    q.addBindValue(storage::instantToText(w.since));
    if (!q.exec())
        return sqlFailure(q, tr("Cannot record the proposal: %1"));
    if (q.numRowsAffected() != 1)
        return Status::failure(ErrorKind::Conflict, tr("The request was already proposed for closing."));
    const QJsonObject after{{QStringLiteral("reference"), w.reference},
                            {QStringLiteral("reminded_at"), storage::instantToText(w.remindedAt)},
                            {QStringLiteral("close_after_days"), policy.closeAfterDays}};
    if (auto a = AuditLog(m_db).append(requestAudit(now, actor, w.id, QStringLiteral("unverifiable_proposed"), after)); !a)
        return a.fault();
    return tx.commit();
}

Result<std::optional<ReminderState>> VerificationReminders::state(qint64 requestId) const
{
    const auto rows = waiting(requestId);
    if (!rows)
        return rows.fault();
    if (rows->isEmpty())
        return std::optional<ReminderState>();
    const Waiting &w = rows->constFirst();
    return std::optional<ReminderState>(ReminderState{w.since, w.remindedAt, w.proposedAt});
}

} // namespace pd
