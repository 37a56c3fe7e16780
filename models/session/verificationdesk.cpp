#include "verificationdesk.h"

#include "../storage/requestrepository.h"
#include "../workflow/requestrules.h"
#include "privatefiles.h"
#include "session.h"

#include <QFileInfo>

namespace pd {

VerificationService VerificationDesk::service() const
{
    return VerificationService(m_db, [this] { return m_session.now(); });
}

Result<VerificationDesk::State> VerificationDesk::state(qint64 requestId) const
{
    using R = Result<State>;
    const Actor actor = m_session.actor();
    const auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return R::failure(request.fault());
    if (auto s = RequestRules::mayView(actor, request.value()); !s)
        return R::failure(s.fault());
    const VerificationService v = service();
    State state;
    const auto satisfied = v.isSatisfied(requestId);
    const auto missing = v.missing(requestId);
    const auto checks = v.checks(requestId);
    const auto evidence = v.evidence(requestId);
    for (const Status &s : {Status::from(satisfied), Status::from(missing), Status::from(checks), Status::from(evidence)})
        if (!s)
            return R::failure(s.fault());
    state.satisfied = satisfied.value();
    state.missing = missing.value();
    state.checks = checks.value();
    state.evidence = evidence.value();
    state.mayVerify = RequestRules::mayVerify(actor, request.value());
    state.mayOverride = RequestRules::mayOverrideVerification(actor, request.value());
    return state;
}

Result<IdentifierMatches> VerificationDesk::matchIdentifiers(qint64 requestId, const QString &phone, const QString &email,
                                                             const QString &idNumber, const QString &creditCode) const
{
    return service().matchIdentifiers(requestId, phone, email, idNumber, creditCode, m_session.actor());
}

Status VerificationDesk::recordCheck(qint64 requestId, VerificationMethod method, bool passed, const QString &note) const
{
    return service().recordCheck(requestId, method, passed, note, m_session.actor());
}

Result<QString> VerificationDesk::issueCode(qint64 requestId, VerificationMethod channel) const
{
    return service().issueCode(requestId, channel, m_session.actor());
}

Status VerificationDesk::checkCode(qint64 requestId, VerificationMethod channel, const QString &typed) const
{
    return service().checkCode(requestId, channel, typed, m_session.actor());
}

Result<qint64> VerificationDesk::addEvidence(qint64 requestId, const QString &kind, const QString &fileName,
                                             const QByteArray &content) const
{
    return service().addEvidence(requestId, kind, fileName, content, m_session.actor());
}

Result<QString> VerificationDesk::openEvidence(qint64 evidenceId) const
{
    const VerificationService v = service();
    const auto content = v.openEvidence(evidenceId, m_session.actor());
    if (!content)
        return content.fault();
    const auto info = v.evidenceInfo(evidenceId);
    const QString name = info ? info->fileName : QStringLiteral("evidence");
    const QFileInfo file(name);
    return m_session.privateFiles().write(file.completeBaseName(), QLatin1Char('.') + file.suffix(), content.value());
}

Status VerificationDesk::overrideVerification(qint64 requestId, const QString &justification) const
{
    return service().overrideVerification(requestId, justification, m_session.actor());
}

Result<VerificationPolicy> VerificationDesk::policy() const
{
    return service().policy();
}

Result<VerificationService::PolicySave> VerificationDesk::savePolicy(const VerificationPolicy &loaded,
                                                                      const VerificationPolicy &edited) const
{
    return service().savePolicy(loaded, edited, m_session.actor());
}

Status VerificationDesk::setPolicy(RequestType type, const QList<QList<VerificationMethod>> &alternatives) const
{
    return service().setPolicy(type, alternatives, m_session.actor());
}

} // namespace pd
