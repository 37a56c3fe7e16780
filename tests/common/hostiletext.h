#pragma once

// Text meant to break whatever takes it in: SQL quotes and comment markers, LIKE and FTS
// wildcards, backslashes, control, zero-width and right-to-left characters, and very long strings.
// Every filter, search box and text field must take these literally.

#include <QString>
#include <QStringList>

namespace pd::test {

inline QStringList hostileTexts()
{
    return {
        QStringLiteral("' OR '1'='1"),
        QStringLiteral("\"; DROP TABLE requests; --"),
        QStringLiteral("王'); DELETE FROM audit_log; --"),
        QStringLiteral("/* comment */ x"),
        QStringLiteral("-- trailing comment"),
        QStringLiteral("100%"),
        QStringLiteral("%%%"),
        QStringLiteral("a_b_c"),
        QStringLiteral("___"),
        QStringLiteral("\\\\\\"),
        QStringLiteral("C:\\temp\\x%"),
        QStringLiteral("\"quoted\" NEAR \"fts\""),
        QStringLiteral("wang* OR fang"),
        QStringLiteral("^start"),
        QStringLiteral("tab\there"),
        QString::fromUtf16(u"bell\u0007and\u0001control"),
        QString::fromUtf16(u"zero\u200Bwidth\u200Cjoiner\u200D"),
        QString::fromUtf16(u"\u202Eright-to-left\u202C"),
        QString::fromUtf16(u"\uFEFFbom"),
        QString::fromUtf16(u"王\U00020000"),
        QStringLiteral("null\\0byte"),
        QStringLiteral("x").repeated(200),
    };
}

// Far longer than any field takes.
inline QString hugeText()
{
    return QStringLiteral("王' OR 1=1 -- %_\\").repeated(100 * 1024 / 16);
}

} // namespace pd::test
