#include "letterrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <cmath>

namespace pd {

namespace {

bool isRadical(uint code)
{
    return code >= 0x2E80 && code <= 0x2FDF; // CJK Radicals Supplement, Kangxi Radicals
}

// Qt gives <h1>..<h6> a relative size adjustment that outranks a font-size from the style sheet;
// the templates' own sizes should count.
void honourFontSizes(QTextDocument &doc)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 0)
            continue;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            if (!format.hasProperty(QTextFormat::FontPointSize) || !format.hasProperty(QTextFormat::FontSizeAdjustment))
                continue;
            format.clearProperty(QTextFormat::FontSizeAdjustment);
            QTextCursor cursor(&doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

// A heading left alone at the foot of a page moves to the next one (Qt's pagination knows no
// "keep with next").
void keepHeadingsWithNext(QTextDocument &doc, qreal pageHeight)
{
    const auto page = [&](const QTextBlock &b) {
        return int(doc.documentLayout()->blockBoundingRect(b).top() / pageHeight);
    };
    for (int round = 0; round < 16; ++round) {
        bool moved = false;
        for (QTextBlock b = doc.begin(); b.isValid() && b.next().isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() == 0 || b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            if (page(b.next()) > page(b)) {
                QTextBlockFormat format;
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(b).mergeBlockFormat(format);
                moved = true;
                break; // everything below has moved: look again from the top
            }
        }
        if (!moved)
            return;
    }
}

// The top-level item (a block of the root frame, or a table) that holds `block`.
struct TopItem
{
    QTextBlock block;           // valid when the item is a block
    QTextFrame *frame = nullptr; // else the child frame of the root
};

TopItem topItemOf(QTextDocument &doc, const QTextBlock &block)
{
    QTextFrame *frame = QTextCursor(block).currentFrame();
    if (!frame || frame == doc.rootFrame())
        return {block, nullptr};
    while (frame->parentFrame() && frame->parentFrame() != doc.rootFrame())
        frame = frame->parentFrame();
    return {{}, frame};
}

QRectF boundsOf(QTextDocument &doc, const TopItem &item)
{
    return item.frame ? doc.documentLayout()->frameBoundingRect(item.frame)
                      : doc.documentLayout()->blockBoundingRect(item.block);
}

void breakBefore(const TopItem &item)
{
    if (item.frame) {
        QTextFrameFormat format = item.frame->frameFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        item.frame->setFrameFormat(format);
    } else {
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(item.block).mergeBlockFormat(format);
    }
}

// The closing (from the text that carries the anchor "closing" to the end: the greeting and the
// signature) never starts a page of its own: when it would, the item before it goes over with it.
void keepClosingWithPrevious(QTextDocument &doc, qreal pageHeight)
{
    // A full layout first (the headings moved above changed it): the rectangles below are final.
    doc.markContentsDirty(0, doc.characterCount());
    doc.pageCount();
    QTextBlock closing;
    for (QTextBlock b = doc.begin(); b.isValid() && !closing.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorNames().contains(QLatin1String("closing"))) {
                closing = b;
                break;
            }
    if (!closing.isValid())
        return;
    const TopItem first = topItemOf(doc, closing);
    // The item before the closing at the top level.
    TopItem previous, item, last;
    bool found = false;
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        item = it.currentFrame() ? TopItem{{}, it.currentFrame()} : TopItem{it.currentBlock(), nullptr};
        if (!found && (first.frame ? item.frame == first.frame : item.block == first.block))
            found = previous.frame || previous.block.isValid();
        // Empty blocks (Qt puts one between a table and what follows, and at the end) hold nothing.
        const bool empty = !item.frame && item.block.length() <= 1;
        if (!found && !empty)
            previous = item;
        if (!empty)
            last = item;
    }
    if (!found)
        return;
    const QRectF before = boundsOf(doc, previous);
    const qreal end = boundsOf(doc, last).bottom();
    const auto page = [&](qreal y) { return int(y / pageHeight); };
    if (page(before.bottom() - 1) == page(end - 1))
        return; // already together
    if (end - before.top() > pageHeight * 0.9)
        return; // the two would not fit on one page anyway
    breakBefore(previous);
}

} // namespace

QHash<char16_t, char16_t> LetterRenderer::printedIdeographs(const QString &text, const QFont &font)
{
    // Which ideograph of the text each radical's glyph was printed for, in the regular and the bold face.
    QHash<char16_t, char16_t> out;
    for (const bool bold : {false, true}) {
        QFont face = font;
        face.setBold(bold);
        const QRawFont raw = QRawFont::fromFont(face, QFontDatabase::SimplifiedChinese);
        if (!raw.isValid())
            continue;
        QHash<quint32, char16_t> radicalByGlyph;
        for (char16_t r = 0x2E80; r <= 0x2FDF; ++r) {
            if (!raw.supportsCharacter(QChar(r)))
                continue;
            const auto glyphs = raw.glyphIndexesForString(QString(QChar(r)));
            if (glyphs.size() == 1 && glyphs.first() != 0)
                radicalByGlyph.insert(glyphs.first(), r);
        }
        for (const QChar c : text) {
            if (isRadical(c.unicode()) || c.unicode() < 0x3000 || c.isSurrogate())
                continue;
            const auto glyphs = raw.glyphIndexesForString(QString(c));
            if (glyphs.size() == 1)
                if (const auto it = radicalByGlyph.constFind(glyphs.first()); it != radicalByGlyph.cend())
                    out.insert(*it, c.unicode());
        }
    }
    return out;
}

void LetterRenderer::repairTextLayer(QByteArray &pdf, const QHash<char16_t, char16_t> &printed)
{
    // Qt's PDF engine writes each font's ToUnicode CMap uncompressed, mapping every glyph to the
    // lowest code point whose cmap entry reaches it. Noto Sans CJK draws 网 (U+7F51) and the Kangxi
    // radical ⽹ (U+2F79) with one glyph, so copied or extracted text would read "⽹信" instead of
    // "网信". Each radical is mapped back to the ideograph the text printed with that glyph (or,
    // failing that, to its compatibility decomposition). Both are four hex digits, so the fix is
    // made in place without moving a byte of the file.
    qsizetype from = 0;
    for (;;) {
        const qsizetype begin = pdf.indexOf("beginbfrange", from);
        if (begin < 0)
            return;
        const qsizetype end = pdf.indexOf("endbfrange", begin);
        if (end < 0)
            return;
        bool inArray = false;
        for (qsizetype i = begin; i + 6 <= end; ++i) {
            const char c = pdf.at(i);
            if (c == '[' || c == ']') {
                inArray = c == '[';
                continue;
            }
            // Only array entries are single destinations; the source codes stay as they are.
            if (!inArray || c != '<' || pdf.at(i + 5) != '>')
                continue;
            bool ok = false;
            const uint code = QByteArray::fromRawData(pdf.constData() + i + 1, 4).toUInt(&ok, 16);
            if (!ok || !isRadical(code))
                continue;
            char16_t target = printed.value(char16_t(code), 0);
            if (!target) {
                const QString nfkc = QString(QChar(char16_t(code))).normalized(QString::NormalizationForm_KC);
                if (nfkc.size() == 1 && !isRadical(nfkc.at(0).unicode()))
                    target = nfkc.at(0).unicode();
            }
            if (!target)
                continue;
            pdf.replace(i + 1, 4, QByteArray::number(uint(target), 16).toUpper().rightJustified(4, '0'));
            i += 5;
        }
        from = end;
    }
}

QStringList LetterRenderer::fontFamilies()
{
    return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"), QStringLiteral("Noto Sans SC"),
            QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Droid Sans Fallback"), QStringLiteral("DejaVu Sans")};
}

Result<RenderedLetter> LetterRenderer::render(const QString &html, const QString &title, const QString &footer)
{
    using R = Result<RenderedLetter>;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return R::failure(ErrorKind::Internal, tr("Letters can only be printed by a program with a graphical platform "
                             "(for a command line, start it with -platform offscreen)."));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString text;
    QHash<char16_t, char16_t> printed;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(22, 20, 22, 14), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("PrivacyDesk"));

        QFont font;
        font.setFamilies(fontFamilies());
        font.setPointSizeF(10.5);
        font.setStyleHint(QFont::SansSerif);
        // Latin runs drawn unshaped take their glyphs straight from the cmap, so the PDF's text
        // layer maps them back to the right characters (shaped, Noto CJK's digits come out blank).
        font.setStyleStrategy(QFont::PreferNoShaping);

        QTextDocument doc;
        doc.setDefaultFont(font);
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDocumentMargin(0);
        doc.setHtml(html);

        // The foot of each page holds the footer line; the text flows above it.
        QFont footFont = font;
        footFont.setPointSizeF(8);
        const QFontMetricsF footMetrics(footFont, &writer);
        const qreal footHeight = footMetrics.height() * 2.5;
        const QSizeF page(writer.width(), writer.height() - footHeight);
        doc.setPageSize(page);
        honourFontSizes(doc);
        keepHeadingsWithNext(doc, page.height());
        keepClosingWithPrevious(doc, page.height());
        keepHeadingsWithNext(doc, page.height()); // the item moved over may have left a heading behind
        doc.markContentsDirty(0, doc.characterCount()); // a full layout after the inserted breaks
        const int pages = std::max(1, doc.pageCount());

        QPainter painter;
        if (!painter.begin(&writer))
            return R::failure(ErrorKind::Internal, tr("The letter cannot be printed to PDF."));
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * page.height());
            doc.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
            painter.restore();

            painter.setFont(footFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF foot(0, writer.height() - footMetrics.height() * 1.2, writer.width(), footMetrics.height() * 1.2);
            painter.drawLine(QPointF(0, foot.top() - footMetrics.height() * 0.4),
                             QPointF(writer.width(), foot.top() - footMetrics.height() * 0.4));
            painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, footer);
            painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1/%2").arg(i + 1).arg(pages));
        }
        if (!painter.end())
            return R::failure(ErrorKind::Internal, tr("The letter cannot be printed to PDF."));
        text = doc.toPlainText();
        printed = printedIdeographs(text, font);
    } // the writer has finished the file
    QByteArray pdf = buffer.data();
    repairTextLayer(pdf, printed);
    return R(RenderedLetter{pdf, text});
}

} // namespace pd
