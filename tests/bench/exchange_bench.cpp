// Exports and imports at scale: how long exporting the whole queue (CSV, XLSX), a filtered queue
// and the audit log takes, with the peak memory; and how long reading, checking and importing a
// CSV file of N rows takes. A measurement, not a test.
//
//   build/tests/bench/exchange_bench --db sqlite:///work/bench/1m.db [--import-rows 10000]
// The database must hold demo data (it signs in as the demo supervisor and agent).
#include "benchtools.h"

#include "exchange/requestimport.h"
#include "session/exportdesk.h"
#include "session/gateway.h"
#include "session/requestdesk.h"
#include "session/session.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace pd;
using namespace pd::bench;

namespace {

std::unique_ptr<Session> signIn(Gateway &gateway, const QString &user, const QString &password)
{
    if (auto actor = gateway.signInNow(user, password); !actor) {
        err() << "cannot sign in as " << user << ": " << actor.error() << '\n' << Qt::flush;
        return nullptr;
    }
    SessionOptions options;
    options.idleLockSeconds = 0;
    options.watchChanges = false;
    return gateway.startSession(options);
}

void report(const QString &what, qint64 rows, double ms, const Memory &m)
{
    out() << QStringLiteral("%1  %2 rows  %3 ms  %4 rows/s  peak RSS %5 MB\n")
                 .arg(what.leftJustified(34))
                 .arg(rows, 8)
                 .arg(ms, 9, 'f', 0)
                 .arg(ms > 0 ? rows * 1000.0 / ms : 0, 8, 'f', 0)
                 .arg(m.hwmMb, 6, 'f', 0)
          << Qt::flush;
}

QByteArray csvOf(int rows)
{
    QByteArray csv = "received,type,channel,name,phone,email,summary\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("2026-11-%1 10:%2,%3,email,测试用户%4,1381%5,user%4@example.org,\"第 %4 行\n第二行\"\n")
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 3 ? QStringLiteral("access") : QStringLiteral("删除"))
                   .arg(i)
                   .arg(1000000 + i, 7, 10, QLatin1Char('0'))
                   .toUtf8();
    return csv;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("A database with demo data."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("import-rows"), QStringLiteral("Rows of the generated CSV file."), QStringLiteral("n"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("import-only"), QStringLiteral("Measure the import only.")});
    parser.process(app);
    QTemporaryDir dir;
    auto gateway = Gateway::open(parser.value(QStringLiteral("db")), qEnvironmentVariable("PGPASSWORD"));
    if (!gateway) {
        err() << gateway.error() << '\n' << Qt::flush;
        return 1;
    }
    const auto supervisor = signIn(**gateway, QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1"));
    if (!supervisor)
        return 1;
    const QDate today = QDate::currentDate();

    const auto exportQueue = [&](const QString &what, const QueueQuery &q, const QString &file) {
        resetPeak();
        Result<qint64> rows = qint64(0);
        const double ms = timedMs([&] { rows = supervisor->exports().queue(q, {}, dir.filePath(file), today); });
        if (!rows)
            err() << what << ": " << rows.error() << '\n' << Qt::flush;
        else
            report(what, rows.value(), ms, readMemory());
    };
    if (!parser.isSet(QStringLiteral("import-only"))) {
    exportQueue(QStringLiteral("queue, all, CSV"), QueueQuery{}, QStringLiteral("all.csv"));
    exportQueue(QStringLiteral("queue, all, XLSX"), QueueQuery{}, QStringLiteral("all.xlsx"));
    QueueQuery received;
    received.statusKeys = {QStringLiteral("received")};
    exportQueue(QStringLiteral("queue, status received, CSV"), received, QStringLiteral("received.csv"));
    QueueQuery byDue;
    byDue.sortColumn = QueueColumn::DaysLeft;
    byDue.sortOrder = Qt::AscendingOrder;
    exportQueue(QStringLiteral("queue, all, by days left, CSV"), byDue, QStringLiteral("due.csv"));
    {
        resetPeak();
        Result<qint64> rows = qint64(0);
        const double ms = timedMs([&] { rows = supervisor->exports().audit(AuditQuery{}, dir.filePath(QStringLiteral("audit.csv"))); });
        if (rows)
            report(QStringLiteral("audit log, all, CSV"), rows.value(), ms, readMemory());
        else
            err() << rows.error() << '\n' << Qt::flush;
    }
    }

    // Import: read and check N rows, then register them in one transaction (as the demo agent).
    const int n = parser.value(QStringLiteral("import-rows")).toInt();
    const QByteArray csv = csvOf(n);
    auto agentGateway = Gateway::open(parser.value(QStringLiteral("db")), qEnvironmentVariable("PGPASSWORD"));
    if (!agentGateway) {
        err() << agentGateway.error() << '\n' << Qt::flush;
        return 1;
    }
    const auto agent = signIn(**agentGateway, QStringLiteral("demo.zhang.wei"), QStringLiteral("demo-agent-1"));
    if (!agent)
        return 1;
    Result<RequestImport::File> file = Error{};
    const double readMs = timedMs([&] { file = RequestImport::read(csv); });
    if (!file) {
        err() << file.error() << '\n' << Qt::flush;
        return 1;
    }
    report(QStringLiteral("import: decode and parse"), file->records.size(), readMs, readMemory());
    QList<RequestImport::Row> rows;
    const double checkMs = timedMs([&] {
        rows = RequestImport::check(file.value(), [&](IntakeForm &f) { return agent->requests().validate(f); }, agent->now());
    });
    const auto bad = std::count_if(rows.cbegin(), rows.cend(), [](const auto &r) { return !r.ok(); });
    report(QStringLiteral("import: check every row"), rows.size(), checkMs, readMemory());
    if (bad > 0) {
        err() << bad << " rows were refused: " << rows.first().problems.value(0).message << '\n' << Qt::flush;
        return 1;
    }
    QList<IntakeForm> forms;
    for (const auto &r : rows)
        forms << r.form;
    Result<QList<Request>> created = Error{};
    const double importMs = timedMs([&] { created = agent->requests().importRequests(forms, QStringLiteral("bench.csv"), QStringLiteral("UTF-8")); });
    if (!created) {
        err() << created.error() << '\n' << Qt::flush;
        return 1;
    }
    report(QStringLiteral("import: one transaction"), created->size(), importMs, readMemory());
    return 0;
}
