#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace pd {

class Database;

// Prepares a shared PostgreSQL server, connected as the database's owner (who created the schema):
// a login role for the app with least privilege. The app's tables: read and write; meta: read only;
// the audit log: SELECT and INSERT only (no UPDATE, DELETE or TRUNCATE; a trigger refuses those for
// everyone besides); sequences: what inserts need. The role never owns anything.
class ServerSetup final
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)

public:
    struct Report
    {
        bool roleCreated = false;
        QStringList readWrite, appendOnly, readOnly; // tables by what the role may do
    };

    explicit ServerSetup(const Database &db) : m_db(db) {}

    // A PostgreSQL role name PrivacyDesk accepts: a-z, 0-9, _ (starting with a letter), at most 63.
    static Status checkRoleName(const QString &role);
    // Creates the role when missing (LOGIN, no other attribute); a non-empty password is set.
    Result<Report> grantLeastPrivilege(const QString &role, const QString &password) const;

private:
    const Database &m_db;
};

} // namespace pd
