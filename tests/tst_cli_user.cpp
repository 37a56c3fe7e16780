// privacydesk-cli user add, and the demo accounts that `demo` prints, on both engines.
#include "clirun.h"
#include "testdatabase.h"

#include "audit/auditlog.h"
#include "workflow/authservice.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using pd::test::TestDatabase;

namespace {

using Run = pd::test::CliRun;

const QString kAdminPassword = QStringLiteral("lantern-orchid-41");
const QString kAgentPassword = QStringLiteral("pebble-meadow-23");

} // namespace

class TestCliUser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void usageErrors_data();
    void usageErrors();
    void userAdd_data() { TestDatabase::addEngineRows(); }
    void userAdd();
    void demoPrintsAccounts_data() { TestDatabase::addEngineRows(); }
    void demoPrintsAccounts();
    void administrationUsageErrors_data();
    void administrationUsageErrors();
    void administration_data() { TestDatabase::addEngineRows(); }
    void administration();

private:
    Run run(const QStringList &args, const QMap<QString, QString> &env = {}) const;
    // privacydesk-cli --lang en --db DB user ACTION [NAME] --user WHO
    static QStringList user(const QString &db, const QString &action, const QString &name, const QString &who)
    {
        QStringList l{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db, QStringLiteral("user"), action};
        if (!name.isEmpty())
            l << name;
        if (!who.isEmpty())
            l << QStringLiteral("--user") << who;
        return l;
    }
    static QStringList userAdd(const QString &db, const QString &username, const QString &role)
    {
        return {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db, QStringLiteral("user"),
                QStringLiteral("add"), QStringLiteral("--username"), username, QStringLiteral("--display-name"),
                QStringLiteral("Name of ") + username, QStringLiteral("--role"), role};
    }

    QTemporaryDir m_dir;
};

void TestCliUser::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(PD_CLI_PATH)), PD_CLI_PATH);
}

Run TestCliUser::run(const QStringList &args, const QMap<QString, QString> &extra) const
{
    return pd::test::runCli(QStringLiteral(PD_CLI_PATH), m_dir.path(), args, extra);
}

void TestCliUser::help()
{
    const Run all = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(all.exitCode, 0);
    QVERIFY2(all.out.contains(QLatin1String("user add")), qPrintable(all.out));
    const Run user = run({QStringLiteral("user"), QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(user.exitCode, 0);
    for (const char *word : {"--username", "--display-name", "--role", "--user", "PRIVACYDESK_PASSWORD"})
        QVERIFY2(user.out.contains(QLatin1String(word)), qPrintable(user.out));
}

void TestCliUser::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const auto add = [](std::initializer_list<const char *> more) {
        QStringList l{QStringLiteral("user"), QStringLiteral("add")};
        for (const char *m : more)
            l << QString::fromUtf8(m);
        return l;
    };
    QTest::newRow("no action") << QStringList{QStringLiteral("user")} << QStringLiteral("user add");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("user"), QStringLiteral("remove")} << QStringLiteral("user add");
    QTest::newRow("no role") << add({"--username", "li.na", "--display-name", "Li Na"}) << QStringLiteral("--role");
    QTest::newRow("no username") << add({"--role", "agent", "--display-name", "Li Na"}) << QStringLiteral("--username");
    QTest::newRow("unknown role") << add({"--username", "li.na", "--display-name", "Li Na", "--role", "chief"})
                                  << QStringLiteral("chief");
    QTest::newRow("bad username") << add({"--username", "li na", "--display-name", "Li Na", "--role", "agent"})
                                  << QStringLiteral("Username");
    QTest::newRow("option of another command") << add({"--username", "li.na", "--display-name", "L", "--role", "agent", "--limit", "3"})
                                               << QStringLiteral("limit");
}

void TestCliUser::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const QString untouched = m_dir.filePath(QStringLiteral("untouched.db"));
    args << QStringLiteral("--db") << QStringLiteral("sqlite://") + untouched << QStringLiteral("--lang") << QStringLiteral("en");
    const Run r = run(args);
    QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(untouched));
}

void TestCliUser::userAdd()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    auto &holder = dbHolder;
    const QString url = holder->urlString();
    const QMap<QString, QString> newAgent{{QStringLiteral("PRIVACYDESK_NEW_PASSWORD"), kAgentPassword}};

    // No administrator yet: the first account must be one, and needs no --user.
    const Run agentFirst = run(userAdd(url, QStringLiteral("li.na"), QStringLiteral("agent")), newAgent);
    QVERIFY2(agentFirst.exitCode == 1, qPrintable(agentFirst.err));
    QVERIFY2(agentFirst.err.contains(QLatin1String("administrator")), qPrintable(agentFirst.err));
    const Run first = run(userAdd(url, QStringLiteral("boss"), QStringLiteral("administrator")),
                          {{QStringLiteral("PRIVACYDESK_NEW_PASSWORD"), kAdminPassword}});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QLatin1String("boss")), qPrintable(first.out));
    QVERIFY(!AuthService(db).needsFirstAdministrator());

    // From now on an administrator signs in first.
    const Run noUser = run(userAdd(url, QStringLiteral("li.na"), QStringLiteral("agent")), newAgent);
    QVERIFY2(noUser.exitCode == 2, qPrintable(noUser.err));
    QVERIFY2(noUser.err.contains(QLatin1String("--user")), qPrintable(noUser.err));
    const Run noPassword = run(userAdd(url, QStringLiteral("li.na"), QStringLiteral("agent")) << QStringLiteral("--user")
                                   << QStringLiteral("boss"),
                               newAgent);
    QVERIFY2(noPassword.exitCode == 1, qPrintable(noPassword.err));
    auto env = newAgent;
    env.insert(QStringLiteral("PRIVACYDESK_PASSWORD"), QStringLiteral("wrong-password"));
    const Run wrong = run(userAdd(url, QStringLiteral("li.na"), QStringLiteral("agent")) << QStringLiteral("--user")
                              << QStringLiteral("boss"),
                          env);
    QVERIFY2(wrong.exitCode == 1, qPrintable(wrong.err));
    QVERIFY2(wrong.err.contains(AuthService::signInFailedMessage()), qPrintable(wrong.err));
    env.insert(QStringLiteral("PRIVACYDESK_PASSWORD"), kAdminPassword);
    const Run second = run(userAdd(url, QStringLiteral("li.na"), QStringLiteral("agent")) << QStringLiteral("--user")
                               << QStringLiteral("boss"),
                           env);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.out.contains(QLatin1String("li.na")), qPrintable(second.out));

    // An agent may not add staff; a duplicate is refused; a short password is refused.
    env.insert(QStringLiteral("PRIVACYDESK_PASSWORD"), kAgentPassword);
    const Run byAgent = run(userAdd(url, QStringLiteral("zhang.wei"), QStringLiteral("agent")) << QStringLiteral("--user")
                                << QStringLiteral("li.na"),
                            env);
    QVERIFY2(byAgent.exitCode == 1, qPrintable(byAgent.err));
    QVERIFY2(byAgent.err.contains(QLatin1String("administrator")), qPrintable(byAgent.err));
    env.insert(QStringLiteral("PRIVACYDESK_PASSWORD"), kAdminPassword);
    const Run duplicate = run(userAdd(url, QStringLiteral("LI.NA"), QStringLiteral("supervisor")) << QStringLiteral("--user")
                                  << QStringLiteral("boss"),
                              env);
    QVERIFY2(duplicate.exitCode == 1, qPrintable(duplicate.err));
    QVERIFY2(duplicate.err.contains(QLatin1String("li.na")), qPrintable(duplicate.err));
    env.insert(QStringLiteral("PRIVACYDESK_NEW_PASSWORD"), QStringLiteral("short"));
    const Run shortPassword = run(userAdd(url, QStringLiteral("zhang.wei"), QStringLiteral("agent")) << QStringLiteral("--user")
                                      << QStringLiteral("boss"),
                                  env);
    QVERIFY2(shortPassword.exitCode == 1, qPrintable(shortPassword.err));
    QVERIFY2(shortPassword.err.contains(QLatin1String("Password")), qPrintable(shortPassword.err));

    // What the CLI made signs in here, and the audit log holds together.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM staff")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(2));
    q.finish();
    const auto agent = AuthService(db).signIn(QStringLiteral("li.na"), kAgentPassword);
    QVERIFY2(agent.ok(), qPrintable(agent.error()));
    QCOMPARE(agent->role, Role::Agent);
    const auto verified = AuditLog(db).verify();
    QVERIFY(verified.ok() && verified->intact);
}

void TestCliUser::demoPrintsAccounts()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    auto &holder = dbHolder;
    const Run demo = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), holder->urlString(),
                          QStringLiteral("demo"), QStringLiteral("--requests"), QStringLiteral("50")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    static const QRegularExpression line(QStringLiteral("^  (\\S+)\\s+(\\S+)\\s+(\\S.*)$"), QRegularExpression::MultilineOption);
    const qsizetype accountsAt = demo.out.indexOf(QLatin1String("Demo staff accounts"));
    QVERIFY2(accountsAt >= 0, qPrintable(demo.out));
    QSet<Role> rolesSeen;
    int accounts = 0;
    for (auto it = line.globalMatch(demo.out.mid(accountsAt)); it.hasNext();) {
        const auto m = it.next();
        const auto actor = AuthService(db).signIn(m.captured(1), m.captured(2));
        QVERIFY2(actor.ok(), qPrintable(m.captured(0) + QLatin1String(": ") + actor.error()));
        QCOMPARE(roles().label(actor->role), m.captured(3).trimmed());
        rolesSeen << actor->role;
        ++accounts;
    }
    QVERIFY2(accounts >= 3, qPrintable(demo.out));
    QCOMPARE(rolesSeen, QSet<Role>({Role::Agent, Role::Supervisor, Role::Administrator}));

    // Now that the database has staff, only an administrator may add more; a second run adds
    // requests but no accounts, and prints none.
    const QStringList second{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), holder->urlString(),
                             QStringLiteral("demo"), QStringLiteral("--requests"), QStringLiteral("10")};
    const Run anonymous = run(second);
    QCOMPARE(anonymous.exitCode, 1);
    QVERIFY2(anonymous.err.contains(QLatin1String("administrator")), qPrintable(anonymous.err));
    const Run agent = run(second + QStringList{QStringLiteral("--user"), QStringLiteral("demo.li.na")},
                          {{QStringLiteral("PRIVACYDESK_PASSWORD"), QStringLiteral("demo-agent-2")}});
    QCOMPARE(agent.exitCode, 1);
    QVERIFY2(agent.err.contains(QLatin1String("Only an administrator")), qPrintable(agent.err));
    const Run again = run(second + QStringList{QStringLiteral("--user"), QStringLiteral("demo.admin")},
                          {{QStringLiteral("PRIVACYDESK_PASSWORD"), QStringLiteral("demo-admin-1")}});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(!again.out.contains(QLatin1String("Demo staff accounts")), qPrintable(again.out));
    // The load is on the record under the administrator who started it.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'demo_data_loaded' ORDER BY id DESC")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("demo.admin"));
}

void TestCliUser::administrationUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const auto user = [](std::initializer_list<const char *> more) {
        QStringList l{QStringLiteral("user")};
        for (const char *m : more)
            l << QString::fromUtf8(m);
        return l;
    };
    QTest::newRow("list without --user") << user({"list"}) << QStringLiteral("--user");
    QTest::newRow("passwd without a name") << user({"passwd", "--user", "boss"}) << QStringLiteral("user passwd li.na");
    QTest::newRow("deactivate without --user") << user({"deactivate", "li.na"}) << QStringLiteral("--user");
    QTest::newRow("activate: bad name") << user({"activate", "li na", "--user", "boss"}) << QStringLiteral("Username");
    QTest::newRow("two names") << user({"deactivate", "li.na", "wang.qiang", "--user", "boss"}) << QStringLiteral("wang.qiang");
    QTest::newRow("role without --role") << user({"role", "li.na", "--user", "boss"}) << QStringLiteral("--role");
    QTest::newRow("role: unknown role") << user({"role", "li.na", "--role", "chief", "--user", "boss"}) << QStringLiteral("chief");
    QTest::newRow("unknown action lists all") << user({"delete"}) << QStringLiteral("user deactivate NAME");
}

void TestCliUser::administrationUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const QString untouched = m_dir.filePath(QStringLiteral("untouched-admin.db"));
    args << QStringLiteral("--db") << QStringLiteral("sqlite://") + untouched << QStringLiteral("--lang") << QStringLiteral("en");
    const Run r = run(args);
    QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(untouched));
}

void TestCliUser::administration()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    auto &holder = dbHolder;
    const QString url = holder->urlString();
    QCOMPARE(run(userAdd(url, QStringLiteral("boss"), QStringLiteral("administrator")),
                 {{QStringLiteral("PRIVACYDESK_NEW_PASSWORD"), kAdminPassword}})
                 .exitCode,
             0);
    const QMap<QString, QString> asBoss{{QStringLiteral("PRIVACYDESK_PASSWORD"), kAdminPassword}};
    auto addAgent = asBoss;
    addAgent.insert(QStringLiteral("PRIVACYDESK_NEW_PASSWORD"), kAgentPassword);
    QCOMPARE(run(userAdd(url, QStringLiteral("li.na"), QStringLiteral("agent")) << QStringLiteral("--user") << QStringLiteral("boss"),
                 addAgent)
                 .exitCode,
             0);
    const AuthService auth(db);

    // Deactivated: cannot sign in; listed as such.
    const Run off = run(user(url, QStringLiteral("deactivate"), QStringLiteral("li.na"), QStringLiteral("boss")), asBoss);
    QVERIFY2(off.exitCode == 0, qPrintable(off.err));
    QVERIFY2(off.out.contains(QLatin1String("Deactivated li.na")), qPrintable(off.out));
    QVERIFY(!auth.signIn(QStringLiteral("li.na"), kAgentPassword).ok());
    const Run listed = run(user(url, QStringLiteral("list"), {}, QStringLiteral("boss")), asBoss);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY2(listed.out.contains(QLatin1String("boss\tName of boss\tAdministrator\tactive\n")), qPrintable(listed.out));
    QVERIFY2(listed.out.contains(QLatin1String("li.na\tName of li.na\tAgent\tdeactivated\n")), qPrintable(listed.out));
    // The guards give their reason and exit 1.
    const Run self = run(user(url, QStringLiteral("deactivate"), QStringLiteral("boss"), QStringLiteral("boss")), asBoss);
    QVERIFY2(self.exitCode == 1 && self.err.contains(QLatin1String("own account")), qPrintable(self.err));
    const Run twice = run(user(url, QStringLiteral("deactivate"), QStringLiteral("li.na"), QStringLiteral("boss")), asBoss);
    QVERIFY2(twice.exitCode == 1 && twice.err.contains(QLatin1String("already")), qPrintable(twice.err));
    const Run ghost = run(user(url, QStringLiteral("activate"), QStringLiteral("ghost"), QStringLiteral("boss")), asBoss);
    QVERIFY2(ghost.exitCode == 1 && ghost.err.contains(QLatin1String("ghost")), qPrintable(ghost.err));
    const Run wrong = run(user(url, QStringLiteral("list"), {}, QStringLiteral("boss")),
                          {{QStringLiteral("PRIVACYDESK_PASSWORD"), QStringLiteral("wrong-password")}});
    QVERIFY2(wrong.exitCode == 1 && wrong.out.isEmpty(), qPrintable(wrong.err));

    const Run on = run(user(url, QStringLiteral("activate"), QStringLiteral("li.na"), QStringLiteral("boss")), asBoss);
    QVERIFY2(on.exitCode == 0, qPrintable(on.err));
    QVERIFY(auth.signIn(QStringLiteral("li.na"), kAgentPassword).ok());

    // An administrator resets li.na's password; li.na then changes her own.
    const QString reset = QStringLiteral("reset-by-boss-1");
    auto resetEnv = asBoss;
    resetEnv.insert(QStringLiteral("PRIVACYDESK_NEW_PASSWORD"), reset);
    const Run resetRun = run(user(url, QStringLiteral("passwd"), QStringLiteral("li.na"), QStringLiteral("boss")), resetEnv);
    QVERIFY2(resetRun.exitCode == 0, qPrintable(resetRun.err));
    QVERIFY(auth.signIn(QStringLiteral("li.na"), reset).ok());
    QVERIFY(!auth.signIn(QStringLiteral("li.na"), kAgentPassword).ok());
    const QString own = QStringLiteral("chosen-by-li-na-2");
    const Run ownRun = run(user(url, QStringLiteral("passwd"), QStringLiteral("li.na"), QStringLiteral("li.na")),
                           {{QStringLiteral("PRIVACYDESK_PASSWORD"), reset}, {QStringLiteral("PRIVACYDESK_NEW_PASSWORD"), own}});
    QVERIFY2(ownRun.exitCode == 0, qPrintable(ownRun.err));
    QVERIFY(auth.signIn(QStringLiteral("li.na"), own).ok());
    // An agent may not reset someone else's, nor deactivate anyone; a short password is refused.
    const QMap<QString, QString> asAgent{{QStringLiteral("PRIVACYDESK_PASSWORD"), own},
                                         {QStringLiteral("PRIVACYDESK_NEW_PASSWORD"), QStringLiteral("taken-over-123")}};
    const Run byAgent = run(user(url, QStringLiteral("passwd"), QStringLiteral("boss"), QStringLiteral("li.na")), asAgent);
    QVERIFY2(byAgent.exitCode == 1 && byAgent.err.contains(QLatin1String("administrator")), qPrintable(byAgent.err));
    const Run agentOff = run(user(url, QStringLiteral("deactivate"), QStringLiteral("boss"), QStringLiteral("li.na")), asAgent);
    QVERIFY2(agentOff.exitCode == 1 && agentOff.err.contains(QLatin1String("administrator")), qPrintable(agentOff.err));
    QVERIFY(auth.signIn(QStringLiteral("boss"), kAdminPassword).ok());
    auto shortEnv = asBoss;
    shortEnv.insert(QStringLiteral("PRIVACYDESK_NEW_PASSWORD"), QStringLiteral("short"));
    const Run tooShort = run(user(url, QStringLiteral("passwd"), QStringLiteral("li.na"), QStringLiteral("boss")), shortEnv);
    QVERIFY2(tooShort.exitCode == 1 && tooShort.err.contains(QLatin1String("Password")), qPrintable(tooShort.err));
    // No new password given and no terminal: refused, nothing changed.
    const Run noNew = run(user(url, QStringLiteral("passwd"), QStringLiteral("li.na"), QStringLiteral("boss")), asBoss);
    QVERIFY2(noNew.exitCode == 1 && noNew.err.contains(QLatin1String("PRIVACYDESK_NEW_PASSWORD")), qPrintable(noNew.err));
    QVERIFY(auth.signIn(QStringLiteral("li.na"), own).ok());

    // Roles: the last administrator keeps the role; li.na becomes a supervisor.
    QStringList role = user(url, QStringLiteral("role"), QStringLiteral("boss"), QStringLiteral("boss"));
    const Run lastAdmin = run(role << QStringLiteral("--role") << QStringLiteral("agent"), asBoss);
    QVERIFY2(lastAdmin.exitCode == 1 && lastAdmin.err.contains(QLatin1String("last active administrator")), qPrintable(lastAdmin.err));
    role = user(url, QStringLiteral("role"), QStringLiteral("li.na"), QStringLiteral("boss"));
    const Run promoted = run(role << QStringLiteral("--role") << QStringLiteral("supervisor"), asBoss);
    QVERIFY2(promoted.exitCode == 0, qPrintable(promoted.err));
    QCOMPARE(auth.signIn(QStringLiteral("li.na"), own)->role, Role::Supervisor);

    // Every change is in the audit log, which still verifies.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT action FROM audit_log WHERE entity = 'staff' ORDER BY id")));
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    q.finish();
    QCOMPARE(actions, (QStringList{QStringLiteral("staff_created"), QStringLiteral("staff_created"),
                                   QStringLiteral("staff_deactivated"), QStringLiteral("staff_reactivated"),
                                   QStringLiteral("password_reset"), QStringLiteral("password_changed"),
                                   QStringLiteral("role_changed")}));
    const auto verified = AuditLog(db).verify();
    QVERIFY(verified.ok() && verified->intact);
}

QTEST_GUILESS_MAIN(TestCliUser)
#include "tst_cli_user.moc"
