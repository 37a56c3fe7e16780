// What is held about a person (issue 9, first part): the data inventory as shipped and as an
// administrator edits it; the look-up check (one read-only SELECT bound by the person's
// identifiers); the registered sources on both engines (a SQLite file and a PostgreSQL database),
// read read-only; the demo platform that privacydesk-cli demo writes and registers; the person
// view's holdings compared with the source rows read here with SQL of the test's own, masked,
// revealed (audited), with a source that cannot be reached shown as such and the rest delivered;
// the disclosure and consent registers; the CLI.
#include "clirun.h"
#include "domain/inventory.h"
#include "session/demodesk.h"
#include "session/peopledesk.h"
#include "session/requestdesk.h"
#include "session/session.h"
#include "sources/holdingsreader.h"
#include "sources/demoplatform.h"
#include "sources/lookupstatement.h"
#include "sources/sourceconnection.h"
#include "passwordsource.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

SessionOptions quiet()
{
    SessionOptions o;
    o.idleLockSeconds = 0;
    o.watchChanges = false;
    return o;
}

QByteArray shippedJson()
{
    QFile f(QStringLiteral(PD_SOURCE_DIR "/resources/data/inventory.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The shipped document with one change made to it.
QByteArray edited(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(shippedJson()).object();
    change(root);
    return QJsonDocument(root).toJson();
}

// The category object with this key in root's categories, changed in place.
void changeCategory(QJsonObject &root, const QString &key, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray categories = root.value(QLatin1String("categories")).toArray();
    for (int i = 0; i < categories.size(); ++i) {
        QJsonObject c = categories.at(i).toObject();
        if (c.value(QLatin1String("key")).toString() == key) {
            change(c);
            categories.replace(i, c);
        }
    }
    root.insert(QStringLiteral("categories"), categories);
}

} // namespace

class TestSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void inventoryAsShipped()
    {
        const auto parsed = Inventory::fromJson(shippedJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        const Inventory &inv = parsed.value();
        QStringList keys;
        for (const InventoryCategory &c : inv.categories())
            keys << c.key;
        // DOMAIN.md's nine categories, in the policy's order.
        QCOMPARE(keys, (QStringList{QStringLiteral("account"), QStringLiteral("contact"), QStringLiteral("enterprise"),
                                    QStringLiteral("device"), QStringLiteral("interaction"), QStringLiteral("log"),
                                    QStringLiteral("third_party"), QStringLiteral("cookie"), QStringLiteral("sdk")}));
        QCOMPARE(inv.category(QStringLiteral("account"))->name.zh, QStringLiteral("账号注册信息"));
        QCOMPARE(inv.category(QStringLiteral("device"))->name.zh, QStringLiteral("设备及网络信息"));
        QVERIFY(inv.category(QStringLiteral("account"))->field(QStringLiteral("password"))->secret);
        QVERIFY(!inv.category(QStringLiteral("account"))->field(QStringLiteral("email"))->secret);
        // Network logs: at least six months (Cybersecurity Law Art. 21).
        const RetentionRule &logs = inv.category(QStringLiteral("log"))->retention;
        QCOMPARE(logs.minimumMonths, 6);
        QVERIFY(logs.isHeld(QDate(2026, 6, 10), QDate(2026, 12, 1)));
        QVERIFY(!logs.isHeld(QDate(2026, 5, 31), QDate(2026, 12, 1)));
        QVERIFY(logs.isPast(QDate(2026, 5, 31), QDate(2026, 12, 1)));
        QVERIFY(!inv.category(QStringLiteral("account"))->retention.isPast(QDate(2000, 1, 1), QDate(2026, 12, 1)));
        QVERIFY(inv.purpose(QStringLiteral("marketing"))->needsConsent);
        QVERIFY(!inv.purpose(QStringLiteral("account"))->needsConsent);
        // Written out and read back: the same document.
        const auto again = Inventory::fromJson(inv.toJson());
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->toJson(), inv.toJson());
        QCOMPARE(Inventory::shipped().toJson(), inv.toJson()); // the resource is the file
    }

    void inventoryRefusesBadDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named");
        QTest::newRow("not json") << QByteArray("{\"categories\": [") << QStringLiteral("JSON");
        QTest::newRow("a category missing") << edited([](QJsonObject &root) {
            QJsonArray c = root.value(QLatin1String("categories")).toArray();
            c.removeLast();
            root.insert(QStringLiteral("categories"), c);
        }) << QStringLiteral("\"sdk\"");
        QTest::newRow("unknown purpose") << edited([](QJsonObject &root) {
            changeCategory(root, QStringLiteral("cookie"), [](QJsonObject &c) {
                c.insert(QStringLiteral("purposes"), QJsonArray{QStringLiteral("profiling")});
            });
        }) << QStringLiteral("\"profiling\"");
        QTest::newRow("retention below the legal minimum") << edited([](QJsonObject &root) {
            changeCategory(root, QStringLiteral("log"), [](QJsonObject &c) {
                QJsonObject r = c.value(QLatin1String("retention")).toObject();
                r.insert(QStringLiteral("months"), 3);
                c.insert(QStringLiteral("retention"), r);
            });
        }) << QStringLiteral("6 months");
        QTest::newRow("English name missing") << edited([](QJsonObject &root) {
            changeCategory(root, QStringLiteral("device"), [](QJsonObject &c) {
                c.insert(QStringLiteral("name"), QJsonObject{{QStringLiteral("zh_CN"), QStringLiteral("设备")}});
            });
        }) << QStringLiteral("\"device\"");
        QTest::newRow("erasure unknown") << edited([](QJsonObject &root) {
            changeCategory(root, QStringLiteral("sdk"), [](QJsonObject &c) { c.insert(QStringLiteral("erasure"), QStringLiteral("shred")); });
        }) << QStringLiteral("\"shred\"");
        QTest::newRow("no purpose") << edited([](QJsonObject &root) {
            changeCategory(root, QStringLiteral("contact"), [](QJsonObject &c) { c.insert(QStringLiteral("purposes"), QJsonArray{}); });
        }) << QStringLiteral("PIPL Art. 6");
        QTest::newRow("field key no column name") << edited([](QJsonObject &root) {
            changeCategory(root, QStringLiteral("device"), [](QJsonObject &c) {
                QJsonArray f = c.value(QLatin1String("fields")).toArray();
                f.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("IMEI; DROP")},
                                     {QStringLiteral("label"), QJsonObject{{QStringLiteral("zh_CN"), QStringLiteral("设备号")},
                                                                           {QStringLiteral("en"), QStringLiteral("IMEI")}}}});
                c.insert(QStringLiteral("fields"), f);
            });
        }) << QStringLiteral("\"IMEI; DROP\"");
    }
    void inventoryRefusesBadDocuments()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        const auto parsed = Inventory::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.errorKind(), ErrorKind::Invalid);
        QVERIFY2(parsed.error().contains(named), qPrintable(parsed.error()));
    }

    void lookupCheck_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("parameters"); // empty: refused
        QTest::addColumn<QString>("named");           // what the refusal names
        const QStringList none;
        QTest::newRow("plain") << QStringLiteral("SELECT name, email FROM users WHERE email = :email") << QStringList{QStringLiteral("email")} << QString();
        QTest::newRow("trailing semicolon, two identifiers, a cast")
            << QStringLiteral("select name, created::text from users where mobile = :phone_national or account = :account;")
            << QStringList{QStringLiteral("phone_national"), QStringLiteral("account")} << QString();
        QTest::newRow("words in strings and comments are data")
            << QStringLiteral("SELECT 'drop; delete' AS note -- update: later\nFROM t /* insert */ WHERE phone = :phone AND x <> ';'")
            << QStringList{QStringLiteral("phone")} << QString();
        QTest::newRow("the same parameter twice") << QStringLiteral("WITH u AS (SELECT id FROM users WHERE email = :email) SELECT * FROM logs WHERE user_id IN (SELECT id FROM u) OR email = :email")
                                                  << QStringList{QStringLiteral("email")} << QString();
        QTest::newRow("empty") << QStringLiteral("  -- nothing\n ") << none << QStringLiteral("empty");
        QTest::newRow("two statements") << QStringLiteral("SELECT 1 FROM t WHERE a = :phone; SELECT 2") << none << QStringLiteral("more than one");
        QTest::newRow("insert") << QStringLiteral("INSERT INTO t VALUES (:phone)") << none << QStringLiteral("INSERT");
        QTest::newRow("a writing CTE") << QStringLiteral("WITH gone AS (DELETE FROM t WHERE phone = :phone RETURNING *) SELECT * FROM gone") << none << QStringLiteral("DELETE");
        QTest::newRow("row locks") << QStringLiteral("SELECT * FROM t WHERE phone = :phone FOR UPDATE") << none << QStringLiteral("UPDATE");
        QTest::newRow("select into") << QStringLiteral("SELECT * INTO copy FROM t WHERE phone = :phone") << none << QStringLiteral("INTO");
        QTest::newRow("server file functions") << QStringLiteral("SELECT pg_read_file('/etc/passwd') FROM t WHERE phone = :phone") << none << QStringLiteral("pg_read_file");
        QTest::newRow("attach") << QStringLiteral("ATTACH DATABASE 'x.db' AS x") << none << QStringLiteral("SELECT");
        QTest::newRow("positional") << QStringLiteral("SELECT * FROM t WHERE phone = ?") << none << QStringLiteral(":phone");
        QTest::newRow("unknown parameter") << QStringLiteral("SELECT * FROM t WHERE phone = :mobile") << none << QStringLiteral(":mobile");
        QTest::newRow("binds nobody") << QStringLiteral("SELECT * FROM users") << none << QStringLiteral("everyone");
        QTest::newRow("unclosed text") << QStringLiteral("SELECT * FROM t WHERE phone = :phone AND n = 'x") << none << QStringLiteral("not closed");
    }
    void lookupCheck()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, parameters);
        QFETCH(QString, named);
        const auto checked = LookupStatement::check(sql);
        if (parameters.isEmpty()) {
            QVERIFY2(!checked.ok(), qPrintable(sql));
            QVERIFY2(checked.error().contains(named), qPrintable(checked.error()));
        } else {
            QVERIFY2(checked.ok(), qPrintable(checked.error()));
            QCOMPARE(checked->parameters(), parameters);
            QVERIFY(!checked->text().endsWith(QLatin1Char(';')));
        }
    }

    // The demo platform beside the main database, registered as a source; the person view's
    // holdings against the platform's rows as the test reads them; a second source of the same
    // engine as the main database; a source that cannot be reached.
    void holdings_data() { test::TestDatabase::addEngineRows(); }
    void holdings()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const Actor admin = dbHolder->addStaff(QStringLiteral("admin"), Role::Administrator);
        const Actor supervisor = dbHolder->addStaff(QStringLiteral("sup"), Role::Supervisor);
        const auto adminSession = dbHolder->session(admin, quiet());
        const auto loaded = adminSession->demo().load(40, 9);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));

        const auto sources = adminSession->people().sources();
        QVERIFY2(sources.ok(), qPrintable(sources.error()));
        QCOMPARE(sources->size(), 1);
        const DataSource platform = sources->constFirst();
        QVERIFY(platform.demo);
        QCOMPARE(platform.lookups.size(), 9);
        const auto platformUrl = DatabaseUrl::parse(platform.url);
        QVERIFY(platformUrl.ok());
        QCOMPARE(platformUrl->path, DemoPlatform::pathFor(db.url()));
        QVERIFY(QFile::exists(platformUrl->path));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'source_added'")), qint64(1));

        // The platform as the test reads it: the 8th person of the load is the heavy one.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-platform-") + engine);
        raw.setDatabaseName(platformUrl->path);
        QVERIFY(raw.open());
        QSqlQuery people(db.connection());
        QVERIFY(people.exec(QStringLiteral("SELECT id, account, phone FROM people ORDER BY id")));
        QList<std::tuple<qint64, QString, QString>> all;
        while (people.next())
            all << std::tuple{people.value(0).toLongLong(), people.value(1).toString(), people.value(2).toString()};
        people.finish();
        QVERIFY(all.size() > DemoPlatform::kHeavyOffset);
        const auto [personId, account, phone] = all.at(DemoPlatform::kHeavyOffset);
        const qint64 uid = scalar(raw, QStringLiteral("SELECT id FROM users WHERE account = ?"), {account});
        QVERIFY(uid > 0);
        const qint64 logLines = scalar(raw, QStringLiteral("SELECT COUNT(*) FROM access_log WHERE user_id = ?"), {uid});
        QVERIFY2(logLines >= 10000, qPrintable(QString::number(logLines)));
        const qint64 devices = scalar(raw, QStringLiteral("SELECT COUNT(*) FROM devices WHERE user_id = ?"), {uid});
        const QString national = phone.startsWith(QLatin1String("+86")) ? phone.mid(3) : phone.mid(1);
        const qint64 contacts = scalar(raw, QStringLiteral("SELECT COUNT(*) FROM contacts WHERE mobile = ?"), {national});
        QVERIFY(devices >= 1 && contacts >= 1);
        // A few to a couple of dozen items per person, the heavy person aside.
        const qint64 everything = scalar(raw, QStringLiteral("SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM contacts) + "
                                                             "(SELECT COUNT(*) FROM devices) + (SELECT COUNT(*) FROM access_log) + "
                                                             "(SELECT COUNT(*) FROM interactions)"));
        const qint64 n = qint64(all.size());
        QVERIFY2(everything - logLines >= 2 * n && everything - logLines <= 22 * n, qPrintable(QString::number(everything)));

        // A second source of the main database's engine: a CRM holding contacts, and a third
        // that cannot be reached.
        QTemporaryDir dir;
        DataSource crm;
        crm.name = QStringLiteral("CRM");
        if (engine == QLatin1String("sqlite")) {
            const QString path = dir.filePath(QStringLiteral("crm.db"));
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crm-writer"));
            c.setDatabaseName(path);
            QVERIFY(c.open());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE crm_contacts (name TEXT, mobile TEXT, email TEXT, note TEXT)")));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO crm_contacts VALUES ('x', ?, 'x@example.com', ?)")));
            for (const QString &note : {QStringLiteral("展会名片"), QStringLiteral("=HYPERLINK(\"http://evil\")")}) {
                q.addBindValue(national);
                q.addBindValue(note);
                QVERIFY(q.exec());
            }
            q.finish();
            c.close();
            crm.url = DatabaseUrl::sqliteFile(path).toDisplayString();
        } else {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE crm_contacts (name TEXT, mobile TEXT, email TEXT, note TEXT)")));
            QVERIFY(q.exec(QStringLiteral("CREATE SEQUENCE crm_seq")));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO crm_contacts VALUES ('x', ?, 'x@example.com', ?)")));
            for (const QString &note : {QStringLiteral("展会名片"), QStringLiteral("=HYPERLINK(\"http://evil\")")}) {
                q.addBindValue(national);
                q.addBindValue(note);
                QVERIFY(q.exec());
            }
            crm.url = dbHolder->urlString();
        }
        crm.lookups.insert(QStringLiteral("contact"),
                           QStringLiteral("SELECT name, email, mobile AS phone, note AS context FROM crm_contacts WHERE mobile = :phone_national"));
        const auto crmId = adminSession->people().saveSource(crm);
        QVERIFY2(crmId.ok(), qPrintable(crmId.error()));
        DataSource broken;
        broken.name = QStringLiteral("Archive");
        broken.url = DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("missing/archive.db"))).toDisplayString();
        broken.lookups.insert(QStringLiteral("log"), QStringLiteral("SELECT * FROM old_logs WHERE mobile = :phone_national"));
        QVERIFY(adminSession->people().saveSource(broken).ok());

        const auto session = dbHolder->session(supervisor, quiet());
        const PeopleDesk &desk = session->people();
        const qint64 auditsBefore = scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const auto held = desk.holdings(personId, false);
        QVERIFY2(held.ok(), qPrintable(held.error()));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditsBefore + 1);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'person_data_viewed' "
                                                        "AND entity_id = ?"),
                        {personId}),
                 qint64(1));
        // The look is on the record, but none of what was seen.
        QSqlQuery entry(db.connection());
        QVERIFY(entry.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'person_data_viewed'")) && entry.next());
        const QString recorded = entry.value(0).toString();
        entry.finish();
        QVERIFY2(!recorded.contains(national) && !recorded.contains(account), qPrintable(recorded));
        QVERIFY2(recorded.contains(QStringLiteral("\"log\"")), qPrintable(recorded));

        const auto item = [&](const QString &source, const QString &category) -> const CategoryHolding * {
            for (const CategoryHolding &h : held->items)
                if (h.source == source && h.category == category)
                    return &h;
            return nullptr;
        };
        const CategoryHolding *log = item(platform.name, QStringLiteral("log"));
        QVERIFY(log && !log->failed);
        QCOMPARE(log->total, logLines);
        QCOMPARE(log->rows.rows.size(), qsizetype(PeopleDesk::kFirstRows));
        QCOMPARE(log->rows.columns, (QStringList{QStringLiteral("accessed_at"), QStringLiteral("path"), QStringLiteral("client_ip"),
                                                QStringLiteral("event")}));
        // Newest first, as the look-up orders them: the first row is the newest line.
        QSqlQuery newest(raw);
        QVERIFY(newest.exec(QStringLiteral("SELECT accessed_at, path FROM access_log WHERE user_id = %1 ORDER BY accessed_at DESC LIMIT 1").arg(uid)) && newest.next());
        QCOMPARE(log->rows.rows.constFirst().at(0).toString(), newest.value(0).toString());
        newest.finish();
        QCOMPARE(item(platform.name, QStringLiteral("device"))->total, devices);
        QCOMPARE(item(platform.name, QStringLiteral("contact"))->total, contacts);
        // The account: its password only as "set", the phone masked.
        const CategoryHolding *acc = item(platform.name, QStringLiteral("account"));
        QVERIFY(acc && acc->total == 1);
        const QVariantList accountRow = acc->rows.rows.constFirst();
        QCOMPARE(accountRow.at(acc->rows.columns.indexOf(QStringLiteral("password"))).toString(), PeopleDesk::tr("set"));
        const QString shownPhone = accountRow.at(acc->rows.columns.indexOf(QStringLiteral("phone"))).toString();
        QVERIFY2(shownPhone != national && shownPhone.contains(QLatin1Char('*')) && shownPhone.endsWith(national.right(4)), qPrintable(shownPhone));
        // The CRM: its rows too; the unreachable archive: shown as such, with the reason.
        const CategoryHolding *fromCrm = item(crm.name, QStringLiteral("contact"));
        QVERIFY(fromCrm);
        QVERIFY2(!fromCrm->failed, qPrintable(fromCrm->error));
        QCOMPARE(fromCrm->total, qint64(2));
        const CategoryHolding *archive = item(broken.name, QStringLiteral("log"));
        QVERIFY(archive && archive->failed);
        QCOMPARE(archive->errorKind, ErrorKind::Connection);
        QVERIFY2(archive->error.contains(QStringLiteral("archive.db")), qPrintable(archive->error));
        // Categories in the inventory's order.
        QStringList order;
        for (const CategoryHolding &h : held->items)
            if (!order.contains(h.category))
                order << h.category;
        QCOMPARE(order.constFirst(), QStringLiteral("account"));
        QVERIFY(order.indexOf(QStringLiteral("contact")) < order.indexOf(QStringLiteral("log")));

        // A later page of the heavy log: the rows the test reads at that offset.
        const auto page = desk.page(personId, platform.id, QStringLiteral("log"), 5000, 50, false);
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->rows.size(), qsizetype(50));
        QSqlQuery at5000(raw);
        QVERIFY(at5000.exec(QStringLiteral("SELECT accessed_at, path, client_ip, event FROM access_log WHERE user_id = %1 ORDER BY accessed_at DESC LIMIT 50 OFFSET 5000").arg(uid)));
        int r = 0;
        int equal = 0;
        while (at5000.next()) {
            // Compared by time: lines of the same second may come in either order.
            const QVariantList &row = page->rows.at(r++);
            if (row.at(0) == at5000.value(0))
                ++equal;
        }
        at5000.finish();
        QCOMPARE(equal, 50);

        // Revealed: the national number itself; a look of its own on the record.
        const auto revealed = desk.holdings(personId, true);
        QVERIFY(revealed.ok());
        for (const CategoryHolding &h : revealed->items)
            if (h.source == platform.name && h.category == QLatin1String("account")) {
                QCOMPARE(h.rows.rows.constFirst().at(h.rows.columns.indexOf(QStringLiteral("phone"))).toString(), national);
                QCOMPARE(h.rows.rows.constFirst().at(h.rows.columns.indexOf(QStringLiteral("password"))).toString(), PeopleDesk::tr("set"));
            }
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'person_data_revealed'")), qint64(1));
        raw.close();

        if (engine == QLatin1String("postgresql")) {
            // The transaction a look-up runs in is read-only: a statement that passes the check
            // but would change the server (a sequence) is refused by the server itself.
            const auto sneaky = LookupStatement::check(QStringLiteral("SELECT nextval('crm_seq') AS n FROM crm_contacts WHERE mobile = :phone_national"));
            QVERIFY(sneaky.ok());
            SourceConnection connection(dbHolder->url());
            const auto count = connection.fetch(sneaky.value(), PersonIdentifiers{phone, national, {}, {}, {}, {}});
            QVERIFY(!count.ok());
            QVERIFY2(count.error().contains(QStringLiteral("read-only")), qPrintable(count.error()));
            QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT last_value FROM crm_seq")), qint64(1));
            QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT CASE WHEN is_called THEN 1 ELSE 0 END FROM crm_seq")), qint64(0));
        }
    }

    // Who may: administrators register sources and edit the inventory (audited), checked first;
    // agents see only the people whose requests they see.
    void rules_data() { test::TestDatabase::addEngineRows(); }
    void rules()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const Actor admin = dbHolder->addStaff(QStringLiteral("admin"), Role::Administrator);
        const Actor agent = dbHolder->addStaff(QStringLiteral("li.na"), Role::Agent);
        const Actor other = dbHolder->addStaff(QStringLiteral("wang.qiang"), Role::Agent);
        const auto adminSession = dbHolder->session(admin, quiet());
        const auto agentSession = dbHolder->session(agent, quiet());
        const PeopleDesk &desk = adminSession->people();

        DataSource s;
        s.name = QStringLiteral("CRM");
        s.url = QStringLiteral("sqlite:///tmp/crm.db");
        s.lookups.insert(QStringLiteral("contact"), QStringLiteral("SELECT name FROM c WHERE mobile = :phone_national"));
        const auto byAgent = agentSession->people().saveSource(s);
        QCOMPARE(byAgent.errorKind(), ErrorKind::Denied);
        s.lookups.insert(QStringLiteral("device"), QStringLiteral("DELETE FROM devices WHERE mobile = :phone_national"));
        const auto writes = desk.saveSource(s);
        QCOMPARE(writes.errorKind(), ErrorKind::Invalid);
        QVERIFY2(writes.error().contains(QStringLiteral("Device and network information")), qPrintable(writes.error()));
        s.lookups.remove(QStringLiteral("device"));
        s.lookups.insert(QStringLiteral("biometrics"), QStringLiteral("SELECT 1 FROM c WHERE mobile = :phone_national"));
        QVERIFY(desk.saveSource(s).error().contains(QStringLiteral("biometrics")));
        s.lookups.remove(QStringLiteral("biometrics"));
        s.url = QStringLiteral("postgresql://crm:secret@db.example.com/crm");
        QVERIFY(desk.saveSource(s).error().contains(QStringLiteral("password")));
        s.url = QStringLiteral("sqlite:///tmp/crm.db");
        const auto id = desk.saveSource(s);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(desk.saveSource(s).errorKind(), ErrorKind::Conflict); // the name is taken
        s.id = id.value();
        s.lookups.insert(QStringLiteral("cookie"), QStringLiteral("SELECT name FROM cookies WHERE account = :account"));
        QVERIFY(desk.saveSource(s).ok());
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM source_lookups WHERE source_id = ?"), {s.id}), qint64(2));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('source_added', 'source_changed')")),
                 qint64(2));
        QCOMPARE(agentSession->people().removeSource(s.id).errorKind(), ErrorKind::Denied);
        QVERIFY(desk.removeSource(s.id).ok());
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM source_lookups")), qint64(0));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'source_removed'")), qint64(1));

        // The inventory: edited by an administrator (the changed category on the record), read back.
        auto inv = desk.inventory();
        QVERIFY(inv.ok());
        QJsonObject root = QJsonDocument::fromJson(inv->toJson()).object();
        changeCategory(root, QStringLiteral("cookie"), [](QJsonObject &c) {
            QJsonObject r = c.value(QLatin1String("retention")).toObject();
            r.insert(QStringLiteral("months"), 6);
            c.insert(QStringLiteral("retention"), r);
        });
        const auto changed = Inventory::fromJson(QJsonDocument(root).toJson());
        QVERIFY(changed.ok());
        QCOMPARE(agentSession->people().saveInventory(changed.value()).errorKind(), ErrorKind::Denied);
        QVERIFY(desk.saveInventory(changed.value()).ok());
        QCOMPARE(agentSession->people().inventory()->category(QStringLiteral("cookie"))->retention.months, 6);
        QSqlQuery audit(db.connection());
        QVERIFY(audit.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'inventory_changed'")) && audit.next());
        QCOMPARE(QJsonDocument::fromJson(audit.value(0).toString().toUtf8()).object().value(QStringLiteral("categories")).toArray(),
                 QJsonArray{QStringLiteral("cookie")});
        audit.finish();

        // Agents: the people whose requests are theirs or unassigned.
        IntakeForm f;
        f.name = QStringLiteral("王芳");
        f.phone = QStringLiteral("13800138000");
        f.types = {RequestType::Access};
        f.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        const auto made = agentSession->requests().submit(f);
        QVERIFY2(made.ok(), qPrintable(made.error()));
        const qint64 personId = made->constFirst().personId;
        const auto otherSession = dbHolder->session(other, quiet());
        QVERIFY(otherSession->people().holdings(personId, false).ok()); // unassigned: anyone may
        QCOMPARE(otherSession->people().find(QStringLiteral("王芳"))->size(), 1);
        QSqlQuery assign(db.connection());
        QVERIFY(assign.exec(QStringLiteral("UPDATE requests SET assignee_id = %1, assignee_name = 'li.na'").arg(agent.staffId)));
        QCOMPARE(otherSession->people().holdings(personId, false).errorKind(), ErrorKind::Denied);
        QCOMPARE(otherSession->people().find(QStringLiteral("13800138000"))->size(), 0);
        QVERIFY(agentSession->people().holdings(personId, false).ok());
        QCOMPARE(adminSession->people().holdings(personId, false).errorKind(), ErrorKind::Denied);

        // The registers: checked, recorded, audited, shown with the holdings.
        Disclosure d;
        d.personId = personId;
        d.category = QStringLiteral("contact");
        d.recipientKind = QStringLiteral("partner");
        d.recipient = QStringLiteral("上海声讯热线服务有限公司");
        d.legalBasis = QStringLiteral("PIPL Art. 21");
        d.disclosedOn = QDate::currentDate().addDays(1);
        QVERIFY(agentSession->people().recordDisclosure(d).error().contains(QStringLiteral("Disclosed on")));
        d.disclosedOn = QDate::currentDate().addDays(-3);
        d.recipientKind = QStringLiteral("friend");
        QVERIFY(agentSession->people().recordDisclosure(d).error().contains(QStringLiteral("friend")));
        d.recipientKind = QStringLiteral("partner");
        QVERIFY(agentSession->people().recordDisclosure(d).ok());
        ConsentEvent c;
        c.personId = personId;
        c.purpose = QStringLiteral("marketing");
        c.given = false;
        c.channel = QStringLiteral("sms_unsubscribe");
        QVERIFY(agentSession->people().recordConsent(c).ok());
        c.purpose = QStringLiteral("spam");
        QCOMPARE(agentSession->people().recordConsent(c).errorKind(), ErrorKind::Invalid);
        const auto held = agentSession->people().holdings(personId, false);
        QVERIFY(held.ok());
        QCOMPARE(held->disclosures.size(), 1);
        QCOMPARE(held->disclosures.constFirst().recipient, d.recipient);
        QCOMPARE(held->consents.size(), 1);
        QVERIFY(!held->consents.constFirst().given);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('disclosure_recorded', 'consent_recorded')")),
                 qint64(2));
    }

    // A PostgreSQL source whose server asks a password (scripts/test.sh makes it ask one of
    // pd_password_roles): without one, or with a wrong one, its categories say it wants a password
    // and the rest is unaffected; with the session's credential it is read. The password is
    // never stored: not in the sources table, not in the audit log.
    void sourceWantsPassword()
    {
        PD_FRESH_DB(db, QStringLiteral("postgresql"));
        const QString secret = QStringLiteral("Lookup-Secret-7");
        QString problem;
        const DataSource crm = test::passwordProtectedSource(db, secret, QStringLiteral("+8613911112222"),
                                                             QStringLiteral("asked about an invoice"), &problem);
        QVERIFY2(!crm.name.isEmpty(), qPrintable(problem));
        const Actor admin = dbHolder->addStaff(QStringLiteral("admin"), Role::Administrator);
        const Actor supervisor = dbHolder->addStaff(QStringLiteral("sup"), Role::Supervisor);
        {
            const auto adminSession = dbHolder->session(admin, quiet());
            QVERIFY(adminSession->people().saveSource(crm).ok());
        }
        const auto session = dbHolder->session(supervisor, quiet());
        IntakeForm f;
        f.name = QStringLiteral("钱七");
        f.phone = QStringLiteral("13911112222");
        f.types = {RequestType::Access};
        f.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        const auto made = session->requests().submit(f);
        QVERIFY2(made.ok(), qPrintable(made.error()));
        const qint64 personId = made->constFirst().personId;
        const auto crmHolding = [&]() -> std::optional<CategoryHolding> {
            const auto held = session->people().holdings(personId, false);
            if (!held)
                return std::nullopt;
            for (const CategoryHolding &h : held->items)
                if (h.source == QLatin1String("CRM"))
                    return h;
            return std::nullopt;
        };
        auto h = crmHolding();
        QVERIFY(h.has_value());
        if (!h->failed)
            QSKIP("This PostgreSQL server does not ask the members of pd_password_roles for a password (scripts/test.sh configures it to).");
        QVERIFY2(h->needsPassword, qPrintable(h->error));
        QCOMPARE(h->sourceUrl, crm.url);
        session->sourceCredentials().set(crm.url, QStringLiteral("not-it"));
        h = crmHolding();
        QVERIFY(h && h->failed && h->needsPassword);
        session->sourceCredentials().set(crm.url, secret);
        h = crmHolding();
        QVERIFY(h.has_value());
        QVERIFY2(!h->failed, qPrintable(h->error));
        QCOMPARE(h->total, qint64(1));
        QCOMPARE(h->rows.rows.constFirst().constFirst().toString(), QStringLiteral("asked about an invoice"));
        // Pages (the lazy table) use it too.
        const auto page = session->people().page(personId, h->sourceId, QStringLiteral("interaction"), 0, 10, false);
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->rows.size(), 1);
        for (const QString &table : {QStringLiteral("data_sources"), QStringLiteral("audit_log")}) {
            QSqlQuery all(db.connection());
            QVERIFY(all.exec(QStringLiteral("SELECT * FROM ") + table));
            while (all.next())
                for (int i = 0; i < all.record().count(); ++i)
                    QVERIFY2(!all.value(i).toString().contains(secret), qPrintable(table));
        }
    }

    void cli()
    {
        PD_FRESH_DB(db, QStringLiteral("sqlite"));
        QTemporaryDir home;
        const QStringList common{QStringLiteral("--db"), dbHolder->urlString(), QStringLiteral("--lang"), QStringLiteral("en")};
        auto run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(), QStringList{QStringLiteral("demo"), QStringLiteral("--requests"), QStringLiteral("20")} + common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QMap<QString, QString> adminEnv{{QStringLiteral("PRIVACYDESK_PASSWORD"), QStringLiteral("demo-admin-1")}};
        run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(),
                           QStringList{QStringLiteral("sources"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("demo.admin")} + common, adminEnv);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(DemoPlatform::sourceName()) && run.out.contains(QStringLiteral("Log information")), qPrintable(run.out));
        // A look-up that writes is refused, naming the category; nothing is saved.
        run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(),
                           QStringList{QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("CRM"), QStringLiteral("--url"),
                                       QStringLiteral("sqlite:///tmp/crm.db"), QStringLiteral("--lookup"),
                                       QStringLiteral("contact=UPDATE c SET x = 1 WHERE mobile = :phone_national"), QStringLiteral("--user"),
                                       QStringLiteral("demo.admin")} + common,
                           adminEnv);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Personal contact information")) && run.err.contains(QStringLiteral("UPDATE")), qPrintable(run.err));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM data_sources")), qint64(1));
        // A person with a platform account shown by a supervisor: every category read, the
        // password only as set, the account masked.
        QString account;
        {
            QSqlDatabase p = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-platform"));
            p.setDatabaseName(DemoPlatform::pathFor(db.url()));
            QVERIFY(p.open());
            QSqlQuery q(p);
            QVERIFY(q.exec(QStringLiteral("SELECT account FROM users ORDER BY id LIMIT 1")) && q.next());
            account = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cli-platform"));
        run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(),
                           QStringList{QStringLiteral("person"), QStringLiteral("show"), account, QStringLiteral("--user"),
                                       QStringLiteral("demo.wang.qiang")} + common,
                           {{QStringLiteral("PRIVACYDESK_PASSWORD"), QStringLiteral("demo-supervisor-1")}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        QVERIFY2(run.out.contains(QStringLiteral("[Account registration information]")) && run.out.contains(QStringLiteral("Password: set")),
                 qPrintable(run.out));
        QVERIFY2(!run.out.contains(account), qPrintable(run.out)); // masked
        run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(),
                           QStringList{QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("nobody@example.com"), QStringLiteral("--user"),
                                       QStringLiteral("demo.wang.qiang")} + common,
                           {{QStringLiteral("PRIVACYDESK_PASSWORD"), QStringLiteral("demo-supervisor-1")}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("No person matches")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestSources)
#include "tst_sources.moc"
