#include "csv.h"

#include <QLocale>
#include <QStringDecoder>

namespace pd {

namespace {

// The 1-based line of `offset` in `bytes`.
int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// Where strict UTF-8 decoding first fails, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    // Line by line, so the failure can be placed.
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            return start;
        start = end + 1;
    }
    return -1;
}

} // namespace

Result<Csv::Decoded> Csv::decode(const QByteArray &bytes, std::optional<Encoding> encoding)
{
    using R = Result<Decoded>;
    QByteArray body = bytes;
    const bool bom = body.startsWith(byteOrderMark());
    if (bom)
        body.remove(0, 3);
    const qsizetype badUtf8 = (encoding == Encoding::Gbk) ? -1 : firstInvalidUtf8(body);
    const Encoding chosen = encoding.value_or(bom || badUtf8 < 0 ? Encoding::Utf8 : Encoding::Gbk);
    if (chosen == Encoding::Utf8) {
        if (badUtf8 >= 0)
            return R::failure(ErrorKind::Invalid, tr("Line %1 is not UTF-8 text. If the file was saved as GBK, choose that encoding.")
                                                      .arg(lineAt(body, badUtf8)));
        return Decoded{QString::fromUtf8(body), Encoding::Utf8};
    }
    // GB 18030 is GBK's superset: every GBK file reads the same with it.
    QStringDecoder gbk("GB18030", QStringConverter::Flag::Stateless);
    if (!gbk.isValid())
        return R::failure(ErrorKind::Internal, tr("This computer's Qt cannot read GBK text."));
    qsizetype start = 0;
    QString text;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('\n', start);
        const bool last = end < 0;
        if (last)
            end = body.size();
        text += gbk.decode(QByteArrayView(body).sliced(start, end - start));
        if (gbk.hasError())
            return R::failure(ErrorKind::Invalid, tr("Line %1 is not GBK text either. Check the file's encoding.").arg(lineAt(body, start)));
        if (last)
            break;
        text += QLatin1Char('\n');
        start = end + 1;
    }
    return Decoded{text, Encoding::Gbk};
}

QChar Csv::detectSeparator(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break; // the first record only
        else if (!quoted && c == QLatin1Char(','))
            ++comma;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolon;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

Result<QList<Csv::Record>> Csv::parse(QStringView text, QChar separator)
{
    using R = Result<QList<Record>>;
    QList<Record> records;
    Record record;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool wasQuoted = false;   // the current field began with a quote
    bool any = false;         // the current record has content
    int line = 1;
    int quoteLine = 0;
    record.line = 1;
    const auto endField = [&] {
        record.fields << field;
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&]() -> bool {
        endField();
        const bool blank = !any && record.fields.size() == 1 && record.fields.constFirst().isEmpty();
        if (!blank)
            records << record;
        record = Record{};
        any = false;
        return records.size() <= kMaximumRecords;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = any = true;
            quoteLine = line;
        } else if (c == separator) {
            any = true;
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endRecord())
                return R::failure(ErrorKind::Invalid, tr("The file has more than %1 rows.").arg(QLocale().toString(kMaximumRecords)));
            ++line;
            record.line = line;
        } else {
            any = true;
            field += c; // a quote inside an unquoted field is kept as it is
        }
        if (field.size() > kMaximumFieldLength)
            return R::failure(ErrorKind::Invalid, tr("Line %1: a field is longer than %2 characters.")
                                                      .arg(quoted ? quoteLine : line)
                                                      .arg(QLocale().toString(kMaximumFieldLength)));
    }
    if (quoted)
        return R::failure(ErrorKind::Invalid, tr("Line %1: a quoted field is never closed (a \" is missing).").arg(quoteLine));
    if (any || !field.isEmpty() || !record.fields.isEmpty())
        if (!endRecord())
            return R::failure(ErrorKind::Invalid, tr("The file has more than %1 rows.").arg(QLocale().toString(kMaximumRecords)));
    return records;
}

QString Csv::neutralise(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + cell;
    default:
        return cell;
    }
}

QByteArray Csv::line(const QStringList &cells)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        QString cell = neutralise(cells.at(i));
        const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
            || cell.contains(QLatin1Char('\r')) || cell.contains(QLatin1Char(';'));
        if (quote) {
            cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
            out += '"' + cell.toUtf8() + '"';
        } else {
            out += cell.toUtf8();
        }
    }
    out += "\r\n";
    return out;
}

} // namespace pd
