#pragma once

#include "../common/result.h"
#include "../domain/records.h"
#include "../domain/verification.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pd {

// Compares the identifiers a requester gives with the person's records, both normalised as they
// are stored: E.164 phone numbers, lower-cased e-mails, GB 11643 ID numbers, GB 32100 credit codes.
class IdentifierMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(IdentifierMatcher)

public:
    // Fills the given* fields; blank inputs stay empty. Fails with the field's message on the first
    // invalid one, or when nothing at all was given.
    static Result<IdentifierMatches> normalise(const QString &phone, const QString &email, const QString &idNumber,
                                               const QString &creditCode);
    // Fills the per-identifier outcome, the method to record and whether it passed:
    // identity_document when the ID number matches, else business_licence when the credit code
    // matches, else a failed one of the document that was given; none for phone or e-mail alone.
    static void compare(IdentifierMatches &matches, const Person &person);
    // The outcomes only (no identifiers), as stored in the check's detail.
    static QJsonObject outcomes(const IdentifierMatches &matches);
};

} // namespace pd
