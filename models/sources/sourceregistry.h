#pragma once

#include "../common/clock.h"
#include "../common/result.h"
#include "../domain/datasource.h"
#include "../domain/inventory.h"
#include "../domain/records.h"

#include <QCoreApplication>

namespace pd {

class Database;

// The administrator's side of the data: the inventory (the database's copy, else the shipped one)
// and the registered sources. Every change is checked first (each look-up one read-only SELECT for
// a category the inventory has) and audited in the same transaction. Statements and URLs go into
// the audit log (they hold no personal data); passwords never reach the database.
class SourceRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(SourceRegistry)

public:
    SourceRegistry(const Database &db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

    Result<Inventory> inventory() const;
    Status saveInventory(const Inventory &inventory, const Actor &actor) const;

    Result<QList<DataSource>> sources() const;
    // What is wrong with a source as typed, naming the field or the category; empty when nothing.
    Status check(const DataSource &source) const;
    // Adds (id 0) or replaces a source; returns its id.
    Result<qint64> save(DataSource source, const Actor &actor) const;
    Status remove(qint64 id, const Actor &actor) const;

private:
    const Database &m_db;
    Clock m_clock;
};

} // namespace pd
