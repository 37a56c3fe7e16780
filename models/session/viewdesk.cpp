#include "viewdesk.h"

#include "../audit/auditlog.h"
#include "../storage/savedviewrepository.h"
#include "../storage/transaction.h"
#include "session.h"

#include <QJsonDocument>

namespace pd {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

SavedView viewFrom(const SavedViewRepository::Row &row)
{
    SavedView v = SavedView::fromJson(QJsonDocument::fromJson(row.definition.toUtf8()).object());
    v.id = row.id;
    v.ownerId = row.ownerId;
    v.name = row.name;
    v.updatedBy = row.updatedBy;
    return v;
}

Status audit(const Database &db, const Actor &actor, const QDateTime &at, const QString &action, qint64 viewId,
             const QJsonObject &before, const QJsonObject &after)
{
    AuditEntry e;
    e.at = at;
    e.actor = actor.username;
    e.entity = QStringLiteral("saved_view");
    e.entityId = viewId;
    e.action = action;
    if (!before.isEmpty())
        e.beforeJson = compact(before);
    if (!after.isEmpty())
        e.afterJson = compact(after);
    return Status::from(AuditLog(db).append(e));
}

QJsonObject summary(const SavedView &v)
{
    return {{QStringLiteral("name"), v.name}, {QStringLiteral("shared"), v.isShared()}};
}

} // namespace

QString ViewDesk::whyNotShare(Role role)
{
    return mayShare(role) ? QString() : tr("Only an administrator shares views with everyone.");
}

Result<QList<SavedView>> ViewDesk::list() const
{
    const Actor actor = m_session.actor();
    const auto rows = SavedViewRepository(m_db).listFor(actor.staffId);
    if (!rows)
        return rows.fault();
    QList<SavedView> out{SavedView::assignedToMe()};
    for (const auto &row : rows.value())
        out << viewFrom(row);
    return out;
}

Result<SavedView> ViewDesk::save(SavedView view, bool shared) const
{
    using R = Result<SavedView>;
    const Actor actor = m_session.actor();
    view.name = view.name.trimmed();
    if (const QString why = SavedView::checkName(view.name); !why.isEmpty())
        return R::failure(ErrorKind::Invalid, why);
    if (shared && !mayShare(actor.role))
        return R::failure(ErrorKind::Denied, whyNotShare(actor.role));
    if (view.name == SavedView::assignedToMe().name)
        return R::failure(ErrorKind::Invalid, tr("\"%1\" is a built-in view; choose another name.").arg(view.name));
    view.ownerId = shared ? 0 : actor.staffId;
    view.updatedBy = actor.username;

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().fault();
    const SavedViewRepository repo(m_db);
    const auto existing = repo.find(view.ownerId, view.name);
    if (!existing)
        return existing.fault();
    SavedViewRepository::Row row;
    row.ownerId = view.ownerId;
    row.name = view.name;
    row.definition = compact(view.toJson());
    row.updatedBy = actor.username;
    row.updatedAt = m_session.now();
    QJsonObject before;
    if (existing.value()) {
        row.id = existing.value()->id;
        before = summary(viewFrom(*existing.value()));
        before.insert(QStringLiteral("definition"), QJsonDocument::fromJson(existing.value()->definition.toUtf8()).object());
        if (auto s = repo.update(row); !s)
            return s.fault();
    } else {
        const auto id = repo.insert(row);
        if (!id)
            return id.fault();
        row.id = id.value();
    }
    view.id = row.id;
    QJsonObject after = summary(view);
    after.insert(QStringLiteral("definition"), view.toJson());
    if (auto s = audit(m_db, actor, row.updatedAt, QStringLiteral("view_saved"), view.id, before, after); !s)
        return s.fault();
    if (auto s = tx.commit(); !s)
        return s.fault();
    return view;
}

Status ViewDesk::remove(qint64 viewId) const
{
    const Actor actor = m_session.actor();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const SavedViewRepository repo(m_db);
    const auto row = repo.get(viewId);
    if (!row)
        return Status::from(row);
    // Someone else's personal view is as good as absent.
    if (!row.value() || (row.value()->ownerId != 0 && row.value()->ownerId != actor.staffId))
        return Status::failure(ErrorKind::NotFound, tr("That view no longer exists."));
    const SavedView view = viewFrom(*row.value());
    if (view.isShared() && !mayShare(actor.role))
        return Status::failure(ErrorKind::Denied, tr("Only an administrator deletes a shared view."));
    if (auto s = repo.remove(viewId); !s)
        return s;
    if (auto s = audit(m_db, actor, m_session.now(), QStringLiteral("view_deleted"), viewId, summary(view), {}); !s)
        return s;
    return tx.commit();
}

} // namespace pd
