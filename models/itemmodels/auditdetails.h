#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace pd {

// An audit entry's before and after records as people read them, in the UI language: each field
// by its label ("Status", not "status"), each value that is a key of the domain by its label
// ("In progress", not "in_progress"); fields the UI does not know stay as stored.
class AuditDetails final
{
    Q_DECLARE_TR_FUNCTIONS(AuditDetails)

public:
    struct Field
    {
        QString key;
        QString label;
        QString before; // "—" when the field was not there
        QString after;
        bool changed = false;
        bool inBefore = false; // the field was in the before record (else new with this change)
    };

    static QString fieldLabel(const QString &key);
    static QString valueText(const QString &key, const QJsonValue &value);
    // Every field of either record, sorted by key; nullopt-like empty list when neither is a
    // JSON object.
    static QList<Field> fields(const QString &beforeJson, const QString &afterJson, bool *isJson = nullptr);
};

} // namespace pd
