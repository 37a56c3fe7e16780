#pragma once

#include "../common/result.h"
#include "../domain/verification.h"

#include <QByteArray>
#include <QCoreApplication>

namespace pd {

// The rules for an evidence file, before anything is stored: a name, what it shows, at most 20 MB,
// and a PNG, JPEG or PDF judged by its first bytes only (a renamed text file is refused).
class EvidenceFile final
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceFile)

public:
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    // Fills kind, fileName, mimeType, size and sha256, or says what is wrong, naming the file.
    static Result<EvidenceInfo> inspect(const QString &kind, const QString &fileName, const QByteArray &content);
    // "image/png", "image/jpeg", "application/pdf", or empty for anything else.
    static QString detectMimeType(const QByteArray &content);
    // Lower-case hex.
    static QString sha256(const QByteArray &content);
};

} // namespace pd
