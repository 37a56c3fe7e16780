#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

// A text in both of the product's languages.
struct BilingualText
{
    QString zh, en;
    // The text in `language` ("zh_CN" or "en"), the other one when that is empty.
    QString in(const QString &language) const;
    bool operator==(const BilingualText &) const = default;
};

struct InventoryField
{
    QString key;
    BilingualText label;
    bool secret = false; // a password: never shown or delivered, only whether one is set
};

struct InventoryPurpose
{
    QString key, policy;
    BilingualText label;
    bool needsConsent = false;
};

struct InventoryRecipient
{
    QString key, policy;
    BilingualText label;
};

struct RetentionRule
{
    int months = 0;        // kept this long after the record's date; 0: while the account exists
    int minimumMonths = 0; // a legal duty to keep it at least this long (e.g. network logs: 6)
    BilingualText rule;    // how the policy says it
    // Whether a record dated `recordDate` is past its retention on `today` (never for months == 0).
    bool isPast(QDate recordDate, QDate today) const;
    // Whether a legal duty still holds a record dated `recordDate` on `today`.
    bool isHeld(QDate recordDate, QDate today) const;
};

struct InventoryCategory
{
    QString key, policy;
    BilingualText name;
    QList<InventoryField> fields;
    QStringList purposes;   // InventoryPurpose keys
    BilingualText legalBasis;
    RetentionRule retention;
    QStringList recipients; // InventoryRecipient keys
    QString erasure;        // "delete" or "anonymise": what a deletion does to it (issue 7)

    const InventoryField *field(const QString &key) const;
};

// What is held about people, by category (DOMAIN.md; policy §1.1, §1.2, §3, §5): data, not code.
// Shipped as resources/data/inventory.json; an administrator's edits live in the database.
class Inventory final
{
    Q_DECLARE_TR_FUNCTIONS(Inventory)

public:
    // The nine categories of the policy, in its order.
    static const QStringList &categoryKeys();

    // Parses and checks a document: every category of the policy once, each with fields, both
    // languages filled in, purposes and recipients that exist, a known erasure. The message says
    // which category or field is wrong.
    static Result<Inventory> fromJson(const QByteArray &json);
    static Inventory shipped();
    QByteArray toJson() const;

    const QList<InventoryCategory> &categories() const { return m_categories; }
    const QList<InventoryPurpose> &purposes() const { return m_purposes; }
    const QList<InventoryRecipient> &recipients() const { return m_recipients; }
    const InventoryCategory *category(const QString &key) const;
    const InventoryPurpose *purpose(const QString &key) const;
    const InventoryRecipient *recipient(const QString &key) const;

private:
    int m_version = 1;
    QList<InventoryPurpose> m_purposes;
    QList<InventoryRecipient> m_recipients;
    QList<InventoryCategory> m_categories;
};

} // namespace pd
