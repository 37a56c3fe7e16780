#include "pagedtablemodel.h"

#include <climits>

namespace pd {

PagedTableModel::PagedTableModel(const Session &session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_rowCount, INT_MAX));
}

void PagedTableModel::jobEnded()
{
    if (--m_jobs == 0)
        Q_EMIT loaded();
}

void PagedTableModel::fail(const Error &error)
{
    const bool news = m_lastError != error.message;
    m_lastError = error.message;
    m_lastErrorKind = error.kind;
    if (news)
        Q_EMIT errorOccurred(error.message);
}

void PagedTableModel::clearError()
{
    m_lastError.clear();
}

} // namespace pd
