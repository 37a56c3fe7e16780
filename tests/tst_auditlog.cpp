#include "clirun.h"
#include "testdatabase.h"

#include "audit/auditlog.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <atomic>

using namespace pd;
using pd::test::TestDatabase;

namespace {

// Columns of audit_log other than id, in a fixed order (for the swap tampering).
const QStringList kContentColumns{QStringLiteral("at"),         QStringLiteral("actor"),      QStringLiteral("entity"),
                                  QStringLiteral("entity_id"),  QStringLiteral("request_id"), QStringLiteral("action"),
                                  QStringLiteral("before_json"), QStringLiteral("after_json"), QStringLiteral("prev_hash"),
                                  QStringLiteral("hash")};

AuditEntry sample(int i)
{
    AuditEntry e;
    e.at = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC).addSecs(i * 61);
    e.actor = i % 2 ? QStringLiteral("wang.fang") : QStringLiteral("li.lei");
    e.entity = QStringLiteral("request");
    e.entityId = 100 + i;
    e.requestId = 100 + i;
    e.action = QStringLiteral("transition");
    e.beforeJson = QStringLiteral(R"({"status":"received"})");
    e.afterJson = QStringLiteral(R"({"status":"verifying","note":"第%1条"})").arg(i);
    return e;
}

// Appends n sample entries in one committed transaction.
bool appendCommitted(const Database &db, int n, QList<AuditEntry> *stored = nullptr)
{
    Transaction t(db);
    if (!t.begun()) {
        qWarning() << t.begun().error();
        return false;
    }
    const AuditLog log(db);
    for (int i = 1; i <= n; ++i) {
        const auto e = log.append(sample(i));
        if (!e) {
            qWarning() << e.error();
            return false;
        }
        if (stored)
            stored->append(e.value());
    }
    const auto done = t.commit();
    if (!done)
        qWarning() << done.error();
    return done.ok();
}

struct Head
{
    qint64 lastId = -1;
    QString lastHash;
    qint64 entries = -1;
    bool operator==(const Head &) const = default;
};

Head readHead(const Database &db)
{
    QSqlQuery q(db.connection());
    Head h;
    if (q.exec(QStringLiteral("SELECT last_id, last_hash, entries FROM audit_head WHERE singleton = 1")) && q.next())
        h = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
    return h;
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

bool exec(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    if (!q.prepare(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    for (const auto &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

// Exchanges everything but the id between two entries.
bool swapRows(const Database &db, qint64 a, qint64 b)
{
    const auto read = [&](qint64 id) {
        QSqlQuery q(db.connection());
        QVariantList values;
        if (q.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE id = %2").arg(kContentColumns.join(QLatin1String(", "))).arg(id))
            && q.next())
            for (int c = 0; c < kContentColumns.size(); ++c)
                values << q.value(c);
        return values;
    };
    const QVariantList rowA = read(a), rowB = read(b);
    if (rowA.isEmpty() || rowB.isEmpty())
        return false;
    const QString set = kContentColumns.join(QLatin1String(" = ?, ")) + QLatin1String(" = ?");
    return exec(db, QStringLiteral("UPDATE audit_log SET %1 WHERE id = ?").arg(set), rowB + QVariantList{a})
        && exec(db, QStringLiteral("UPDATE audit_log SET %1 WHERE id = ?").arg(set), rowA + QVariantList{b});
}

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run runCli(const QString &url, const QStringList &args)
{
    QTemporaryDir home;
    const auto r = pd::test::runCli(QStringLiteral(PD_CLI_PATH), home.path(),
                                    QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), url} + args);
    return {r.exitCode, r.out, r.err};
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalIsDeterministic();
    void everyFieldIsHashed_data();
    void everyFieldIsHashed();
    void appendCommits_data() { TestDatabase::addEngineRows(); }
    void appendCommits();
    void appendRollsBack_data() { TestDatabase::addEngineRows(); }
    void appendRollsBack();
    void verifyIntact_data() { TestDatabase::addEngineRows(); }
    void verifyIntact();
    void tampering_data();
    void tampering();
    void verifyWhileAppending_data() { TestDatabase::addEngineRows(); }
    void verifyWhileAppending();
};

void TestAuditLog::canonicalIsDeterministic()
{
    AuditEntry e = sample(3);
    e.id = 7;
    e.at = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    e.prevHash = QStringLiteral("ab").repeated(32);
    e.hash = QStringLiteral("ignored");
    // The format is pinned: changing it would break every log already written.
    const QByteArray expected = QStringLiteral("7\x1f"
                                               "2026-01-02T03:04:05Z\x1fwang.fang\x1frequest\x1f"
                                               "103\x1f"
                                               "103\x1ftransition\x1f{\"status\":\"received\"}\x1f"
                                               "{\"status\":\"verifying\",\"note\":\"第3条\"}\x1f")
                                    .toUtf8()
        + e.prevHash.toLatin1();
    QCOMPARE(AuditLog::canonical(e), expected);
    QCOMPARE(AuditLog::canonical(e), AuditLog::canonical(AuditEntry(e)));
    const QString hash = AuditLog::computeHash(e);
    QCOMPARE(hash, QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(hash.size(), 64);
    QCOMPARE(AuditLog::computeHash(e), hash);
    // The stored hash itself is not part of what is hashed; the same instant in another zone is.
    AuditEntry other = e;
    other.hash.clear();
    other.at = e.at.toTimeZone(QTimeZone("Asia/Shanghai"));
    QCOMPARE(AuditLog::computeHash(other), hash);
}

void TestAuditLog::everyFieldIsHashed_data()
{
    QTest::addColumn<int>("field");
    for (int f = 0; f < 10; ++f)
        QTest::addRow("field %d", f) << f;
}

void TestAuditLog::everyFieldIsHashed()
{
    QFETCH(int, field);
    AuditEntry e = sample(5);
    e.id = 5;
    e.prevHash = QStringLiteral("0").repeated(64);
    AuditEntry changed = e;
    switch (field) {
    case 0: changed.id += 1; break;
    case 1: changed.at = changed.at.addSecs(1); break;
    case 2: changed.actor += QLatin1Char('x'); break;
    case 3: changed.entity = QStringLiteral("person"); break;
    case 4: changed.entityId += 1; break;
    case 5: changed.requestId += 1; break;
    case 6: changed.action = QStringLiteral("field_edit"); break;
    case 7: changed.beforeJson.clear(); break;
    case 8: changed.afterJson += QLatin1Char(' '); break;
    case 9: changed.prevHash = QStringLiteral("1").repeated(64); break;
    }
    QVERIFY(AuditLog::canonical(changed) != AuditLog::canonical(e));
    QVERIFY(AuditLog::computeHash(changed) != AuditLog::computeHash(e));
}

void TestAuditLog::appendCommits()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QCOMPARE(readHead(db), (Head{0, QString(), 0}));
    QList<AuditEntry> stored;
    QVERIFY(appendCommitted(db, 5, &stored));
    QCOMPARE(stored.size(), 5);

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, at, actor, entity, entity_id, request_id, action, before_json, after_json, "
                                  "prev_hash, hash FROM audit_log ORDER BY id")));
    QString previous;
    int n = 0;
    while (q.next()) {
        ++n;
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        e.actor = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.requestId = q.value(5).toLongLong();
        e.action = q.value(6).toString();
        e.beforeJson = q.value(7).toString();
        e.afterJson = q.value(8).toString();
        e.prevHash = q.value(9).toString();
        e.hash = q.value(10).toString();
        QCOMPARE(e.id, qint64(n));
        QCOMPARE(q.value(1).toString(), sample(n).at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
        QCOMPARE(e.actor, sample(n).actor);
        QCOMPARE(e.afterJson, sample(n).afterJson);
        QCOMPARE(e.prevHash, previous);
        QCOMPARE(e.hash, AuditLog::computeHash(e));
        // append() hands back what it stored.
        const AuditEntry &r = stored.at(n - 1);
        QCOMPARE(r.id, e.id);
        QCOMPARE(r.at, e.at);
        QCOMPARE(r.prevHash, e.prevHash);
        QCOMPARE(r.hash, e.hash);
        previous = e.hash;
    }
    QCOMPARE(n, 5);
    QCOMPARE(readHead(db), (Head{5, previous, 5}));

    // An entry without a time is stamped now, in UTC, to the second.
    {
        Transaction t(db);
        AuditEntry e = sample(6);
        e.at = QDateTime();
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const auto r = AuditLog(db).append(e);
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(t.commit());
        QCOMPARE(r->id, 6);
        QVERIFY(r->at >= before && r->at <= QDateTime::currentDateTimeUtc());
        QCOMPARE(r->at.time().msec(), 0);
        QCOMPARE(r->prevHash, previous);
    }
}

void TestAuditLog::appendRollsBack()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QVERIFY(appendCommitted(db, 2));
    const Head head = readHead(db);
    QCOMPARE(head.lastId, 2);
    {
        Transaction t(db);
        QVERIFY(t.begun());
        const auto e = AuditLog(db).append(sample(3));
        QVERIFY2(e, qPrintable(e.error()));
        QCOMPARE(e->id, 3);
        // Not committed: the change it recorded and the entry go together.
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT MAX(id) FROM audit_log")), 2);
    QCOMPARE(readHead(db), head);

    // The next committed entry takes the id the rolled-back one had, and the chain holds.
    QVERIFY(appendCommitted(db, 1));
    QCOMPARE(readHead(db).lastId, 3);
    const auto v = AuditLog(db).verify();
    QVERIFY2(v, qPrintable(v.error()));
    QVERIFY2(v->intact, qPrintable(v->problem));
    QCOMPARE(v->entries, 3);
}

void TestAuditLog::verifyIntact()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const QString url = dbHolder->urlString();
    // An empty log is intact.
    auto v = AuditLog(db).verify();
    QVERIFY2(v, qPrintable(v.error()));
    QVERIFY(v->intact);
    QCOMPARE(v->entries, 0);
    QCOMPARE(v->firstBadId, 0);

    // More than one verification page (2000 entries), in several transactions.
    for (int batch = 0; batch < 3; ++batch)
        QVERIFY(appendCommitted(db, 1000));
    v = AuditLog(db).verify();
    QVERIFY2(v, qPrintable(v.error()));
    QVERIFY2(v->intact, qPrintable(v->problem));
    QCOMPARE(v->entries, 3000);
    QCOMPARE(v->firstBadId, 0);
    QVERIFY(v->problem.isEmpty());

    const Run r = runCli(url, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("3000")), qPrintable(r.out));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestAuditLog::tampering_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("target");  // the entry tampered with
    QTest::addColumn<qint64>("other");   // the second entry of a swap
    QTest::addColumn<qint64>("badId");   // the entry verify() must name
    for (const char *engine : {"sqlite", "postgresql"}) {
        const QString e = QString::fromLatin1(engine);
        QTest::addRow("%s: after_json altered", engine) << e << QStringLiteral("alter") << qint64(4) << qint64(0) << qint64(4);
        QTest::addRow("%s: first entry altered", engine) << e << QStringLiteral("alter") << qint64(1) << qint64(0) << qint64(1);
        QTest::addRow("%s: middle entry deleted", engine) << e << QStringLiteral("delete") << qint64(5) << qint64(0) << qint64(6);
        QTest::addRow("%s: first entry deleted", engine) << e << QStringLiteral("delete") << qint64(1) << qint64(0) << qint64(2);
        QTest::addRow("%s: two entries swapped", engine) << e << QStringLiteral("swap") << qint64(3) << qint64(7) << qint64(3);
        QTest::addRow("%s: neighbours swapped", engine) << e << QStringLiteral("swap") << qint64(8) << qint64(9) << qint64(8);
        QTest::addRow("%s: last entry deleted", engine) << e << QStringLiteral("delete") << qint64(10) << qint64(0) << qint64(10);
    }
}

void TestAuditLog::tampering()
{
    QFETCH(QString, engine);
    QFETCH(QString, kind);
    QFETCH(qint64, target);
    QFETCH(qint64, other);
    QFETCH(qint64, badId);
    PD_FRESH_DB(db, engine);
    const QString url = dbHolder->urlString();
    QVERIFY(appendCommitted(db, 10));
    auto v = AuditLog(db).verify();
    QVERIFY2(v && v->intact, qPrintable(v ? v->problem : v.error()));
    // The append-only triggers refuse the change first ...
    QVERIFY(!exec(db, QStringLiteral("UPDATE audit_log SET after_json = '{}' WHERE id = ?"), {target}));
    QVERIFY(!exec(db, QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {target}));
    // ... so the test tampers as someone who removed them; the chain must still tell.
    QVERIFY(dbHolder->allowAuditTampering());

    if (kind == QLatin1String("alter"))
        QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET after_json = ? WHERE id = ?"),
                     {QStringLiteral(R"({"status":"completed"})"), target}));
    else if (kind == QLatin1String("delete"))
        QVERIFY(exec(db, QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {target}));
    else
        QVERIFY(swapRows(db, target, other));

    v = AuditLog(db).verify();
    QVERIFY2(v, qPrintable(v.error()));
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBadId, badId);
    QVERIFY(!v->problem.isEmpty());
    QVERIFY2(v->problem.contains(QString::number(badId)), qPrintable(v->problem));

    const Run r = runCli(url, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2%3").arg(r.exitCode).arg(r.out, r.err)));
    QVERIFY2(r.err.contains(QStringLiteral("first bad entry %1.").arg(badId)), qPrintable(r.err));
}

// A verification that runs while staff keep working sees one consistent log: entries appended
// meanwhile are not mistaken for a broken chain.
void TestAuditLog::verifyWhileAppending()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QVERIFY(appendCommitted(db, 3000));
    std::atomic<bool> done{false};
    QString writerError;
    QThread *writer = QThread::create([&] {
        const AuditLog log(db);
        for (int i = 0; i < 300 && writerError.isEmpty(); ++i) {
            Transaction t(db);
            const auto e = log.append(sample(i));
            if (!e)
                writerError = e.error();
            else if (auto c = t.commit(); !c)
                writerError = c.error();
        }
        db.closeThreadConnection();
        done = true;
    });
    writer->start();
    int runs = 0;
    QStringList failures;
    while (!done || runs == 0) {
        const auto v = AuditLog(db).verify();
        ++runs;
        if (!v)
            failures << v.error();
        else if (!v->intact)
            failures << QStringLiteral("%1: %2").arg(v->firstBadId).arg(v->problem);
    }
    writer->wait();
    delete writer;
    QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
    QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 of %2 runs failed, first: %3").arg(failures.size()).arg(runs).arg(failures.value(0))));
    const auto v = AuditLog(db).verify();
    QVERIFY(v && v->intact);
    QCOMPARE(v->entries, 3300);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
