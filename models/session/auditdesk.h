#pragma once

#include "../audit/auditlog.h"
#include "../common/result.h"
#include "../domain/auditquery.h"

#include <QCoreApplication>
#include <QStringList>

namespace pd {

class Database;
class Session;

// The audit log for the signed-in actor: agents see the entries about the requests they can see
// and their own entries about no request; supervisors and administrators see everything.
// Verifying the chain reveals only counts and ids, so anyone may.
class AuditDesk final
{
    Q_DECLARE_TR_FUNCTIONS(AuditDesk)

public:
    static constexpr int kMaximumFilterLength = 64;

    struct Count
    {
        qint64 entries = 0;
    };

    AuditDesk(const Database &db, const Session &session) : m_db(db), m_session(session) {}

    Result<AuditQuery> visible(AuditQuery query) const;
    Result<Count> count(AuditQuery query) const;
    Result<QList<AuditRow>> page(AuditQuery query, const AuditPageRequest &page) const;
    Result<QStringList> actors() const;
    Result<QStringList> actions() const;
    Result<AuditLog::Verification> verify(const std::function<bool()> &cancelled = {}) const;

private:
    const Database &m_db;
    const Session &m_session;
};

} // namespace pd
