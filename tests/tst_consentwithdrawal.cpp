// Consent withdrawal (§4, issue 10), on both engines: only on a consent withdrawal request (or the
// marketing opt-out on a restriction) in progress; only for purposes based on consent; recorded in
// the consent register against the request and audited; completion refused before and allowed
// after; the completion letter names the purpose and says withdrawal is not retroactive, in both
// languages; the CLI; the dialog's one-click marketing opt-out (退订) on real widgets.
#include "clirun.h"
#include "consentwithdrawaldialog.h"
#include "requestdetailpanel.h"
#include "audit/auditlog.h"
#include "session/letterdesk.h"
#include "session/peopledesk.h"
#include "session/requestdesk.h"
#include "session/session.h"
#include "session/verificationdesk.h"
#include "pdftext.h"
#include "testdatabase.h"

#include <QCheckBox>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace pd;

namespace {

SessionOptions quiet()
{
    SessionOptions o;
    o.idleLockSeconds = 0;
    o.watchChanges = false;
    return o;
}

// A new person asking for `type`, taken to "in progress" by the supervisor's session.
Request inProgress(const Session &session, RequestType type, const QString &phone)
{
    IntakeForm f;
    f.name = QStringLiteral("林小雨");
    f.phone = phone;
    f.email = QStringLiteral("lin.xiaoyu@example.com");
    f.types = {type};
    f.receivedAt = session.now().addSecs(-120);
    const auto made = session.requests().submit(f);
    if (!made)
        qFatal("submit: %s", qPrintable(made.error()));
    Request r = made->constFirst();
    auto started = session.requests().perform(r.id, r.version, RequestAction::StartVerification);
    if (!started)
        qFatal("start: %s", qPrintable(started.error()));
    if (auto s = session.verification().overrideVerification(r.id, QStringLiteral("came in person with an ID card")); !s)
        qFatal("override: %s", qPrintable(s.error()));
    auto v = session.requests().perform(r.id, started->version, RequestAction::MarkVerified);
    if (!v)
        qFatal("verified: %s", qPrintable(v.error()));
    return v.value();
}

qint64 scalar(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestConsentWithdrawal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withdraw_data() { test::TestDatabase::addEngineRows(); }
    void withdraw()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const Actor sup = dbHolder->addStaff(QStringLiteral("sup"), Role::Supervisor);
        const auto session = dbHolder->session(sup, quiet());
        const Request request = inProgress(*session, RequestType::ConsentWithdrawal, QStringLiteral("+8613912345678"));
        // The person gave marketing consent last year.
        ConsentEvent given{0, request.personId, QStringLiteral("marketing"), true, QStringLiteral("web_form"),
                           session->now().addDays(-300), {}};
        QVERIFY(session->people().recordConsent(given).ok());

        // Completing first is refused, and says what is missing.
        const auto early = session->requests().perform(request.id, request.version, RequestAction::Complete);
        QVERIFY(!early.ok());
        QVERIFY2(early.error().contains(QStringLiteral("withdraw")), qPrintable(early.error()));
        // Processing that is not based on consent cannot be withdrawn; nothing is recorded.
        const auto notConsent = session->people().withdrawConsent(request.id, {QStringLiteral("security")}, QStringLiteral("email"));
        QVERIFY(!notConsent.ok());
        QVERIFY2(notConsent.error().contains(QStringLiteral("not based on consent")), qPrintable(notConsent.error()));
        QVERIFY(!session->people().withdrawConsent(request.id, {}, QStringLiteral("email")).ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM consents WHERE event = 'withdrawn'")), qint64(0));
        // Not on another type of request.
        const Request access = inProgress(*session, RequestType::Access, QStringLiteral("+8613912345679"));
        QCOMPARE(session->people().withdrawConsent(access.id, {QStringLiteral("marketing")}, QStringLiteral("email")).errorKind(),
                 ErrorKind::Invalid);

        const auto done = session->people().withdrawConsent(request.id, {QStringLiteral("marketing")}, QStringLiteral("email"));
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(done.value(), QStringList{QStringLiteral("marketing")});
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM consents WHERE request_id = ? AND event = 'withdrawn' AND purpose = 'marketing' "
                                          "AND person_id = ?"),
                        {request.id, request.personId}),
                 qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'consent_withdrawn' AND request_id = ?"), {request.id}),
                 qint64(1));
        // The person's history keeps the consent given before: withdrawal is not retroactive.
        const auto history = session->people().holdings(request.personId, false);
        QVERIFY2(history.ok(), qPrintable(history.error()));
        QCOMPARE(history->consents.size(), 2);
        QVERIFY(history->consents.at(0).given && !history->consents.at(1).given);

        const auto view = session->requests().view(request.id, RequestDesk::Purpose::Refresh);
        QVERIFY(view.ok());
        QCOMPARE(view->withdrawn, QStringList{QStringLiteral("marketing")});
        const auto completed = session->requests().perform(request.id, view->request.version, RequestAction::Complete);
        QVERIFY2(completed.ok(), qPrintable(completed.error()));
        // Closed: nothing more is recorded on it.
        QVERIFY(!session->people().withdrawConsent(request.id, {QStringLiteral("marketing")}, QStringLiteral("email")).ok());

        QTemporaryDir dir;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            const auto letter = session->letters().write(request.id, LetterKind::Completion, language);
            QVERIFY2(letter.ok(), qPrintable(letter.error()));
            QString text = test::pdfText(session->letters().pdf(letter->id).value(), dir.filePath(language + QStringLiteral(".pdf")));
            const bool en = language == QLatin1String("en");
            if (!en)
                text.remove(QLatin1Char(' '));
            for (const QString &expected : {en ? QStringLiteral("Consent withdrawn for") : QStringLiteral("已撤回同意的处理目的"),
                                            en ? QStringLiteral("market research") : QStringLiteral("市场调查"),
                                            en ? QStringLiteral("does not affect the lawfulness") : QStringLiteral("不影响")})
                QVERIFY2(text.contains(expected), qPrintable(language + QStringLiteral(": ") + expected + QStringLiteral("\n") + text));
        }
        QVERIFY(AuditLog(db).verify()->intact);
    }

    // The CLI: --opt-out on a restriction request (the marketing opt-out belongs there too), a
    // wrong purpose refused, nothing given refused as a usage error.
    void cli_data() { test::TestDatabase::addEngineRows(); }
    void cli()
    {
        QFETCH(QString, engine);
        PD_FRESH_DB(db, engine);
        const Actor sup = dbHolder->addStaff(QStringLiteral("sup"), Role::Supervisor, QStringLiteral("secret-pass-1"));
        const auto session = dbHolder->session(sup, quiet());
        const Request restriction = inProgress(*session, RequestType::Restriction, QStringLiteral("+8613912345670"));
        QTemporaryDir home;
        const QStringList common{QStringLiteral("--db"), dbHolder->urlString(), QStringLiteral("--lang"), QStringLiteral("en"),
                                 QStringLiteral("--user"), QStringLiteral("sup")};
        const QMap<QString, QString> env{{QStringLiteral("PRIVACYDESK_PASSWORD"), QStringLiteral("secret-pass-1")}};
        auto run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(),
                                QStringList{QStringLiteral("withdraw"), restriction.reference, QStringLiteral("--purpose"),
                                            QStringLiteral("account")} + common, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not based on consent")), qPrintable(run.err));
        run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(), QStringList{QStringLiteral("withdraw"), restriction.reference} + common, env);
        QCOMPARE(run.exitCode, 2);
        run = test::runCli(QStringLiteral(PD_CLI_PATH), home.path(),
                           QStringList{QStringLiteral("withdraw"), restriction.reference, QStringLiteral("--opt-out")} + common, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("marketing")), qPrintable(run.out));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM consents WHERE request_id = ? AND purpose = 'marketing' AND event = 'withdrawn' "
                                          "AND channel = 'online_feedback'"),
                        {restriction.id}),
                 qint64(1));
    }

    // The detail panel's "Withdraw consent…" and the dialog's one-click opt-out, on real widgets.
    void dialog()
    {
        PD_FRESH_DB(db, QStringLiteral("sqlite"));
        const Actor sup = dbHolder->addStaff(QStringLiteral("sup"), Role::Supervisor);
        SessionOptions options = quiet();
        const auto session = dbHolder->session(sup, options);
        const Request request = inProgress(*session, RequestType::ConsentWithdrawal, QStringLiteral("+8613912345671"));
        RequestDetailPanel panel(*session);
        panel.resize(900, 900);
        panel.show();
        QSignalSpy shown(&panel, &RequestDetailPanel::viewShown);
        panel.showRequest(request.id);
        QVERIFY(shown.wait(5000));
        QVERIFY(panel.withdrawButton()->isVisible() && panel.withdrawButton()->isEnabled());
        QCOMPARE(panel.fieldText(QStringLiteral("withdrawn")), QStringLiteral("Nothing yet"));
        QTest::mouseClick(panel.withdrawButton(), Qt::LeftButton);
        auto *dialog = qobject_cast<ConsentWithdrawalDialog *>(panel.withdrawalDialog());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->purposeBox(QStringLiteral("marketing")) != nullptr);
        QVERIFY(!dialog->purposeBox(QStringLiteral("security"))); // not based on consent: not offered
        // Nothing ticked: refused, said, nothing recorded.
        QTest::mouseClick(dialog->withdrawButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->statusText().contains(QStringLiteral("at least one purpose")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM consents")), qint64(0));
        QSignalSpy withdrawn(dialog, &ConsentWithdrawalDialog::withdrawn);
        QTest::mouseClick(dialog->optOutButton(), Qt::LeftButton);
        QVERIFY(withdrawn.wait(5000));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM consents WHERE request_id = ? AND purpose = 'marketing'"), {request.id}),
                 qint64(1));
        QTRY_VERIFY2(panel.fieldText(QStringLiteral("withdrawn")).contains(QStringLiteral("market research")),
                     qPrintable(panel.fieldText(QStringLiteral("withdrawn"))));
    }
};

QTEST_MAIN(TestConsentWithdrawal)
#include "tst_consentwithdrawal.moc"
