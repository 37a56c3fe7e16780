#include "letterlanguage.h"

#include "../common/displayformat.h"

namespace pd {

QString LetterLanguage::normalise(const QString &language)
{
    return language.trimmed().startsWith(QLatin1String("zh"), Qt::CaseInsensitive) ? QStringLiteral("zh_CN")
                                                                                     : QStringLiteral("en");
}

Result<std::shared_ptr<const LetterLanguage>> LetterLanguage::load(const QString &language)
{
    using R = Result<std::shared_ptr<const LetterLanguage>>;
    std::shared_ptr<LetterLanguage> l(new LetterLanguage(normalise(language)));
    l->m_loaded = l->m_translator.load(QStringLiteral(":/i18n/privacydesk_%1.qm").arg(l->m_code));
    // English is the source language: an English .qm may be empty, the source text serves.
    if (!l->m_loaded && l->chinese())
        return R::failure(ErrorKind::Internal, tr("The Chinese texts for letters cannot be loaded (privacydesk_zh_CN.qm is missing)."));
    return R(std::shared_ptr<const LetterLanguage>(std::move(l)));
}

QString LetterLanguage::translate(const char *context, const char *source) const
{
    if (m_loaded) {
        const QString t = m_translator.translate(context, source);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(source);
}

QString LetterLanguage::date(QDate d) const
{
    return DisplayFormat::proseDate(d, m_code);
}

QString LetterLanguage::processor(Entity entity) const
{
    if (entity != Entity::Both)
        return label(entities(), entity);
    const QString a = label(entities(), Entity::Qianchuan);
    const QString b = label(entities(), Entity::Qianyu);
    // The conjunction belongs to the letter's language, not the UI's, so it is not a tr() string.
    return chinese() ? a + QStringLiteral("及") + b : a + QStringLiteral(" and ") + b;
}

} // namespace pd
