#include "personrepository.h"

#include "database.h"
#include "requestrow.h"

#include <QSqlQuery>

namespace pd {

namespace {

constexpr const char kPersonColumns[] = "id, name, account, email, phone, id_number, company, language, credit_code";

Person personFromQuery(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.account = q.value(2).toString();
    p.email = q.value(3).toString();
    p.phone = q.value(4).toString();
    p.idNumber = q.value(5).toString();
    p.company = q.value(6).toString();
    p.language = q.value(7).toString();
    p.creditCode = q.value(8).toString();
    return p;
}

} // namespace

QString PersonRepository::searchText(const Person &person)
{
    // A phone typed without +86 is still a substring of the stored E.164 number.
    QStringList parts{person.name, person.account, person.email, person.phone};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' ')).toLower();
}

Result<qint64> PersonRepository::insert(const Person &person) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO people (name, account, email, phone, id_number, company, language, "
                             "search_text, created_at, credit_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(storage::text(person.name));
    q.addBindValue(storage::text(person.account));
    q.addBindValue(storage::text(person.email));
    q.addBindValue(storage::text(person.phone));
    q.addBindValue(storage::text(person.idNumber));
    q.addBindValue(storage::text(person.company));
    q.addBindValue(person.language.isEmpty() ? QStringLiteral("zh_CN") : person.language);
    q.addBindValue(searchText(person));
    q.addBindValue(storage::instantToText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(storage::text(person.creditCode));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::classify(q.lastError()), tr("Cannot save the person: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

Result<Person> PersonRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM people WHERE id = ?").arg(QLatin1String(kPersonColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Person>::failure(Database::classify(q.lastError()), tr("Cannot read person %1: %2").arg(id).arg(Database::describe(q.lastError())));
    if (!q.next())
        return Result<Person>::failure(ErrorKind::NotFound, tr("Person %1 does not exist.").arg(id));
    return personFromQuery(q);
}

Result<QList<Person>> PersonRepository::findBy(Identifier identifier, const QString &value) const
{
    const char *column = "phone";
    switch (identifier) {
    case Identifier::Phone: column = "phone"; break;
    case Identifier::Email: column = "email"; break;
    case Identifier::Account: column = "account"; break;
    case Identifier::ResidentId: column = "id_number"; break;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM people WHERE %2 = ? ORDER BY id LIMIT 50")
                  .arg(QLatin1String(kPersonColumns), QLatin1String(column)));
    q.addBindValue(value);
    if (!q.exec())
        return Result<QList<Person>>::failure(Database::classify(q.lastError()), tr("Cannot search people: %1").arg(Database::describe(q.lastError())));
    QList<Person> out;
    while (q.next())
        out << personFromQuery(q);
    return out;
}

Result<QList<Person>> PersonRepository::listFrom(qint64 afterId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM people WHERE id > ? ORDER BY id LIMIT %2").arg(QLatin1String(kPersonColumns)).arg(limit));
    q.addBindValue(afterId);
    if (!q.exec())
        return Result<QList<Person>>::failure(Database::classify(q.lastError()), tr("Cannot read people: %1").arg(Database::describe(q.lastError())));
    QList<Person> out;
    while (q.next())
        out << personFromQuery(q);
    return out;
}

Result<QList<qint64>> PersonRepository::requestAssignees(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT COALESCE(assignee_id, 0) FROM requests WHERE person_id = ?"));
    q.addBindValue(personId);
    if (!q.exec())
        return Result<QList<qint64>>::failure(Database::classify(q.lastError()),
                                              tr("Cannot read the person's requests: %1").arg(Database::describe(q.lastError())));
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<QList<Person>> PersonRepository::findByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // A range on the name index rather than LIKE, which neither engine serves from a plain index.
    q.prepare(QStringLiteral("SELECT %1 FROM people WHERE name >= ? AND name < ? "
                             "ORDER BY CASE WHEN name = ? THEN 0 ELSE 1 END, name, id LIMIT 50")
                  .arg(QLatin1String(kPersonColumns)));
    q.addBindValue(name);
    q.addBindValue(QString(name + QString::fromUtf8("\xF4\x8F\xBF\xBF"))); // U+10FFFF: after every continuation
    q.addBindValue(name);
    if (!q.exec())
        return Result<QList<Person>>::failure(Database::classify(q.lastError()), tr("Cannot search people: %1").arg(Database::describe(q.lastError())));
    QList<Person> out;
    while (q.next())
        out << personFromQuery(q);
    return out;
}

} // namespace pd
