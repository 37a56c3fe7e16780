#include "schemamigrator.h"

#include "database.h"
#include "transaction.h"

#include <QFile>
#include <QSqlQuery>

#include <iterator>

namespace pd {

Result<int> SchemaMigrator::currentVersion() const
{
    QSqlDatabase db = m_db.connection();
    if (!db.isOpen())
        return Result<int>::failure(ErrorKind::Connection, tr("The database is not open."));
    if (!db.tables().contains(QStringLiteral("meta")))
        return 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("schema_version"));
    if (!q.exec())
        return Result<int>::failure(Database::classify(q.lastError()), tr("Cannot read the schema version: %1").arg(Database::describe(q.lastError())));
    if (!q.next())
        return 0;
    bool ok = false;
    const int v = q.value(0).toString().toInt(&ok);
    if (!ok)
        return Result<int>::failure(ErrorKind::Internal, tr("The database's schema version \"%1\" is not a number.").arg(q.value(0).toString()));
    return v;
}

Status SchemaMigrator::migrate(int target) const
{
    const auto current = currentVersion();
    if (!current)
        return Status::failure(current.fault());
    if (*current > kLatestVersion) {
        return Status::failure(ErrorKind::Invalid,
            tr("This database was written by a newer version of PrivacyDesk (schema %1; this program knows up to %2). "
               "It has not been changed. Please update PrivacyDesk.")
                .arg(*current)
                .arg(kLatestVersion));
    }
    for (int v = *current + 1; v <= target && v <= kLatestVersion; ++v) {
        if (auto s = applyStep(v); !s)
            return s;
    }
    refreshStatistics();
    return {};
}

void SchemaMigrator::refreshStatistics() const
{
    // SQLite plans by the statistics ANALYZE leaves in sqlite_stat1. A big table with an index
    // they do not cover (a database grown by use, or a migration that added the index) gets
    // plans by guesswork: an agent's queue page once sorted a third of a million rows instead of
    // reading the received-at index (0.9 s instead of 1 ms). PostgreSQL's autovacuum keeps its own.
    if (m_db.dialect() != Dialect::SQLite)
        return;
    for (const QString &table : {QStringLiteral("requests"), QStringLiteral("people"), QStringLiteral("audit_log")}) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        // More rows than guesswork handles well?
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 LIMIT %2)").arg(table).arg(kStatisticsFromRows)) || !q.next()
            || q.value(0).toLongLong() < kStatisticsFromRows)
            continue;
        q.finish();
        const bool haveStats = q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")) && q.next();
        q.finish();
        qint64 missing = -1;
        if (haveStats && q.exec(QStringLiteral("SELECT COUNT(*) FROM pragma_index_list('%1') i WHERE NOT EXISTS "
                                               "(SELECT 1 FROM sqlite_stat1 s WHERE s.tbl = '%1' AND s.idx = i.name)")
                                    .arg(table))
            && q.next())
            missing = q.value(0).toLongLong();
        q.finish();
        if (missing != 0)
            static_cast<void>(q.exec(QStringLiteral("ANALYZE %1").arg(table))); // a plan's quality, not correctness
    }
}

Status SchemaMigrator::applyStep(int version) const
{
    const QString dialect = m_db.dialect() == Dialect::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    const QString names[] = {{}, QStringLiteral("001_initial"), QStringLiteral("002_search"),
                             QStringLiteral("003_filter_indexes"), QStringLiteral("004_workflow"),
                             QStringLiteral("005_sessions"), QStringLiteral("006_agent_queue"),
                             QStringLiteral("007_time_order"), QStringLiteral("008_triage"), QStringLiteral("009_reminders"),
                             QStringLiteral("010_sources"), QStringLiteral("011_packages"),
                             QStringLiteral("012_package_gaps"), QStringLiteral("013_audit_checkpoints"), QStringLiteral("014_erasure")};
    static_assert(std::size(names) == kLatestVersion + 1);
    QFile file(QStringLiteral(":/sql/%1/%2.sql").arg(dialect, names[version]));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(ErrorKind::Internal, tr("Migration %1 is missing from this build.").arg(version));
    const QString script = QString::fromUtf8(file.readAll());

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    for (const QString &statement : splitStatements(script)) {
        if (!q.exec(statement)) {
            if (q.lastError().nativeErrorCode() == QLatin1String("42501"))
                // The app's least-privilege role cannot change the schema; the owner can.
                return Status::failure(ErrorKind::Denied,
                                       tr("This database needs schema %1, and this account may not change the schema. Ask "
                                          "the database's owner to run: privacydesk-cli server init --db "
                                          "postgresql://OWNER@host:port/database --app-role NAME")
                                           .arg(version));
            return Status::failure(ErrorKind::Internal, tr("Migration to schema %1 failed and was undone: %2")
                                       .arg(version)
                                       .arg(Database::describe(q.lastError())));
        }
    }
    q.prepare(version == 1 ? QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)")
                           : QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"));
    q.addBindValue(QString::number(version));
    if (!q.exec())
        return Status::failure(Database::classify(q.lastError()), tr("Cannot record schema version %1: %2").arg(version).arg(Database::describe(q.lastError())));
    return tx.commit();
}

QStringList SchemaMigrator::splitStatements(const QString &script)
{
    QStringList out;
    QString current;
    bool inBlock = false;  // a SQLite trigger body: BEGIN ... END;
    bool inDollar = false; // a PostgreSQL function body: $$ ... $$
    const auto lines = script.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (!inDollar && (line.startsWith(QLatin1String("--")) || (line.isEmpty() && current.isEmpty())))
            continue;
        current += raw + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollar = !inDollar;
        if (!inDollar && line.endsWith(QLatin1String("BEGIN")))
            inBlock = true;
        const bool ends = !inDollar && (inBlock ? line == QLatin1String("END;") : line.endsWith(QLatin1Char(';')));
        if (ends) {
            QString s = current.trimmed();
            if (!inBlock)
                s.chop(1);
            out << s;
            current.clear();
            inBlock = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace pd
