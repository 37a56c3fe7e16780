#pragma once

#include "../common/result.h"
#include "../domain/records.h"

#include <QCoreApplication>

namespace pd {

class Database;

class PersonRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    enum class Identifier { Phone, Email, Account, ResidentId };

    explicit PersonRepository(const Database &db) : m_db(db) {}

    Result<qint64> insert(const Person &person) const;
    Result<Person> get(qint64 id) const;
    // Exact match on one normalised identifier.
    Result<QList<Person>> findBy(Identifier identifier, const QString &value) const;

    // People whose name is `name` or begins with it (at most 50, exact matches first).
    Result<QList<Person>> findByName(const QString &name) const;

    // People with an id above `afterId`, by id, at most `limit` (a keyset page).
    Result<QList<Person>> listFrom(qint64 afterId, int limit) const;
    // Who the person's requests are assigned to (0: unassigned), each once.
    Result<QList<qint64>> requestAssignees(qint64 personId) const;

    // What free-text search looks in: name, account, e-mail and phone, lower-cased.
    static QString searchText(const Person &person);

private:
    const Database &m_db;
};

} // namespace pd
