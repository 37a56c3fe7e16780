#include "bulkactions.h"

#include "session/session.h"
#include "workflow/requestrules.h"

#include <QMenu>

namespace pd {

QList<RequestAction> BulkActions::bulkSteps()
{
    return {RequestAction::StartVerification, RequestAction::MarkVerified, RequestAction::InformationReceived,
            RequestAction::Complete, RequestAction::Withdraw, RequestAction::MarkUnverifiable};
}

QString BulkActions::priorityTitle(Priority priority)
{
    return tr("Priority: %1").arg(priorities().label(priority));
}

BulkActions::BulkActions(Session &session, QWidget *parent) : QObject(parent), m_session(session), m_parent(parent) {}

void BulkActions::fillMenu(QMenu *menu, const QList<Request> &selected)
{
    menu->clear();
    QList<qint64> ids;
    for (const Request &r : selected)
        ids << r.id;
    const Actor actor = m_session.actor();
    const int n = int(selected.size());
    auto *header = menu->addAction(tr("%Ln selected request(s)", nullptr, n));
    header->setEnabled(false);
    if (n == 0)
        return;
    menu->addSeparator();

    const auto countWhere = [&](auto allowed) {
        return int(std::count_if(selected.cbegin(), selected.cend(), allowed));
    };
    const auto addEntry = [&](QMenu *into, const QString &label, int fits, BulkChange change, const QString &why,
                              const QString &what) {
        QAction *a = into->addAction(fits == n ? label : tr("%1 (%2 of %3)", "bulk action: fits m of n").arg(label).arg(fits).arg(n));
        a->setEnabled(fits > 0 && !m_busy);
        if (fits == 0)
            a->setToolTip(why);
        connect(a, &QAction::triggered, this, [this, ids, change, what] { apply(ids, change, what); });
    };

    // Assign.
    QMenu *assign = menu->addMenu(tr("Assign to"));
    assign->setToolTipsVisible(true);
    const int assignable = countWhere([&](const Request &r) { return RequestRules::mayAssign(actor, r).ok(); });
    const QString noAssign = selected.isEmpty() ? QString() : RequestRules::mayAssign(actor, selected.first()).error();
    for (const StaffUser &u : std::as_const(m_staff)) {
        BulkChange c;
        c.kind = BulkChange::Kind::Assign;
        c.staffId = u.id;
        addEntry(assign, u.displayName, assignable, c, noAssign, tr("Assign to %1").arg(u.displayName));
    }
    BulkChange unassign;
    unassign.kind = BulkChange::Kind::Assign;
    assign->addSeparator();
    addEntry(assign, tr("Nobody (unassign)"), assignable, unassign, noAssign, tr("Unassign"));

    // Priority.
    QMenu *priority = menu->addMenu(tr("Priority"));
    priority->setToolTipsVisible(true);
    const int prioritisable = countWhere([&](const Request &r) { return RequestRules::maySetPriority(actor, r).ok(); });
    for (Priority p : priorities().all()) {
        BulkChange c;
        c.kind = BulkChange::Kind::Priority;
        c.priority = p;
        addEntry(priority, priorities().label(p), prioritisable, c,
                 selected.isEmpty() ? QString() : RequestRules::maySetPriority(actor, selected.first()).error(), priorityTitle(p));
    }

    // Workflow steps that fit the type and status of some of the requests.
    menu->addSeparator();
    menu->setToolTipsVisible(true);
    for (RequestAction step : bulkSteps()) {
        QString why;
        const int fits = countWhere([&](const Request &r) {
            // Starting verification has its own button beside "Verify identity…"; in bulk it is a step like the rest.
            if (step != RequestAction::StartVerification && !RequestRules::fits(r, step))
                return false;
            const Status s = RequestRules::mayTake(actor, r, step);
            if (!s && why.isEmpty())
                why = s.error();
            return s.ok();
        });
        if (fits == 0 && why.isEmpty())
            why = tr("Does not fit the type or status of any selected request.");
        BulkChange c;
        c.kind = BulkChange::Kind::Action;
        c.action = step;
        addEntry(menu, requestActions().label(step), fits, c, why, requestActions().label(step));
    }
}

void BulkActions::apply(const QList<qint64> &requestIds, const BulkChange &change, const QString &what)
{
    if (m_busy || requestIds.isEmpty())
        return;
    m_busy = true;
    m_session.write(
        this, [requestIds, change](const Session &s) { return Result<QList<BulkOutcome>>(s.requests().applyToEach(requestIds, change)); },
        [this, what, requestIds](const Result<QList<BulkOutcome>> &outcomes) {
            m_busy = false;
            if (outcomes) {
                Q_EMIT finished(what, outcomes.value());
                return;
            }
            // The session refused the whole job (locked, signed out, the connection): each request says so.
            QList<BulkOutcome> refused;
            for (qint64 id : requestIds)
                refused << BulkOutcome{id, QString(), false, outcomes.error()};
            Q_EMIT finished(what, refused);
        });
}

} // namespace pd
