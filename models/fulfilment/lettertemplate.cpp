#include "lettertemplate.h"

#include <QFile>
#include <QRegularExpression>

namespace pd {

QString LetterTemplate::escape(const QString &text)
{
    QString s = text.toHtmlEscaped();
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    s.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return s;
}

QString LetterTemplate::list(const QStringList &items)
{
    QString out;
    for (const QString &item : items)
        if (!item.trimmed().isEmpty())
            out += QStringLiteral("<li>%1</li>").arg(escape(item.trimmed()));
    return out.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(out);
}

bool LetterTemplate::truthy(const QString &key) const
{
    if (m_flags.value(key, false))
        return true;
    return !m_text.value(key).trimmed().isEmpty() || !m_html.value(key).trimmed().isEmpty();
}

QString LetterTemplate::fill(const QString &templ, QStringList *unknown) const
{
    static const QRegularExpression section(QStringLiteral(R"(\{\{([#^])([A-Za-z0-9_]+)\}\}(.*?)\{\{/\2\}\})"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression field(QStringLiteral(R"(\{\{([A-Za-z0-9_]+)\}\})"));

    // Sections first, innermost last: repeat until none is left (sections may nest).
    QString s = templ;
    for (int guard = 0; guard < 16; ++guard) {
        QString out;
        qsizetype last = 0;
        bool any = false;
        for (auto it = section.globalMatch(s); it.hasNext();) {
            const auto m = it.next();
            any = true;
            out += QStringView(s).mid(last, m.capturedStart() - last);
            const QString key = m.captured(2);
            if (!m_flags.contains(key) && !m_text.contains(key) && !m_html.contains(key) && unknown)
                unknown->append(key);
            const bool keep = (m.captured(1) == QLatin1String("#")) == truthy(key);
            if (keep)
                out += m.captured(3);
            last = m.capturedEnd();
        }
        if (!any)
            break;
        out += QStringView(s).mid(last);
        s = out;
    }

    QString out;
    qsizetype last = 0;
    for (auto it = field.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const QString key = m.captured(1);
        if (m_html.contains(key))
            out += m_html.value(key);
        else if (m_text.contains(key))
            out += escape(m_text.value(key));
        else if (unknown)
            unknown->append(key);
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

Result<QString> LetterTemplate::read(const QString &language, const QString &name)
{
    QFile file(QStringLiteral(":/letters/%1/%2.html").arg(language, name));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(ErrorKind::Internal, tr("The letter template %1 (%2) is missing.").arg(name, language));
    return QString::fromUtf8(file.readAll());
}

Result<QString> LetterTemplate::compose(LetterKind kind, const QString &language) const
{
    const auto layout = read(language, QStringLiteral("_layout"));
    if (!layout)
        return layout;
    const QString name = letterKinds().key(kind);
    const auto body = read(language, name);
    if (!body)
        return body;
    QStringList unknown;
    LetterTemplate withBody = *this;
    withBody.setHtml(QStringLiteral("body"), fill(body.value(), &unknown));
    const QString html = withBody.fill(layout.value(), &unknown);
    if (!unknown.isEmpty()) {
        unknown.removeDuplicates();
        return Result<QString>::failure(ErrorKind::Internal, tr("The letter template %1 (%2) uses fields that do not exist: %3")
                                            .arg(name, language, unknown.join(QLatin1String(", "))));
    }
    return html;
}

} // namespace pd
