// The workflow on the command line (import, list --csv/--out, audit export, assign, act, check,
// note, correspond, priority, letter), through the real executable, on both engines.
#include "clirun.h"
#include "testdatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

const QString kAgentPassword = QStringLiteral("agent-password-1");
const QString kSupervisorPassword = QStringLiteral("supervisor-password-1");

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestCliWorkflow : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out, err;
    };
    Run cli(const QString &url, const QString &user, const QStringList &args)
    {
        QMap<QString, QString> env{{QStringLiteral("LANG"), QStringLiteral("C")}};
        QStringList all{QStringLiteral("--db"), url, QStringLiteral("--lang"), QStringLiteral("en")};
        if (!user.isEmpty()) {
            all << QStringLiteral("--user") << user;
            env.insert(QStringLiteral("PRIVACYDESK_PASSWORD"), user == QLatin1String("zhou.min") ? kSupervisorPassword : kAgentPassword);
        }
        const auto r = test::runCli(QStringLiteral(PD_CLI_PATH), m_home.path(), all + args, env);
        return {r.exitCode, r.out, r.err};
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    QTemporaryDir m_home;

private Q_SLOTS:
    void importAllOrNothing_data() { test::TestDatabase::addEngineRows(); }
    void importAllOrNothing()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent, kAgentPassword);
        const QString url = dbHolder->urlString();

        // Line 3: a wrong phone number; line 4-5: a quoted two-line summary (fine); line 6: an
        // unknown type and a date that is not one.
        const QString bad = QStringLiteral("received,type,name,phone,email,summary\n"
                                           "2026-03-02 10:15,access,王芳,13812345678,,ok\n"
                                           "2026-03-02,deletion,Li Na,12345,,ok\n"
                                           "2026/03/03,Deletion,Emily Chen,,emily@example.org,\"two\nlines\"\n"
                                           "yesterday,frobnicate,张伟,13912345678,,x\n");
        const QString badPath = write(QStringLiteral("bad.csv"), bad.toUtf8());
        const Run refused = cli(url, QStringLiteral("li.na"), {QStringLiteral("import"), badPath});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("bad.csv line 3, phone:")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("line 6, type: \"frobnicate\" is not a request type")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("line 6, received: \"yesterday\" is not a date")), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(QStringLiteral("line 2,")) && !refused.err.contains(QStringLiteral("line 4,")),
                 qPrintable(refused.err));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests")), 0);

        // Without --user nothing is read; a wrong --encoding is a usage error.
        QCOMPARE(cli(url, {}, {QStringLiteral("import"), badPath}).code, 2);
        QCOMPARE(cli(url, QStringLiteral("li.na"), {QStringLiteral("import"), badPath, QStringLiteral("--encoding"), QStringLiteral("latin9")}).code, 2);

        // A good file in GBK with Chinese headers and labels, and a column mapped by hand.
        const QString good = QStringLiteral("收到时间,请求类型,姓名,Mobile,邮箱,摘要\n"
                                            "2026-03-02 10:15,查阅,王芳,13812345678,,\"请提供\n我的全部个人信息\"\n"
                                            "2026年3月3日,删除、更正/补充,王芳,13812345678,,=cmd|' /C calc'!A0\n"
                                            "2026-03-04,access,Emily Chen,,emily@example.org,Copy please\n");
        QStringEncoder gbk("GBK");
        const QString goodPath = write(QStringLiteral("good.csv"), gbk.encode(good));
        // "Mobile" is not a known header: without --map the phone is not read, and the row of
        // Emily Chen still has an e-mail; the first two rows have no identifier but a name: fine.
        const Run dry = cli(url, QStringLiteral("li.na"),
                            {QStringLiteral("import"), goodPath, QStringLiteral("--dry-run"), QStringLiteral("--map"), QStringLiteral("Mobile=phone")});
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        QVERIFY2(dry.out.contains(QStringLiteral("All 3 rows are good (GBK)")), qPrintable(dry.out));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests")), 0);
        // Read as UTF-8 by choice, the GBK file is refused.
        const Run wrongEncoding = cli(url, QStringLiteral("li.na"), {QStringLiteral("import"), goodPath, QStringLiteral("--encoding"), QStringLiteral("utf-8")});
        QCOMPARE(wrongEncoding.code, 1);
        QVERIFY2(wrongEncoding.err.contains(QStringLiteral("not UTF-8")), qPrintable(wrongEncoding.err));
        // A --map naming a column that is not there.
        QCOMPARE(cli(url, QStringLiteral("li.na"), {QStringLiteral("import"), goodPath, QStringLiteral("--map"), QStringLiteral("Nope=phone")}).code, 1);

        const Run imported = cli(url, QStringLiteral("li.na"),
                                 {QStringLiteral("import"), goodPath, QStringLiteral("--map"), QStringLiteral("Mobile=phone")});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const QStringList references = imported.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(references.size(), 4); // deletion and correction from one row
        for (const QString &r : references)
            QVERIFY2(QRegularExpression(QStringLiteral("^DSR-\\d{4}-\\d{6}$")).match(r).hasMatch(), qPrintable(r));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests")), 4);
        // 王芳 twice with the same phone: one person; Emily Chen: another.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM people")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM people WHERE phone = '+8613812345678'")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE summary = '请提供\n我的全部个人信息'")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE type = 'deletion' AND received_at LIKE '2026-03-0%'")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'requests_imported'")), 1);

        // list --csv: every request, the formula in a summary is not exported (not a column),
        // a name that looks like a formula is defused.
        const Run csv = cli(url, QStringLiteral("li.na"), {QStringLiteral("list"), QStringLiteral("--csv"), QStringLiteral("--columns"),
                                                           QStringLiteral("reference,type,person")});
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.first(), QStringLiteral("Reference,Type,Person"));
        for (const QString &r : references)
            QVERIFY2(csv.out.contains(r + QLatin1Char(',')), qPrintable(csv.out));
        // --limit, and the XLSX file.
        const Run limited = cli(url, QStringLiteral("li.na"), {QStringLiteral("list"), QStringLiteral("--csv"), QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(limited.out.count(QStringLiteral("\r\n")), 3);
        const QString xlsx = m_home.filePath(engine + QStringLiteral("-queue.xlsx"));
        const Run toFile = cli(url, QStringLiteral("li.na"), {QStringLiteral("list"), QStringLiteral("--out"), xlsx, QStringLiteral("--type"), QStringLiteral("deletion")});
        QVERIFY2(toFile.code == 0, qPrintable(toFile.err));
        QVERIFY2(toFile.err.contains(QStringLiteral("Wrote 1 request")), qPrintable(toFile.err));
        QFile file(xlsx);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(2) == "PK");
    }

    void workflowSteps_data() { test::TestDatabase::addEngineRows(); }
    void workflowSteps()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent, kAgentPassword);
        dbHolder->addStaff(QStringLiteral("zhou.min"), Role::Supervisor, kSupervisorPassword);
        const QString url = dbHolder->urlString();
        const QString path = write(QStringLiteral("one.csv"), QByteArrayLiteral("type,name,email\naccess,Emily Chen,emily@example.org\n"));
        const Run imported = cli(url, QStringLiteral("li.na"), {QStringLiteral("import"), path});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const QString ref = imported.out.trimmed();
        const QString agent = QStringLiteral("li.na"), supervisor = QStringLiteral("zhou.min");

        const auto ok = [&](const QString &user, const QStringList &args) {
            const Run r = cli(url, user, args);
            if (r.code != 0)
                qWarning().noquote() << args.join(QLatin1Char(' ')) << "->" << r.code << r.err;
            return r;
        };
        // Only a supervisor assigns.
        QCOMPARE(cli(url, agent, {QStringLiteral("assign"), ref, agent}).code, 1);
        QVERIFY(ok(supervisor, {QStringLiteral("assign"), ref, agent}).out.contains(QStringLiteral("assigned to li.na")));
        QVERIFY(ok(agent, {QStringLiteral("priority"), ref, QStringLiteral("high")}).out.contains(QStringLiteral("High")));
        QCOMPARE(ok(agent, {QStringLiteral("note"), ref, QStringLiteral("Called back")}).code, 0);
        QCOMPARE(ok(agent, {QStringLiteral("correspond"), ref, QStringLiteral("out"), QStringLiteral("Acknowledged by e-mail")}).code, 0);
        QCOMPARE(ok(agent, {QStringLiteral("act"), ref, QStringLiteral("start_verification")}).code, 0);
        // "Identity verified" is refused until the checks satisfy the policy.
        const Run early = cli(url, agent, {QStringLiteral("act"), ref, QStringLiteral("mark_verified")});
        QCOMPARE(early.code, 1);
        QVERIFY(!early.err.isEmpty());
        QCOMPARE(ok(agent, {QStringLiteral("check"), ref, QStringLiteral("account_login"), QStringLiteral("passed")}).code, 0);
        QCOMPARE(ok(agent, {QStringLiteral("act"), ref, QStringLiteral("mark_verified")}).code, 0);
        // A refusal is proposed by the agent and decided by the supervisor (four eyes).
        QCOMPARE(ok(agent, {QStringLiteral("act"), ref, QStringLiteral("propose_refusal"), QStringLiteral("--reason"),
                            QStringLiteral("duplicate"), QStringLiteral("--explanation"), QStringLiteral("Same as an earlier request.")})
                     .code,
                 0);
        const Run self = cli(url, agent, {QStringLiteral("act"), ref, QStringLiteral("approve")});
        QCOMPARE(self.code, 1);
        const Run approved = ok(supervisor, {QStringLiteral("act"), ref, QStringLiteral("approve")});
        QVERIFY2(approved.out.contains(QStringLiteral("Rejected")), qPrintable(approved.out));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE status = 'rejected'")), 1);
        // The refusal letter, saved; a completion letter does not fit a rejected request.
        const QString pdf = m_home.filePath(engine + QStringLiteral("-refusal.pdf"));
        const Run letter = ok(agent, {QStringLiteral("letter"), ref, QStringLiteral("refusal"), QStringLiteral("--out"), pdf});
        QVERIFY2(letter.out.contains(QStringLiteral("SHA-256")), qPrintable(letter.out));
        QFile saved(pdf);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.read(4) == "%PDF");
        QCOMPARE(cli(url, agent, {QStringLiteral("letter"), ref, QStringLiteral("completion")}).code, 1);
        // Wrong command lines.
        QCOMPARE(cli(url, agent, {QStringLiteral("act"), ref, QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(cli(url, agent, {QStringLiteral("assign"), ref}).code, 2);
        QCOMPARE(cli(url, agent, {QStringLiteral("act"), QStringLiteral("DSR-1999-000001"), QStringLiteral("approve")}).code, 1);
        for (const char *action : {"assignment", "note_added", "correspondence_recorded", "verification_recorded", "letter_generated",
                                   "letter_saved"})
            QVERIFY2(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = '%1'").arg(QLatin1String(action))) >= 1, action);

        // The audit log, exported by the supervisor: one line per entry they see, plus the header.
        const QString auditCsv = m_home.filePath(engine + QStringLiteral("-audit.csv"));
        const qint64 entries = scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const Run exported = ok(supervisor, {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), auditCsv});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QFile a(auditCsv);
        QVERIFY(a.open(QIODevice::ReadOnly));
        const QByteArray content = a.readAll();
        QVERIFY(content.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(qint64(content.count("\r\n")), entries + 1 /* header */ + 1 /* the sign-in of the export itself */);
    }
};

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "tst_cli_workflow.moc"
