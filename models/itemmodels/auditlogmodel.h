#pragma once

#include "../domain/auditquery.h"
#include "../session/auditdesk.h"
#include "pagedtablemodel.h"

namespace pd {

class Session;

inline qint64 pagedId(const AuditRow &row) { return row.entry.id; }
inline int pagedVersion(const AuditRow &) { return 0; } // entries never change
inline QVariant pagedKey(const AuditRow &row) { return row.atKey; }

// The audit log, newest entry first, as the signed-in actor may see it (AuditDesk). Never loads
// the whole table and never waits on SQL (PagedModel): entries are read in pages as the view asks
// for them (keyset on id from a neighbouring cached page; for the whole log, whose ids have no
// gaps, keyset on the id the row must have; otherwise by offset from the nearer end).
class AuditLogModel final : public PagedModel<AuditQuery, AuditRow, AuditDesk::Count>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, EntityColumn, RequestColumn, DetailsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        AtRole,          // QDateTime, UTC
        ActorRole,
        ActionKeyRole,
        EntityKeyRole,
        EntityIdRole,
        RequestIdRole,   // 0 when the entry is not about a request
        ReferenceRole,
        BeforeJsonRole,
        AfterJsonRole,
        HashRole,
        PrevHashRole,
    };
    static constexpr int kDetailsLength = 160;

    explicit AuditLogModel(const Session &session, QObject *parent = nullptr);
    ~AuditLogModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setQuery(const AuditQuery &query);
    // 0 while the row is on its way.
    qint64 entryId(int row) const;

    // The known action keys, and labels in the UI language (an unknown key is shown as it is).
    static QStringList knownActions();
    static QString actionLabel(const QString &key);
    static QString entityLabel(const QString &key);
    // "status: received → verifying; assignee: — → wang" from two compact JSON texts, at most
    // maxLength characters.
    static QString detailsSummary(const QString &beforeJson, const QString &afterJson, int maxLength = kDetailsLength);

public Q_SLOTS:
    // Labels follow the UI language.
    void retranslate();

protected:
    qint64 totalOf(const AuditDesk::Count &count) const override { return count.entries; }
};

} // namespace pd
