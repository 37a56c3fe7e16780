#pragma once

#include "session/requestdesk.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace pd {

// What a bulk action did, request by request: done, or refused and why.
class BulkResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkResultDialog)

public:
    BulkResultDialog(const QString &what, const QList<BulkOutcome> &outcomes, QWidget *parent = nullptr);

    int doneCount() const { return m_done; }
    int refusedCount() const { return int(m_outcomes.size()) - m_done; }
    QTreeWidget *list() const { return m_list; }

private:
    QList<BulkOutcome> m_outcomes;
    int m_done = 0;
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace pd
