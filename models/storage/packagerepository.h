#pragma once

#include "../common/result.h"
#include "../domain/datasource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace pd {

class Database;

class PackageRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PackageRepository)

public:
    explicit PackageRepository(const Database &db) : m_db(db) {}
    Result<qint64> insert(const PackageRecord &p) const;
    Result<QList<PackageRecord>> forRequest(qint64 requestId) const; // oldest first
    // Whether the request was answered: a package that read every source, or a "no data held"
    // letter (RequestWorkflow's guard on completing access, copy and portability requests).
    Result<bool> delivered(qint64 requestId) const;

private:
    const Database &m_db;
};

} // namespace pd
