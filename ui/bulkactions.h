#pragma once

#include "domain/records.h"
#include "session/requestdesk.h"

#include <QObject>

class QMenu;

namespace pd {

class Session;

// The queue's bulk actions on the selected requests: assign, priority, and the workflow steps that
// need nothing typed (the decisions of four-eyes approval and anything asking for reasons are
// taken one request at a time, with the proposal in view). Each entry says for how many of the
// selected requests it fits; each request goes through the same service and rules as alone, and
// the result list says what became of each.
class BulkActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkActions)

public:
    // The steps offered in bulk.
    static QList<RequestAction> bulkSteps();
    // "Priority: High": what a bulk priority change is called in its result list.
    static QString priorityTitle(Priority priority);

    BulkActions(Session &session, QWidget *parent);

    // Fills `menu` for these requests (the loaded rows of the selection).
    void fillMenu(QMenu *menu, const QList<Request> &selected);
    void setAssignableStaff(const QList<StaffUser> &staff) { m_staff = staff; }
    // Runs the change on the requests; the outcome comes with finished().
    void apply(const QList<qint64> &requestIds, const BulkChange &change, const QString &what);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void finished(const QString &what, const QList<pd::BulkOutcome> &outcomes);

private:
    Session &m_session;
    QWidget *m_parent;
    QList<StaffUser> m_staff;
    bool m_busy = false;
};

} // namespace pd
