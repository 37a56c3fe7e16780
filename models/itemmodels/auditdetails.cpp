#include "auditdetails.h"

#include "../domain/enums.h"
#include "../domain/masking.h"
#include "auditlogmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace pd {

namespace {

std::optional<QJsonObject> parseObject(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString plain(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QStringLiteral("—");
    case QJsonValue::Bool: return v.toBool() ? AuditDetails::tr("yes") : AuditDetails::tr("no");
    case QJsonValue::Double: return v.toVariant().toString();
    case QJsonValue::String: return v.toString().isEmpty() ? QStringLiteral("—") : v.toString().simplified();
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

QString AuditDetails::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("due"), QT_TR_NOOP("Due")},
        {QStringLiteral("assignee"), QT_TR_NOOP("Assignee")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("version"), QT_TR_NOOP("Version")},
        {QStringLiteral("action"), QT_TR_NOOP("Action")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("reference"), QT_TR_NOOP("Reference")},
        {QStringLiteral("field"), QT_TR_NOOP("Field")},
        {QStringLiteral("type"), QT_TR_NOOP("Type")},
        {QStringLiteral("types"), QT_TR_NOOP("Types")},
        {QStringLiteral("channel"), QT_TR_NOOP("Channel")},
        {QStringLiteral("reasons"), QT_TR_NOOP("Reasons")},
        {QStringLiteral("explanation"), QT_TR_NOOP("Explanation")},
        {QStringLiteral("username"), QT_TR_NOOP("User name")},
        {QStringLiteral("display_name"), QT_TR_NOOP("Display name")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("method"), QT_TR_NOOP("Method")},
        {QStringLiteral("passed"), QT_TR_NOOP("Passed")},
        {QStringLiteral("kind"), QT_TR_NOOP("Letter")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("requests"), QT_TR_NOOP("Requests")},
        {QStringLiteral("seed"), QT_TR_NOOP("Seed")},
        {QStringLiteral("person"), QT_TR_NOOP("Person")},
        {QStringLiteral("entity"), QT_TR_NOOP("Processor")},
        {QStringLiteral("demo"), QT_TR_NOOP("Demo")},
        {QStringLiteral("person_id"), QT_TR_NOOP("Person no.")},
        {QStringLiteral("verification_id"), QT_TR_NOOP("Verification no.")},
        {QStringLiteral("first_request_id"), QT_TR_NOOP("First request no.")},
        {QStringLiteral("list"), QT_TR_NOOP("List")},
        {QStringLiteral("letter_id"), QT_TR_NOOP("Letter no.")},
        {QStringLiteral("sha256"), QT_TR_NOOP("SHA-256")},
        {QStringLiteral("rows"), QT_TR_NOOP("Rows")},
        {QStringLiteral("format"), QT_TR_NOOP("Format")},
        {QStringLiteral("file"), QT_TR_NOOP("File")},
        {QStringLiteral("encoding"), QT_TR_NOOP("Encoding")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("shared"), QT_TR_NOOP("Shared")},
        {QStringLiteral("definition"), QT_TR_NOOP("Definition")},
        {QStringLiteral("url"), QT_TR_NOOP("Connection")},
        {QStringLiteral("lookups"), QT_TR_NOOP("Look-ups")},
        {QStringLiteral("categories"), QT_TR_NOOP("Categories")},
        {QStringLiteral("sources"), QT_TR_NOOP("Sources")},
        {QStringLiteral("items"), QT_TR_NOOP("Items")},
        {QStringLiteral("failed"), QT_TR_NOOP("Failed look-ups")},
        {QStringLiteral("revealed"), QT_TR_NOOP("Revealed")},
        {QStringLiteral("recipient"), QT_TR_NOOP("Recipient")},
        {QStringLiteral("recipient_kind"), QT_TR_NOOP("Kind of recipient")},
        {QStringLiteral("purpose"), QT_TR_NOOP("Purpose")},
        {QStringLiteral("event"), QT_TR_NOOP("Event")},
        {QStringLiteral("legal_basis"), QT_TR_NOOP("Legal basis")},
        {QStringLiteral("disclosed_on"), QT_TR_NOOP("Disclosed on")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("encrypted"), QT_TR_NOOP("Encrypted")},
        {QStringLiteral("source"), QT_TR_NOOP("Source")},
        {QStringLiteral("source_id"), QT_TR_NOOP("Source no.")},
        {QStringLiteral("cancellation"), QT_TR_NOOP("Account cancellation")},
        {QStringLiteral("lines"), QT_TR_NOOP("Per category")},
        {QStringLiteral("remaining"), QT_TR_NOOP("Found afterwards")},
        {QStringLiteral("holds"), QT_TR_NOOP("Legal holds")},
        {QStringLiteral("actions"), QT_TR_NOOP("Statements")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("found"), QT_TR_NOOP("Found")},
        {QStringLiteral("changed"), QT_TR_NOOP("Changed")},
        {QStringLiteral("kept"), QT_TR_NOOP("Kept")},
        {QStringLiteral("held_until"), QT_TR_NOOP("Held until")},
        {QStringLiteral("held"), QT_TR_NOOP("Held")},
        {QStringLiteral("purposes"), QT_TR_NOOP("Purposes")},

    };
    const auto it = labels.constFind(key);
    return it == labels.cend() ? key : tr(*it);
}

QString AuditDetails::valueText(const QString &key, const QJsonValue &value)
{
    // The fields whose values are keys of one of the domain's tables.
    using Label = QString (*)(const QString &);
    static const QHash<QString, Label> tables{
        {QStringLiteral("status"), [](const QString &v) { return requestStatuses().labelForKey(v); }},
        {QStringLiteral("priority"), [](const QString &v) { return priorities().labelForKey(v); }},
        {QStringLiteral("action"),
         [](const QString &v) { return requestActions().fromKey(v) ? requestActions().labelForKey(v) : AuditLogModel::actionLabel(v); }},
        {QStringLiteral("type"), [](const QString &v) { return requestTypes().labelForKey(v); }},
        {QStringLiteral("channel"), [](const QString &v) { return channels().labelForKey(v); }},
        {QStringLiteral("role"), [](const QString &v) { return roles().labelForKey(v); }},
        {QStringLiteral("field"), [](const QString &v) { return personFields().labelForKey(v); }},
        {QStringLiteral("method"), [](const QString &v) { return verificationMethods().labelForKey(v); }},
        {QStringLiteral("kind"), [](const QString &v) { return letterKinds().labelForKey(v); }},
        {QStringLiteral("entity"), [](const QString &v) { return entities().labelForKey(v); }},
        {QStringLiteral("language"),
         [](const QString &v) {
             return v == QLatin1String("zh_CN") ? AuditDetails::tr("Simplified Chinese")
                 : v == QLatin1String("en")      ? AuditDetails::tr("English")
                                                 : v;
         }},
        {QStringLiteral("list"),
         [](const QString &v) { return v == QLatin1String("audit") ? AuditDetails::tr("Audit log") : AuditDetails::tr("Request queue"); }},
    };
    if (value.isString())
        if (const Label label = tables.value(key))
            return label(value.toString());
    if (value.isArray() && key == QLatin1String("reasons")) {
        QStringList out;
        for (const QJsonValue &r : value.toArray())
            out << refusalReasons().labelForKey(r.toString());
        return out.join(tr(", "));
    }
    if (value.isArray() && (key == QLatin1String("lines") || key == QLatin1String("holds"))) {
        // One line per category: "Category: Found 12, Changed 12, Kept 0".
        QStringList out;
        for (const QJsonValue &line : value.toArray()) {
            const QJsonObject o = line.toObject();
            QStringList parts;
            for (auto it = o.begin(); it != o.end(); ++it)
                if (it.key() != QLatin1String("category"))
                    parts << tr("%1 %2").arg(fieldLabel(it.key()), valueText(it.key(), it.value()));
            out << tr("%1: %2").arg(o.value(QStringLiteral("category")).toString(), parts.join(tr(", ")));
        }
        return out.join(QLatin1Char('\n'));
    }
    return plain(value);
}

QList<AuditDetails::Field> AuditDetails::fields(const QString &beforeJson, const QString &afterJson, bool *isJson)
{
    const auto before = parseObject(beforeJson);
    const auto after = parseObject(afterJson);
    if (isJson)
        *isJson = before && after;
    if (!before || !after)
        return {};
    QStringList keys = before->keys() + after->keys();
    keys.sort();
    keys.removeDuplicates();
    QList<Field> out;
    for (const QString &key : std::as_const(keys)) {
        Field f;
        f.key = key;
        f.label = fieldLabel(key);
        f.before = before->contains(key) ? valueText(key, before->value(key)) : QStringLiteral("—");
        f.after = after->contains(key) ? valueText(key, after->value(key)) : QStringLiteral("—");
        f.changed = before->value(key) != after->value(key);
        f.inBefore = before->contains(key);
        out << f;
    }
    return out;
}

} // namespace pd
