#pragma once

#include "../common/result.h"
#include "../domain/records.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace pd {

class BulkWriter;
class Database;
class DemoBulkSink;
class DemoDriver;
class WorkingDayCalendar;

// Fills a database with realistic, deterministic demo data (DemoPlanner says what): demo staff,
// people, and requests that live through the workflow, so their history, verification checks,
// approvals and audit entries are real. Steps happen in time order across all requests. Small
// loads go through the workflow services themselves (DemoServiceSink); large ones are decided by
// the same services' pure functions and written in bulk (DemoBulkSink), which leaves the same rows.
// The same seed gives the same data.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    enum class Path { Automatic, Services, Bulk };
    // Up to this many requests, Automatic goes through the services one write at a time.
    static constexpr qint64 kServicePathLimit = 1000;
    struct Options
    {
        qint64 requests = 1000;
        quint32 seed = 1;
        QDate today = QDate::currentDate();
        QDateTime now = QDateTime::currentDateTimeUtc(); // nothing happens after it
        Path path = Path::Automatic;
        // Who loads it: an administrator (recorded as such), or nobody on a database without staff.
        std::optional<Actor> actor;
        qint64 batchRequests = 8000; // bulk path: requests whose scripts ended, per batch
        // Also write the demo platform (DemoPlatform) for the new people, register it as a source,
        // and fill the disclosure and consent registers for them.
        bool platform = true;
    };
    // A demo staff account and its password. The passwords are fixed and documented (README,
    // `privacydesk-cli demo` prints them) so anyone can sign in to a demo database at once:
    // demo.zhang.wei / demo-agent-1, demo.li.na / demo-agent-2, demo.emily.chen / demo-agent-3,
    // demo.wang.qiang / demo-supervisor-1, demo.admin / demo-admin-1 (marked as demo accounts, and
    // loading is refused where real requests exist). Never use them for real data.
    struct DemoAccount
    {
        QString username;
        QString displayName;
        Role role = Role::Agent;
        QString password;
    };
    static QList<DemoAccount> demoAccounts();

    // Adds the demo agents and supervisor when the database has no staff but administrators, and
    // the demo administrator when no administrator can sign in; usernames already taken are
    // skipped. Passwords are hashed (slow on purpose: a fraction of a second each) and each new
    // account is audited (at `at`). Returns the accounts added. run() calls it first.
    Result<QList<DemoAccount>> ensureDemoStaff(const QDateTime &at = QDateTime::currentDateTimeUtc(),
                                               const QString &startedBy = QStringLiteral("demo")) const;
    // Demo data is loaded by an administrator (or, on a database without any staff account, by
    // nobody signed in: the CLI's first `demo`), and only where every request is a demo one.
    Status mayLoad(const Actor *actor) const;

    // Called now and then with the requests registered so far; return false to cancel: no new
    // requests are taken in, the ones under way finish their scripts, and everything is kept.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    DemoGenerator(const Database &db, const WorkingDayCalendar &calendar) : m_db(db), m_calendar(calendar) {}

    Result<qint64> run(const Options &options, const Progress &progress = {}) const;

private:
    Result<qint64> runThroughServices(DemoDriver &driver, const Progress &progress) const;
    // chainFrom: the newest audit entry's id and hash, which the load's entries follow.
    Result<qint64> runInBulk(DemoDriver &driver, DemoBulkSink &sink, BulkWriter &writer, qint64 batchRequests,
                             const QPair<qint64, QString> &chainFrom, const Progress &progress) const;

    // The demo platform and the registers for the people from firstPersonId on.
    Status addHoldings(qint64 firstPersonId, const Options &options, const QString &startedBy) const;

    const Database &m_db;
    const WorkingDayCalendar &m_calendar;
};

} // namespace pd
