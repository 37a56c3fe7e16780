#include "transaction.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

Transaction::Transaction(const Database &db, Mode mode) : m_connection(db.connection())
{
    // Nothing has been written yet, so a lost connection can safely be replaced here.
    if (!m_connection.isOpen() || !db.isAlive()) {
        m_connection = QSqlDatabase(); // release the dead handle before it is replaced
        if (auto s = db.reconnect(); !s) {
            m_begun = Status::failure(ErrorKind::Connection, tr("The connection to the database was lost and could not be restored: %1")
                                          .arg(s.error()));
            return;
        }
        m_connection = db.connection();
    }
    if (db.dialect() == Dialect::SQLite && mode == Mode::Write) {
        // The driver's commit() and rollback() send COMMIT and ROLLBACK whatever began it.
        QSqlQuery begin(m_connection);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            m_begun = Status::failure(Database::classify(begin.lastError()), tr("Cannot start a transaction: %1").arg(Database::describe(begin.lastError())));
        else
            m_open = true;
        return;
    }
    if (!m_connection.transaction())
        m_begun = Status::failure(Database::classify(m_connection.lastError()), tr("Cannot start a transaction: %1").arg(Database::describe(m_connection.lastError())));
    else
        m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        m_connection.rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status::failure(ErrorKind::Internal, tr("The transaction is already closed.")) : m_begun;
    m_open = false;
    if (!m_connection.commit()) {
        const QString why = Database::describe(m_connection.lastError());
        m_connection.rollback();
        return Status::failure(ErrorKind::Internal, tr("Cannot save the changes: %1").arg(why));
    }
    return {};
}

} // namespace pd
