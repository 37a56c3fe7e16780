#pragma once

#include "../common/clock.h"
#include "../common/result.h"
#include "../domain/records.h"
#include "../domain/verification.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace pd {

class Database;

// Identity verification of requesters (DOMAIN.md "Identity verification"): the policy matrix,
// identifier matching, staff-recorded checks, one-time codes, evidence files and supervisor
// overrides. Agents and supervisors verify; only administrators edit the policy. Every write runs
// in one Transaction together with its audit entry (entity "request").
class VerificationService final
{
    Q_DECLARE_TR_FUNCTIONS(VerificationService)

public:
    static constexpr int kCodeDigits = 6;
    static constexpr int kCodeValidSeconds = 10 * 60;
    static constexpr int kCodeMaxAttempts = 3;

    explicit VerificationService(const Database &db, Clock clock = systemClock());

    // True when the passed checks satisfy one alternative of the policy for the request's type
    // (a type without alternatives always is), plus a power of attorney for an authorised agent
    // or a proof of kinship for a close relative; a supervisor override satisfies everything.
    Result<bool> isSatisfied(qint64 requestId) const;
    // What the closest alternative still lacks (with the agent's or relative's document); empty
    // when satisfied.
    Result<QList<VerificationMethod>> missing(qint64 requestId) const;
    Result<QList<VerificationCheck>> checks(qint64 requestId) const;

    Result<VerificationPolicy> policy() const;
    // Administrators only. Types that concern the data itself need at least one alternative.
    Status setPolicy(RequestType type, QList<QList<VerificationMethod>> alternatives, const Actor &actor) const;

    // What an editor of the policy is told about one request type's alternatives: every
    // alternative needs a method, none may be a supervisor override, and a type that concerns the
    // person's data needs at least one alternative. The message names the type and the alternative
    // (numbered from 1). Returns the alternatives with repeated methods and alternatives dropped.
    static Result<QList<VerificationPolicy::Alternative>> checkAlternatives(RequestType type,
                                                                            const QList<VerificationPolicy::Alternative> &alternatives);
    // True when both list the same alternatives in the same order (the order of methods inside an
    // alternative does not matter).
    static bool sameAlternatives(const QList<VerificationPolicy::Alternative> &a,
                                 const QList<VerificationPolicy::Alternative> &b);

    struct PolicySave
    {
        QList<RequestType> saved;     // types written (one audit entry each)
        QList<RequestType> conflicts; // types someone else changed since `loaded`: nothing was written
        VerificationPolicy current;   // the stored policy after the call
    };
    // Administrators only. Saves, in one transaction, every type whose alternatives differ between
    // loaded (what the editor started from) and edited. If another user changed any of those types
    // since loaded was read, nothing is written and conflicts names them (a lost update is never
    // silent); types only the other user changed are no conflict and stay as they are.
    Result<PolicySave> savePolicy(const VerificationPolicy &loaded, const VerificationPolicy &edited, const Actor &actor) const;

    // Normalises what the requester gave and compares it with the person's records (IdentifierMatcher).
    // Records one check when a resident ID number or credit code was given (identity_document when
    // the ID number matches, else business_licence when the credit code matches, else a failed one);
    // invalid input writes nothing.
    Result<IdentifierMatches> matchIdentifiers(qint64 requestId, const QString &phone, const QString &email,
                                               const QString &idNumber, const QString &creditCode,
                                               const Actor &actor) const;
    // Staff confirm what they saw: an account-login match, a signed letter, a document. Codes and
    // overrides have their own calls.
    Status recordCheck(qint64 requestId, VerificationMethod method, bool passed, const QString &note,
                       const Actor &actor) const;

    // Issues a 6-digit code for SmsCode or EmailCode and returns it for sending; only a salted hash
    // is stored. It is valid for 10 minutes and replaces earlier codes of the channel.
    Result<QString> issueCode(qint64 requestId, VerificationMethod channel, const Actor &actor) const;
    // Every check counts as an attempt (kept even when refused); after 3 the code is refused even
    // when right. The right code in time records a passed check of the channel's method.
    Status checkCode(qint64 requestId, VerificationMethod channel, const QString &typed, const Actor &actor) const;

    // Stores a PNG, JPEG or PDF (detected from its first bytes) of at most 20 MB with its SHA-256
    // (EvidenceFile has the rules).
    Result<qint64> addEvidence(qint64 requestId, const QString &kind, const QString &fileName,
                               const QByteArray &content, const Actor &actor) const;
    // Reading the content is audited; a file whose SHA-256 no longer matches is refused.
    Result<QByteArray> openEvidence(qint64 evidenceId, const Actor &actor) const;
    Result<QList<EvidenceInfo>> evidence(qint64 requestId) const;
    Result<EvidenceInfo> evidenceInfo(qint64 evidenceId) const;

    // Supervisors only, with a written justification: records a passed supervisor_override.
    Status overrideVerification(qint64 requestId, const QString &justification, const Actor &actor) const;

    // What recordCheck and overrideVerification write, decided without the database (bulk loads
    // such as the demo data write the same rows): the check, and its audit entry once the check
    // has its id. An empty note or justification is kept out of the check's detail.
    // The rules recordCheck and overrideVerification apply before writing (note and justification
    // already trimmed).
    static Status mayRecordCheck(VerificationMethod method, const QString &note, const Actor &actor);
    static Status mayOverride(const QString &justification, const Actor &actor);
    static VerificationCheck staffCheck(qint64 requestId, VerificationMethod method, bool passed, const QString &note,
                                        const QString &checkedBy, const QDateTime &at);
    static AuditEntry staffCheckAudit(const VerificationCheck &saved, const QString &note);
    static VerificationCheck overrideCheck(qint64 requestId, const QString &justification, const QString &checkedBy,
                                           const QDateTime &at);
    static AuditEntry overrideAudit(const VerificationCheck &saved, const QString &justification);

private:
    Result<VerificationPolicy::Evaluation> evaluate(qint64 requestId) const;
    static Status mayVerify(const Actor &actor);
    // Loads the request and applies a RequestRules check to it.
    Status checkRequest(qint64 requestId, const std::function<Status(const Request &)> &rule) const;
    Result<VerificationCheck> writeCheck(qint64 requestId, VerificationMethod method, bool passed,
                                         const QJsonObject &detail, const Actor &actor) const;
    // Inside the caller's Transaction: replaces one type's alternatives and audits the change.
    Status writePolicy(RequestType type, const QList<VerificationPolicy::Alternative> &before,
                       const QList<VerificationPolicy::Alternative> &after, const Actor &actor) const;
    // Appends to the audit log inside the caller's Transaction: entity "request", or
    // "verification_policy" when requestId is 0.
    Status audit(const Actor &actor, qint64 requestId, const QString &action, const QJsonObject &before,
                 const QJsonObject &after) const;

    const Database &m_db;
    Clock m_clock;
};

} // namespace pd
