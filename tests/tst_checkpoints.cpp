// Signed checkpoints of the audit chain (issue 10, "Proof that holds up"). Whoever can write the
// database can rebuild the hash chain so that AuditLog::verify still passes; each way of doing so
// is tried here the way such a person would (the chain's own hash function, audit_head fixed up):
// an entry edited and every later hash recomputed, the last entries dropped, the log emptied, an
// entry forged into the past. Plain verification passes every time (the weakness); verification
// against the signed checkpoints kept elsewhere finds each and says which. The key file, the file
// of checkpoints and the CLI too.
#include "audit/auditcheckpoints.h"
#include "audit/auditlog.h"
#include "clirun.h"
#include "session/letterdesk.h"
#include "session/requestdesk.h"
#include "session/session.h"
#include "storage/database.h"
#include "storage/requestrow.h"
#include "storage/transaction.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

constexpr int kEntries = 30;

bool exec(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql); // DDL is not prepared (QPSQL)
    } else {
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        ok = q.exec();
    }
    if (!ok) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

void writeEntries(const Database &db, int n, const QDateTime &from)
{
    for (int i = 0; i < n; ++i) {
        Transaction tx(db);
        AuditEntry e;
        e.at = from.addSecs(60 * i);
        e.actor = QStringLiteral("li.na");
        e.entity = QStringLiteral("request");
        e.entityId = 1 + i % 5;
        e.requestId = e.entityId;
        e.action = QStringLiteral("transition");
        e.afterJson = QStringLiteral("{\"status\":\"in_progress\",\"n\":%1}").arg(i);
        QVERIFY(AuditLog(db).append(e).ok());
        QVERIFY(tx.commit().ok());
    }
}

QList<AuditEntry> entries(const Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id, at, actor, entity, entity_id, request_id, action, before_json, after_json, prev_hash, hash "
                          "FROM audit_log ORDER BY id"));
    QList<AuditEntry> out;
    while (q.next())
        out << storage::auditEntryFromQuery(q);
    return out;
}

// Whoever owns the database file (or the PostgreSQL schema) can drop the triggers that keep the
// log append-only; that is the threat here.
void dropAppendOnly(const Database &db)
{
    if (db.dialect() == Dialect::SQLite) {
        QVERIFY(exec(db, QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(exec(db, QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    } else {
        QVERIFY(exec(db, QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log")));
    }
}

// What someone with write access to the database does to hide an edit: rehash from `fromId` on
// and fix the head, with the chain's own function.
void rechain(const Database &db, qint64 fromId)
{
    QString prev = QLatin1String(""); // the first entry follows nothing (stored as '')
    qint64 count = 0, last = 0;
    for (AuditEntry e : entries(db)) {
        if (e.id >= fromId) {
            e.prevHash = prev;
            e.hash = AuditLog::computeHash(e);
            QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"), {e.prevHash, e.hash, e.id}));
        }
        prev = e.hash;
        last = e.id;
        ++count;
    }
    QVERIFY(exec(db, QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ?, entries = ?"), {last, prev, count}));
}

} // namespace

class TestCheckpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys/audit.key"));
        const auto made = AuditSigningKey::openOrCreate(path);
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QCOMPARE(int(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)), 0);
        const auto again = AuditSigningKey::openOrCreate(path);
        QVERIFY(again.ok());
        QCOMPARE(again->publicKey(), made->publicKey()); // the same key, not a new one
        QCOMPARE(again->publicKey().size(), 64);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        const auto open = AuditSigningKey::openOrCreate(path);
        QCOMPARE(open.errorKind(), ErrorKind::Denied);
        QVERIFY2(open.error().contains(QStringLiteral("chmod 600")), qPrintable(open.error()));
        QFile junk(dir.filePath(QStringLiteral("junk.key")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"format\": \"something else\"}");
        junk.close();
        QFile::setPermissions(junk.fileName(), QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(AuditSigningKey::openOrCreate(junk.fileName()).errorKind(), ErrorKind::Invalid);
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QString>("found");
        for (const char *engine : {"sqlite", "postgresql"}) {
            QTest::addRow("%s rebuilt", engine) << QString::fromLatin1(engine) << QStringLiteral("rebuilt") << QStringLiteral("rebuilt");
            QTest::addRow("%s truncated", engine) << QString::fromLatin1(engine) << QStringLiteral("truncated")
                                                  << QStringLiteral("Entries were removed");
            QTest::addRow("%s emptied", engine) << QString::fromLatin1(engine) << QStringLiteral("emptied")
                                                << QStringLiteral("the log now holds 0");
            QTest::addRow("%s forged", engine) << QString::fromLatin1(engine) << QStringLiteral("forged") << QStringLiteral("forged entry");
            QTest::addRow("%s resigned file", engine) << QString::fromLatin1(engine) << QStringLiteral("file")
                                                      << QStringLiteral("valid signature");
        }
    }
    void tampering()
    {
        QFETCH(QString, engine);
        QFETCH(QString, tamper);
        QFETCH(QString, found);
        PD_FRESH_DB(db, engine);
        QTemporaryDir dir;
        const auto key = AuditSigningKey::openOrCreate(dir.filePath(QStringLiteral("audit.key")));
        QVERIFY(key.ok());
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
        writeEntries(db, kEntries, start);
        const AuditCheckpoints checkpoints(db);
        const auto first = checkpoints.sign(key.value(), QStringLiteral("manual"));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->entries, qint64(kEntries));
        writeEntries(db, 3, QDateTime::currentDateTimeUtc());
        // Kept elsewhere: the file, read back.
        auto kept = AuditCheckpoints::fromFile(AuditCheckpoints::toFile(checkpoints.all().value()));
        QVERIFY(kept.ok());
        QCOMPARE(kept->size(), 1);
        const auto clean = checkpoints.verify(kept.value());
        QVERIFY2(clean.ok() && clean->problems.isEmpty(), qPrintable(clean ? clean->problems.join(QLatin1Char('\n')) : clean.error()));
        QCOMPARE(clean->checkpoints, 1);
        QCOMPARE(clean->coveredEntries, qint64(kEntries));
        QCOMPARE(clean->uncoveredEntries, qint64(3));

        dropAppendOnly(db);
        if (tamper == QLatin1String("rebuilt")) {
            QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET after_json = ? WHERE id = 10"),
                         {QStringLiteral("{\"status\":\"completed\",\"n\":9}")}));
            QVERIFY(!AuditLog(db).verify()->intact); // an edit alone is caught already
            rechain(db, 10);
        } else if (tamper == QLatin1String("truncated")) {
            QVERIFY(exec(db, QStringLiteral("DELETE FROM audit_log WHERE id > 25")));
            rechain(db, 1);
        } else if (tamper == QLatin1String("emptied")) {
            QVERIFY(exec(db, QStringLiteral("DELETE FROM audit_log")));
            QVERIFY(exec(db, QStringLiteral("UPDATE audit_head SET last_id = 0, last_hash = '', entries = 0")));
        } else if (tamper == QLatin1String("forged")) {
            Transaction tx(db);
            AuditEntry e;
            e.at = start.addSecs(90); // slipped in among the first entries' times
            e.actor = QStringLiteral("wang.qiang");
            e.entity = QStringLiteral("request");
            e.entityId = 3;
            e.requestId = 3;
            e.action = QStringLiteral("transition");
            e.afterJson = QStringLiteral("{\"status\":\"completed\"}");
            QVERIFY(AuditLog(db).append(e).ok());
            QVERIFY(tx.commit().ok());
        } else {
            // The file itself altered to match a shorter log: its signature no longer holds.
            kept.value()[0].entries = 20;
        }
        if (tamper != QLatin1String("file")) {
            const auto plain = AuditLog(db).verify();
            QVERIFY(plain.ok());
            QVERIFY2(plain->intact, qPrintable(plain->problem)); // what AuditLog::verify alone cannot see
        }
        const auto result = checkpoints.verify(kept.value());
        QVERIFY2(result.ok(), qPrintable(result.error()));
        const QString problems = result->problems.join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(found), qPrintable(tamper + QStringLiteral(": ") + problems));
    }

    // With a key configured, issuing a letter signs the head.
    void signedWhenIssued()
    {
        PD_FRESH_DB(db, QStringLiteral("sqlite"));
        QTemporaryDir dir;
        const Actor agent = dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent);
        SessionOptions o;
        o.idleLockSeconds = 0;
        o.watchChanges = false;
        o.auditKeyPath = dir.filePath(QStringLiteral("audit.key"));
        const auto session = dbHolder->session(agent, o);
        IntakeForm f;
        f.name = QStringLiteral("王芳");
        f.phone = QStringLiteral("13800138000");
        f.types = {RequestType::Access};
        f.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        const auto made = session->requests().submit(f);
        QVERIFY(made.ok());
        QVERIFY(!QFile::exists(o.auditKeyPath));
        const auto letter = session->letters().write(made->constFirst().id, LetterKind::Acknowledgement);
        QVERIFY2(letter.ok(), qPrintable(letter.error()));
        QVERIFY(QFile::exists(o.auditKeyPath)); // created at first use
        const auto all = AuditCheckpoints(db).all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->constFirst().reason, QStringLiteral("letter"));
        const auto head = AuditLog(db).verify();
        QCOMPARE(all->constFirst().entries, head->entries); // the letter's own entry included
        QVERIFY(AuditCheckpoints::signatureHolds(all->constFirst()));
    }

    void cli()
    {
        PD_FRESH_DB(db, QStringLiteral("sqlite"));
        QTemporaryDir home;
        const QStringList common{QStringLiteral("--db"), dbHolder->urlString(), QStringLiteral("--lang"), QStringLiteral("en")};
        writeEntries(db, kEntries, QDateTime::currentDateTimeUtc().addDays(-1));
        const QString key = home.filePath(QStringLiteral("audit.key")), file = home.filePath(QStringLiteral("heads.json"));
        auto run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(), QStringList{QStringLiteral("audit"), QStringLiteral("checkpoint")} + common);
        QCOMPARE(run.exitCode, 2); // no key named
        run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(),
                           QStringList{QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--key"), key} + common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("30 entries up to entry 30")), qPrintable(run.out));
        run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(),
                           QStringList{QStringLiteral("audit"), QStringLiteral("checkpoints"), QStringLiteral("--out"), file} + common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(),
                           QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoints"), file} + common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QStringLiteral("agrees with 1 signed checkpoint")), qPrintable(run.out));
        // Drop the tail and fix the head: plain verify is fooled, the checkpoints are not.
        dropAppendOnly(db);
        QVERIFY(exec(db, QStringLiteral("DELETE FROM audit_log WHERE id > 20")));
        rechain(db, 1);
        run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(), QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + common);
        QCOMPARE(run.exitCode, 0);
        run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(),
                           QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoints"), file} + common);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Entries were removed")), qPrintable(run.err));
    }
};

QTEST_MAIN(TestCheckpoints)
#include "tst_checkpoints.moc"
