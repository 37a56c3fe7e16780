#include "verificationservice.h"

#include "../audit/auditlog.h"
#include "../common/displayformat.h"
#include "../storage/database.h"
#include "../storage/personrepository.h"
#include "../storage/requestrepository.h"
#include "../storage/transaction.h"
#include "../storage/verificationrepository.h"
#include "evidencefile.h"
#include "identifiermatcher.h"
#include "requestrules.h"
#include "onetimecodehash.h"

#include <QJsonDocument>

#include <algorithm>

namespace pd {

namespace {

constexpr int kMaxNoteLength = 2000;

QString json(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool isCodeChannel(VerificationMethod m)
{
    return m == VerificationMethod::SmsCode || m == VerificationMethod::EmailCode;
}

} // namespace

VerificationService::VerificationService(const Database &db, Clock clock) : m_db(db), m_clock(std::move(clock)) {}

Status VerificationService::mayVerify(const Actor &actor)
{
    if (actor.role == Role::Agent || actor.role == Role::Supervisor)
        return {};
    return Status::failure(ErrorKind::Denied, tr("Only agents and supervisors verify requesters; administrators edit the verification policy."));
}

Status VerificationService::checkRequest(qint64 requestId, const std::function<Status(const Request &)> &rule) const
{
    const auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return Status::from(request);
    return rule(request.value());
}

Status VerificationService::audit(const Actor &actor, qint64 requestId, const QString &action, const QJsonObject &before,
                                  const QJsonObject &after) const
{
    AuditEntry e;
    e.at = m_clock();
    e.actor = actor.username;
    e.entity = requestId > 0 ? QStringLiteral("request") : QStringLiteral("verification_policy");
    e.entityId = requestId;
    e.requestId = requestId;
    e.action = action;
    e.beforeJson = json(before);
    e.afterJson = json(after);
    return Status::from(AuditLog(m_db).append(e));
}

Result<VerificationCheck> VerificationService::writeCheck(qint64 requestId, VerificationMethod method, bool passed,
                                                          const QJsonObject &detail, const Actor &actor) const
{
    VerificationCheck c;
    c.requestId = requestId;
    c.method = method;
    c.passed = passed;
    c.detail = json(detail);
    c.checkedBy = actor.username;
    c.at = m_clock().toUTC();
    auto id = VerificationRepository(m_db).insertCheck(c);
    if (!id)
        return Result<VerificationCheck>::failure(id.fault());
    c.id = id.value();
    return c;
}

// ---- Policy and evaluation ---------------------------------------------------------------

Result<VerificationPolicy::Evaluation> VerificationService::evaluate(qint64 requestId) const
{
    using R = Result<VerificationPolicy::Evaluation>;
    const auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return R::failure(request.fault());
    const VerificationRepository repo(m_db);
    const auto checks = repo.checks(requestId);
    if (!checks)
        return R::failure(checks.fault());
    QList<VerificationMethod> passed;
    for (const VerificationCheck &c : checks.value())
        if (c.passed && !passed.contains(c.method))
            passed << c.method;
    const auto policy = repo.policy();
    if (!policy)
        return R::failure(policy.fault());
    return policy->evaluate(request->type, request->requesterKind, passed);
}

Result<bool> VerificationService::isSatisfied(qint64 requestId) const
{
    const auto e = evaluate(requestId);
    if (!e)
        return Result<bool>::failure(e.fault());
    return e->satisfied;
}

Result<QList<VerificationMethod>> VerificationService::missing(qint64 requestId) const
{
    const auto e = evaluate(requestId);
    if (!e)
        return Result<QList<VerificationMethod>>::failure(e.fault());
    return e->missing;
}

Result<QList<VerificationCheck>> VerificationService::checks(qint64 requestId) const
{
    return VerificationRepository(m_db).checks(requestId);
}

// ---- Identifiers and staff checks ----------------------------------------------------------

Result<IdentifierMatches> VerificationService::matchIdentifiers(qint64 requestId, const QString &phone, const QString &email,
                                                                const QString &idNumber, const QString &creditCode,
                                                                const Actor &actor) const
{
    using R = Result<IdentifierMatches>;
    if (auto s = mayVerify(actor); !s)
        return R::failure(s.fault());

    auto normalised = IdentifierMatcher::normalise(phone, email, idNumber, creditCode);
    if (!normalised)
        return normalised;
    IdentifierMatches m = normalised.value();

    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().fault());
    const auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return R::failure(request.fault());
    if (auto s = RequestRules::mayVerify(actor, request.value()); !s)
        return R::failure(s.fault());
    const auto person = PersonRepository(m_db).get(request->personId);
    if (!person)
        return R::failure(person.fault());

    IdentifierMatcher::compare(m, person.value());
    const QJsonObject comparison = IdentifierMatcher::outcomes(m);
    QJsonObject after{{QStringLiteral("comparison"), comparison}};
    QString action = QStringLiteral("identifiers_matched");
    if (m.recordedMethod) {
        const auto check = writeCheck(requestId, *m.recordedMethod, m.passed, comparison, actor);
        if (!check)
            return R::failure(check.fault());
        after.insert(QStringLiteral("verification_id"), check->id);
        after.insert(QStringLiteral("method"), verificationMethods().key(*m.recordedMethod));
        after.insert(QStringLiteral("passed"), m.passed);
        action = QStringLiteral("verification_recorded");
    }
    if (auto s = audit(actor, requestId, action, {}, after); !s)
        return R::failure(s.fault());
    if (auto s = tx.commit(); !s)
        return R::failure(s.fault());
    return m;
}

Status VerificationService::recordCheck(qint64 requestId, VerificationMethod method, bool passed, const QString &note,
                                        const Actor &actor) const
{
    const QString text = note.trimmed();
    if (auto s = mayRecordCheck(method, text, actor); !s)
        return s;

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto s = checkRequest(requestId, [&](const Request &r) { return RequestRules::mayVerify(actor, r); }); !s)
        return s;
    VerificationCheck check = staffCheck(requestId, method, passed, text, actor.username, m_clock());
    auto id = VerificationRepository(m_db).insertCheck(check);
    if (!id)
        return Status::from(id);
    check.id = id.value();
    if (auto a = AuditLog(m_db).append(staffCheckAudit(check, text)); !a)
        return Status::from(a);
    return tx.commit();
}

Status VerificationService::mayRecordCheck(VerificationMethod method, const QString &note, const Actor &actor)
{
    if (auto s = mayVerify(actor); !s)
        return s;
    if (isCodeChannel(method))
        return Status::failure(ErrorKind::Invalid, tr("An SMS or e-mail code counts only when it is checked here: issue a code and enter "
                                  "the one the requester received."));
    if (method == VerificationMethod::SupervisorOverride)
        return Status::failure(ErrorKind::Invalid, tr("A supervisor override needs its own justification: use Override verification."));
    if (note.size() > kMaxNoteLength)
        return Status::failure(ErrorKind::Invalid, tr("Note: at most %1 characters (now %2).").arg(kMaxNoteLength).arg(note.size()));
    return {};
}

VerificationCheck VerificationService::staffCheck(qint64 requestId, VerificationMethod method, bool passed,
                                                  const QString &note, const QString &checkedBy, const QDateTime &at)
{
    QJsonObject detail;
    if (!note.isEmpty())
        detail.insert(QStringLiteral("note"), note);
    return VerificationCheck{0, requestId, method, passed, json(detail), checkedBy, at.toUTC()};
}

AuditEntry VerificationService::staffCheckAudit(const VerificationCheck &saved, const QString &note)
{
    const QJsonObject after{{QStringLiteral("verification_id"), saved.id},
                            {QStringLiteral("method"), verificationMethods().key(saved.method)},
                            {QStringLiteral("passed"), saved.passed},
                            {QStringLiteral("note"), note}};
    return AuditEntry{0, saved.at, saved.checkedBy, QStringLiteral("request"), saved.requestId, saved.requestId,
                      QStringLiteral("verification_recorded"), QString(), json(after), {}, {}};
}

VerificationCheck VerificationService::overrideCheck(qint64 requestId, const QString &justification,
                                                     const QString &checkedBy, const QDateTime &at)
{
    return VerificationCheck{0, requestId, VerificationMethod::SupervisorOverride, true,
                             json({{QStringLiteral("justification"), justification}}), checkedBy, at.toUTC()};
}

AuditEntry VerificationService::overrideAudit(const VerificationCheck &saved, const QString &justification)
{
    const QJsonObject after{{QStringLiteral("verification_id"), saved.id}, {QStringLiteral("justification"), justification}};
    return AuditEntry{0, saved.at, saved.checkedBy, QStringLiteral("request"), saved.requestId, saved.requestId,
                      QStringLiteral("verification_overridden"), QString(), json(after), {}, {}};
}

Status VerificationService::mayOverride(const QString &justification, const Actor &actor)
{
    if (actor.role != Role::Supervisor)
        return Status::failure(ErrorKind::Denied, tr("Only a supervisor may override identity verification."));
    if (justification.isEmpty())
        return Status::failure(ErrorKind::Invalid, tr("Justification: explain why the requester's identity is accepted without the usual checks."));
    if (justification.size() > kMaxNoteLength)
        return Status::failure(ErrorKind::Invalid, tr("Justification: at most %1 characters (now %2).").arg(kMaxNoteLength).arg(justification.size()));
    return {};
}

Status VerificationService::overrideVerification(qint64 requestId, const QString &justification, const Actor &actor) const
{
    const QString text = justification.trimmed();
    if (auto s = mayOverride(text, actor); !s)
        return s;

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto s = checkRequest(requestId, [&](const Request &r) { return RequestRules::mayOverrideVerification(actor, r); }); !s)
        return s;
    VerificationCheck check = overrideCheck(requestId, text, actor.username, m_clock());
    auto id = VerificationRepository(m_db).insertCheck(check);
    if (!id)
        return Status::from(id);
    check.id = id.value();
    if (auto a = AuditLog(m_db).append(overrideAudit(check, text)); !a)
        return Status::from(a);
    return tx.commit();
}

// ---- One-time codes ----------------------------------------------------------------------

Result<QString> VerificationService::issueCode(qint64 requestId, VerificationMethod channel, const Actor &actor) const
{
    using R = Result<QString>;
    if (auto s = mayVerify(actor); !s)
        return R::failure(s.fault());
    if (!isCodeChannel(channel))
        return R::failure(ErrorKind::Invalid, tr("One-time codes are sent by SMS or e-mail only."));
    auto code = OneTimeCodeHash::generate(kCodeDigits);
    if (!code)
        return code;

    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().fault());
    const auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return R::failure(request.fault());
    if (auto s = RequestRules::mayVerify(actor, request.value()); !s)
        return R::failure(s.fault());
    const auto person = PersonRepository(m_db).get(request->personId);
    if (!person)
        return R::failure(person.fault());
    if (channel == VerificationMethod::SmsCode && person->phone.isEmpty())
        return R::failure(ErrorKind::Invalid, tr("%1 has no phone number on record: an SMS code can only go to the registered phone.").arg(person->name));
    if (channel == VerificationMethod::EmailCode && person->email.isEmpty())
        return R::failure(ErrorKind::Invalid, tr("%1 has no e-mail address on record: an e-mail code can only go to the registered address.").arg(person->name));

    QDateTime now = m_clock().toUTC();
    now = now.addMSecs(-now.time().msec()); // whole seconds, as stored
    OneTimeCode row;
    row.requestId = requestId;
    row.channel = channel;
    row.codeHash = OneTimeCodeHash::hash(requestId, verificationMethods().key(channel), code.value());
    if (row.codeHash.isEmpty())
        return R::failure(ErrorKind::Internal, tr("Cannot protect the one-time code: the cryptography library is not available."));
    row.createdAt = now;
    row.expiresAt = now.addSecs(kCodeValidSeconds);
    const VerificationRepository repo(m_db);
    if (auto s = repo.retireOpenCodes(requestId, channel, now); !s)
        return R::failure(s.fault());
    const auto id = repo.insertCode(row);
    if (!id)
        return R::failure(id.fault());
    const QJsonObject after{{QStringLiteral("code_id"), id.value()},
                            {QStringLiteral("channel"), verificationMethods().key(channel)},
                            {QStringLiteral("expires_at"), row.expiresAt.toString(Qt::ISODate)}};
    if (auto s = audit(actor, requestId, QStringLiteral("code_issued"), {}, after); !s)
        return R::failure(s.fault());
    if (auto s = tx.commit(); !s)
        return R::failure(s.fault());
    return code;
}

Status VerificationService::checkCode(qint64 requestId, VerificationMethod channel, const QString &typed, const Actor &actor) const
{
    if (auto s = mayVerify(actor); !s)
        return s;
    if (!isCodeChannel(channel))
        return Status::failure(ErrorKind::Invalid, tr("One-time codes are sent by SMS or e-mail only."));

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto s = checkRequest(requestId, [&](const Request &r) { return RequestRules::mayVerify(actor, r); }); !s)
        return s;
    const VerificationRepository repo(m_db);
    const auto open = repo.latestOpenCode(requestId, channel);
    if (!open)
        return Status::from(open);
    if (!open.value()) {
        return Status::failure(ErrorKind::NotFound, channel == VerificationMethod::SmsCode
                                   ? tr("No SMS code is waiting to be checked for this request (none was issued, or it "
                                        "was already used): issue a new code.")
                                   : tr("No e-mail code is waiting to be checked for this request (none was issued, or "
                                        "it was already used): issue a new code."));
    }
    const OneTimeCode code = *open.value();
    const QDateTime now = m_clock().toUTC();
    QJsonObject after{{QStringLiteral("code_id"), code.id}, {QStringLiteral("channel"), verificationMethods().key(channel)}};

    // Refusals are committed too: the attempt counter and the audit entry must survive them.
    const auto refuse = [&](const QString &outcome, int attempts, const QString &message) {
        after.insert(QStringLiteral("outcome"), outcome);
        after.insert(QStringLiteral("attempts"), attempts);
        if (auto s = audit(actor, requestId, QStringLiteral("code_checked"), {}, after); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
        return Status::failure(ErrorKind::Invalid, message);
    };
    if (code.attempts >= kCodeMaxAttempts) {
        return refuse(QStringLiteral("locked"), code.attempts,
                      tr("This code has already been tried %n time(s) and can no longer be used: issue a new code.", nullptr,
                         code.attempts));
    }
    const auto attempts = repo.incrementAttempts(code.id);
    if (!attempts)
        return Status::from(attempts);
    if (attempts.value() > kCodeMaxAttempts) { // tried at the same moment on another workstation
        return refuse(QStringLiteral("locked"), attempts.value(),
                      tr("This code has already been tried %n time(s) and can no longer be used: issue a new code.", nullptr,
                         kCodeMaxAttempts));
    }
    if (now >= code.expiresAt) {
        return refuse(QStringLiteral("expired"), attempts.value(),
                      tr("This code expired at %1 (codes are valid for %n minute(s)): issue a new code.", nullptr,
                         kCodeValidSeconds / 60)
                          .arg(DisplayFormat::proseDateTime(code.expiresAt)));
    }
    if (!OneTimeCodeHash::matches(code.codeHash, requestId, verificationMethods().key(channel), typed.trimmed())) {
        const int left = kCodeMaxAttempts - attempts.value();
        return refuse(QStringLiteral("wrong"), attempts.value(),
                      left > 0 ? tr("The code is wrong; %n attempt(s) left.", nullptr, left)
                               : tr("The code is wrong and no attempts are left: issue a new code."));
    }
    if (auto s = repo.consumeCode(code.id, now); !s)
        return s;
    const auto check = writeCheck(requestId, channel, true, QJsonObject{{QStringLiteral("code_id"), code.id}}, actor);
    if (!check)
        return Status::from(check);
    after.insert(QStringLiteral("outcome"), QStringLiteral("passed"));
    after.insert(QStringLiteral("attempts"), attempts.value());
    after.insert(QStringLiteral("verification_id"), check->id);
    if (auto s = audit(actor, requestId, QStringLiteral("code_checked"), {}, after); !s)
        return s;
    return tx.commit();
}

// ---- Evidence ----------------------------------------------------------------------------

Result<qint64> VerificationService::addEvidence(qint64 requestId, const QString &kind, const QString &fileName,
                                                const QByteArray &content, const Actor &actor) const
{
    using R = Result<qint64>;
    if (auto s = mayVerify(actor); !s)
        return R::failure(s.fault());
    auto inspected = EvidenceFile::inspect(kind, fileName, content);
    if (!inspected)
        return R::failure(inspected.fault());
    EvidenceInfo info = inspected.value();
    info.requestId = requestId;
    info.addedBy = actor.username;
    info.addedAt = m_clock().toUTC();

    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().fault());
    if (auto s = checkRequest(requestId, [&](const Request &r) { return RequestRules::mayVerify(actor, r); }); !s)
        return R::failure(s.fault());
    const auto id = VerificationRepository(m_db).insertEvidence(info, content);
    if (!id)
        return id;
    const QJsonObject after{{QStringLiteral("evidence_id"), id.value()}, {QStringLiteral("kind"), info.kind},
                            {QStringLiteral("file_name"), info.fileName}, {QStringLiteral("mime_type"), info.mimeType},
                            {QStringLiteral("size"), info.size},          {QStringLiteral("sha256"), info.sha256}};
    if (auto s = audit(actor, requestId, QStringLiteral("evidence_added"), {}, after); !s)
        return R::failure(s.fault());
    if (auto s = tx.commit(); !s)
        return R::failure(s.fault());
    return id;
}

Result<QByteArray> VerificationService::openEvidence(qint64 evidenceId, const Actor &actor) const
{
    using R = Result<QByteArray>;
    if (auto s = mayVerify(actor); !s)
        return R::failure(s.fault());
    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().fault());
    const VerificationRepository repo(m_db);
    const auto info = repo.evidenceInfo(evidenceId);
    if (!info)
        return R::failure(info.fault());
    if (auto s = checkRequest(info->requestId, [&](const Request &r) { return RequestRules::mayReveal(actor, r); }); !s)
        return R::failure(s.fault());
    auto content = repo.evidenceContent(evidenceId);
    if (!content)
        return content;
    const bool intact = EvidenceFile::sha256(content.value()) == info->sha256 && content->size() == info->size;
    const QJsonObject after{{QStringLiteral("evidence_id"), evidenceId},
                            {QStringLiteral("file_name"), info->fileName},
                            {QStringLiteral("sha256"), info->sha256},
                            {QStringLiteral("intact"), intact}};
    if (auto s = audit(actor, info->requestId, QStringLiteral("evidence_opened"), {}, after); !s)
        return R::failure(s.fault());
    if (auto s = tx.commit(); !s)
        return R::failure(s.fault());
    if (!intact)
        return R::failure(ErrorKind::Internal, tr("Evidence \"%1\" no longer matches the SHA-256 recorded when it was added; it may have "
                             "been altered and is not shown.").arg(info->fileName));
    return content;
}

Result<EvidenceInfo> VerificationService::evidenceInfo(qint64 evidenceId) const
{
    return VerificationRepository(m_db).evidenceInfo(evidenceId);
}

Result<QList<EvidenceInfo>> VerificationService::evidence(qint64 requestId) const
{
    return VerificationRepository(m_db).evidence(requestId);
}

} // namespace pd
