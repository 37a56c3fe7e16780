#pragma once

#include "domain/datasource.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd::test {

// A PostgreSQL source in `db` whose server asks a password: a role of its own, pw_DATABASE, member
// of pd_password_roles (which scripts/test.sh makes the throwaway server ask a password of; one
// role per test database, so tests running side by side do not change each other's password),
// with `secret`, allowed to read a table crm_notes holding one note for `phone` (E.164). The
// source "CRM" looks the note up by phone; it is returned unsaved, its URL without the password.
// Empty name and *error on failure.
inline DataSource passwordProtectedSource(const Database &db, const QString &secret, const QString &phone, const QString &note,
                                          QString *error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT current_database()")) || !q.next()) {
        *error = q.lastError().text();
        return {};
    }
    const QString role = QStringLiteral("pw_") + q.value(0).toString();
    q.finish();
    for (const QString &sql :
         {QStringLiteral("DO $$ BEGIN CREATE ROLE pd_password_roles NOLOGIN; "
                         "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"),
          QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN IN ROLE pd_password_roles; "
                         "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$").arg(role),
          QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(role, secret),
          QStringLiteral("CREATE TABLE crm_notes (phone TEXT, note TEXT)"),
          QStringLiteral("INSERT INTO crm_notes VALUES ('%1', '%2')").arg(phone, note),
          QStringLiteral("GRANT SELECT ON crm_notes TO %1").arg(role)})
        if (!q.exec(sql)) {
            *error = sql + QStringLiteral(": ") + q.lastError().text();
            return {};
        }
    DatabaseUrl url = db.url();
    url.user = role;
    url.password.clear();
    DataSource crm;
    crm.name = QStringLiteral("CRM");
    crm.url = url.toDisplayString();
    crm.lookups.insert(QStringLiteral("interaction"), QStringLiteral("SELECT note FROM crm_notes WHERE phone = :phone"));
    return crm;
}

} // namespace pd::test
