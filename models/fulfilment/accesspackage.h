#pragma once

#include "../common/result.h"
#include "../domain/datasource.h"
#include "../domain/inventory.h"
#include "../domain/records.h"

#include <QCoreApplication>

#include <functional>

namespace pd {

// What one source delivered for one category: its rows as the requester receives them (a
// password only as set), or why it could not be read.
struct PackageCategory
{
    QString category;
    QString source;
    QStringList columns;
    QList<QVariantList> rows;
    QString error; // empty when read
};

struct PackageContent
{
    QString reference;
    RequestType type = RequestType::Access;
    Entity entity = Entity::Qianchuan; // the processor(s) the request concerns
    Person person;
    QString language; // the requester's: zh_CN or en
    QDateTime generatedAt;
    Inventory inventory;
    QList<PackageCategory> categories;
    QList<Disclosure> disclosures;
    QList<ConsentEvent> consents;
};

struct PackageWritten
{
    QString sha256; // of the ZIP file
    qint64 bytes = 0;
    QStringList files; // inside the ZIP
    qint64 items = 0;
    bool encrypted = false;
};

// An access, copy or portability package (§4 (1), PIPL Art. 45): a ZIP (libzip) holding
// manifest.json (the request, the person, the time, the categories and sources, and every other
// file with its bytes and SHA-256), one JSON and one CSV per category (CSV cells neutralised
// against formula injection), the disclosures and the consents as JSON and CSV, summary.pdf in
// the requester's language and index.html; for portability also portability.json, following the
// schema shipped as resources/data/portability.schema.json (included in the package beside it).
// With a password every entry is AES-256 encrypted.
// Written to FILE.part beside the target and renamed at the end: a failure or a cancel leaves
// no file behind.
class AccessPackage final
{
    Q_DECLARE_TR_FUNCTIONS(AccessPackage)

public:
    static Result<PackageWritten> write(const PackageContent &content, const QString &path, const QString &password = {},
                                        const std::function<bool()> &cancelled = {});
    // The audit entry of a package recorded for a request ("package_created": the hash, the
    // categories, the items, whether encrypted, and what could not be read).
    static AuditEntry auditEntry(const PackageRecord &record, const QString &reference);
    // The readable summary (index.html, and summary.pdf laid out from it).
    static QString summaryHtml(const PackageContent &content);
    // The schema portability.json follows (:/data/portability.schema.json).
    static QByteArray portabilitySchema();
};

} // namespace pd
