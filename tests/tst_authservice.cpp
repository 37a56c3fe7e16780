#include "testdatabase.h"

#include "audit/auditlog.h"
#include "workflow/authservice.h"
#include "demo/demogenerator.h"
#include "workflow/permissions.h"
#include "workflow/staffservice.h"
#include "workflow/workingdaycalendar.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace pd;
using pd::test::TestDatabase;

namespace {

const QString kAdminPassword = QStringLiteral("correct horse battery");
const QString kAgentPassword = QStringLiteral("agent-pass-1");

struct Logged
{
    QString actor, entity, action;
    qint64 entityId = 0;
    QJsonObject after;
};

QList<Logged> auditEntries(const Database &db)
{
    QList<Logged> out;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT actor, entity, action, entity_id, after_json FROM audit_log ORDER BY id")))
        qWarning() << q.lastError().text();
    while (q.next())
        out << Logged{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                      QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()};
    return out;
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString storedHash(const Database &db, const QString &username)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT password_hash FROM staff WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool intact(const Database &db, qint64 entries)
{
    const auto v = AuditLog(db).verify();
    if (!v || !v->intact || v->entries != entries) {
        qWarning() << (v ? v->problem : v.error()) << (v ? v->entries : -1) << "expected" << entries;
        return false;
    }
    return true;
}

// The first administrator "boss", signed in.
std::optional<Actor> makeAdministrator(const AuthService &auth)
{
    const auto boss = auth.createUser(QStringLiteral("boss"), QStringLiteral("王老板"), Role::Administrator, kAdminPassword, nullptr);
    if (!boss) {
        qWarning() << boss.error();
        return std::nullopt;
    }
    auto actor = auth.signIn(QStringLiteral("boss"), kAdminPassword);
    if (!actor)
        return std::nullopt;
    return actor.value();
}

} // namespace

class TestAuthService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashing();
    void usernameRules_data();
    void usernameRules();
    void passwordRules();
    void permissions();
    void firstAdministrator_data() { TestDatabase::addEngineRows(); }
    void firstAdministrator();
    void signIn_data() { TestDatabase::addEngineRows(); }
    void signIn();
    void inactiveAccount_data() { TestDatabase::addEngineRows(); }
    void inactiveAccount();
    void createUserRules_data() { TestDatabase::addEngineRows(); }
    void createUserRules();
    void demoStaff_data() { TestDatabase::addEngineRows(); }
    void demoStaff();
    void lockout_data() { TestDatabase::addEngineRows(); }
    void lockout();
    void resetForcesChange_data() { TestDatabase::addEngineRows(); }
    void resetForcesChange();
};

void TestAuthService::hashing()
{
    const auto a = AuthService::hashPassword(kAdminPassword);
    const auto b = AuthService::hashPassword(kAdminPassword);
    QVERIFY2(a.ok() && b.ok(), qPrintable(a.error() + b.error()));
    QVERIFY2(a->startsWith(QLatin1String("$argon2id$")), qPrintable(a.value()));
    QVERIFY(!a->contains(kAdminPassword));
    QVERIFY(a.value() != b.value()); // a random salt each time
    QVERIFY(AuthService::verifyPassword(a.value(), kAdminPassword));
    QVERIFY(AuthService::verifyPassword(b.value(), kAdminPassword));
    QVERIFY(!AuthService::verifyPassword(a.value(), kAdminPassword + QLatin1Char('!')));
    QVERIFY(!AuthService::verifyPassword(a.value(), QString()));
    QVERIFY(!AuthService::verifyPassword(QString(), kAdminPassword));
    QVERIFY(!AuthService::verifyPassword(QStringLiteral("not a hash"), kAdminPassword));
    // Non-ASCII passwords hash as UTF-8.
    const QString chinese = QStringLiteral("隐私保护口令一二三");
    const auto c = AuthService::hashPassword(chinese);
    QVERIFY(c.ok());
    QVERIFY(AuthService::verifyPassword(c.value(), chinese));
    QVERIFY(!AuthService::verifyPassword(c.value(), QStringLiteral("隐私保护口令一二")));
}

void TestAuthService::usernameRules_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("normalised"); // empty: refused
    QTest::newRow("plain") << QStringLiteral("wang.fang") << QStringLiteral("wang.fang");
    QTest::newRow("trimmed, lower-cased") << QStringLiteral("  Emily_Chen-2 ") << QStringLiteral("emily_chen-2");
    QTest::newRow("empty") << QStringLiteral("   ") << QString();
    QTest::newRow("one character") << QStringLiteral("a") << QString();
    QTest::newRow("too long") << QString(33, QLatin1Char('a')) << QString();
    QTest::newRow("longest") << QString(32, QLatin1Char('a')) << QString(32, QLatin1Char('a'));
    QTest::newRow("starts with a digit") << QStringLiteral("1admin") << QString();
    QTest::newRow("space inside") << QStringLiteral("wang fang") << QString();
    QTest::newRow("chinese") << QStringLiteral("王芳") << QString();
    QTest::newRow("quote") << QStringLiteral("admin'--") << QString();
}

void TestAuthService::usernameRules()
{
    QFETCH(QString, typed);
    QFETCH(QString, normalised);
    const auto r = AuthService::normaliseUsername(typed);
    if (normalised.isEmpty()) {
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(QLatin1String("Username")), qPrintable(r.error()));
    } else {
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value(), normalised);
    }
}

void TestAuthService::passwordRules()
{
    QVERIFY(!AuthService::checkPassword(QString()).ok());
    const auto eleven = AuthService::checkPassword(QStringLiteral("kx7-mq2-vt9"));
    QVERIFY(!eleven.ok());
    QCOMPARE(eleven.errorKind(), ErrorKind::Invalid);
    QVERIFY2(eleven.error().contains(QLatin1String("Password")) && eleven.error().contains(QLatin1String("12")),
             qPrintable(eleven.error()));
    QVERIFY(AuthService::checkPassword(QStringLiteral("kx7-mq2-vt9z")).ok());
    QVERIFY(AuthService::checkPassword(QStringLiteral("十二个汉字组成的一句密码")).ok()); // 12 characters, not bytes
    QVERIFY(!AuthService::checkPassword(QStringLiteral("十一个汉字组成的句密码")).ok());
    QVERIFY(!AuthService::checkPassword(QString(257, QLatin1Char('x'))).ok());
    // Not the username, in any case.
    const auto withName = AuthService::checkPassword(QStringLiteral("Wang.Fang-2026-spring"), QStringLiteral("wang.fang"));
    QVERIFY(!withName.ok());
    QVERIFY2(withName.error().contains(QLatin1String("username")), qPrintable(withName.error()));
    QVERIFY(AuthService::checkPassword(QStringLiteral("Wang.Fang-2026-spring"), QStringLiteral("li.na")).ok());
    // Not a common password, nor one with digits and symbols around a common word.
    for (const char *common : {"123456789012", "qwertyuiop123", "1q2w3e4r5t6y", "Password2026!", "iloveyou1314",
                               "woaini1314520", "P@ssw0rd12345", "!!admin123456", "privacydesk2026"}) {
        const auto s = AuthService::checkPassword(QString::fromLatin1(common));
        QVERIFY2(!s.ok(), common);
        QVERIFY2(s.error().contains(QLatin1String("most often")), qPrintable(s.error()));
    }
    QVERIFY(AuthService::isCommonPassword(QStringLiteral("QWERTYUIOP")));
    QVERIFY(!AuthService::isCommonPassword(QStringLiteral("harbour-lamp-quietly")));
    // Not one character over and over.
    QVERIFY(!AuthService::checkPassword(QStringLiteral("zzzzzzzzzzzzzz")).ok());
    QVERIFY(!AuthService::checkPassword(QStringLiteral("xyxyxyxyxyxyxy")).ok());
    QVERIFY(!AuthService::checkDisplayName(QStringLiteral("  ")).ok());
    QVERIFY(AuthService::checkDisplayName(QStringLiteral("王芳")).ok());
}

void TestAuthService::permissions()
{
    QVERIFY(Permissions::mayManageStaff(Role::Administrator));
    QVERIFY(!Permissions::mayManageStaff(Role::Supervisor));
    QVERIFY(!Permissions::mayManageStaff(Role::Agent));
    QVERIFY(Permissions::mayEditVerificationPolicy(Role::Administrator));
    QVERIFY(!Permissions::mayEditVerificationPolicy(Role::Supervisor));
    QVERIFY(!Permissions::mayEditVerificationPolicy(Role::Agent));
    QVERIFY(Permissions::whyNotManageStaff(Role::Administrator).isEmpty());
    QVERIFY(Permissions::whyNotEditVerificationPolicy(Role::Administrator).isEmpty());
    const QString why = Permissions::whyNotManageStaff(Role::Agent);
    QVERIFY2(why.contains(QLatin1String("administrator")) && why.contains(roles().label(Role::Agent)), qPrintable(why));
    QVERIFY(!Permissions::whyNotEditVerificationPolicy(Role::Supervisor).isEmpty());
}

void TestAuthService::firstAdministrator()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const AuthService auth(db);
    QVERIFY(auth.needsFirstAdministrator());

    // While there is none, the first account must be an administrator.
    const auto agent = auth.createUser(QStringLiteral("li.na"), QStringLiteral("李娜"), Role::Agent, kAgentPassword, nullptr);
    QVERIFY(!agent.ok());
    QVERIFY2(agent.error().contains(QLatin1String("administrator")), qPrintable(agent.error()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM staff")), qint64(0));

    const auto boss = auth.createUser(QStringLiteral(" Boss "), QStringLiteral("  王  老板 "), Role::Administrator,
                                      kAdminPassword, nullptr);
    QVERIFY2(boss.ok(), qPrintable(boss.error()));
    QCOMPARE(boss->username, QStringLiteral("boss"));
    QCOMPARE(boss->displayName, QStringLiteral("王 老板"));
    QCOMPARE(boss->role, QStringLiteral("administrator"));
    QVERIFY(boss->id > 0);
    QVERIFY(!auth.needsFirstAdministrator());

    // Stored as Argon2id, never as the password.
    const QString hash = storedHash(db, QStringLiteral("boss"));
    QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
    QVERIFY(!hash.contains(kAdminPassword));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM staff WHERE password_hash LIKE '%%1%'").arg(kAdminPassword)),
             qint64(0));

    // Audited, without the hash.
    const auto log = auditEntries(db);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).entity, QStringLiteral("staff"));
    QCOMPARE(log.at(0).action, QStringLiteral("staff_created"));
    QCOMPARE(log.at(0).actor, QStringLiteral("boss"));
    QCOMPARE(log.at(0).entityId, boss->id);
    QCOMPARE(log.at(0).after.value(QStringLiteral("username")).toString(), QStringLiteral("boss"));
    QCOMPARE(log.at(0).after.value(QStringLiteral("role")).toString(), QStringLiteral("administrator"));
    for (const QString &key : log.at(0).after.keys())
        QVERIFY2(!key.contains(QLatin1String("hash")) && !key.contains(QLatin1String("password")), qPrintable(key));
    QVERIFY(!QJsonDocument(log.at(0).after).toJson().contains("argon2"));
    QVERIFY(intact(db, 1));

    // Once there is one, nobody creates a second without signing in.
    const auto second = auth.createUser(QStringLiteral("boss2"), QStringLiteral("B"), Role::Administrator, kAdminPassword, nullptr);
    QVERIFY(!second.ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM staff")), qint64(1));

    // An administrator without a password (made by an older version) does not count.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE staff SET password_hash = ''")));
    QVERIFY(auth.needsFirstAdministrator());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM staff")));
    QVERIFY(auth.needsFirstAdministrator());
}

void TestAuthService::signIn()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const AuthService auth(db);
    const auto admin = makeAdministrator(auth);
    QVERIFY(admin);
    QCOMPARE(admin->username, QStringLiteral("boss"));
    QCOMPARE(admin->role, Role::Administrator);
    QCOMPARE(admin->displayName, QStringLiteral("王老板"));
    QVERIFY(admin->staffId > 0);
    const auto agent = auth.createUser(QStringLiteral("li.na"), QStringLiteral("李娜"), Role::Agent, kAgentPassword, &*admin);
    QVERIFY2(agent.ok(), qPrintable(agent.error()));

    const auto good = auth.signIn(QStringLiteral("  Li.Na "), kAgentPassword); // usernames ignore case and spaces
    QVERIFY2(good.ok(), qPrintable(good.error()));
    QCOMPARE(good->staffId, agent->id);
    QCOMPARE(good->username, QStringLiteral("li.na"));
    QCOMPARE(good->role, Role::Agent);
    QCOMPARE(good->displayName, QStringLiteral("李娜"));

    const auto wrongPassword = auth.signIn(QStringLiteral("li.na"), QStringLiteral("agent-pass-2"));
    const auto unknownUser = auth.signIn(QStringLiteral("nobody"), kAgentPassword);
    const auto emptyPassword = auth.signIn(QStringLiteral("li.na"), QString());
    const auto badName = auth.signIn(QStringLiteral("x' OR 1=1 --"), kAgentPassword);
    QVERIFY(!wrongPassword.ok() && !unknownUser.ok() && !emptyPassword.ok() && !badName.ok());
    // The same words whatever was wrong: nobody learns which usernames exist.
    QCOMPARE(wrongPassword.error(), AuthService::signInFailedMessage());
    QCOMPARE(unknownUser.error(), AuthService::signInFailedMessage());
    QCOMPARE(emptyPassword.error(), AuthService::signInFailedMessage());
    QCOMPARE(badName.error(), AuthService::signInFailedMessage());

    // Every attempt is in the audit log with the username as typed.
    const auto log = auditEntries(db);
    QCOMPARE(log.size(), 8); // boss created, boss login, li.na created, then 5 attempts
    const QStringList actions{QStringLiteral("staff_created"), QStringLiteral("login"), QStringLiteral("staff_created"),
                              QStringLiteral("login"), QStringLiteral("login_failed"), QStringLiteral("login_failed"),
                              QStringLiteral("login_failed"), QStringLiteral("login_failed")};
    const QStringList actors{QStringLiteral("boss"), QStringLiteral("boss"), QStringLiteral("boss"), QStringLiteral("Li.Na"),
                             QStringLiteral("li.na"), QStringLiteral("nobody"), QStringLiteral("li.na"),
                             QStringLiteral("x' OR 1=1 --")};
    for (int i = 0; i < log.size(); ++i) {
        QCOMPARE(log.at(i).action, actions.at(i));
        QCOMPARE(log.at(i).actor, actors.at(i));
        if (log.at(i).action.startsWith(QLatin1String("login")))
            QCOMPARE(log.at(i).entity, QStringLiteral("session"));
    }
    QCOMPARE(log.at(3).entityId, agent->id);
    QCOMPARE(log.at(4).after.value(QStringLiteral("reason")).toString(), QStringLiteral("wrong_password"));
    QCOMPARE(log.at(5).after.value(QStringLiteral("reason")).toString(), QStringLiteral("unknown_user"));
    QCOMPARE(log.at(5).entityId, qint64(0));
    QVERIFY(intact(db, 8));
}

void TestAuthService::inactiveAccount()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const AuthService auth(db);
    const auto admin = makeAdministrator(auth);
    QVERIFY(admin);
    QVERIFY(auth.createUser(QStringLiteral("li.na"), QStringLiteral("李娜"), Role::Agent, kAgentPassword, &*admin).ok());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE staff SET active = 0 WHERE username = 'li.na'")));

    const auto refused = auth.signIn(QStringLiteral("li.na"), kAgentPassword);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("deactivated")), qPrintable(refused.error()));
    // With a wrong password, the generic message: deactivation is told only to who knows the password.
    QCOMPARE(auth.signIn(QStringLiteral("li.na"), QStringLiteral("wrong password")).error(), AuthService::signInFailedMessage());
    const auto log = auditEntries(db);
    QCOMPARE(log.at(log.size() - 2).action, QStringLiteral("login_failed"));
    QCOMPARE(log.at(log.size() - 2).after.value(QStringLiteral("reason")).toString(), QStringLiteral("inactive"));
    QVERIFY(intact(db, log.size()));

    // A deactivated administrator does not count: the first-administrator path opens again.
    QVERIFY(q.exec(QStringLiteral("UPDATE staff SET active = 0")));
    QVERIFY(auth.needsFirstAdministrator());
}

void TestAuthService::createUserRules()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const AuthService auth(db);
    const auto admin = makeAdministrator(auth);
    QVERIFY(admin);
    for (Role role : {Role::Agent, Role::Supervisor}) {
        const QString name = roles().key(role) + QStringLiteral(".one");
        QVERIFY(auth.createUser(name, name, role, kAgentPassword, &*admin).ok());
    }
    const auto agent = auth.signIn(QStringLiteral("agent.one"), kAgentPassword);
    const auto supervisor = auth.signIn(QStringLiteral("supervisor.one"), kAgentPassword);
    QVERIFY(agent && supervisor);
    const qint64 staffBefore = scalar(db, QStringLiteral("SELECT COUNT(*) FROM staff"));
    const qint64 auditBefore = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    // Only administrators add staff.
    const auto byAgent = auth.createUser(QStringLiteral("new.one"), QStringLiteral("New"), Role::Agent, kAgentPassword, &*agent);
    QVERIFY(!byAgent.ok());
    QCOMPARE(byAgent.error(), Permissions::whyNotManageStaff(Role::Agent));
    QVERIFY(!auth.createUser(QStringLiteral("new.one"), QStringLiteral("New"), Role::Agent, kAgentPassword, &*supervisor).ok());
    QVERIFY(!auth.createUser(QStringLiteral("new.one"), QStringLiteral("New"), Role::Agent, kAgentPassword, nullptr).ok());

    // Duplicates (whatever the case), short passwords, bad usernames, empty display names.
    const auto duplicate = auth.createUser(QStringLiteral("Agent.One"), QStringLiteral("Again"), Role::Agent, kAgentPassword, &*admin);
    QVERIFY(!duplicate.ok());
    QVERIFY2(duplicate.error().contains(QLatin1String("agent.one")) && duplicate.error().contains(QLatin1String("taken")),
             qPrintable(duplicate.error()));
    const auto shortPassword = auth.createUser(QStringLiteral("new.one"), QStringLiteral("New"), Role::Agent,
                                               QStringLiteral("short"), &*admin);
    QVERIFY(!shortPassword.ok());
    QVERIFY2(shortPassword.error().startsWith(QLatin1String("Password")), qPrintable(shortPassword.error()));
    const auto badName = auth.createUser(QStringLiteral("new one"), QStringLiteral("New"), Role::Agent, kAgentPassword, &*admin);
    QVERIFY(!badName.ok());
    QVERIFY2(badName.error().startsWith(QLatin1String("Username")), qPrintable(badName.error()));
    const auto noName = auth.createUser(QStringLiteral("new.one"), QStringLiteral(" "), Role::Agent, kAgentPassword, &*admin);
    QVERIFY(!noName.ok());
    QVERIFY2(noName.error().startsWith(QLatin1String("Display name")), qPrintable(noName.error()));

    // Refusals write nothing.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM staff")), staffBefore);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);

    // An administrator may add any role, another administrator too.
    const auto second = auth.createUser(QStringLiteral("second.admin"), QStringLiteral("Second"), Role::Administrator,
                                        kAdminPassword, &*admin);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    const auto log = auditEntries(db);
    QCOMPARE(log.constLast().action, QStringLiteral("staff_created"));
    QCOMPARE(log.constLast().actor, QStringLiteral("boss"));
    QCOMPARE(log.constLast().entityId, second->id);
    QVERIFY(intact(db, auditBefore + 1));
}

void TestAuthService::demoStaff()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const WorkingDayCalendar calendar;
    const DemoGenerator generator(db, calendar);
    const auto added = generator.ensureDemoStaff();
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(added->size(), DemoGenerator::demoAccounts().size());
    QSet<Role> rolesSeen;
    const AuthService auth(db);
    for (const auto &a : added.value()) {
        const auto actor = auth.signIn(a.username, a.password);
        QVERIFY2(actor.ok(), qPrintable(a.username + QLatin1String(": ") + actor.error()));
        QCOMPARE(actor->role, a.role);
        rolesSeen << a.role;
        QVERIFY(storedHash(db, a.username).startsWith(QLatin1String("$argon2id$")));
    }
    QCOMPARE(rolesSeen, QSet<Role>({Role::Agent, Role::Supervisor, Role::Administrator}));
    QVERIFY(!auth.needsFirstAdministrator());
    QVERIFY(intact(db, 2 * added->size())); // staff_created and login for each
    QVERIFY(generator.ensureDemoStaff()->isEmpty()); // nothing twice

    // A database that already has its own administrator gets the demo agents, not the demo administrator.
    PD_FRESH_DB(own, engine);
    const AuthService ownAuth(own);
    QVERIFY(makeAdministrator(ownAuth));
    const auto demo = DemoGenerator(own, calendar).ensureDemoStaff();
    QVERIFY2(demo.ok(), qPrintable(demo.error()));
    QCOMPARE(demo->size(), DemoGenerator::demoAccounts().size() - 1);
    for (const auto &a : demo.value())
        QVERIFY(a.role != Role::Administrator);
    QCOMPARE(scalar(own, QStringLiteral("SELECT COUNT(*) FROM staff WHERE role = 'administrator'")), qint64(1));
}


void TestAuthService::lockout()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QDateTime now(QDate(2026, 12, 2), QTime(2, 0), Qt::UTC);
    const AuthService auth(db, [&now] { return now; });
    const auto boss = makeAdministrator(auth);
    QVERIFY(boss);
    QVERIFY(auth.createUser(QStringLiteral("li.na"), QStringLiteral("李娜"), Role::Agent, kAgentPassword, &*boss).ok());

    // Four wrong passwords: still the generic message, and the right one still works afterwards.
    for (int i = 0; i < 4; ++i) {
        const auto wrong = auth.signIn(QStringLiteral("li.na"), QStringLiteral("not it at all %1").arg(i));
        QCOMPARE(wrong.error(), AuthService::signInFailedMessage());
    }
    QVERIFY(auth.signIn(QStringLiteral("li.na"), kAgentPassword).ok());
    // The good sign-in started the count again: five more wrong ones lock the account.
    for (int i = 0; i < 4; ++i)
        QCOMPARE(auth.signIn(QStringLiteral("li.na"), QStringLiteral("wrong again")).error(), AuthService::signInFailedMessage());
    const auto fifth = auth.signIn(QStringLiteral("li.na"), QStringLiteral("wrong again"));
    QCOMPARE(fifth.errorKind(), ErrorKind::Denied);
    QVERIFY2(fifth.error().contains(QLatin1String("locked")), qPrintable(fifth.error()));
    const auto entries = auditEntries(db);
    QCOMPARE(entries.constLast().action, QStringLiteral("account_locked"));
    QCOMPARE(entries.constLast().actor, QStringLiteral("li.na"));
    QCOMPARE(entries.constLast().after.value(QStringLiteral("failed_sign_ins")).toInt(), 5);

    // Locked: the right password is refused too, for 15 minutes.
    now = now.addSecs(14 * 60);
    const auto stillLocked = auth.signIn(QStringLiteral("li.na"), kAgentPassword);
    QVERIFY(!stillLocked.ok());
    QVERIFY2(stillLocked.error().contains(QLatin1String("locked")), qPrintable(stillLocked.error()));
    QCOMPARE(auditEntries(db).constLast().after.value(QStringLiteral("reason")).toString(), QStringLiteral("locked"));
    now = now.addSecs(2 * 60);
    QVERIFY(auth.signIn(QStringLiteral("li.na"), kAgentPassword).ok());

    // An administrator can lift a lock before it ends; others cannot.
    for (int i = 0; i < 5; ++i)
        static_cast<void>(auth.signIn(QStringLiteral("li.na"), QStringLiteral("wrong once more")));
    QVERIFY(!auth.signIn(QStringLiteral("li.na"), kAgentPassword).ok());
    const StaffService staff(db);
    const auto account = staff.account(QStringLiteral("li.na"));
    QVERIFY(account && StaffService::isLocked(*account, now));
    const Actor agent{account->user.id, QStringLiteral("li.na"), Role::Agent, {}};
    QCOMPARE(staff.unlock(QStringLiteral("li.na"), agent, now).errorKind(), ErrorKind::Denied);
    QVERIFY(staff.unlock(QStringLiteral("li.na"), *boss, now).ok());
    QCOMPARE(auditEntries(db).constLast().action, QStringLiteral("account_unlocked"));
    QVERIFY(auth.signIn(QStringLiteral("li.na"), kAgentPassword).ok());
    QVERIFY(!StaffService::whyNotUnlock(staff.account(QStringLiteral("li.na")).value(), *boss, now).isEmpty());
    QVERIFY(intact(db, scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"))));
}

void TestAuthService::resetForcesChange()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const AuthService auth(db);
    const auto boss = makeAdministrator(auth);
    QVERIFY(boss);
    QVERIFY(!boss->mustChangePassword);
    QVERIFY(auth.createUser(QStringLiteral("li.na"), QStringLiteral("李娜"), Role::Agent, kAgentPassword, &*boss).ok());
    QVERIFY(!auth.signIn(QStringLiteral("li.na"), kAgentPassword)->mustChangePassword);
    const StaffService staff(db);
    const QString given = QStringLiteral("given-in-person-42");
    QVERIFY(staff.resetPassword(QStringLiteral("li.na"), given, *boss).ok());
    const auto afterReset = auth.signIn(QStringLiteral("li.na"), given);
    QVERIFY(afterReset.ok());
    QVERIFY(afterReset->mustChangePassword);
    QVERIFY(staff.account(QStringLiteral("li.na"))->mustChangePassword);
    // Choosing one's own clears it.
    QVERIFY(staff.changeOwnPassword(*afterReset, given, QStringLiteral("my own choice this time")).ok());
    const auto own = auth.signIn(QStringLiteral("li.na"), QStringLiteral("my own choice this time"));
    QVERIFY(own.ok());
    QVERIFY(!own->mustChangePassword);
}

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
