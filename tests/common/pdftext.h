#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>

namespace pd::test {

// The text of a PDF as pdftotext (poppler-utils) reads it, written to `path` first; whitespace
// runs (line breaks included) become single spaces. Empty when it cannot be read.
inline QString pdfText(const QByteArray &pdf, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(pdf);
    f.close();
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    pdftotext.waitForFinished(20000);
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}

} // namespace pd::test
