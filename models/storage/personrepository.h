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

    // What free-text search looks in: name, account, e-mail and phone, lower-cased.
    static QString searchText(const Person &person);

private:
    const Database &m_db;
};

} // namespace pd
