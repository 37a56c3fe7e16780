#pragma once

#include "../common/clock.h"
#include "../common/result.h"
#include "../domain/datasource.h"
#include "../domain/erasure.h"
#include "../domain/inventory.h"
#include "../domain/letterinfo.h"
#include "../domain/records.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace pd {

class Database;

// What a letter says beyond the request itself. Which fields a kind needs:
//   refusal               refusalReasons (at least one) and explanation (PIPL Art. 50)
//   extension_notice      newDueDate (after the current due date) and extensionReason
//   verification_request  verificationMethods and/or requestedItems (what is needed)
//   awaiting_requester    requestedItems
// note is an optional paragraph in any letter (completion: the outcome; explanation: the answer to
// the person's question); replyBy an optional date to answer by.
struct LetterDetails
{
    QString language; // "zh_CN" or "en"; empty: the person's preference (people.language)
    QList<RefusalReason> refusalReasons;
    QString explanation;
    QDate newDueDate;
    QString extensionReason;
    QList<VerificationMethod> verificationMethods;
    QStringList requestedItems;
    QDate replyBy;
    QString note;
    // A verification request sent again because the requester has not answered: the letter says
    // so and names the day they were first asked.
    bool reminder = false;
    QDate firstAsked;
    // Explanation and "no data held" letters (LetterDesk fills them from the inventory and the
    // registered sources): what is held in each category, why, how long and shared with whom; the
    // items the sources hold per category; the sources searched; what was disclosed to whom.
    std::optional<Inventory> inventory;
    QHash<QString, qint64> heldItems; // category key → items (absent: not looked up)
    QStringList searchedSources;
    QList<Disclosure> disclosures;
    // A completed deletion or account cancellation: what was done per source and category
    // (LetterDesk fills it from the erasure's record; the inventory with it).
    QList<ErasureLine> erasure;
    // A completed consent withdrawal: the purposes (inventory keys) whose consent was withdrawn.
    QStringList withdrawnPurposes;
};

// Writes letters to the person a request concerns, in the person's language, prints them to PDF and
// keeps them with the request; every letter written or opened is in the audit log.
class LetterService final
{
    Q_DECLARE_TR_FUNCTIONS(LetterService)

public:
    explicit LetterService(const Database &db, Clock clock = systemClock()) : m_db(db), m_clock(std::move(clock)) {}

    // Renders, stores and audits (entity "letter", action "letter_generated") in one transaction.
    // `alsoWrite`, if given, runs in the same transaction once the letter is stored (a reminder
    // records itself with its letter): the letter is kept only if it succeeds.
    using AlsoWrite = std::function<Status(const LetterInfo &stored)>;
    Result<LetterInfo> generate(qint64 requestId, LetterKind kind, const LetterDetails &details, const Actor &actor,
                                const AlsoWrite &alsoWrite = {}) const;
    Result<QList<LetterInfo>> list(qint64 requestId) const;
    // What a letter of this kind says that the request already knows: a refusal's reasons and
    // explanation (from the proposal), a verification request's missing methods.
    Result<LetterDetails> detailsFromRequest(qint64 requestId, LetterKind kind) const;
    // The PDF, after checking it against its stored SHA-256; the opening is audited ("letter_opened").
    Result<QByteArray> pdf(qint64 letterId, const Actor &actor) const;
    // Records that the letter left the app: saved to a file ("letter_saved") or printed
    // ("letter_printed"); the same rights as pdf().
    enum class Copy { File, Printer };
    Status recordCopy(qint64 letterId, Copy copy, const Actor &actor) const;

    // The checks generate() makes before anything is rendered (empty when the details suffice).
    static QString missingDetails(LetterKind kind, const LetterDetails &details, const Request &request);

    static constexpr const char *kContactEmail = "saaswp@tarsocial.com"; // policy §8

private:
    // The letter, if the actor may read it (the request's visibility and masking rights).
    Result<LetterInfo> readable(qint64 letterId, const Actor &actor) const;
    Status audit(const LetterInfo &letter, const QString &action, const Actor &actor) const;

    const Database &m_db;
    Clock m_clock;
};

} // namespace pd
