#pragma once

#include "../common/result.h"
#include "../domain/letterinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace pd {

class Database;

// Letters kept with their request: the PDF (BLOB / BYTEA) and its SHA-256.
class LetterRepository final
{
    Q_DECLARE_TR_FUNCTIONS(LetterRepository)

public:
    explicit LetterRepository(const Database &db) : m_db(db) {}

    // Writes the letter; fills id, size and (when empty) sha256 from the bytes. Call inside the
    // Transaction that also records the audit entry.
    Result<LetterInfo> insert(LetterInfo info, const QByteArray &pdf) const;
    // Metadata only, oldest first.
    Result<QList<LetterInfo>> listForRequest(qint64 requestId) const;
    Result<LetterInfo> get(qint64 letterId) const;
    Result<QByteArray> pdf(qint64 letterId) const;

    static QString sha256Hex(const QByteArray &bytes);

private:
    const Database &m_db;
};

} // namespace pd
