#include "clirun.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using pd::test::TestDatabase;

namespace {

using Run = pd::test::CliRun;

QString cjkSample(const QString &s)
{
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return han.match(s).captured();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void initCreatesFile();
    void demoStatsList();
    void usageErrors_data();
    void usageErrors();
    void unreachableDatabase();
    void chineseMessages();
    void postgresql();

private:
    Run run(const QStringList &args, const QString &password = {}) const;
    QString sqliteUrl(const QString &name) const { return QStringLiteral("sqlite://") + m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(PD_CLI_PATH)), PD_CLI_PATH);
}

Run TestCli::run(const QStringList &args, const QString &password) const
{
    QMap<QString, QString> env;
    if (!password.isEmpty())
        env.insert(QStringLiteral("PRIVACYDESK_PASSWORD"), password);
    return pd::test::runCli(QStringLiteral(PD_CLI_PATH), m_dir.path(), args, env);
}

void TestCli::help()
{
    const Run r = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.exitCode, 0);
    for (const char *word : {"--db", "init", "demo", "list", "stats"})
        QVERIFY2(r.out.contains(QLatin1String(word)), qPrintable(r.out));

    const Run listHelp = run({QStringLiteral("list"), QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(listHelp.exitCode, 0);
    for (const char *word : {"--status", "--type", "--limit", "--json"})
        QVERIFY2(listHelp.out.contains(QLatin1String(word)), qPrintable(listHelp.out));

    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(QLatin1String(PD_VERSION)));
}

void TestCli::initCreatesFile()
{
    const QString file = m_dir.filePath(QStringLiteral("nested/folder/new.db"));
    QVERIFY(!QFile::exists(file));
    const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), QStringLiteral("sqlite://") + file,
               QStringLiteral("init")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(file));
    QVERIFY2(r.out.contains(file), qPrintable(r.out));
    // A second init finds it up to date.
    const Run again = run({QStringLiteral("--db"), QStringLiteral("sqlite://") + file, QStringLiteral("init")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
}

void TestCli::demoStatsList()
{
    const QString db = sqliteUrl(QStringLiteral("demo.db"));
    const Run demo = run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--requests"), QStringLiteral("200"),
                  QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY2(demo.out.contains(QLatin1String("200")), qPrintable(demo.out));

    const Run stats = run({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("demo.wang.qiang"), QStringLiteral("stats"), QStringLiteral("--json")}, QStringLiteral("demo-supervisor-1"));
    QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
    QJsonParseError error;
    const QJsonObject s = QJsonDocument::fromJson(stats.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + stats.out));
    QCOMPARE(s.value(QStringLiteral("total")).toInteger(), 200);
    qint64 byStatus = 0, byType = 0;
    for (const QJsonValue v : s.value(QStringLiteral("by_status")).toObject())
        byStatus += v.toInteger();
    for (const QJsonValue v : s.value(QStringLiteral("by_type")).toObject())
        byType += v.toInteger();
    QCOMPARE(byStatus, 200);
    QCOMPARE(byType, 200);
    const qint64 received = s.value(QStringLiteral("by_status")).toObject().value(QStringLiteral("received")).toInteger();
    QVERIFY(received > 0);

    const Run list = run({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("demo.wang.qiang"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("received"),
                  QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000")}, QStringLiteral("demo-supervisor-1"));
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(rows.size(), received);
    QString previous;
    for (const QJsonValue v : rows) {
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("received"));
        const QString at = v.toObject().value(QStringLiteral("received")).toString();
        QVERIFY2(previous.isEmpty() || at <= previous, "newest first");
        previous = at;
    }

    // Default limit, and two filters at once.
    const Run limited = run({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("demo.wang.qiang"), QStringLiteral("list"), QStringLiteral("--json")}, QStringLiteral("demo-supervisor-1"));
    QCOMPARE(QJsonDocument::fromJson(limited.out.toUtf8()).array().size(), 50);
    const Run both = run({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("demo.wang.qiang"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--type"),
                  QStringLiteral("deletion,copy"), QStringLiteral("--status"), QStringLiteral("completed,in_progress"),
                  QStringLiteral("--limit"), QStringLiteral("1000")}, QStringLiteral("demo-supervisor-1"));
    QVERIFY2(both.exitCode == 0, qPrintable(both.err));
    const QJsonArray filtered = QJsonDocument::fromJson(both.out.toUtf8()).array();
    QVERIFY(!filtered.isEmpty());
    for (const QJsonValue v : filtered) {
        QVERIFY(QStringList({QStringLiteral("deletion"), QStringLiteral("copy")}).contains(v[QStringLiteral("type")].toString()));
        QVERIFY(QStringList({QStringLiteral("completed"), QStringLiteral("in_progress")})
                    .contains(v[QStringLiteral("status")].toString()));
    }

    // --search finds as the queue's search box does: a reference by its number alone, and by
    // its year and number without the zeros.
    const QString reference = rows.at(0)[QStringLiteral("reference")].toString();
    const QString year = reference.section(QLatin1Char('-'), 1, 1);
    const QString number = QString::number(reference.section(QLatin1Char('-'), 2).toInt());
    for (const QString &typed : {number, QString(year + QLatin1Char('-') + number)}) {
        const Run found = run({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("demo.wang.qiang"), QStringLiteral("list"),
                               QStringLiteral("--json"), QStringLiteral("--search"), typed, QStringLiteral("--limit"), QStringLiteral("1000")},
                              QStringLiteral("demo-supervisor-1"));
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        bool listed = false;
        for (const QJsonValue v : QJsonDocument::fromJson(found.out.toUtf8()).array())
            listed |= v[QStringLiteral("reference")].toString() == reference;
        QVERIFY2(listed, qPrintable(typed + QStringLiteral(" did not find ") + reference));
    }

    // The table form prints one line per request.
    const Run table = run({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("demo.wang.qiang"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("list"),
                   QStringLiteral("--limit"), QStringLiteral("7")}, QStringLiteral("demo-supervisor-1"));
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.out.count(QRegularExpression(QStringLiteral("^DSR-\\d{4}-\\d{6}\\t"), QRegularExpression::MultilineOption)), 7);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString db = QStringLiteral("--db");
    QTest::newRow("no command") << QStringList() << QStringLiteral("command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("limit not a number") << QStringList{QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("abc")}
                                        << QStringLiteral("abc");
    QTest::newRow("limit zero") << QStringList{QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")}
                                << QStringLiteral("--limit");
    QTest::newRow("unknown status") << QStringList{QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("nonsense")}
                                    << QStringLiteral("nonsense");
    QTest::newRow("unknown type") << QStringList{QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("access,bogus")}
                                  << QStringLiteral("bogus");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("stats"), QStringLiteral("--frob")} << QStringLiteral("frob");
    QTest::newRow("option of another command") << QStringList{QStringLiteral("stats"), QStringLiteral("--limit"), QStringLiteral("3")}
                                               << QStringLiteral("limit");
    QTest::newRow("requests not a number") << QStringList{QStringLiteral("demo"), QStringLiteral("--requests"), QStringLiteral("many")}
                                           << QStringLiteral("many");
    QTest::newRow("extra argument") << QStringList{QStringLiteral("stats"), QStringLiteral("extra")} << QStringLiteral("extra");
    QTest::newRow("not a url") << QStringList{db, QStringLiteral("notaurl"), QStringLiteral("stats")} << QStringLiteral("notaurl");
    QTest::newRow("relative sqlite path") << QStringList{db, QStringLiteral("sqlite://rel.db"), QStringLiteral("init")}
                                          << QStringLiteral("sqlite://rel.db");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    // Usage is checked before any database is opened: the file named here is never created.
    const QString untouched = m_dir.filePath(QStringLiteral("untouched.db"));
    if (!args.contains(QLatin1String("--db")))
        args << QStringLiteral("--db") << QStringLiteral("sqlite://") + untouched;
    args << QStringLiteral("--lang") << QStringLiteral("en");
    const Run r = run(args);
    QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(!r.err.trimmed().isEmpty(), "no message on stderr");
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(untouched));
}

void TestCli::unreachableDatabase()
{
    const QString url = QStringLiteral("postgresql://nobody@127.0.0.1:1/none");
    const Run r = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), url, QStringLiteral("stats")});
    QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(url), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());

    // A SQLite file where a folder cannot be made.
    QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Run s = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
               QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("blocker/sub/x.db")), QStringLiteral("init")});
    QVERIFY2(s.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(s.exitCode).arg(s.err)));
    QVERIFY2(s.err.contains(QLatin1String("blocker")), qPrintable(s.err));
}

void TestCli::chineseMessages()
{
    QFile ts(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../translations/privacydesk_zh_CN.ts"));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    int unfinished = 0;
    QXmlStreamReader xml(&ts);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("translation")
            && xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
            ++unfinished;
    }
    QVERIFY(!xml.hasError());
    if (unfinished > 0)
        QSKIP(qPrintable(QStringLiteral("translations/privacydesk_zh_CN.ts still has %1 unfinished entries").arg(unfinished)));

    const QList<QStringList> cases = {
        {QStringLiteral("frobnicate")},
        {},
        {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("abc")},
        {QStringLiteral("--db"), QStringLiteral("notaurl"), QStringLiteral("stats")},
    };
    for (const QStringList &args : cases) {
        const Run en = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
        const Run zh = run(QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} + args);
        QCOMPARE(zh.exitCode, en.exitCode);
        QVERIFY2(zh.err != en.err, qPrintable(zh.err));
        QVERIFY2(!cjkSample(zh.err).isEmpty(), qPrintable(zh.err));
        QVERIFY2(cjkSample(en.err).isEmpty(), qPrintable(en.err));
    }
    const Run help = run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
    QVERIFY2(!cjkSample(help.out).isEmpty(), qPrintable(help.out));
}

void TestCli::postgresql()
{
    // An empty database: init must create the schema.
    auto holder = TestDatabase::create(QStringLiteral("postgresql"), /*migrate=*/false);
    if (!holder)
        return;
    const QString url = holder->urlString();
    const Run init = run({QStringLiteral("--db"), url, QStringLiteral("init"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY2(init.out.contains(url), qPrintable(init.out));
    QVERIFY(holder->connection().tables().contains(QStringLiteral("requests")));

    const Run demo = run({QStringLiteral("--db"), url, QStringLiteral("demo"), QStringLiteral("--requests"), QStringLiteral("150"),
                  QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));

    const Run list = run({QStringLiteral("--db"), url, QStringLiteral("--user"), QStringLiteral("demo.wang.qiang"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"),
                  QStringLiteral("1000")}, QStringLiteral("demo-supervisor-1"));
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(rows.size(), 150);
    QSet<QString> references;
    for (const QJsonValue v : rows)
        references << v[QStringLiteral("reference")].toString();
    QCOMPARE(references.size(), 150);

    const Run received = run({QStringLiteral("--db"), url, QStringLiteral("--user"), QStringLiteral("demo.wang.qiang"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--status"),
                      QStringLiteral("received")}, QStringLiteral("demo-supervisor-1"));
    QVERIFY2(received.exitCode == 0, qPrintable(received.err));
    for (const QJsonValue v : QJsonDocument::fromJson(received.out.toUtf8()).array())
        QCOMPARE(v[QStringLiteral("status")].toString(), QStringLiteral("received"));

    const Run stats = run({QStringLiteral("--db"), url, QStringLiteral("--user"), QStringLiteral("demo.wang.qiang"), QStringLiteral("stats"), QStringLiteral("--json")}, QStringLiteral("demo-supervisor-1"));
    QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
    QCOMPARE(QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("total")).toInteger(), 150);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
