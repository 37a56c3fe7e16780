#include "auditcheckpoints.h"

#include "../storage/auditstore.h"
#include "../storage/database.h"
#include "../storage/requestrow.h"
#include "../storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace pd {

namespace {

constexpr char kKeyFormat[] = "privacydesk-audit-key/1";
constexpr char kFileFormat[] = "privacydesk-checkpoints/1";

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray fromHex(const QString &hex)
{
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace

Result<AuditSigningKey> AuditSigningKey::openOrCreate(const QString &path)
{
    using R = Result<AuditSigningKey>;
    if (!sodiumReady())
        return R::failure(ErrorKind::Internal, tr("The cryptography library (libsodium) could not start."));
    AuditSigningKey key;
    QFile file(path);
    if (!file.exists()) {
        key.m_public.resize(crypto_sign_PUBLICKEYBYTES);
        key.m_secret.resize(crypto_sign_SECRETKEYBYTES);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.m_public.data()), reinterpret_cast<unsigned char *>(key.m_secret.data()));
        const QJsonObject o{{QStringLiteral("format"), QLatin1String(kKeyFormat)},
                            {QStringLiteral("public"), QString::fromLatin1(key.m_public.toHex())},
                            {QStringLiteral("secret"), QString::fromLatin1(key.m_secret.toHex())}};
        QSaveFile out(path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !out.open(QIODevice::WriteOnly))
            return R::failure(ErrorKind::Invalid, tr("Cannot create the audit signing key %1: %2").arg(path, out.errorString()));
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out.write(QJsonDocument(o).toJson());
        if (!out.commit())
            return R::failure(ErrorKind::Invalid, tr("Cannot create the audit signing key %1: %2").arg(path, out.errorString()));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return key;
    }
    const auto permissions = QFile::permissions(path);
    if (permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
        return R::failure(ErrorKind::Denied, tr("The audit signing key %1 can be read by others; make it readable by its owner only "
                                                "(chmod 600) and use it again.")
                                                 .arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(ErrorKind::Invalid, tr("Cannot read the audit signing key %1: %2").arg(path, file.errorString()));
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    key.m_public = fromHex(o.value(QLatin1String("public")).toString());
    key.m_secret = fromHex(o.value(QLatin1String("secret")).toString());
    if (o.value(QLatin1String("format")).toString() != QLatin1String(kKeyFormat) || key.m_public.size() != crypto_sign_PUBLICKEYBYTES
        || key.m_secret.size() != crypto_sign_SECRETKEYBYTES || key.m_secret.right(crypto_sign_PUBLICKEYBYTES) != key.m_public)
        return R::failure(ErrorKind::Invalid, tr("%1 is not a PrivacyDesk audit signing key.").arg(path));
    return key;
}

QString AuditSigningKey::publicKey() const
{
    return QString::fromLatin1(m_public.toHex());
}

QByteArray AuditSigningKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return signature;
}

QByteArray AuditCheckpoints::canonical(const AuditCheckpoint &c)
{
    return QStringLiteral("privacydesk-checkpoint/1\n%1\n%2\n%3\n%4\n%5\n")
        .arg(c.lastId)
        .arg(c.lastHash)
        .arg(c.entries)
        .arg(storage::instantToText(c.signedAt), c.reason)
        .toUtf8();
}

bool AuditCheckpoints::signatureHolds(const AuditCheckpoint &c)
{
    if (!sodiumReady())
        return false;
    const QByteArray key = fromHex(c.publicKey), signature = fromHex(c.signature), message = canonical(c);
    return key.size() == crypto_sign_PUBLICKEYBYTES && signature.size() == crypto_sign_BYTES
        && crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(key.constData()))
        == 0;
}

Result<AuditCheckpoint> AuditCheckpoints::sign(const AuditSigningKey &key, const QString &reason) const
{
    using R = Result<AuditCheckpoint>;
    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().fault());
    const auto head = AuditStore(m_db).head(/*forUpdate=*/true); // no entry slips in between
    if (!head)
        return R::failure(head.fault());
    AuditCheckpoint c;
    c.lastId = head->lastId;
    c.lastHash = head->lastHash;
    c.entries = head->entries;
    c.signedAt = storage::instantFromText(storage::instantToText(QDateTime::currentDateTimeUtc()));
    c.reason = reason;
    c.publicKey = key.publicKey();
    c.signature = QString::fromLatin1(key.sign(canonical(c)).toHex());
    const auto id = CheckpointRepository(m_db).insert(c);
    if (!id)
        return R::failure(id.fault());
    c.id = id.value();
    if (auto s = tx.commit(); !s)
        return R::failure(s.fault());
    return c;
}

Result<QList<AuditCheckpoint>> AuditCheckpoints::all() const
{
    return CheckpointRepository(m_db).all();
}

Result<AuditCheckpoints::Verification> AuditCheckpoints::verify(const QList<AuditCheckpoint> &checkpoints) const
{
    using R = Result<Verification>;
    Transaction snapshot(m_db, Transaction::Mode::ReadOnly);
    if (!snapshot.begun())
        return R::failure(snapshot.begun().fault());
    const AuditStore store(m_db);
    if (auto s = store.useOneSnapshot(); !s)
        return R::failure(s.fault());
    const auto head = store.head(/*forUpdate=*/false);
    if (!head)
        return R::failure(head.fault());
    const CheckpointRepository repo(m_db);
    Verification v;
    const AuditCheckpoint *newest = nullptr;
    for (const AuditCheckpoint &c : checkpoints) {
        const QString when = storage::instantToText(c.signedAt);
        if (!signatureHolds(c)) {
            v.problems << tr("The checkpoint of %1 (entry %2) does not carry a valid signature: the file was altered.").arg(when).arg(c.lastId);
            continue;
        }
        ++v.checkpoints;
        if (!newest || c.entries > newest->entries)
            newest = &c;
        if (head->entries < c.entries || head->lastId < c.lastId) {
            v.problems << tr("Entries were removed: the checkpoint of %1 was signed over %2 entries up to entry %3, and the log now "
                             "holds %4 up to entry %5.")
                              .arg(when)
                              .arg(c.entries)
                              .arg(c.lastId)
                              .arg(head->entries)
                              .arg(head->lastId);
            continue;
        }
        if (c.lastId == 0)
            continue;
        const auto hash = repo.hashOf(c.lastId);
        if (!hash)
            return R::failure(hash.fault());
        if (hash->isEmpty())
            v.problems << tr("Entry %1, signed in the checkpoint of %2, is missing.").arg(c.lastId).arg(when);
        else if (hash.value() != c.lastHash)
            v.problems << tr("The chain was rebuilt: entry %1 no longer has the hash signed in the checkpoint of %2, so it or an "
                             "entry before it was changed and the hashes recomputed.")
                              .arg(c.lastId)
                              .arg(when);
        const auto backdated = repo.firstBackdatedAfter(c.lastId, c.signedAt);
        if (!backdated)
            return R::failure(backdated.fault());
        if (backdated.value() > 0)
            v.problems << tr("Entry %1 was added after the checkpoint of %2 but is dated before it: a forged entry.")
                              .arg(backdated.value())
                              .arg(when);
    }
    if (newest) {
        v.coveredEntries = newest->entries;
        v.uncoveredEntries = std::max<qint64>(0, head->entries - newest->entries);
    }
    v.problems.removeDuplicates();
    return v;
}

QByteArray AuditCheckpoints::toFile(const QList<AuditCheckpoint> &checkpoints)
{
    QJsonArray list;
    for (const AuditCheckpoint &c : checkpoints)
        list.append(QJsonObject{{QStringLiteral("last_id"), c.lastId},
                                {QStringLiteral("last_hash"), c.lastHash},
                                {QStringLiteral("entries"), c.entries},
                                {QStringLiteral("signed_at"), storage::instantToText(c.signedAt)},
                                {QStringLiteral("reason"), c.reason},
                                {QStringLiteral("public_key"), c.publicKey},
                                {QStringLiteral("signature"), c.signature}});
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QLatin1String(kFileFormat)}, {QStringLiteral("checkpoints"), list}})
        .toJson();
}

Result<QList<AuditCheckpoint>> AuditCheckpoints::fromFile(const QByteArray &bytes)
{
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFileFormat))
        return Result<QList<AuditCheckpoint>>::failure(ErrorKind::Invalid, tr("This is not a file of PrivacyDesk audit checkpoints."));
    QList<AuditCheckpoint> out;
    for (const QJsonValue &v : root.value(QLatin1String("checkpoints")).toArray()) {
        const QJsonObject o = v.toObject();
        out << AuditCheckpoint{0,
                               o.value(QLatin1String("last_id")).toInteger(),
                               o.value(QLatin1String("last_hash")).toString(),
                               o.value(QLatin1String("entries")).toInteger(),
                               storage::instantFromText(o.value(QLatin1String("signed_at")).toString()),
                               o.value(QLatin1String("reason")).toString(),
                               o.value(QLatin1String("public_key")).toString(),
                               o.value(QLatin1String("signature")).toString()};
    }
    return out;
}

} // namespace pd
