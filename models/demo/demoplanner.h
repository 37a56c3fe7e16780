#pragma once

#include "../domain/verification.h"
#include "demosink.h"

#include <QRandomGenerator>

namespace pd {

class WorkingDayCalendar;

// Plans deterministic demo submissions in time order: Chinese and English names, fake but
// well-formed phone numbers (+86 mobiles, UK mobiles in the 07400 range), e-mails at example
// domains, resident ID numbers that pass the GB 11643 check, spread over the last two years
// across every type, channel and entity. Each request gets a script that the workflow allows and
// that ends in a status fitting its age: a supervisor assigns it, an agent starts verification,
// records the checks the verification policy asks for, works it, and proposes refusals, deletions
// and cancellations that a supervisor approves. The same seed gives the same plan.
class DemoPlanner final
{
public:
    struct Setup
    {
        qint64 requests = 0;
        quint32 seed = 1;
        QDate today;
        QDateTime now;            // UTC; nothing is planned after it
        qint64 firstPersonId = 1; // the id the next new person will get
        QList<Actor> agents;      // who works requests
        QList<Actor> supervisors; // who assigns and approves
        VerificationPolicy policy;
    };

    DemoPlanner(Setup setup, const WorkingDayCalendar &calendar);

    bool atEnd() const { return m_planned >= m_setup.requests; }
    qint64 total() const { return m_setup.requests; }
    // The next submission (received after the previous one).
    DemoSubmission next();

    static Person makePerson(QRandomGenerator &rng, qint64 id);

    // Two years of arrivals; weekends see fewer requests than weekdays.
    static constexpr int kSpanDays = 730;
    static constexpr double kWeekendWeight = 0.3;
    static constexpr int kOfficeOpensUtcHour = 1; // 09:00 in Beijing
    static constexpr int kOfficeSeconds = 9 * 3600;

private:
    struct Day
    {
        QDate date;
        double weight = 1;
        double cumulative = 0; // the weights of this day and all before it
    };
    QDateTime arrival(qint64 index, qint64 count);
    QList<DemoStep> script(RequestType type, const DemoSubmission &submission, const Person &person);
    RequestStatus targetStatus(const QDateTime &received);

    Setup m_setup;
    const WorkingDayCalendar &m_calendar;
    QRandomGenerator m_rng;
    qint64 m_planned = 0;
    qint64 m_nextPerson = 1;
    QDateTime m_lastReceived;
    QList<Day> m_days;
    qsizetype m_dayCursor = 0;
    QList<Person> m_recentPeople; // repeat requesters come back
};

} // namespace pd
