#pragma once

#include "enums.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace pd {

// One recorded identity check on a request (DOMAIN.md "Identity verification").
struct VerificationCheck
{
    qint64 id = 0;
    qint64 requestId = 0;
    VerificationMethod method = VerificationMethod::AccountLogin;
    bool passed = false;
    QString detail;    // compact JSON: a note, an identifier comparison, a justification
    QString checkedBy; // username
    QDateTime at;      // UTC
};

// The policy matrix: a request type is satisfied by any one alternative, an alternative by all of
// its methods. A type without alternatives needs no verification (explanations, complaints).
struct VerificationPolicy
{
    using Alternative = QList<VerificationMethod>;

    struct Evaluation
    {
        bool satisfied = false;
        QList<VerificationMethod> missing; // of the closest alternative, plus the requester's document
    };

    QMap<RequestType, QList<Alternative>> rules;

    QList<Alternative> alternatives(RequestType type) const { return rules.value(type); }
    bool needsVerification(RequestType type) const { return !rules.value(type).isEmpty(); }

    // Given the methods that passed: one alternative must be complete, an authorised agent also
    // needs a power of attorney and a close relative a proof of kinship; a supervisor override
    // satisfies everything. The closest alternative lacks the fewest methods; on a tie, the one with
    // most already passed, then the first.
    Evaluation evaluate(RequestType type, RequesterKind requester, const QList<VerificationMethod> &passed) const;
    // The document an agent or a relative must show in addition to the person's own proof.
    static std::optional<VerificationMethod> requesterDocument(RequesterKind requester);
};

// A one-time code sent by SMS or e-mail; only a salted hash of the code is kept.
struct OneTimeCode
{
    qint64 id = 0;
    qint64 requestId = 0;
    VerificationMethod channel = VerificationMethod::SmsCode;
    QString codeHash;
    QDateTime createdAt; // UTC
    QDateTime expiresAt; // UTC
    int attempts = 0;
    QDateTime consumedAt; // invalid while the code is still usable
};

// What is known about an evidence file without reading its content.
struct EvidenceInfo
{
    qint64 id = 0;
    qint64 requestId = 0;
    QString kind;     // what the file shows, e.g. a verification method key
    QString fileName;
    QString mimeType; // detected from the content, never from the name
    qint64 size = 0;
    QString sha256;   // lower-case hex
    QString addedBy;
    QDateTime addedAt; // UTC
};

// How one identifier the requester gave compares with the person's records.
enum class IdentifierMatch { NotGiven, Match, Mismatch, NotOnRecord };
const EnumTable<IdentifierMatch> &identifierMatches();

// The outcome of comparing what the requester gave with the person's records.
struct IdentifierMatches
{
    IdentifierMatch phone = IdentifierMatch::NotGiven;
    IdentifierMatch email = IdentifierMatch::NotGiven;
    IdentifierMatch idNumber = IdentifierMatch::NotGiven;
    IdentifierMatch creditCode = IdentifierMatch::NotGiven;
    // What was given, normalised (E.164, lower case, upper-case check characters); empty if not given.
    QString givenPhone, givenEmail, givenIdNumber, givenCreditCode;
    // The verification row written: identity_document or business_licence, passed or not;
    // nothing when only a phone number or an e-mail address was compared.
    std::optional<VerificationMethod> recordedMethod;
    bool passed = false;
};

} // namespace pd
