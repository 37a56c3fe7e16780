#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QString>

namespace pd {

// One-time codes with libsodium: uniform random digits, and a salted, keyed BLAKE2b hash bound to
// the request and channel, so the stored row never reveals the code. Six digits are few, so the
// real protection is the short validity and the attempt limit; the hash keeps codes out of backups.
class OneTimeCodeHash final
{
    Q_DECLARE_TR_FUNCTIONS(OneTimeCodeHash)

public:
    // A code of the given number of digits (leading zeros kept), or why none could be made.
    static Result<QString> generate(int digits);
    // "b2$<salt hex>$<hash hex>" with a fresh random salt; empty when libsodium cannot start.
    static QString hash(qint64 requestId, const QString &channelKey, const QString &code);
    // Compares in constant time; false for a malformed stored value.
    static bool matches(const QString &stored, qint64 requestId, const QString &channelKey, const QString &typed);
};

} // namespace pd
