#include "domain/validation.h"

#include <QTest>

using pd::Validation;

namespace {

// ISO 7064 MOD 11-2 written independently of Validation: weight of position i is 2^(17-i) mod 11.
QChar independentCheckCharacter(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        int weight = 1;
        for (int k = 0; k < 17 - i; ++k)
            weight = weight * 2 % 11;
        sum += first17.at(i).digitValue() * weight;
    }
    const int value = (12 - sum % 11) % 11;
    return value == 10 ? QLatin1Char('X') : QChar(u'0' + char16_t(value));
}

QString withCheck(const QString &first17)
{
    return first17 + Validation::residentIdCheckCharacter(first17);
}

// GB 32100-2015 written independently of Validation: weight of position i is 3^i mod 31, value of a
// character its index in the 31-character set.
QChar independentCreditCheck(const QString &first17)
{
    const QString charset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; ++i) {
        sum += int(charset.indexOf(first17.at(i))) * weight;
        weight = weight * 3 % 31;
    }
    return charset.at((31 - sum % 31) % 31);
}

QString withCreditCheck(const QString &first17)
{
    return first17 + Validation::creditCodeCheckCharacter(first17);
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phoneValid_data();
    void phoneValid();
    void phoneInvalid_data();
    void phoneInvalid();
    void emailValid_data();
    void emailValid();
    void emailInvalid_data();
    void emailInvalid();
    void residentIdCheckCharacter_data();
    void residentIdCheckCharacter();
    void residentIdValid_data();
    void residentIdValid();
    void residentIdInvalid_data();
    void residentIdInvalid();
    void personName_data();
    void personName();
    void controlCharacters_data();
    void controlCharacters();
    void creditCodeCheckCharacter_data();
    void creditCodeCheckCharacter();
    void creditCodeValid_data();
    void creditCodeValid();
    void creditCodeInvalid_data();
    void creditCodeInvalid();
};

void TestValidation::controlCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("multiline");
    QTest::addColumn<QString>("expected"); // "" when accepted, else the position and code point named
    QTest::newRow("plain") << QStringLiteral("王芳 Wang Fang") << false << QString();
    QTest::newRow("bell") << QString::fromUtf16(u"ab\u0007c") << false << QStringLiteral("position 3 (U+0007)");
    QTest::newRow("escape") << QString::fromUtf16(u"\u001B[31m") << true << QStringLiteral("position 1 (U+001B)");
    QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("x") << true << QStringLiteral("position 1 (U+0000)");
    QTest::newRow("C1 control") << QString::fromUtf16(u"x\u0085") << false << QStringLiteral("position 2 (U+0085)");
    QTest::newRow("tab on one line") << QStringLiteral("a\tb") << false << QStringLiteral("position 2 (U+0009)");
    QTest::newRow("tab and lines in a note") << QStringLiteral("a\tb\r\nc") << true << QString();
    QTest::newRow("zero width and bidi are text") << QString::fromUtf16(u"a\u200Bb\u202Ec") << false << QString();
}

void TestValidation::controlCharacters()
{
    QFETCH(QString, text);
    QFETCH(bool, multiline);
    QFETCH(QString, expected);
    const QString message = Validation::controlCharacter(QStringLiteral("Note"), text, multiline);
    if (expected.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
    } else {
        QVERIFY2(message.startsWith(QStringLiteral("Note: ")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }
}

void TestValidation::phoneValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");

    const QString cn = QStringLiteral("CN");
    const QString mobile = QStringLiteral("+8613800138000");
    QTest::newRow("bare mainland mobile") << QStringLiteral("13800138000") << cn << mobile;
    QTest::newRow("with +86") << QStringLiteral("+8613800138000") << cn << mobile;
    QTest::newRow("+86 and spaces") << QStringLiteral("+86 138 0013 8000") << cn << mobile;
    QTest::newRow("spaces") << QStringLiteral("138 0013 8000") << cn << mobile;
    QTest::newRow("dashes") << QStringLiteral("138-0013-8000") << cn << mobile;
    QTest::newRow("+86 and dashes") << QStringLiteral("+86-138-0013-8000") << cn << mobile;
    QTest::newRow("surrounding blanks") << QStringLiteral("  13800138000 \t") << cn << mobile;
    QTest::newRow("other mobile prefix") << QStringLiteral("199 1234 5678") << cn << QStringLiteral("+8619912345678");
    QTest::newRow("UK mobile") << QStringLiteral("+44 7400 123456") << cn << QStringLiteral("+447400123456");
    QTest::newRow("UK mobile 7700 0") << QStringLiteral("+44 7700 012345") << cn << QStringLiteral("+447700012345");
    QTest::newRow("UK mobile, UK region") << QStringLiteral("07400 123456") << QStringLiteral("GB")
                                          << QStringLiteral("+447400123456");
}

void TestValidation::phoneValid()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    const auto r = Validation::phone(input, region);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value(), expected);
}

void TestValidation::phoneInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("too short") << QStringLiteral("1380013");
    QTest::newRow("too long") << QStringLiteral("138001380001234");
    QTest::newRow("letters") << QStringLiteral("abcdefgh");
    QTest::newRow("letters mixed in") << QStringLiteral("138abc38000");
    QTest::newRow("unassigned prefix 123") << QStringLiteral("12345678901");
    QTest::newRow("unassigned prefix +86 100") << QStringLiteral("+86 100 0000 0000");
    QTest::newRow("UK too short") << QStringLiteral("+44 7400 1234");
    // Ofcom reserves 07700 900000-900999 for drama: never assigned, and libphonenumber rejects it.
    QTest::newRow("UK drama range") << QStringLiteral("+44 7700 900123");
    QTest::newRow("letter O for zero") << QStringLiteral("138 OO13 8000");
}

void TestValidation::phoneInvalid()
{
    QFETCH(QString, input);
    const auto r = Validation::phone(input);
    QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted as ") + (r.ok() ? r.value() : QString())));
    QVERIFY2(r.error().contains(QLatin1String("Phone number")), qPrintable(r.error()));
}

void TestValidation::emailValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("wang.fang@example.com") << QStringLiteral("wang.fang@example.com");
    QTest::newRow("upper case") << QStringLiteral("Wang.Fang@Example.COM") << QStringLiteral("wang.fang@example.com");
    QTest::newRow("blanks") << QStringLiteral("  li.na@example.cn ") << QStringLiteral("li.na@example.cn");
    QTest::newRow("plus and subdomain") << QStringLiteral("a+tag@mail.example.org")
                                        << QStringLiteral("a+tag@mail.example.org");
    QTest::newRow("digits and dash") << QStringLiteral("u10000001@qian-chuan.example.com")
                                     << QStringLiteral("u10000001@qian-chuan.example.com");
}

void TestValidation::emailValid()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto r = Validation::email(input);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value(), expected);
}

void TestValidation::emailInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("no at") << QStringLiteral("wang.fang.example.com");
    QTest::newRow("no local part") << QStringLiteral("@example.com");
    QTest::newRow("no domain") << QStringLiteral("wang@");
    QTest::newRow("no dot in domain") << QStringLiteral("wang@localhost");
    QTest::newRow("two ats") << QStringLiteral("wang@fang@example.com");
    QTest::newRow("space inside") << QStringLiteral("wang fang@example.com");
    QTest::newRow("double dot") << QStringLiteral("wang..fang@example.com");
    QTest::newRow("domain starts with dash") << QStringLiteral("wang@-example.com");
    QTest::newRow("chinese") << QStringLiteral("王芳@example.com");
}

void TestValidation::emailInvalid()
{
    QFETCH(QString, input);
    const auto r = Validation::email(input);
    QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted as ") + (r.ok() ? r.value() : QString())));
    QVERIFY2(r.error().contains(QLatin1String("E-mail")), qPrintable(r.error()));
}

void TestValidation::residentIdCheckCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");
    // The example printed in GB 11643-1999.
    QTest::newRow("standard example") << QStringLiteral("11010519491231002") << QChar(u'X');
    QTest::newRow("zeros") << QStringLiteral("00000000000000000") << QChar(u'1');
    const QStringList more = {QStringLiteral("31010419800101123"), QStringLiteral("44030519991231999"),
                              QStringLiteral("33010620000229001"), QStringLiteral("51010419750615456")};
    for (const QString &s : more)
        QTest::newRow(qPrintable(s)) << s << independentCheckCharacter(s);
}

void TestValidation::residentIdCheckCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(independentCheckCharacter(first17), expected);
    QCOMPARE(Validation::residentIdCheckCharacter(first17), expected);
}

void TestValidation::residentIdValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("standard example") << QStringLiteral("11010519491231002X") << QStringLiteral("11010519491231002X");
    QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x") << QStringLiteral("11010519491231002X");
    QTest::newRow("blanks") << QStringLiteral(" 11010519491231002X ") << QStringLiteral("11010519491231002X");
    for (const QString &first17 : {QStringLiteral("31010419800101123"), QStringLiteral("44030519991231999"),
                                   QStringLiteral("33010620000229001"), QStringLiteral("51010419750615456"),
                                   QStringLiteral("31011519000101000")}) {
        const QString id = withCheck(first17);
        QTest::newRow(qPrintable(id)) << id << id;
    }
}

void TestValidation::residentIdValid()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto r = Validation::residentId(input);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value(), expected);
}

void TestValidation::residentIdInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions"); // a word the message must contain besides the field name

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("wrong check char") << QStringLiteral("110105194912310021") << QStringLiteral("check character");
    for (const QString &first17 : {QStringLiteral("31010419800101123"), QStringLiteral("44030519991231999")}) {
        // Every other possible check character is wrong.
        const QChar right = Validation::residentIdCheckCharacter(first17);
        for (const QChar c : QStringLiteral("0123456789X"))
            if (c != right)
                QTest::addRow("%s with %c", qPrintable(first17), char(c.unicode())) << first17 + c
                                                                                  << QStringLiteral("check character");
    }
    QTest::newRow("one digit changed") << QStringLiteral("11010519491231003X") << QStringLiteral("check character");
    QTest::newRow("17 characters") << QStringLiteral("11010519491231002") << QStringLiteral("18");
    QTest::newRow("19 characters") << QStringLiteral("11010519491231002X1") << QStringLiteral("18");
    QTest::newRow("15-digit old format") << QStringLiteral("110105491231002") << QStringLiteral("18");
    QTest::newRow("X in the middle") << QStringLiteral("1101051949X231002X") << QStringLiteral("18");
    QTest::newRow("letter") << QStringLiteral("11010519491231002Y") << QStringLiteral("18");
    QTest::newRow("30 February") << withCheck(QStringLiteral("11010519990230123")) << QStringLiteral("date");
    QTest::newRow("month 13") << withCheck(QStringLiteral("11010519991301123")) << QStringLiteral("date");
    QTest::newRow("29 February, not a leap year") << withCheck(QStringLiteral("11010520010229123"))
                                                  << QStringLiteral("date");
    QTest::newRow("born in the future") << withCheck(QStringLiteral("11010520990101123")) << QStringLiteral("date");
    QTest::newRow("before 1900") << withCheck(QStringLiteral("11010518991231123")) << QStringLiteral("date");
}

void TestValidation::residentIdInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    const auto r = Validation::residentId(input);
    QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted as ") + (r.ok() ? r.value() : QString())));
    QVERIFY2(r.error().contains(QLatin1String("Resident ID number")), qPrintable(r.error()));
    if (!mentions.isEmpty())
        QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
}

void TestValidation::personName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected");
    QTest::newRow("chinese") << QStringLiteral("王芳") << true << QStringLiteral("王芳");
    QTest::newRow("english") << QStringLiteral("Emily Chen") << true << QStringLiteral("Emily Chen");
    QTest::newRow("blanks collapsed") << QStringLiteral("  Emily \t  Chen ") << true << QStringLiteral("Emily Chen");
    QTest::newRow("200 characters") << QString(200, u'a') << true << QString(200, u'a');
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("only blanks") << QStringLiteral(" \t\n ") << false << QString();
    QTest::newRow("201 characters") << QString(201, u'a') << false << QString();
}

void TestValidation::personName()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, expected);
    const auto r = Validation::personName(input);
    QCOMPARE(r.ok(), valid);
    if (valid)
        QCOMPARE(r.value(), expected);
    else
        QVERIFY2(r.error().startsWith(QLatin1String("Name")), qPrintable(r.error()));
}

void TestValidation::creditCodeCheckCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");
    // Codes printed on real business licences.
    QTest::newRow("91350100M000100Y4") << QStringLiteral("91350100M000100Y4") << QChar(u'3');
    QTest::newRow("91440300708461136") << QStringLiteral("91440300708461136") << QChar(u'T');
    QTest::newRow("9111000071093123X") << QStringLiteral("9111000071093123X") << QChar(u'X');
    // A sum divisible by 31 gives 0, not the 32nd character.
    QTest::newRow("zeros") << QStringLiteral("00000000000000000") << QChar(u'0');
    for (const QString &s : {QStringLiteral("12100000400000624"), QStringLiteral("52310000MJ4912345"),
                             QStringLiteral("Y1110105MA01ABCDE"), QStringLiteral("93330100QRTUWXY12")})
        QTest::newRow(qPrintable(s)) << s << independentCreditCheck(s);
}

void TestValidation::creditCodeCheckCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(independentCreditCheck(first17), expected);
    QCOMPARE(Validation::creditCodeCheckCharacter(first17), expected);
}

void TestValidation::creditCodeValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString code = QStringLiteral("91350100M000100Y43");
    QTest::newRow("printed") << code << code;
    QTest::newRow("lower case") << QStringLiteral("91350100m000100y43") << code;
    QTest::newRow("blanks") << QStringLiteral("  91350100M000100Y43\t") << code;
    QTest::newRow("letter check character") << QStringLiteral("91440300708461136T") << QStringLiteral("91440300708461136T");
    QTest::newRow("two X at the end") << QStringLiteral("9111000071093123XX") << QStringLiteral("9111000071093123XX");
    for (const QString &first17 : {QStringLiteral("12100000400000624"), QStringLiteral("Y1110105MA01ABCDE")}) {
        const QString c = withCreditCheck(first17);
        QTest::newRow(qPrintable(c)) << c << c;
    }
}

void TestValidation::creditCodeValid()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto r = Validation::creditCode(input);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value(), expected);
}

void TestValidation::creditCodeInvalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions"); // a word the message must contain besides the field name

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
    const QString first17 = QStringLiteral("91350100M000100Y4");
    for (const QChar c : QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY"))
        if (c != QLatin1Char('3'))
            QTest::addRow("check character %c", char(c.unicode())) << first17 + c << QStringLiteral("check character");
    QTest::newRow("one character changed") << QStringLiteral("91350100M000200Y43") << QStringLiteral("check character");
    QTest::newRow("two characters swapped") << QStringLiteral("93150100M000100Y43") << QStringLiteral("check character");
    QTest::newRow("17 characters") << first17 << QStringLiteral("18");
    QTest::newRow("19 characters") << QStringLiteral("91350100M000100Y430") << QStringLiteral("18");
    QTest::newRow("15-digit old registration number") << QStringLiteral("350100100001234") << QStringLiteral("18");
    for (const char *letter : {"I", "O", "S", "V", "Z"}) // never used: too easily confused with 1, 0, 5, U and 2
        QTest::addRow("letter %s", letter) << QStringLiteral("91350100%1000100Y43").arg(QLatin1String(letter))
                                            << QStringLiteral("I, O, S, V");
    QTest::newRow("dash") << QStringLiteral("91350100-M000100Y4") << QStringLiteral("18");
    QTest::newRow("chinese") << QStringLiteral("统一社会信用代码统一社会信用代码统一") << QStringLiteral("18");
}

void TestValidation::creditCodeInvalid()
{
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    const auto r = Validation::creditCode(input);
    QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted as ") + (r.ok() ? r.value() : QString())));
    QVERIFY2(r.error().contains(QLatin1String("Unified social credit code")), qPrintable(r.error()));
    if (!mentions.isEmpty())
        QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
