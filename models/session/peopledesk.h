#pragma once

#include "../common/result.h"
#include "../domain/datasource.h"
#include "../domain/inventory.h"
#include "../domain/requestview.h"
#include "../sources/holdingsreader.h"

#include <QCoreApplication>

#include <functional>

namespace pd {

class Database;
class Session;

// Everything held about one person, as the actor may see it: per source and category the rows
// (masked unless revealed; a password only as "set"), the disclosures and the consents.
struct PersonHoldings
{
    PersonView person;
    QString language;       // the person's preferred language
    QList<CategoryHolding> items;
    QList<Disclosure> disclosures;
    QList<ConsentEvent> consents;
    bool revealed = false;
    QDateTime at;
};

// The person view and the data sources, for the signed-in actor (the People page, the CLI, the
// packages): finding people, reading what the registered sources hold about them (each look is
// audited: who, whose data, which categories and sources, never the values), the inventory and
// the sources (administrators), and the disclosure and consent registers.
class PeopleDesk final
{
    Q_DECLARE_TR_FUNCTIONS(PeopleDesk)

public:
    static constexpr int kFirstRows = 200;

    PeopleDesk(const Database &db, const Session &session) : m_db(db), m_session(session) {}

    // People by phone, e-mail, account, resident ID number or name (exact, or how it begins), masked.
    // Agents find only the people with a request they see.
    Result<QList<PersonView>> find(const QString &text) const;
    Result<PersonHoldings> holdings(qint64 personId, bool reveal, const HoldingsReader::Cancelled &cancelled = {},
                                    const HoldingsReader::Progress &progress = {}) const;
    // Rows `offset`… of one source's category (masked as holdings() with the same `reveal`).
    Result<LookupRows> page(qint64 personId, qint64 sourceId, const QString &category, qint64 offset, int limit,
                            bool reveal) const;

    Result<Inventory> inventory() const;
    Status saveInventory(const Inventory &inventory) const;
    Result<QList<DataSource>> sources() const;
    Status checkSource(const DataSource &source) const;
    Result<qint64> saveSource(const DataSource &source) const;
    Status removeSource(qint64 sourceId) const;
    // Runs a source's look-ups as typed (saved or not) for one person: what came back, or the
    // database's error per category. Administrators; audited; masked.
    Result<QList<CategoryHolding>> testSource(const DataSource &source, qint64 personId) const;

    Result<qint64> recordDisclosure(const Disclosure &disclosure) const;
    Result<qint64> recordConsent(const ConsentEvent &event) const;
    // Consent withdrawn for these purposes in answer to a request (ConsentWithdrawal); the
    // marketing opt-out (退订) is {"marketing"}. Returns the purposes recorded.
    Result<QStringList> withdrawConsent(qint64 requestId, const QStringList &purposes, const QString &channel) const;

    // A value as the person view shows it: secret fields only as set / not set; identifiers
    // masked unless revealed.
    static QVariant shown(const InventoryCategory *category, const QString &column, const QVariant &value, bool reveal);

private:
    Status mayViewPerson(qint64 personId) const;
    Status audit(const QString &entity, qint64 entityId, const QString &action, const QString &afterJson) const;
    // write() and its audit entry in one transaction; returns what write() returned.
    Result<qint64> recorded(qint64 entityId, const QString &action, const QString &afterJson,
                            const std::function<Result<qint64>()> &write,
                            const QString &entity = QStringLiteral("person")) const;
    void mask(const Inventory &inventory, const QString &category, LookupRows &rows, bool reveal) const;

    const Database &m_db;
    const Session &m_session;
};

} // namespace pd
