#pragma once

#include "../common/result.h"
#include "../domain/enums.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace pd {

// The values for one letter and the filling of its templates (resources/letters/<language>/).
//   {{key}}            a text value, HTML-escaped (line breaks kept)
//   {{key}} (html)     a fragment the caller built and escaped itself (lists)
//   {{#key}}...{{/key}} kept when key has a non-empty value or is a set flag, else dropped
//   {{^key}}...{{/key}} the opposite
// Every placeholder a template uses must have a value (empty is fine): a misspelt name is an error,
// not a silent gap in a letter that goes to a member of the public.
class LetterTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplate)

public:
    void setText(const QString &key, const QString &value) { m_text.insert(key, value); }
    void setHtml(const QString &key, const QString &html) { m_html.insert(key, html); }
    void setFlag(const QString &key, bool on = true) { m_flags.insert(key, on); }

    // The kind's body placed in the language's layout (_layout.html: letterhead, reference block,
    // closing), as one HTML document.
    Result<QString> compose(LetterKind kind, const QString &language) const;
    // Fills one template text; names of placeholders without a value go to *unknown.
    QString fill(const QString &templ, QStringList *unknown) const;

    static Result<QString> read(const QString &language, const QString &name);
    static QString escape(const QString &text);
    // <ul><li>…</li></ul> of escaped items ("" when there are none).
    static QString list(const QStringList &items);

private:
    bool truthy(const QString &key) const;

    QHash<QString, QString> m_text;
    QHash<QString, QString> m_html;
    QHash<QString, bool> m_flags;
};

} // namespace pd
