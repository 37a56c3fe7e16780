// StaffService: listing, deactivating, passwords and roles, with their guards and audit entries,
// on both engines.
#include "testdatabase.h"

#include "audit/auditlog.h"
#include "workflow/authservice.h"
#include "workflow/permissions.h"
#include "workflow/staffservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace pd;
using pd::test::TestDatabase;

namespace {

const QString kBossPassword = QStringLiteral("ox-cart-lantern-7");
const QString kAgentPassword = QStringLiteral("river-stone-maple-3");
const QString kSupervisorPassword = QStringLiteral("quiet-harbour-lamp-5");

struct Logged
{
    QString actor, entity, action;
    qint64 entityId = 0;
    QString before, after;
};

QList<Logged> auditEntries(const Database &db)
{
    QList<Logged> out;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT actor, entity, action, entity_id, before_json, after_json FROM audit_log ORDER BY id")))
        qWarning() << q.lastError().text();
    while (q.next())
        out << Logged{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                      q.value(4).toString(), q.value(5).toString()};
    return out;
}

QJsonObject object(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

bool intact(const Database &db)
{
    const auto v = AuditLog(db).verify();
    if (!v || !v->intact) {
        qWarning() << (v ? v->problem : v.error());
        return false;
    }
    return true;
}

// boss (administrator), li.na (agent), wang.qiang (supervisor); boss signed in.
struct Staff
{
    Actor boss;
    Actor agent;
};

std::optional<Staff> makeStaff(const Database &db)
{
    const AuthService auth(db);
    if (!auth.createUser(QStringLiteral("boss"), QStringLiteral("王老板"), Role::Administrator, kBossPassword, nullptr))
        return std::nullopt;
    const auto boss = auth.signIn(QStringLiteral("boss"), kBossPassword);
    if (!boss)
        return std::nullopt;
    if (!auth.createUser(QStringLiteral("li.na"), QStringLiteral("李娜"), Role::Agent, kAgentPassword, &boss.value())
        || !auth.createUser(QStringLiteral("wang.qiang"), QStringLiteral("王强"), Role::Supervisor, kSupervisorPassword,
                            &boss.value()))
        return std::nullopt;
    const auto agent = auth.signIn(QStringLiteral("li.na"), kAgentPassword);
    if (!agent)
        return std::nullopt;
    return Staff{boss.value(), agent.value()};
}

StaffService::Account account(const QString &username, const QString &role, bool active = true, bool hasPassword = true)
{
    StaffService::Account a;
    a.user = StaffUser{username == QLatin1String("boss") ? 1 : 2, username, username, role};
    a.active = active;
    a.hasPassword = hasPassword;
    return a;
}

} // namespace

class TestStaffService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules();
    void listsEveryAccount_data() { TestDatabase::addEngineRows(); }
    void listsEveryAccount();
    void deactivatedCannotSignIn_data() { TestDatabase::addEngineRows(); }
    void deactivatedCannotSignIn();
    void selfAndLastAdministrator_data() { TestDatabase::addEngineRows(); }
    void selfAndLastAdministrator();
    void ownPassword_data() { TestDatabase::addEngineRows(); }
    void ownPassword();
    void resetPassword_data() { TestDatabase::addEngineRows(); }
    void resetPassword();
    void changeRole_data() { TestDatabase::addEngineRows(); }
    void changeRole();
    void nonAdministratorsRefused_data() { TestDatabase::addEngineRows(); }
    void nonAdministratorsRefused();
};

void TestStaffService::rules()
{
    const Actor boss{1, QStringLiteral("boss"), Role::Administrator, QStringLiteral("Boss")};
    const Actor agent{2, QStringLiteral("li.na"), Role::Agent, QStringLiteral("Li Na")};
    const auto other = account(QStringLiteral("li.na"), QStringLiteral("agent"));
    const auto self = account(QStringLiteral("boss"), QStringLiteral("administrator"));
    const auto otherAdmin = account(QStringLiteral("anna"), QStringLiteral("administrator"));

    QVERIFY(StaffService::whyNotSetActive(other, false, boss, 1).isEmpty());
    QCOMPARE(StaffService::whyNotSetActive(other, false, agent, 1), Permissions::whyNotManageStaff(Role::Agent));
    QVERIFY(StaffService::whyNotSetActive(self, false, boss, 2).contains(QLatin1String("own account")));
    QVERIFY(StaffService::whyNotSetActive(other, true, boss, 1).contains(QLatin1String("already active")));
    // Another administrator may be deactivated while a second one remains, never the last one.
    QVERIFY(StaffService::whyNotSetActive(otherAdmin, false, boss, 2).isEmpty());
    const QString last = StaffService::whyNotSetActive(otherAdmin, false, boss, 1);
    QVERIFY2(last.contains(QLatin1String("last active administrator")), qPrintable(last));
    // An administrator without a password cannot sign in anyway: not counted, not protected.
    QVERIFY(StaffService::whyNotSetActive(account(QStringLiteral("anna"), QStringLiteral("administrator"), true, false), false,
                                          boss, 1)
                .isEmpty());

    QVERIFY(StaffService::whyNotResetPassword(other, boss).isEmpty());
    QVERIFY(StaffService::whyNotResetPassword(self, boss).contains(QLatin1String("Change my password")));
    QCOMPARE(StaffService::whyNotResetPassword(other, agent), Permissions::whyNotManageStaff(Role::Agent));

    QVERIFY(StaffService::whyNotChangeRole(other, Role::Supervisor, boss, 1).isEmpty());
    QVERIFY(StaffService::whyNotChangeRole(other, Role::Agent, boss, 1).contains(QLatin1String("already")));
    QVERIFY(StaffService::whyNotChangeRole(self, Role::Agent, boss, 1).contains(QLatin1String("last active administrator")));
    QVERIFY(StaffService::whyNotChangeRole(self, Role::Agent, boss, 2).isEmpty());
}

void TestStaffService::listsEveryAccount()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const auto staff = makeStaff(db);
    QVERIFY(staff);
    const StaffService service(db);
    QVERIFY(service.setActive(QStringLiteral("li.na"), false, staff->boss).ok());
    const auto accounts = service.accounts();
    QVERIFY2(accounts.ok(), qPrintable(accounts.error()));
    QStringList names;
    for (const auto &a : accounts.value())
        names << a.user.username;
    QCOMPARE(names, QStringList({QStringLiteral("boss"), QStringLiteral("li.na"), QStringLiteral("wang.qiang")}));
    QCOMPARE(accounts->at(1).active, false); // deactivated accounts are listed too
    QCOMPARE(accounts->at(1).user.displayName, QStringLiteral("李娜"));
    QCOMPARE(accounts->at(0).user.role, QStringLiteral("administrator"));
    QVERIFY(accounts->at(0).active && accounts->at(0).hasPassword);
    QVERIFY(accounts->at(0).createdAt.isValid());
    QCOMPARE(service.administratorsWhoCanSignIn().value(), qint64(1));
    const auto one = service.account(QStringLiteral("  WANG.Qiang "));
    QVERIFY2(one.ok(), qPrintable(one.error()));
    QCOMPARE(one->user.role, QStringLiteral("supervisor"));
    const auto none = service.account(QStringLiteral("nobody"));
    QVERIFY(!none.ok());
    QVERIFY(none.error().contains(QLatin1String("nobody")));
}

void TestStaffService::deactivatedCannotSignIn()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const auto staff = makeStaff(db);
    QVERIFY(staff);
    const StaffService service(db);
    const AuthService auth(db);
    const qsizetype before = auditEntries(db).size();

    const Status off = service.setActive(QStringLiteral("li.na"), false, staff->boss);
    QVERIFY2(off.ok(), qPrintable(off.error()));
    const auto refused = auth.signIn(QStringLiteral("li.na"), kAgentPassword);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("deactivated")), qPrintable(refused.error()));
    // Twice is refused with the reason, and writes nothing.
    const Status again = service.setActive(QStringLiteral("li.na"), false, staff->boss);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QLatin1String("already deactivated")), qPrintable(again.error()));

    QVERIFY(service.setActive(QStringLiteral("LI.NA"), true, staff->boss).ok());
    QVERIFY(auth.signIn(QStringLiteral("li.na"), kAgentPassword).ok());

    const auto entries = auditEntries(db);
    QList<Logged> changes;
    for (qsizetype i = before; i < entries.size(); ++i)
        if (entries.at(i).entity == QLatin1String("staff"))
            changes << entries.at(i);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).action, QStringLiteral("staff_deactivated"));
    QCOMPARE(changes.at(0).actor, QStringLiteral("boss"));
    QCOMPARE(changes.at(0).entityId, staff->agent.staffId);
    QCOMPARE(object(changes.at(0).before).value(QLatin1String("active")).toBool(), true);
    QCOMPARE(object(changes.at(0).after).value(QLatin1String("active")).toBool(), false);
    QCOMPARE(object(changes.at(0).after).value(QLatin1String("username")).toString(), QStringLiteral("li.na"));
    QCOMPARE(changes.at(1).action, QStringLiteral("staff_reactivated"));
    QCOMPARE(object(changes.at(1).after).value(QLatin1String("active")).toBool(), true);
    QVERIFY(intact(db));
}

void TestStaffService::selfAndLastAdministrator()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const auto staff = makeStaff(db);
    QVERIFY(staff);
    const StaffService service(db);
    const AuthService auth(db);

    const Status self = service.setActive(QStringLiteral("boss"), false, staff->boss);
    QVERIFY(!self.ok());
    QVERIFY2(self.error().contains(QLatin1String("own account")), qPrintable(self.error()));
    // The only administrator cannot hand the role over: nobody could manage staff afterwards.
    const Status demote = service.changeRole(QStringLiteral("boss"), Role::Agent, staff->boss);
    QVERIFY(!demote.ok());
    QVERIFY2(demote.error().contains(QLatin1String("last active administrator")), qPrintable(demote.error()));
    QCOMPARE(service.account(QStringLiteral("boss"))->user.role, QStringLiteral("administrator"));
    QVERIFY(auth.signIn(QStringLiteral("boss"), kBossPassword).ok());

    // With a second administrator the first may step down, and from then on is refused: the
    // stored account counts, not the role the session started with.
    QVERIFY(auth.createUser(QStringLiteral("anna"), QStringLiteral("Anna"), Role::Administrator, kBossPassword, &staff->boss).ok());
    const Status stepDown = service.changeRole(QStringLiteral("boss"), Role::Supervisor, staff->boss);
    QVERIFY2(stepDown.ok(), qPrintable(stepDown.error()));
    const Status stale = service.setActive(QStringLiteral("anna"), false, staff->boss);
    QVERIFY(!stale.ok());
    QVERIFY2(stale.error().contains(QLatin1String("no longer an administrator")), qPrintable(stale.error()));
    QVERIFY(service.account(QStringLiteral("anna"))->active);

    // Anna is now the last administrator: she may not demote herself either.
    const auto anna = auth.signIn(QStringLiteral("anna"), kBossPassword);
    QVERIFY(anna.ok());
    QVERIFY(!service.changeRole(QStringLiteral("anna"), Role::Agent, anna.value()).ok());
    QVERIFY(!service.setActive(QStringLiteral("anna"), false, anna.value()).ok());
    QCOMPARE(service.administratorsWhoCanSignIn().value(), qint64(1));
    QVERIFY(!auth.needsFirstAdministrator());
    QVERIFY(intact(db));
}

void TestStaffService::ownPassword()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const auto staff = makeStaff(db);
    QVERIFY(staff);
    const StaffService service(db);
    const AuthService auth(db);
    const QString newPassword = QStringLiteral("a brand-new one 2");

    // The current password must be right; a wrong one is audited.
    Status s = service.changeOwnPassword(staff->agent, QStringLiteral("not my password"), newPassword);
    QVERIFY(!s.ok());
    QCOMPARE(s.error(), StaffService::wrongCurrentPasswordMessage());
    QCOMPARE(auditEntries(db).constLast().action, QStringLiteral("password_change_failed"));
    // The new one is checked by AuthService::checkPassword.
    s = service.changeOwnPassword(staff->agent, kAgentPassword, QStringLiteral("short"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error(), AuthService::checkPassword(QStringLiteral("short")).error());
    s = service.changeOwnPassword(staff->agent, kAgentPassword, kAgentPassword);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("same")), qPrintable(s.error()));
    QVERIFY(auth.signIn(QStringLiteral("li.na"), kAgentPassword).ok());

    s = service.changeOwnPassword(staff->agent, kAgentPassword, newPassword);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(!auth.signIn(QStringLiteral("li.na"), kAgentPassword).ok());
    QVERIFY(auth.signIn(QStringLiteral("li.na"), newPassword).ok());

    const auto entries = auditEntries(db);
    const auto changed = std::find_if(entries.cbegin(), entries.cend(),
                                      [](const Logged &e) { return e.action == QLatin1String("password_changed"); });
    QVERIFY(changed != entries.cend());
    QCOMPARE(changed->actor, QStringLiteral("li.na"));
    QCOMPARE(changed->entityId, staff->agent.staffId);
    // No password and no hash anywhere in the log.
    for (const Logged &e : entries) {
        for (const QString &json : {e.before, e.after}) {
            QVERIFY2(!json.contains(newPassword) && !json.contains(kAgentPassword) && !json.contains(QLatin1String("argon2"))
                         && !json.contains(QLatin1String("not my password")),
                     qPrintable(json));
        }
    }
    // A deactivated account cannot change its password either.
    QVERIFY(service.setActive(QStringLiteral("li.na"), false, staff->boss).ok());
    QVERIFY(!service.changeOwnPassword(staff->agent, newPassword, QStringLiteral("yet another one 3")).ok());
    QVERIFY(intact(db));
}

void TestStaffService::resetPassword()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const auto staff = makeStaff(db);
    QVERIFY(staff);
    const StaffService service(db);
    const AuthService auth(db);
    const QString reset = QStringLiteral("given in person 9");

    QVERIFY(!service.resetPassword(QStringLiteral("li.na"), QStringLiteral("short"), staff->boss).ok());
    const Status s = service.resetPassword(QStringLiteral("li.na"), reset, staff->boss);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(auth.signIn(QStringLiteral("li.na"), reset).ok());
    QVERIFY(!auth.signIn(QStringLiteral("li.na"), kAgentPassword).ok());
    const Logged last = [&] {
        const auto entries = auditEntries(db);
        for (qsizetype i = entries.size() - 1; i >= 0; --i)
            if (entries.at(i).action == QLatin1String("password_reset"))
                return entries.at(i);
        return Logged{};
    }();
    QCOMPARE(last.actor, QStringLiteral("boss"));
    QCOMPARE(last.entityId, staff->agent.staffId);
    QVERIFY2(!last.after.contains(reset) && !last.after.contains(QLatin1String("argon2")), qPrintable(last.after));

    // One's own password is changed with the current one, not reset; unknown accounts are named.
    const Status self = service.resetPassword(QStringLiteral("boss"), reset, staff->boss);
    QVERIFY(!self.ok());
    QVERIFY(self.error().contains(QLatin1String("Change my password")));
    const Status unknown = service.resetPassword(QStringLiteral("ghost"), reset, staff->boss);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().contains(QLatin1String("ghost")));
    QVERIFY(intact(db));
}

void TestStaffService::changeRole()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const auto staff = makeStaff(db);
    QVERIFY(staff);
    const StaffService service(db);
    const Status s = service.changeRole(QStringLiteral("wang.qiang"), Role::Agent, staff->boss);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(service.account(QStringLiteral("wang.qiang"))->user.role, QStringLiteral("agent"));
    const auto signedIn = AuthService(db).signIn(QStringLiteral("wang.qiang"), kSupervisorPassword);
    QVERIFY(signedIn.ok());
    QCOMPARE(signedIn->role, Role::Agent);
    const auto entries = auditEntries(db);
    const auto changed = std::find_if(entries.cbegin(), entries.cend(),
                                      [](const Logged &e) { return e.action == QLatin1String("role_changed"); });
    QVERIFY(changed != entries.cend());
    QCOMPARE(object(changed->before).value(QLatin1String("role")).toString(), QStringLiteral("supervisor"));
    QCOMPARE(object(changed->after).value(QLatin1String("role")).toString(), QStringLiteral("agent"));
    QVERIFY(!service.changeRole(QStringLiteral("wang.qiang"), Role::Agent, staff->boss).ok()); // already
    QVERIFY(intact(db));
}

void TestStaffService::nonAdministratorsRefused()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const auto staff = makeStaff(db);
    QVERIFY(staff);
    const StaffService service(db);
    const auto supervisor = AuthService(db).signIn(QStringLiteral("wang.qiang"), kSupervisorPassword);
    QVERIFY(supervisor.ok());
    const qsizetype before = auditEntries(db).size();
    for (const Actor &who : {staff->agent, supervisor.value()}) {
        const QString why = Permissions::whyNotManageStaff(who.role);
        QCOMPARE(service.setActive(QStringLiteral("boss"), false, who).error(), why);
        QCOMPARE(service.resetPassword(QStringLiteral("boss"), QStringLiteral("taken over 123"), who).error(), why);
        QCOMPARE(service.changeRole(QStringLiteral("li.na"), Role::Administrator, who).error(), why);
    }
    // A forged actor that claims the role is refused by the stored account.
    Actor forged = staff->agent;
    forged.role = Role::Administrator;
    const Status s = service.changeRole(QStringLiteral("li.na"), Role::Administrator, forged);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QLatin1String("no longer an administrator")), qPrintable(s.error()));
    QCOMPARE(auditEntries(db).size(), before); // nothing written
    QCOMPARE(service.account(QStringLiteral("li.na"))->user.role, QStringLiteral("agent"));
    QVERIFY(service.account(QStringLiteral("boss"))->active);
    QVERIFY(AuthService(db).signIn(QStringLiteral("boss"), kBossPassword).ok());
    QVERIFY(intact(db));
}

QTEST_GUILESS_MAIN(TestStaffService)
#include "tst_staffservice.moc"
