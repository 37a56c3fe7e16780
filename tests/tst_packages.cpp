// Access, copy and portability packages (issue 9): the ZIP opened here with libzip, every JSON and
// CSV compared with the source rows read with the test's own SQL, the manifest's hashes checked,
// the summary PDF's text read back (pdftotext) in the requester's language, an encrypted package
// opened with its password and refused without it, a failing source named and the rest delivered,
// the package's SHA-256 on the request and in the audit log, the status unchanged; cancel and an
// unwritable folder leave no file; the CLI.
#include "clirun.h"
#include "session/demodesk.h"
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
        const auto made = session->requests().submit(f);
        QVERIFY2(made.ok(), qPrintable(made.error()));
        const Request request = made->constFirst();

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

        // On the record: the hash on the request and in the audit log; the status unchanged.
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM packages WHERE request_id = ? AND sha256 = ?"),
                        {request.id, written->sha256}),
                 qint64(1));
        QSqlQuery audit(db.connection());
        QVERIFY(audit.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'package_created'")) && audit.next());
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
