#include "verificationservice.h"

// VerificationService, part two: reading and editing the verification policy matrix
// (administrators only). Checks, codes and evidence are in verificationservice.cpp.

#include "../storage/database.h"
#include "../storage/transaction.h"
#include "../storage/verificationrepository.h"
#include "permissions.h"

#include <QJsonArray>

#include <algorithm>

namespace pd {

namespace {

QJsonArray alternativesJson(const QList<VerificationPolicy::Alternative> &alternatives)
{
    QJsonArray out;
    for (const auto &alternative : alternatives) {
        QJsonArray methods;
        for (VerificationMethod m : alternative)
            methods.append(verificationMethods().key(m));
        out.append(methods);
    }
    return out;
}

} // namespace

Result<VerificationPolicy> VerificationService::policy() const
{
    return VerificationRepository(m_db).policy();
}

Status VerificationService::setPolicy(RequestType type, QList<QList<VerificationMethod>> alternatives, const Actor &actor) const
{
    if (!Permissions::mayEditVerificationPolicy(actor.role))
        return Status::failure(ErrorKind::Denied, Permissions::whyNotEditVerificationPolicy(actor.role));
    // Here (unlike checkAlternatives) empty alternatives are simply dropped: the command line
    // writes "a;;b" as easily as "a;b".
    alternatives.removeIf([](const QList<VerificationMethod> &a) { return a.isEmpty(); });
    const auto cleaned = checkAlternatives(type, alternatives);
    if (!cleaned)
        return Status::from(cleaned);

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const auto before = VerificationRepository(m_db).policy();
    if (!before)
        return Status::from(before);
    if (auto s = writePolicy(type, before->alternatives(type), cleaned.value(), actor); !s)
        return s;
    return tx.commit();
}

Result<QList<VerificationPolicy::Alternative>> VerificationService::checkAlternatives(
    RequestType type, const QList<VerificationPolicy::Alternative> &alternatives)
{
    using R = Result<QList<VerificationPolicy::Alternative>>;
    QList<VerificationPolicy::Alternative> cleaned;
    for (qsizetype i = 0; i < alternatives.size(); ++i) {
        VerificationPolicy::Alternative methods;
        for (VerificationMethod m : alternatives.at(i)) {
            if (m == VerificationMethod::SupervisorOverride)
                return R::failure(ErrorKind::Invalid, tr("Verification policy: a supervisor override is not a way for the requester "
                                     "to prove who they are and cannot be part of the policy."));
            if (!methods.contains(m))
                methods << m;
        }
        if (methods.isEmpty())
            return R::failure(ErrorKind::Invalid, tr("Verification policy, %1, alternative %2: tick at least one method, or remove the "
                                 "alternative.")
                                  .arg(requestTypes().label(type))
                                  .arg(i + 1));
        if (!std::any_of(cleaned.cbegin(), cleaned.cend(),
                         [&](const VerificationPolicy::Alternative &a) { return sameAlternatives({a}, {methods}); }))
            cleaned << methods;
    }
    if (cleaned.isEmpty() && type != RequestType::Explanation && type != RequestType::Complaint) {
        return R::failure(ErrorKind::Invalid, tr("Verification policy: a request of type \"%1\" concerns the person's data; "
                             "give at least one way to verify the requester.")
                              .arg(requestTypes().label(type)));
    }
    return cleaned;
}

bool VerificationService::sameAlternatives(const QList<VerificationPolicy::Alternative> &a,
                                           const QList<VerificationPolicy::Alternative> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        auto x = a.at(i);
        auto y = b.at(i);
        std::sort(x.begin(), x.end());
        std::sort(y.begin(), y.end());
        x.erase(std::unique(x.begin(), x.end()), x.end());
        y.erase(std::unique(y.begin(), y.end()), y.end());
        if (x != y)
            return false;
    }
    return true;
}

Result<VerificationService::PolicySave> VerificationService::savePolicy(const VerificationPolicy &loaded,
                                                                        const VerificationPolicy &edited,
                                                                        const Actor &actor) const
{
    using R = Result<PolicySave>;
    if (!Permissions::mayEditVerificationPolicy(actor.role))
        return R::failure(ErrorKind::Denied, Permissions::whyNotEditVerificationPolicy(actor.role));
    QMap<RequestType, QList<VerificationPolicy::Alternative>> changed;
    for (RequestType type : requestTypes().all()) {
        const auto cleaned = checkAlternatives(type, edited.alternatives(type));
        if (!cleaned)
            return R::failure(cleaned.fault());
        if (!sameAlternatives(cleaned.value(), loaded.alternatives(type)))
            changed.insert(type, cleaned.value());
    }

    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().fault());
    const VerificationRepository repo(m_db);
    const auto stored = repo.policy();
    if (!stored)
        return R::failure(stored.fault());
    PolicySave outcome;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        if (!sameAlternatives(stored->alternatives(it.key()), loaded.alternatives(it.key())))
            outcome.conflicts << it.key();
    if (!outcome.conflicts.isEmpty()) {
        outcome.current = stored.value();
        return outcome; // the transaction rolls back: nothing was written
    }
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (auto s = writePolicy(it.key(), stored->alternatives(it.key()), it.value(), actor); !s)
            return R::failure(s.fault());
        outcome.saved << it.key();
    }
    const auto after = repo.policy();
    if (!after)
        return R::failure(after.fault());
    if (auto s = tx.commit(); !s)
        return R::failure(s.fault());
    outcome.current = after.value();
    return outcome;
}

Status VerificationService::writePolicy(RequestType type, const QList<VerificationPolicy::Alternative> &before,
                                        const QList<VerificationPolicy::Alternative> &after, const Actor &actor) const
{
    if (auto s = VerificationRepository(m_db).replacePolicy(type, after); !s)
        return s;
    const QString typeKey = requestTypes().key(type);
    const QJsonObject beforeJson{{QStringLiteral("request_type"), typeKey},
                                 {QStringLiteral("alternatives"), alternativesJson(before)}};
    const QJsonObject afterJson{{QStringLiteral("request_type"), typeKey},
                                {QStringLiteral("alternatives"), alternativesJson(after)}};
    return audit(actor, 0, QStringLiteral("policy_changed"), beforeJson, afterJson);
}

} // namespace pd
