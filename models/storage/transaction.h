#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace pd {

class Database;

// Begins a transaction on the calling thread's connection; rolls back unless commit() succeeds.
// On SQLite a transaction that will write takes the write lock at once (BEGIN IMMEDIATE, waiting
// for another writer within the busy timeout): a deferred one reads a snapshot first and fails
// with "database is locked" at its first write when another process committed in between. A
// transaction that only reads one consistent snapshot says so (ReadOnly) and blocks no writer.
class Transaction final
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    enum class Mode { Write, ReadOnly };
    explicit Transaction(const Database &db, Mode mode = Mode::Write);
    ~Transaction();

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_connection;
    Status m_begun;
    bool m_open = false;
};

} // namespace pd
