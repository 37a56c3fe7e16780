#include "validation.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

#include <phonenumbers/phonenumberutil.h>

namespace pd {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

Result<QString> Validation::phone(const QString &input, const QString &defaultRegion)
{
    const QString typed = input.trimmed();
    if (typed.isEmpty())
        return Result<QString>::failure(ErrorKind::Invalid, tr("Phone number: enter a number."));

    const auto *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    // libphonenumber reads letters as keypad digits (138abc38000 -> 13822238000); here a letter is a typo.
    const bool hasLetter = std::any_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.isLetter(); });
    const auto parsed = hasLetter ? PhoneNumberUtil::NOT_A_NUMBER
                                  : util->Parse(typed.toStdString(), defaultRegion.toStdString(), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR) {
        return Result<QString>::failure(ErrorKind::Invalid, 
            tr("Phone number: \"%1\" cannot be read as a phone number. Use a mainland number such as "
               "138 0013 8000, or an international number starting with + and the country code.")
                .arg(typed));
    }
    if (!util->IsValidNumber(number)) {
        return Result<QString>::failure(ErrorKind::Invalid, 
            tr("Phone number: \"%1\" is not a valid number (wrong length or an unassigned prefix).")
                .arg(typed));
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

Result<QString> Validation::email(const QString &input)
{
    const QString typed = input.trimmed();
    if (typed.isEmpty())
        return Result<QString>::failure(ErrorKind::Invalid, tr("E-mail: enter an address."));
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    if (!re.match(typed).hasMatch() || typed.contains(QLatin1String(".."))) {
        return Result<QString>::failure(ErrorKind::Invalid, 
            tr("E-mail: \"%1\" is not a valid address; it should look like name@example.com.").arg(typed));
    }
    return typed.toLower();
}

QChar Validation::residentIdCheckCharacter(QStringView first17)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17 && i < first17.size(); ++i)
        sum += first17[i].digitValue() * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

Result<QString> Validation::residentId(const QString &input)
{
    const QString typed = input.trimmed().toUpper();
    if (typed.isEmpty())
        return Result<QString>::failure(ErrorKind::Invalid, tr("Resident ID number: enter the 18-character number."));
    static const QRegularExpression shape(QStringLiteral("^[0-9]{17}[0-9X]$"));
    if (!shape.match(typed).hasMatch()) {
        return Result<QString>::failure(ErrorKind::Invalid, 
            tr("Resident ID number: \"%1\" must be 17 digits followed by a digit or X (18 characters).")
                .arg(input.trimmed()));
    }
    const QDate birth = QDate::fromString(typed.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1900 || birth > QDate::currentDate()) {
        return Result<QString>::failure(ErrorKind::Invalid, 
            tr("Resident ID number: \"%1\" contains an impossible date of birth (%2).")
                .arg(typed, typed.mid(6, 8)));
    }
    const QChar expected = residentIdCheckCharacter(QStringView(typed).left(17));
    if (typed.at(17) != expected) {
        return Result<QString>::failure(ErrorKind::Invalid, 
            tr("Resident ID number: the check character of \"%1\" is wrong; please re-check the number.")
                .arg(typed));
    }
    return typed;
}

namespace {
// GB 32100-2015: the 31 characters a code may use, in value order, and the position weights (3^i mod 31).
constexpr QLatin1StringView kCreditCodeCharset("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr int kCreditCodeWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
} // namespace

QChar Validation::creditCodeCheckCharacter(QStringView first17)
{
    if (first17.size() < 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const auto value = kCreditCodeCharset.indexOf(first17[i]);
        if (value < 0)
            return {};
        sum += int(value) * kCreditCodeWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return kCreditCodeCharset.at(check);
}

Result<QString> Validation::creditCode(const QString &input)
{
    const QString typed = input.trimmed().toUpper();
    if (typed.isEmpty())
        return Result<QString>::failure(ErrorKind::Invalid, tr("Unified social credit code: enter the 18-character code."));
    static const QRegularExpression shape(QStringLiteral("^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$"));
    if (!shape.match(typed).hasMatch()) {
        return Result<QString>::failure(ErrorKind::Invalid, 
            tr("Unified social credit code: \"%1\" must be 18 characters, digits and capital letters "
               "other than I, O, S, V and Z.")
                .arg(input.trimmed()));
    }
    if (typed.at(17) != creditCodeCheckCharacter(QStringView(typed).left(17))) {
        return Result<QString>::failure(ErrorKind::Invalid, 
            tr("Unified social credit code: the check character of \"%1\" is wrong; please re-check the code.")
                .arg(typed));
    }
    return typed;
}

QString Validation::controlCharacter(const QString &label, const QString &text, bool multiline)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.category() != QChar::Other_Control)
            continue;
        if (multiline && (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')))
            continue;
        return tr("%1: remove the control character at position %2 (U+%3); it cannot be seen or printed.")
            .arg(label)
            .arg(i + 1)
            .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    return {};
}

Result<QString> Validation::personName(const QString &input)
{
    // Tabs and line breaks (a pasted name) are blanks, collapsed below; other controls are refused.
    if (const QString control = controlCharacter(tr("Name"), input, true); !control.isEmpty())
        return Result<QString>::failure(ErrorKind::Invalid, control);
    const QString name = input.simplified();
    if (name.isEmpty())
        return Result<QString>::failure(ErrorKind::Invalid, tr("Name: enter the person's name."));
    if (name.size() > 200)
        return Result<QString>::failure(ErrorKind::Invalid, tr("Name: at most 200 characters."));
    return name;
}

} // namespace pd
