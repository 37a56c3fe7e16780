#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace pd {

class Database;

// The saved_views table. A row's definition is the view's JSON (SavedView::toJson); owner 0 is
// stored as NULL (shared with everyone).
class SavedViewRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SavedViewRepository)

public:
    struct Row
    {
        qint64 id = 0;
        qint64 ownerId = 0;
        QString name;
        QString definition;
        QString updatedBy;
        QDateTime updatedAt;
    };

    explicit SavedViewRepository(const Database &db) : m_db(db) {}

    // The shared views and this member of staff's own, shared first, each by name.
    Result<QList<Row>> listFor(qint64 staffId) const;
    Result<std::optional<Row>> get(qint64 id) const;
    Result<std::optional<Row>> find(qint64 ownerId, const QString &name) const;
    Result<qint64> insert(const Row &row) const;
    Status update(const Row &row) const;
    Status remove(qint64 id) const;

private:
    const Database &m_db;
};

} // namespace pd
