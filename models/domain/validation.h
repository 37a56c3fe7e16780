#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QString>

namespace pd {

// Checks and normalises what staff type about a person. Each failure message names the field
// and the problem in the UI language; each success returns the value as it is stored.
class Validation final
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    // Mainland numbers may be typed without +86; others need their country code.
    // Returns E.164 (+8613800138000).
    static Result<QString> phone(const QString &input, const QString &defaultRegion = QStringLiteral("CN"));
    // Returns the address trimmed and lower-cased.
    static Result<QString> email(const QString &input);
    // GB 11643-1999: 17 digits, a birth date, and an ISO 7064 MOD 11-2 check character.
    // Returns the number with an upper-case X.
    static Result<QString> residentId(const QString &input);
    static Result<QString> personName(const QString &input);
    // Control characters (bell, escape, NUL... which nobody can see, print or put in a letter) are
    // refused in what staff type; tabs and line breaks only where the text has several lines.
    // Returns the message for the first one, naming the field and the position (1-based), or an
    // empty string.
    static QString controlCharacter(const QString &label, const QString &text, bool multiline);
    // GB 32100-2015 unified social credit code (统一社会信用代码): 18 characters from
    // 0-9 and A-Z without I, O, S, V and Z, the last a MOD 31 check character.
    // Returns the code upper-cased.
    static Result<QString> creditCode(const QString &input);

    // The GB 11643 check character for the first 17 digits.
    static QChar residentIdCheckCharacter(QStringView first17);
    // The GB 32100 check character for the first 17 characters; a null QChar when one of them is
    // not in the code's character set.
    static QChar creditCodeCheckCharacter(QStringView first17);
};

} // namespace pd
