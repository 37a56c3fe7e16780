#pragma once

#include "../common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QStringList>

namespace pd {

struct RenderedLetter
{
    QByteArray pdf;
    QString text; // the letter as plain text (for search, previews and tests)
};

// Lays a letter's HTML out on A4 and prints it to PDF (QtGui only: QTextDocument + QPdfWriter).
// The text uses Noto Sans CJK SC, which carries Latin and Chinese alike, so either language prints.
// Needs a QGuiApplication (the offscreen platform will do): fonts come from the platform.
class LetterRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(LetterRenderer)

public:
    static constexpr int kResolution = 300; // dpi

    // title goes into the PDF's metadata; footer is printed, with "n/N", at the foot of every page.
    static Result<RenderedLetter> render(const QString &html, const QString &title, const QString &footer);
    static QStringList fontFamilies();
    // Makes the PDF's text layer (copy, search, pdftotext) give the ideographs that were printed
    // rather than look-alike radicals that share their glyphs (see the .cpp).
    static void repairTextLayer(QByteArray &pdf, const QHash<char16_t, char16_t> &printed);
    static QHash<char16_t, char16_t> printedIdeographs(const QString &text, const QFont &font);
};

} // namespace pd
