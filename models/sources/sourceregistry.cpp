#include "sourceregistry.h"

#include "../audit/auditlog.h"
#include "../storage/database.h"
#include "../storage/sourcerepository.h"
#include "../storage/transaction.h"
#include "../workflow/permissions.h"
#include "lookupstatement.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject sourceJson(const DataSource &s)
{
    QJsonObject lookups;
    for (auto it = s.lookups.cbegin(); it != s.lookups.cend(); ++it)
        lookups.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("name"), s.name}, {QStringLiteral("url"), s.url}, {QStringLiteral("lookups"), lookups}};
    if (!s.actions.isEmpty()) {
        QJsonObject actions;
        for (auto it = s.actions.cbegin(); it != s.actions.cend(); ++it)
            actions.insert(it.key(), it.value());
        o.insert(QStringLiteral("actions"), actions);
    }
    return o;
}

Status appendAudit(const Database &db, const Actor &actor, const QDateTime &at, const QString &entity, qint64 entityId,
                   const QString &action, const QString &before, const QString &after)
{
    AuditEntry e;
    e.at = at;
    e.actor = actor.username;
    e.entity = entity;
    e.entityId = entityId;
    e.action = action;
    e.beforeJson = before;
    e.afterJson = after;
    return Status::from(AuditLog(db).append(e));
}

} // namespace

Result<Inventory> SourceRegistry::inventory() const
{
    const auto stored = SourceRepository(m_db).inventoryDocument();
    if (!stored)
        return stored.fault();
    if (!stored.value())
        return Inventory::shipped();
    return Inventory::fromJson(*stored.value());
}

Status SourceRegistry::saveInventory(const Inventory &inv, const Actor &actor) const
{
    if (!Permissions::mayManageSources(actor.role))
        return Status::failure(ErrorKind::Denied, Permissions::whyNotManageSources(actor.role));
    const QByteArray json = inv.toJson();
    if (auto parsed = Inventory::fromJson(json); !parsed)
        return parsed.fault();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const auto before = inventory();
    if (!before)
        return before.fault();
    const QByteArray beforeJson = before.value().toJson();
    if (beforeJson == json)
        return {};
    // Which categories changed (the whole text is in the table; the log keeps the documents' hashes).
    const auto byKey = [](const QByteArray &doc) {
        QMap<QString, QJsonObject> out;
        for (const QJsonValue &v : QJsonDocument::fromJson(doc).object().value(QLatin1String("categories")).toArray())
            out.insert(v.toObject().value(QLatin1String("key")).toString(), v.toObject());
        return out;
    };
    const auto oldCategories = byKey(beforeJson), newCategories = byKey(json);
    QJsonArray changed;
    for (auto it = newCategories.cbegin(); it != newCategories.cend(); ++it)
        if (oldCategories.value(it.key()) != it.value())
            changed.append(it.key());
    const auto hash = [](const QByteArray &b) {
        return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
    };
    const QDateTime now = m_clock();
    if (auto s = SourceRepository(m_db).saveInventoryDocument(json, actor.username, now); !s)
        return s;
    if (auto s = appendAudit(m_db, actor, now, QStringLiteral("inventory"), 1, QStringLiteral("inventory_changed"),
                             compact({{QStringLiteral("sha256"), hash(beforeJson)}}),
                             compact({{QStringLiteral("sha256"), hash(json)}, {QStringLiteral("categories"), changed}}));
        !s)
        return s;
    return tx.commit();
}

Result<QList<DataSource>> SourceRegistry::sources() const
{
    return SourceRepository(m_db).list();
}

Status SourceRegistry::check(const DataSource &source) const
{
    if (source.name.trimmed().isEmpty())
        return Status::failure(ErrorKind::Invalid, tr("Name: give the source a name (for example \"CRM\" or \"Platform\")."));
    if (source.name.trimmed().size() > 80)
        return Status::failure(ErrorKind::Invalid, tr("Name: at most 80 characters (now %1).").arg(source.name.trimmed().size()));
    const auto url = DatabaseUrl::parse(source.url.trimmed());
    if (!url)
        return Status::failure(ErrorKind::Invalid, tr("Connection: %1").arg(url.error()));
    if (!url.value().password.isEmpty())
        return Status::failure(ErrorKind::Invalid, tr("Connection: leave the password out of the URL; it is asked for, or read from "
                                                      "PGPASSWORD, ~/.pgpass or the keychain."));
    if (source.lookups.isEmpty())
        return Status::failure(ErrorKind::Invalid, tr("Look-ups: give at least one category its look-up."));
    const auto inv = inventory();
    if (!inv)
        return inv.fault();
    for (auto it = source.lookups.cbegin(); it != source.lookups.cend(); ++it) {
        const InventoryCategory *category = inv.value().category(it.key());
        if (!category)
            return Status::failure(ErrorKind::Invalid, tr("Look-ups: the inventory has no category \"%1\".").arg(it.key()));
        if (auto checked = LookupStatement::check(it.value()); !checked)
            return Status::failure(ErrorKind::Invalid, tr("Look-up for %1: %2").arg(category->name.in(QLocale().name()), checked.error()));
    }
    for (auto it = source.actions.cbegin(); it != source.actions.cend(); ++it) {
        const QString key = it.key().section(QLatin1Char('/'), 0, 0);
        const QString action = it.key().section(QLatin1Char('/'), 1);
        const InventoryCategory *category = inv.value().category(key);
        if (!category)
            return Status::failure(ErrorKind::Invalid, tr("Statements: the inventory has no category \"%1\".").arg(key));
        const QString name = category->name.in(QLocale().name());
        if (!source.lookups.contains(key))
            return Status::failure(ErrorKind::Invalid, tr("Statements for %1: give the category its look-up first; it shows what a "
                                                          "statement will change and proves what is left afterwards.").arg(name));
        const QString kind = action.section(QLatin1Char('.'), 0, 0);
        if (kind == QLatin1String("correct") && !category->field(action.section(QLatin1Char('.'), 1)))
            return Status::failure(ErrorKind::Invalid, tr("Correction statement for %1: the category has no field \"%2\".")
                                                           .arg(name, action.section(QLatin1Char('.'), 1)));
        if (kind != QLatin1String("correct") && action.contains(QLatin1Char('.')))
            return Status::failure(ErrorKind::Invalid, tr("Statements for %1: \"%2\" is not an action.").arg(name, action));
        if (auto checked = LookupStatement::checkAction(it.value(), kind); !checked)
            return Status::failure(ErrorKind::Invalid, tr("Statement \"%1\" for %2: %3").arg(action, name, checked.error()));
    }
    return {};
}

Result<qint64> SourceRegistry::save(DataSource source, const Actor &actor) const
{
    if (!Permissions::mayManageSources(actor.role))
        return Result<qint64>::failure(ErrorKind::Denied, Permissions::whyNotManageSources(actor.role));
    source.name = source.name.trimmed();
    source.url = source.url.trimmed();
    for (auto it = source.lookups.begin(); it != source.lookups.end(); ++it)
        it.value() = it.value().trimmed();
    for (auto it = source.actions.begin(); it != source.actions.end(); ++it)
        it.value() = it.value().trimmed();
    if (auto s = check(source); !s)
        return s.fault();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().fault();
    const SourceRepository repo(m_db);
    const QDateTime now = m_clock();
    source.updatedBy = actor.username;
    source.updatedAt = now;
    QString before;
    if (source.id > 0) {
        const auto old = repo.get(source.id);
        if (!old)
            return old.fault();
        if (!old.value())
            return Result<qint64>::failure(ErrorKind::NotFound, tr("The source \"%1\" was removed meanwhile.").arg(source.name));
        source.demo = old.value()->demo;
        before = compact(sourceJson(*old.value()));
        if (auto s = repo.update(source); !s)
            return s.fault();
    } else {
        const auto id = repo.insert(source);
        if (!id)
            return id;
        source.id = id.value();
    }
    if (auto s = appendAudit(m_db, actor, now, QStringLiteral("source"), source.id,
                             before.isEmpty() ? QStringLiteral("source_added") : QStringLiteral("source_changed"), before,
                             compact(sourceJson(source)));
        !s)
        return s.fault();
    if (auto s = tx.commit(); !s)
        return s.fault();
    return source.id;
}

Status SourceRegistry::remove(qint64 id, const Actor &actor) const
{
    if (!Permissions::mayManageSources(actor.role))
        return Status::failure(ErrorKind::Denied, Permissions::whyNotManageSources(actor.role));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const SourceRepository repo(m_db);
    const auto old = repo.get(id);
    if (!old)
        return old.fault();
    if (!old.value())
        return Status::failure(ErrorKind::NotFound, tr("The source was removed meanwhile."));
    if (auto s = repo.remove(id); !s)
        return s;
    if (auto s = appendAudit(m_db, actor, m_clock(), QStringLiteral("source"), id, QStringLiteral("source_removed"),
                             compact(sourceJson(*old.value())), {});
        !s)
        return s;
    return tx.commit();
}

} // namespace pd
