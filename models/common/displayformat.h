#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pd {

// Dates as UX.md asks: ISO in tables (2026-11-29); in prose 2026年11月29日 or 29 Nov 2026,
// following the UI language (QLocale's default). Instants are shown in the local zone.
class DisplayFormat final
{
public:
    static QString tableDate(QDate date);
    static QString tableDateTime(const QDateTime &instant);
    static QString proseDate(QDate date);
    // The same in a given language ("zh_CN" or "en"), whatever the UI speaks: for letters.
    static QString proseDate(QDate date, const QString &language);
    static QString proseDateTime(const QDateTime &instant);
};

} // namespace pd
