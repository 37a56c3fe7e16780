// The hostile-text corpus through every way text gets in, on both engines: the intake form, notes,
// the queue's search, the audit view's filters and the CLI's search. Text is taken literally (stored
// as typed, found only where it literally occurs), control characters are refused with a message
// naming the field, text far too long is refused with a short message, and nothing else changes.
#include "audit/auditlog.h"
#include "clirun.h"
#include "hostiletext.h"
#include "session/auditdesk.h"
#include "session/queuereader.h"
#include "session/requestdesk.h"
#include "testdatabase.h"
#include "workflow/intakeservice.h"

#include <QSqlQuery>
#include <QTest>

using namespace pd;

namespace {

const QString kPassword = QStringLiteral("hostile-but-fair-42");

bool hasControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r');
    });
}

qint64 scalar(const test::TestDatabase &holder, const QString &sql)
{
    QSqlQuery q(holder.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestMultiuserHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }
    void corpus_data() { test::TestDatabase::addEngineRows(); }
    void corpus();

private:
    QTemporaryDir m_home;
};

void TestMultiuserHostile::corpus()
{
    QFETCH(QString, engine);
    auto holder = test::TestDatabase::create(engine);
    if (!holder)
        return;
    const Actor supervisor = holder->addStaff(QStringLiteral("the.supervisor"), Role::Supervisor, kPassword);
    auto session = holder->session(supervisor);
    const QString tables = engine == QLatin1String("sqlite")
        ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master")
        : QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'");
    const qint64 tablesBefore = scalar(*holder, tables);

    // A request nobody's text should touch.
    IntakeForm plain;
    plain.name = QStringLiteral("王芳");
    plain.email = QStringLiteral("wang.fang@example.com");
    plain.types = {RequestType::Access};
    plain.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const auto bystander = session->requests().submit(plain);
    QVERIFY2(bystander, qPrintable(bystander.error()));
    const qint64 bystanderId = bystander->constFirst().id;

    QHash<QString, qint64> registered; // text -> request
    int index = 0;
    for (const QString &text : test::hostileTexts()) {
        const QByteArray where = QStringLiteral("text %1 (%2)").arg(index).arg(text.left(30)).toUtf8();
        // A prefix that is not in the corpus, unless the text alone is already as long as a name may be.
        const QString name = text.size() > 190 ? text : QStringLiteral("测试") + text;
        IntakeForm form;
        form.name = name;
        form.email = QStringLiteral("hostile%1@example.com").arg(index++);
        form.summary = text;
        form.types = {RequestType::Complaint};
        form.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-1800);
        const auto made = session->requests().submit(form);
        if (hasControl(text)) {
            QVERIFY2(!made, where.constData());
            QCOMPARE(made.errorKind(), ErrorKind::Invalid);
            QVERIFY2(made.error().contains(QStringLiteral("control character")), qPrintable(made.error()));
        } else {
            QVERIFY2(made, qPrintable(QString::fromUtf8(where) + QStringLiteral(": ") + made.error()));
            const qint64 id = made->constFirst().id;
            registered.insert(text, id);
            // Stored as typed (a name's blanks collapsed, a summary trimmed).
            const auto view = session->requests().view(id, RequestDesk::Purpose::Refresh);
            QVERIFY2(view, qPrintable(view.error()));
            QCOMPARE(view->request.personName, name.simplified());
            QCOMPARE(view->request.summary, text.trimmed());
            // A note with it reads back the same.
            QVERIFY2(session->requests().addNote(id, QStringLiteral("note ") + text).ok(), where.constData());
            const auto again = session->requests().view(id, RequestDesk::Purpose::Refresh);
            QVERIFY(again);
            QVERIFY2(std::any_of(again->timeline.cbegin(), again->timeline.cend(),
                                 [&](const TimelineEntry &e) {
                                     return e.kind == TimelineEntry::Kind::Note && e.text == QString(QStringLiteral("note ") + text).trimmed();
                                 }),
                     where.constData());
        }
        // A note with a control character is refused in the workflow as well.
        if (hasControl(text)) {
            const Status note = session->requests().addNote(bystanderId, text);
            QCOMPARE(note.errorKind(), ErrorKind::Invalid);
        }
    }

    // Searching for each: no error, and only literal matches; the request registered with it is found.
    for (const QString &text : test::hostileTexts()) {
        QueueQuery query;
        query.text = text;
        QueuePage page;
        page.limit = 500;
        const auto rows = session->queue().page(query, page);
        QVERIFY2(rows, qPrintable(text + QStringLiteral(": ") + rows.error()));
        const QString needle = text.simplified().toLower();
        for (const QueueRow &row : rows.value()) {
            const bool literal = row.request.personName.toLower().contains(needle)
                || row.request.reference.startsWith(text.simplified().toUpper());
            QVERIFY2(literal, qPrintable(QStringLiteral("%1 found %2 (%3)").arg(text, row.request.reference, row.request.personName)));
            QVERIFY(row.request.id != bystanderId);
        }
        if (registered.contains(text)) {
            QVERIFY2(std::any_of(rows->cbegin(), rows->cend(), [&](const QueueRow &r) { return r.request.id == registered.value(text); }),
                     qPrintable(text + QStringLiteral(": its own request was not found")));
        }
        // The audit view's filters: nobody is called that and no action is; no error either (a
        // filter longer than any user name, action or reference is refused with a short message).
        for (const auto &set : {&AuditQuery::request, &AuditQuery::actor, &AuditQuery::action}) {
            AuditQuery filter;
            filter.*set = text;
            if (text.size() > AuditDesk::kMaximumFilterLength) {
                const auto refused = session->audit().page(filter, AuditPageRequest{});
                QCOMPARE(refused.errorKind(), ErrorKind::Invalid);
                QVERIFY(refused.error().size() < 200);
                continue;
            }
            const auto entries = session->audit().page(filter, AuditPageRequest{});
            QVERIFY2(entries, qPrintable(text + QStringLiteral(": ") + entries.error()));
            QVERIFY2(entries->isEmpty(), qPrintable(text));
            const auto count = session->audit().count(filter);
            QVERIFY2(count, qPrintable(count.error()));
            QCOMPARE(count->entries, qint64(0));
        }
    }

    // The CLI's search takes them literally too (a few: each run signs in).
    for (const QString &text : {test::hostileTexts().at(0), test::hostileTexts().at(5), test::hostileTexts().at(12)}) {
        const auto listed = test::runCli(QStringLiteral(PD_CLI_PATH), m_home.path(),
                                         {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), holder->urlString(),
                                          QStringLiteral("--user"), QStringLiteral("the.supervisor"), QStringLiteral("list"),
                                          QStringLiteral("--search"), text},
                                         {{QStringLiteral("PRIVACYDESK_PASSWORD"), kPassword}});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(listed.out.count(QLatin1Char('\n')), 1);
        QVERIFY2(listed.out.contains(QStringLiteral("测试") + text.simplified()), qPrintable(listed.out));
    }

    // Far too long: refused at once with a short message, wherever it is typed.
    const QString huge = test::hugeText();
    IntakeForm big = plain;
    big.name = huge;
    big.summary = huge;
    const auto bigRequest = session->requests().submit(big);
    QCOMPARE(bigRequest.errorKind(), ErrorKind::Invalid);
    QVERIFY(bigRequest.error().size() < 400);
    const Status bigNote = session->requests().addNote(bystanderId, huge);
    QCOMPARE(bigNote.errorKind(), ErrorKind::Invalid);
    QVERIFY(bigNote.error().size() < 200);
    QueueQuery bigSearch;
    bigSearch.text = huge;
    const auto searched = session->queue().page(bigSearch, QueuePage{});
    QCOMPARE(searched.errorKind(), ErrorKind::Invalid);
    QVERIFY(searched.error().size() < 200);
    AuditQuery bigFilter;
    bigFilter.actor = huge;
    QCOMPARE(session->audit().page(bigFilter, AuditPageRequest{}).errorKind(), ErrorKind::Invalid);
    const auto cliHuge = test::runCli(QStringLiteral(PD_CLI_PATH), m_home.path(),
                                      {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), holder->urlString(),
                                       QStringLiteral("--user"), QStringLiteral("the.supervisor"), QStringLiteral("list"),
                                       QStringLiteral("--search"), huge.left(20000)},
                                      {{QStringLiteral("PRIVACYDESK_PASSWORD"), kPassword}});
    QVERIFY(cliHuge.exitCode != 0);
    QVERIFY2(cliHuge.err.size() < 200 && cliHuge.err.contains(QStringLiteral("--search")), qPrintable(cliHuge.err.left(300)));

    // Nothing else changed: the same tables, only the requests registered, the bystander as it was
    // (one note refused on it for each control text, none stored), and the audit chain intact.
    QCOMPARE(scalar(*holder, tables), tablesBefore);
    QCOMPARE(scalar(*holder, QStringLiteral("SELECT COUNT(*) FROM requests")), qint64(1 + registered.size()));
    QCOMPARE(scalar(*holder, QStringLiteral("SELECT COUNT(*) FROM request_notes WHERE request_id = %1").arg(bystanderId)), qint64(0));
    QCOMPARE(scalar(*holder, QStringLiteral("SELECT version FROM requests WHERE id = %1").arg(bystanderId)),
             qint64(bystander->constFirst().version));
    const auto chain = AuditLog(holder->db()).verify();
    QVERIFY(chain);
    QVERIFY2(chain->intact, qPrintable(chain->problem));
}

QTEST_GUILESS_MAIN(TestMultiuserHostile)
#include "tst_multiuser_hostile.moc"
