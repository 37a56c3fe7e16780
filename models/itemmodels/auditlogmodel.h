#pragma once

#include "../storage/auditquery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pd {

class Database;

// The audit log, newest entry first. Never loads the whole table: the row count comes from SQL,
// entries are read in pages of kPageSize as the view asks for them (keyset on id from a
// neighbouring cached page; for the whole log, whose ids have no gaps, keyset on the id the row
// must have; otherwise by offset from the nearer end), and at most kMaxPages pages stay cached.
class AuditLogModel final : public QAbstractTableModel
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
    static constexpr int kPageSize = 128;
    static constexpr int kMaxPages = 64;
    static constexpr int kDetailsLength = 160;

    explicit AuditLogModel(const Database &db, QObject *parent = nullptr);
    ~AuditLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setQuery(const AuditQuery &query);
    const AuditQuery &query() const { return m_query; }
    qint64 totalCount() const { return m_rowCount; }
    qint64 entryId(int row) const;
    int cachedPageCount() const { return int(m_pages.size()); }
    QString lastError() const { return m_lastError; }

    // The known action keys, and labels in the UI language (an unknown key is shown as it is).
    static QStringList knownActions();
    static QString actionLabel(const QString &key);
    static QString entityLabel(const QString &key);
    // "status: received → verifying; assignee: — → wang" from two compact JSON texts, at most
    // maxLength characters.
    static QString detailsSummary(const QString &beforeJson, const QString &afterJson, int maxLength = kDetailsLength);

public Q_SLOTS:
    // Re-reads the count and drops cached rows (after a write, or F5).
    void refresh();
    // Labels follow the UI language.
    void retranslate();

Q_SIGNALS:
    void countChanged(qint64 count);
    void errorOccurred(const QString &message);

private:
    const AuditRow *rowAt(int row) const;
    bool loadPage(int page) const;
    void reportError(const QString &message) const;
    void reload();

    const Database &m_db;
    AuditQuery m_query;
    qint64 m_rowCount = 0;
    qint64 m_denseTop = 0; // unfiltered and ids without gaps: the newest id (row r is id m_denseTop - r)
    mutable QHash<int, QList<AuditRow>> m_pages;
    mutable QList<int> m_recent; // most recently used page last
    mutable QString m_lastError;
    mutable bool m_errorPending = false;
};

} // namespace pd
