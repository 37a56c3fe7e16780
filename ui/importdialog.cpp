#include "importdialog.h"

#include "common/displayformat.h"
#include "session/requestdesk.h"
#include "session/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd {

ImportDialog::ImportDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_fileLabel(new QLabel(this)), m_choose(new QPushButton(this)),
      m_encodingLabel(new QLabel(this)), m_encodingBox(new QComboBox(this)), m_mappingTitle(new QLabel(this)),
      m_mapping(new QTableWidget(this)), m_previewTitle(new QLabel(this)), m_preview(new QTableWidget(this)),
      m_summary(new QLabel(this)), m_buttons(new QDialogButtonBox(this)), m_import(new QPushButton(this))
{
    setObjectName(QStringLiteral("importDialog"));
    auto *top = new QGridLayout;
    m_fileLabel->setObjectName(QStringLiteral("importFile"));
    m_fileLabel->setWordWrap(true);
    top->addWidget(m_fileLabel, 0, 0, 1, 3);
    top->addWidget(m_choose, 0, 3);
    top->addWidget(m_encodingLabel, 1, 0);
    m_encodingBox->setObjectName(QStringLiteral("importEncoding"));
    top->addWidget(m_encodingBox, 1, 1);
    top->setColumnStretch(2, 1);
    m_encodingLabel->setBuddy(m_encodingBox);

    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setColumnCount(2);
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->setMaximumHeight(180);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setColumnCount(5);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setWordWrap(false);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);

    m_import->setObjectName(QStringLiteral("importButton"));
    m_buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_mappingTitle);
    layout->addWidget(m_mapping);
    layout->addWidget(m_previewTitle);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_encodingBox, &QComboBox::activated, this, [this](int index) {
        const int e = m_encodingBox->itemData(index).toInt();
        setEncoding(e < 0 ? std::nullopt : std::optional<Csv::Encoding>(Csv::Encoding(e)));
    });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 640);
    retranslate();
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import requests from a CSV file"));
    m_choose->setText(tr("Choose file…"));
    m_encodingLabel->setText(tr("&Encoding:"));
    const int current = m_encodingBox->currentIndex();
    m_encodingBox->clear();
    m_encodingBox->addItem(tr("Detect"), -1);
    m_encodingBox->addItem(QStringLiteral("UTF-8"), int(Csv::Encoding::Utf8));
    m_encodingBox->addItem(QStringLiteral("GBK"), int(Csv::Encoding::Gbk));
    m_encodingBox->setCurrentIndex(std::max(0, current));
    m_mappingTitle->setText(tr("Columns: what each column of the file holds"));
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Field")});
    m_previewTitle->setText(tr("Preview: every row checked as the intake form checks it"));
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Check"), tr("Name"), tr("Request type"), tr("Problems")});
    m_import->setText(tr("&Import"));
    if (!m_path.isEmpty()) {
        fillMapping();
        fillPreview();
    }
    m_fileLabel->setText(m_path.isEmpty() ? tr("No file chosen yet.") : tr("File: %1").arg(QDir::toNativeSeparators(m_path)));
    m_summary->setText(summaryText());
    m_import->setEnabled(canImport());
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import requests"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ImportDialog::chooseFileLater()
{
    QMetaObject::invokeMethod(this, &ImportDialog::chooseFile, Qt::QueuedConnection);
}

void ImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_fileLabel->setText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_bytes.clear();
        showError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_bytes = file.readAll();
    reread();
}

void ImportDialog::setEncoding(std::optional<Csv::Encoding> encoding)
{
    m_encoding = encoding;
    const int index = m_encodingBox->findData(encoding ? int(*encoding) : -1);
    m_encodingBox->setCurrentIndex(std::max(0, index));
    if (!m_path.isEmpty())
        reread();
}

void ImportDialog::reread()
{
    m_rows.clear();
    const auto read = RequestImport::read(m_bytes, m_encoding);
    if (!read) {
        m_file = {};
        fillMapping();
        fillPreview();
        showError(read.error());
        return;
    }
    m_file = read.value();
    m_error.clear();
    if (!m_encoding)
        m_encodingBox->setItemText(0, tr("Detect (%1)").arg(Csv::encodingName(m_file.encoding)));
    fillMapping();
    check();
}

void ImportDialog::setMapping(int column, std::optional<RequestImport::Field> field)
{
    if (column < 0 || column >= m_file.mapping.size())
        return;
    for (auto &m : m_file.mapping)
        if (field && m == field)
            m = std::nullopt; // one column per field
    m_file.mapping[column] = field;
    fillMapping();
    check();
}

void ImportDialog::fillMapping()
{
    m_mapping->setRowCount(int(m_file.headers.size()));
    for (int c = 0; c < m_file.headers.size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(m_file.headers.at(c)));
        m_mapping->item(c, 0)->setFlags(Qt::ItemIsEnabled);
        auto *box = new QComboBox(m_mapping);
        box->addItem(tr("(ignore)"), -1);
        for (RequestImport::Field f : RequestImport::fields())
            box->addItem(RequestImport::label(f), int(f));
        box->setCurrentIndex(std::max(0, box->findData(m_file.mapping.at(c) ? int(*m_file.mapping.at(c)) : -1)));
        connect(box, &QComboBox::activated, this, [this, c, box](int index) {
            const int f = box->itemData(index).toInt();
            setMapping(c, f < 0 ? std::nullopt : std::optional<RequestImport::Field>(RequestImport::Field(f)));
        });
        m_mapping->setCellWidget(c, 1, box);
    }
}

void ImportDialog::check()
{
    const auto missing = RequestImport::missingFields(m_file);
    if (!missing.isEmpty()) {
        QStringList names;
        for (auto f : missing)
            names << RequestImport::label(f);
        m_rows.clear();
        fillPreview();
        showError(tr("No column gives %1: choose the column that holds it above.").arg(names.join(QLatin1String(", "))));
        return;
    }
    m_busy = true;
    m_import->setEnabled(false);
    m_summary->setText(tr("Checking %Ln row(s)…", nullptr, int(m_file.records.size())));
    const RequestImport::File file = m_file;
    m_session.read(
        this,
        [file](const Session &s) {
            return Result<QList<RequestImport::Row>>(
                RequestImport::check(file, [&s](IntakeForm &f) { return s.requests().validate(f); }, s.now()));
        },
        [this](const Result<QList<RequestImport::Row>> &rows) {
            m_busy = false;
            if (!rows)
                return showError(rows.error());
            m_rows = rows.value();
            m_error.clear();
            fillPreview();
            m_summary->setText(summaryText());
            m_import->setEnabled(canImport());
            Q_EMIT checked();
        });
}

void ImportDialog::fillPreview()
{
    QList<const RequestImport::Row *> shown;
    for (const auto &r : std::as_const(m_rows))
        if (!r.ok())
            shown << &r;
    int good = 0;
    for (const auto &r : std::as_const(m_rows))
        if (r.ok() && good++ < kPreviewRows)
            shown << &r;
    std::sort(shown.begin(), shown.end(), [](const auto *a, const auto *b) { return a->line < b->line; });
    m_preview->setRowCount(int(shown.size()));
    for (int i = 0; i < shown.size(); ++i) {
        const RequestImport::Row &r = *shown.at(i);
        QStringList types;
        for (RequestType t : r.form.types)
            types << requestTypes().label(t);
        QStringList problems;
        for (const auto &p : r.problems)
            problems << (p.column.isEmpty() ? p.message : tr("%1: %2", "column: problem").arg(p.column, p.message));
        const QStringList cells{QLocale().toString(r.line), r.ok() ? tr("Good") : tr("Wrong"), r.form.name,
                                types.join(QLatin1String(", ")), problems.join(QLatin1String("; "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (!r.ok())
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            m_preview->setItem(i, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    m_preview->horizontalHeader()->setStretchLastSection(true); // the problems take the rest
}

int ImportDialog::wrongRows() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const auto &r) { return !r.ok(); }));
}

bool ImportDialog::canImport() const
{
    return !m_busy && m_error.isEmpty() && !m_rows.isEmpty() && wrongRows() == 0;
}

QString ImportDialog::summaryText() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_path.isEmpty())
        return tr("Choose a CSV file exported from a web form or a spreadsheet (UTF-8 or GBK).");
    if (m_rows.isEmpty())
        return tr("The file has no rows below its header.");
    const int wrong = wrongRows();
    if (wrong > 0)
        return tr("%Ln row(s) in the file", nullptr, int(m_rows.size())) + QStringLiteral(": ")
            + tr("%Ln wrong. Nothing is imported while any row is wrong: correct the file (or the columns) and read it again.",
                 nullptr, wrong);
    return tr("All %Ln row(s) are good (%1). Import registers them all at once.", nullptr, int(m_rows.size()))
        .arg(Csv::encodingName(m_file.encoding));
}

void ImportDialog::showError(const QString &message)
{
    m_error = message;
    m_summary->setText(summaryText());
    m_summary->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
    m_import->setEnabled(canImport());
    Q_EMIT checked();
}

void ImportDialog::importNow()
{
    if (!canImport())
        return;
    QList<IntakeForm> forms;
    for (const auto &r : std::as_const(m_rows))
        forms << r.form;
    m_busy = true;
    m_import->setEnabled(false);
    const QString name = QFileInfo(m_path).fileName();
    const QString encoding = Csv::encodingName(m_file.encoding);
    m_session.write(
        this, [forms, name, encoding](const Session &s) { return s.requests().importRequests(forms, name, encoding); },
        [this](const Result<QList<Request>> &created) {
            m_busy = false;
            if (!created)
                return showError(created.error());
            Q_EMIT imported(created.value());
            accept();
        });
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace pd
