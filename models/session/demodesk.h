#pragma once

#include "../common/result.h"
#include "../demo/demogenerator.h"

#include <QCoreApplication>

namespace pd {

class Database;
class Session;

// Demo data for the signed-in administrator (DemoGenerator::mayLoad holds the rule).
class DemoDesk final
{
    Q_DECLARE_TR_FUNCTIONS(DemoDesk)

public:
    DemoDesk(const Database &db, const Session &session) : m_db(db), m_session(session) {}

    Status mayLoad() const;
    // The demo accounts the database has (with their published passwords).
    Result<QList<DemoGenerator::DemoAccount>> accounts() const;
    // Adds `requests` demo requests; `progress` may cancel (DemoGenerator::Progress).
    Result<qint64> load(qint64 requests, quint32 seed, const DemoGenerator::Progress &progress = {}) const;

private:
    const Database &m_db;
    const Session &m_session;
};

} // namespace pd
