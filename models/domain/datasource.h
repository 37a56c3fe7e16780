#pragma once

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pd {

// A system that holds people's data, as an administrator registered it: a Qt SQL URL (never with
// its password: that comes from PGPASSWORD, ~/.pgpass or the keychain, as the main database's)
// and, per inventory category, the look-up that finds a person's records there.
struct DataSource
{
    qint64 id = 0;
    QString name;
    QString url;
    QString password;               // in memory only (SourceCredentials), never stored
    bool demo = false;              // written by privacydesk-cli demo beside the main database
    QMap<QString, QString> lookups; // category key -> SELECT statement
    // "category/action" -> UPDATE or DELETE (LookupStatement::actionNames(); a correction is
    // "category/correct.FIELD").
    QMap<QString, QString> actions;
    QString action(const QString &category, const QString &action) const
    {
        return actions.value(category + QLatin1Char('/') + action);
    }
    QString updatedBy;
    QDateTime updatedAt;
};

// To whom a person's data was disclosed (§3).
struct Disclosure
{
    qint64 id = 0;
    qint64 personId = 0;
    QString category;      // inventory category key
    QString recipientKind; // inventory recipient key: partner, affiliate, authority, restructuring, sdk_provider
    QString recipient;     // who, by name
    QString legalBasis;
    QDate disclosedOn;
    QString recordedBy;
    QDateTime recordedAt;
};

// One event in a person's consent history for a purpose (§1.2, §4).
struct ConsentEvent
{
    qint64 id = 0;
    qint64 personId = 0;
    QString purpose; // inventory purpose key
    bool given = true; // false: withdrawn
    QString channel;   // how it was given or withdrawn: Channel keys, "sms_unsubscribe", "web_form", ...
    QDateTime at;
    QString recordedBy;
    qint64 requestId{}; // the request it answers (a withdrawal, §4); 0: recorded otherwise
};

// A package delivered for a request (schema 11): its SHA-256, size, items and categories.
struct PackageRecord
{
    qint64 id = 0;
    qint64 requestId = 0;
    QString sha256;
    qint64 bytes = 0;
    qint64 items = 0;
    bool encrypted = false;
    QStringList categories;
    QString createdBy;
    QDateTime createdAt;
    QStringList failed; // "source/category" the package could not read (empty: everything was read)
};

} // namespace pd
