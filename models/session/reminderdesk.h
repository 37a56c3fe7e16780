#pragma once

#include "../common/result.h"
#include "../workflow/verificationreminders.h"

namespace pd {

class Database;
class Session;

// The verification reminders for the signed-in actor: the team's policy (anyone reads it, an
// administrator changes it) and the sweep, which writes the reminders and closing proposals that
// are due in the actor's name (the GUI sweeps at sign-in and every hour; the CLI on demand).
class ReminderDesk final
{
public:
    ReminderDesk(const Database &db, const Session &session) : m_db(db), m_session(session) {}

    Result<ReminderPolicy> policy() const;
    Status setPolicy(const ReminderPolicy &policy) const;
    Result<ReminderSweep> sweep(int limit = 0) const; // VerificationReminders::sweep

private:
    VerificationReminders service() const;

    const Database &m_db;
    const Session &m_session;
};

} // namespace pd
