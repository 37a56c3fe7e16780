// Access, copy and portability packages (issue 9): the ZIP opened here with libzip, every JSON and
// CSV compared with the source rows read with the test's own SQL, the manifest's hashes checked,
// the summary PDF's text read back (pdftotext) in the requester's language, an encrypted package
// opened with its password and refused without it, a failing source named and the rest delivered,
// the package's SHA-256 on the request and in the audit log, the status unchanged; cancel and an
// unwritable folder leave no file; the CLI.
#include "clirun.h"
#include "audit/auditlog.h"
#include "session/demodesk.h"
#include "session/letterdesk.h"
#include "session/verificationdesk.h"
#include "session/packagedesk.h"
#include "session/peopledesk.h"
#include "session/requestdesk.h"
#include "session/session.h"
#include "sources/demoplatform.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace pd;

namespace {

SessionOptions quiet()
{
    SessionOptions o;
    o.idleLockSeconds = 0;
    o.watchChanges = false;
    return o;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

// Every entry of a ZIP by name (nullopt when it cannot be opened; *error says why).
std::optional<QMap<QString, QByteArray>> unzip(const QString &path, const QString &password, QString *error)
{
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!z) {
        *error = QStringLiteral("cannot open: %1").arg(code);
        return std::nullopt;
    }
    if (!password.isEmpty())
        zip_set_default_password(z, password.toUtf8().constData());
    QMap<QString, QByteArray> out;
    const zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_index(z, zip_uint64_t(i), 0, &st);
        zip_file_t *f = zip_fopen_index(z, zip_uint64_t(i), 0);
        if (!f) {
            *error = QString::fromLocal8Bit(zip_strerror(z));
            zip_discard(z);
            return std::nullopt;
        }
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(f, data.data(), st.size);
        zip_fclose(f);
        if (read != zip_int64_t(st.size)) {
            *error = QStringLiteral("short read");
            zip_discard(z);
            return std::nullopt;
        }
        out.insert(QString::fromUtf8(st.name), data);
    }
    zip_discard(z);
    return out;
}

bool isEncrypted(const QString &path)
{
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!z)
        return false;
    zip_stat_t st;
    zip_stat_index(z, 0, 0, &st);
    const bool encrypted = (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method == ZIP_EM_AES_256;
    zip_discard(z);
    return encrypted;
}

QString sha256(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

// A new request of `type` for the person, taken to "in progress" by a supervisor (verification
// overridden, as the workflow allows): personal data goes only to a verified requester.
Request verifiedRequest(const Session &session, IntakeForm f)
{
    f.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    const auto made = session.requests().submit(f);
    if (!made)
        qFatal("submit: %s", qPrintable(made.error()));
    Request r = made->constFirst();
    auto started = session.requests().perform(r.id, r.version, RequestAction::StartVerification);
    if (!started)
        qFatal("start: %s", qPrintable(started.error()));
    if (auto s = session.verification().overrideVerification(r.id, QStringLiteral("came in person with an ID card")); !s)
        qFatal("override: %s", qPrintable(s.error()));
    auto verified = session.requests().perform(r.id, started->version, RequestAction::MarkVerified);
    if (!verified)
        qFatal("verified: %s", qPrintable(verified.error()));
    return verified.value();
}

Request verifiedRequest(const Session &session, qint64 personId, RequestType type)
{
    IntakeForm f;
    f.personId = personId;
    f.types = {type};
    return verifiedRequest(session, f);
}

// Whether `document` follows `schema` (JSON Schema draft-07), as python3-jsonschema judges it;
// *problems gets the validator's messages.
bool validates(const QByteArray &schema, const QByteArray &document, const QString &dir, QString *problems)
{
    QFile s(dir + QStringLiteral("/schema.json")), d(dir + QStringLiteral("/document.json"));
    if (!s.open(QIODevice::WriteOnly) || !d.open(QIODevice::WriteOnly))
        return false;
    s.write(schema);
    d.write(document);
    s.close();
    d.close();
    static const char script[] = "import json, sys, jsonschema\n"
                                 "schema = json.load(open(sys.argv[1]))\n"
                                 "jsonschema.Draft7Validator.check_schema(schema)\n"
                                 "v = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())\n"
                                 "errors = list(v.iter_errors(json.load(open(sys.argv[2]))))\n"
                                 "print('\\n'.join(e.message for e in errors[:10]))\n"
                                 "sys.exit(1 if errors else 0)\n";
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromLatin1(script), s.fileName(), d.fileName()});
    if (!python.waitForFinished(30000))
        return false;
    *problems = QString::fromUtf8(python.readAllStandardOutput() + python.readAllStandardError());
    return python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0;
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

QString pdfText(const QByteArray &pdf, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(pdf);
    f.close();
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    pdftotext.waitForFinished(20000);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

class TestPackages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void package_data() { test::TestDatabase::addEngineRows(); }
    void package()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const Actor admin = dbHolder->addStaff(QStringLiteral("admin"), Role::Administrator);
        const Actor supervisor = dbHolder->addStaff(QStringLiteral("sup"), Role::Supervisor);
        QTemporaryDir dir;
        {
            const auto adminSession = dbHolder->session(admin, quiet());
            QVERIFY(adminSession->demo().load(30, 3).ok());
            // A source that cannot be reached: named in the package, the rest delivered.
            DataSource broken;
            broken.name = QStringLiteral("Archive");
            broken.url = DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("gone/archive.db"))).toDisplayString();
            broken.lookups.insert(QStringLiteral("interaction"), QStringLiteral("SELECT * FROM t WHERE mobile = :phone_national"));
            QVERIFY(adminSession->people().saveSource(broken).ok());
        }
        // The heavy person, asking for a copy.
        QSqlQuery p(db.connection());
        QVERIFY(p.exec(QStringLiteral("SELECT id, account, language, phone FROM people ORDER BY id LIMIT 1 OFFSET %1").arg(DemoPlatform::kHeavyOffset)) && p.next());
        const qint64 personId = p.value(0).toLongLong();
        const QString account = p.value(1).toString(), language = p.value(2).toString(), phone = p.value(3).toString();
        p.finish();
        const auto session = dbHolder->session(supervisor, quiet());
        IntakeForm f;
        f.personId = personId;
        f.types = {RequestType::Copy};
        f.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        // Not before the requester's identity is verified.
        const auto unverified = session->requests().submit(f);
        QVERIFY(unverified.ok());
        const auto early = session->packages().exportPackage(unverified->constFirst().id, dir.filePath(QStringLiteral("early.zip")));
        QCOMPARE(early.errorKind(), ErrorKind::Invalid);
        QVERIFY2(early.error().contains(QStringLiteral("verified")), qPrintable(early.error()));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("early.zip"))));
        const Request request = verifiedRequest(*session, personId, RequestType::Copy);

        const QString path = dir.filePath(QStringLiteral("copy.zip"));
        const auto written = session->packages().exportPackage(request.id, path);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QVERIFY(QFile::exists(path) && !QFile::exists(path + QStringLiteral(".part")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray zipBytes = file.readAll();
        file.close();
        QCOMPARE(written->sha256, sha256(zipBytes));
        QCOMPARE(int(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther)), 0);
        QString error;
        const auto entries = unzip(path, {}, &error);
        QVERIFY2(entries.has_value(), qPrintable(error));

        // The manifest: the request, the person, and every other file with its size and hash.
        const QJsonObject manifest = QJsonDocument::fromJson(entries->value(QStringLiteral("manifest.json"))).object();
        QCOMPARE(manifest.value(QStringLiteral("request")).toObject().value(QStringLiteral("reference")).toString(), request.reference);
        QCOMPARE(manifest.value(QStringLiteral("person")).toObject().value(QStringLiteral("account")).toString(), account);
        const QJsonArray listed = manifest.value(QStringLiteral("files")).toArray();
        QCOMPARE(listed.size(), entries->size() - 1);
        for (const QJsonValue &v : listed) {
            const QString name = v.toObject().value(QStringLiteral("path")).toString();
            QVERIFY2(entries->contains(name), qPrintable(name));
            QCOMPARE(v.toObject().value(QStringLiteral("bytes")).toInteger(), qint64(entries->value(name).size()));
            QCOMPARE(v.toObject().value(QStringLiteral("sha256")).toString(), sha256(entries->value(name)));
        }
        for (const char *name : {"disclosures.json", "disclosures.csv", "consents.json", "consents.csv", "summary.pdf", "index.html"})
            QVERIFY2(entries->contains(QLatin1String(name)), name);

        // The log lines, all of them, against the platform read here.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-") + engine);
        raw.setDatabaseName(DemoPlatform::pathFor(db.url()));
        QVERIFY(raw.open());
        const qint64 uid = scalar(raw, QStringLiteral("SELECT id FROM users WHERE account = ?"), {account});
        const qint64 lines = scalar(raw, QStringLiteral("SELECT COUNT(*) FROM access_log WHERE user_id = ?"), {uid});
        const QJsonArray logs = QJsonDocument::fromJson(entries->value(QStringLiteral("data/log.json"))).object().value(QStringLiteral("records")).toArray();
        QCOMPARE(qint64(logs.size()), lines);
        QSqlQuery newest(raw);
        QVERIFY(newest.exec(QStringLiteral("SELECT accessed_at, path, client_ip, event FROM access_log WHERE user_id = %1 ORDER BY accessed_at DESC, id LIMIT 1").arg(uid)) && newest.next());
        QCOMPARE(logs.at(0).toObject().value(QStringLiteral("accessed_at")).toString(), newest.value(0).toString());
        newest.finish();
        const QList<QByteArray> csvLines = entries->value(QStringLiteral("data/log.csv")).split('\n');
        QCOMPARE(qint64(csvLines.size() - 2), lines); // header, rows, and the empty piece after the last CRLF
        QVERIFY(csvLines.at(0).contains("source,accessed_at,path,client_ip,event"));
        // The account: delivered unmasked to the requester, the password only as set.
        const QJsonObject accountRow = QJsonDocument::fromJson(entries->value(QStringLiteral("data/account.json"))).object()
                                           .value(QStringLiteral("records")).toArray().at(0).toObject();
        QCOMPARE(accountRow.value(QStringLiteral("account")).toString(), account);
        QCOMPARE(accountRow.value(QStringLiteral("password")).toString(), PeopleDesk::tr("set"));
        QVERIFY(!entries->value(QStringLiteral("data/account.json")).contains("argon2"));
        // The archive that could not be read is named; nothing of it is pretended.
        bool archiveNamed = false;
        for (const QJsonValue &s : manifest.value(QStringLiteral("sources")).toArray())
            if (s.toObject().value(QStringLiteral("source")).toString() == QLatin1String("Archive"))
                archiveNamed = s.toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("archive.db"));
        QVERIFY(archiveNamed);
        raw.close();

        // The summary in the requester's language, read back from the PDF.
        QFile pdf(dir.filePath(QStringLiteral("summary.pdf")));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write(entries->value(QStringLiteral("summary.pdf")));
        pdf.close();
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf.fileName(), QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(20000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        const bool chinese = language.startsWith(QLatin1String("zh"));
        QVERIFY2(text.contains(chinese ? QStringLiteral("您的个人信息") : QStringLiteral("Your personal information")), qPrintable(text.left(400)));
        QVERIFY2(text.contains(request.reference), qPrintable(text.left(400)));
        // And in the other language, for a requester who prefers it.
        {
            QSqlQuery prefer(db.connection());
            QVERIFY(prefer.exec(QStringLiteral("UPDATE people SET language = '%1' WHERE id = %2")
                                    .arg(chinese ? QStringLiteral("en") : QStringLiteral("zh_CN"))
                                    .arg(personId)));
            const QString otherPath = dir.filePath(QStringLiteral("other.zip"));
            QVERIFY(session->packages().exportPackage(request.id, otherPath).ok());
            const auto other = unzip(otherPath, {}, &error);
            QVERIFY2(other.has_value(), qPrintable(error));
            const QString otherText = pdfText(other->value(QStringLiteral("summary.pdf")), dir.filePath(QStringLiteral("other.pdf")));
            QVERIFY2(otherText.contains(chinese ? QStringLiteral("Your personal information") : QStringLiteral("您的个人信息")),
                     qPrintable(otherText.left(400)));
            QVERIFY(prefer.exec(QStringLiteral("UPDATE people SET language = '%1' WHERE id = %2").arg(language).arg(personId)));
        }

        // On the record: the hash on the request and in the audit log; the status unchanged.
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM packages WHERE request_id = ? AND sha256 = ?"),
                        {request.id, written->sha256}),
                 qint64(1));
        QSqlQuery audit(db.connection());
        audit.prepare(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'package_created' AND request_id = ? ORDER BY id"));
        audit.addBindValue(request.id);
        QVERIFY(audit.exec() && audit.next());
        const QJsonObject recorded = QJsonDocument::fromJson(audit.value(0).toString().toUtf8()).object();
        audit.finish();
        QCOMPARE(recorded.value(QStringLiteral("sha256")).toString(), written->sha256);
        QVERIFY(recorded.value(QStringLiteral("categories")).toArray().contains(QStringLiteral("log")));
        QVERIFY(!recorded.contains(QStringLiteral("phone")) && !audit.value(0).toString().contains(phone.mid(3)));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT version FROM requests WHERE id = ?"), {request.id}), qint64(request.version));

        // Encrypted: opened with its password, refused without it.
        const QString password = PackageDesk::newPassword();
        QCOMPARE(password.size(), 23);
        const QString locked = dir.filePath(QStringLiteral("locked.zip"));
        const auto encrypted = session->packages().exportPackage(request.id, locked, password);
        QVERIFY2(encrypted.ok(), qPrintable(encrypted.error()));
        QVERIFY(encrypted->encrypted && isEncrypted(locked));
        QVERIFY(!unzip(locked, {}, &error).has_value());
        const auto opened = unzip(locked, password, &error);
        QVERIFY2(opened.has_value(), qPrintable(error));
        QCOMPARE(opened->value(QStringLiteral("data/log.json")).size(), entries->value(QStringLiteral("data/log.json")).size());
        QVERIFY(!unzip(locked, QStringLiteral("wrong-password"), &error).has_value());

        // Cancelled, or a folder that cannot be written: no file, nothing recorded.
        const qint64 before = scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM packages"));
        const QString cancelledPath = dir.filePath(QStringLiteral("cancelled.zip"));
        QVERIFY(!session->packages().exportPackage(request.id, cancelledPath, {}, [] { return true; }).ok());
        QVERIFY(!QFile::exists(cancelledPath) && !QFile::exists(cancelledPath + QStringLiteral(".part")));
        const auto unwritable = session->packages().exportPackage(request.id, dir.filePath(QStringLiteral("no/such/folder/p.zip")));
        QVERIFY(!unwritable.ok());
        QVERIFY2(unwritable.error().contains(QStringLiteral("p.zip")), qPrintable(unwritable.error()));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM packages")), before);

        // Packages answer access, copy and portability requests only.
        IntakeForm deletion = f;
        deletion.types = {RequestType::Deletion};
        const auto del = session->requests().submit(deletion);
        QVERIFY(del.ok());
        QCOMPARE(session->packages().exportPackage(del->constFirst().id, dir.filePath(QStringLiteral("d.zip"))).errorKind(), ErrorKind::Invalid);
    }

    // Completing an access, copy or portability request needs what it asks for delivered: a
    // package that read every source, or a "no data held" letter that only a search finding
    // nothing allows. Explanation letters list the inventory and what the sources hold.
    void completion_data() { test::TestDatabase::addEngineRows(); }
    void completion()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const Actor admin = dbHolder->addStaff(QStringLiteral("admin"), Role::Administrator);
        const Actor supervisor = dbHolder->addStaff(QStringLiteral("sup"), Role::Supervisor);
        QTemporaryDir dir;
        const auto adminSession = dbHolder->session(admin, quiet());
        QVERIFY(adminSession->demo().load(30, 3).ok());
        const auto session = dbHolder->session(supervisor, quiet());
        QSqlQuery p(db.connection());
        QVERIFY(p.exec(QStringLiteral("SELECT id FROM people ORDER BY id LIMIT 1 OFFSET %1").arg(DemoPlatform::kHeavyOffset)) && p.next());
        const qint64 heavy = p.value(0).toLongLong();
        p.finish();
        const auto complete = [&](const Request &r) { return session->requests().perform(r.id, r.version, RequestAction::Complete); };
        const auto status = [&](qint64 id) {
            return scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM requests WHERE id = ? AND status = 'completed'"), {id});
        };

        // Someone no source knows: nothing delivered yet, so it cannot be completed; a "no data
        // held" letter, after the search, answers it.
        IntakeForm stranger;
        stranger.name = QStringLiteral("Ada Lovelace");
        stranger.email = QStringLiteral("ada.lovelace@example.org");
        stranger.phone = QStringLiteral("+8613900001234");
        stranger.language = QStringLiteral("en");
        stranger.types = {RequestType::Access};
        const Request nobody = verifiedRequest(*session, stranger);
        const auto refused = complete(nobody);
        QCOMPARE(refused.errorKind(), ErrorKind::Invalid);
        QVERIFY2(refused.error().contains(nobody.reference) && refused.error().contains(QStringLiteral("No data held")),
                 qPrintable(refused.error()));
        QCOMPARE(status(nobody.id), qint64(0));
        const auto view = session->requests().view(nobody.id, RequestDesk::Purpose::Refresh);
        QVERIFY(view.ok() && !view->delivered);
        bool completeOffered = false;
        for (const ActionChoice &c : view->actions)
            if (c.action == RequestAction::Complete) {
                completeOffered = true;
                QVERIFY(!c.allowed);
                QVERIFY2(c.allowed.error().contains(QStringLiteral("Data package")), qPrintable(c.allowed.error()));
            }
        QVERIFY(completeOffered);
        const auto letter = session->letters().write(nobody.id, LetterKind::NoDataHeld);
        QVERIFY2(letter.ok(), qPrintable(letter.error()));
        const QString noData = pdfText(session->letters().pdf(letter->id).value(), dir.filePath(QStringLiteral("nodata.pdf")));
        QVERIFY2(noData.contains(QStringLiteral("We hold no personal information about you")), qPrintable(noData.left(400)));
        QVERIFY2(noData.contains(DemoPlatform::sourceName()), qPrintable(noData));
        const auto done = complete(session->requests().view(nobody.id, RequestDesk::Purpose::Refresh)->request);
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(status(nobody.id), qint64(1));

        // The heavy person: a "no data held" letter is refused (the sources hold thousands of
        // items); a package answers the request.
        const Request portability = verifiedRequest(*session, heavy, RequestType::Portability);
        const qint64 letters = scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM letters"));
        const auto lie = session->letters().write(portability.id, LetterKind::NoDataHeld);
        QCOMPARE(lie.errorKind(), ErrorKind::Invalid);
        QVERIFY2(lie.error().contains(QStringLiteral("deliver a data package")), qPrintable(lie.error()));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM letters")), letters);
        QVERIFY(!complete(portability).ok());
        QVERIFY(session->packages().exportPackage(portability.id, dir.filePath(QStringLiteral("port.zip"))).ok());
        // portability.json follows the schema shipped in resources/, checked by a JSON Schema
        // validator (python3-jsonschema), which refuses a document that breaks it.
        QString error;
        const auto portable = unzip(dir.filePath(QStringLiteral("port.zip")), {}, &error);
        QVERIFY2(portable.has_value(), qPrintable(error));
        QVERIFY(portable->contains(QStringLiteral("portability.json")));
        QFile shipped(QStringLiteral(PD_SOURCE_DIR "/resources/data/portability.schema.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QCOMPARE(portable->value(QStringLiteral("portability.schema.json")), shipped.readAll());
        const QJsonObject document = QJsonDocument::fromJson(portable->value(QStringLiteral("portability.json"))).object();
        QString problems;
        QVERIFY2(validates(portable->value(QStringLiteral("portability.schema.json")), portable->value(QStringLiteral("portability.json")),
                           dir.path(), &problems),
                 qPrintable(problems));
        QJsonObject invalid = document;
        invalid.remove(QStringLiteral("subject"));
        QVERIFY(!validates(portable->value(QStringLiteral("portability.schema.json")), QJsonDocument(invalid).toJson(), dir.path(), &problems));
        QVERIFY2(problems.contains(QStringLiteral("subject")), qPrintable(problems));
        // Its records are the platform's, as the test reads them.
        QSqlDatabase platform = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("port-") + engine);
        platform.setDatabaseName(DemoPlatform::pathFor(db.url()));
        QVERIFY(platform.open());
        QSqlQuery who(db.connection());
        QVERIFY(who.exec(QStringLiteral("SELECT account FROM people WHERE id = %1").arg(heavy)) && who.next());
        const QString account = who.value(0).toString();
        who.finish();
        const qint64 uid = scalar(platform, QStringLiteral("SELECT id FROM users WHERE account = ?"), {account});
        QMap<QString, qint64> expected{{QStringLiteral("log"), scalar(platform, QStringLiteral("SELECT COUNT(*) FROM access_log WHERE user_id = ?"), {uid})},
                                       {QStringLiteral("account"), 1}};
        platform.close();
        for (const QJsonValue &v : document.value(QStringLiteral("categories")).toArray()) {
            const QJsonObject category = v.toObject();
            if (expected.contains(category.value(QStringLiteral("key")).toString()))
                QCOMPARE(qint64(category.value(QStringLiteral("records")).toArray().size()),
                         expected.take(category.value(QStringLiteral("key")).toString()));
        }
        QVERIFY2(expected.isEmpty(), qPrintable(expected.keys().join(QLatin1Char(','))));
        QCOMPARE(document.value(QStringLiteral("subject")).toObject().value(QStringLiteral("account")).toString(), account);
        QVERIFY2(complete(portability).ok(), qPrintable(complete(portability).error()));
        QCOMPARE(status(portability.id), qint64(1));
        // A "no data held" letter does not fit a deletion.
        IntakeForm del;
        del.personId = heavy;
        del.types = {RequestType::Deletion};
        const Request deletion = verifiedRequest(*session, del);
        QCOMPARE(session->letters().write(deletion.id, LetterKind::NoDataHeld).errorKind(), ErrorKind::Invalid);

        // The explanation (§4 (5)) from the inventory, with what the sources hold, in both languages.
        IntakeForm ask;
        ask.personId = heavy;
        ask.types = {RequestType::Explanation};
        const Request explanation = verifiedRequest(*session, ask);
        const Inventory inventory = Inventory::shipped();
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            const auto written = session->letters().write(explanation.id, LetterKind::Explanation, language);
            QVERIFY2(written.ok(), qPrintable(written.error()));
            const QString text = pdfText(session->letters().pdf(written->id).value(), dir.filePath(language + QStringLiteral(".pdf")));
            QVERIFY2(text.contains(language == QLatin1String("en") ? QStringLiteral("what we hold, why, for how long")
                                                                  : QStringLiteral("我们持有哪些信息")),
                     qPrintable(text.left(600)));
            // Table cells wrap: compared without white space.
            const QString flat = squeezed(text);
            for (const InventoryCategory &c : inventory.categories())
                QVERIFY2(flat.contains(squeezed(c.name.in(language))), qPrintable(c.name.in(language)));
            QVERIFY2(flat.contains(squeezed(inventory.category(QStringLiteral("log"))->retention.rule.in(language))), qPrintable(text));
        }
        QSqlQuery held(db.connection());
        QVERIFY(held.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'letter_generated' ORDER BY id DESC")) && held.next());
        const QJsonObject heldJson = QJsonDocument::fromJson(held.value(0).toString().toUtf8()).object().value(QStringLiteral("held")).toObject();
        held.finish();
        QVERIFY2(heldJson.value(QStringLiteral("log")).toInteger() > 10000, qPrintable(held.value(0).toString()));

        // A source that cannot be read: the package has a gap and does not answer the request;
        // neither letter can be written.
        DataSource broken;
        broken.name = QStringLiteral("Archive");
        broken.url = DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("gone/archive.db"))).toDisplayString();
        broken.lookups.insert(QStringLiteral("interaction"), QStringLiteral("SELECT * FROM t WHERE mobile = :phone_national"));
        QVERIFY(adminSession->people().saveSource(broken).ok());
        const Request access = verifiedRequest(*session, heavy, RequestType::Access);
        QVERIFY(session->packages().exportPackage(access.id, dir.filePath(QStringLiteral("gap.zip"))).ok());
        const auto packages = session->packages().packages(access.id);
        QVERIFY(packages.ok() && packages->size() == 1);
        QCOMPARE(packages->constFirst().failed, QStringList{QStringLiteral("Archive/interaction")});
        QVERIFY(!complete(access).ok());
        QCOMPARE(status(access.id), qint64(0));
        const auto noLetter = session->letters().write(explanation.id, LetterKind::Explanation, QStringLiteral("en"));
        QVERIFY(!noLetter.ok());
        QVERIFY2(noLetter.error().contains(QStringLiteral("Archive")), qPrintable(noLetter.error()));
        const auto chain = AuditLog(db).verify();
        QVERIFY(chain.ok() && chain->intact);
    }

    void cli()
    {
        PD_FRESH_DB(db, QStringLiteral("sqlite"));
        QTemporaryDir home;
        const QStringList common{QStringLiteral("--db"), dbHolder->urlString(), QStringLiteral("--lang"), QStringLiteral("en")};
        auto run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(), QStringList{QStringLiteral("demo"), QStringLiteral("--requests"), QStringLiteral("20")} + common);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT reference FROM requests WHERE type IN ('access', 'copy', 'portability') ORDER BY id LIMIT 1")) && q.next());
        const QString reference = q.value(0).toString();
        q.finish();
        const QString out = home.filePath(QStringLiteral("p.zip"));
        run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(),
                           QStringList{QStringLiteral("export"), reference, QStringLiteral("--out"), out, QStringLiteral("--encrypt"),
                                       QStringLiteral("--user"), QStringLiteral("demo.wang.qiang")} + common,
                           {{QStringLiteral("PRIVACYDESK_PASSWORD"), QStringLiteral("demo-supervisor-1")}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const qsizetype at = run.out.indexOf(QStringLiteral("by another channel than the package): "));
        QVERIFY2(at > 0, qPrintable(run.out));
        const QString password = run.out.mid(at + 38).trimmed();
        QString error;
        QVERIFY(isEncrypted(out));
        QVERIFY2(unzip(out, password, &error).has_value(), qPrintable(error + QStringLiteral(" / ") + password));
        QVERIFY(run.out.contains(QStringLiteral("SHA-256: ")));
        run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(),
                           QStringList{QStringLiteral("export"), reference, QStringLiteral("--user"), QStringLiteral("demo.wang.qiang")} + common,
                           {{QStringLiteral("PRIVACYDESK_PASSWORD"), QStringLiteral("demo-supervisor-1")}});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_MAIN(TestPackages)
#include "tst_packages.moc"
