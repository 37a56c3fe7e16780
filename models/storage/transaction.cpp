#include "transaction.h"

#include "database.h"

namespace pd {

Transaction::Transaction(const Database &db) : m_connection(db.connection())
{
    if (!m_connection.isOpen())
        m_begun = Status::failure(tr("The database connection is closed."));
    else if (!m_connection.transaction())
        m_begun = Status::failure(tr("Cannot start a transaction: %1").arg(Database::describe(m_connection.lastError())));
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
        return m_begun.ok() ? Status::failure(tr("The transaction is already closed.")) : m_begun;
    m_open = false;
    if (!m_connection.commit()) {
        const QString why = Database::describe(m_connection.lastError());
        m_connection.rollback();
        return Status::failure(tr("Cannot save the changes: %1").arg(why));
    }
    return {};
}

} // namespace pd
