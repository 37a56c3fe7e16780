#include "verificationrepository.h"

#include "database.h"
#include "requestrow.h"

#include <QSqlQuery>

namespace pd {

namespace {

constexpr const char kPassed[] = "passed";
constexpr const char kFailed[] = "failed";

constexpr const char kEvidenceColumns[] = "id, request_id, kind, file_name, mime_type, size, sha256, added_by, added_at";

EvidenceInfo evidenceFromQuery(const QSqlQuery &q)
{
    EvidenceInfo e;
    e.id = q.value(0).toLongLong();
    e.requestId = q.value(1).toLongLong();
    e.kind = q.value(2).toString();
    e.fileName = q.value(3).toString();
    e.mimeType = q.value(4).toString();
    e.size = q.value(5).toLongLong();
    e.sha256 = q.value(6).toString();
    e.addedBy = q.value(7).toString();
    e.addedAt = storage::instantFromText(q.value(8).toString());
    return e;
}

QString optionalInstant(const QDateTime &at)
{
    return at.isValid() ? storage::instantToText(at) : QStringLiteral("");
}

} // namespace

Result<VerificationPolicy> VerificationRepository::policy() const
{
    using R = Result<VerificationPolicy>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT request_type, alternative, method FROM verification_rules "
                             "ORDER BY request_type, alternative, method"));
    if (!q.exec())
        return R::failure(Database::classify(q.lastError()), tr("Cannot read the verification policy: %1").arg(Database::describe(q.lastError())));
    // Alternatives keep their stored order; their numbers need not be contiguous.
    QMap<RequestType, QMap<int, VerificationPolicy::Alternative>> numbered;
    while (q.next()) {
        const auto type = requestTypes().fromKey(q.value(0).toString());
        const auto method = verificationMethods().fromKey(q.value(2).toString());
        if (!type || !method)
            continue;
        numbered[*type][q.value(1).toInt()].append(*method);
    }
    VerificationPolicy policy;
    for (auto it = numbered.cbegin(); it != numbered.cend(); ++it)
        policy.rules.insert(it.key(), it.value().values());
    return policy;
}

Status VerificationRepository::replacePolicy(RequestType type, const QList<VerificationPolicy::Alternative> &alternatives) const
{
    const QString typeKey = requestTypes().key(type);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM verification_rules WHERE request_type = ?"));
    q.addBindValue(typeKey);
    if (!q.exec())
        return Status::failure(Database::classify(q.lastError()), tr("Cannot change the verification policy: %1").arg(Database::describe(q.lastError())));
    q.prepare(QStringLiteral("INSERT INTO verification_rules (request_type, alternative, method) VALUES (?, ?, ?)"));
    int number = 0;
    for (const auto &alternative : alternatives) {
        ++number;
        QList<VerificationMethod> written;
        for (VerificationMethod method : alternative) {
            if (written.contains(method))
                continue; // the primary key allows each method once per alternative
            written << method;
            q.bindValue(0, typeKey);
            q.bindValue(1, number);
            q.bindValue(2, verificationMethods().key(method));
            if (!q.exec())
                return Status::failure(Database::classify(q.lastError()), tr("Cannot change the verification policy: %1").arg(Database::describe(q.lastError())));
        }
    }
    return {};
}

Result<qint64> VerificationRepository::insertCheck(const VerificationCheck &check) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO verifications (request_id, method, outcome, detail, checked_by, at) "
                             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(check.requestId);
    q.addBindValue(verificationMethods().key(check.method));
    q.addBindValue(QLatin1String(check.passed ? kPassed : kFailed));
    q.addBindValue(storage::text(check.detail));
    q.addBindValue(storage::text(check.checkedBy));
    q.addBindValue(storage::instantToText(check.at));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::classify(q.lastError()), tr("Cannot record the verification: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

Result<QList<VerificationCheck>> VerificationRepository::checks(qint64 requestId) const
{
    using R = Result<QList<VerificationCheck>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, request_id, method, outcome, detail, checked_by, at FROM verifications "
                             "WHERE request_id = ? ORDER BY id"));
    q.addBindValue(requestId);
    if (!q.exec())
        return R::failure(Database::classify(q.lastError()), tr("Cannot read the verifications of request %1: %2").arg(requestId).arg(Database::describe(q.lastError())));
    QList<VerificationCheck> out;
    while (q.next()) {
        const auto method = verificationMethods().fromKey(q.value(2).toString());
        if (!method)
            continue;
        VerificationCheck c;
        c.id = q.value(0).toLongLong();
        c.requestId = q.value(1).toLongLong();
        c.method = *method;
        c.passed = q.value(3).toString() == QLatin1String(kPassed);
        c.detail = q.value(4).toString();
        c.checkedBy = q.value(5).toString();
        c.at = storage::instantFromText(q.value(6).toString());
        out << c;
    }
    return out;
}

Result<qint64> VerificationRepository::insertCode(const OneTimeCode &code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO one_time_codes (request_id, channel, code_hash, created_at, expires_at, attempts, "
                             "consumed_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(code.requestId);
    q.addBindValue(verificationMethods().key(code.channel));
    q.addBindValue(storage::text(code.codeHash));
    q.addBindValue(storage::instantToText(code.createdAt));
    q.addBindValue(storage::instantToText(code.expiresAt));
    q.addBindValue(code.attempts);
    q.addBindValue(optionalInstant(code.consumedAt));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::classify(q.lastError()), tr("Cannot save the one-time code: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

Result<std::optional<OneTimeCode>> VerificationRepository::latestOpenCode(qint64 requestId, VerificationMethod channel) const
{
    using R = Result<std::optional<OneTimeCode>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, request_id, channel, code_hash, created_at, expires_at, attempts, consumed_at "
                             "FROM one_time_codes WHERE request_id = ? AND channel = ? AND consumed_at = '' "
                             "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(requestId);
    q.addBindValue(verificationMethods().key(channel));
    if (!q.exec())
        return R::failure(Database::classify(q.lastError()), tr("Cannot read the one-time codes: %1").arg(Database::describe(q.lastError())));
    if (!q.next())
        return R(std::nullopt);
    OneTimeCode c;
    c.id = q.value(0).toLongLong();
    c.requestId = q.value(1).toLongLong();
    c.channel = verificationMethods().fromKey(q.value(2).toString()).value_or(channel);
    c.codeHash = q.value(3).toString();
    c.createdAt = storage::instantFromText(q.value(4).toString());
    c.expiresAt = storage::instantFromText(q.value(5).toString());
    c.attempts = q.value(6).toInt();
    const QString consumed = q.value(7).toString();
    if (!consumed.isEmpty())
        c.consumedAt = storage::instantFromText(consumed);
    return R(std::optional<OneTimeCode>(c));
}

Result<int> VerificationRepository::incrementAttempts(qint64 codeId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE one_time_codes SET attempts = attempts + 1 WHERE id = ? RETURNING attempts"));
    q.addBindValue(codeId);
    if (!q.exec() || !q.next())
        return Result<int>::failure(Database::classify(q.lastError()), tr("Cannot count the attempt: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toInt();
}

Status VerificationRepository::consumeCode(qint64 codeId, const QDateTime &at) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE one_time_codes SET consumed_at = ? WHERE id = ? AND consumed_at = ''"));
    q.addBindValue(storage::instantToText(at));
    q.addBindValue(codeId);
    if (!q.exec())
        return Status::failure(Database::classify(q.lastError()), tr("Cannot mark the one-time code as used: %1").arg(Database::describe(q.lastError())));
    if (q.numRowsAffected() != 1)
        return Status::failure(ErrorKind::Conflict, tr("This one-time code has already been used or replaced."));
    return {};
}

Status VerificationRepository::retireOpenCodes(qint64 requestId, VerificationMethod channel, const QDateTime &at) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE one_time_codes SET consumed_at = ? WHERE request_id = ? AND channel = ? AND consumed_at = ''"));
    q.addBindValue(storage::instantToText(at));
    q.addBindValue(requestId);
    q.addBindValue(verificationMethods().key(channel));
    if (!q.exec())
        return Status::failure(Database::classify(q.lastError()), tr("Cannot replace the earlier one-time codes: %1").arg(Database::describe(q.lastError())));
    return {};
}

Result<qint64> VerificationRepository::insertEvidence(const EvidenceInfo &info, const QByteArray &content) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO evidence (request_id, kind, file_name, mime_type, size, sha256, content, added_by, "
                             "added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(info.requestId);
    q.addBindValue(storage::text(info.kind));
    q.addBindValue(storage::text(info.fileName));
    q.addBindValue(storage::text(info.mimeType));
    q.addBindValue(info.size);
    q.addBindValue(storage::text(info.sha256));
    q.addBindValue(content.isNull() ? QByteArray("") : content); // BLOB (SQLite) or BYTEA (PostgreSQL)
    q.addBindValue(storage::text(info.addedBy));
    q.addBindValue(storage::instantToText(info.addedAt));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::classify(q.lastError()), tr("Cannot save the evidence file: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

Result<QList<EvidenceInfo>> VerificationRepository::evidence(qint64 requestId) const
{
    using R = Result<QList<EvidenceInfo>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM evidence WHERE request_id = ? ORDER BY id").arg(QLatin1String(kEvidenceColumns)));
    q.addBindValue(requestId);
    if (!q.exec())
        return R::failure(Database::classify(q.lastError()), tr("Cannot read the evidence of request %1: %2").arg(requestId).arg(Database::describe(q.lastError())));
    QList<EvidenceInfo> out;
    while (q.next())
        out << evidenceFromQuery(q);
    return out;
}

Result<EvidenceInfo> VerificationRepository::evidenceInfo(qint64 evidenceId) const
{
    using R = Result<EvidenceInfo>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM evidence WHERE id = ?").arg(QLatin1String(kEvidenceColumns)));
    q.addBindValue(evidenceId);
    if (!q.exec())
        return R::failure(Database::classify(q.lastError()), tr("Cannot read evidence file %1: %2").arg(evidenceId).arg(Database::describe(q.lastError())));
    if (!q.next())
        return R::failure(ErrorKind::NotFound, tr("Evidence file %1 does not exist.").arg(evidenceId));
    return evidenceFromQuery(q);
}

Result<QByteArray> VerificationRepository::evidenceContent(qint64 evidenceId) const
{
    using R = Result<QByteArray>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT content FROM evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    if (!q.exec())
        return R::failure(Database::classify(q.lastError()), tr("Cannot read evidence file %1: %2").arg(evidenceId).arg(Database::describe(q.lastError())));
    if (!q.next())
        return R::failure(ErrorKind::NotFound, tr("Evidence file %1 does not exist.").arg(evidenceId));
    return q.value(0).toByteArray();
}

} // namespace pd
