#pragma once

// A known audit log for the audit view's tests (tst_auditlogmodel, tst_auditpage): one person,
// kFixtureRequests requests with ids 1.. written by plain SQL, then audit entries appended through
// AuditLog in one transaction, each entry's fields following its number (auditFixtureEntry).

#include "audit/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QTest>

namespace pd::test {

inline constexpr int kFixtureRequests = 50;
inline const QDateTime kFixtureStart(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
inline constexpr int kFixtureStepSecs = 1500; // one entry every 25 minutes
inline const QStringList kFixtureActors{QStringLiteral("wang.fang"), QStringLiteral("li.lei"), QStringLiteral("zhang.wei"),
                                        QStringLiteral("system"), QStringLiteral("chen.jing")};
inline const QStringList kFixtureActions{QStringLiteral("registered"),   QStringLiteral("transition"),
                                         QStringLiteral("field_edit"),   QStringLiteral("login"),
                                         QStringLiteral("evidence_added"), QStringLiteral("start_verification"),
                                         QStringLiteral("custom_thing")};

inline QString fixtureReference(int requestId)
{
    return QStringLiteral("DSR-2026-%1").arg(requestId, 6, 10, QLatin1Char('0'));
}

// Entry number i (1-based): request 0 for every 60th, requests above kFixtureRequests do not exist.
// Append order is not time order: every tenth entry after the 4000th was appended 40 days late
// (as demo data loaded after the first accounts, or a workstation's clock behind, would be).
inline bool appendedLate(int i)
{
    return i > 4000 && i % 10 == 0;
}
inline AuditEntry auditFixtureEntry(int i)
{
    AuditEntry e;
    e.at = kFixtureStart.addSecs(qint64(i) * kFixtureStepSecs - (appendedLate(i) ? 40 * 86400 : 0));
    e.actor = kFixtureActors.at(i % kFixtureActors.size());
    e.action = kFixtureActions.at(i % kFixtureActions.size());
    e.entity = i % 3 == 0 ? QStringLiteral("person") : QStringLiteral("request");
    e.entityId = i % 97;
    e.requestId = i % 60;
    if (i % 4 != 0)
        e.beforeJson = QStringLiteral(R"({"status":"received","assignee":""})");
    e.afterJson = QStringLiteral(R"({"status":"verifying","assignee":"wang.fang","n":%1})").arg(i);
    return e;
}

inline bool sqlOk(QSqlQuery &q, bool ok)
{
    if (!ok)
        qWarning() << q.lastQuery() << q.lastError().text();
    return ok;
}

// Writes the requests and `entries` audit entries; false (with a warning) on failure.
inline bool fillAuditFixture(const Database &db, int entries)
{
    Transaction t(db);
    if (!t.begun()) {
        qWarning() << t.begun().error();
        return false;
    }
    QSqlQuery q(db.connection());
    if (!sqlOk(q, q.exec(QStringLiteral("INSERT INTO people (id, name, created_at) VALUES (1, '王芳', '2026-01-01T00:00:00Z')"))))
        return false;
    if (!sqlOk(q, q.prepare(QStringLiteral(
                      "INSERT INTO requests (id, reference, person_id, person_name, type, status, channel, requester_kind, "
                      "entity, received_at, due_date, updated_at) VALUES (?, ?, 1, '王芳', 'access', 'received', 'email', "
                      "'self', 'qianchuan', '2026-03-01T00:00:00Z', '2026-03-20', '2026-03-01T00:00:00Z')"))))
        return false;
    for (int id = 1; id <= kFixtureRequests; ++id) {
        q.addBindValue(id);
        q.addBindValue(fixtureReference(id));
        if (!sqlOk(q, q.exec()))
            return false;
    }
    const AuditLog log(db);
    for (int i = 1; i <= entries; ++i) {
        if (const auto e = log.append(auditFixtureEntry(i)); !e) {
            qWarning() << e.error();
            return false;
        }
    }
    const auto done = t.commit();
    if (!done)
        qWarning() << done.error();
    return done.ok();
}

} // namespace pd::test
