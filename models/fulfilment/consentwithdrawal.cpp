#include "consentwithdrawal.h"

#include "../audit/auditlog.h"
#include "../sources/sourceregistry.h"
#include "../storage/database.h"
#include "../storage/requestrepository.h"
#include "../storage/sourcerepository.h"
#include "../storage/transaction.h"
#include "../workflow/requestrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

Status ConsentWithdrawal::check(const Inventory &inventory, const QStringList &purposes)
{
    if (purposes.isEmpty())
        return Status::failure(ErrorKind::Invalid, tr("Choose at least one purpose whose consent is withdrawn."));
    for (const QString &key : purposes) {
        const InventoryPurpose *p = inventory.purpose(key);
        if (!p)
            return Status::failure(ErrorKind::Invalid, tr("The inventory has no purpose \"%1\".").arg(key));
        if (!p->needsConsent)
            return Status::failure(ErrorKind::Invalid, tr("\"%1\" is not based on consent, so there is no consent to withdraw; a "
                                                          "restriction request stops such processing instead.")
                                                           .arg(p->label.in(QLocale().name())));
    }
    return {};
}

QList<ConsentEvent> ConsentWithdrawal::events(const Request &request, const QStringList &purposes, const QString &channel,
                                              const QString &by, const QDateTime &at)
{
    QList<ConsentEvent> out;
    for (const QString &purpose : purposes)
        out << ConsentEvent{0, request.personId, purpose, false, channel, at, by, request.id};
    return out;
}

AuditEntry ConsentWithdrawal::auditEntry(const Request &request, const QStringList &purposes, const QString &channel,
                                         const QString &by, const QDateTime &at)
{
    AuditEntry e;
    e.at = at;
    e.actor = by;
    e.entity = QStringLiteral("person");
    e.entityId = request.personId;
    e.requestId = request.id;
    e.action = QStringLiteral("consent_withdrawn");
    e.afterJson = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("purposes"), QJsonArray::fromStringList(purposes)},
                                                              {QStringLiteral("channel"), channel}})
                                        .toJson(QJsonDocument::Compact));
    return e;
}

Result<QStringList> ConsentWithdrawal::withdraw(qint64 requestId, const QStringList &purposes, const QString &channel,
                                                const Actor &actor) const
{
    using R = Result<QStringList>;
    const auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return R::failure(request.fault());
    if (auto s = RequestRules::mayWithdrawConsent(actor, request.value()); !s)
        return R::failure(s.fault());
    const auto inventory = SourceRegistry(m_db, m_clock).inventory();
    if (!inventory)
        return R::failure(inventory.fault());
    QStringList unique = purposes;
    unique.removeDuplicates();
    if (auto s = check(inventory.value(), unique); !s)
        return R::failure(s.fault());
    if (channel.trimmed().isEmpty())
        return R::failure(ErrorKind::Invalid, tr("Channel: say how the requester withdrew their consent."));
    const QDateTime now = m_clock();
    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().fault());
    const RegisterRepository registers(m_db);
    for (const ConsentEvent &e : events(request.value(), unique, channel.trimmed(), actor.username, now))
        if (auto id = registers.addConsent(e); !id)
            return R::failure(id.fault());
    if (auto a = AuditLog(m_db).append(auditEntry(request.value(), unique, channel.trimmed(), actor.username, now)); !a)
        return R::failure(a.fault());
    if (auto s = tx.commit(); !s)
        return R::failure(s.fault());
    return unique;
}

} // namespace pd
