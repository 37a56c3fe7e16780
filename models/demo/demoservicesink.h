#pragma once

#include "demosink.h"

#include <QHash>

#include <memory>

namespace pd {

class Database;
class WorkingDayCalendar;

// Carries demo submissions and steps through the real services (IntakeService, RequestWorkflow,
// VerificationService), each write in its own transaction with its audit entry, with the clock set
// to the step's time. Used for small loads, and by the tests as the reference for the bulk path.
class DemoServiceSink final : public DemoSink
{
public:
    DemoServiceSink(const Database &db, const WorkingDayCalendar &calendar);
    ~DemoServiceSink() override;

    Result<QList<Request>> registerSubmission(const DemoSubmission &submission) override;
    Status apply(qint64 requestId, const DemoStep &step) override;
    Status finished(qint64 requestId) override;

private:
    const Database &m_db;
    const WorkingDayCalendar &m_calendar;
    std::shared_ptr<QDateTime> m_now; // what the services' clock says
    QHash<qint64, int> m_versions;    // open scripts: the version last written
    QHash<qint64, qint64> m_people;   // planned person id -> stored id
};

} // namespace pd
