#pragma once

#include "../domain/datasource.h"
#include "../domain/erasure.h"
#include "../domain/inventory.h"

#include <QCoreApplication>
#include <QHash>

namespace pd {

class LetterLanguage;

// The parts of explanation and "no data held" letters drawn from the inventory (§4 (5): what is
// held, why, for how long, shared with whom), in the letter's language: HTML for the templates.
class LetterInventory final
{
    Q_DECLARE_TR_FUNCTIONS(LetterInventory)

public:
    // One row per category: what (fields), why (purposes), how long (retention), shared with
    // (recipients) and, where looked up, how many items the sources hold about the person.
    static QString table(const LetterLanguage &lang, const Inventory &inventory, const QHash<QString, qint64> &heldItems);
    // Each disclosure: the category, the recipient (kind and name), the legal basis, the date.
    static QString disclosures(const LetterLanguage &lang, const Inventory &inventory, const QList<Disclosure> &list);
    static QString searched(const QStringList &sources);
    // A completed deletion or account cancellation: per category (all sources together), how many
    // records were deleted or anonymised, and what is kept, until when and why.
    static QString erasure(const LetterLanguage &lang, const Inventory &inventory, const QList<ErasureLine> &lines);
};

} // namespace pd
