#include "reminderdesk.h"

#include "session.h"

namespace pd {

VerificationReminders ReminderDesk::service() const
{
    const Session &s = m_session;
    return VerificationReminders(m_db, [&s] { return s.now(); });
}

Result<ReminderPolicy> ReminderDesk::policy() const
{
    return service().policy();
}

Status ReminderDesk::setPolicy(const ReminderPolicy &policy) const
{
    return service().setPolicy(policy, m_session.actor());
}

Result<ReminderSweep> ReminderDesk::sweep(int limit) const
{
    return service().sweep(m_session.actor(), limit);
}

} // namespace pd
