#include "sourcewriter.h"

#include "../storage/database.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

QAtomicInt nextConnection;

} // namespace

SourceWriter::SourceWriter(DatabaseUrl url, int timeoutSeconds)
    : m_url(std::move(url))
    , m_timeoutSeconds(timeoutSeconds)
    , m_name(QStringLiteral("pd-source-writer-%1").arg(nextConnection.fetchAndAddRelaxed(1)))
{
}

SourceWriter::~SourceWriter()
{
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
}

Status SourceWriter::open()
{
    if (QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen())
        return {};
    QSqlDatabase db;
    if (m_url.dialect == Dialect::SQLite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_timeoutSeconds * 1000));
        if (!QFile::exists(m_url.path)) // a missing file is an error rather than a new empty database
            return Status::failure(ErrorKind::Connection, tr("Cannot reach the source %1: the file does not exist.")
                                                              .arg(m_url.toDisplayString()));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setDatabaseName(m_url.database);
        db.setUserName(m_url.user);
        if (!m_url.password.isEmpty())
            db.setPassword(m_url.password);
        QString options = QStringLiteral("connect_timeout=10;application_name=privacydesk-action");
        if (!m_url.sslMode.isEmpty())
            options += QStringLiteral(";sslmode=") + m_url.sslMode;
        db.setConnectOptions(options);
    }
    if (!db.open())
        return Status::failure(ErrorKind::Connection,
                               tr("Cannot reach the source %1: %2").arg(m_url.toDisplayString(), Database::describe(db.lastError())));
    if (m_url.dialect == Dialect::PostgreSQL) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SET statement_timeout = %1").arg(m_timeoutSeconds * 1000)))
            return Status::failure(ErrorKind::Connection, tr("Cannot set a time limit at %1: %2")
                                                              .arg(m_url.toDisplayString(), Database::describe(q.lastError())));
    }
    return {};
}

Result<QList<qint64>> SourceWriter::run(const QList<SourceAction> &actions, const PersonIdentifiers &who, bool dryRun)
{
    using R = Result<QList<qint64>>;
    if (auto s = open(); !s)
        return R::failure(s.fault());
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.transaction())
        return R::failure(ErrorKind::Connection, tr("Cannot begin a transaction at %1: %2")
                                                     .arg(m_url.toDisplayString(), Database::describe(db.lastError())));
    QList<qint64> changed;
    for (const SourceAction &a : actions) {
        QSqlQuery q(db);
        if (!q.prepare(a.statement.text())) {
            db.rollback();
            return R::failure(ErrorKind::Invalid, tr("The \"%1\" statement for %2 cannot run: %3")
                                                      .arg(a.action, a.category, Database::describe(q.lastError())));
        }
        for (const QString &name : a.statement.parameters())
            q.bindValue(QLatin1Char(':') + name, a.extras.contains(name) ? a.extras.value(name) : who.value(name));
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            db.rollback();
            const ErrorKind kind = Database::classify(error) == ErrorKind::Connection ? ErrorKind::Connection : ErrorKind::Invalid;
            return R::failure(kind, tr("The \"%1\" statement for %2 failed, and nothing was changed at this source: %3")
                                        .arg(a.action, a.category, Database::describe(error)));
        }
        const qint64 rows = q.numRowsAffected();
        if (a.atMost >= 0 && rows > a.atMost) {
            db.rollback();
            return R::failure(ErrorKind::Conflict,
                              tr("The \"%1\" statement for %2 would change %3 rows, more than the %4 the dry run showed; nothing "
                                 "was changed at this source. Run the dry run again and check what it shows.")
                                  .arg(a.action, a.category)
                                  .arg(rows)
                                  .arg(a.atMost));
        }
        changed << rows;
    }
    if (dryRun) {
        db.rollback();
        return changed;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return R::failure(ErrorKind::Connection, tr("The changes at %1 could not be committed, so none were kept: %2")
                                                     .arg(m_url.toDisplayString(), Database::describe(error)));
    }
    return changed;
}

} // namespace pd
