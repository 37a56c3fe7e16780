#pragma once

#include "enumtable.h"
#include "records.h"

#include <QCoreApplication>
#include <QString>

namespace pd {

// The fields of a person that are personal data shown masked by default (lists, panels, the CLI):
// revealing one is a deliberate, audited action.
enum class PersonField { Phone, Email, Account, IdNumber, CreditCode };
const EnumTable<PersonField> &personFields();

// How a masked value looks: enough to recognise it on the phone, not enough to use it.
//   phone       +8613800138000 -> 138****8000 (other countries: +44 7400 ****23)
//   resident ID 310101199001011234 -> 3101**********1234
//   e-mail      wang.fang@example.com -> w***@example.com
//   account     u10000030 -> u10****30
//   credit code 91310000MA1FL8XX3K -> 9131**********XX3K
class Masking final
{
public:
    static QString phone(const QString &e164);
    static QString idNumber(const QString &value);
    static QString email(const QString &value);
    static QString account(const QString &value);
    static QString creditCode(const QString &value);
    static QString mask(PersonField field, const QString &value);
    // The stored value of a field.
    static QString value(const Person &person, PersonField field);
};

} // namespace pd
