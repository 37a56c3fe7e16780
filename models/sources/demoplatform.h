#pragma once

#include "../common/result.h"
#include "../domain/records.h"
#include "../storage/databaseurl.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <functional>

namespace pd {

// The demo platform: a SQLite database standing in for the companies' own systems (accounts,
// contacts, enterprises, devices, interactions, access logs, third-party records, cookies and SDK
// events), written by `privacydesk-cli demo` beside the main database for the demo people and
// registered as a source, so the person view shows real-looking data at once. Deterministic per
// seed and person. Shapes as such systems keep them: mainland phones without +86, e-mail as typed
// lower-case, everything else keyed by the user id.
class DemoPlatform final
{
    Q_DECLARE_TR_FUNCTIONS(DemoPlatform)

public:
    // Every this many people, one has tens of thousands of log lines (the person view's worst case).
    static constexpr int kHeavyEvery = 5000;
    static constexpr int kHeavyOffset = 7; // the 8th person of each block, so small demos have one too

    static QString sourceName();
    // sqlite:///…/privacydesk-platform.db beside a SQLite main database; under the application data
    // folder for a PostgreSQL one (named after its server and database).
    static QString pathFor(const DatabaseUrl &main);
    // The look-up per category, as an administrator would write them.
    static QMap<QString, QString> lookups();
    // The write statements per "category/action" (delete, anonymise, restrict, cancel, correct.FIELD).
    static QMap<QString, QString> actions();

    // Adds the records of these people (creating the tables in a new file). Returns how many rows.
    // `cancelled` is asked between people.
    // `erased`: people whose data a demo deletion erased; they keep their place (the heavy person
    // stays where it is) but get no rows.
    static Result<qint64> write(const QString &path, const QList<Person> &people, quint32 seed, const QDateTime &now,
                                const std::function<bool()> &cancelled = {}, const QSet<qint64> &erased = {});
};

} // namespace pd
