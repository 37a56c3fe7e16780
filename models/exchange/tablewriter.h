#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

#include <memory>

namespace pd {

// Writes a table (a header row, then rows of text) to a file people open in a spreadsheet:
// CSV (UTF-8 with a byte-order mark so Excel reads Chinese, formulas defused: Csv::line) or XLSX
// (libxlsxwriter in constant-memory mode, every cell a string, so nothing is ever a formula;
// beyond a sheet's 1,048,576 rows the table goes on in a new sheet with the header repeated).
// Nothing is at `path` until finish() succeeds: a failed or cancelled export leaves no half file.
class TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(TableWriter)

public:
    enum class Format { Csv, Xlsx };

    virtual ~TableWriter() = default;
    // The format a file name asks for (".xlsx", else CSV).
    static Format formatFor(const QString &path);
    static Result<std::unique_ptr<TableWriter>> create(Format format, const QString &path, const QString &sheetName);
    // CSV onto an open device (standard output), without a byte-order mark.
    static std::unique_ptr<TableWriter> csv(QIODevice &device);

    virtual Status header(const QStringList &cells) = 0;
    virtual Status row(const QStringList &cells) = 0;
    virtual Status finish() = 0;
};

} // namespace pd
