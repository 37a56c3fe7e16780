#pragma once

// Shared by the identity-verification tests (tst_verificationservice, tst_onetimecodes,
// tst_evidencefile): staff actors, a person with every identifier, a request on a fixed date,
// a hand-built PNG, and raw counts for checking what was written.

#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/requestrepository.h"
#include "workflow/verificationservice.h"

#include <QDebug>
#include <QSqlQuery>

namespace pd::test {

using M = VerificationMethod;

inline const QDateTime kStart(QDate(2025, 11, 28), QTime(10, 0), Qt::UTC);

inline Actor makeActor(qint64 staffId, const QString &username, Role role)
{
    Actor a;
    a.staffId = staffId;
    a.username = username;
    a.role = role;
    return a;
}

inline const Actor kAgent = makeActor(1, QStringLiteral("li.agent"), Role::Agent);
inline const Actor kSupervisor = makeActor(2, QStringLiteral("zhang.supervisor"), Role::Supervisor);
inline const Actor kAdmin = makeActor(3, QStringLiteral("admin"), Role::Administrator);

// A 1x1 red PNG built by hand (signature, IHDR, IDAT, IEND); its SHA-256 computed independently.
inline const QByteArray kPng = QByteArray::fromHex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478da63f8cfc000"
    "0003010100f70341430000000049454e44ae426082");
inline const QString kPngSha256 = QStringLiteral("2e9b06dc65a4dec84a3eb3124553ec93ca27c78221e64ab2177d0f1412cfcb20");

inline Person wangFang()
{
    Person p;
    p.name = QStringLiteral("王芳");
    p.account = QStringLiteral("wf2026");
    p.email = QStringLiteral("wang.fang@example.com");
    p.phone = QStringLiteral("+8613800138000");
    p.idNumber = QStringLiteral("11010519491231002X");
    p.language = QStringLiteral("zh_CN");
    return p;
}

inline qint64 createRequest(const Database &db, RequestType type, RequesterKind kind = RequesterKind::Self,
                            const Person &person = wangFang())
{
    const auto personId = PersonRepository(db).insert(person);
    if (!personId) {
        qWarning() << personId.error();
        return 0;
    }
    Request r;
    r.personId = personId.value();
    r.personName = person.name;
    r.type = type;
    r.status = RequestStatus::Verifying;
    r.requesterKind = kind;
    r.receivedAt = kStart;
    r.dueDate = kStart.date().addDays(21);
    const auto saved = RequestRepository(db).insert(r);
    if (!saved) {
        qWarning() << saved.error();
        return 0;
    }
    return saved->id;
}

inline qint64 scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

inline qint64 auditEntries(const Database &db)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
}

inline QStringList auditActions(const Database &db)
{
    QSqlQuery q(db.connection());
    QStringList out;
    if (q.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

// Makes a method pass the way staff would: codes through issue and check, overrides by a supervisor.
inline bool pass(const VerificationService &service, qint64 requestId, M method)
{
    if (method == M::SmsCode || method == M::EmailCode) {
        const auto code = service.issueCode(requestId, method, kAgent);
        if (!code)
            return false;
        return service.checkCode(requestId, method, code.value(), kAgent).ok();
    }
    if (method == M::SupervisorOverride)
        return service.overrideVerification(requestId, QStringLiteral("Known to the team in person."), kSupervisor).ok();
    return service.recordCheck(requestId, method, true, QString(), kAgent).ok();
}

inline QList<int> ints(const QList<M> &methods)
{
    QList<int> out;
    for (M m : methods)
        out << int(m);
    return out;
}

inline QString keys(const QList<M> &methods)
{
    QStringList out;
    for (M m : methods)
        out << verificationMethods().key(m);
    return out.join(QLatin1Char(','));
}

} // namespace pd::test
