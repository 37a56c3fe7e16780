#pragma once

#include "../common/result.h"
#include "../domain/verification.h"
#include "../workflow/verificationservice.h"

#include <QCoreApplication>

namespace pd {

class Database;
class Session;

// Identity verification for the signed-in actor (VerificationService holds the rules).
class VerificationDesk final
{
    Q_DECLARE_TR_FUNCTIONS(VerificationDesk)

public:
    struct State
    {
        bool satisfied = false;
        QList<VerificationMethod> missing;
        QList<VerificationCheck> checks;
        QList<EvidenceInfo> evidence;
        Status mayVerify, mayOverride;
    };
    VerificationDesk(const Database &db, const Session &session) : m_db(db), m_session(session) {}

    Result<State> state(qint64 requestId) const;
    Result<IdentifierMatches> matchIdentifiers(qint64 requestId, const QString &phone, const QString &email,
                                               const QString &idNumber, const QString &creditCode) const;
    Status recordCheck(qint64 requestId, VerificationMethod method, bool passed, const QString &note) const;
    Result<QString> issueCode(qint64 requestId, VerificationMethod channel) const;
    Status checkCode(qint64 requestId, VerificationMethod channel, const QString &typed) const;
    Result<qint64> addEvidence(qint64 requestId, const QString &kind, const QString &fileName, const QByteArray &content) const;
    // The file, checked against its SHA-256 and audited, written to the session's private folder.
    Result<QString> openEvidence(qint64 evidenceId) const;
    Status overrideVerification(qint64 requestId, const QString &justification) const;

    Result<VerificationPolicy> policy() const;
    Result<VerificationService::PolicySave> savePolicy(const VerificationPolicy &loaded, const VerificationPolicy &edited) const;
    Status setPolicy(RequestType type, const QList<QList<VerificationMethod>> &alternatives) const;

private:
    VerificationService service() const;

    const Database &m_db;
    const Session &m_session;
};

} // namespace pd
