#include "testdatabase.h"

#include "audit/auditlog.h"
#include "common/localization.h"
#include "domain/inventory.h"
#include "fulfilment/letterservice.h"
#include "storage/letterrepository.h"
#include "workflow/intakeservice.h"
#include "workflow/workingdaycalendar.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using pd::test::TestDatabase;

namespace {

// A Friday; 15 working days later is Friday 19 December 2025.
const QDateTime kReceived(QDate(2025, 11, 28), QTime(10, 0), Qt::UTC);
const Actor kAgent = [] {
    Actor a;
    a.staffId = 1;
    a.username = QStringLiteral("agent.li");
    a.role = Role::Agent;
    return a;
}();
const Clock kClock = [] { return QDateTime(QDate(2025, 12, 1), QTime(9, 30), Qt::UTC); };

const QString kChineseName = QStringLiteral("王芳");
const QString kEnglishName = QStringLiteral("Emily Clarke");

// The same reasons, by their labels as DOMAIN.md and the translation give them.
const QStringList kReasonsEn{QStringLiteral("Deceptive or fraudulent"), QStringLiteral("Impracticable"),
                             QStringLiteral("Would harm another person's privacy"), QStringLiteral("Identity not verified"),
                             QStringLiteral("A legal retention period has not expired"), QStringLiteral("Duplicate request")};
const QStringList kReasonsZh{QStringLiteral("存在欺骗性"), QStringLiteral("无法实行"), QStringLiteral("损害他人隐私权"),
                             QStringLiteral("身份未验证"), QStringLiteral("法律法规规定的保存期限未届满"),
                             QStringLiteral("重复请求")};

// pdftotext -layout breaks lines and pads columns: compare without any white space.
QString squeeze(QString s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.remove(space);
}

bool has(const QString &text, const QString &needle)
{
    return squeeze(text).contains(squeeze(needle));
}

QString pdfToText(const QByteArray &pdf, const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name + QLatin1String(".pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

qint64 count(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

LetterDetails detailsFor(LetterKind kind)
{
    LetterDetails d;
    switch (kind) {
    case LetterKind::Refusal:
        d.refusalReasons = {RefusalReason::Deceptive, RefusalReason::Impracticable, RefusalReason::HarmsOthers,
                            RefusalReason::IdentityNotVerified, RefusalReason::RetentionDuty, RefusalReason::Duplicate};
        d.explanation = QStringLiteral("EXPLANATION-<b>&\"42\"");
        break;
    case LetterKind::ExtensionNotice:
        d.newDueDate = QDate(2026, 1, 9);
        d.extensionReason = QStringLiteral("REASON-7");
        break;
    case LetterKind::VerificationRequest:
        d.verificationMethods = {VerificationMethod::SmsCode, VerificationMethod::IdentityDocument};
        d.requestedItems = {QStringLiteral("ITEM-1")};
        d.replyBy = QDate(2025, 12, 15);
        break;
    case LetterKind::AwaitingRequester:
        d.requestedItems = {QStringLiteral("ITEM-1"), QStringLiteral("ITEM-2")};
        break;
    case LetterKind::NoDataHeld:
        d.searchedSources = {QStringLiteral("SOURCE-A"), QStringLiteral("SOURCE-B")};
        d.note = QStringLiteral("NOTE-9");
        break;
    case LetterKind::Explanation: {
        // What the letter desk fills in from the inventory and the sources.
        d.note = QStringLiteral("NOTE-9");
        d.inventory = Inventory::shipped();
        d.heldItems = {{QStringLiteral("log"), 4321}, {QStringLiteral("account"), 1}};
        Disclosure disclosure;
        disclosure.category = QStringLiteral("contact");
        disclosure.recipientKind = QStringLiteral("authority");
        disclosure.recipient = QStringLiteral("RECIPIENT-3");
        disclosure.legalBasis = QStringLiteral("BASIS-4");
        disclosure.disclosedOn = QDate(2025, 10, 6);
        d.disclosures = {disclosure};
        break;
    }
    default:
        d.note = QStringLiteral("NOTE-9");
        break;
    }
    return d;
}

} // namespace

class TestLetters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindInBothLanguages_data() { TestDatabase::addEngineRows(); }
    void everyKindInBothLanguages();
    void refusalWithoutReasonsWritesNothing_data() { TestDatabase::addEngineRows(); }
    void refusalWithoutReasonsWritesNothing();
    void otherMissingDetails();
    void languageOverrideAndBothEntities_data() { TestDatabase::addEngineRows(); }
    void languageOverrideAndBothEntities();
    void alteredLetterIsNotHandedOut_data() { TestDatabase::addEngineRows(); }
    void alteredLetterIsNotHandedOut();
    void closingNeverStandsAlone();

private:
    Request submit(const Database &db, const QString &name, const QString &language, Entity entity = Entity::Qianchuan);

    WorkingDayCalendar m_calendar;
    QTemporaryDir m_dir;
};

Request TestLetters::submit(const Database &db, const QString &name, const QString &language, Entity entity)
{
    IntakeForm f;
    f.name = name;
    f.email = QStringLiteral("person%1@example.com").arg(qHash(name));
    f.language = language;
    f.types = {RequestType::Deletion};
    f.entity = entity;
    f.receivedAt = kReceived;
    f.summary = QStringLiteral("Please delete my data.");
    const auto created = IntakeService(db, m_calendar).submit(f, QStringLiteral("agent.li"));
    if (!created || created->isEmpty()) {
        QTest::qFail(qPrintable(created ? QStringLiteral("nothing created") : created.error()), __FILE__, __LINE__);
        return {};
    }
    return created->first();
}

void TestLetters::everyKindInBothLanguages()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const Request zh = submit(db, kChineseName, QStringLiteral("zh_CN"));
    const Request en = submit(db, kEnglishName, QStringLiteral("en"));
    QVERIFY(zh.id > 0 && en.id > 0);
    QCOMPARE(zh.dueDate, QDate(2025, 12, 19));

    const LetterService service(db, kClock);
    const QString dump = qEnvironmentVariable("PD_LETTER_DUMP_DIR"); // to look at the letters by eye
    Localization ui;
    int generated = 0;
    for (const bool chinese : {true, false}) {
        const Request &request = chinese ? zh : en;
        const QString name = chinese ? kChineseName : kEnglishName;
        // The UI speaks the other language: the letter must not follow it.
        ui.setLanguage(chinese ? QStringLiteral("en") : QStringLiteral("zh_CN"));
        for (const LetterKind kind : letterKinds().all()) {
            const QString label = letterKinds().key(kind) + (chinese ? QLatin1String(" zh_CN") : QLatin1String(" en"));
            const auto info = service.generate(request.id, kind, detailsFor(kind), kAgent);
            QVERIFY2(info.ok(), qPrintable(label + QLatin1String(": ") + info.error()));
            ++generated;
            QCOMPARE(info->language, chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
            QCOMPARE(info->kind, kind);
            QCOMPARE(info->createdBy, kAgent.username);
            QCOMPARE(info->requestId, request.id);

            const auto pdf = service.pdf(info->id, kAgent);
            QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
            QVERIFY(pdf->startsWith("%PDF"));
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(pdf.value(), QCryptographicHash::Sha256).toHex()),
                     info->sha256);
            QCOMPARE(info->size, qint64(pdf->size()));

            const QString base = QStringLiteral("%1-%2-%3").arg(engine, letterKinds().key(kind), info->language);
            if (!dump.isEmpty())
                pdfToText(pdf.value(), dump, base);
            const QString text = pdfToText(pdf.value(), m_dir.path(), base);
            QVERIFY2(!text.isEmpty(), qPrintable(label + QLatin1String(": pdftotext gave nothing")));
            const auto expect = [&](const QString &needle) {
                return has(text, needle) ? QString() : label + QLatin1String(": missing \"") + needle + QLatin1String("\"\n") + text;
            };
            for (const QString &needle : {name, request.reference}) {
                const QString problem = expect(needle);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
            const QStringList common = chinese
                ? QStringList{QStringLiteral("仟传网络科技（上海）有限公司"), QStringLiteral("删除"),
                              QStringLiteral("2025年11月28日"), QStringLiteral("2025年12月19日"), QStringLiteral("2025年12月1日"),
                              QStringLiteral("特此函告。")}
                : QStringList{QStringLiteral("Qianchuan Network Technology (Shanghai) Co., Ltd."), QStringLiteral("Deletion"),
                              QStringLiteral("28 Nov 2025"), QStringLiteral("19 Dec 2025"), QStringLiteral("1 Dec 2025"),
                              QStringLiteral("Yours sincerely,")}; // the closing: nothing was cut off
            for (const QString &needle : common) {
                const QString problem = expect(needle);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }

            QStringList specific;
            switch (kind) {
            case LetterKind::Refusal:
                specific = chinese ? kReasonsZh : kReasonsEn;
                specific << QStringLiteral("EXPLANATION-<b>&\"42\"") << QStringLiteral("saaswp@tarsocial.com");
                specific << (chinese ? QStringList{QStringLiteral("网信"), QStringLiteral("电信"), QStringLiteral("公安"),
                                                   QStringLiteral("工商"), QStringLiteral("市场监督管理"),
                                                   QStringLiteral("第五十条")}
                                     : QStringList{QStringLiteral("cyberspace administration"),
                                                   QStringLiteral("telecommunications"), QStringLiteral("public security"),
                                                   QStringLiteral("industry and commerce"), QStringLiteral("market regulation"),
                                                   QStringLiteral("Article 50")});
                break;
            case LetterKind::ExtensionNotice:
                specific = {QStringLiteral("REASON-7"), chinese ? QStringLiteral("2026年1月9日") : QStringLiteral("9 Jan 2026")};
                break;
            case LetterKind::VerificationRequest:
                specific = {QStringLiteral("ITEM-1"), chinese ? QStringLiteral("短信验证码") : QStringLiteral("SMS code"),
                            chinese ? QStringLiteral("身份证件") : QStringLiteral("Identity document"),
                            chinese ? QStringLiteral("2025年12月15日") : QStringLiteral("15 Dec 2025")};
                break;
            case LetterKind::AwaitingRequester:
                specific = {QStringLiteral("ITEM-1"), QStringLiteral("ITEM-2")};
                break;
            case LetterKind::NoDataHeld:
                specific = {QStringLiteral("NOTE-9"), QStringLiteral("SOURCE-A"), QStringLiteral("SOURCE-B"),
                            chinese ? QStringLiteral("未持有您的个人信息") : QStringLiteral("We hold no personal information about you")};
                break;
            case LetterKind::Explanation: {
                const Inventory shipped = Inventory::shipped();
                specific = {QStringLiteral("NOTE-9"), QStringLiteral("4321"), QStringLiteral("RECIPIENT-3"), QStringLiteral("BASIS-4"),
                            chinese ? QStringLiteral("2025年10月6日") : QStringLiteral("6 Oct 2025")};
                for (const InventoryCategory &c : shipped.categories())
                    specific << c.name.in(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
                specific << (chinese ? QStringList{QStringLiteral("退订"), QStringLiteral("匿名化"), QStringLiteral("关联公司"),
                                                   QStringLiteral("解释说明")}
                                     : QStringList{QStringLiteral("unsubscribe"), QStringLiteral("anonymise"),
                                                   QStringLiteral("affiliate"), QStringLiteral("explained")});
                break;
            }
            default:
                specific = {QStringLiteral("NOTE-9")};
                break;
            }
            for (const QString &needle : specific) {
                const QString problem = expect(needle);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }

            // The text layer gives the ideographs that were printed, not look-alike radicals.
            static const QRegularExpression radical(QStringLiteral("[\\x{2e80}-\\x{2fdf}]"));
            QVERIFY2(!radical.match(text).hasMatch(), qPrintable(label + QLatin1String(": radical ") + radical.match(text).captured()));

            // Wholly one language: no label of the other, and an English letter has no Chinese at all.
            for (const QString &other : chinese ? kReasonsEn : kReasonsZh)
                QVERIFY2(!has(text, other), qPrintable(label + QLatin1String(": contains \"") + other + QLatin1Char('"')));
            if (chinese) {
                // Latin words allowed in a Chinese letter: the reference, the mailbox, file formats, and our test markers.
                QString rest = text;
                static const QRegularExpression allowed(QStringLiteral(
                    "DSR-\\d{4}-\\d+|saaswp@tarsocial\\.com|JSON|CSV|PDF|Cookie|SDK|EXPLANATION-<b>&\"42\"|"
                    "REASON-7|ITEM-\\d|NOTE-9|SOURCE-[AB]|RECIPIENT-3|BASIS-4|IP"));
                rest.remove(allowed);
                static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
                const auto m = word.match(rest);
                QVERIFY2(!m.hasMatch(), qPrintable(label + QLatin1String(": English word \"") + m.captured() + QLatin1String("\"")));
            } else {
                static const QRegularExpression cjk(QStringLiteral("[\\x{3000}-\\x{9fff}\\x{ff00}-\\x{ffef}]"));
                const auto m = cjk.match(text);
                QVERIFY2(!m.hasMatch(), qPrintable(label + QLatin1String(": Chinese text \"") + m.captured() + QLatin1String("\"")));
            }

            const auto listed = service.list(request.id);
            QVERIFY2(listed.ok(), qPrintable(listed.error()));
            QVERIFY(!listed->isEmpty());
            QCOMPARE(listed->last().id, info->id);
            QCOMPARE(listed->last().sha256, info->sha256);
            QCOMPARE(listed->last().kind, kind);
            QCOMPARE(listed->last().size, info->size);
            QCOMPARE(listed->last().createdAt, info->createdAt);
        }
        QCOMPARE(service.list(request.id)->size(), letterKinds().all().size());
    }

    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM letters")), qint64(generated));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'letter_generated' AND entity = 'letter' "
                                      "AND request_id > 0")),
             qint64(generated));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'letter_opened'")), qint64(generated));
    const auto verified = AuditLog(db).verify();
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QVERIFY2(verified->intact, qPrintable(verified->problem));
}

void TestLetters::refusalWithoutReasonsWritesNothing()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const Request request = submit(db, kChineseName, QStringLiteral("zh_CN"));
    QVERIFY(request.id > 0);
    const qint64 auditBefore = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const LetterService service(db, kClock);

    LetterDetails noReasons;
    noReasons.explanation = QStringLiteral("We will not.");
    auto r = service.generate(request.id, LetterKind::Refusal, noReasons, kAgent);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QLatin1String("Art. 50")) || r.error().contains(QStringLiteral("第五十条")), qPrintable(r.error()));

    LetterDetails noExplanation;
    noExplanation.refusalReasons = {RefusalReason::Duplicate};
    noExplanation.explanation = QStringLiteral("  \n ");
    r = service.generate(request.id, LetterKind::Refusal, noExplanation, kAgent);
    QVERIFY(!r.ok());

    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM letters")), qint64(0));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
    QVERIFY(service.list(request.id)->isEmpty());
}

void TestLetters::otherMissingDetails()
{
    Request request;
    request.dueDate = QDate(2025, 12, 19);
    LetterDetails d;
    QVERIFY(!LetterService::missingDetails(LetterKind::ExtensionNotice, d, request).isEmpty());
    d.newDueDate = QDate(2025, 12, 19); // not later than the current due date
    d.extensionReason = QStringLiteral("Many systems to search.");
    QVERIFY(!LetterService::missingDetails(LetterKind::ExtensionNotice, d, request).isEmpty());
    d.newDueDate = QDate(2026, 1, 9);
    QVERIFY(LetterService::missingDetails(LetterKind::ExtensionNotice, d, request).isEmpty());
    d.extensionReason.clear();
    QVERIFY(!LetterService::missingDetails(LetterKind::ExtensionNotice, d, request).isEmpty());

    LetterDetails v;
    QVERIFY(!LetterService::missingDetails(LetterKind::VerificationRequest, v, request).isEmpty());
    v.verificationMethods = {VerificationMethod::SupervisorOverride}; // nothing the requester can do
    QVERIFY(!LetterService::missingDetails(LetterKind::VerificationRequest, v, request).isEmpty());
    v.verificationMethods = {VerificationMethod::EmailCode};
    QVERIFY(LetterService::missingDetails(LetterKind::VerificationRequest, v, request).isEmpty());
    QVERIFY(!LetterService::missingDetails(LetterKind::AwaitingRequester, LetterDetails{}, request).isEmpty());
    QVERIFY(LetterService::missingDetails(LetterKind::Acknowledgement, LetterDetails{}, request).isEmpty());
}

void TestLetters::languageOverrideAndBothEntities()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const Request request = submit(db, kChineseName, QStringLiteral("zh_CN"), Entity::Both);
    QVERIFY(request.id > 0);
    const LetterService service(db, kClock);

    const auto zh = service.generate(request.id, LetterKind::Acknowledgement, {}, kAgent);
    QVERIFY2(zh.ok(), qPrintable(zh.error()));
    QCOMPARE(zh->language, QStringLiteral("zh_CN"));
    const QString zhText = pdfToText(service.pdf(zh->id, kAgent).value(), m_dir.path(), engine + QLatin1String("-both-zh"));
    QVERIFY(has(zhText, QStringLiteral("仟传网络科技（上海）有限公司")));
    QVERIFY(has(zhText, QStringLiteral("千舆网络科技（上海）有限公司")));

    LetterDetails english;
    english.language = QStringLiteral("en");
    const auto en = service.generate(request.id, LetterKind::Acknowledgement, english, kAgent);
    QVERIFY2(en.ok(), qPrintable(en.error()));
    QCOMPARE(en->language, QStringLiteral("en"));
    const QString enText = pdfToText(service.pdf(en->id, kAgent).value(), m_dir.path(), engine + QLatin1String("-both-en"));
    QVERIFY(has(enText, QStringLiteral("Qianchuan Network Technology (Shanghai) Co., Ltd.")));
    QVERIFY(has(enText, QStringLiteral("Qianyu Network Technology (Shanghai) Co., Ltd.")));
    QVERIFY(has(enText, kChineseName));
    QVERIFY(has(enText, QStringLiteral("Acknowledgement of your request")));
}

void TestLetters::alteredLetterIsNotHandedOut()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const Request request = submit(db, kEnglishName, QStringLiteral("en"));
    const LetterService service(db, kClock);
    const auto info = service.generate(request.id, LetterKind::Completion, {}, kAgent);
    QVERIFY2(info.ok(), qPrintable(info.error()));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE letters SET sha256 = ? WHERE id = ?"));
    q.addBindValue(QString(64, QLatin1Char('0')));
    q.addBindValue(info->id);
    QVERIFY(q.exec());
    const auto pdf = service.pdf(info->id, kAgent);
    QVERIFY(!pdf.ok());
    QVERIFY(service.pdf(info->id + 1000, kAgent).error().contains(QString::number(info->id + 1000)));
}

// Letters whose note grows word by word until the closing no longer fits on page 1: whatever the
// length, the last page never holds the closing (greeting and signature) alone.
void TestLetters::closingNeverStandsAlone()
{
    PD_FRESH_DB(db, QStringLiteral("sqlite"));
    const LetterService service(db, kClock);
    for (const bool chinese : {false, true}) {
        const Request request = submit(db, chinese ? kChineseName : kEnglishName, chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        const QString word = chinese ? QStringLiteral("我们已核对记录") : QStringLiteral("records checked ");
        const QString closing = chinese ? QStringLiteral("仟传网络科技（上海）有限公司个人信息保护工作组") : QStringLiteral("Yourssincerely,");
        // The letter's pages (pdftotext ends each with a form feed), without white space.
        const auto pages = [&](int words) {
            LetterDetails d;
            d.note = word.repeated(words);
            const auto info = service.generate(request.id, LetterKind::Acknowledgement, d, kAgent);
            if (!info)
                return QStringList{info.error()};
            QStringList out = pdfToText(service.pdf(info->id, kAgent).value(), m_dir.path(), QStringLiteral("closing"))
                                  .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
            for (QString &page : out)
                page = squeeze(page);
            out.removeAll(QString());
            return out;
        };
        // The shortest note that needs a second page.
        int low = 1, high = 800;
        QCOMPARE(pages(low).size(), 1);
        QVERIFY(pages(high).size() >= 2);
        while (high - low > 1) {
            const int mid = (low + high) / 2;
            (pages(mid).size() >= 2 ? high : low) = mid;
        }
        for (int words = high; words < high + (chinese ? 60 : 90); words += 3) {
            const QStringList text = pages(words);
            QVERIFY2(text.size() >= 2, qPrintable(QString::number(words)));
            const qsizetype at = text.last().indexOf(closing);
            QVERIFY2(at >= 0, qPrintable(QStringLiteral("%1 words: the closing is not on the last page: %2").arg(words).arg(text.last())));
            QVERIFY2(at > 0, qPrintable(QStringLiteral("%1 words: the last page holds only the closing: %2").arg(words).arg(text.last())));
        }
    }
}

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"
