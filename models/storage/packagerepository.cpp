#include "packagerepository.h"

#include "database.h"
#include "requestrow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

Result<qint64> PackageRepository::insert(const PackageRecord &p) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO packages (request_id, sha256, bytes, items, encrypted, categories, created_by, created_at, "
                             "failed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : {QVariant(p.requestId), QVariant(p.sha256), QVariant(p.bytes), QVariant(p.items), QVariant(p.encrypted ? 1 : 0),
                              QVariant(p.categories.join(QLatin1Char(','))), QVariant(p.createdBy),
                              QVariant(storage::instantToText(p.createdAt)), QVariant(storage::text(p.failed.join(QLatin1Char(','))))})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::classify(q.lastError()),
                                       tr("Cannot record the package: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

Result<bool> PackageRepository::delivered(qint64 requestId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM packages WHERE request_id = ? AND failed = '') + "
                             "(SELECT COUNT(*) FROM letters WHERE request_id = ? AND kind = 'no_data_held')"));
    q.addBindValue(requestId);
    q.addBindValue(requestId);
    if (!q.exec() || !q.next())
        return Result<bool>::failure(Database::classify(q.lastError()),
                                     tr("Cannot read the packages: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toLongLong() > 0;
}

Result<QList<PackageRecord>> PackageRepository::forRequest(qint64 requestId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, request_id, sha256, bytes, items, encrypted, categories, created_by, created_at, failed "
                             "FROM packages "
                             "WHERE request_id = ? ORDER BY id"));
    q.addBindValue(requestId);
    if (!q.exec())
        return Result<QList<PackageRecord>>::failure(Database::classify(q.lastError()),
                                                     tr("Cannot read the packages: %1").arg(Database::describe(q.lastError())));
    QList<PackageRecord> out;
    while (q.next())
        out << PackageRecord{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(),
                             q.value(4).toLongLong(), q.value(5).toInt() != 0,
                             q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts), q.value(7).toString(),
                             storage::instantFromText(q.value(8).toString()),
                             q.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)};
    return out;
}

} // namespace pd
