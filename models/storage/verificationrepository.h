#pragma once

#include "../common/result.h"
#include "../domain/verification.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace pd {

class Database;

// Identity verification storage: the policy matrix (verification_rules), recorded checks
// (verifications), one-time codes and evidence files. Writes belong inside the caller's Transaction.
class VerificationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(VerificationRepository)

public:
    explicit VerificationRepository(const Database &db) : m_db(db) {}

    // Policy matrix. Rows with an unknown type or method key (from a newer program) are skipped.
    Result<VerificationPolicy> policy() const;
    // Replaces every alternative of one request type; alternatives are numbered from 1.
    Status replacePolicy(RequestType type, const QList<VerificationPolicy::Alternative> &alternatives) const;

    // Checks.
    Result<qint64> insertCheck(const VerificationCheck &check) const;
    Result<QList<VerificationCheck>> checks(qint64 requestId) const;

    // One-time codes.
    Result<qint64> insertCode(const OneTimeCode &code) const;
    // The newest code for the request and channel that is neither consumed nor replaced.
    Result<std::optional<OneTimeCode>> latestOpenCode(qint64 requestId, VerificationMethod channel) const;
    // Returns the attempts after counting this one.
    Result<int> incrementAttempts(qint64 codeId) const;
    // Fails when the code was used or replaced meanwhile.
    Status consumeCode(qint64 codeId, const QDateTime &at) const;
    // Marks every open code of the request and channel as used up (a new code replaces them).
    Status retireOpenCodes(qint64 requestId, VerificationMethod channel, const QDateTime &at) const;

    // Evidence. Lists and metadata never read the content.
    Result<qint64> insertEvidence(const EvidenceInfo &info, const QByteArray &content) const;
    Result<QList<EvidenceInfo>> evidence(qint64 requestId) const;
    Result<EvidenceInfo> evidenceInfo(qint64 evidenceId) const;
    Result<QByteArray> evidenceContent(qint64 evidenceId) const;

private:
    const Database &m_db;
};

} // namespace pd
