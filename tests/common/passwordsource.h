#pragma once

#include "domain/datasource.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd::test {

// A PostgreSQL source in `db` whose server asks a password: the role pd_password_role (which
// scripts/test.sh makes the throwaway server ask one of) with `secret`, allowed to read a table
// crm_notes holding one note for `phone` (E.164). The source "CRM" looks the note up by phone;
// it is returned unsaved, its URL without the password. Empty name and *error on failure.
inline DataSource passwordProtectedSource(const Database &db, const QString &secret, const QString &phone, const QString &note,
                                          QString *error)
{
    QSqlQuery q(db.connection());
    for (const QString &sql :
         {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pd_password_role') THEN "
                         "CREATE ROLE pd_password_role LOGIN; END IF; END $$"),
          QStringLiteral("ALTER ROLE pd_password_role PASSWORD '%1'").arg(secret),
          QStringLiteral("CREATE TABLE crm_notes (phone TEXT, note TEXT)"),
          QStringLiteral("INSERT INTO crm_notes VALUES ('%1', '%2')").arg(phone, note),
          QStringLiteral("GRANT SELECT ON crm_notes TO pd_password_role")})
        if (!q.exec(sql)) {
            *error = sql + QStringLiteral(": ") + q.lastError().text();
            return {};
        }
    DatabaseUrl url = db.url();
    url.user = QStringLiteral("pd_password_role");
    url.password.clear();
    DataSource crm;
    crm.name = QStringLiteral("CRM");
    crm.url = url.toDisplayString();
    crm.lookups.insert(QStringLiteral("interaction"), QStringLiteral("SELECT note FROM crm_notes WHERE phone = :phone"));
    return crm;
}

} // namespace pd::test
