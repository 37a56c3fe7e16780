#pragma once

#include "enums.h"

#include <QDateTime>
#include <QString>

namespace pd {

// A letter kept with a request: what it is, in which language, who made it and when, and the
// SHA-256 of its PDF (the PDF itself is read on demand).
struct LetterInfo
{
    qint64 id = 0;
    qint64 requestId = 0;
    LetterKind kind = LetterKind::Acknowledgement;
    QString language;   // "zh_CN" or "en"
    QDateTime createdAt; // UTC
    QString createdBy;  // staff username
    QString sha256;     // lower-case hex of the PDF bytes
    qint64 size = 0;    // bytes
};

} // namespace pd
