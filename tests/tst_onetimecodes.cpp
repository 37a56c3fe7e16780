// One-time codes through VerificationService (issue, check, expiry, attempts, replacement) and
// the hashing underneath (OneTimeCodeHash), on both engines.
#include "testdatabase.h"
#include "verificationfixture.h"

#include "workflow/onetimecodehash.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace pd;
using namespace pd::test;

class TestOneTimeCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashRoundTrip();
    void codeIsHashed_data() { TestDatabase::addEngineRows(); }
    void codeIsHashed();
    void codeExpiry_data() { TestDatabase::addEngineRows(); }
    void codeExpiry();
    void codeAttempts_data() { TestDatabase::addEngineRows(); }
    void codeAttempts();
    void newCodeReplacesOld_data() { TestDatabase::addEngineRows(); }
    void newCodeReplacesOld();
    void codeRefusals_data() { TestDatabase::addEngineRows(); }
    void codeRefusals();
};

void TestOneTimeCodes::hashRoundTrip()
{
    const auto code = OneTimeCodeHash::generate(6);
    QVERIFY2(code.ok(), qPrintable(code.error()));
    QCOMPARE(code->size(), 6);
    const QString sms = QStringLiteral("sms_code");
    const QString stored = OneTimeCodeHash::hash(42, sms, code.value());
    QVERIFY(stored.startsWith(QLatin1String("b2$")));
    QVERIFY(!stored.contains(code.value()));
    QVERIFY(OneTimeCodeHash::matches(stored, 42, sms, code.value()));
    // Salted: the same code hashes differently each time, and both still match.
    const QString again = OneTimeCodeHash::hash(42, sms, code.value());
    QVERIFY(again != stored);
    QVERIFY(OneTimeCodeHash::matches(again, 42, sms, code.value()));
    // Bound to the request and the channel.
    QVERIFY(!OneTimeCodeHash::matches(stored, 43, sms, code.value()));
    QVERIFY(!OneTimeCodeHash::matches(stored, 42, QStringLiteral("email_code"), code.value()));
    QVERIFY(!OneTimeCodeHash::matches(stored, 42, sms, QString()));
    QVERIFY(!OneTimeCodeHash::matches(QString(), 42, sms, code.value()));
    QVERIFY(!OneTimeCodeHash::matches(QStringLiteral("b2$00$00"), 42, sms, code.value()));
    QVERIFY(!OneTimeCodeHash::matches(code.value(), 42, sms, code.value())); // a plain code is never accepted as a hash

    // Uniform digits: over many codes every digit turns up in every position.
    QList<QSet<QChar>> seen(6);
    for (int i = 0; i < 400; ++i) {
        const QString c = OneTimeCodeHash::generate(6).value();
        for (int k = 0; k < 6; ++k)
            seen[k].insert(c.at(k));
    }
    for (const auto &digits : std::as_const(seen))
        QCOMPARE(digits.size(), 10);
}

void TestOneTimeCodes::codeIsHashed()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QDateTime now = kStart;
    const VerificationService service(db, [&now] { return now; });
    const qint64 id = createRequest(db, RequestType::Access);
    const auto code = service.issueCode(id, M::SmsCode, kAgent);
    QVERIFY2(code.ok(), qPrintable(code.error()));
    QCOMPARE(code->size(), 6);
    QVERIFY(std::all_of(code->cbegin(), code->cend(), [](QChar c) { return c.isDigit(); }));

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT code_hash, created_at, expires_at, attempts, consumed_at FROM one_time_codes")));
    QVERIFY(q.next());
    const QString hash = q.value(0).toString();
    QVERIFY(hash != code.value());
    QVERIFY(!hash.contains(code.value()));
    QVERIFY(hash.size() > 64);
    QCOMPARE(q.value(1).toString(), QStringLiteral("2025-11-28T10:00:00Z"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("2025-11-28T10:10:00Z"));
    QCOMPARE(q.value(3).toInt(), 0);
    QCOMPARE(q.value(4).toString(), QString());
    q.finish();

    // Salted: the same code for another request is stored differently.
    const qint64 other = createRequest(db, RequestType::Access);
    QVERIFY(service.issueCode(other, M::SmsCode, kAgent).ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT code_hash) FROM one_time_codes")), 2);

    QVERIFY(service.checkCode(id, M::SmsCode, QStringLiteral(" %1 ").arg(code.value()), kAgent).ok());
    QCOMPARE(service.checks(id)->last().method, M::SmsCode);
    QVERIFY(service.checks(id)->last().passed);
    // Used up: a second check finds no code waiting.
    const Status again = service.checkCode(id, M::SmsCode, code.value(), kAgent);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("issue a new code")), qPrintable(again.error()));
}

void TestOneTimeCodes::codeExpiry()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QDateTime now = kStart;
    const VerificationService service(db, [&now] { return now; });
    const qint64 id = createRequest(db, RequestType::Access);

    // Still good one second before the ten minutes are up.
    auto code = service.issueCode(id, M::EmailCode, kAgent);
    QVERIFY2(code.ok(), qPrintable(code.error()));
    now = kStart.addSecs(10 * 60 - 1);
    QVERIFY(service.checkCode(id, M::EmailCode, code.value(), kAgent).ok());

    // Refused from the tenth minute on, even when right; the attempt is still counted.
    now = kStart.addSecs(3600);
    code = service.issueCode(id, M::EmailCode, kAgent);
    QVERIFY(code.ok());
    now = now.addSecs(10 * 60);
    const Status late = service.checkCode(id, M::EmailCode, code.value(), kAgent);
    QVERIFY(!late.ok());
    QVERIFY2(late.error().contains(QStringLiteral("expired")), qPrintable(late.error()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT attempts FROM one_time_codes ORDER BY id DESC LIMIT 1")), 1);
    QCOMPARE(service.checks(id)->size(), 1); // only the first, timely check
}

void TestOneTimeCodes::codeAttempts()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QDateTime now = kStart;
    const VerificationService service(db, [&now] { return now; });
    const qint64 id = createRequest(db, RequestType::Access);
    const auto code = service.issueCode(id, M::SmsCode, kAgent);
    QVERIFY(code.ok());
    const QString wrong = code.value() == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");

    Status s = service.checkCode(id, M::SmsCode, wrong, kAgent);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("2 attempt")), qPrintable(s.error()));
    // Counted in the database: another service instance (another workstation) sees it.
    const VerificationService elsewhere(db, [&now] { return now; });
    s = elsewhere.checkCode(id, M::SmsCode, QStringLiteral("12ab"), kAgent);
    QVERIFY2(s.error().contains(QStringLiteral("1 attempt")), qPrintable(s.error()));
    s = service.checkCode(id, M::SmsCode, wrong, kAgent);
    QVERIFY2(s.error().contains(QStringLiteral("no attempts")), qPrintable(s.error()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT attempts FROM one_time_codes")), 3);

    // The fourth try is refused even with the right code, and not counted further.
    s = service.checkCode(id, M::SmsCode, code.value(), kAgent);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("no longer be used")), qPrintable(s.error()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT attempts FROM one_time_codes")), 3);
    QCOMPARE(service.checks(id)->size(), 0);
    QCOMPARE(service.isSatisfied(id).value(), false);
    QCOMPARE(auditActions(db), QStringList({QStringLiteral("code_issued"), QStringLiteral("code_checked"),
                                            QStringLiteral("code_checked"), QStringLiteral("code_checked"),
                                            QStringLiteral("code_checked")}));

    // A new code starts afresh.
    const auto fresh = service.issueCode(id, M::SmsCode, kAgent);
    QVERIFY(fresh.ok());
    QVERIFY(service.checkCode(id, M::SmsCode, fresh.value(), kAgent).ok());
}

void TestOneTimeCodes::newCodeReplacesOld()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QDateTime now = kStart;
    const VerificationService service(db, [&now] { return now; });
    const qint64 id = createRequest(db, RequestType::Access);
    const auto first = service.issueCode(id, M::SmsCode, kAgent);
    now = now.addSecs(30);
    const auto second = service.issueCode(id, M::SmsCode, kAgent);
    const auto byEmail = service.issueCode(id, M::EmailCode, kAgent); // another channel stays open
    QVERIFY(first.ok() && second.ok() && byEmail.ok());
    if (first.value() != second.value()) { // one chance in a million that they are equal
        const Status old = service.checkCode(id, M::SmsCode, first.value(), kAgent);
        QVERIFY(!old.ok());
        QVERIFY2(old.error().contains(QStringLiteral("wrong")), qPrintable(old.error()));
    }
    QVERIFY(service.checkCode(id, M::SmsCode, second.value(), kAgent).ok());
    QVERIFY(service.checkCode(id, M::EmailCode, byEmail.value(), kAgent).ok());
}

void TestOneTimeCodes::codeRefusals()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const VerificationService service(db, [] { return kStart; });
    Person noEmail = wangFang();
    noEmail.email.clear();
    const qint64 id = createRequest(db, RequestType::Access, RequesterKind::Self, noEmail);

    auto r = service.issueCode(id, M::EmailCode, kAgent);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("e-mail")), qPrintable(r.error()));
    r = service.issueCode(id, M::AccountLogin, kAgent);
    QVERIFY2(!r.ok() && r.error().contains(QStringLiteral("SMS or e-mail")), qPrintable(r.error()));
    r = service.issueCode(id, M::SmsCode, kAdmin);
    QVERIFY(!r.ok());
    QVERIFY(!service.issueCode(999999, M::SmsCode, kAgent).ok());
    const Status none = service.checkCode(id, M::SmsCode, QStringLiteral("123456"), kAgent);
    QVERIFY2(!none.ok() && none.error().contains(QStringLiteral("SMS code")), qPrintable(none.error()));
    // Codes count only through issue and check; overrides need their own call.
    QVERIFY(!service.recordCheck(id, M::SmsCode, true, QString(), kAgent).ok());
    QVERIFY(!service.recordCheck(id, M::SupervisorOverride, true, QString(), kSupervisor).ok());
    QCOMPARE(auditEntries(db), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM one_time_codes")), 0);
}

QTEST_GUILESS_MAIN(TestOneTimeCodes)
#include "tst_onetimecodes.moc"
