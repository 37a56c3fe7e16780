#pragma once

#include "../common/result.h"
#include "../domain/records.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <functional>

namespace pd {

class Database;
class WorkingDayCalendar;

// Fills a database with realistic, deterministic demo data: Chinese and English names, fake but
// well-formed phone numbers (+86 mobiles, UK mobiles in the 07400 example range), e-mails at example domains,
// resident ID numbers that pass the GB 11643 check, requests spread over the last two years across
// every type, status, channel and entity. The same seed gives the same data.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        qint64 requests = 1000;
        quint32 seed = 1;
        QDate today = QDate::currentDate();
    };
    // A demo staff account and its password. The passwords are fixed and documented (README,
    // `privacydesk-cli demo` prints them) so anyone can sign in to a demo database at once:
    // zhang.wei / demo-agent-1, li.na / demo-agent-2, emily.chen / demo-agent-3,
    // wang.qiang / demo-supervisor-1, admin / demo-admin-1. Never use them for real data.
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
    // account is audited. Returns the accounts added. run() calls it first.
    Result<QList<DemoAccount>> ensureDemoStaff() const;

    // Called after every batch with the requests written so far; return false to cancel
    // (batches already written stay, each one whole).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    DemoGenerator(const Database &db, const WorkingDayCalendar &calendar) : m_db(db), m_calendar(calendar) {}

    Result<qint64> run(const Options &options, const Progress &progress = {}) const;

    // Exposed for tests: one generated person.
    static Person makePerson(QRandomGenerator &rng, qint64 id);

private:
    const Database &m_db;
    const WorkingDayCalendar &m_calendar;
};

} // namespace pd
