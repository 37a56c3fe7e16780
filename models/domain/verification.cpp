#include "verification.h"

namespace pd {

namespace {

constexpr EnumEntry<IdentifierMatch> kIdentifierMatches[] = {
    {IdentifierMatch::NotGiven, "not_given", QT_TRANSLATE_NOOP("IdentifierMatch", "Not given")},
    {IdentifierMatch::Match, "match", QT_TRANSLATE_NOOP("IdentifierMatch", "Matches the records")},
    {IdentifierMatch::Mismatch, "mismatch", QT_TRANSLATE_NOOP("IdentifierMatch", "Does not match the records")},
    {IdentifierMatch::NotOnRecord, "not_on_record", QT_TRANSLATE_NOOP("IdentifierMatch", "Not on record")},
};

} // namespace

const EnumTable<IdentifierMatch> &identifierMatches()
{
    static constexpr EnumTable<IdentifierMatch> t("IdentifierMatch", kIdentifierMatches);
    return t;
}

std::optional<VerificationMethod> VerificationPolicy::requesterDocument(RequesterKind requester)
{
    switch (requester) {
    case RequesterKind::AuthorisedAgent: return VerificationMethod::PowerOfAttorney;
    case RequesterKind::CloseRelative: return VerificationMethod::ProofOfKinship;
    case RequesterKind::Self: break;
    }
    return std::nullopt;
}

VerificationPolicy::Evaluation VerificationPolicy::evaluate(RequestType type, RequesterKind requester,
                                                            const QList<VerificationMethod> &passed) const
{
    Evaluation e;
    const QList<Alternative> options = alternatives(type);
    if (passed.contains(VerificationMethod::SupervisorOverride) || options.isEmpty()) {
        e.satisfied = true; // overridden, or nothing to prove (explanations, complaints)
        return e;
    }
    // Fewest methods lacking; on a tie the one already under way (most passed), then the first.
    QList<VerificationMethod> closest;
    qsizetype closestDone = -1;
    for (const Alternative &alternative : options) {
        QList<VerificationMethod> lacking;
        for (VerificationMethod m : alternative)
            if (!passed.contains(m))
                lacking << m;
        const qsizetype done = alternative.size() - lacking.size();
        if (closestDone < 0 || lacking.size() < closest.size() || (lacking.size() == closest.size() && done > closestDone)) {
            closest = lacking;
            closestDone = done;
        }
    }
    e.missing = closest;
    if (const auto document = requesterDocument(requester); document && !passed.contains(*document) && !e.missing.contains(*document))
        e.missing << *document;
    e.satisfied = e.missing.isEmpty();
    return e;
}

} // namespace pd
