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
