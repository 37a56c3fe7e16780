// VerificationService: the policy matrix, identifier matching, staff checks, overrides, policy
// edits and the audit trail. One-time codes: tst_onetimecodes; evidence files: tst_evidencefile.
#include "testdatabase.h"
#include "verificationfixture.h"

#include "audit/auditlog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <map>
#include <memory>

using namespace pd;
using namespace pd::test;

class TestVerificationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data();
    void matrix();
    void failedChecksDoNotCount_data() { TestDatabase::addEngineRows(); }
    void failedChecksDoNotCount();
    void identifierMatching_data() { TestDatabase::addEngineRows(); }
    void identifierMatching();
    void identifierErrorsWriteNothing_data() { TestDatabase::addEngineRows(); }
    void identifierErrorsWriteNothing();
    void businessLicence_data() { TestDatabase::addEngineRows(); }
    void businessLicence();
    void overrideRules_data() { TestDatabase::addEngineRows(); }
    void overrideRules();
    void policyEdit_data() { TestDatabase::addEngineRows(); }
    void policyEdit();
    void policySave_data() { TestDatabase::addEngineRows(); }
    void policySave();
    void auditTrail_data() { TestDatabase::addEngineRows(); }
    void auditTrail();

private:
    // The matrix rows only read the default policy and each make their own request, so they share
    // one database per engine (a fresh PostgreSQL database costs about a second).
    std::map<QString, std::unique_ptr<TestDatabase>> m_matrixDbs;
};

void TestVerificationService::matrix_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QList<int>>("passed");
    QTest::addColumn<bool>("satisfied");
    QTest::addColumn<QList<int>>("missing");

    using T = RequestType;
    using K = RequesterKind;
    struct Case
    {
        const char *name;
        T type;
        K kind;
        QList<M> passed;
        bool satisfied;
        QList<M> missing;
    };
    QList<Case> cases;
    // Nothing done yet: only explanations and complaints need no proof.
    for (T type : requestTypes().all()) {
        const bool free = type == T::Explanation || type == T::Complaint;
        cases << Case{nullptr, type, K::Self, {}, free, free ? QList<M>() : QList<M>{M::AccountLogin}};
    }
    cases << Case{"access: account login", T::Access, K::Self, {M::AccountLogin}, true, {}}
          << Case{"access: identity document alone", T::Access, K::Self, {M::IdentityDocument}, false, {M::SmsCode}}
          << Case{"access: identity document + SMS", T::Access, K::Self, {M::IdentityDocument, M::SmsCode}, true, {}}
          << Case{"access: identity document + e-mail", T::Access, K::Self, {M::IdentityDocument, M::EmailCode}, true, {}}
          << Case{"access: both codes, no document", T::Access, K::Self, {M::SmsCode, M::EmailCode}, false, {M::IdentityDocument}}
          << Case{"access: signed letter only", T::Access, K::Self, {M::SignedLetter}, false, {M::AccountLogin}}
          << Case{"copy: document + letter", T::Copy, K::Self, {M::IdentityDocument, M::SignedLetter}, false, {M::SmsCode}}
          << Case{"deletion: document + SMS", T::Deletion, K::Self, {M::IdentityDocument, M::SmsCode}, true, {}}
          << Case{"correction: SMS alone", T::Correction, K::Self, {M::SmsCode}, true, {}}
          << Case{"agent access: account login", T::Access, K::AuthorisedAgent, {M::AccountLogin}, false, {M::PowerOfAttorney}}
          << Case{"agent access: + power of attorney", T::Access, K::AuthorisedAgent, {M::AccountLogin, M::PowerOfAttorney}, true, {}}
          << Case{"agent access: power of attorney alone", T::Access, K::AuthorisedAgent, {M::PowerOfAttorney}, false,
                  {M::AccountLogin}}
          << Case{"agent access: nothing", T::Access, K::AuthorisedAgent, {}, false, {M::AccountLogin, M::PowerOfAttorney}}
          << Case{"relative access: account login", T::Access, K::CloseRelative, {M::AccountLogin}, false, {M::ProofOfKinship}}
          << Case{"relative access: document + SMS + kinship", T::Access, K::CloseRelative,
                  {M::IdentityDocument, M::SmsCode, M::ProofOfKinship}, true, {}}
          << Case{"agent deletion: power of attorney is not kinship", T::Deletion, K::CloseRelative,
                  {M::AccountLogin, M::PowerOfAttorney}, false, {M::ProofOfKinship}}
          << Case{"agent access: supervisor override", T::Access, K::AuthorisedAgent, {M::SupervisorOverride}, true, {}}
          << Case{"agent explanation: nothing", T::Explanation, K::AuthorisedAgent, {}, true, {}}
          << Case{"relative complaint: nothing", T::Complaint, K::CloseRelative, {}, true, {}};

    for (const QString &engine : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        for (const Case &c : std::as_const(cases)) {
            const QString name = c.name ? QString::fromLatin1(c.name)
                                        : requestTypes().key(c.type) + QStringLiteral(": nothing");
            QTest::addRow("%s: %s", qPrintable(engine), qPrintable(name))
                << engine << int(c.type) << int(c.kind) << ints(c.passed) << c.satisfied << ints(c.missing);
        }
    }
}

void TestVerificationService::matrix()
{
    QFETCH(QString, engine);
    QFETCH(int, type);
    QFETCH(int, kind);
    QFETCH(QList<int>, passed);
    QFETCH(bool, satisfied);
    QFETCH(QList<int>, missing);
    auto &shared = m_matrixDbs[engine];
    if (!shared)
        shared = TestDatabase::create(engine);
    if (!shared)
        return;
    const Database &db = shared->db();
    const VerificationService service(db, [] { return kStart; });
    const qint64 id = createRequest(db, RequestType(type), RequesterKind(kind));
    QVERIFY(id > 0);
    for (int m : std::as_const(passed))
        QVERIFY2(pass(service, id, M(m)), qPrintable(verificationMethods().key(M(m))));

    const auto ok = service.isSatisfied(id);
    QVERIFY2(ok.ok(), qPrintable(ok.error()));
    QCOMPARE(ok.value(), satisfied);
    const auto lacking = service.missing(id);
    QVERIFY2(lacking.ok(), qPrintable(lacking.error()));
    QCOMPARE(ints(lacking.value()), missing);
}

void TestVerificationService::failedChecksDoNotCount()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const VerificationService service(db, [] { return kStart; });
    const qint64 id = createRequest(db, RequestType::Access);
    QVERIFY(service.recordCheck(id, M::AccountLogin, false, QStringLiteral("Logged in as someone else."), kAgent).ok());
    QCOMPARE(service.isSatisfied(id).value(), false);
    const auto checks = service.checks(id);
    QCOMPARE(checks->size(), 1);
    QCOMPARE(checks->first().passed, false);
    QCOMPARE(checks->first().checkedBy, kAgent.username);
    QVERIFY(checks->first().detail.contains(QStringLiteral("someone else")));
    QVERIFY(!service.isSatisfied(999999).ok()); // an unknown request is an error, not "not verified"
}

void TestVerificationService::identifierMatching()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const VerificationService service(db, [] { return kStart; });
    const qint64 id = createRequest(db, RequestType::Access);

    // What the requester typed, in other forms than stored: all match.
    auto m = service.matchIdentifiers(id, QStringLiteral("138 0013 8000"), QStringLiteral(" Wang.Fang@Example.COM "),
                                      QStringLiteral("11010519491231002x"), QString(), kAgent);
    QVERIFY2(m.ok(), qPrintable(m.error()));
    QCOMPARE(m->phone, IdentifierMatch::Match);
    QCOMPARE(m->email, IdentifierMatch::Match);
    QCOMPARE(m->idNumber, IdentifierMatch::Match);
    QCOMPARE(m->creditCode, IdentifierMatch::NotGiven);
    QCOMPARE(m->givenPhone, QStringLiteral("+8613800138000"));
    QCOMPARE(m->givenIdNumber, QStringLiteral("11010519491231002X"));
    QCOMPARE(m->recordedMethod, std::optional<M>(M::IdentityDocument));
    QVERIFY(m->passed);
    auto checks = service.checks(id);
    QCOMPARE(checks->size(), 1);
    QCOMPARE(checks->last().method, M::IdentityDocument);
    QVERIFY(checks->last().passed);
    const QJsonObject detail = QJsonDocument::fromJson(checks->last().detail.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("phone")).toString(), QStringLiteral("match"));
    QCOMPARE(detail.value(QStringLiteral("credit_code")).toString(), QStringLiteral("not_given"));
    QVERIFY(!checks->last().detail.contains(QStringLiteral("11010519491231002X"))); // outcomes, not identifiers
    // A document alone is not enough for access.
    QCOMPARE(service.isSatisfied(id).value(), false);
    QCOMPARE(keys(service.missing(id).value()), QStringLiteral("sms_code"));

    // Valid but different identifiers: mismatches, and a failed document check.
    m = service.matchIdentifiers(id, QStringLiteral("13900139000"), QStringLiteral("wang.fang@example.com"),
                                 QStringLiteral("310104198001011239"), QString(), kAgent);
    QVERIFY2(m.ok(), qPrintable(m.error()));
    QCOMPARE(m->phone, IdentifierMatch::Mismatch);
    QCOMPARE(m->email, IdentifierMatch::Match);
    QCOMPARE(m->idNumber, IdentifierMatch::Mismatch);
    QCOMPARE(m->recordedMethod, std::optional<M>(M::IdentityDocument));
    QVERIFY(!m->passed);
    checks = service.checks(id);
    QCOMPARE(checks->size(), 2);
    QVERIFY(!checks->last().passed);

    // A credit code for a person without one on record.
    m = service.matchIdentifiers(id, QString(), QString(), QString(), QStringLiteral("91350100M000100Y43"), kAgent);
    QVERIFY2(m.ok(), qPrintable(m.error()));
    QCOMPARE(m->creditCode, IdentifierMatch::NotOnRecord);
    QCOMPARE(m->recordedMethod, std::optional<M>(M::BusinessLicence));
    QVERIFY(!m->passed);

    // Contact details alone prove nothing: compared and audited, but no check is recorded.
    const qint64 audits = auditEntries(db);
    m = service.matchIdentifiers(id, QString(), QStringLiteral("WANG.FANG@example.com"), QString(), QString(), kAgent);
    QVERIFY2(m.ok(), qPrintable(m.error()));
    QCOMPARE(m->email, IdentifierMatch::Match);
    QVERIFY(!m->recordedMethod);
    QCOMPARE(service.checks(id)->size(), 3);
    QCOMPARE(auditEntries(db), audits + 1);
    QCOMPARE(auditActions(db).last(), QStringLiteral("identifiers_matched"));

    // A person with no phone on record.
    Person noPhone = wangFang();
    noPhone.phone.clear();
    const qint64 other = createRequest(db, RequestType::Access, RequesterKind::Self, noPhone);
    m = service.matchIdentifiers(other, QStringLiteral("13800138000"), QString(), QString(), QString(), kAgent);
    QVERIFY2(m.ok(), qPrintable(m.error()));
    QCOMPARE(m->phone, IdentifierMatch::NotOnRecord);
}

void TestVerificationService::identifierErrorsWriteNothing()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const VerificationService service(db, [] { return kStart; });
    const qint64 id = createRequest(db, RequestType::Access);
    const auto attempt = [&](const QString &phone, const QString &email, const QString &idNumber,
                             const QString &credit, const Actor &actor, const QString &mentions) {
        const auto r = service.matchIdentifiers(id, phone, email, idNumber, credit, actor);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
    };
    attempt(QStringLiteral("12345"), QString(), QString(), QString(), kAgent, QStringLiteral("Phone number"));
    attempt(QString(), QStringLiteral("wang@"), QString(), QString(), kAgent, QStringLiteral("E-mail"));
    attempt(QString(), QString(), QStringLiteral("110105194912310021"), QString(), kAgent, QStringLiteral("Resident ID"));
    attempt(QStringLiteral("13800138000"), QString(), QString(), QStringLiteral("91350100M000100Y44"), kAgent,
            QStringLiteral("Unified social credit code"));
    attempt(QStringLiteral(" "), QString(), QString(), QString(), kAgent, QStringLiteral("at least one"));
    attempt(QStringLiteral("13800138000"), QString(), QString(), QString(), kAdmin, QStringLiteral("administrators"));
    QCOMPARE(service.checks(id)->size(), 0);
    QCOMPARE(auditEntries(db), 0);
    QVERIFY(!service.matchIdentifiers(999999, QStringLiteral("13800138000"), {}, {}, {}, kAgent).ok());
}

void TestVerificationService::businessLicence()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const VerificationService service(db, [] { return kStart; });
    Person company = wangFang();
    company.idNumber.clear();
    company.company = QStringLiteral("福州某某科技有限公司");
    company.creditCode = QStringLiteral("91350100M000100Y43");
    const qint64 id = createRequest(db, RequestType::Access, RequesterKind::Self, company);
    QCOMPARE(PersonRepository(db).get(RequestRepository(db).get(id)->personId)->creditCode, company.creditCode);

    const auto m = service.matchIdentifiers(id, QString(), QString(), QStringLiteral("11010519491231002X"),
                                            QStringLiteral(" 91350100m000100y43 "), kAgent);
    QVERIFY2(m.ok(), qPrintable(m.error()));
    QCOMPARE(m->idNumber, IdentifierMatch::NotOnRecord);
    QCOMPARE(m->creditCode, IdentifierMatch::Match);
    QCOMPARE(m->givenCreditCode, company.creditCode);
    QCOMPARE(m->recordedMethod, std::optional<M>(M::BusinessLicence));
    QVERIFY(m->passed);
    QCOMPARE(service.checks(id)->last().method, M::BusinessLicence);
}

void TestVerificationService::overrideRules()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const VerificationService service(db, [] { return kStart; });
    const qint64 id = createRequest(db, RequestType::Deletion, RequesterKind::AuthorisedAgent);
    const QString why = QStringLiteral("Requester appeared in person with the original documents.");

    Status s = service.overrideVerification(id, why, kAgent);
    QVERIFY2(!s.ok() && s.error().contains(QStringLiteral("supervisor")), qPrintable(s.error()));
    QVERIFY(!service.overrideVerification(id, why, kAdmin).ok());
    s = service.overrideVerification(id, QStringLiteral(" \n\t "), kSupervisor);
    QVERIFY2(!s.ok() && s.error().contains(QStringLiteral("Justification")), qPrintable(s.error()));
    QVERIFY(!service.overrideVerification(id, QString(2001, u'x'), kSupervisor).ok());
    QCOMPARE(service.isSatisfied(id).value(), false);
    QCOMPARE(auditEntries(db), 0);

    s = service.overrideVerification(id, QStringLiteral("  %1  ").arg(why), kSupervisor);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(service.isSatisfied(id).value(), true);
    QVERIFY(service.missing(id)->isEmpty());
    const VerificationCheck check = service.checks(id)->last();
    QCOMPARE(check.method, M::SupervisorOverride);
    QCOMPARE(check.checkedBy, kSupervisor.username);
    QCOMPARE(QJsonDocument::fromJson(check.detail.toUtf8()).object().value(QStringLiteral("justification")).toString(), why);
    QCOMPARE(auditActions(db), QStringList{QStringLiteral("verification_overridden")});
}

void TestVerificationService::policyEdit()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const VerificationService service(db, [] { return kStart; });
    const auto before = service.policy();
    QVERIFY2(before.ok(), qPrintable(before.error()));
    QCOMPARE(before->alternatives(RequestType::Access).size(), 3);
    QVERIFY(!before->needsVerification(RequestType::Explanation));
    QVERIFY(!before->needsVerification(RequestType::Complaint));

    const QList<QList<M>> stricter{{M::IdentityDocument, M::SignedLetter}, {M::IdentityDocument, M::SmsCode}, {}};
    for (const Actor &who : {kAgent, kSupervisor}) {
        const Status s = service.setPolicy(RequestType::Access, stricter, who);
        QVERIFY2(!s.ok() && s.error().contains(QStringLiteral("administrator")), qPrintable(s.error()));
    }
    Status s = service.setPolicy(RequestType::Access, {}, kAdmin);
    QVERIFY2(!s.ok() && s.error().contains(QStringLiteral("at least one")), qPrintable(s.error()));
    s = service.setPolicy(RequestType::Access, {{M::SupervisorOverride}}, kAdmin);
    QVERIFY2(!s.ok() && s.error().contains(QStringLiteral("override")), qPrintable(s.error()));
    QCOMPARE(auditEntries(db), 0);

    QVERIFY(service.setPolicy(RequestType::Access, stricter, kAdmin).ok());
    const auto after = service.policy();
    // Empty alternatives are dropped; methods come back in storage order.
    QCOMPARE(after->alternatives(RequestType::Access),
             (QList<QList<M>>{{M::IdentityDocument, M::SignedLetter}, {M::IdentityDocument, M::SmsCode}}));
    QCOMPARE(after->alternatives(RequestType::Copy), before->alternatives(RequestType::Copy));

    const qint64 id = createRequest(db, RequestType::Access);
    QVERIFY(pass(service, id, M::AccountLogin));
    QCOMPARE(service.isSatisfied(id).value(), false);
    QVERIFY(pass(service, id, M::IdentityDocument));
    QCOMPARE(keys(service.missing(id).value()), QStringLiteral("signed_letter"));
    QVERIFY(pass(service, id, M::SignedLetter));
    QCOMPARE(service.isSatisfied(id).value(), true);

    // Explanations may be given a requirement, and have it taken away again.
    QVERIFY(service.setPolicy(RequestType::Explanation, {{M::AccountLogin}}, kAdmin).ok());
    const qint64 explanation = createRequest(db, RequestType::Explanation);
    QCOMPARE(service.isSatisfied(explanation).value(), false);
    QVERIFY(service.setPolicy(RequestType::Explanation, {}, kAdmin).ok());
    QCOMPARE(service.isSatisfied(explanation).value(), true);

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT entity, request_id, before_json, after_json FROM audit_log "
                                  "WHERE action = 'policy_changed' ORDER BY id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("verification_policy"));
    QCOMPARE(q.value(1).toLongLong(), 0);
    QCOMPARE(q.value(2).toString(),
             QStringLiteral(R"({"alternatives":[["account_login"],["identity_document","sms_code"],["email_code","identity_document"]],"request_type":"access"})"));
    QCOMPARE(q.value(3).toString(),
             QStringLiteral(R"({"alternatives":[["identity_document","signed_letter"],["identity_document","sms_code"]],"request_type":"access"})"));
}

void TestVerificationService::policySave()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    const VerificationService service(db, [] { return kStart; });
    const VerificationPolicy loaded = service.policy().value();

    // What an editor checks: an empty alternative is named by type and number.
    VerificationPolicy edited = loaded;
    edited.rules.insert(RequestType::Deletion, {{M::IdentityDocument, M::SmsCode}, {}});
    auto refused = service.savePolicy(loaded, edited, kAdmin);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(requestTypes().label(RequestType::Deletion)) && refused.error().contains(QLatin1String("alternative 2")),
             qPrintable(refused.error()));
    QVERIFY(!service.savePolicy(loaded, loaded, kSupervisor).ok());
    QCOMPARE(auditEntries(db), 0);

    // Two types changed: both written in one go, one audit entry each; unchanged types untouched.
    edited.rules.insert(RequestType::Deletion, {{M::SmsCode, M::IdentityDocument}});
    edited.rules.insert(RequestType::Explanation, {{M::AccountLogin}});
    const auto saved = service.savePolicy(loaded, edited, kAdmin);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(saved->conflicts.isEmpty());
    QCOMPARE(saved->saved, (QList<RequestType>{RequestType::Deletion, RequestType::Explanation}));
    QCOMPARE(auditActions(db), (QStringList{QStringLiteral("policy_changed"), QStringLiteral("policy_changed")}));
    const VerificationPolicy stored = service.policy().value();
    QVERIFY(VerificationService::sameAlternatives(stored.alternatives(RequestType::Deletion), {{M::IdentityDocument, M::SmsCode}}));
    QCOMPARE(stored.alternatives(RequestType::Explanation), (QList<QList<M>>{{M::AccountLogin}}));
    QCOMPARE(stored.alternatives(RequestType::Access), loaded.alternatives(RequestType::Access));
    QVERIFY(VerificationService::sameAlternatives(saved->current.alternatives(RequestType::Deletion),
                                                  stored.alternatives(RequestType::Deletion)));

    // Someone else changes Copy and Access after this editor read the policy (base = stored).
    const VerificationPolicy base = stored;
    QVERIFY(service.setPolicy(RequestType::Copy, {{M::SignedLetter}}, kAdmin).ok());
    QVERIFY(service.setPolicy(RequestType::Access, {{M::AccountLogin}}, kAdmin).ok());
    VerificationPolicy mine = base;
    mine.rules.insert(RequestType::Copy, {{M::IdentityDocument}});
    mine.rules.insert(RequestType::Portability, {{M::AccountLogin, M::SmsCode}});
    const qint64 entries = auditEntries(db);
    const auto conflict = service.savePolicy(base, mine, kAdmin);
    QVERIFY2(conflict.ok(), qPrintable(conflict.error()));
    QCOMPARE(conflict->conflicts, QList<RequestType>{RequestType::Copy}); // Access: only they changed it
    QVERIFY(conflict->saved.isEmpty());
    QCOMPARE(conflict->current.alternatives(RequestType::Copy), (QList<QList<M>>{{M::SignedLetter}}));
    QCOMPARE(auditEntries(db), entries); // nothing written, not even Portability
    QCOMPARE(service.policy()->alternatives(RequestType::Portability), base.alternatives(RequestType::Portability));

    // Having seen theirs, the editor saves over it; Access keeps the other editor's change.
    VerificationPolicy seen = base;
    seen.rules.insert(RequestType::Copy, conflict->current.alternatives(RequestType::Copy));
    const auto over = service.savePolicy(seen, mine, kAdmin);
    QVERIFY2(over.ok() && over->conflicts.isEmpty(), qPrintable(over.ok() ? QString() : over.error()));
    QCOMPARE(over->saved, (QList<RequestType>{RequestType::Copy, RequestType::Portability}));
    const VerificationPolicy latest = service.policy().value();
    QCOMPARE(latest.alternatives(RequestType::Copy), (QList<QList<M>>{{M::IdentityDocument}}));
    QCOMPARE(latest.alternatives(RequestType::Access), (QList<QList<M>>{{M::AccountLogin}}));
    QVERIFY(AuditLog(db).verify()->intact);
}

void TestVerificationService::auditTrail()
{
    QFETCH(QString, engine);
    PD_FRESH_DB(db, engine);
    QDateTime now = kStart;
    const VerificationService service(db, [&now] { return now; });
    const qint64 id = createRequest(db, RequestType::Access, RequesterKind::AuthorisedAgent);

    // Nine writes...
    QVERIFY(service.matchIdentifiers(id, QStringLiteral("138 0013 8000"), {}, QStringLiteral("11010519491231002X"), {}, kAgent).ok());
    const auto code = service.issueCode(id, M::SmsCode, kAgent);
    QVERIFY(code.ok());
    now = now.addSecs(60);
    const QString wrong = code.value() == QLatin1String("999999") ? QStringLiteral("000000") : QStringLiteral("999999");
    QVERIFY(!service.checkCode(id, M::SmsCode, wrong, kAgent).ok());
    QVERIFY(service.checkCode(id, M::SmsCode, code.value(), kAgent).ok());
    QVERIFY(service.recordCheck(id, M::PowerOfAttorney, true, QStringLiteral("Notarised, seen in the original."), kAgent).ok());
    const auto evidenceId = service.addEvidence(id, QStringLiteral("power_of_attorney"), QStringLiteral("poa.png"), kPng, kAgent);
    QVERIFY(evidenceId.ok());
    QVERIFY(service.openEvidence(evidenceId.value(), kSupervisor).ok());
    QVERIFY(service.overrideVerification(id, QStringLiteral("Belt and braces."), kSupervisor).ok());
    QVERIFY(service.setPolicy(RequestType::Correction, {{M::AccountLogin}, {M::SmsCode}}, kAdmin).ok());
    // ...and refusals that write nothing.
    QVERIFY(!service.recordCheck(id, M::AccountLogin, true, {}, kAdmin).ok());
    QVERIFY(!service.matchIdentifiers(id, QStringLiteral("bad"), {}, {}, {}, kAgent).ok());
    QVERIFY(!service.setPolicy(RequestType::Access, {{M::AccountLogin}}, kSupervisor).ok());
    QVERIFY(service.isSatisfied(id).value());

    const auto v = AuditLog(db).verify();
    QVERIFY2(v.ok(), qPrintable(v.error()));
    QVERIFY2(v->intact, qPrintable(v->problem));
    QCOMPARE(v->entries, 9);
    QCOMPARE(auditActions(db),
             QStringList({QStringLiteral("verification_recorded"), QStringLiteral("code_issued"), QStringLiteral("code_checked"),
                          QStringLiteral("code_checked"), QStringLiteral("verification_recorded"),
                          QStringLiteral("evidence_added"), QStringLiteral("evidence_opened"),
                          QStringLiteral("verification_overridden"), QStringLiteral("policy_changed")}));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE request_id = ? AND entity_id = ?"), {id, id}), 8);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = ?"), {kSupervisor.username}), 2);
    // The code never reaches the log.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE after_json LIKE ?"),
                    {QStringLiteral("%%1%").arg(code.value())}),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE at = ?"), {QStringLiteral("2025-11-28T10:01:00Z")}), 7);
}

QTEST_GUILESS_MAIN(TestVerificationService)
#include "tst_verificationservice.moc"
