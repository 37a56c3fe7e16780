#pragma once

#include <QByteArray>
#include <QDialog>

class QBuffer;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QPushButton;
class QToolButton;

namespace pd {

// A letter's PDF shown inside the app (Qt PDF), with Save as… and Print…: nothing is written to
// disk unless the user saves it. The bytes are the ones the session checked against the letter's
// stored SHA-256; saving writes exactly those bytes.
class LetterPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterPreviewDialog)

public:
    // `fileName`: the name Save as… suggests (e.g. "DSR-2026-000123 acknowledgement en.pdf").
    LetterPreviewDialog(const QByteArray &pdf, const QString &title, const QString &fileName, QWidget *parent = nullptr);
    ~LetterPreviewDialog() override;

    QPdfDocument *document() const { return m_document; }
    int pageCount() const;
    // Writes the letter to `path`; on failure the message says why and nothing is reported saved.
    bool saveTo(const QString &path, QString *error = nullptr);
    // Prints every page on `printer` (each page rendered at the printer's resolution).
    bool printOn(QPrinter &printer);
    QString errorText() const;

Q_SIGNALS:
    void saved(const QString &path);
    void printed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void askAndSave();
    void askAndPrint();
    void updatePageLabel();
    void showError(const QString &message);

    QByteArray m_pdf;
    QString m_title;
    QString m_fileName;
    QBuffer *m_buffer;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QLabel *m_page;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fitWidth;
    QPushButton *m_save;
    QPushButton *m_print;
    QPushButton *m_close;
    QLabel *m_error;
};

} // namespace pd
