#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace pd {

class Database;

// Begins a transaction on the calling thread's connection; rolls back unless commit() succeeds.
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(const Database &db);
    ~Transaction();

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_connection;
    Status m_begun;
    bool m_open = false;
};

} // namespace pd
