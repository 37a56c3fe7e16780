#include "savedviewsbutton.h"

#include "saveviewdialog.h"
#include "session/session.h"
#include "session/viewdesk.h"

#include <QEvent>
#include <QMenu>
#include <QMessageBox>

namespace pd {

SavedViewsButton::SavedViewsButton(Session &session, std::function<SavedView()> current, QWidget *parent)
    : QToolButton(parent), m_session(session), m_current(std::move(current))
{
    setObjectName(QStringLiteral("viewsButton"));
    setPopupMode(QToolButton::InstantPopup);
    setMenu(new QMenu(this));
    menu()->setToolTipsVisible(true);
    connect(menu(), &QMenu::aboutToShow, this, &SavedViewsButton::fillMenu);
    connect(&m_session, &Session::changed, this, [this](const ChangeSet &c) {
        if (c.views || c.everything)
            reload();
    });
    connect(&m_session, &Session::actorChanged, this, &SavedViewsButton::reload);
    m_views << SavedView::assignedToMe();
    retranslate();
    reload();
}

void SavedViewsButton::reload()
{
    m_session.read(
        this, [](const Session &s) { return s.views().list(); },
        [this](const Result<QList<SavedView>> &views) {
            if (views)
                m_views = views.value();
            else
                Q_EMIT errorOccurred(views.error());
            Q_EMIT reloaded();
        });
}

void SavedViewsButton::fillMenu()
{
    QMenu *m = menu();
    m->clear();
    const SavedView now = m_current();
    const Actor actor = m_session.actor();
    const auto addView = [&](const SavedView &v) {
        QAction *a = m->addAction(v.name);
        a->setCheckable(true);
        a->setChecked(v.sameLookAs(now));
        a->setData(v.id);
        connect(a, &QAction::triggered, this, [this, v] { Q_EMIT applyRequested(v); });
    };
    addView(m_views.constFirst().isBuiltIn() ? m_views.constFirst() : SavedView::assignedToMe());
    bool anyShared = false, anyOwn = false;
    for (const SavedView &v : std::as_const(m_views))
        (v.isShared() ? anyShared : anyOwn) |= !v.isBuiltIn();
    if (anyShared) {
        m->addSection(tr("Shared with everyone"));
        for (const SavedView &v : std::as_const(m_views))
            if (v.isShared())
                addView(v);
    }
    if (anyOwn) {
        m->addSection(tr("My views"));
        for (const SavedView &v : std::as_const(m_views))
            if (!v.isShared() && !v.isBuiltIn())
                addView(v);
    }
    m->addSeparator();
    QAction *save = m->addAction(tr("Save the current view…"));
    save->setObjectName(QStringLiteral("saveViewAction"));
    connect(save, &QAction::triggered, this, &SavedViewsButton::askToSave);
    QMenu *remove = m->addMenu(tr("Delete a view"));
    remove->setObjectName(QStringLiteral("deleteViewMenu"));
    remove->setToolTipsVisible(true);
    for (const SavedView &v : std::as_const(m_views)) {
        if (v.isBuiltIn())
            continue;
        QAction *a = remove->addAction(v.isShared() ? tr("%1 (shared)").arg(v.name) : v.name);
        a->setData(v.id);
        const bool may = !v.isShared() || ViewDesk::mayShare(actor.role);
        a->setEnabled(may);
        if (!may)
            a->setToolTip(tr("Only an administrator deletes a shared view."));
        connect(a, &QAction::triggered, this, [this, id = v.id] { askToDelete(id); });
    }
    remove->setEnabled(!remove->isEmpty());
}

void SavedViewsButton::askToSave()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    // Suggest the name of the view being shown, so saving again replaces it.
    const SavedView now = m_current();
    QString suggested;
    for (const SavedView &v : std::as_const(m_views))
        if (!v.isBuiltIn() && v.sameLookAs(now))
            suggested = v.name;
    const Role role = m_session.actor().role;
    m_dialog = new SaveViewDialog(suggested, ViewDesk::mayShare(role), ViewDesk::whyNotShare(role), window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &SaveViewDialog::saveRequested, this, [this](const QString &name, bool shared) {
        SavedView view = m_current();
        view.name = name;
        m_dialog->setBusy(true);
        m_session.write(
            this, [view, shared](const Session &s) { return s.views().save(view, shared); },
            [this](const Result<SavedView> &stored) {
                if (!m_dialog)
                    return;
                m_dialog->setBusy(false);
                if (!stored) {
                    m_dialog->setError(stored.error()); // what was typed stays
                    return;
                }
                m_dialog->accept(); // deletes itself on close
                m_dialog = nullptr;
                reload();
                Q_EMIT saved(stored.value());
            });
    });
    m_dialog->show();
}

void SavedViewsButton::askToDelete(qint64 viewId)
{
    QString name;
    for (const SavedView &v : std::as_const(m_views))
        if (v.id == viewId)
            name = v.name;
    if (QMessageBox::question(window(), tr("Delete a view"), tr("Delete the view \"%1\"?").arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_session.write(
        this, [viewId](const Session &s) { return s.views().remove(viewId); },
        [this](const Status &done) {
            if (!done)
                Q_EMIT errorOccurred(done.error());
            reload();
        });
}

void SavedViewsButton::retranslate()
{
    setText(tr("Views"));
    setToolTip(tr("Open a saved view (filters, sort and columns), or save the current one."));
    if (!m_views.isEmpty() && m_views.constFirst().isBuiltIn())
        m_views.first() = SavedView::assignedToMe();
}

void SavedViewsButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

} // namespace pd
