#include "demodesk.h"

#include "../storage/staffrepository.h"
#include "session.h"

namespace pd {

Status DemoDesk::mayLoad() const
{
    const Actor actor = m_session.actor();
    return DemoGenerator(m_db, m_session.calendar()).mayLoad(&actor);
}

Result<QList<DemoGenerator::DemoAccount>> DemoDesk::accounts() const
{
    const auto staff = StaffRepository(m_db).accounts();
    if (!staff)
        return staff.fault();
    QList<DemoGenerator::DemoAccount> out;
    for (const DemoGenerator::DemoAccount &a : DemoGenerator::demoAccounts())
        for (const StaffAccount &s : staff.value())
            if (s.user.demo && s.user.username == a.username)
                out << a;
    return out;
}

Result<qint64> DemoDesk::load(qint64 requests, quint32 seed, const DemoGenerator::Progress &progress) const
{
    DemoGenerator::Options options;
    options.requests = requests;
    options.seed = seed;
    options.now = m_session.now().toUTC();
    options.today = options.now.toLocalTime().date();
    options.actor = m_session.actor();
    return DemoGenerator(m_db, m_session.calendar()).run(options, progress);
}

} // namespace pd
