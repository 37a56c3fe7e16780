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
            return Status::failure(ErrorKind::Internal, tr("Cannot create the folder %1 for the database file.")
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
        // keepalives: a link that dies without a word is noticed within a minute.
        QString options = QStringLiteral("connect_timeout=5;application_name=PrivacyDesk;keepalives=1;keepalives_idle=30;"
                                         "keepalives_interval=10;keepalives_count=3");
        if (!m_url.sslMode.isEmpty())
            options += QStringLiteral(";sslmode=") + m_url.sslMode;
        db.setConnectOptions(options);
    }
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(name);
        return Status::failure(ErrorKind::Internal, tr("The Qt database driver for %1 is not installed.")
                                   .arg(m_url.dialect == Dialect::SQLite ? QStringLiteral("SQLite")
                                                                         : QStringLiteral("PostgreSQL")));
    }
    if (!db.open()) {
        const QString why = describe(db.lastError());
        const ErrorKind kind = m_url.dialect == Dialect::SQLite ? ErrorKind::Internal : classify(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Status::failure(kind, tr("Cannot open the database %1: %2").arg(m_url.toDisplayString(), why));
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
            return Status::failure(classify(q.lastError()), tr("Cannot prepare the database %1: %2")
                                       .arg(m_url.toDisplayString(), describe(q.lastError())));
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        static_cast<void>(open()); // a failed open shows as the closed connection it returns
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
        // A statement on a connection the driver has found dead fails with no error at all.
        text = tr("the connection to the database is closed");
    return text;
}

ErrorKind Database::classify(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("28")) || error.databaseText().contains(QLatin1String("password authentication failed")))
        return ErrorKind::Denied; // invalid authorization: a wrong password or an unknown role
    if (error.type() == QSqlError::ConnectionError)
        return ErrorKind::Connection;
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        return ErrorKind::Connection;
    if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("23505")
        || code == QLatin1String("55P03"))
        return ErrorKind::Conflict;
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    if (error.type() == QSqlError::NoError && text.trimmed().isEmpty())
        return ErrorKind::Connection;
    static const char *const kLost[] = {"server closed the connection", "no connection to the server",
                                        "terminating connection", "could not connect", "Connection refused",
                                        "connection to server", "SSL SYSCALL error"};
    for (const char *needle : kLost)
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return ErrorKind::Connection;
    // SQLite: SQLITE_BUSY (5) and SQLITE_LOCKED (6): another connection holds the write lock.
    if (code == QLatin1String("5") || code == QLatin1String("6") || text.contains(QLatin1String("database is locked")))
        return ErrorKind::Conflict;
    return ErrorKind::Internal;
}

} // namespace pd
