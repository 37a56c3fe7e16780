#include "accesspackage.h"

#include "../common/displayformat.h"
#include "../exchange/csv.h"
#include "letterlanguage.h"
#include "letterrenderer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <zip.h>

#include <list>

namespace pd {

namespace {

QString t(const PackageContent &c, const char *en, const char *zh)
{
    return c.language.startsWith(QLatin1String("zh")) ? QString::fromUtf8(zh) : QString::fromUtf8(en);
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double: return QJsonValue::fromVariant(v);
    default: return v.toString();
    }
}

QByteArray json(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
}

QJsonObject bilingual(const BilingualText &t)
{
    return QJsonObject{{QStringLiteral("zh_CN"), t.zh}, {QStringLiteral("en"), t.en}};
}

QString sha256(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

} // namespace

QByteArray AccessPackage::portabilitySchema()
{
    QFile f(QStringLiteral(":/data/portability.schema.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

AuditEntry AccessPackage::auditEntry(const PackageRecord &record, const QString &reference)
{
    AuditEntry e;
    e.at = record.createdAt;
    e.actor = record.createdBy;
    e.entity = QStringLiteral("request");
    e.entityId = record.requestId;
    e.requestId = record.requestId;
    e.action = QStringLiteral("package_created");
    QJsonObject after{{QStringLiteral("reference"), reference},
                      {QStringLiteral("sha256"), record.sha256},
                      {QStringLiteral("categories"), QJsonArray::fromStringList(record.categories)},
                      {QStringLiteral("items"), record.items},
                      {QStringLiteral("encrypted"), record.encrypted}};
    if (!record.failed.isEmpty())
        after.insert(QStringLiteral("failed"), QJsonArray::fromStringList(record.failed));
    e.afterJson = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    return e;
}

QString AccessPackage::summaryHtml(const PackageContent &c)
{
    const QString lang = c.language;
    QString html = QStringLiteral("<html><head><meta charset='utf-8'><title>%1</title></head><body>").arg(c.reference.toHtmlEscaped());
    html += QStringLiteral("<h2>%1</h2>").arg(t(c, "Your personal information", "您的个人信息").toHtmlEscaped());
    html += QStringLiteral("<p>%1 %2 · %3 %4 · %5 %6</p>")
                .arg(t(c, "Request", "请求编号").toHtmlEscaped(), c.reference.toHtmlEscaped(), t(c, "Prepared for", "提供给").toHtmlEscaped(),
                     c.person.name.toHtmlEscaped(), t(c, "on", "生成日期").toHtmlEscaped(), DisplayFormat::proseDate(c.generatedAt.toLocalTime().date(), lang));
    html += QStringLiteral("<p>%1</p>").arg(t(c, "This package holds what 仟传网络科技（上海）有限公司 and 千舆网络科技（上海）有限公司 hold about you, by "
                                                 "category, with why it is processed, for how long it is kept and with whom it is shared. "
                                                 "The machine-readable files (JSON and CSV) are in the folder data/.",
                                                 "本资料包列出仟传网络科技（上海）有限公司及千舆网络科技（上海）有限公司持有的您的个人信息（按类别），"
                                                 "以及处理目的、保存期限和共享对象。可机读的文件（JSON 和 CSV）位于 data/ 文件夹。")
                                                   .toHtmlEscaped());
    for (const InventoryCategory &cat : c.inventory.categories()) {
        qint64 n = 0;
        QStringList failed;
        for (const PackageCategory &p : c.categories)
            if (p.category == cat.key) {
                n += p.rows.size();
                if (!p.error.isEmpty())
                    failed << p.source;
            }
        QStringList purposes, recipients;
        for (const QString &k : cat.purposes)
            if (const InventoryPurpose *p = c.inventory.purpose(k))
                purposes << p->label.in(lang);
        for (const QString &k : cat.recipients)
            if (const InventoryRecipient *r = c.inventory.recipient(k))
                recipients << r->label.in(lang);
        html += QStringLiteral("<h3>%1 (%2)</h3><p>").arg(cat.name.in(lang).toHtmlEscaped()).arg(n);
        html += QStringLiteral("<b>%1</b> %2<br>").arg(t(c, "Purposes:", "处理目的：").toHtmlEscaped(), purposes.join(QStringLiteral("; ")).toHtmlEscaped());
        html += QStringLiteral("<b>%1</b> %2<br>").arg(t(c, "Legal basis:", "合法性基础：").toHtmlEscaped(), cat.legalBasis.in(lang).toHtmlEscaped());
        html += QStringLiteral("<b>%1</b> %2<br>").arg(t(c, "Retention:", "保存期限：").toHtmlEscaped(), cat.retention.rule.in(lang).toHtmlEscaped());
        html += QStringLiteral("<b>%1</b> %2").arg(t(c, "Shared with:", "共享对象：").toHtmlEscaped(),
                                                   (recipients.isEmpty() ? t(c, "no one", "无") : recipients.join(QStringLiteral("; "))).toHtmlEscaped());
        if (!failed.isEmpty())
            html += QStringLiteral("<br><i>%1 %2</i>").arg(t(c, "Could not be read for this package:", "本资料包生成时未能读取：").toHtmlEscaped(),
                                                          failed.join(QStringLiteral(", ")).toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("<h3>%1 (%2)</h3><ul>").arg(t(c, "Disclosures", "对外披露").toHtmlEscaped()).arg(c.disclosures.size());
    for (const Disclosure &d : c.disclosures) {
        const InventoryCategory *cat = c.inventory.category(d.category);
        html += QStringLiteral("<li>%1: %2 → %3 (%4)</li>")
                    .arg(d.disclosedOn.toString(Qt::ISODate), (cat ? cat->name.in(lang) : d.category).toHtmlEscaped(), d.recipient.toHtmlEscaped(),
                         d.legalBasis.toHtmlEscaped());
    }
    html += QStringLiteral("</ul><h3>%1 (%2)</h3><ul>").arg(t(c, "Consents", "同意记录").toHtmlEscaped()).arg(c.consents.size());
    for (const ConsentEvent &e : c.consents) {
        const InventoryPurpose *p = c.inventory.purpose(e.purpose);
        html += QStringLiteral("<li>%1: %2 — %3</li>")
                    .arg(e.at.toString(Qt::ISODate), (p ? p->label.in(lang) : e.purpose).toHtmlEscaped(),
                         e.given ? t(c, "given", "已同意") : t(c, "withdrawn", "已撤回"));
    }
    html += QStringLiteral("</ul></body></html>");
    return html;
}

Result<PackageWritten> AccessPackage::write(const PackageContent &c, const QString &path, const QString &password,
                                            const std::function<bool()> &cancelled)
{
    using R = Result<PackageWritten>;
    const auto stop = [&] { return cancelled && cancelled(); };
    // The files, in memory first (a person's rows are bounded by what the sources hold).
    QList<std::pair<QString, QByteArray>> files;
    QJsonArray categoriesJson, sourcesJson, portableCategories;
    const bool portability = c.type == RequestType::Portability;
    qint64 items = 0;
    for (const InventoryCategory &cat : c.inventory.categories()) {
        QList<const PackageCategory *> parts;
        for (const PackageCategory &p : c.categories)
            if (p.category == cat.key)
                parts << &p;
        if (parts.isEmpty())
            continue;
        QJsonArray records, portable;
        QStringList columns{QStringLiteral("source")};
        for (const PackageCategory *p : parts)
            for (const QString &col : p->columns)
                if (!columns.contains(col))
                    columns << col;
        QByteArray csv = Csv::byteOrderMark() + Csv::line(columns);
        for (const PackageCategory *p : parts) {
            sourcesJson.append(QJsonObject{{QStringLiteral("source"), p->source},
                                           {QStringLiteral("category"), p->category},
                                           {QStringLiteral("records"), p->rows.size()},
                                           {QStringLiteral("error"), p->error.isEmpty() ? QJsonValue() : QJsonValue(p->error)}});
            for (const QVariantList &row : p->rows) {
                QJsonObject o{{QStringLiteral("source"), p->source}}, fields;
                QStringList cells(columns.size());
                cells[0] = p->source;
                for (int i = 0; i < p->columns.size() && i < row.size(); ++i) {
                    o.insert(p->columns.at(i), jsonValue(row.at(i)));
                    fields.insert(p->columns.at(i), jsonValue(row.at(i)));
                    cells[columns.indexOf(p->columns.at(i))] = row.at(i).isNull() ? QString() : row.at(i).toString();
                }
                records.append(o);
                if (portability)
                    portable.append(QJsonObject{{QStringLiteral("source"), p->source}, {QStringLiteral("fields"), fields}});
                csv += Csv::line(cells);
                ++items;
            }
            if (stop())
                return R::failure(ErrorKind::Internal, tr("The package was cancelled; no file was written."));
        }
        categoriesJson.append(QJsonObject{{QStringLiteral("key"), cat.key},
                                          {QStringLiteral("name"), cat.name.in(c.language)},
                                          {QStringLiteral("records"), records.size()}});
        files << std::pair{QStringLiteral("data/%1.json").arg(cat.key),
                           json(QJsonObject{{QStringLiteral("category"), cat.key},
                                            {QStringLiteral("name"), cat.name.in(c.language)},
                                            {QStringLiteral("records"), records}})};
        files << std::pair{QStringLiteral("data/%1.csv").arg(cat.key), csv};
        if (portability)
            portableCategories.append(QJsonObject{{QStringLiteral("key"), cat.key},
                                                  {QStringLiteral("name"), bilingual(cat.name)},
                                                  {QStringLiteral("purposes"), QJsonArray::fromStringList(cat.purposes)},
                                                  {QStringLiteral("legal_basis"), bilingual(cat.legalBasis)},
                                                  {QStringLiteral("records"), portable}});
    }
    QJsonArray disclosures;
    QByteArray disclosuresCsv = Csv::byteOrderMark()
        + Csv::line({QStringLiteral("category"), QStringLiteral("recipient_kind"), QStringLiteral("recipient"), QStringLiteral("legal_basis"),
                     QStringLiteral("disclosed_on")});
    for (const Disclosure &d : c.disclosures) {
        disclosures.append(QJsonObject{{QStringLiteral("category"), d.category},
                                       {QStringLiteral("recipient_kind"), d.recipientKind},
                                       {QStringLiteral("recipient"), d.recipient},
                                       {QStringLiteral("legal_basis"), d.legalBasis},
                                       {QStringLiteral("disclosed_on"), d.disclosedOn.toString(Qt::ISODate)}});
        disclosuresCsv += Csv::line({d.category, d.recipientKind, d.recipient, d.legalBasis, d.disclosedOn.toString(Qt::ISODate)});
    }
    QJsonArray consents;
    QByteArray consentsCsv = Csv::byteOrderMark()
        + Csv::line({QStringLiteral("purpose"), QStringLiteral("event"), QStringLiteral("channel"), QStringLiteral("at")});
    for (const ConsentEvent &e : c.consents) {
        const QString event = e.given ? QStringLiteral("given") : QStringLiteral("withdrawn");
        consents.append(QJsonObject{{QStringLiteral("purpose"), e.purpose},
                                    {QStringLiteral("event"), event},
                                    {QStringLiteral("channel"), e.channel},
                                    {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)}});
        consentsCsv += Csv::line({e.purpose, event, e.channel, e.at.toUTC().toString(Qt::ISODateWithMs)});
    }
    files << std::pair{QStringLiteral("disclosures.json"), json(disclosures)} << std::pair{QStringLiteral("disclosures.csv"), disclosuresCsv}
          << std::pair{QStringLiteral("consents.json"), json(consents)} << std::pair{QStringLiteral("consents.csv"), consentsCsv};
    if (portability) {
        // One document another processor can load, and the schema it follows.
        QJsonArray processors;
        if (const auto lang = LetterLanguage::load(c.language))
            for (auto e : {Entity::Qianchuan, Entity::Qianyu})
                if (c.entity == e || c.entity == Entity::Both)
                    processors.append(lang.value()->label(entities(), e));
        QJsonObject subject{{QStringLiteral("name"), c.person.name}};
        for (const auto &[key, value] : {std::pair{"phone", c.person.phone}, std::pair{"email", c.person.email},
                                         std::pair{"account", c.person.account}, std::pair{"company", c.person.company}})
            if (!value.isEmpty())
                subject.insert(QLatin1String(key), value);
        const QJsonObject document{{QStringLiteral("format"), QStringLiteral("privacydesk-portability/1")},
                                   {QStringLiteral("reference"), c.reference},
                                   {QStringLiteral("generated_at"), c.generatedAt.toUTC().toString(Qt::ISODate)},
                                   {QStringLiteral("language"), c.language},
                                   {QStringLiteral("processor"), processors},
                                   {QStringLiteral("subject"), subject},
                                   {QStringLiteral("categories"), portableCategories},
                                   {QStringLiteral("disclosures"), disclosures},
                                   {QStringLiteral("consents"), consents}};
        files << std::pair{QStringLiteral("portability.json"), json(document)}
              << std::pair{QStringLiteral("portability.schema.json"), portabilitySchema()};
    }
    const QString html = summaryHtml(c);
    files << std::pair{QStringLiteral("index.html"), html.toUtf8()};
    const auto pdf = LetterRenderer::render(html, c.reference, c.reference);
    if (!pdf)
        return pdf.fault();
    files << std::pair{QStringLiteral("summary.pdf"), pdf->pdf};
    if (stop())
        return R::failure(ErrorKind::Internal, tr("The package was cancelled; no file was written."));

    QJsonArray listed;
    PackageWritten out;
    for (const auto &[name, bytes] : std::as_const(files)) {
        listed.append(QJsonObject{{QStringLiteral("path"), name}, {QStringLiteral("bytes"), qint64(bytes.size())}, {QStringLiteral("sha256"), sha256(bytes)}});
        out.files << name;
    }
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("privacydesk-package/1")},
        {QStringLiteral("request"), QJsonObject{{QStringLiteral("reference"), c.reference}, {QStringLiteral("type"), requestTypes().key(c.type)}}},
        {QStringLiteral("person"), QJsonObject{{QStringLiteral("name"), c.person.name},
                                               {QStringLiteral("phone"), c.person.phone},
                                               {QStringLiteral("email"), c.person.email},
                                               {QStringLiteral("account"), c.person.account}}},
        {QStringLiteral("generated_at"), c.generatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("language"), c.language},
        {QStringLiteral("categories"), categoriesJson},
        {QStringLiteral("sources"), sourcesJson},
        {QStringLiteral("files"), listed}};
    files.prepend(std::pair{QStringLiteral("manifest.json"), json(manifest)});
    out.files.prepend(QStringLiteral("manifest.json"));

    // The ZIP, beside the target, renamed when complete.
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(part).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip) {
        zip_error_t e;
        zip_error_init_with_code(&e, error);
        const QString why = QString::fromLocal8Bit(zip_error_strerror(&e));
        zip_error_fini(&e);
        return R::failure(ErrorKind::Invalid, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
    }
    const auto fail = [&](const QString &why) {
        zip_discard(zip);
        QFile::remove(part);
        return R::failure(ErrorKind::Internal, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why));
    };
    for (const auto &[name, bytes] : std::as_const(files)) {
        zip_source_t *source = zip_source_buffer(zip, bytes.constData(), zip_uint64_t(bytes.size()), 0); // `files` outlives zip_close
        if (!source)
            return fail(QString::fromLocal8Bit(zip_strerror(zip)));
        const zip_int64_t index = zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(source);
            return fail(QString::fromLocal8Bit(zip_strerror(zip)));
        }
        if (!password.isEmpty() && zip_file_set_encryption(zip, zip_uint64_t(index), ZIP_EM_AES_256, password.toUtf8().constData()) < 0)
            return fail(QString::fromLocal8Bit(zip_strerror(zip)));
    }
    if (stop())
        return fail(tr("cancelled"));
    if (zip_close(zip) < 0) {
        const QString why = QString::fromLocal8Bit(zip_strerror(zip));
        zip_discard(zip);
        QFile::remove(part);
        return R::failure(ErrorKind::Internal, tr("Cannot write %1: %2 (is the disk full?)").arg(QDir::toNativeSeparators(path), why));
    }
    QFile written(part);
    if (!written.open(QIODevice::ReadOnly)) {
        QFile::remove(part);
        return R::failure(ErrorKind::Internal, tr("Cannot read back %1.").arg(QDir::toNativeSeparators(part)));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&written);
    out.sha256 = QString::fromLatin1(hash.result().toHex());
    out.bytes = written.size();
    written.close();
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return R::failure(ErrorKind::Internal, tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    out.items = items;
    out.encrypted = !password.isEmpty();
    return out;
}

} // namespace pd
