// Evidence files: the rules (EvidenceFile) and storing, listing and opening them through
// VerificationService on both engines.
#include "testdatabase.h"
#include "verificationfixture.h"

#include "workflow/evidencefile.h"

#include <QCryptographicHash>
#include <QImage>
#include <QSqlQuery>
#include <QTest>

using namespace pd;
using namespace pd::test;

class TestEvidenceFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectMimeType_data();
    void detectMimeType();
    void evidenceSizeLimit();
    void evidenceStored_data() { TestDatabase::addEngineRows(); }
    void evidenceStored();
    void evidenceRefused_data() { TestDatabase::addEngineRows(); }
    void evidenceRefused();
    void evidenceTampered_data() { TestDatabase::addEngineRows(); }
    void evidenceTampered();
};

void TestEvidenceFile::detectMimeType_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("png") << kPng << QStringLiteral("image/png");
    QTest::newRow("jpeg") << QByteArray::fromHex("ffd8ffe000104a464946") << QStringLiteral("image/jpeg");
    QTest::newRow("jpeg exif") << QByteArray::fromHex("ffd8ffe1") << QStringLiteral("image/jpeg");
    QTest::newRow("pdf") << QByteArray("%PDF-1.4\n") << QStringLiteral("application/pdf");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("text") << QByteArray("hello") << QString();
    QTest::newRow("pdf without dash") << QByteArray("%PDF") << QString();
    QTest::newRow("png signature cut short") << kPng.left(7) << QString();
    QTest::newRow("jpeg cut short") << QByteArray::fromHex("ffd8") << QString();
    QTest::newRow("gif") << QByteArray("GIF89a") << QString();
    QTest::newRow("signature not at the start") << QByteArray(" %PDF-1.4") << QString();
}

void TestEvidenceFile::detectMimeType()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QCOMPARE(EvidenceFile::detectMimeType(content), expected);
}

void TestEvidenceFile::evidenceSizeLimit()
{
    const QByteArray exactly = kPng + QByteArray(EvidenceFile::kMaxBytes - kPng.size(), '\0');
    QCOMPARE(exactly.size(), 20 * 1024 * 1024);
    const auto ok = EvidenceFile::inspect(QStringLiteral("identity_document"), QStringLiteral("big.png"), exactly);
    QVERIFY2(ok.ok(), qPrintable(ok.error()));
    QCOMPARE(ok->size, qint64(20 * 1024 * 1024));
    const auto over = EvidenceFile::inspect(QStringLiteral("identity_document"), QStringLiteral("big.png"), exactly + 'x');
    QVERIFY(!over.ok());
    QVERIFY2(over.error().contains(QStringLiteral("20 MB")), qPrintable(over.error()));
}

void TestEvidenceFile::evidenceStored()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const VerificationService service(db, [] { return kStart; });
    const qint64 id = createRequest(db, RequestType::Access);

    QCOMPARE(QImage::fromData(kPng).size(), QSize(1, 1)); // a real PNG
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(kPng, QCryptographicHash::Sha256).toHex()), kPngSha256);
    const auto pngId = service.addEvidence(id, QStringLiteral("identity_document"), QStringLiteral(" 身份证正面.png "), kPng, kAgent);
    QVERIFY2(pngId.ok(), qPrintable(pngId.error()));

    // Binary content with NUL and high bytes survives BLOB and BYTEA.
    QByteArray pdf("%PDF-1.7\n");
    for (int i = 0; i < 70000; ++i)
        pdf.append(char(i % 256));
    const auto pdfId = service.addEvidence(id, QStringLiteral("power_of_attorney"), QStringLiteral("委托书.pdf"), pdf, kSupervisor);
    QVERIFY2(pdfId.ok(), qPrintable(pdfId.error()));
    const QByteArray jpeg = QByteArray::fromHex("ffd8ffe000104a46494600") + QByteArray(100, '\0');
    const auto jpegId = service.addEvidence(id, QStringLiteral("signed_letter"), QStringLiteral("letter.JPG"), jpeg, kAgent);
    QVERIFY2(jpegId.ok(), qPrintable(jpegId.error()));

    const auto list = service.evidence(id);
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list->size(), 3);
    const EvidenceInfo &png = list->at(0);
    QCOMPARE(png.id, pngId.value());
    QCOMPARE(png.requestId, id);
    QCOMPARE(png.fileName, QStringLiteral("身份证正面.png"));
    QCOMPARE(png.kind, QStringLiteral("identity_document"));
    QCOMPARE(png.mimeType, QStringLiteral("image/png"));
    QCOMPARE(png.size, qint64(69));
    QCOMPARE(png.sha256, kPngSha256);
    QCOMPARE(png.addedBy, kAgent.username);
    QCOMPARE(png.addedAt, kStart);
    QCOMPARE(list->at(1).mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(list->at(1).addedBy, kSupervisor.username);
    QCOMPARE(list->at(2).mimeType, QStringLiteral("image/jpeg"));

    auto opened = service.openEvidence(pngId.value(), kAgent);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened.value(), kPng);
    opened = service.openEvidence(pdfId.value(), kSupervisor);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(opened.value(), pdf);
    QVERIFY(!service.openEvidence(pngId.value(), kAdmin).ok());
    QVERIFY(!service.openEvidence(999999, kAgent).ok());
    QCOMPARE(auditActions(db), QStringList({QStringLiteral("evidence_added"), QStringLiteral("evidence_added"),
                                            QStringLiteral("evidence_added"), QStringLiteral("evidence_opened"),
                                            QStringLiteral("evidence_opened")}));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE request_id = ? AND entity = 'request'"), {id}), 5);
}

void TestEvidenceFile::evidenceRefused()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const VerificationService service(db, [] { return kStart; });
    const qint64 id = createRequest(db, RequestType::Access);
    const auto refused = [&](const QString &name, const QByteArray &content, const QString &mentions, const Actor &actor = kAgent) {
        const auto r = service.addEvidence(id, QStringLiteral("identity_document"), name, content, actor);
        QVERIFY2(!r.ok(), qPrintable(name));
        QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
    };
    refused(QStringLiteral("notes.png"), QByteArray("This is a text file renamed to .png\n"), QStringLiteral("notes.png"));
    refused(QStringLiteral("empty.pdf"), QByteArray(), QStringLiteral("empty.pdf"));
    refused(QStringLiteral("almost.png"), kPng.left(7), QStringLiteral("almost.png")); // a truncated signature
    refused(QStringLiteral("scan.gif"), QByteArray("GIF89a") + QByteArray(20, '\0'), QStringLiteral("PNG, JPEG or PDF"));
    refused(QStringLiteral("huge.png"), kPng + QByteArray(EvidenceFile::kMaxBytes + 1 - kPng.size(), '\0'), QStringLiteral("huge.png"));
    refused(QStringLiteral("  "), kPng, QStringLiteral("name"));
    refused(QStringLiteral("ok.png"), kPng, QStringLiteral("administrators"), kAdmin);
    QVERIFY(!service.addEvidence(id, QStringLiteral(" "), QStringLiteral("ok.png"), kPng, kAgent).ok());
    QVERIFY(!service.addEvidence(999999, QStringLiteral("identity_document"), QStringLiteral("ok.png"), kPng, kAgent).ok());
    QCOMPARE(service.evidence(id)->size(), 0);
    QCOMPARE(auditEntries(db), 0);
}

void TestEvidenceFile::evidenceTampered()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const VerificationService service(db, [] { return kStart; });
    const qint64 id = createRequest(db, RequestType::Access);
    const auto evidenceId = service.addEvidence(id, QStringLiteral("identity_document"), QStringLiteral("id.png"), kPng, kAgent);
    QVERIFY(evidenceId.ok());
    QByteArray altered = kPng;
    altered[20] = '\x02';
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE evidence SET content = ? WHERE id = ?"));
    q.addBindValue(altered);
    q.addBindValue(evidenceId.value());
    QVERIFY(q.exec());
    const auto opened = service.openEvidence(evidenceId.value(), kAgent);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("id.png")) && opened.error().contains(QStringLiteral("SHA-256")),
             qPrintable(opened.error()));
    // The attempt is on record.
    QCOMPARE(auditActions(db).last(), QStringLiteral("evidence_opened"));
}

QTEST_GUILESS_MAIN(TestEvidenceFile)
#include "tst_evidencefile.moc"
