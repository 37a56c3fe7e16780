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

private:
    const Database &m_db;
};

} // namespace pd
