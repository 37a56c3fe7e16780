#pragma once

#include "../common/result.h"
#include "../domain/records.h"

#include <QCoreApplication>

namespace pd {

class Database;

class StaffRepository final
{
    Q_DECLARE_TR_FUNCTIONS(StaffRepository)

public:
    explicit StaffRepository(const Database &db) : m_db(db) {}

    Result<QList<StaffUser>> list() const;
    Result<qint64> insert(const StaffUser &user) const;

private:
    const Database &m_db;
};

} // namespace pd
