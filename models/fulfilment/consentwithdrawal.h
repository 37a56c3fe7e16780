#pragma once

#include "../common/clock.h"
#include "../common/result.h"
#include "../domain/datasource.h"
#include "../domain/inventory.h"
#include "../domain/records.h"

#include <QCoreApplication>

namespace pd {

class Database;

// Withdrawing consent (§4): per purpose the processing is based on consent for, recorded in the
// consent register against the request that asked for it. Not retroactive (§4, last paragraph):
// what was done before stays lawful, and the completion letter says so. The marketing opt-out
// (退订) is the same for the marketing purpose, in one action. The GUI, the CLI and the demo's
// bulk path record the same rows and audit entry.
class ConsentWithdrawal final
{
    Q_DECLARE_TR_FUNCTIONS(ConsentWithdrawal)

public:
    static QString marketingPurpose() { return QStringLiteral("marketing"); }

    ConsentWithdrawal(const Database &db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

    // Every purpose named exists and is based on consent; at least one.
    static Status check(const Inventory &inventory, const QStringList &purposes);
    static QList<ConsentEvent> events(const Request &request, const QStringList &purposes, const QString &channel,
                                      const QString &by, const QDateTime &at);
    static AuditEntry auditEntry(const Request &request, const QStringList &purposes, const QString &channel, const QString &by,
                                 const QDateTime &at);
    // Checks the rules (RequestRules::mayWithdrawConsent) and the purposes, then records the
    // withdrawal and its audit entry in one transaction. Returns the purposes recorded.
    Result<QStringList> withdraw(qint64 requestId, const QStringList &purposes, const QString &channel, const Actor &actor) const;

private:
    const Database &m_db;
    Clock m_clock;
};

} // namespace pd
