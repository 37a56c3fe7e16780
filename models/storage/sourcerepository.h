#pragma once

#include "../common/result.h"
#include "../domain/datasource.h"

#include <QCoreApplication>

#include <optional>

namespace pd {

class Database;

// The data_sources, source_lookups and source_actions (schema 14) tables and the inventory document (schema 10).
class SourceRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SourceRepository)

public:
    explicit SourceRepository(const Database &db) : m_db(db) {}

    // Every source with its look-ups, by name.
    Result<QList<DataSource>> list() const;
    Result<std::optional<DataSource>> get(qint64 id) const;
    // Conflict when the name is taken.
    Result<qint64> insert(const DataSource &source) const;
    // Replaces the name, URL and look-ups; NotFound when it is gone, Conflict when the name is taken.
    Status update(const DataSource &source) const;
    Status remove(qint64 id) const;

    // The administrator's inventory, or nothing when the shipped one holds.
    Result<std::optional<QByteArray>> inventoryDocument() const;
    Status saveInventoryDocument(const QByteArray &json, const QString &actor, const QDateTime &at) const;

private:
    Status writeLookups(qint64 sourceId, const QMap<QString, QString> &lookups, const QMap<QString, QString> &actions) const;

    const Database &m_db;
};

// The disclosure and consent registers (schema 10).
class RegisterRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RegisterRepository)

public:
    explicit RegisterRepository(const Database &db) : m_db(db) {}

    Result<QList<Disclosure>> disclosures(qint64 personId) const; // newest first
    Result<qint64> addDisclosure(const Disclosure &d) const;
    Result<QList<ConsentEvent>> consents(qint64 personId) const;  // by purpose, oldest first
    Result<qint64> addConsent(const ConsentEvent &c) const;
    // The purposes whose consent was withdrawn in answer to this request (RequestWorkflow's guard).
    Result<QStringList> withdrawnOn(qint64 requestId) const;
    // Many at once (the demo data), in statements of a few hundred rows each.
    Status addMany(const QList<Disclosure> &disclosures, const QList<ConsentEvent> &consents) const;

private:
    const Database &m_db;
};

} // namespace pd
