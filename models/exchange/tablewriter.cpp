#include "tablewriter.h"

#include "csv.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace pd {

namespace {

class CsvTableWriter final : public TableWriter
{
public:
    explicit CsvTableWriter(const QString &path) : m_file(path) {}

    Status open()
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return failed();
        return write(Csv::byteOrderMark());
    }
    Status header(const QStringList &cells) override { return write(Csv::line(cells)); }
    Status row(const QStringList &cells) override { return write(Csv::line(cells)); }
    Status finish() override
    {
        if (!m_file.commit())
            return failed();
        return {};
    }

private:
    Status write(const QByteArray &bytes)
    {
        if (m_file.write(bytes) != bytes.size())
            return failed();
        return {};
    }
    Status failed() const
    {
        return Status::failure(ErrorKind::Invalid, TableWriter::tr("Cannot write %1: %2")
                                                       .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
    }

    QSaveFile m_file;
};

class StreamTableWriter final : public TableWriter
{
public:
    explicit StreamTableWriter(QIODevice &device) : m_device(device) {}
    Status header(const QStringList &cells) override { return write(Csv::line(cells)); }
    Status row(const QStringList &cells) override { return write(Csv::line(cells)); }
    Status finish() override { return {}; }

private:
    Status write(const QByteArray &bytes)
    {
        if (m_device.write(bytes) != bytes.size())
            return Status::failure(ErrorKind::Internal, TableWriter::tr("Cannot write the table: %1").arg(m_device.errorString()));
        return {};
    }
    QIODevice &m_device;
};

class XlsxTableWriter final : public TableWriter
{
public:
    XlsxTableWriter(const QString &path, const QString &sheetName) : m_path(path), m_sheetName(sheetName.left(25)) {}
    ~XlsxTableWriter() override
    {
        if (m_book) {
            workbook_close(m_book); // unfinished: written to the temporary folder, then removed with it
            m_book = nullptr;
        }
    }

    Status open()
    {
        if (!m_temp.isValid())
            return Status::failure(ErrorKind::Internal, TableWriter::tr("Cannot create a temporary folder for the spreadsheet."));
        m_tempFile = QDir(m_temp.path()).filePath(QStringLiteral("export.xlsx"));
        const QByteArray tmpdir = QFile::encodeName(m_temp.path());
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;
        options.tmpdir = const_cast<char *>(tmpdir.constData());
        m_book = workbook_new_opt(QFile::encodeName(m_tempFile).constData(), &options);
        if (!m_book)
            return Status::failure(ErrorKind::Internal, TableWriter::tr("Cannot start the spreadsheet."));
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        return newSheet();
    }
    Status header(const QStringList &cells) override
    {
        m_header = cells;
        return writeRow(cells, m_bold);
    }
    Status row(const QStringList &cells) override
    {
        if (m_row >= LXW_ROW_MAX) {
            if (auto s = newSheet(); !s)
                return s;
            if (auto s = writeRow(m_header, m_bold); !s)
                return s;
        }
        return writeRow(cells, nullptr);
    }
    Status finish() override
    {
        const lxw_error closed = workbook_close(m_book);
        m_book = nullptr;
        if (closed != LXW_NO_ERROR)
            return Status::failure(ErrorKind::Internal, TableWriter::tr("The spreadsheet could not be written: %1").arg(QString::fromUtf8(lxw_strerror(closed))));
        QFile::remove(m_path);
        if (!QFile::rename(m_tempFile, m_path) && !QFile::copy(m_tempFile, m_path))
            return Status::failure(ErrorKind::Invalid, TableWriter::tr("Cannot write %1.").arg(QDir::toNativeSeparators(m_path)));
        return {};
    }

private:
    Status newSheet()
    {
        ++m_sheets;
        const QString name = m_sheets == 1 ? m_sheetName : QStringLiteral("%1 (%2)").arg(m_sheetName).arg(m_sheets);
        m_sheet = workbook_add_worksheet(m_book, name.toUtf8().constData());
        if (!m_sheet)
            return Status::failure(ErrorKind::Internal, TableWriter::tr("Cannot add a sheet to the spreadsheet."));
        worksheet_freeze_panes(m_sheet, 1, 0);
        m_row = 0;
        return {};
    }
    Status writeRow(const QStringList &cells, lxw_format *format)
    {
        for (int c = 0; c < cells.size() && c < LXW_COL_MAX; ++c) {
            const QByteArray text = cells.at(c).toUtf8();
            const lxw_error e = worksheet_write_string(m_sheet, lxw_row_t(m_row), lxw_col_t(c), text.constData(), format);
            if (e != LXW_NO_ERROR && e != LXW_ERROR_NULL_PARAMETER_IGNORED)
                return Status::failure(ErrorKind::Internal, TableWriter::tr("Row %1 could not be written to the spreadsheet: %2")
                                                                .arg(m_row + 1)
                                                                .arg(QString::fromUtf8(lxw_strerror(e))));
        }
        ++m_row;
        return {};
    }

    QString m_path;
    QString m_sheetName;
    QTemporaryDir m_temp;
    QString m_tempFile;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    QStringList m_header;
    qint64 m_row = 0;
    int m_sheets = 0;
};

} // namespace

TableWriter::Format TableWriter::formatFor(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

std::unique_ptr<TableWriter> TableWriter::csv(QIODevice &device)
{
    return std::make_unique<StreamTableWriter>(device);
}

Result<std::unique_ptr<TableWriter>> TableWriter::create(Format format, const QString &path, const QString &sheetName)
{
    if (format == Format::Csv) {
        auto writer = std::make_unique<CsvTableWriter>(path);
        if (auto s = writer->open(); !s)
            return s.fault();
        return std::unique_ptr<TableWriter>(std::move(writer));
    }
    auto writer = std::make_unique<XlsxTableWriter>(path, sheetName);
    if (auto s = writer->open(); !s)
        return s.fault();
    return std::unique_ptr<TableWriter>(std::move(writer));
}

} // namespace pd
