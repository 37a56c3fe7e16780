#include "identifiermatcher.h"

#include "../domain/validation.h"

namespace pd {

namespace {

using Validator = Result<QString> (*)(const QString &);

Result<QString> phone(const QString &v) { return Validation::phone(v); }

// What was given, normalised; an empty string when blank.
Status normaliseOne(const QString &typed, QString &out, Validator validator)
{
    if (typed.trimmed().isEmpty())
        return {};
    const Result<QString> r = validator(typed);
    if (!r)
        return Status::failure(r.fault());
    out = r.value();
    return {};
}

// Records are normalised too, in case an older row was stored in another form.
IdentifierMatch compareOne(const QString &given, const QString &onRecord, Validator validator)
{
    if (given.isEmpty())
        return IdentifierMatch::NotGiven;
    if (onRecord.trimmed().isEmpty())
        return IdentifierMatch::NotOnRecord;
    const Result<QString> normalised = validator(onRecord);
    return (normalised ? normalised.value() : onRecord) == given ? IdentifierMatch::Match : IdentifierMatch::Mismatch;
}

} // namespace

Result<IdentifierMatches> IdentifierMatcher::normalise(const QString &phoneNumber, const QString &email,
                                                       const QString &idNumber, const QString &creditCode)
{
    using R = Result<IdentifierMatches>;
    IdentifierMatches m;
    for (const Status &s : {normaliseOne(phoneNumber, m.givenPhone, &phone),
                            normaliseOne(email, m.givenEmail, &Validation::email),
                            normaliseOne(idNumber, m.givenIdNumber, &Validation::residentId),
                            normaliseOne(creditCode, m.givenCreditCode, &Validation::creditCode)}) {
        if (!s)
            return R::failure(s.fault());
    }
    if (m.givenPhone.isEmpty() && m.givenEmail.isEmpty() && m.givenIdNumber.isEmpty() && m.givenCreditCode.isEmpty()) {
        return R::failure(ErrorKind::Invalid, tr("Identifiers: give at least one of phone number, e-mail, resident ID number or "
                             "unified social credit code to compare with the records."));
    }
    return m;
}

void IdentifierMatcher::compare(IdentifierMatches &m, const Person &person)
{
    m.phone = compareOne(m.givenPhone, person.phone, &phone);
    m.email = compareOne(m.givenEmail, person.email, &Validation::email);
    m.idNumber = compareOne(m.givenIdNumber, person.idNumber, &Validation::residentId);
    m.creditCode = compareOne(m.givenCreditCode, person.creditCode, &Validation::creditCode);

    m.recordedMethod.reset();
    if (m.idNumber == IdentifierMatch::Match)
        m.recordedMethod = VerificationMethod::IdentityDocument;
    else if (m.creditCode == IdentifierMatch::Match)
        m.recordedMethod = VerificationMethod::BusinessLicence;
    else if (m.idNumber != IdentifierMatch::NotGiven)
        m.recordedMethod = VerificationMethod::IdentityDocument;
    else if (m.creditCode != IdentifierMatch::NotGiven)
        m.recordedMethod = VerificationMethod::BusinessLicence;
    m.passed = m.idNumber == IdentifierMatch::Match || m.creditCode == IdentifierMatch::Match;
}

QJsonObject IdentifierMatcher::outcomes(const IdentifierMatches &m)
{
    return {{QStringLiteral("phone"), identifierMatches().key(m.phone)},
            {QStringLiteral("email"), identifierMatches().key(m.email)},
            {QStringLiteral("id_number"), identifierMatches().key(m.idNumber)},
            {QStringLiteral("credit_code"), identifierMatches().key(m.creditCode)}};
}

} // namespace pd
