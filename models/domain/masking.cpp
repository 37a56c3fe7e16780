#include "masking.h"

namespace pd {

namespace {

constexpr EnumEntry<PersonField> kPersonFields[] = {
    {PersonField::Phone, "phone", QT_TRANSLATE_NOOP("PersonField", "Phone")},
    {PersonField::Email, "email", QT_TRANSLATE_NOOP("PersonField", "E-mail")},
    {PersonField::Account, "account", QT_TRANSLATE_NOOP("PersonField", "Account")},
    {PersonField::IdNumber, "id_number", QT_TRANSLATE_NOOP("PersonField", "Resident ID number")},
    {PersonField::CreditCode, "credit_code", QT_TRANSLATE_NOOP("PersonField", "Unified social credit code")},
};

// Keeps `head` characters and `tail` characters and puts `stars` asterisks between them; values
// too short for that keep only their first character.
QString keepEnds(const QString &value, qsizetype head, qsizetype tail, qsizetype stars)
{
    if (value.isEmpty())
        return {};
    if (value.size() <= head + tail)
        return value.left(1) + QString(std::max<qsizetype>(3, value.size() - 1), QLatin1Char('*'));
    return value.left(head) + QString(stars, QLatin1Char('*')) + value.right(tail);
}

} // namespace

const EnumTable<PersonField> &personFields()
{
    static constexpr EnumTable<PersonField> t("PersonField", kPersonFields);
    return t;
}

QString Masking::phone(const QString &e164)
{
    if (e164.startsWith(QLatin1String("+86")))
        return keepEnds(e164.mid(3), 3, 4, 4);
    // Another country: the country code stays, the middle goes.
    return keepEnds(e164, std::min<qsizetype>(7, e164.size() / 2), 2, 4);
}

QString Masking::idNumber(const QString &value)
{
    return keepEnds(value, 4, 4, std::max<qsizetype>(4, value.size() - 8));
}

QString Masking::email(const QString &value)
{
    const qsizetype at = value.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return keepEnds(value, 1, 0, 3);
    return value.left(1) + QStringLiteral("***") + value.mid(at);
}

QString Masking::account(const QString &value)
{
    return keepEnds(value, 3, 2, 4);
}

QString Masking::creditCode(const QString &value)
{
    return idNumber(value);
}

QString Masking::mask(PersonField field, const QString &value)
{
    switch (field) {
    case PersonField::Phone: return phone(value);
    case PersonField::Email: return email(value);
    case PersonField::Account: return account(value);
    case PersonField::IdNumber: return idNumber(value);
    case PersonField::CreditCode: return creditCode(value);
    }
    return {};
}

QString Masking::value(const Person &person, PersonField field)
{
    switch (field) {
    case PersonField::Phone: return person.phone;
    case PersonField::Email: return person.email;
    case PersonField::Account: return person.account;
    case PersonField::IdNumber: return person.idNumber;
    case PersonField::CreditCode: return person.creditCode;
    }
    return {};
}

} // namespace pd
