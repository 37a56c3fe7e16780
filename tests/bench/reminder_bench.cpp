// Verification reminders at scale: the queue's default view, which leaves out the requests proposed
// for closing (counted by subtraction), against the same view with a status picked; and the
// sweep: its scan of every request waiting for verification, and the cost of each reminder letter.
// A measurement, not a test.
//
//   build/tests/bench/reminder_bench --db sqlite:///work/bench/1m.db [--real 1000]
// The database must hold demo data (it signs in as the demo supervisor). --real marks that many
// waiting demo requests as real ones for the sweep (demo ones get no reminders), and back after.
#include "benchtools.h"

#include "session/gateway.h"
#include "storage/databaseurl.h"
#include "session/queuereader.h"
#include "session/reminderdesk.h"
#include "session/session.h"
#include "workflow/queuefilter.h"

#include <QCommandLineParser>
#include <QGuiApplication>

using namespace pd;
using namespace pd::bench;

namespace {

std::unique_ptr<Session> signIn(Gateway &gateway, int daysAhead)
{
    if (auto actor = gateway.signInNow(QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1")); !actor) {
        err() << "cannot sign in: " << actor.error() << '\n' << Qt::flush;
        return nullptr;
    }
    SessionOptions options;
    options.idleLockSeconds = 0;
    options.watchChanges = false;
    options.clock = [daysAhead] { return QDateTime::currentDateTimeUtc().addDays(daysAhead); };
    return gateway.startSession(options);
}

void report(const QString &what, double ms, const QString &detail = {})
{
    out() << QStringLiteral("%1  %2 ms  %3\n").arg(what.leftJustified(46)).arg(ms, 9, 'f', 1).arg(detail) << Qt::flush;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("database URL"), QStringLiteral("url")});
    parser.addOption({QStringLiteral("real"), QStringLiteral("waiting requests marked real"), QStringLiteral("n"), QStringLiteral("1000")});
    parser.process(app);
    auto gateway = Gateway::open(parser.value(QStringLiteral("db")));
    if (!gateway) {
        err() << gateway.error() << '\n';
        return 1;
    }
    const auto session = signIn(*gateway.value(), 30);
    if (!session)
        return 1;
    const QDate today = QDate::currentDate();
    const auto counts = [&](const QueueFilter &f, const QString &what) {
        QList<double> times;
        QueueCounts c;
        for (int i = 0; i < 5; ++i)
            times << timedMs([&] {
                if (auto r = session->queue().counts(f.toQuery(today, session->calendar()), today, today.addDays(5)))
                    c = r.value();
            });
        report(what, median(times), QStringLiteral("total %1, hidden %2").arg(c.total).arg(c.hidden));
    };
    counts(QueueFilter(), QStringLiteral("counts, default view (median of 5)"));
    QueueFilter verifying;
    verifying.statuses = {RequestStatus::Verifying};
    counts(verifying, QStringLiteral("counts, status verifying"));
    double pageMs = timedMs([&] {
        static_cast<void>(session->queue().page(QueueFilter().toQuery(today, session->calendar()), QueuePage{}));
    });
    report(QStringLiteral("first page, default view"), pageMs);

    ReminderSweep swept;
    report(QStringLiteral("sweep, nothing real to remind (scan only)"),
           timedMs([&] {
               if (auto r = session->reminders().sweep(20))
                   swept = r.value();
           }),
           QStringLiteral("%1 reminded").arg(swept.reminded.size()));

    // Some waiting requests as real ones: the scan finds them, the sweep writes their letters.
    const int real = parser.value(QStringLiteral("real")).toInt();
    const auto url = DatabaseUrl::parse(parser.value(QStringLiteral("db")));
    if (!url)
        return 1;
    const Database db(url.value());
    Raw raw(db.connection());
    raw.scalar(QStringLiteral("UPDATE requests SET demo = 0 WHERE id IN (SELECT id FROM requests WHERE status = 'verifying' "
                              "AND demo = 1 ORDER BY id LIMIT %1)").arg(real), {});
    report(QStringLiteral("sweep, 20 reminders of %1 due").arg(real),
           timedMs([&] {
               if (auto r = session->reminders().sweep(20))
                   swept = r.value();
           }),
           QStringLiteral("%1 reminded, %2 skipped, more: %3").arg(swept.reminded.size()).arg(swept.skipped.size()).arg(swept.more));
    raw.scalar(QStringLiteral("UPDATE requests SET demo = 1 WHERE status = 'verifying' AND demo = 0"), {});
    return 0;
}
