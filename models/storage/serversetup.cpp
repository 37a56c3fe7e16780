#include "serversetup.h"

#include "database.h"
#include "transaction.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>

namespace pd {

Status ServerSetup::checkRoleName(const QString &role)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    if (!shape.match(role).hasMatch())
        return Status::failure(ErrorKind::Invalid, tr("App role: use a–z, 0–9 and _, starting with a letter, at most 63 "
                                                      "characters (not \"%1\").")
                                                       .arg(role.left(70)));
    return {};
}

Result<ServerSetup::Report> ServerSetup::grantLeastPrivilege(const QString &role, const QString &password) const
{
    using R = Result<Report>;
    if (m_db.dialect() != Dialect::PostgreSQL)
        return R::failure(ErrorKind::Invalid, tr("server init prepares a PostgreSQL server; a SQLite file needs no roles."));
    if (auto s = checkRoleName(role); !s)
        return R::failure(s.fault());
    QSqlDatabase connection = m_db.connection();
    QSqlQuery q(connection);
    const auto fail = [&q](const QString &what) {
        return R::failure(Database::classify(q.lastError()), tr("%1: %2").arg(what, Database::describe(q.lastError())));
    };
    // The identifier is checked above; the password goes in as an escaped literal (DDL takes no
    // bound parameters).
    const QString quoted = QLatin1Char('"') + role + QLatin1Char('"');
    if (!q.exec(QStringLiteral("SELECT current_user")) || !q.next())
        return fail(tr("Cannot read the current role"));
    if (q.value(0).toString() == role)
        return R::failure(ErrorKind::Invalid, tr("The app role must not be the owner (%1) who runs server init: choose another "
                                                 "name.")
                                                  .arg(role));

    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().fault());
    Report report;
    q.prepare(QStringLiteral("SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(role);
    if (!q.exec())
        return fail(tr("Cannot read the roles"));
    if (q.next()) {
        if (q.value(0).toBool())
            return R::failure(ErrorKind::Invalid, tr("The role %1 exists and may create roles or databases (or is a superuser): "
                                                     "that is not least privilege. Choose another name.")
                                                      .arg(role));
    } else {
        if (!q.exec(QStringLiteral("CREATE ROLE %1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT").arg(quoted)))
            return fail(tr("Cannot create the role %1").arg(role));
        report.roleCreated = true;
    }
    if (!password.isEmpty()) {
        QSqlField literal(QStringLiteral("password"), QMetaType(QMetaType::QString));
        literal.setValue(password);
        if (!q.exec(QStringLiteral("ALTER ROLE %1 PASSWORD %2").arg(quoted, connection.driver()->formatValue(literal))))
            return fail(tr("Cannot set the password of %1").arg(role));
    }
    if (!q.exec(QStringLiteral("SELECT current_database()")) || !q.next())
        return fail(tr("Cannot read the database name"));
    const QString database = QLatin1Char('"') + q.value(0).toString().replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    const QStringList grants{
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(database, quoted),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(quoted),
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(quoted),
        QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %1").arg(quoted),
        QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(quoted),
    };
    for (const QString &g : grants)
        if (!q.exec(g))
            return fail(tr("Cannot grant the rights"));
    if (!q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")))
        return fail(tr("Cannot list the tables"));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        QString rights = QStringLiteral("SELECT, INSERT, UPDATE, DELETE");
        if (table == QLatin1String("audit_log") || table == QLatin1String("audit_checkpoints")) {
            rights = QStringLiteral("SELECT, INSERT"); // append-only
            report.appendOnly << table;
        } else if (table == QLatin1String("meta")) {
            rights = QStringLiteral("SELECT"); // the schema version: the owner migrates
            report.readOnly << table;
        } else {
            report.readWrite << table;
        }
        if (!q.exec(QStringLiteral("GRANT %1 ON TABLE public.\"%2\" TO %3").arg(rights, table, quoted)))
            return fail(tr("Cannot grant the rights on %1").arg(table));
    }
    if (auto s = tx.commit(); !s)
        return R::failure(s.fault());
    return report;
}

} // namespace pd
