#include "requestimport.h"

#include "../fulfilment/letterlanguage.h"

#include <QRegularExpression>

namespace pd {

namespace {

struct FieldInfo
{
    RequestImport::Field field;
    const char *key;
    const char *label;
};

constexpr FieldInfo kFields[] = {
    {RequestImport::Field::Received, "received", QT_TRANSLATE_NOOP("RequestImport", "Received")},
    {RequestImport::Field::Type, "type", QT_TRANSLATE_NOOP("RequestImport", "Request type")},
    {RequestImport::Field::Channel, "channel", QT_TRANSLATE_NOOP("RequestImport", "Channel")},
    {RequestImport::Field::Name, "name", QT_TRANSLATE_NOOP("RequestImport", "Name")},
    {RequestImport::Field::Phone, "phone", QT_TRANSLATE_NOOP("RequestImport", "Phone")},
    {RequestImport::Field::Email, "email", QT_TRANSLATE_NOOP("RequestImport", "E-mail")},
    {RequestImport::Field::IdNumber, "id_number", QT_TRANSLATE_NOOP("RequestImport", "Resident ID number")},
    {RequestImport::Field::Account, "account", QT_TRANSLATE_NOOP("RequestImport", "Account")},
    {RequestImport::Field::Company, "company", QT_TRANSLATE_NOOP("RequestImport", "Company")},
    {RequestImport::Field::Summary, "summary", QT_TRANSLATE_NOOP("RequestImport", "Summary")},
    {RequestImport::Field::Language, "language", QT_TRANSLATE_NOOP("RequestImport", "Letter language")},
};

QString squeezed(const QString &s)
{
    static const QRegularExpression space(QStringLiteral("[\\s_\\-]+"));
    return s.toCaseFolded().remove(space);
}

// A label in both languages (the UI's may be either), through the app's own translations.
QStringList bothLanguages(const char *context, const char *source)
{
    static const auto languages = [] {
        QList<std::shared_ptr<const LetterLanguage>> out;
        for (const QString &code : {QStringLiteral("zh_CN"), QStringLiteral("en")})
            if (auto language = LetterLanguage::load(code))
                out << language.value();
        return out;
    }();
    QStringList out{QString::fromUtf8(source)};
    for (const auto &language : languages)
        out << language->translate(context, source);
    return out;
}

// Every key and label of an enum table (squeezed) to its value; built once per table.
template<typename E>
std::optional<E> fromKeyOrLabel(const EnumTable<E> &table, const QString &text)
{
    static const QHash<QString, E> index = [&] {
        QHash<QString, E> out;
        for (E value : table.all()) {
            out.insert(squeezed(table.key(value)), value);
            for (const QString &label : bothLanguages(table.context(), table.sourceLabel(value)))
                out.insert(squeezed(label), value);
        }
        return out;
    }();
    const auto it = index.constFind(squeezed(text));
    return it == index.cend() ? std::nullopt : std::optional<E>(*it);
}

// The letter language a cell names: a code (zh_CN, en) or a word for it.
QString languageFrom(const QString &value)
{
    static const QStringList chinese{QStringLiteral("中文"), QStringLiteral("简体中文"), QStringLiteral("chinese")};
    static const QStringList english{QStringLiteral("英文"), QStringLiteral("英语"), QStringLiteral("english")};
    const QString v = value.trimmed().toCaseFolded();
    if (chinese.contains(v))
        return QStringLiteral("zh_CN");
    if (english.contains(v))
        return QStringLiteral("en");
    return LetterLanguage::normalise(value);
}

} // namespace

QList<RequestImport::Field> RequestImport::fields()
{
    QList<Field> out;
    for (const auto &f : kFields)
        out << f.field;
    return out;
}

QString RequestImport::key(Field field)
{
    for (const auto &f : kFields)
        if (f.field == field)
            return QString::fromLatin1(f.key);
    return {};
}

QString RequestImport::label(Field field)
{
    for (const auto &f : kFields)
        if (f.field == field)
            return tr(f.label);
    return {};
}

std::optional<RequestImport::Field> RequestImport::fieldFromKey(const QString &key)
{
    for (const auto &f : kFields)
        if (key.trimmed() == QLatin1String(f.key))
            return f.field;
    return std::nullopt;
}

std::optional<RequestImport::Field> RequestImport::recognise(const QString &header)
{
    const QString wanted = squeezed(header);
    if (wanted.isEmpty())
        return std::nullopt;
    // Words web forms use besides the labels.
    static const QHash<QString, Field> synonyms{
        {QStringLiteral("receivedat"), Field::Received}, {QStringLiteral("date"), Field::Received},
        {QStringLiteral("收到时间"), Field::Received},    {QStringLiteral("提交时间"), Field::Received},
        {QStringLiteral("收到日期"), Field::Received},    {QStringLiteral("类型"), Field::Type},
        {QStringLiteral("手机"), Field::Phone},           {QStringLiteral("手机号"), Field::Phone},
        {QStringLiteral("手机号码"), Field::Phone},       {QStringLiteral("电话"), Field::Phone},
        {QStringLiteral("邮箱"), Field::Email},           {QStringLiteral("e-mail"), Field::Email},
        {QStringLiteral("身份证号"), Field::IdNumber},    {QStringLiteral("身份证号码"), Field::IdNumber},
        {QStringLiteral("账号"), Field::Account},         {QStringLiteral("企业"), Field::Company},
        {QStringLiteral("企业名称"), Field::Company},     {QStringLiteral("公司"), Field::Company},
        {QStringLiteral("内容"), Field::Summary},         {QStringLiteral("描述"), Field::Summary},
        {QStringLiteral("语言"), Field::Language},        {QStringLiteral("姓名"), Field::Name},
        {QStringLiteral("请求类型"), Field::Type},        {QStringLiteral("申请类型"), Field::Type},
        {QStringLiteral("渠道"), Field::Channel},         {QStringLiteral("电子邮箱"), Field::Email},
        {QStringLiteral("电子邮件"), Field::Email},
    };
    if (const auto it = synonyms.constFind(wanted); it != synonyms.cend())
        return *it;
    for (const auto &f : kFields) {
        if (wanted == squeezed(QString::fromLatin1(f.key)))
            return f.field;
        for (const QString &label : bothLanguages("RequestImport", f.label))
            if (wanted == squeezed(label))
                return f.field;
    }
    return std::nullopt;
}

Result<RequestImport::File> RequestImport::read(const QByteArray &bytes, std::optional<Csv::Encoding> encoding)
{
    using R = Result<File>;
    const auto decoded = Csv::decode(bytes, encoding);
    if (!decoded)
        return decoded.fault();
    File file;
    file.encoding = decoded->encoding;
    file.separator = Csv::detectSeparator(decoded->text);
    const auto parsed = Csv::parse(decoded->text, file.separator);
    if (!parsed)
        return parsed.fault();
    QList<Csv::Record> records = parsed.value();
    if (records.isEmpty())
        return R::failure(ErrorKind::Invalid, tr("The file is empty: its first line should name the columns."));
    const Csv::Record header = records.takeFirst();
    file.headers = header.fields;
    for (QString &h : file.headers)
        h = h.trimmed();
    for (const QString &h : std::as_const(file.headers)) {
        const auto field = recognise(h);
        if (field && file.mapping.contains(field))
            return R::failure(ErrorKind::Invalid, tr("Line %1: two columns give the field \"%2\" (\"%3\" is the second).")
                                                      .arg(header.line)
                                                      .arg(label(*field), h));
        file.mapping << field;
    }
    file.records = records;
    return file;
}

Status RequestImport::map(File &file, const QStringList &assignments)
{
    for (const QString &a : assignments) {
        const qsizetype eq = a.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return Status::failure(ErrorKind::Invalid, tr("\"%1\" is not HEADER=FIELD.").arg(a));
        const QString header = a.left(eq).trimmed();
        const QString target = a.mid(eq + 1).trimmed();
        const qsizetype column = file.headers.indexOf(header);
        if (column < 0)
            return Status::failure(ErrorKind::Invalid, tr("The file has no column \"%1\" (its columns: %2).")
                                                           .arg(header, file.headers.join(QLatin1String(", "))));
        if (target == QLatin1String("ignore")) {
            file.mapping[column] = std::nullopt;
            continue;
        }
        const auto field = fieldFromKey(target);
        if (!field) {
            QStringList keys;
            for (Field f : fields())
                keys << key(f);
            return Status::failure(ErrorKind::Invalid, tr("\"%1\" is not a field; use one of: %2, or ignore.")
                                                           .arg(target, keys.join(QLatin1String(", "))));
        }
        for (auto &m : file.mapping)
            if (m == field)
                m = std::nullopt; // the field moves to this column
        file.mapping[column] = field;
    }
    return {};
}

QList<RequestImport::Field> RequestImport::missingFields(const File &file)
{
    QList<Field> out;
    for (Field required : {Field::Name, Field::Type})
        if (!file.mapping.contains(required))
            out << required;
    return out;
}

QDateTime RequestImport::parseReceived(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[\\sT]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    QTime time(0, 0);
    if (m.hasCaptured(4))
        time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.hasCaptured(6) ? m.captured(6).toInt() : 0);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::LocalTime);
}

QString RequestImport::columnFor(const File &file, FieldError::Field field)
{
    using F = FieldError::Field;
    const auto header = [&](Field f) {
        const qsizetype i = file.mapping.indexOf(f);
        return i >= 0 ? file.headers.at(i) : label(f);
    };
    switch (field) {
    case F::Name: return header(Field::Name);
    case F::Account: return header(Field::Account);
    case F::Email: return header(Field::Email);
    case F::Phone: return header(Field::Phone);
    case F::IdNumber: return header(Field::IdNumber);
    case F::Company: return header(Field::Company);
    case F::Types: return header(Field::Type);
    case F::ReceivedAt: return header(Field::Received);
    case F::Summary: return header(Field::Summary);
    case F::Person: return header(Field::Name);
    }
    return {};
}

QList<RequestImport::Row> RequestImport::check(const File &file, const Validator &validate, const QDateTime &now)
{
    QList<Row> rows;
    rows.reserve(file.records.size());
    for (const Csv::Record &record : file.records) {
        Row row;
        row.line = record.line;
        row.cells = record.fields;
        const auto problem = [&](qsizetype column, const QString &message) {
            row.problems << Problem{row.line, file.headers.value(column), message};
        };
        if (record.fields.size() > file.headers.size())
            row.problems << Problem{row.line, QString(),
                                    tr("%n cell(s) more than the header names.", nullptr, int(record.fields.size() - file.headers.size()))};
        IntakeForm &f = row.form;
        f.receivedAt = now;
        f.channel = Channel::OnlineFeedback;
        for (qsizetype c = 0; c < file.mapping.size(); ++c) {
            if (!file.mapping.at(c))
                continue;
            const QString value = record.fields.value(c).trimmed();
            switch (*file.mapping.at(c)) {
            case Field::Received:
                if (!value.isEmpty()) {
                    f.receivedAt = parseReceived(value);
                    if (!f.receivedAt.isValid())
                        problem(c, tr("\"%1\" is not a date (use 2026-03-05 or 2026-03-05 14:30).").arg(value));
                    else if (f.receivedAt > now)
                        problem(c, tr("%1 is in the future.").arg(value));
                }
                break;
            case Field::Type:
                for (const QString &part : value.split(QRegularExpression(QStringLiteral("[;；、|]")), Qt::SkipEmptyParts)) {
                    if (const auto type = fromKeyOrLabel(requestTypes(), part.trimmed())) {
                        if (!f.types.contains(*type))
                            f.types << *type;
                    } else {
                        problem(c, tr("\"%1\" is not a request type.").arg(part.trimmed()));
                    }
                }
                break;
            case Field::Channel:
                if (!value.isEmpty()) {
                    if (const auto channel = fromKeyOrLabel(channels(), value))
                        f.channel = *channel;
                    else
                        problem(c, tr("\"%1\" is not a channel.").arg(value));
                }
                break;
            case Field::Name: f.name = value; break;
            case Field::Phone: f.phone = value; break;
            case Field::Email: f.email = value; break;
            case Field::IdNumber: f.idNumber = value; break;
            case Field::Account: f.account = value; break;
            case Field::Company: f.company = value; break;
            case Field::Summary: f.summary = record.fields.value(c); break; // line breaks kept
            case Field::Language:
                if (!value.isEmpty())
                    f.language = languageFrom(value);
                break;
            }
        }
        if (!file.mapping.contains(Field::Language)) // the person's name tells best which letters they read
            f.language = f.name.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))) || f.name.isEmpty()
                ? QStringLiteral("zh_CN")
                : QStringLiteral("en");
        const bool typeProblem = std::any_of(row.problems.cbegin(), row.problems.cend(), [&](const Problem &p) {
            return p.column == columnFor(file, FieldError::Field::Types);
        });
        const bool receivedProblem = std::any_of(row.problems.cbegin(), row.problems.cend(), [&](const Problem &p) {
            return p.column == columnFor(file, FieldError::Field::ReceivedAt);
        });
        if (!f.receivedAt.isValid())
            f.receivedAt = now;
        for (const FieldError &e : validate(f)) {
            if ((e.field == FieldError::Field::Types && typeProblem) || (e.field == FieldError::Field::ReceivedAt && receivedProblem))
                continue; // already said
            row.problems << Problem{row.line, columnFor(file, e.field), e.message};
        }
        rows << row;
    }
    return rows;
}

} // namespace pd
