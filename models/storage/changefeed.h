#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace pd {

class Database;

// One appended audit entry, as much as a workstation needs to know what to refresh.
struct AuditChange
{
    qint64 id = 0;
    QString entity;
    qint64 entityId = 0;
    qint64 requestId = 0;
    QString action;
};

// The SQL behind live refresh: every change is appended to the audit log in its own transaction,
// so the entries after the newest one seen say what changed, whoever wrote them. On PostgreSQL a
// trigger notifies the channel privacydesk_changes (LISTEN); on SQLite another connection's commit
// changes PRAGMA data_version. Call everything from one thread: its own connection.
class ChangeFeed final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeFeed)

public:
    explicit ChangeFeed(const Database &db) : m_db(db) {}

    static QString channel();
    Result<qint64> newestAuditId() const;
    Result<QList<AuditChange>> changesAfter(qint64 id, int limit) const;
    // SQLite: changes whenever another connection commits (never for this one's own commits).
    Result<qint64> dataVersion() const;
    // PostgreSQL: LISTEN on this thread's connection; onNotify runs in this thread's event loop,
    // bound to `context`. A reconnected connection must listen again.
    Status listen(QObject *context, const std::function<void()> &onNotify) const;

private:
    const Database &m_db;
};

} // namespace pd
