#include "letterinventory.h"

#include "letterlanguage.h"
#include "lettertemplate.h"

namespace pd {

namespace {

const char *const kNobody = QT_TRANSLATE_NOOP("LetterInventory", "Nobody");
const char *const kKeptUntil = QT_TRANSLATE_NOOP("LetterInventory", "Until %1, restricted: %2");
const char *const kKeptToFind = QT_TRANSLATE_NOOP("LetterInventory", "needed to find the records kept by law; deleted with them");

QString cell(const QString &text)
{
    return QStringLiteral("<td>%1</td>").arg(LetterTemplate::escape(text));
}

QString header(const LetterLanguage &lang, std::initializer_list<const char *> words)
{
    QString out;
    for (const char *w : words)
        out += QStringLiteral("<th>%1</th>").arg(LetterTemplate::escape(lang.translate("LetterInventory", w)));
    return QStringLiteral("<tr>%1</tr>").arg(out);
}

QString joined(const LetterLanguage &lang, const QStringList &parts)
{
    return parts.join(lang.chinese() ? QStringLiteral("、") : QStringLiteral(", "));
}

} // namespace

QString LetterInventory::table(const LetterLanguage &lang, const Inventory &inventory, const QHash<QString, qint64> &heldItems)
{
    // One small two-column table per category: six columns do not fit a portrait page.
    const QString code = lang.code();
    const auto term = [&lang](const char *w) { return LetterTemplate::escape(lang.translate("LetterInventory", w)); };
    QString out;
    for (const InventoryCategory &c : inventory.categories()) {
        QStringList fields, purposes, recipients;
        for (const InventoryField &f : c.fields)
            fields << f.label.in(code);
        for (const QString &key : c.purposes)
            if (const InventoryPurpose *p = inventory.purpose(key))
                purposes << p->label.in(code);
        for (const QString &key : c.recipients)
            if (const InventoryRecipient *r = inventory.recipient(key))
                recipients << r->label.in(code);
        QString title = LetterTemplate::escape(c.name.in(code));
        if (!heldItems.isEmpty())
            title += QStringLiteral(" · ") + term(QT_TRANSLATE_NOOP("LetterInventory", "items held about you:"))
                + QLatin1Char(' ') + QString::number(heldItems.value(c.key));
        const auto row = [&](const char *label, const QString &value) {
            return QStringLiteral("<tr><td width=\"22%\"><b>%1</b></td><td>%2</td></tr>").arg(term(label), LetterTemplate::escape(value));
        };
        out += QStringLiteral("<h3>%1</h3>").arg(title);
        out += QStringLiteral("<table class=\"inventory\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
        out += row(QT_TRANSLATE_NOOP("LetterInventory", "What"), joined(lang, fields));
        out += row(QT_TRANSLATE_NOOP("LetterInventory", "Why"), joined(lang, purposes));
        out += row(QT_TRANSLATE_NOOP("LetterInventory", "Legal basis"), c.legalBasis.in(code));
        out += row(QT_TRANSLATE_NOOP("LetterInventory", "How long"), c.retention.rule.in(code));
        out += row(QT_TRANSLATE_NOOP("LetterInventory", "Shared with"),
                   recipients.isEmpty() ? lang.translate("LetterInventory", kNobody) : joined(lang, recipients));
        out += QStringLiteral("</table>");
    }
    return out;
}

QString LetterInventory::disclosures(const LetterLanguage &lang, const Inventory &inventory, const QList<Disclosure> &list)
{
    if (list.isEmpty())
        return {};
    const QString code = lang.code();
    QString rows = header(lang, {QT_TRANSLATE_NOOP("LetterInventory", "Date"), QT_TRANSLATE_NOOP("LetterInventory", "Category"),
                                 QT_TRANSLATE_NOOP("LetterInventory", "Recipient"),
                                 QT_TRANSLATE_NOOP("LetterInventory", "Legal basis")});
    for (const Disclosure &d : list) {
        const InventoryCategory *c = inventory.category(d.category);
        const InventoryRecipient *r = inventory.recipient(d.recipientKind);
        const QString recipient = r ? QStringLiteral("%1 (%2)").arg(d.recipient, r->label.in(code)) : d.recipient;
        rows += QStringLiteral("<tr>%1</tr>").arg(cell(lang.date(d.disclosedOn)) + cell(c ? c->name.in(code) : d.category)
                                                  + cell(recipient) + cell(d.legalBasis));
    }
    return QStringLiteral("<table class=\"inventory\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">%1</table>").arg(rows);
}

QString LetterInventory::searched(const QStringList &sources)
{
    return LetterTemplate::list(sources);
}

QString LetterInventory::erasure(const LetterLanguage &lang, const Inventory &inventory, const QList<ErasureLine> &lines)
{
    const QString code = lang.code();
    QString out = QStringLiteral("<table class=\"inventory\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    out += header(lang, {QT_TRANSLATE_NOOP("LetterInventory", "Category"), QT_TRANSLATE_NOOP("LetterInventory", "Deleted"),
                         QT_TRANSLATE_NOOP("LetterInventory", "Anonymised"), QT_TRANSLATE_NOOP("LetterInventory", "Kept"),
                         QT_TRANSLATE_NOOP("LetterInventory", "Why kept, and until when")});
    for (const InventoryCategory &c : inventory.categories()) {
        qint64 deleted = 0, anonymised = 0, kept = 0;
        QDate until;
        bool any = false;
        for (const ErasureLine &l : lines) {
            if (l.category != c.key)
                continue;
            any = true;
            (l.action == QLatin1String("anonymise") ? anonymised : deleted) += l.changed;
            if (l.heldUntil.isValid() && l.kept > 0) {
                kept += l.kept;
                until = std::max(until, l.heldUntil);
            }
        }
        if (!any)
            continue;
        QString why;
        if (kept > 0)
            why = lang.translate("LetterInventory", kKeptUntil)
                      .arg(lang.date(until), c.retention.minimumMonths > 0 ? c.retention.rule.in(code)
                                                                           : lang.translate("LetterInventory", kKeptToFind));
        out += QStringLiteral("<tr>%1%2%3%4%5</tr>")
                   .arg(cell(c.name.in(code)), cell(QString::number(deleted)), cell(QString::number(anonymised)),
                        cell(QString::number(kept)), cell(why));
    }
    return out + QStringLiteral("</table>");
}

} // namespace pd
