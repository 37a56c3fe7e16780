#include "demopackages.h"

#include "../audit/auditlog.h"
#include "../domain/inventory.h"
#include "../fulfilment/accesspackage.h"
#include "../storage/packagerepository.h"
#include "../storage/requestrepository.h"
#include "../storage/transaction.h"
#include "../workflow/requestrules.h"

#include <QCryptographicHash>

namespace pd {

PackageRecord DemoPackages::record(const Request &request, const DemoStep &step)
{
    PackageRecord p;
    p.requestId = request.id;
    const QByteArray name = "privacydesk demo package " + request.reference.toUtf8() + ' '
        + step.at.toUTC().toString(Qt::ISODate).toUtf8();
    p.sha256 = QString::fromLatin1(QCryptographicHash::hash(name, QCryptographicHash::Sha256).toHex());
    p.items = step.items;
    p.bytes = 4096 + step.items * 180;
    p.categories = Inventory::categoryKeys();
    p.createdBy = step.actor.username;
    p.createdAt = step.at;
    return p;
}

Status DemoPackages::insert(const Database &db, qint64 requestId, const DemoStep &step)
{
    const auto request = RequestRepository(db).get(requestId);
    if (!request)
        return Status::failure(request.fault());
    if (auto s = RequestRules::mayWork(step.actor, request.value()); !s)
        return s;
    PackageRecord p = record(request.value(), step);
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    const auto id = PackageRepository(db).insert(p);
    if (!id)
        return Status::failure(id.fault());
    p.id = id.value();
    if (auto a = AuditLog(db).append(AccessPackage::auditEntry(p, request->reference)); !a)
        return Status::failure(a.fault());
    return tx.commit();
}

} // namespace pd
