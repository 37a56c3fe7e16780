#include "auditlogmodel.h"

#include "auditdetails.h"

#include "../common/displayformat.h"
#include "../domain/enums.h"
#include "../session/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <climits>
#include <optional>

namespace pd {

namespace {

struct Label
{
    const char *key;
    const char *label;
};

// Actions the workflow, verification, sign-in and letter services record (and a few the
// fulfilment work is expected to). Keys are stored; labels are translated when shown.
constexpr Label kActions[] = {
    {"registered", QT_TRANSLATE_NOOP("AuditLogModel", "Request registered")},
    {"transition", QT_TRANSLATE_NOOP("AuditLogModel", "Status changed")},
    {"assignment", QT_TRANSLATE_NOOP("AuditLogModel", "Assigned")},
    {"field_edit", QT_TRANSLATE_NOOP("AuditLogModel", "Field edited")},
    {"note_added", QT_TRANSLATE_NOOP("AuditLogModel", "Note added")},
    {"correspondence_recorded", QT_TRANSLATE_NOOP("AuditLogModel", "Correspondence recorded")},
    {"escalation_recorded", QT_TRANSLATE_NOOP("AuditLogModel", "Escalation recorded")},
    {"deadline_extended", QT_TRANSLATE_NOOP("AuditLogModel", "Deadline extended")},
    {"policy_changed", QT_TRANSLATE_NOOP("AuditLogModel", "Verification policy changed")},
    {"identifiers_matched", QT_TRANSLATE_NOOP("AuditLogModel", "Identifiers matched")},
    {"verification_recorded", QT_TRANSLATE_NOOP("AuditLogModel", "Verification recorded")},
    {"verification_overridden", QT_TRANSLATE_NOOP("AuditLogModel", "Verification overridden")},
    {"code_issued", QT_TRANSLATE_NOOP("AuditLogModel", "One-time code sent")},
    {"code_checked", QT_TRANSLATE_NOOP("AuditLogModel", "One-time code checked")},
    {"evidence_added", QT_TRANSLATE_NOOP("AuditLogModel", "Evidence added")},
    {"evidence_opened", QT_TRANSLATE_NOOP("AuditLogModel", "Evidence opened")},
    {"letter_generated", QT_TRANSLATE_NOOP("AuditLogModel", "Letter generated")},
    {"letter_opened", QT_TRANSLATE_NOOP("AuditLogModel", "Letter opened")},
    {"letter_saved", QT_TRANSLATE_NOOP("AuditLogModel", "Letter saved to a file")},
    {"letter_printed", QT_TRANSLATE_NOOP("AuditLogModel", "Letter printed")},
    {"export_created", QT_TRANSLATE_NOOP("AuditLogModel", "Export created")},
    {"list_exported", QT_TRANSLATE_NOOP("AuditLogModel", "List exported")},
    {"requests_imported", QT_TRANSLATE_NOOP("AuditLogModel", "Requests imported")},
    {"request_linked", QT_TRANSLATE_NOOP("AuditLogModel", "Linked as a duplicate")},
    {"view_saved", QT_TRANSLATE_NOOP("AuditLogModel", "View saved")},
    {"view_deleted", QT_TRANSLATE_NOOP("AuditLogModel", "View deleted")},
    {"settings_changed", QT_TRANSLATE_NOOP("AuditLogModel", "Settings changed")},
    {"reminder_sent", QT_TRANSLATE_NOOP("AuditLogModel", "Verification reminder written")},
    {"unverifiable_proposed", QT_TRANSLATE_NOOP("AuditLogModel", "Proposed for closing as unverifiable")},
    {"data_deleted", QT_TRANSLATE_NOOP("AuditLogModel", "Data deleted")},
    {"data_anonymised", QT_TRANSLATE_NOOP("AuditLogModel", "Data anonymised")},
    {"login", QT_TRANSLATE_NOOP("AuditLogModel", "Signed in")},
    {"login_failed", QT_TRANSLATE_NOOP("AuditLogModel", "Sign-in failed")},
    {"logout", QT_TRANSLATE_NOOP("AuditLogModel", "Signed out")},
    {"staff_created", QT_TRANSLATE_NOOP("AuditLogModel", "Staff account created")},
    {"staff_changed", QT_TRANSLATE_NOOP("AuditLogModel", "Staff account changed")},
    {"password_changed", QT_TRANSLATE_NOOP("AuditLogModel", "Password changed")},
    {"password_change_failed", QT_TRANSLATE_NOOP("AuditLogModel", "Password change failed")},
    {"password_reset", QT_TRANSLATE_NOOP("AuditLogModel", "Password reset")},
    {"staff_deactivated", QT_TRANSLATE_NOOP("AuditLogModel", "Staff account deactivated")},
    {"staff_reactivated", QT_TRANSLATE_NOOP("AuditLogModel", "Staff account reactivated")},
    {"role_changed", QT_TRANSLATE_NOOP("AuditLogModel", "Role changed")},
    {"demo_data_loaded", QT_TRANSLATE_NOOP("AuditLogModel", "Demo data loaded")},
    {"account_locked", QT_TRANSLATE_NOOP("AuditLogModel", "Account locked")},
    {"account_unlocked", QT_TRANSLATE_NOOP("AuditLogModel", "Account unlocked")},
    {"person_viewed", QT_TRANSLATE_NOOP("AuditLogModel", "Personal details viewed")},
    {"personal_data_revealed", QT_TRANSLATE_NOOP("AuditLogModel", "Personal data revealed")},
    {"session_locked", QT_TRANSLATE_NOOP("AuditLogModel", "Session locked")},
    {"person_data_viewed", QT_TRANSLATE_NOOP("AuditLogModel", "Data held about the person viewed")},
    {"person_data_revealed", QT_TRANSLATE_NOOP("AuditLogModel", "Data held about the person revealed")},
    {"source_added", QT_TRANSLATE_NOOP("AuditLogModel", "Data source added")},
    {"source_changed", QT_TRANSLATE_NOOP("AuditLogModel", "Data source changed")},
    {"source_removed", QT_TRANSLATE_NOOP("AuditLogModel", "Data source removed")},
    {"source_tested", QT_TRANSLATE_NOOP("AuditLogModel", "Data source look-up tested")},
    {"inventory_changed", QT_TRANSLATE_NOOP("AuditLogModel", "Data inventory changed")},
    {"disclosure_recorded", QT_TRANSLATE_NOOP("AuditLogModel", "Disclosure recorded")},
    {"consent_recorded", QT_TRANSLATE_NOOP("AuditLogModel", "Consent recorded")},
    {"package_created", QT_TRANSLATE_NOOP("AuditLogModel", "Data package created")},
    {"erasure_carried_out", QT_TRANSLATE_NOOP("AuditLogModel", "Erasure carried out at a source")},
    {"erasure_verified", QT_TRANSLATE_NOOP("AuditLogModel", "Erasure proven by the look-ups")},
    {"consent_withdrawn", QT_TRANSLATE_NOOP("AuditLogModel", "Consent withdrawn")},
    {"hold_released", QT_TRANSLATE_NOOP("AuditLogModel", "Legal hold ended, held records deleted")},
};

constexpr Label kEntities[] = {
    {"request", QT_TRANSLATE_NOOP("AuditLogModel", "Request")},
    {"person", QT_TRANSLATE_NOOP("AuditLogModel", "Person")},
    {"staff", QT_TRANSLATE_NOOP("AuditLogModel", "Staff member")},
    {"session", QT_TRANSLATE_NOOP("AuditLogModel", "Session")},
    {"letter", QT_TRANSLATE_NOOP("AuditLogModel", "Letter")},
    {"evidence", QT_TRANSLATE_NOOP("AuditLogModel", "Evidence")},
    {"verification_policy", QT_TRANSLATE_NOOP("AuditLogModel", "Verification policy")},
    {"database", QT_TRANSLATE_NOOP("AuditLogModel", "Database")},
    {"export", QT_TRANSLATE_NOOP("AuditLogModel", "Export")},
    {"import", QT_TRANSLATE_NOOP("AuditLogModel", "Import")},
    {"saved_view", QT_TRANSLATE_NOOP("AuditLogModel", "Saved view")},
    {"team_settings", QT_TRANSLATE_NOOP("AuditLogModel", "Team settings")},
    {"source", QT_TRANSLATE_NOOP("AuditLogModel", "Data source")},
    {"inventory", QT_TRANSLATE_NOOP("AuditLogModel", "Data inventory")},
};

template<std::size_t N>
QString lookup(const Label (&table)[N], const QString &key)
{
    for (const Label &l : table)
        if (key == QLatin1String(l.key))
            return QCoreApplication::translate("AuditLogModel", l.label);
    return {};
}


QString elide(const QString &text, int maxLength)
{
    return text.size() <= maxLength ? text : text.left(std::max(0, maxLength - 1)) + QChar(0x2026);
}

} // namespace

AuditLogModel::AuditLogModel(const Session &session, QObject *parent)
    : PagedModel(
        session, [](const Session &s, const AuditQuery &q) { return s.audit().count(q); },
        [](const Session &s, const AuditQuery &q, const PageRequest &page) { return s.audit().page(q, page); }, parent)
{
    PagedModel::setQuery(AuditQuery{});
}

AuditLogModel::~AuditLogModel() = default;

QStringList AuditLogModel::knownActions()
{
    QStringList keys;
    for (const Label &l : kActions)
        keys << QString::fromLatin1(l.key);
    return keys;
}

QString AuditLogModel::actionLabel(const QString &key)
{
    if (QString label = lookup(kActions, key); !label.isEmpty())
        return label;
    // The workflow may record a staff action by its own key (start_verification, approve ...).
    if (requestActions().fromKey(key))
        return requestActions().labelForKey(key);
    return key;
}

QString AuditLogModel::entityLabel(const QString &key)
{
    const QString label = lookup(kEntities, key);
    return label.isEmpty() ? key : label;
}

QString AuditLogModel::detailsSummary(const QString &beforeJson, const QString &afterJson, int maxLength)
{
    bool isJson = false;
    const QList<AuditDetails::Field> fields = AuditDetails::fields(beforeJson, afterJson, &isJson);
    if (!isJson) {
        const QString b = beforeJson.simplified();
        const QString a = afterJson.simplified();
        if (b.isEmpty() || a.isEmpty())
            return elide(b.isEmpty() ? a : b, maxLength);
        return elide(b + QStringLiteral(" → ") + a, maxLength);
    }
    QStringList parts;
    for (const AuditDetails::Field &f : fields) {
        if (!f.changed)
            continue;
        // New with this change (or a record created): just what it is.
        if (!f.inBefore)
            parts << f.label + QStringLiteral(": ") + f.after;
        else
            parts << f.label + QStringLiteral(": ") + f.before + QStringLiteral(" → ") + f.after;
    }
    return elide(parts.join(tr("; ")), maxLength);
}

void AuditLogModel::setQuery(const AuditQuery &query)
{
    if (query == this->query())
        return;
    PagedModel::setQuery(query);
}

void AuditLogModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 AuditLogModel::entryId(int row) const
{
    const AuditRow *r = rowAt(row);
    return r ? r->entry.id : 0;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRow *row = rowAt(index.row());
    if (!row)
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(tr("Loading…")) : QVariant();
    const AuditEntry &e = row->entry;

    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case WhenColumn: return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case WhoColumn: return e.actor;
        case WhatColumn: return actionLabel(e.action);
        case EntityColumn:
            return e.entityId ? tr("%1 #%2", "entity and its id").arg(entityLabel(e.entity)).arg(e.entityId)
                              : entityLabel(e.entity);
        case RequestColumn:
            if (!row->reference.isEmpty())
                return row->reference;
            return e.requestId ? QVariant(QStringLiteral("#%1").arg(e.requestId)) : QVariant(QString());
        case DetailsColumn: return detailsSummary(e.beforeJson, e.afterJson);
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case WhenColumn:
            return tr("Entry %1, recorded %2 (UTC %3)")
                .arg(e.id)
                .arg(DisplayFormat::proseDateTime(e.at), e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        case WhatColumn: return e.action;
        case DetailsColumn:
            if (e.beforeJson.isEmpty() && e.afterJson.isEmpty())
                return {};
            return tr("Before: %1\nAfter: %2")
                .arg(elide(e.beforeJson.isEmpty() ? QStringLiteral("—") : e.beforeJson, 2000),
                     elide(e.afterJson.isEmpty() ? QStringLiteral("—") : e.afterJson, 2000));
        default: return {};
        }
    case IdRole: return e.id;
    case AtRole: return e.at;
    case ActorRole: return e.actor;
    case ActionKeyRole: return e.action;
    case EntityKeyRole: return e.entity;
    case EntityIdRole: return e.entityId;
    case RequestIdRole: return e.requestId;
    case ReferenceRole: return row->reference;
    case BeforeJsonRole: return e.beforeJson;
    case AfterJsonRole: return e.afterJson;
    case HashRole: return e.hash;
    case PrevHashRole: return e.prevHash;
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case WhenColumn: return tr("When");
    case WhoColumn: return tr("Who");
    case WhatColumn: return tr("What");
    case EntityColumn: return tr("Entity");
    case RequestColumn: return tr("Request");
    case DetailsColumn: return tr("Details");
    case ColumnCount: break;
    }
    return {};
}

} // namespace pd
