#pragma once

#include "saveviewdialog.h"
#include "workflow/savedview.h"

#include <QPointer>
#include <QToolButton>

#include <functional>

namespace pd {

class Session;

// The queue's "Views" menu: the built-in "Assigned to me", the shared views and the signed-in
// member of staff's own; the one that matches what the queue shows is checked. "Save the current
// view…" and "Delete a view" go through the session's ViewDesk (audited); the list follows
// changes made at any workstation.
class SavedViewsButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedViewsButton)

public:
    // current(): the queue's filter, sort and columns as they are now.
    SavedViewsButton(Session &session, std::function<SavedView()> current, QWidget *parent = nullptr);

    const QList<SavedView> &views() const { return m_views; }
    // The dialog of the save in progress, if one is open.
    SaveViewDialog *saveDialog() const { return m_dialog; }

public Q_SLOTS:
    void reload();
    void askToSave();
    void askToDelete(qint64 viewId);

Q_SIGNALS:
    void applyRequested(const pd::SavedView &view);
    void reloaded();
    void saved(const pd::SavedView &view);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillMenu();
    void retranslate();

    Session &m_session;
    std::function<SavedView()> m_current;
    QList<SavedView> m_views;
    QPointer<SaveViewDialog> m_dialog;
};

} // namespace pd
