#include "letterpreviewdialog.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd {

namespace {
constexpr qreal kZoomStep = 1.25;
}

LetterPreviewDialog::LetterPreviewDialog(const QByteArray &pdf, const QString &title, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_pdf(pdf), m_title(title), m_fileName(fileName), m_buffer(new QBuffer(&m_pdf, this)),
      m_document(new QPdfDocument(this)), m_view(new QPdfView(this)), m_page(new QLabel(this)), m_zoomOut(new QToolButton(this)),
      m_zoomIn(new QToolButton(this)), m_fitWidth(new QToolButton(this)), m_save(new QPushButton(this)),
      m_print(new QPushButton(this)), m_close(new QPushButton(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("letterPreview"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_page->setObjectName(QStringLiteral("pageLabel"));
    bar->addWidget(m_page, 1);
    for (QToolButton *b : {m_zoomOut, m_zoomIn, m_fitWidth})
        bar->addWidget(b);
    m_fitWidth->setCheckable(true);
    m_fitWidth->setChecked(true);
    layout->addLayout(bar);

    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocument(m_document);
    layout->addWidget(m_view, 1);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_print->setObjectName(QStringLiteral("printButton"));
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &LetterPreviewDialog::askAndSave);
    connect(m_print, &QPushButton::clicked, this, &LetterPreviewDialog::askAndPrint);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_zoomIn, &QToolButton::clicked, this, [this] {
        m_fitWidth->setChecked(false);
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(std::min(m_view->zoomFactor() * kZoomStep, 8.0));
    });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] {
        m_fitWidth->setChecked(false);
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(std::max(m_view->zoomFactor() / kZoomStep, 0.2));
    });
    connect(m_fitWidth, &QToolButton::toggled, this, [this](bool on) {
        m_view->setZoomMode(on ? QPdfView::ZoomMode::FitToWidth : QPdfView::ZoomMode::Custom);
    });
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, &LetterPreviewDialog::updatePageLabel);
    connect(m_document, &QPdfDocument::pageCountChanged, this, &LetterPreviewDialog::updatePageLabel);

    m_buffer->open(QIODevice::ReadOnly);
    m_document->load(m_buffer);
    if (m_document->status() == QPdfDocument::Status::Error)
        showError(tr("The letter cannot be shown: its PDF could not be read."));

    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 1024);
    resize(std::min(860, available.width() * 9 / 10), available.height() * 9 / 10);
    retranslate();
}

LetterPreviewDialog::~LetterPreviewDialog()
{
    m_view->setDocument(nullptr);
    m_document->close();
}

int LetterPreviewDialog::pageCount() const
{
    return m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
}

void LetterPreviewDialog::retranslate()
{
    setWindowTitle(tr("Letter — %1").arg(m_title));
    m_zoomOut->setText(tr("Zoom out"));
    m_zoomIn->setText(tr("Zoom in"));
    m_fitWidth->setText(tr("Fit width"));
    m_save->setText(tr("Save as…"));
    m_print->setText(tr("Print…"));
    m_close->setText(tr("Close"));
    updatePageLabel();
}

void LetterPreviewDialog::updatePageLabel()
{
    const int pages = pageCount();
    m_page->setText(pages == 0 ? QString()
                               : tr("Page %1 of %2").arg(QLocale().toString(m_view->pageNavigator()->currentPage() + 1),
                                                         QLocale().toString(pages)));
}

void LetterPreviewDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString LetterPreviewDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool LetterPreviewDialog::saveTo(const QString &path, QString *error)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(m_pdf) == m_pdf.size() && file.commit();
    if (!ok) {
        const QString message = tr("The letter could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        showError(message);
        if (error)
            *error = message;
        return false;
    }
    showError({});
    Q_EMIT saved(path);
    return true;
}

void LetterPreviewDialog::askAndSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save letter"), QDir(folder).filePath(m_fileName),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool LetterPreviewDialog::printOn(QPrinter &printer)
{
    const int pages = pageCount();
    QPainter painter;
    if (pages == 0 || !painter.begin(&printer)) {
        showError(tr("The letter could not be printed."));
        return false;
    }
    const QRect target = printer.pageLayout().paintRectPixels(printer.resolution());
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !printer.newPage())
            break;
        // Each page scaled to fit the printable area, its proportions kept.
        const QSizeF points = m_document->pagePointSize(i);
        const QSize size = points.scaled(QSizeF(target.size()), Qt::KeepAspectRatio).toSize();
        const QImage image = m_document->render(i, size);
        painter.drawImage(QPoint((target.width() - size.width()) / 2, 0), image);
    }
    const bool ok = painter.end();
    if (!ok) {
        showError(tr("The letter could not be printed."));
        return false;
    }
    showError({});
    Q_EMIT printed();
    return true;
}

void LetterPreviewDialog::askAndPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_title);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print letter"));
    if (dialog.exec() == QDialog::Accepted)
        printOn(printer);
}

void LetterPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace pd
