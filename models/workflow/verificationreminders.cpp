#include "verificationreminders.h"

#include "../audit/auditlog.h"
#include "../fulfilment/letterservice.h"
#include "../storage/reminderrepository.h"
#include "../storage/transaction.h"
#include "permissions.h"
#include "verificationservice.h"

#include <QJsonDocument>
#include <QJsonObject>

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
    const auto stored = ReminderRepository(m_db).settings({QLatin1String(kRemindAfterKey), QLatin1String(kCloseAfterKey)});
    if (!stored)
        return stored.fault();
    ReminderPolicy p;
    const auto read = [&](const char *key, int &days) {
        bool ok = false;
        const int n = stored->value(QLatin1String(key)).toInt(&ok);
        if (ok) // not a number: the default holds
            days = n;
    };
    read(kRemindAfterKey, p.remindAfterDays);
    read(kCloseAfterKey, p.closeAfterDays);
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
    const ReminderRepository settings(m_db);
    for (const auto &[key, days] : {std::pair{kRemindAfterKey, p.remindAfterDays}, std::pair{kCloseAfterKey, p.closeAfterDays}})
        if (auto s = settings.setSetting(QLatin1String(key), QString::number(days), actor.username, now); !s)
            return s;
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

Result<ReminderSweep> VerificationReminders::sweep(const Actor &actor, int limit) const
{
    const auto p = policy();
    if (!p)
        return p.fault();
    const auto all = ReminderRepository(m_db).waiting();
    if (!all)
        return all.fault();
    const QDateTime now = m_clock();
    const VerificationService verification(m_db, m_clock);
    ReminderSweep done;
    for (const ReminderRepository::Waiting &w : all.value()) {
        // Only what was done counts: a refused one stays due and must not end every batch early.
        if (limit > 0 && done.reminded.size() + done.proposed.size() >= limit) {
            done.more = true;
            break;
        }
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

Status VerificationReminders::remind(const ReminderRepository::Waiting &w, const Actor &actor) const
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
        if (auto s = ReminderRepository(m_db).recordReminder(w.id, w.since, now, letter.id); !s)
            return s;
        const QJsonObject after{{QStringLiteral("reference"), w.reference},
                                {QStringLiteral("letter_id"), letter.id},
                                {QStringLiteral("waiting_since"), w.since.toUTC().toString(Qt::ISODateWithMs)}};
        return Status::from(AuditLog(m_db).append(requestAudit(now, actor, w.id, QStringLiteral("reminder_sent"), after)));
    };
    return Status::from(letters.generate(w.id, LetterKind::VerificationRequest, details, actor, record));
}

Status VerificationReminders::propose(const ReminderRepository::Waiting &w, const Actor &actor, const ReminderPolicy &policy) const
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QDateTime now = m_clock();
    if (auto s = ReminderRepository(m_db).recordProposal(w.id, w.since, now); !s)
        return s;
    const QJsonObject after{{QStringLiteral("reference"), w.reference},
                            {QStringLiteral("reminded_at"), w.remindedAt.toUTC().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("close_after_days"), policy.closeAfterDays}};
    if (auto a = AuditLog(m_db).append(requestAudit(now, actor, w.id, QStringLiteral("unverifiable_proposed"), after)); !a)
        return a.fault();
    return tx.commit();
}

Result<std::optional<ReminderState>> VerificationReminders::state(qint64 requestId) const
{
    const auto rows = ReminderRepository(m_db).waiting(requestId);
    if (!rows)
        return rows.fault();
    if (rows->isEmpty())
        return std::optional<ReminderState>();
    const ReminderRepository::Waiting &w = rows->constFirst();
    return std::optional<ReminderState>(ReminderState{w.since, w.remindedAt, w.proposedAt});
}

} // namespace pd
