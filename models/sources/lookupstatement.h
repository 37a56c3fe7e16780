#pragma once

#include "../common/result.h"
#include "../domain/records.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

namespace pd {

// The identifiers a look-up may bind, by parameter name: the person's phone (E.164 and national
// digits), e-mail, account, resident ID number and unified social credit code.
struct PersonIdentifiers
{
    QString phone, phoneNational, email, account, idNumber, creditCode;

    static PersonIdentifiers of(const Person &person);
    // The value for a parameter name (":phone" or "phone"); null when the person has none.
    QVariant value(const QString &parameter) const;
};

// A look-up as an administrator writes it: one read-only SELECT bound by the person's identifiers.
class LookupStatement final
{
    Q_DECLARE_TR_FUNCTIONS(LookupStatement)

public:
    // phone, phone_national, email, account, id_number, credit_code.
    static const QStringList &parameterNames();

    // Checks `sql` and returns it ready to run: one SELECT (or WITH … SELECT) with named
    // parameters from parameterNames() and at least one of them (a look-up that binds no
    // identifier would return everyone's records), nothing that writes, locks, reads files or
    // runs a second statement. Comments, string literals and quoted names are looked through, not
    // into. This is the first line; the statement then runs in a read-only transaction.
    static Result<LookupStatement> check(const QString &sql);

    // What a source can be told to do about a person's records in one category (per-source write
    // statements, issue 10): delete them, anonymise them in place, restrict them, mark the
    // account cancelled, correct a field.
    static const QStringList &actionNames();
    // Besides the identifiers, an action may bind :hold_cutoff (the oldest time a legal hold keeps,
    // "yyyy-MM-dd HH:mm:ss" UTC: rows older than it may go), :pseudonym (a keyed hash standing for
    // the person, for anonymised rows) and, for a correction only, :value (the corrected value).
    static const QStringList &actionParameterNames();
    // Checks a write statement: one DELETE (for "delete") or one UPDATE … SET (for the others),
    // with a WHERE bound by at least one of the person's identifiers, and otherwise the look-up's
    // rules (one statement, nothing else that writes, locks or reaches outside the database).
    static Result<LookupStatement> checkAction(const QString &sql, const QString &action);

    const QString &text() const { return m_text; }         // without a trailing semicolon
    const QStringList &parameters() const { return m_parameters; } // as used, each once, without ':'

private:
    static Result<LookupStatement> checkText(const QString &sql, const QString &action);

    QString m_text;
    QStringList m_parameters;
};

} // namespace pd
