#include "savedviewrepository.h"

#include "database.h"
#include "requestrow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

constexpr auto kColumns = "id, COALESCE(owner_id, 0), name, definition, updated_by, updated_at";

SavedViewRepository::Row rowFrom(const QSqlQuery &q)
{
    SavedViewRepository::Row r;
    r.id = q.value(0).toLongLong();
    r.ownerId = q.value(1).toLongLong();
    r.name = q.value(2).toString();
    r.definition = q.value(3).toString();
    r.updatedBy = q.value(4).toString();
    r.updatedAt = storage::instantFromText(q.value(5).toString());
    return r;
}

QVariant owner(qint64 ownerId)
{
    return ownerId > 0 ? QVariant(ownerId) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<QList<SavedViewRepository::Row>> SavedViewRepository::listFor(qint64 staffId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM saved_views WHERE owner_id IS NULL OR owner_id = ? "
                             "ORDER BY CASE WHEN owner_id IS NULL THEN 0 ELSE 1 END, name")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(staffId);
    if (!q.exec())
        return Result<QList<Row>>::failure(Database::classify(q.lastError()),
                                           tr("Cannot read the saved views: %1").arg(Database::describe(q.lastError())));
    QList<Row> out;
    while (q.next())
        out << rowFrom(q);
    return out;
}

Result<std::optional<SavedViewRepository::Row>> SavedViewRepository::get(qint64 id) const
{
    using R = Result<std::optional<Row>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM saved_views WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(Database::classify(q.lastError()), tr("Cannot read the saved view: %1").arg(Database::describe(q.lastError())));
    if (!q.next())
        return std::optional<Row>();
    return std::optional<Row>(rowFrom(q));
}

Result<std::optional<SavedViewRepository::Row>> SavedViewRepository::find(qint64 ownerId, const QString &name) const
{
    using R = Result<std::optional<Row>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM saved_views WHERE COALESCE(owner_id, 0) = ? AND name = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(std::max<qint64>(0, ownerId));
    q.addBindValue(name);
    if (!q.exec())
        return R::failure(Database::classify(q.lastError()), tr("Cannot read the saved view: %1").arg(Database::describe(q.lastError())));
    if (!q.next())
        return std::optional<Row>();
    return std::optional<Row>(rowFrom(q));
}

Result<qint64> SavedViewRepository::insert(const Row &row) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO saved_views (owner_id, name, definition, updated_by, updated_at) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(owner(row.ownerId));
    q.addBindValue(row.name);
    q.addBindValue(row.definition);
    q.addBindValue(row.updatedBy);
    q.addBindValue(storage::instantToText(row.updatedAt.toUTC()));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::classify(q.lastError()),
                                       tr("Cannot save the view \"%1\": %2").arg(row.name, Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

Status SavedViewRepository::update(const Row &row) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE saved_views SET definition = ?, updated_by = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(row.definition);
    q.addBindValue(row.updatedBy);
    q.addBindValue(storage::instantToText(row.updatedAt.toUTC()));
    q.addBindValue(row.id);
    if (!q.exec())
        return Status::failure(Database::classify(q.lastError()),
                               tr("Cannot save the view \"%1\": %2").arg(row.name, Database::describe(q.lastError())));
    return {};
}

Status SavedViewRepository::remove(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM saved_views WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(Database::classify(q.lastError()), tr("Cannot delete the view: %1").arg(Database::describe(q.lastError())));
    return {};
}

} // namespace pd
