#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace pd {

Localization::Localization(QObject *parent) : QObject(parent) {}

Localization::~Localization()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList Localization::supportedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Localization::normalise(const QString &language)
{
    const QString l = language.trimmed();
    if (l.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

QString Localization::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool Localization::setLanguage(const QString &language)
{
    const QString lang = normalise(language);
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();

    const bool appLoaded = m_app->load(QStringLiteral(":/i18n/privacydesk_%1.qm").arg(lang));
    if (appLoaded)
        QCoreApplication::installTranslator(m_app.get());
    if (lang != QLatin1String("en")
        && m_qt->load(QStringLiteral("qt_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    QLocale::setDefault(QLocale(lang == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                lang == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedKingdom));
    m_language = lang;
    return appLoaded;
}

} // namespace pd
