#pragma once

#include "../common/result.h"
#include "../storage/checkpointrepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace pd {

class Database;

// The Ed25519 key (libsodium crypto_sign) that signs the audit chain's checkpoints. It lives
// outside the database — in a file of mode 0600 the administrator chooses — so that whoever can
// write the database cannot re-sign a rebuilt chain.
class AuditSigningKey final
{
    Q_DECLARE_TR_FUNCTIONS(AuditSigningKey)

public:
    // The key in `path`; created there (mode 0600) at first use. A file that others can read, or
    // that is no key, is refused.
    static Result<AuditSigningKey> openOrCreate(const QString &path);

    QString publicKey() const; // hex
    // The public key's first 16 hex digits, to compare by eye.
    QString fingerprint() const { return publicKey().left(16); }
    QByteArray sign(const QByteArray &message) const;

private:
    QByteArray m_public, m_secret;
};

// Signed checkpoints of the audit log: the head (newest id and hash, entry count) signed at a
// moment, kept in the database and exported to a file kept elsewhere. Verifying against that file
// finds what AuditLog::verify cannot, because whoever writes the database can recompute hashes:
// a chain rebuilt after an edit (an entry's hash differs from the one signed), entries dropped
// from the end or all of them (fewer entries than signed), and entries appended after a
// checkpoint but dated before it (forged into the past).
class AuditCheckpoints final
{
    Q_DECLARE_TR_FUNCTIONS(AuditCheckpoints)

public:
    struct Verification
    {
        int checkpoints = 0;        // signatures that verified
        qint64 coveredEntries = 0;  // entries the newest checkpoint covers
        qint64 uncoveredEntries = 0; // entries written after it
        QStringList problems;       // translated; empty when everything agrees
    };

    explicit AuditCheckpoints(const Database &db) : m_db(db) {}

    // Signs the head as it is now and records it ("manual", "package", "letter", "interval").
    Result<AuditCheckpoint> sign(const AuditSigningKey &key, const QString &reason) const;
    Result<QList<AuditCheckpoint>> all() const;
    // Checks every checkpoint's signature, then the log against each.
    Result<Verification> verify(const QList<AuditCheckpoint> &checkpoints) const;

    // The text that is signed.
    static QByteArray canonical(const AuditCheckpoint &c);
    static bool signatureHolds(const AuditCheckpoint &c);
    // The file `audit checkpoints --out` writes (JSON), and reading it back.
    static QByteArray toFile(const QList<AuditCheckpoint> &checkpoints);
    static Result<QList<AuditCheckpoint>> fromFile(const QByteArray &bytes);

private:
    const Database &m_db;
};

} // namespace pd
