#include "peopledesk.h"

#include "../fulfilment/consentwithdrawal.h"

#include "../audit/auditlog.h"
#include "../domain/masking.h"
#include "../sources/lookupstatement.h"
#include "../sources/sourceregistry.h"
#include "../storage/personrepository.h"
#include "../storage/sourcerepository.h"
#include "../storage/transaction.h"
#include "../workflow/intakeservice.h"
#include "../workflow/permissions.h"
#include "../workflow/requestrules.h"
#include "requestdesk.h"
#include "session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// What one look records: the categories and sources read and how many items, never a value.
QJsonObject lookSummary(const QList<CategoryHolding> &items)
{
    QJsonArray categories, sources, failed;
    qint64 total = 0;
    for (const CategoryHolding &h : items) {
        if (!categories.contains(h.category))
            categories.append(h.category);
        if (!sources.contains(h.source))
            sources.append(h.source);
        if (h.failed)
            failed.append(QString(h.source + QLatin1Char('/') + h.category));
        total += h.total;
    }
    QJsonObject o{{QStringLiteral("categories"), categories}, {QStringLiteral("sources"), sources},
                  {QStringLiteral("items"), total}};
    if (!failed.isEmpty())
        o.insert(QStringLiteral("failed"), failed);
    return o;
}

} // namespace

QVariant PeopleDesk::shown(const InventoryCategory *category, const QString &column, const QVariant &value, bool reveal)
{
    const InventoryField *field = category ? category->field(column) : nullptr;
    if (field && field->secret)
        return value.isNull() || value.toString().isEmpty() ? tr("not set") : tr("set");
    if (reveal || value.isNull())
        return value;
    const QString text = value.toString();
    if (text.isEmpty())
        return value;
    if (column == QLatin1String("phone") || column == QLatin1String("mobile") || column == QLatin1String("phone_national")) {
        if (text.startsWith(QLatin1Char('+')))
            return Masking::phone(text);
        return text.size() > 7 ? text.left(3) + QString(text.size() - 7, QLatin1Char('*')) + text.right(4) : QStringLiteral("****");
    }
    if (column == QLatin1String("email"))
        return Masking::email(text);
    if (column == QLatin1String("account"))
        return Masking::account(text);
    if (column == QLatin1String("id_number"))
        return Masking::idNumber(text);
    if (column == QLatin1String("credit_code"))
        return Masking::creditCode(text);
    return value;
}

void PeopleDesk::mask(const Inventory &inventory, const QString &category, LookupRows &rows, bool reveal) const
{
    const InventoryCategory *c = inventory.category(category);
    for (QVariantList &row : rows.rows)
        for (int i = 0; i < row.size() && i < rows.columns.size(); ++i)
            row[i] = shown(c, rows.columns.at(i), row.at(i), reveal);
}

Status PeopleDesk::audit(const QString &entity, qint64 entityId, const QString &action, const QString &afterJson) const
{
    return Status::from(recorded(entityId, action, afterJson, [] { return Result<qint64>(0); }, entity));
}

Result<qint64> PeopleDesk::recorded(qint64 entityId, const QString &action, const QString &afterJson,
                                    const std::function<Result<qint64>()> &write, const QString &entity) const
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().fault();
    const auto id = write();
    if (!id)
        return id;
    AuditEntry e;
    e.at = m_session.now();
    e.actor = m_session.actor().username;
    e.entity = entity;
    e.entityId = entityId;
    e.action = action;
    e.afterJson = afterJson;
    if (auto a = AuditLog(m_db).append(e); !a)
        return a.fault();
    if (auto s = tx.commit(); !s)
        return s.fault();
    return id;
}

Status PeopleDesk::mayViewPerson(qint64 personId) const
{
    const Actor actor = m_session.actor();
    if (!Permissions::mayViewHoldings(actor.role))
        return Status::failure(ErrorKind::Denied, Permissions::whyNotViewHoldings(actor.role));
    if (actor.role != Role::Agent)
        return {};
    const auto assignees = PersonRepository(m_db).requestAssignees(personId);
    if (!assignees)
        return assignees.fault();
    for (qint64 a : assignees.value()) {
        Request r;
        r.assigneeId = a;
        if (RequestRules::mayView(actor, r))
            return {};
    }
    return Status::failure(ErrorKind::Denied, tr("Agents see the data of the people whose requests are assigned to them or "
                                                 "unassigned."));
}

Result<QList<PersonView>> PeopleDesk::find(const QString &text) const
{
    using R = Result<QList<PersonView>>;
    const Actor actor = m_session.actor();
    if (!Permissions::mayViewHoldings(actor.role) && !Permissions::mayManageSources(actor.role))
        return R::failure(ErrorKind::Denied, Permissions::whyNotViewHoldings(actor.role));
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return QList<PersonView>();
    auto found = IntakeService(m_db, m_session.calendar(), [this] { return m_session.now(); }).lookup(typed);
    if (!found)
        return found.fault();
    QList<Person> people = found.value();
    const auto named = PersonRepository(m_db).findByName(typed);
    if (!named)
        return named.fault();
    for (const Person &p : named.value())
        if (std::none_of(people.cbegin(), people.cend(), [&](const Person &f) { return f.id == p.id; }))
            people << p;
    QList<PersonView> out;
    for (const Person &p : std::as_const(people))
        if (actor.role != Role::Agent || mayViewPerson(p.id))
            out << RequestDesk::personView(p);
    return out;
}

Result<PersonHoldings> PeopleDesk::holdings(qint64 personId, bool reveal, const HoldingsReader::Cancelled &cancelled,
                                            const HoldingsReader::Progress &progress) const
{
    using R = Result<PersonHoldings>;
    if (auto s = mayViewPerson(personId); !s)
        return s.fault();
    const auto person = PersonRepository(m_db).get(personId);
    if (!person)
        return person.fault();
    const SourceRegistry registry(m_db, [this] { return m_session.now(); });
    const auto inv = registry.inventory();
    if (!inv)
        return inv.fault();
    const auto sources = registry.sources();
    if (!sources)
        return sources.fault();
    auto items = HoldingsReader::read(m_session.sourceCredentials().apply(sources.value()), Inventory::categoryKeys(),
                                      PersonIdentifiers::of(person.value()), kFirstRows, cancelled, progress);
    if (!items)
        return items.fault();
    const RegisterRepository registers(m_db);
    auto disclosures = registers.disclosures(personId);
    if (!disclosures)
        return disclosures.fault();
    auto consents = registers.consents(personId);
    if (!consents)
        return consents.fault();

    PersonHoldings h;
    h.person = RequestDesk::personView(person.value());
    h.language = person->language;
    h.items = items.value();
    for (CategoryHolding &item : h.items)
        mask(inv.value(), item.category, item.rows, reveal);
    h.disclosures = disclosures.value();
    h.consents = consents.value();
    h.revealed = reveal;
    h.at = m_session.now();
    QJsonObject summary = lookSummary(h.items);
    if (auto s = audit(QStringLiteral("person"), personId,
                       reveal ? QStringLiteral("person_data_revealed") : QStringLiteral("person_data_viewed"), compact(summary));
        !s)
        return s.fault();
    return R(std::move(h));
}

Result<LookupRows> PeopleDesk::page(qint64 personId, qint64 sourceId, const QString &category, qint64 offset, int limit,
                                    bool reveal) const
{
    if (auto s = mayViewPerson(personId); !s)
        return s.fault();
    const auto person = PersonRepository(m_db).get(personId);
    if (!person)
        return person.fault();
    const SourceRegistry registry(m_db, [this] { return m_session.now(); });
    const auto inv = registry.inventory();
    if (!inv)
        return inv.fault();
    const auto source = SourceRepository(m_db).get(sourceId);
    if (!source)
        return source.fault();
    if (!source.value() || !source.value()->lookups.contains(category))
        return Result<LookupRows>::failure(ErrorKind::NotFound, tr("The source or its look-up was removed meanwhile."));
    auto rows = HoldingsReader::page(m_session.sourceCredentials().apply(*source.value()), category, PersonIdentifiers::of(person.value()),
                                     offset, limit);
    if (!rows)
        return rows;
    LookupRows out = rows.value();
    mask(inv.value(), category, out, reveal);
    return out;
}

Result<Inventory> PeopleDesk::inventory() const
{
    return SourceRegistry(m_db, [this] { return m_session.now(); }).inventory();
}

Status PeopleDesk::saveInventory(const Inventory &inventory) const
{
    return SourceRegistry(m_db, [this] { return m_session.now(); }).saveInventory(inventory, m_session.actor());
}

Result<QList<DataSource>> PeopleDesk::sources() const
{
    return SourceRegistry(m_db, [this] { return m_session.now(); }).sources();
}

Status PeopleDesk::checkSource(const DataSource &source) const
{
    return SourceRegistry(m_db, [this] { return m_session.now(); }).check(source);
}

Result<qint64> PeopleDesk::saveSource(const DataSource &source) const
{
    return SourceRegistry(m_db, [this] { return m_session.now(); }).save(source, m_session.actor());
}

Status PeopleDesk::removeSource(qint64 sourceId) const
{
    return SourceRegistry(m_db, [this] { return m_session.now(); }).remove(sourceId, m_session.actor());
}

Result<QList<CategoryHolding>> PeopleDesk::testSource(const DataSource &source, qint64 personId) const
{
    using R = Result<QList<CategoryHolding>>;
    const Actor actor = m_session.actor();
    if (!Permissions::mayManageSources(actor.role))
        return R::failure(ErrorKind::Denied, Permissions::whyNotManageSources(actor.role));
    const auto person = PersonRepository(m_db).get(personId);
    if (!person)
        return person.fault();
    const auto inv = inventory();
    if (!inv)
        return inv.fault();
    auto items = HoldingsReader::read({m_session.sourceCredentials().apply(source)}, Inventory::categoryKeys(),
                                      PersonIdentifiers::of(person.value()), 20);
    if (!items)
        return items;
    QList<CategoryHolding> out = items.value();
    for (CategoryHolding &item : out)
        mask(inv.value(), item.category, item.rows, false);
    QJsonObject summary = lookSummary(out);
    summary.insert(QStringLiteral("name"), source.name);
    if (auto s = audit(QStringLiteral("person"), personId, QStringLiteral("source_tested"), compact(summary)); !s)
        return s.fault();
    return out;
}

Result<qint64> PeopleDesk::recordDisclosure(const Disclosure &disclosure) const
{
    using R = Result<qint64>;
    if (auto s = mayViewPerson(disclosure.personId); !s)
        return s.fault();
    const auto inv = inventory();
    if (!inv)
        return inv.fault();
    if (!inv->category(disclosure.category))
        return R::failure(ErrorKind::Invalid, tr("Category: the inventory has no category \"%1\".").arg(disclosure.category));
    if (!inv->recipient(disclosure.recipientKind))
        return R::failure(ErrorKind::Invalid, tr("Kind of recipient: the inventory has no recipient \"%1\".").arg(disclosure.recipientKind));
    if (disclosure.recipient.trimmed().isEmpty())
        return R::failure(ErrorKind::Invalid, tr("Recipient: say to whom the data was disclosed."));
    if (disclosure.legalBasis.trimmed().isEmpty())
        return R::failure(ErrorKind::Invalid, tr("Legal basis: say on what basis the data was disclosed."));
    if (!disclosure.disclosedOn.isValid() || disclosure.disclosedOn > m_session.now().date())
        return R::failure(ErrorKind::Invalid, tr("Disclosed on: a date that has passed, as YYYY-MM-DD."));
    Disclosure d = disclosure;
    d.recipient = d.recipient.trimmed();
    d.legalBasis = d.legalBasis.trimmed();
    d.recordedBy = m_session.actor().username;
    d.recordedAt = m_session.now();
    return recorded(d.personId, QStringLiteral("disclosure_recorded"),
                    compact({{QStringLiteral("category"), d.category},
                             {QStringLiteral("recipient_kind"), d.recipientKind},
                             {QStringLiteral("recipient"), d.recipient},
                             {QStringLiteral("legal_basis"), d.legalBasis},
                             {QStringLiteral("disclosed_on"), d.disclosedOn.toString(Qt::ISODate)}}),
                    [&] { return RegisterRepository(m_db).addDisclosure(d); });
}

Result<qint64> PeopleDesk::recordConsent(const ConsentEvent &event) const
{
    using R = Result<qint64>;
    if (auto s = mayViewPerson(event.personId); !s)
        return s.fault();
    const auto inv = inventory();
    if (!inv)
        return inv.fault();
    if (!inv->purpose(event.purpose))
        return R::failure(ErrorKind::Invalid, tr("Purpose: the inventory has no purpose \"%1\".").arg(event.purpose));
    if (event.channel.trimmed().isEmpty())
        return R::failure(ErrorKind::Invalid, tr("Channel: say how the consent was given or withdrawn."));
    ConsentEvent c = event;
    c.recordedBy = m_session.actor().username;
    if (!c.at.isValid())
        c.at = m_session.now();
    if (c.at > m_session.now())
        return R::failure(ErrorKind::Invalid, tr("When: a time that has passed."));
    return recorded(c.personId, QStringLiteral("consent_recorded"),
                    compact({{QStringLiteral("purpose"), c.purpose},
                             {QStringLiteral("event"), c.given ? QStringLiteral("given") : QStringLiteral("withdrawn")},
                             {QStringLiteral("channel"), c.channel}}),
                    [&] { return RegisterRepository(m_db).addConsent(c); });
}

Result<QStringList> PeopleDesk::withdrawConsent(qint64 requestId, const QStringList &purposes, const QString &channel) const
{
    return ConsentWithdrawal(m_db, [this] { return m_session.now(); }).withdraw(requestId, purposes, channel, m_session.actor());
}

} // namespace pd
