#pragma once

#include "../common/result.h"
#include "../workflow/savedview.h"

#include <QCoreApplication>

namespace pd {

class Database;
class Session;

// Saved views of the queue for the signed-in actor: the built-in "Assigned to me", the views an
// administrator shares with everyone, and the actor's own. Saving under a name that exists
// replaces that view. Only administrators share, change or delete shared views. Saving and
// deleting are audited (name and whether shared; the definition holds no personal data except
// search text, which is recorded as it was typed, like any filter).
class ViewDesk final
{
    Q_DECLARE_TR_FUNCTIONS(ViewDesk)

public:
    ViewDesk(const Database &db, const Session &session) : m_db(db), m_session(session) {}

    // Built-in first, then shared, then the actor's own, each by name.
    Result<QList<SavedView>> list() const;
    // Saves the view's filter, sort and columns under view.name, shared or personal; returns it as stored.
    Result<SavedView> save(SavedView view, bool shared) const;
    Status remove(qint64 viewId) const;

    static bool mayShare(Role role) { return role == Role::Administrator; }
    static QString whyNotShare(Role role);

private:
    const Database &m_db;
    const Session &m_session;
};

} // namespace pd
