#include "auditdesk.h"

#include "../storage/auditrepository.h"
#include "session.h"

namespace pd {

Result<AuditQuery> AuditDesk::visible(AuditQuery query) const
{
    for (const QString *text : {&query.request, &query.actor, &query.action}) {
        if (text->size() > kMaximumFilterLength)
            return Result<AuditQuery>::failure(ErrorKind::Invalid, tr("Audit filter: at most %1 characters (now %2).")
                                                                       .arg(kMaximumFilterLength)
                                                                       .arg(text->size()));
    }
    const Actor actor = m_session.actor();
    if (actor.role == Role::Agent) {
        query.visibleTo = actor.staffId;
        query.visibleToUsername = actor.username;
    } else {
        query.visibleTo = 0;
        query.visibleToUsername.clear();
    }
    return query;
}

Result<AuditDesk::Count> AuditDesk::count(AuditQuery query) const
{
    const auto q = visible(std::move(query));
    if (!q)
        return q.fault();
    const AuditRepository repo(m_db);
    const auto n = repo.count(q.value());
    if (!n)
        return n.fault();
    return Count{n.value()};
}

Result<QList<AuditRow>> AuditDesk::page(AuditQuery query, const AuditPageRequest &page) const
{
    const auto q = visible(std::move(query));
    if (!q)
        return q.fault();
    return AuditRepository(m_db).page(q.value(), page);
}

Result<QStringList> AuditDesk::actors() const
{
    return AuditRepository(m_db).actors();
}

Result<QStringList> AuditDesk::actions() const
{
    return AuditRepository(m_db).actions();
}

Result<AuditLog::Verification> AuditDesk::verify(const std::function<bool()> &cancelled) const
{
    return AuditLog(m_db).verify(cancelled);
}

} // namespace pd
