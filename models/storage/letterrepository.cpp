#include "letterrepository.h"

#include "database.h"
#include "requestrow.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace pd {

namespace {

constexpr const char kLetterColumns[] = "id, request_id, kind, language, created_at, created_by, sha256, length(pdf)";

LetterInfo letterFromQuery(const QSqlQuery &q)
{
    LetterInfo l;
    l.id = q.value(0).toLongLong();
    l.requestId = q.value(1).toLongLong();
    l.kind = letterKinds().fromKey(q.value(2).toString()).value_or(LetterKind::Acknowledgement);
    l.language = q.value(3).toString();
    l.createdAt = storage::instantFromText(q.value(4).toString());
    l.createdBy = q.value(5).toString();
    l.sha256 = q.value(6).toString();
    l.size = q.value(7).toLongLong();
    return l;
}

} // namespace

QString LetterRepository::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<LetterInfo> LetterRepository::insert(LetterInfo info, const QByteArray &pdf) const
{
    if (info.sha256.isEmpty())
        info.sha256 = sha256Hex(pdf);
    if (!info.createdAt.isValid())
        info.createdAt = QDateTime::currentDateTimeUtc();
    info.createdAt = storage::instantFromText(storage::instantToText(info.createdAt)); // the stored precision
    info.size = pdf.size();

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO letters (request_id, kind, language, created_at, created_by, pdf, sha256) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(info.requestId);
    q.addBindValue(letterKinds().key(info.kind));
    q.addBindValue(storage::text(info.language));
    q.addBindValue(storage::instantToText(info.createdAt));
    q.addBindValue(storage::text(info.createdBy));
    q.addBindValue(pdf);
    q.addBindValue(info.sha256);
    if (!q.exec() || !q.next())
        return Result<LetterInfo>::failure(Database::classify(q.lastError()), tr("Cannot save the letter: %1").arg(Database::describe(q.lastError())));
    info.id = q.value(0).toLongLong();
    return info;
}

Result<QList<LetterInfo>> LetterRepository::listForRequest(qint64 requestId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM letters WHERE request_id = ? ORDER BY id").arg(QLatin1String(kLetterColumns)));
    q.addBindValue(requestId);
    if (!q.exec())
        return Result<QList<LetterInfo>>::failure(Database::classify(q.lastError()), tr("Cannot read the letters: %1").arg(Database::describe(q.lastError())));
    QList<LetterInfo> out;
    while (q.next())
        out << letterFromQuery(q);
    return out;
}

Result<LetterInfo> LetterRepository::get(qint64 letterId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM letters WHERE id = ?").arg(QLatin1String(kLetterColumns)));
    q.addBindValue(letterId);
    if (!q.exec())
        return Result<LetterInfo>::failure(Database::classify(q.lastError()), tr("Cannot read letter %1: %2").arg(letterId).arg(Database::describe(q.lastError())));
    if (!q.next())
        return Result<LetterInfo>::failure(ErrorKind::NotFound, tr("Letter %1 does not exist.").arg(letterId));
    return letterFromQuery(q);
}

Result<QByteArray> LetterRepository::pdf(qint64 letterId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT pdf FROM letters WHERE id = ?"));
    q.addBindValue(letterId);
    if (!q.exec())
        return Result<QByteArray>::failure(Database::classify(q.lastError()), tr("Cannot read letter %1: %2").arg(letterId).arg(Database::describe(q.lastError())));
    if (!q.next())
        return Result<QByteArray>::failure(ErrorKind::NotFound, tr("Letter %1 does not exist.").arg(letterId));
    return q.value(0).toByteArray();
}

} // namespace pd
