#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace pd {

class Database;

// Brings a database to the schema this program understands, one versioned step at a time, each
// step in its own transaction. A database from a newer PrivacyDesk is refused and left untouched.
class SchemaMigrator final
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    static constexpr int kLatestVersion = 14;

    explicit SchemaMigrator(const Database &db) : m_db(db) {}

    // 0 for an empty database.
    Result<int> currentVersion() const;
    // Migrates up to `target` (tests use a lower target to exercise an upgrade).
    Status migrate(int target = kLatestVersion) const;

    // Splits a migration script into statements; trigger bodies (BEGIN ... END;) stay whole.
    static QStringList splitStatements(const QString &script);

    // SQLite: tables with this many rows get statistics for every index.
    static constexpr qint64 kStatisticsFromRows = 10000;

private:
    Status applyStep(int version) const;
    // SQLite: ANALYZE each big table with an index that has no statistics yet.
    void refreshStatistics() const;

    const Database &m_db;
};

} // namespace pd
