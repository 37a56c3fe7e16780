#pragma once

#include "../common/result.h"
#include "../workflow/intakeservice.h"
#include "csv.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>

namespace pd {

// Requests from a CSV file (a web form's export, a spreadsheet): read, mapped column by column to
// the intake form's fields, and checked row by row with the intake's own validation, so that the
// file is imported whole or not at all. Columns are recognised by their keys (received, type,
// channel, name, phone, email, id_number, account, company, summary, language) or their labels
// in either language; others are mapped by hand (the dialog, `--map HEADER=FIELD`) or ignored.
class RequestImport final
{
    Q_DECLARE_TR_FUNCTIONS(RequestImport)

public:
    enum class Field { Received, Type, Channel, Name, Phone, Email, IdNumber, Account, Company, Summary, Language };
    static QList<Field> fields();
    static QString key(Field field);
    static QString label(Field field); // in the UI language
    static std::optional<Field> fieldFromKey(const QString &key);
    // The field a header names (key, or label in English or Simplified Chinese; case and spaces ignored).
    static std::optional<Field> recognise(const QString &header);

    struct Problem
    {
        int line = 0;      // in the file
        QString column;    // the header of the column, or the field's label
        QString message;
    };
    struct Row
    {
        int line = 0;
        QStringList cells;
        IntakeForm form;
        QList<Problem> problems;
        bool ok() const { return problems.isEmpty(); }
    };
    struct File
    {
        Csv::Encoding encoding = Csv::Encoding::Utf8;
        QChar separator = QLatin1Char(',');
        QStringList headers;
        QList<std::optional<Field>> mapping; // per column; nullopt: ignored
        QList<Csv::Record> records;          // the data rows (not the header)
    };

    // Decodes and parses; recognises the columns. Fails on a file that cannot be read at all
    // (not text, a quote never closed, no header, a field named twice).
    static Result<File> read(const QByteArray &bytes, std::optional<Csv::Encoding> encoding = std::nullopt);
    // "HEADER=FIELD" pairs: the column with that header takes that field (or "ignore").
    static Status map(File &file, const QStringList &assignments);
    // Fields no column provides that every row needs (name, type).
    static QList<Field> missingFields(const File &file);

    // Each row as an intake form, with every problem of the row. `validate` is the intake's check
    // (RequestDesk::validate): it normalises the form and lists what is wrong.
    using Validator = std::function<QList<FieldError>(IntakeForm &)>;
    static QList<Row> check(const File &file, const Validator &validate, const QDateTime &now);

    // "yyyy-MM-dd", "yyyy/MM/dd", "yyyy年M月d日", each with an optional "HH:mm[:ss]"; local time.
    static QDateTime parseReceived(const QString &text);

private:
    static QString columnFor(const File &file, FieldError::Field field);
};

} // namespace pd
