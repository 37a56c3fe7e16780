#include "letterdesk.h"

#include "../sources/holdingsreader.h"
#include "../sources/sourceregistry.h"
#include "../storage/personrepository.h"
#include "../storage/erasurerepository.h"
#include "../storage/requestrepository.h"
#include "../storage/sourcerepository.h"
#include "../workflow/requestrules.h"
#include "privatefiles.h"
#include "session.h"

namespace pd {

LetterService LetterDesk::service() const
{
    return LetterService(m_db, [this] { return m_session.now(); });
}

Result<QList<LetterInfo>> LetterDesk::list(qint64 requestId) const
{
    const auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return request.fault();
    if (auto s = RequestRules::mayView(m_session.actor(), request.value()); !s)
        return s.fault();
    return service().list(requestId);
}

Result<LetterInfo> LetterDesk::write(qint64 requestId, LetterKind kind, const QString &language) const
{
    auto details = service().detailsFromRequest(requestId, kind);
    if (!details)
        return details.fault();
    LetterDetails d = details.value();
    if (!language.isEmpty())
        d.language = language;
    return write(requestId, kind, d);
}

Result<LetterInfo> LetterDesk::write(qint64 requestId, LetterKind kind, const LetterDetails &details) const
{
    const auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return request.fault();
    if (auto s = RequestRules::mayWriteLetter(m_session.actor(), request.value(), kind); !s)
        return s.fault();
    LetterDetails d = details;
    if (kind == LetterKind::Explanation || kind == LetterKind::NoDataHeld)
        if (auto s = addHoldings(request.value(), kind, d); !s)
            return s.fault();
    if (kind == LetterKind::Completion
        && (request->type == RequestType::Deletion || request->type == RequestType::AccountCancellation)) {
        // What the deletion did and what is kept, until when and why (recorded when carried out).
        const auto steps = ErasureRepository(m_db).steps(requestId);
        const auto inventory = SourceRegistry(m_db, [this] { return m_session.now(); }).inventory();
        if (!steps || !inventory)
            return !steps ? steps.fault() : inventory.fault();
        d.erasure = steps.value();
        d.inventory = inventory.value();
    }
    if (kind == LetterKind::Completion && request->type == RequestType::ConsentWithdrawal) {
        const auto withdrawn = RegisterRepository(m_db).withdrawnOn(requestId);
        const auto inventory = SourceRegistry(m_db, [this] { return m_session.now(); }).inventory();
        if (!withdrawn || !inventory)
            return !withdrawn ? withdrawn.fault() : inventory.fault();
        d.withdrawnPurposes = withdrawn.value();
        d.inventory = inventory.value();
    }
    auto letter = service().generate(requestId, kind, d, m_session.actor());
    if (letter)
        if (auto s = m_session.signCheckpoint(QStringLiteral("letter")); !s)
            qWarning("Audit checkpoint not signed after letter %lld: %s", letter->id, qPrintable(s.error()));
    return letter;
}

Status LetterDesk::addHoldings(const Request &request, LetterKind kind, LetterDetails &d) const
{
    const SourceRegistry registry(m_db, [this] { return m_session.now(); });
    const auto inventory = registry.inventory();
    if (!inventory)
        return Status::failure(inventory.fault());
    d.inventory = inventory.value();
    const auto sources = registry.sources();
    if (!sources)
        return Status::failure(sources.fault());
    const bool noData = kind == LetterKind::NoDataHeld;
    if (sources->isEmpty() && noData)
        return Status::failure(ErrorKind::Invalid, tr("No data source is registered, so nothing was searched. Register the systems that "
                                                      "hold personal data (Settings ▸ Data sources) before stating that none is held."));
    if (request.personId <= 0 || sources->isEmpty())
        return {};
    const auto person = PersonRepository(m_db).get(request.personId);
    if (!person)
        return Status::failure(person.fault());
    const auto read = HoldingsReader::read(m_session.sourceCredentials().apply(sources.value()), Inventory::categoryKeys(),
                                           PersonIdentifiers::of(person.value()), 0);
    if (!read)
        return Status::failure(read.fault());
    QStringList failed;
    qint64 total = 0;
    for (const CategoryHolding &h : read.value()) {
        if (h.failed) {
            failed << QStringLiteral("%1 / %2: %3").arg(h.source, h.category, h.error);
            continue;
        }
        d.heldItems[h.category] += h.total;
        total += h.total;
    }
    for (const DataSource &s : sources.value())
        if (!d.searchedSources.contains(s.name))
            d.searchedSources << s.name;
    if (!failed.isEmpty())
        return Status::failure(ErrorKind::Internal, tr("The letter must say what is held, and these could not be read: %1. Try again "
                                                          "when the source is reachable, or correct its look-up (Settings ▸ Data sources).")
                                                           .arg(failed.join(QLatin1String("; "))));
    const RegisterRepository registers(m_db);
    const auto disclosures = registers.disclosures(request.personId);
    if (!disclosures)
        return Status::failure(disclosures.fault());
    d.disclosures = disclosures.value();
    if (noData) {
        const auto consents = registers.consents(request.personId);
        if (!consents)
            return Status::failure(consents.fault());
        if (total > 0 || !d.disclosures.isEmpty() || !consents->isEmpty())
            return Status::failure(ErrorKind::Invalid, tr("Personal information about %1 is held (%2 items in the sources, %3 disclosures, %4 "
                                                          "consent records): deliver a data package instead of a \"No data held\" letter.")
                                                           .arg(request.reference)
                                                           .arg(total)
                                                           .arg(d.disclosures.size())
                                                           .arg(consents->size()));
    }
    return {};
}

Result<QByteArray> LetterDesk::pdf(qint64 letterId) const
{
    return service().pdf(letterId, m_session.actor());
}

Result<QString> LetterDesk::open(qint64 letterId) const
{
    const auto bytes = pdf(letterId);
    if (!bytes)
        return bytes.fault();
    return m_session.privateFiles().write(QStringLiteral("letter-%1").arg(letterId), QStringLiteral(".pdf"), bytes.value());
}

Status LetterDesk::recordCopy(qint64 letterId, LetterService::Copy copy) const
{
    return service().recordCopy(letterId, copy, m_session.actor());
}

} // namespace pd
