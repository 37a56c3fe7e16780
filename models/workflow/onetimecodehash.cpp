#include "onetimecodehash.h"

#include <QByteArray>

#include <sodium.h>

namespace pd {

namespace {

constexpr int kSaltBytes = crypto_generichash_KEYBYTES; // 32: the salt is the BLAKE2b key
constexpr int kHashBytes = crypto_generichash_BYTES;    // 32
constexpr char kPrefix[] = "b2";

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0; // 0: started, 1: already started
    return ready;
}

QByteArray digest(const QByteArray &salt, qint64 requestId, const QString &channelKey, const QString &code)
{
    const QByteArray message = QByteArray::number(requestId) + '\x1f' + channelKey.toUtf8() + '\x1f' + code.toUtf8();
    QByteArray out(kHashBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                       reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size()));
    return out;
}

} // namespace

Result<QString> OneTimeCodeHash::generate(int digits)
{
    if (!sodiumReady())
        return Result<QString>::failure(ErrorKind::Internal, tr("Cannot make a one-time code: the cryptography library did not start."));
    QString code;
    code.reserve(digits);
    for (int i = 0; i < digits; ++i)
        code.append(QChar(u'0' + char16_t(randombytes_uniform(10))));
    return code;
}

QString OneTimeCodeHash::hash(qint64 requestId, const QString &channelKey, const QString &code)
{
    if (!sodiumReady())
        return {};
    QByteArray salt(kSaltBytes, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    return QString::fromLatin1(QByteArray(kPrefix) + '$' + salt.toHex() + '$' + digest(salt, requestId, channelKey, code).toHex());
}

bool OneTimeCodeHash::matches(const QString &stored, qint64 requestId, const QString &channelKey, const QString &typed)
{
    if (!sodiumReady())
        return false;
    const QList<QByteArray> parts = stored.toLatin1().split('$');
    if (parts.size() != 3 || parts.at(0) != kPrefix)
        return false;
    const QByteArray salt = QByteArray::fromHex(parts.at(1));
    const QByteArray expected = QByteArray::fromHex(parts.at(2));
    if (salt.size() != kSaltBytes || expected.size() != kHashBytes)
        return false;
    const QByteArray actual = digest(salt, requestId, channelKey, typed);
    return sodium_memcmp(actual.constData(), expected.constData(), size_t(kHashBytes)) == 0;
}

} // namespace pd
