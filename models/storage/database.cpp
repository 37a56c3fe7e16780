#include "database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

namespace pd {

namespace {
QAtomicInt g_nextInstance;
}

Database::Database(DatabaseUrl url)
    : m_url(std::move(url)), m_instance(g_nextInstance.fetchAndAddRelaxed(1))
{
}

Database::~Database()
{
    closeThreadConnection();
}

QString Database::connectionName() const
{
    return QStringLiteral("pd-%1-%2").arg(m_instance).arg(quintptr(QThread::currentThreadId()));
}

Status Database::open() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name) && QSqlDatabase::database(name, false).isOpen())
        return {};

    QSqlDatabase db;
    if (m_url.dialect == Dialect::SQLite) {
        const QFileInfo file(m_url.path);
        if (!QDir().mkpath(file.absolutePath())) {
            return Status::failure(tr("Cannot create the folder %1 for the database file.")
                                       .arg(QDir::toNativeSeparators(file.absolutePath())));
        }
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setDatabaseName(m_url.database);
        db.setUserName(m_url.user);
        if (!m_url.password.isEmpty())
            db.setPassword(m_url.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=PrivacyDesk"));
    }
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(name);
        return Status::failure(tr("The Qt database driver for %1 is not installed.")
                                   .arg(m_url.dialect == Dialect::SQLite ? QStringLiteral("SQLite")
                                                                         : QStringLiteral("PostgreSQL")));
    }
    if (!db.open()) {
        const QString why = describe(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Status::failure(tr("Cannot open the database %1: %2").arg(m_url.toDisplayString(), why));
    }
    return configure(db);
}

Status Database::configure(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    const QStringList statements = m_url.dialect == Dialect::SQLite
        ? QStringList{QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
                      QStringLiteral("PRAGMA foreign_keys=ON")}
        : QStringList{QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET client_min_messages TO warning")};
    for (const QString &s : statements) {
        if (!q.exec(s))
            return Status::failure(tr("Cannot prepare the database %1: %2")
                                       .arg(m_url.toDisplayString(), describe(q.lastError())));
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        open();
    return QSqlDatabase::database(name, false);
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status Database::reconnect() const
{
    closeThreadConnection();
    return open();
}

bool Database::isAlive() const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

QString Database::describe(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    if (text.isEmpty())
        text = tr("unknown database error");
    return text;
}

} // namespace pd
