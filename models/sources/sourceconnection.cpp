#include "sourceconnection.h"

#include "../storage/database.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pd {

namespace {

QAtomicInt nextConnection;

void bindAll(QSqlQuery &q, const LookupStatement &statement, const PersonIdentifiers &who)
{
    for (const QString &name : statement.parameters())
        q.bindValue(QLatin1Char(':') + name, who.value(name));
}

} // namespace

SourceConnection::SourceConnection(DatabaseUrl url, int timeoutSeconds)
    : m_url(std::move(url))
    , m_timeoutSeconds(timeoutSeconds)
    , m_name(QStringLiteral("pd-source-%1").arg(nextConnection.fetchAndAddRelaxed(1)))
{
}

SourceConnection::~SourceConnection()
{
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool SourceConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

Status SourceConnection::failure(const QString &what, const QSqlError &error) const
{
    const ErrorKind kind = Database::classify(error) == ErrorKind::Connection ? ErrorKind::Connection : ErrorKind::Invalid;
    return Status::failure(kind, tr("%1: %2").arg(what, Database::describe(error)));
}

Status SourceConnection::open()
{
    if (isOpen())
        return {};
    QSqlDatabase db;
    if (m_url.dialect == Dialect::SQLite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(m_url.path);
        // Read-only: a missing file is an error rather than a new empty database.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(m_timeoutSeconds * 1000));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setDatabaseName(m_url.database);
        db.setUserName(m_url.user);
        if (!m_url.password.isEmpty())
            db.setPassword(m_url.password);
        QString options = QStringLiteral("connect_timeout=10;application_name=privacydesk-lookup");
        if (!m_url.sslMode.isEmpty())
            options += QStringLiteral(";sslmode=") + m_url.sslMode;
        db.setConnectOptions(options);
    }
    if (!db.open()) {
        const QSqlError error = db.lastError();
        return Status::failure(ErrorKind::Connection,
                               tr("Cannot reach the source %1: %2").arg(m_url.toDisplayString(), Database::describe(error)));
    }
    QSqlQuery q(db);
    const QStringList setup = m_url.dialect == Dialect::SQLite
        ? QStringList{QStringLiteral("PRAGMA query_only = ON")}
        : QStringList{QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"),
                      QStringLiteral("SET statement_timeout = %1").arg(m_timeoutSeconds * 1000)};
    for (const QString &statement : setup)
        if (!q.exec(statement))
            return failure(tr("Cannot make the connection to %1 read-only").arg(m_url.toDisplayString()), q.lastError());
    return {};
}

template<typename T, typename F>
Result<T> SourceConnection::inReadOnlyTransaction(F &&work)
{
    if (auto s = open(); !s)
        return Result<T>::failure(s.fault());
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.transaction())
        return Result<T>::failure(failure(tr("Cannot begin a read-only transaction"), db.lastError()).fault());
    Result<T> result = [&]() -> Result<T> {
        if (m_url.dialect == Dialect::PostgreSQL) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SET TRANSACTION READ ONLY")))
                return Result<T>::failure(failure(tr("Cannot begin a read-only transaction"), q.lastError()).fault());
        }
        return work(db);
    }();
    db.rollback(); // nothing is ever kept
    return result;
}

Result<qint64> SourceConnection::count(const LookupStatement &statement, const PersonIdentifiers &who)
{
    return inReadOnlyTransaction<qint64>([&](QSqlDatabase &db) -> Result<qint64> {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM (%1) AS pd_lookup").arg(statement.text())))
            return Result<qint64>::failure(failure(tr("The look-up cannot run"), q.lastError()).fault());
        bindAll(q, statement, who);
        if (!q.exec() || !q.next())
            return Result<qint64>::failure(failure(tr("The look-up failed"), q.lastError()).fault());
        return q.value(0).toLongLong();
    });
}

Result<LookupRows> SourceConnection::fetch(const LookupStatement &statement, const PersonIdentifiers &who, qint64 offset,
                                           int limit)
{
    return inReadOnlyTransaction<LookupRows>([&](QSqlDatabase &db) -> Result<LookupRows> {
        QSqlQuery q(db);
        q.setForwardOnly(true); // QPSQL would otherwise hold the whole result in memory
        QString sql = statement.text();
        if (limit >= 0 || offset > 0)
            sql = QStringLiteral("SELECT * FROM (%1) AS pd_lookup LIMIT %2 OFFSET %3")
                      .arg(sql)
                      .arg(limit >= 0 ? qint64(limit) : std::numeric_limits<qint32>::max())
                      .arg(offset);
        if (!q.prepare(sql))
            return Result<LookupRows>::failure(failure(tr("The look-up cannot run"), q.lastError()).fault());
        bindAll(q, statement, who);
        if (!q.exec())
            return Result<LookupRows>::failure(failure(tr("The look-up failed"), q.lastError()).fault());
        LookupRows out;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            out.columns << record.fieldName(i);
        while (q.next()) {
            QVariantList row;
            row.reserve(record.count());
            for (int i = 0; i < record.count(); ++i)
                row << q.value(i);
            out.rows << row;
        }
        if (q.lastError().isValid())
            return Result<LookupRows>::failure(failure(tr("The look-up failed"), q.lastError()).fault());
        return out;
    });
}

} // namespace pd
