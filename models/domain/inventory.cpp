#include "inventory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pd {

namespace {

BilingualText textFrom(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return {o.value(QLatin1String("zh_CN")).toString().trimmed(), o.value(QLatin1String("en")).toString().trimmed()};
}

QJsonObject textTo(const BilingualText &text)
{
    return {{QStringLiteral("zh_CN"), text.zh}, {QStringLiteral("en"), text.en}};
}

QStringList stringsFrom(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

bool complete(const BilingualText &text)
{
    return !text.zh.isEmpty() && !text.en.isEmpty();
}

} // namespace

QString BilingualText::in(const QString &language) const
{
    const QString &preferred = language.startsWith(QLatin1String("zh")) ? zh : en;
    return preferred.isEmpty() ? (zh.isEmpty() ? en : zh) : preferred;
}

bool RetentionRule::isPast(QDate recordDate, QDate today) const
{
    return months > 0 && recordDate.isValid() && recordDate.addMonths(months) < today;
}

bool RetentionRule::isHeld(QDate recordDate, QDate today) const
{
    return minimumMonths > 0 && recordDate.isValid() && recordDate.addMonths(minimumMonths) >= today;
}

const InventoryField *InventoryCategory::field(const QString &key) const
{
    for (const InventoryField &f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

const QStringList &Inventory::categoryKeys()
{
    static const QStringList keys{QStringLiteral("account"),     QStringLiteral("contact"),     QStringLiteral("enterprise"),
                                  QStringLiteral("device"),      QStringLiteral("interaction"), QStringLiteral("log"),
                                  QStringLiteral("third_party"), QStringLiteral("cookie"),      QStringLiteral("sdk")};
    return keys;
}

Result<Inventory> Inventory::fromJson(const QByteArray &json)
{
    using R = Result<Inventory>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(ErrorKind::Invalid, tr("The inventory is not valid JSON (at character %1: %2).")
                                                  .arg(error.offset)
                                                  .arg(error.errorString()));
    const QJsonObject root = doc.object();
    Inventory inv;
    inv.m_version = root.value(QLatin1String("version")).toInt(1);
    for (const QJsonValue &v : root.value(QLatin1String("purposes")).toArray()) {
        const QJsonObject o = v.toObject();
        InventoryPurpose p{o.value(QLatin1String("key")).toString(), o.value(QLatin1String("policy")).toString(),
                           textFrom(o.value(QLatin1String("label"))), o.value(QLatin1String("consent")).toBool()};
        if (p.key.isEmpty() || !complete(p.label))
            return R::failure(ErrorKind::Invalid, tr("Purpose %1 of the inventory needs a key and a label in both languages.")
                                                      .arg(inv.m_purposes.size() + 1));
        if (inv.purpose(p.key))
            return R::failure(ErrorKind::Invalid, tr("The inventory lists the purpose \"%1\" twice.").arg(p.key));
        inv.m_purposes << p;
    }
    for (const QJsonValue &v : root.value(QLatin1String("recipients")).toArray()) {
        const QJsonObject o = v.toObject();
        InventoryRecipient r{o.value(QLatin1String("key")).toString(), o.value(QLatin1String("policy")).toString(),
                             textFrom(o.value(QLatin1String("label")))};
        if (r.key.isEmpty() || !complete(r.label))
            return R::failure(ErrorKind::Invalid, tr("Recipient %1 of the inventory needs a key and a label in both languages.")
                                                      .arg(inv.m_recipients.size() + 1));
        if (inv.recipient(r.key))
            return R::failure(ErrorKind::Invalid, tr("The inventory lists the recipient \"%1\" twice.").arg(r.key));
        inv.m_recipients << r;
    }
    for (const QJsonValue &v : root.value(QLatin1String("categories")).toArray()) {
        const QJsonObject o = v.toObject();
        InventoryCategory c;
        c.key = o.value(QLatin1String("key")).toString();
        c.policy = o.value(QLatin1String("policy")).toString();
        c.name = textFrom(o.value(QLatin1String("name")));
        c.purposes = stringsFrom(o.value(QLatin1String("purposes")));
        c.recipients = stringsFrom(o.value(QLatin1String("recipients")));
        c.legalBasis = textFrom(o.value(QLatin1String("legalBasis")));
        c.erasure = o.value(QLatin1String("erasure")).toString();
        const QJsonObject retention = o.value(QLatin1String("retention")).toObject();
        c.retention.months = retention.value(QLatin1String("months")).toInt();
        c.retention.minimumMonths = retention.value(QLatin1String("minimumMonths")).toInt();
        c.retention.rule = textFrom(retention.value(QLatin1String("rule")));
        if (!categoryKeys().contains(c.key))
            return R::failure(ErrorKind::Invalid, tr("The inventory names an unknown category \"%1\"; the policy's categories are: %2.")
                                                      .arg(c.key, categoryKeys().join(QStringLiteral(", "))));
        if (inv.category(c.key))
            return R::failure(ErrorKind::Invalid, tr("The inventory lists the category \"%1\" twice.").arg(c.key));
        if (!complete(c.name) || !complete(c.legalBasis) || !complete(c.retention.rule))
            return R::failure(ErrorKind::Invalid, tr("Category \"%1\" needs its name, legal basis and retention rule in both "
                                                     "languages.")
                                                      .arg(c.key));
        if (c.retention.months < 0 || c.retention.minimumMonths < 0
            || (c.retention.months > 0 && c.retention.minimumMonths > c.retention.months))
            return R::failure(ErrorKind::Invalid, tr("Category \"%1\": the retention must not be shorter than the legal minimum "
                                                     "(%2 months).")
                                                      .arg(c.key)
                                                      .arg(c.retention.minimumMonths));
        if (c.erasure != QLatin1String("delete") && c.erasure != QLatin1String("anonymise"))
            return R::failure(ErrorKind::Invalid, tr("Category \"%1\": a deletion must either delete or anonymise it, not \"%2\".")
                                                      .arg(c.key, c.erasure));
        for (const QJsonValue &fv : o.value(QLatin1String("fields")).toArray()) {
            const QJsonObject f = fv.toObject();
            InventoryField field{f.value(QLatin1String("key")).toString(), textFrom(f.value(QLatin1String("label"))),
                                 f.value(QLatin1String("secret")).toBool()};
            static const QRegularExpression identifier(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
            if (!field.key.isEmpty() && !identifier.match(field.key).hasMatch())
                return R::failure(ErrorKind::Invalid, tr("Category \"%1\", field \"%2\": a key is the column name the look-ups return: "
                                                         "lower-case letters, digits and _, beginning with a letter.")
                                                          .arg(c.key, field.key));
            if (field.key.isEmpty() || !complete(field.label))
                return R::failure(ErrorKind::Invalid, tr("Category \"%1\", field %2: a key and a label in both languages are needed.")
                                                          .arg(c.key)
                                                          .arg(c.fields.size() + 1));
            if (c.field(field.key))
                return R::failure(ErrorKind::Invalid, tr("Category \"%1\" lists the field \"%2\" twice.").arg(c.key, field.key));
            c.fields << field;
        }
        if (c.fields.isEmpty())
            return R::failure(ErrorKind::Invalid, tr("Category \"%1\" has no fields.").arg(c.key));
        if (c.purposes.isEmpty())
            return R::failure(ErrorKind::Invalid, tr("Category \"%1\" names no purpose: personal information is processed only for a "
                                                     "stated purpose (PIPL Art. 6).")
                                                      .arg(c.key));
        for (const QString &p : std::as_const(c.purposes))
            if (!inv.purpose(p))
                return R::failure(ErrorKind::Invalid, tr("Category \"%1\" names the purpose \"%2\", which the inventory does not list.")
                                                          .arg(c.key, p));
        for (const QString &r : std::as_const(c.recipients))
            if (!inv.recipient(r))
                return R::failure(ErrorKind::Invalid, tr("Category \"%1\" names the recipient \"%2\", which the inventory does not "
                                                         "list.")
                                                          .arg(c.key, r));
        inv.m_categories << c;
    }
    for (const QString &key : categoryKeys())
        if (!inv.category(key))
            return R::failure(ErrorKind::Invalid, tr("The inventory lacks the category \"%1\".").arg(key));
    return inv;
}

Inventory Inventory::shipped()
{
    QFile file(QStringLiteral(":/data/inventory.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The shipped data inventory is missing from this build.");
    auto inv = fromJson(file.readAll());
    if (!inv.ok())
        qFatal("The shipped data inventory is invalid: %s", qPrintable(inv.error()));
    return inv.value();
}

QByteArray Inventory::toJson() const
{
    QJsonArray purposes, recipients, categories;
    for (const InventoryPurpose &p : m_purposes)
        purposes.append(QJsonObject{{QStringLiteral("key"), p.key},
                                    {QStringLiteral("policy"), p.policy},
                                    {QStringLiteral("label"), textTo(p.label)},
                                    {QStringLiteral("consent"), p.needsConsent}});
    for (const InventoryRecipient &r : m_recipients)
        recipients.append(QJsonObject{
            {QStringLiteral("key"), r.key}, {QStringLiteral("policy"), r.policy}, {QStringLiteral("label"), textTo(r.label)}});
    for (const InventoryCategory &c : m_categories) {
        QJsonArray fields;
        for (const InventoryField &f : c.fields) {
            QJsonObject o{{QStringLiteral("key"), f.key}, {QStringLiteral("label"), textTo(f.label)}};
            if (f.secret)
                o.insert(QStringLiteral("secret"), true);
            fields.append(o);
        }
        categories.append(QJsonObject{
            {QStringLiteral("key"), c.key},
            {QStringLiteral("policy"), c.policy},
            {QStringLiteral("name"), textTo(c.name)},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("purposes"), QJsonArray::fromStringList(c.purposes)},
            {QStringLiteral("legalBasis"), textTo(c.legalBasis)},
            {QStringLiteral("retention"), QJsonObject{{QStringLiteral("months"), c.retention.months},
                                                      {QStringLiteral("minimumMonths"), c.retention.minimumMonths},
                                                      {QStringLiteral("rule"), textTo(c.retention.rule)}}},
            {QStringLiteral("recipients"), QJsonArray::fromStringList(c.recipients)},
            {QStringLiteral("erasure"), c.erasure}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), m_version},
                                     {QStringLiteral("purposes"), purposes},
                                     {QStringLiteral("recipients"), recipients},
                                     {QStringLiteral("categories"), categories}})
        .toJson(QJsonDocument::Indented);
}

const InventoryCategory *Inventory::category(const QString &key) const
{
    for (const InventoryCategory &c : m_categories)
        if (c.key == key)
            return &c;
    return nullptr;
}

const InventoryPurpose *Inventory::purpose(const QString &key) const
{
    for (const InventoryPurpose &p : m_purposes)
        if (p.key == key)
            return &p;
    return nullptr;
}

const InventoryRecipient *Inventory::recipient(const QString &key) const
{
    for (const InventoryRecipient &r : m_recipients)
        if (r.key == key)
            return &r;
    return nullptr;
}

} // namespace pd
