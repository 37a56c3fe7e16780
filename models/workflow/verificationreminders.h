#pragma once

#include "../common/clock.h"
#include "../common/result.h"
#include "../domain/records.h"
#include "../domain/requestview.h"

#include <QCoreApplication>

#include <optional>

namespace pd {

class Database;

// How long a request may wait for the requester to verify their identity: a reminder letter
// after `remindAfterDays`, then a proposal to close it as unverifiable `closeAfterDays` after the
// reminder (DataGrail: a reminder at 24 hours, closing after 7 days). Held in team_settings, for
// everyone working on the database.
struct ReminderPolicy
{
    static constexpr int kMinimumDays = 1;
    static constexpr int kMaximumDays = 60;
    int remindAfterDays = 1;
    int closeAfterDays = 6;
    bool operator==(const ReminderPolicy &) const = default;
};

// What one sweep did: the references reminded, proposed for closing, and skipped with the reason.
struct ReminderSweep
{
    QStringList reminded;
    QStringList proposed;
    QStringList skipped; // "DSR-… : reason"
};

// The verification reminders: the policy, and the sweep that writes the reminder letters (a
// verification request marked as a reminder, audited "reminder_sent") and proposes for closing
// the requests still unverified after the reminder (audited "unverifiable_proposed"). A request
// proposed for closing stays "verifying" until staff mark it unverifiable, and the queue's default
// view leaves it out. Leaving "verifying" and entering it again starts a new wait.
class VerificationReminders final
{
    Q_DECLARE_TR_FUNCTIONS(VerificationReminders)

public:
    static constexpr auto kRemindAfterKey = "verification_reminder_days";
    static constexpr auto kCloseAfterKey = "verification_close_days";

    VerificationReminders(const Database &db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

    Result<ReminderPolicy> policy() const;
    // Administrators only; audited (entity "team_settings", action "settings_changed").
    Status setPolicy(const ReminderPolicy &policy, const Actor &actor) const;
    static QString checkPolicy(const ReminderPolicy &policy);

    // Every request waiting for verification whose reminder or closing proposal is due.
    Result<ReminderSweep> sweep(const Actor &actor) const;
    // Where one request stands (empty unless it is verifying and the sweep has looked at it).
    Result<std::optional<ReminderState>> state(qint64 requestId) const;

private:
    struct Waiting
    {
        qint64 id = 0;
        QString reference;
        QDateTime since, rowSince, remindedAt, proposedAt;
    };
    Result<QList<Waiting>> waiting(qint64 onlyRequest = 0) const;
    Status remind(const Waiting &w, const Actor &actor) const;
    Status propose(const Waiting &w, const Actor &actor, const ReminderPolicy &policy) const;

    const Database &m_db;
    Clock m_clock;
};

} // namespace pd
