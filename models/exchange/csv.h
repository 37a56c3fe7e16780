#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace pd {

// Comma-separated values as spreadsheets and web-form exports write them (RFC 4180): fields in
// double quotes may hold commas, quotes (doubled) and line breaks. Reading is for files people
// bring (UTF-8, with or without a byte-order mark, or GBK); writing is for files people open in a
// spreadsheet (UTF-8 with a byte-order mark, CRLF, every cell that could start a formula defused).
class Csv final
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    enum class Encoding { Utf8, Gbk };
    struct Decoded
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
    };
    // One record and the line of the file it starts on (1-based; a quoted field may span lines).
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    static constexpr qsizetype kMaximumFieldLength = 100'000;
    static constexpr int kMaximumRecords = 1'000'000;

    // Decodes in the given encoding, or detects it: text that is valid UTF-8 is UTF-8 (a BOM is
    // dropped), anything else is read as GBK (GB 18030). Fails naming the line with bytes that
    // are not text in the chosen encoding.
    static Result<Decoded> decode(const QByteArray &bytes, std::optional<Encoding> encoding = std::nullopt);
    // The separator a header line uses: comma, semicolon or tab, whichever occurs most outside quotes.
    static QChar detectSeparator(QStringView text);
    // The records of the text; blank lines are skipped. Fails on a quoted field that never closes,
    // a field that is too long or too many records, naming the line.
    static Result<QList<Record>> parse(QStringView text, QChar separator = QLatin1Char(','));

    // A cell that a spreadsheet would read as a formula (= + - @, a tab or a carriage return
    // first: OWASP's list) starts with an apostrophe instead, so it is shown as text.
    static QString neutralise(const QString &cell);
    // One line of a file: each cell neutralised, quoted where it needs it, ended with CRLF.
    static QByteArray line(const QStringList &cells);
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
    static QString encodingName(Encoding e) { return e == Encoding::Gbk ? QStringLiteral("GBK") : QStringLiteral("UTF-8"); }
};

} // namespace pd
