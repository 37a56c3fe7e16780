// queue_bench: how the triage queue model performs on a big table, next to the raw SQL it stands on,
// and how long the GUI thread is ever kept from its events while it does.
//
//   queue_bench [--requests N (default 1000000)] [--db URL] [--pg postgresql://user@host:port/db]
//               [--user NAME --password TEXT] [--agent NAME --agent-password TEXT]
//
// Without --db a temporary SQLite file is filled with N demo requests (seed 1); a --db that already
// holds requests is measured as it is, an empty one is filled first. --pg adds a PostgreSQL
// database, filled the same way when empty. Filling runs `privacydesk-cli demo` in a child process
// so the generator's memory never counts against this process. The model is driven as the app
// drives it: through a Session signed in as the demo supervisor (and, for one row, the demo agent
// whose queue is limited to their own and the unassigned requests), its SQL on the session's
// worker thread.
//
// For each operation, one warm-up run ("1st"), then the median of five:
//   call   the time the model call itself takes on this (the GUI) thread;
//   ready  until every row of the screen has arrived and the counts are known, events running;
//   stall  the longest the event loop went without turning (a 1 ms timer's longest gap, less its
//          period, or the call itself when longer): what a user would feel as a frozen window;
//   raw    the equivalent hand-written SQL (COUNT(*) and the page; the model also counts overdue
//          and due soon) run synchronously on a plain connection of this thread.
// This is a benchmark, not a test: it is never registered with CTest and always exits 0 unless it
// cannot run at all.

#include "benchtools.h"
#include "domain/enums.h"
#include "itemmodels/requestqueuemodel.h"
#include "session/gateway.h"
#include "storage/database.h"
#include "storage/databaseurl.h"
#include "storage/requestrow.h"
#include "storage/schemamigrator.h"
#include "workflow/queuefilter.h"
#include "workflow/workingdaycalendar.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace {

using namespace pd;
using namespace pd::bench;

constexpr int kRuns = 5;
constexpr int kScreenRows = 40;
constexpr int kPage = RequestQueueModel::kPageSize; // 128, the page the raw queries fetch too
constexpr int kScrollRows = 5000;
constexpr double kMaxRatio = 3.0;     // ready <= 3x raw + kSlackMs (two thread hops and the 1 ms tick)
constexpr double kSlackMs = 5.0;
constexpr double kFirstScreenMs = 100.0;
constexpr double kMaxStallMs = 16.0;  // one frame at 60 Hz
constexpr double kMaxRssMb = 150.0;


// ---- the model, the way a view reads it -----------------------------------------------------------

qint64 g_sink = 0; // keeps the reads from being optimised away

// DisplayRole of every column for rows [first, first + count), as a view painting them would (rows
// not yet loaded show a placeholder and ask for their page). True when all of them have arrived.
bool readRows(const RequestQueueModel &model, int first, int count)
{
    const int last = std::min(first + count, model.rowCount());
    bool all = true;
    for (int r = std::max(first, 0); r < last; ++r) {
        for (int c = 0; c < model.columnCount(); ++c)
            g_sink += model.data(model.index(r, c)).isValid();
        all = all && model.isRowLoaded(r);
    }
    return all;
}

// Runs the event loop until `ready` holds (asked on every turn of a 1 ms timer), and measures the
// longest gap between two turns. Returns false after a minute.
struct Wait
{
    double readyMs = 0;
    double longestGapMs = 0;
    bool ok = false;
};

Wait waitUntil(const std::function<bool()> &ready)
{
    Wait w;
    QElapsedTimer clock;
    clock.start();
    if (ready()) {
        w.ok = true;
        w.readyMs = double(clock.nsecsElapsed()) / 1e6;
        return w;
    }
    QEventLoop loop;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    qint64 last = clock.nsecsElapsed();
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        w.longestGapMs = std::max(w.longestGapMs, double(now - last) / 1e6 - 1.0);
        last = now;
        if (ready()) {
            w.ok = true;
            loop.quit();
        } else if (now > 60'000'000'000LL) {
            loop.quit();
        }
        last = clock.nsecsElapsed(); // the check itself is the view's paint, not a stall
    });
    tick.start();
    loop.exec();
    w.readyMs = double(clock.nsecsElapsed()) / 1e6;
    w.longestGapMs = std::max(0.0, w.longestGapMs);
    return w;
}

// The screen [first, first + 40) has arrived and so have the counts.
bool screenReady(const RequestQueueModel &model, int first)
{
    return !model.isLoading() && model.isCountKnown() && readRows(model, first, kScreenRows);
}

// ---- results ------------------------------------------------------------------------------------

struct Measurement
{
    QString name;
    double callFirst = 0, readyFirst = 0, rawFirst = 0; // the warm-up run
    double call = 0, ready = 0, stall = 0, raw = 0;    // medians of kRuns (stall: the worst run)
    qint64 modelRows = -1, rawRows = -1;
    double absoluteLimitMs = 0; // 0: only the ratio target applies
    QString error;

    double ratio() const { return raw > 0 ? ready / raw : 0; }
    bool met() const
    {
        return error.isEmpty() && ready <= kMaxRatio * raw + kSlackMs && stall <= kMaxStallMs
            && (absoluteLimitMs <= 0 || ready <= absoluteLimitMs);
    }
};

// One warm-up, then kRuns runs. `reset` (untimed, events run until the model is quiet) puts the
// model back where the operation starts; `call` is the model operation; `ready` says when what it
// asked for has arrived; `raw` runs the SQL and returns a row count for the sanity column.
Measurement measure(const QString &name, const std::function<void()> &reset, const std::function<void()> &call,
                    const std::function<bool()> &ready, const std::function<qint64()> &rowsNow,
                    const std::function<qint64()> &raw, Raw &rawDb)
{
    Measurement m;
    m.name = name;
    err() << "  " << name << "..." << Qt::flush;
    QList<double> calls, readies, raws;
    for (int run = 0; run <= kRuns; ++run) {
        if (reset)
            reset();
        const double tc = timedMs(call);
        const Wait w = waitUntil(ready);
        m.modelRows = rowsNow();
        if (!w.ok && m.error.isEmpty())
            m.error = QStringLiteral("the model did not answer within a minute");
        const double tr = timedMs([&] { m.rawRows = raw(); });
        const double stall = std::max(tc, w.longestGapMs);
        if (run == 0) {
            m.callFirst = tc;
            m.readyFirst = tc + w.readyMs;
            m.rawFirst = tr;
        } else {
            calls << tc;
            readies << tc + w.readyMs;
            raws << tr;
            m.stall = std::max(m.stall, stall);
        }
        if (const QString e = rawDb.takeError(); !e.isEmpty() && m.error.isEmpty())
            m.error = QStringLiteral("raw SQL failed: ") + e;
    }
    m.call = median(calls);
    m.ready = median(readies);
    m.raw = median(raws);
    err() << " done\n" << Qt::flush;
    return m;
}

QString fmtMs(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

void printTable(const QList<Measurement> &rows)
{
    const QStringList header{QStringLiteral("operation"), QStringLiteral("call ms"), QStringLiteral("ready ms"),
                             QStringLiteral("stall ms"), QStringLiteral("raw ms"), QStringLiteral("ratio"),
                             QStringLiteral("ready 1st"), QStringLiteral("raw 1st"), QStringLiteral("rows m/raw"),
                             QStringLiteral("result")};
    QList<QStringList> cells;
    for (const auto &m : rows) {
        cells << QStringList{m.name,
                             fmtMs(m.call),
                             fmtMs(m.ready),
                             fmtMs(m.stall),
                             fmtMs(m.raw),
                             QString::number(m.ratio(), 'f', 2) + QLatin1Char('x'),
                             fmtMs(m.readyFirst),
                             fmtMs(m.rawFirst),
                             QStringLiteral("%1/%2").arg(m.modelRows).arg(m.rawRows),
                             m.met() ? QStringLiteral("met") : QStringLiteral("NOT MET")};
    }
    QList<int> widths;
    for (int c = 0; c < header.size(); ++c) {
        int w = int(header.at(c).size());
        for (const auto &row : cells)
            w = std::max(w, int(row.at(c).size()));
        widths << w;
    }
    const auto line = [&](const QStringList &row) {
        QString s;
        for (int c = 0; c < row.size(); ++c) {
            const bool left = c == 0 || c >= 8;
            s += (left ? row.at(c).leftJustified(widths.at(c)) : row.at(c).rightJustified(widths.at(c)));
            if (c + 1 < row.size())
                s += QStringLiteral("  ");
        }
        out() << s.trimmed() << '\n';
    };
    line(header);
    QString rule;
    for (int c = 0; c < widths.size(); ++c)
        rule += QString(widths.at(c), QLatin1Char('-')) + (c + 1 < widths.size() ? QStringLiteral("  ") : QString());
    out() << rule << '\n';
    for (const auto &row : cells)
        line(row);
    for (const auto &m : rows)
        if (!m.error.isEmpty())
            out() << "  ! " << m.name << ": " << m.error << '\n';
}


struct Credentials
{
    QString user, password;
};

std::unique_ptr<Session> signIn(const QString &urlText, const QString &password, const Credentials &who)
{
    auto gateway = Gateway::open(urlText, password);
    if (!gateway) {
        err() << gateway.error() << '\n';
        return nullptr;
    }
    if (auto actor = (*gateway)->signInNow(who.user, who.password); !actor) {
        err() << "cannot sign in as " << who.user << ": " << actor.error() << '\n';
        return nullptr;
    }
    SessionOptions options;
    options.idleLockSeconds = 0;
    options.watchChanges = false; // nothing else writes; the notifier's polls would only add noise
    return (*gateway)->startSession(options);
}

// Returns false when the database could not be measured at all.
bool benchDatabase(const QString &urlText, qint64 requests, const Credentials &supervisor, const Credentials &agent)
{
    auto parsed = DatabaseUrl::parse(urlText);
    if (!parsed) {
        err() << parsed.error() << '\n';
        return false;
    }
    DatabaseUrl url = parsed.value();
    if (url.dialect == Dialect::PostgreSQL && url.password.isEmpty())
        url.password = qEnvironmentVariable("PGPASSWORD");

    QString fillNote;
    qint64 existing = 0;
    {
        Database probe(url);
        if (auto s = probe.open(); !s) {
            err() << s.error() << '\n';
            return false;
        }
        if (auto s = SchemaMigrator(probe).migrate(); !s) {
            err() << s.error() << '\n';
            return false;
        }
        QString error;
        const auto n = requestCount(probe, &error);
        if (!n) {
            err() << error << '\n';
            return false;
        }
        existing = *n;
    } // closed before a child process writes to it
    if (existing == 0) {
        const double seconds = fillWithCli(urlText, requests);
        if (seconds < 0)
            return false;
        fillNote = QStringLiteral("filled with %1 requests (privacydesk-cli demo --seed 1, child process) in %2 s")
                       .arg(requests)
                       .arg(seconds, 0, 'f', 1);
    } else {
        fillNote = QStringLiteral("reused as given (already held requests; no fill)");
    }

    const Database db(url);
    if (auto s = db.open(); !s) {
        err() << s.error() << '\n';
        return false;
    }
    QSqlDatabase connection = db.connection();
    Raw raw(connection);
    const Dialect dialect = db.dialect();
    const qint64 total = raw.scalar(QStringLiteral("SELECT COUNT(*) FROM requests"), {});
    const Names names = pickNames(db);
    const qint64 agentId = raw.scalar(QStringLiteral("SELECT id FROM staff WHERE username = ?"), {agent.user});

    const QString title = db.dialect() == Dialect::SQLite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
    out() << "\n== " << title << ": " << url.toDisplayString() << " (" << serverVersion(db) << ")\n";
    out() << "requests: " << total << "; " << fillNote << '\n';
    if (total != requests)
        out() << "note: --requests was " << requests << ", the database holds " << total << '\n';
    out() << "signed in as " << supervisor.user << " (every request) and " << agent.user
          << " (their own and the unassigned)\n";
    out() << "text search terms: 3+ chars \"" << names.longName << "\", 2 chars \"" << names.shortName << "\"\n";
    out() << "times in ms: call and ready and raw are medians of " << kRuns << " runs after one warm-up (\"1st\"); "
             "stall is the worst of the " << kRuns << "; rows m/raw: the model's rowCount() vs raw COUNT(*), or rows\n\n"
          << Qt::flush;

    const auto session = signIn(urlText, url.password, supervisor);
    if (!session)
        return false;
    // Signed in before the memory is read: hashing a password takes 64 MB for a moment, on purpose.
    const auto agentSession = agentId > 0 ? signIn(urlText, url.password, agent) : nullptr;

    // Memory: everything before the model is the Qt runtime, the session and its connections.
    const Memory beforeModel = readMemory();
    const bool peakReset = resetPeak();

    QList<Measurement> results;
    const QString receivedCol = QStringLiteral("r.received_at");
    const QString personCol = QStringLiteral("r.person_name");
    const auto rawFirstScreen = [&](const QString &where, const QVariantList &binds) {
        const qint64 n = raw.scalar(QStringLiteral("SELECT COUNT(*) FROM requests r") + where, binds);
        rawPage(raw, where, binds, receivedCol, false, kPage);
        return n;
    };

    // 1. Open to first screen: a new model (its constructor counts), then the 40 visible rows.
    {
        std::unique_ptr<RequestQueueModel> model;
        auto m = measure(
            QStringLiteral("open to first screen"), [&] { model.reset(); },
            [&] { model = std::make_unique<RequestQueueModel>(*session); },
            [&] { return screenReady(*model, 0); }, [&] { return qint64(model->rowCount()); },
            [&] { return rawFirstScreen({}, {}); }, raw);
        m.absoluteLimitMs = kFirstScreenMs;
        results << m;
    }
    // The same for an agent, whose queue is their requests and the unassigned ones.
    if (agentSession) {
        {
            std::unique_ptr<RequestQueueModel> model;
            const QString where = whereSql({QStringLiteral("(r.assignee_id = ? OR r.assignee_id IS NULL)")});
            auto m = measure(
                QStringLiteral("open to first screen (agent)"), [&] { model.reset(); },
                [&] { model = std::make_unique<RequestQueueModel>(*agentSession); },
                [&] { return screenReady(*model, 0); }, [&] { return qint64(model->rowCount()); },
                [&] { return rawFirstScreen(where, {agentId}); }, raw);
            m.absoluteLimitMs = kFirstScreenMs;
            results << m;
        }
    }

    RequestQueueModel model(*session);
    waitUntil([&] { return screenReady(model, 0); });
    const int rowCount = model.rowCount();
    const auto quiet = [&] { waitUntil([&] { return screenReady(model, 0); }); };
    const auto rows = [&] { return qint64(model.rowCount()); };

    // 2. Sort change: Person ascending (from the default Received descending).
    results << measure(
        QStringLiteral("sort change (Person asc)"),
        [&] {
            model.sort(RequestQueueModel::ReceivedColumn, Qt::DescendingOrder);
            quiet();
        },
        [&] { model.sort(RequestQueueModel::PersonColumn, Qt::AscendingOrder); },
        [&] { return screenReady(model, 0); }, rows,
        [&] {
            const qint64 n = raw.scalar(QStringLiteral("SELECT COUNT(*) FROM requests r"), {});
            rawPage(raw, {}, {}, personCol, true, kPage);
            return n;
        },
        raw);
    // Working days left, most first: the open requests by due date, the closed ones after them.
    results << measure(
        QStringLiteral("sort change (days left desc)"),
        [&] {
            model.sort(RequestQueueModel::ReceivedColumn, Qt::DescendingOrder);
            quiet();
        },
        [&] { model.sort(RequestQueueModel::DaysLeftColumn, Qt::DescendingOrder); },
        [&] { return screenReady(model, 0); }, rows,
        [&] {
            const qint64 n = raw.scalar(QStringLiteral("SELECT COUNT(*) FROM requests r"), {});
            rawPage(raw, {}, {},
                    QStringLiteral("(CASE WHEN r.status IN ('completed', 'rejected', 'withdrawn', 'unverifiable') "
                                   "THEN '0000-01-01' ELSE r.due_date END)"),
                    false, kPage);
            return n;
        },
        raw);
    model.sort(RequestQueueModel::ReceivedColumn, Qt::DescendingOrder);
    quiet();

    // 3. Filter change: Received + Verifying, type Access.
    {
        QueueFilter filter;
        filter.statuses = {RequestStatus::Received, RequestStatus::Verifying};
        filter.types = {RequestType::Access};
        const QString where = whereSql({QStringLiteral("r.status IN (%1)").arg(placeholders(2)),
                                        QStringLiteral("r.type IN (%1)").arg(placeholders(1))});
        const QVariantList binds{requestStatuses().key(RequestStatus::Received),
                                 requestStatuses().key(RequestStatus::Verifying), requestTypes().key(RequestType::Access)};
        results << measure(
            QStringLiteral("filter change (2 statuses + type)"),
            [&] {
                model.setFilter({});
                quiet();
            },
            [&] { model.setFilter(filter); }, [&] { return screenReady(model, 0); }, rows,
            [&] { return rawFirstScreen(where, binds); }, raw);
    }

    // 4. Text search: a 3+ character name (trigram index on SQLite), a 2-character one, and a
    // reference by its number alone, in whichever year it was numbered.
    const auto textSearch = [&](const QString &label, const QString &needle, bool referenceNumber) {
        QueueFilter filter;
        filter.text = needle;
        QVariantList binds;
        const QString where = whereSql({referenceNumber ? referenceNumberClause(dialect, needle, binds)
                                                        : textSearchClause(dialect, needle, binds)});
        results << measure(
            label,
            [&] {
                model.setFilter({});
                quiet();
            },
            [&] { model.setFilter(filter); }, [&] { return screenReady(model, 0); }, rows,
            [&] { return rawFirstScreen(where, binds); }, raw);
    };
    if (!names.longName.isEmpty())
        textSearch(QStringLiteral("text search, %1 chars").arg(names.longName.size()), names.longName, false);
    if (!names.shortName.isEmpty())
        textSearch(QStringLiteral("text search, %1 chars").arg(names.shortName.size()), names.shortName, false);
    textSearch(QStringLiteral("reference number search"), QStringLiteral("4567"), true);
    model.setFilter({});
    quiet();

    // 5. Jump to the last row: the bottom 40 rows of a model that has only read its first screen.
    std::unique_ptr<RequestQueueModel> fresh;
    const auto freshModel = [&] {
        fresh = std::make_unique<RequestQueueModel>(*session);
        waitUntil([&] { return screenReady(*fresh, 0); });
    };
    results << measure(
        QStringLiteral("jump to last row"), freshModel,
        [&] { readRows(*fresh, rowCount - kScreenRows, kScreenRows); },
        [&] { return !fresh->isLoading() && readRows(*fresh, rowCount - kScreenRows, kScreenRows); },
        [&] { return qint64(fresh->rowCount()); },
        [&] { return qint64(rawPage(raw, {}, {}, receivedCol, true, kPage).size()); }, raw);

    // 6. Scroll: 5,000 consecutive rows from the top, a screen at a time, each screen waited for.
    {
        int scrolled = 0;
        results << measure(
            QStringLiteral("scroll 5000 rows from top"),
            [&] {
                freshModel();
                scrolled = 0;
            },
            [&] { readRows(*fresh, 0, kScreenRows); },
            [&] {
                const int goal = std::min(kScrollRows, fresh->rowCount());
                while (scrolled < goal && readRows(*fresh, scrolled, kScreenRows))
                    scrolled = std::min(goal, scrolled + kScreenRows);
                return scrolled >= goal && !fresh->isLoading();
            },
            [&] { return qint64(scrolled); },
            [&] {
                qint64 read = 0;
                QVariant key;
                qint64 keyId = 0;
                while (read < kScrollRows) {
                    QString where;
                    QVariantList binds;
                    if (read > 0) {
                        where = whereSql({QStringLiteral("(r.received_at, r.id) < (?, ?)")});
                        binds << key << keyId;
                    }
                    const auto page = rawPage(raw, where, binds, receivedCol, false, int(std::min<qint64>(kPage, kScrollRows - read)));
                    if (page.isEmpty())
                        break;
                    read += page.size();
                    key = page.constLast().constLast();
                    keyId = page.constLast().constFirst().toLongLong();
                }
                return read;
            },
            raw);
    }

    // 7. Refresh in place (what every change anywhere causes): the rows in view read again.
    results << measure(
        QStringLiteral("refresh (after a change)"), quiet, [&] { model.refresh(); },
        [&] { return screenReady(model, 0); }, rows, [&] { return rawFirstScreen({}, {}); }, raw);

    const Memory after = readMemory();

    printTable(results);

    const bool rssMet = after.hwmMb > 0 && after.hwmMb <= kMaxRssMb;
    out() << '\n'
          << "memory: RSS before the model " << QString::number(beforeModel.rssMb, 'f', 1) << " MB (peak so far "
          << QString::number(beforeModel.hwmMb, 'f', 1) << " MB); peak RSS (VmHWM) after all model operations "
          << QString::number(after.hwmMb, 'f', 1) << " MB"
          << (peakReset ? " (peak reset just before the model)" : " (process lifetime peak: clear_refs unavailable)")
          << ", +" << QString::number(after.hwmMb - beforeModel.rssMb, 'f', 1) << " MB over the pre-model RSS; RSS now "
          << QString::number(after.rssMb, 'f', 1) << " MB\n";
    out() << "targets: ready <= " << kMaxRatio << "x raw + " << kSlackMs << " ms, first screen <= " << kFirstScreenMs
          << " ms, GUI-thread stall <= " << kMaxStallMs << " ms, peak RSS <= " << kMaxRssMb << " MB\n";
    QStringList missedNames;
    for (const auto &m : results)
        if (!m.met())
            missedNames << m.name;
    out() << "  operations: " << (results.size() - missedNames.size()) << " of " << results.size() << " met";
    if (!missedNames.isEmpty())
        out() << " (NOT MET: " << missedNames.join(QStringLiteral(", ")) << ')';
    out() << '\n'
          << "  peak RSS " << QString::number(after.hwmMb, 'f', 1) << " MB <= " << kMaxRssMb << " MB: "
          << (rssMet ? "met" : "NOT MET") << '\n'
          << Qt::flush;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("queue_bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the request queue model against the raw SQL it runs."));
    parser.addHelpOption();
    const QCommandLineOption requestsOption(QStringLiteral("requests"),
                                            QStringLiteral("Requests to generate into an empty database (default 1000000)."),
                                            QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("SQLite database (sqlite:///abs/path.db or a file path); reused "
                                                     "when it holds requests, filled when empty. Default: a temporary file."),
                                      QStringLiteral("url"));
    const QCommandLineOption pgOption(QStringLiteral("pg"),
                                      QStringLiteral("Also measure this PostgreSQL database (postgresql://user@host:port/db), "
                                                     "filled when empty."),
                                      QStringLiteral("url"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Supervisor to sign in as (default demo.wang.qiang)."),
                                        QStringLiteral("name"), QStringLiteral("demo.wang.qiang"));
    const QCommandLineOption passwordOption(QStringLiteral("password"), QStringLiteral("Their password (default the demo one)."),
                                            QStringLiteral("text"), QStringLiteral("demo-supervisor-1"));
    const QCommandLineOption agentOption(QStringLiteral("agent"), QStringLiteral("Agent to sign in as (default demo.li.na)."),
                                         QStringLiteral("name"), QStringLiteral("demo.li.na"));
    const QCommandLineOption agentPasswordOption(QStringLiteral("agent-password"),
                                                 QStringLiteral("The agent's password (default the demo one)."),
                                                 QStringLiteral("text"), QStringLiteral("demo-agent-2"));
    parser.addOptions({requestsOption, dbOption, pgOption, userOption, passwordOption, agentOption, agentPasswordOption});
    parser.process(app);

    bool ok = false;
    const qint64 requests = parser.value(requestsOption).toLongLong(&ok);
    if (!ok || requests < 1 || requests > 10'000'000) {
        err() << "--requests must be a whole number from 1 to 10000000\n";
        return 2;
    }
    const Credentials supervisor{parser.value(userOption), parser.value(passwordOption)};
    const Credentials agent{parser.value(agentOption), parser.value(agentPasswordOption)};

    QTemporaryDir tempDir;
    QString sqliteUrl;
    if (parser.isSet(dbOption)) {
        sqliteUrl = parser.value(dbOption);
        if (!sqliteUrl.contains(QStringLiteral("://")))
            sqliteUrl = DatabaseUrl::sqliteFile(sqliteUrl).toDisplayString();
    } else {
        if (!tempDir.isValid()) {
            err() << "cannot create a temporary directory\n";
            return 1;
        }
        sqliteUrl = QStringLiteral("sqlite://") + tempDir.filePath(QStringLiteral("queue_bench.db"));
    }

    out() << "queue_bench: RequestQueueModel through a Session vs raw SQL (page " << kPage << " rows, screen "
          << kScreenRows << " rows, cache " << RequestQueueModel::kMaxPages << " pages), Qt " << qVersion() << '\n';

    bool any = benchDatabase(sqliteUrl, requests, supervisor, agent);
    if (parser.isSet(pgOption))
        any = benchDatabase(parser.value(pgOption), requests, supervisor, agent) || any;
    return any ? 0 : 1;
}
