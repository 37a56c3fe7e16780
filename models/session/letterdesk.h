#pragma once

#include "../common/result.h"
#include "../domain/letterinfo.h"
#include "../fulfilment/letterservice.h"

#include <QCoreApplication>

namespace pd {

class Database;
class Session;

// Letters for the signed-in actor (LetterService writes and keeps them).
class LetterDesk final
{
    Q_DECLARE_TR_FUNCTIONS(LetterDesk)

public:
    LetterDesk(const Database &db, const Session &session) : m_db(db), m_session(session) {}

    Result<QList<LetterInfo>> list(qint64 requestId) const;
    // Writes a letter of this kind with what the request already says (the proposed refusal's
    // reasons, the verification still missing).
    // `language`: "zh_CN" or "en"; empty: the person's preference.
    Result<LetterInfo> write(qint64 requestId, LetterKind kind, const QString &language = {}) const;
    Result<LetterInfo> write(qint64 requestId, LetterKind kind, const LetterDetails &details) const;
    // Every write is refused unless the kind fits the request's status (RequestRules).
    // The PDF, checked against its SHA-256; opening it is audited.
    Result<QByteArray> pdf(qint64 letterId) const;
    // The same, written to the session's private folder; returns the file's path.
    Result<QString> open(qint64 letterId) const;
    // The letter left the app (saved to a file or printed): audited.
    Status recordCopy(qint64 letterId, LetterService::Copy copy) const;

private:
    LetterService service() const;
    // Explanation and "no data held" letters: the inventory, and what every registered source
    // holds about the person (counts only), with the disclosures. A "no data held" letter is
    // refused while anything is held or a source cannot be read.
    Status addHoldings(const Request &request, LetterKind kind, LetterDetails &details) const;

    const Database &m_db;
    const Session &m_session;
};

} // namespace pd
