#include "packagedesk.h"

#include "../audit/auditlog.h"
#include "../sources/holdingsreader.h"
#include "../sources/sourceregistry.h"
#include "../storage/packagerepository.h"
#include "../storage/personrepository.h"
#include "../storage/requestrepository.h"
#include "../storage/sourcerepository.h"
#include "../storage/transaction.h"
#include "../workflow/requestrules.h"
#include "peopledesk.h"
#include "session.h"

#include <QRandomGenerator>

namespace pd {

QString PackageDesk::newPassword()
{
    // 20 characters from an alphabet without look-alikes (0/O, 1/l/I): about 115 bits.
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < 20; ++i) {
        if (i > 0 && i % 5 == 0)
            out += QLatin1Char('-');
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    }
    return out;
}

Result<QList<PackageRecord>> PackageDesk::packages(qint64 requestId) const
{
    const auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return request.fault();
    if (auto s = RequestRules::mayView(m_session.actor(), request.value()); !s)
        return s.fault();
    return PackageRepository(m_db).forRequest(requestId);
}

Result<PackageWritten> PackageDesk::exportPackage(qint64 requestId, const QString &path, const QString &password,
                                                  const std::function<bool()> &cancelled,
                                                  const std::function<void(int, int)> &progress) const
{
    using R = Result<PackageWritten>;
    const Actor actor = m_session.actor();
    const auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return request.fault();
    if (auto s = RequestRules::mayExportPackage(actor, request.value()); !s)
        return s.fault();
    const RequestType type = request->type;
    const auto person = PersonRepository(m_db).get(request->personId);
    if (!person)
        return person.fault();
    const SourceRegistry registry(m_db, [this] { return m_session.now(); });
    const auto inventory = registry.inventory();
    if (!inventory)
        return inventory.fault();
    auto sources = registry.sources();
    if (!sources)
        return sources.fault();
    sources.value() = m_session.sourceCredentials().apply(sources.value());

    PackageContent content;
    content.reference = request->reference;
    content.type = type;
    content.entity = request->entity;
    content.person = person.value();
    content.language = person->language.isEmpty() ? QStringLiteral("zh_CN") : person->language;
    content.generatedAt = m_session.now();
    content.inventory = inventory.value();
    const PersonIdentifiers who = PersonIdentifiers::of(person.value());
    int lookups = 0, done = 0;
    for (const DataSource &source : sources.value())
        lookups += int(source.lookups.size());
    for (const DataSource &source : sources.value()) {
        for (auto it = source.lookups.cbegin(); it != source.lookups.cend(); ++it) {
            PackageCategory part;
            part.category = it.key();
            part.source = source.name;
            const InventoryCategory *category = inventory->category(it.key());
            for (qint64 offset = 0;; offset += kPageRows) {
                if (cancelled && cancelled())
                    return R::failure(ErrorKind::Internal, tr("The package was cancelled; no file was written."));
                const auto page = HoldingsReader::page(source, it.key(), who, offset, kPageRows);
                if (!page) {
                    part.error = page.error();
                    part.rows.clear();
                    break;
                }
                part.columns = page->columns;
                for (QVariantList row : page->rows) {
                    for (int i = 0; i < row.size() && i < part.columns.size(); ++i)
                        row[i] = PeopleDesk::shown(category, part.columns.at(i), row.at(i), true); // as delivered; passwords only as set
                    part.rows << row;
                }
                if (page->rows.size() < kPageRows)
                    break;
            }
            content.categories << part;
            if (progress)
                progress(++done, lookups);
        }
    }
    const RegisterRepository registers(m_db);
    const auto disclosures = registers.disclosures(person->id);
    if (!disclosures)
        return disclosures.fault();
    const auto consents = registers.consents(person->id);
    if (!consents)
        return consents.fault();
    content.disclosures = disclosures.value();
    content.consents = consents.value();

    auto written = AccessPackage::write(content, path, password, cancelled);
    if (!written)
        return written;
    // On the record: the package's hash on the request and in the audit log, in one transaction.
    QStringList categories, failed;
    for (const PackageCategory &p : std::as_const(content.categories)) {
        if (!categories.contains(p.category))
            categories << p.category;
        if (!p.error.isEmpty())
            failed << p.source + QLatin1Char('/') + p.category;
    }
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().fault();
    PackageRecord record{0, requestId, written->sha256, written->bytes, written->items, written->encrypted, categories, actor.username,
                         m_session.now(), failed};
    if (auto id = PackageRepository(m_db).insert(record); !id)
        return id.fault();
    const AuditEntry e = AccessPackage::auditEntry(record, request->reference);
    if (auto a = AuditLog(m_db).append(e); !a)
        return a.fault();
    if (auto s = tx.commit(); !s)
        return s.fault();
    // The package is out: the audit chain's head is signed (where a key is configured). A failure
    // here does not undo the delivery; the next checkpoint covers it.
    if (auto s = m_session.signCheckpoint(QStringLiteral("package")); !s)
        qWarning("Audit checkpoint not signed after the package of %s: %s", qPrintable(request->reference), qPrintable(s.error()));
    return written;
}

} // namespace pd
