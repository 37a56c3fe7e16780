#include "evidencefile.h"

#include <QCryptographicHash>

namespace pd {

QString EvidenceFile::detectMimeType(const QByteArray &content)
{
    if (content.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return QStringLiteral("image/png");
    if (content.startsWith(QByteArrayLiteral("\xff\xd8\xff")))
        return QStringLiteral("image/jpeg");
    if (content.startsWith(QByteArrayLiteral("%PDF-")))
        return QStringLiteral("application/pdf");
    return {};
}

QString EvidenceFile::sha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Result<EvidenceInfo> EvidenceFile::inspect(const QString &kind, const QString &fileName, const QByteArray &content)
{
    using R = Result<EvidenceInfo>;
    EvidenceInfo info;
    info.fileName = fileName.trimmed();
    if (info.fileName.isEmpty())
        return R::failure(ErrorKind::Invalid, tr("Evidence: the file has no name."));
    info.kind = kind.trimmed();
    if (info.kind.isEmpty())
        return R::failure(ErrorKind::Invalid, tr("Evidence \"%1\": say what the file shows.").arg(info.fileName));
    if (content.size() > kMaxBytes) {
        return R::failure(ErrorKind::Invalid, tr("Evidence \"%1\" is larger than 20 MB (%2 bytes); scan it at a lower resolution or split it.")
                              .arg(info.fileName)
                              .arg(content.size()));
    }
    info.mimeType = detectMimeType(content);
    if (info.mimeType.isEmpty()) {
        return R::failure(ErrorKind::Invalid, tr("Evidence \"%1\" is not a PNG, JPEG or PDF file (judged by its content, not its name).")
                              .arg(info.fileName));
    }
    info.size = content.size();
    info.sha256 = sha256(content);
    return info;
}

} // namespace pd
