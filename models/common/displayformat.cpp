#include "displayformat.h"

#include <QLocale>

namespace pd {

namespace {
bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}
} // namespace

QString DisplayFormat::tableDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString DisplayFormat::tableDateTime(const QDateTime &instant)
{
    return instant.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DisplayFormat::proseDate(QDate date)
{
    return proseDate(date, chinese() ? QStringLiteral("zh_CN") : QStringLiteral("en"));
}

QString DisplayFormat::proseDate(QDate date, const QString &language)
{
    if (!date.isValid())
        return {};
    return language.startsWith(QLatin1String("zh"))
        ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day())
        : QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMM yyyy"));
}

QString DisplayFormat::proseDateTime(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    const QDateTime local = instant.toLocalTime();
    return proseDate(local.date()) + QLatin1Char(' ') + local.toString(QStringLiteral("HH:mm"));
}

} // namespace pd
