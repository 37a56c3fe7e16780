#pragma once

#include "../common/clock.h"
#include "../common/result.h"
#include "../domain/records.h"
#include "../domain/requestview.h"
#include "../storage/reminderrepository.h"

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
    bool more = false;   // stopped at the limit: more are due
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

    // The requests waiting for verification whose reminder or closing proposal is due, at most
    // `limit` of them (0: all). Demo requests are left alone: a demo database holds tens of
    // thousands waiting, and each reminder is a letter kept in the database.
    Result<ReminderSweep> sweep(const Actor &actor, int limit = 0) const;
    // Where one request stands (empty unless it is verifying and the sweep has looked at it).
    Result<std::optional<ReminderState>> state(qint64 requestId) const;

private:
    Status remind(const ReminderRepository::Waiting &w, const Actor &actor) const;
    Status propose(const ReminderRepository::Waiting &w, const Actor &actor, const ReminderPolicy &policy) const;

    const Database &m_db;
    Clock m_clock;
};

} // namespace pd
