// queue_bench: how the triage queue model performs on a big table, next to the raw SQL it stands on.
//
//   queue_bench [--requests N (default 1000000)] [--db URL] [--pg postgresql://user@host:port/db]
//
// Without --db a temporary SQLite file is filled with N demo requests (seed 1); a --db that already
// holds requests is measured as it is, an empty one is filled first. --pg adds a PostgreSQL
// database, filled the same way when empty. Filling runs `privacydesk-cli demo` in a child process
// so the generator's memory never counts against this process.
//
// Every operation is timed in-process with QElapsedTimer: one warm-up run (shown as "1st"), then the
// median of five. Each model operation is paired with the equivalent hand-written SQL run through a
// plain QSqlQuery on the same connection in the same loop; the raw SQL mirrors what
// QueueRepository generates (a prepared statement per call, forward-only, every column read).
// This is a benchmark, not a test: it is never registered with CTest and always exits 0 unless it
// cannot run at all.

#include "domain/enums.h"
#include "itemmodels/requestqueuemodel.h"
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
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace {

using namespace pd;

constexpr int kRuns = 5;
constexpr int kScreenRows = 40;
constexpr int kPage = RequestQueueModel::kPageSize; // 128, the page the raw queries fetch too
constexpr int kScrollRows = 5000;
constexpr double kMaxRatio = 3.0;
constexpr double kFirstScreenMs = 100.0;
constexpr double kMaxRssMb = 150.0;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// ---- memory -------------------------------------------------------------------------------------

struct Memory
{
    double rssMb = -1; // VmRSS
    double hwmMb = -1; // VmHWM: peak RSS (since start, or since the last resetPeak())
};

Memory readMemory()
{
    Memory m;
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return m;
    const auto valueMb = [](const QByteArray &line) {
        return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; // "VmRSS:   12345 kB"
    };
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            m.rssMb = valueMb(line);
        else if (line.startsWith("VmHWM:"))
            m.hwmMb = valueMb(line);
    }
    return m;
}

// Linux: writing 5 to clear_refs resets VmHWM to the current RSS, so the peak we report belongs to
// the model run and not to whatever happened earlier in the process.
bool resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

// ---- timing -------------------------------------------------------------------------------------

double timedMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// ---- raw SQL, the way QueueRepository issues it ---------------------------------------------------

class Raw
{
public:
    explicit Raw(QSqlDatabase db) : m_db(std::move(db)) {}

    qint64 scalar(const QString &sql, const QVariantList &binds)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!run(q, sql, binds) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // Every column of every row, as a client would keep them.
    QList<QVariantList> rows(const QString &sql, const QVariantList &binds)
    {
        QList<QVariantList> result;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!run(q, sql, binds))
            return result;
        const int columns = storage::kRequestColumnCount + 1;
        while (q.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row.append(q.value(c));
            result.append(std::move(row));
        }
        return result;
    }

    QString takeError() { return std::exchange(m_error, {}); }

private:
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
    {
        if (!q.prepare(sql)) {
            m_error = Database::describe(q.lastError()) + QStringLiteral(" in: ") + sql;
            return false;
        }
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec()) {
            m_error = Database::describe(q.lastError()) + QStringLiteral(" in: ") + sql;
            return false;
        }
        return true;
    }

    QSqlDatabase m_db;
    QString m_error;
};

QString placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(QStringLiteral(", "));
}

QString whereSql(const QStringList &clauses)
{
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

// SELECT <request columns>, <sort column> FROM requests r [WHERE ...] ORDER BY <col> <dir>, r.id <dir> LIMIT ?
// (the limit is bound, as the repository binds it)
QList<QVariantList> rawPage(Raw &raw, const QString &where, QVariantList binds, const QString &column, bool ascending,
                            int limit = kPage)
{
    const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString sql = QStringLiteral("SELECT %1, %2 FROM requests r").arg(QLatin1String(storage::kRequestColumns), column)
        + where + QStringLiteral(" ORDER BY %1 %2, r.id %2 LIMIT ?").arg(column, dir);
    binds << limit;
    return raw.rows(sql, binds);
}

// The text-search clause QueueRepository::addTextSearch() builds, with its binds (keep in step with it).
QString textSearchClause(Dialect dialect, const QString &needle, QVariantList &binds)
{
    const QString upper = needle.toUpper();
    QString people;
    if (dialect == Dialect::SQLite && needle.size() >= 3) {
        people = QStringLiteral("SELECT rowid FROM people_fts WHERE people_fts MATCH ?");
        binds << QVariant(QLatin1Char('"') + needle + QLatin1Char('"'));
    } else if (needle.size() >= 3) {
        people = QStringLiteral("SELECT id FROM people WHERE search_text LIKE ? ESCAPE '\\'");
        binds << QVariant(QLatin1Char('%') + needle + QLatin1Char('%'));
    } else {
        people = QStringLiteral("SELECT id FROM people WHERE name LIKE ? ESCAPE '\\'");
        binds << QVariant(QLatin1Char('%') + needle + QLatin1Char('%'));
    }
    // References are ASCII: a needle that is not cannot start one, and the repository drops the OR.
    if (std::any_of(upper.cbegin(), upper.cend(), [](QChar c) { return c.unicode() >= 0x80; }))
        return QStringLiteral("r.person_id IN (%1)").arg(people);
    if (dialect == Dialect::SQLite) {
        binds << QVariant(upper) << QVariant(upper + QChar(0xFFFF));
        return QStringLiteral("(r.person_id IN (%1) OR (r.reference >= ? AND r.reference < ?))").arg(people);
    }
    binds << QVariant(upper + QLatin1Char('%'));
    return QStringLiteral("r.id IN (SELECT id FROM requests WHERE person_id IN (%1) "
                          "UNION SELECT id FROM requests WHERE reference LIKE ? ESCAPE '\\')")
        .arg(people);
}

// ---- the model, the way a view reads it -----------------------------------------------------------

qint64 g_sink = 0; // keeps the reads from being optimised away

// DisplayRole of every column for rows [first, first + count); returns the rows read.
int readRows(const QAbstractItemModel &model, int first, int count)
{
    const int last = std::min(first + count, model.rowCount());
    for (int r = std::max(first, 0); r < last; ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            g_sink += model.data(model.index(r, c)).isValid();
    return std::max(0, last - std::max(first, 0));
}

// ---- results ------------------------------------------------------------------------------------

struct Measurement
{
    QString name;
    double modelFirst = 0, rawFirst = 0;   // the warm-up run
    double modelMedian = 0, rawMedian = 0; // median of kRuns
    qint64 modelRows = -1, rawRows = -1;   // model rowCount() / raw COUNT(*) (or rows fetched)
    double absoluteLimitMs = 0;            // 0: only the ratio target applies
    QString error;

    double ratio() const { return rawMedian > 0 ? modelMedian / rawMedian : 0; }
    bool met() const
    {
        return error.isEmpty() && ratio() <= kMaxRatio && (absoluteLimitMs <= 0 || modelMedian <= absoluteLimitMs);
    }
};

// One warm-up, then kRuns alternating model/raw runs. `reset` (untimed) puts the model back in the
// state the operation starts from; `model` and `raw` return a row count for the sanity column.
Measurement measure(const QString &name, const std::function<void()> &reset, const std::function<qint64()> &model,
                    const std::function<qint64()> &raw, Raw &rawDb)
{
    Measurement m;
    m.name = name;
    err() << "  " << name << "..." << Qt::flush;
    QList<double> modelTimes, rawTimes;
    for (int run = 0; run <= kRuns; ++run) {
        if (reset)
            reset();
        const double tm = timedMs([&] { m.modelRows = model(); });
        const double tr = timedMs([&] { m.rawRows = raw(); });
        if (run == 0) {
            m.modelFirst = tm;
            m.rawFirst = tr;
        } else {
            modelTimes << tm;
            rawTimes << tr;
        }
        if (const QString e = rawDb.takeError(); !e.isEmpty() && m.error.isEmpty())
            m.error = QStringLiteral("raw SQL failed: ") + e;
    }
    m.modelMedian = median(modelTimes);
    m.rawMedian = median(rawTimes);
    err() << " done\n" << Qt::flush;
    return m;
}

QString fmtMs(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

void printTable(const QList<Measurement> &rows)
{
    const QStringList header{QStringLiteral("operation"), QStringLiteral("model ms"), QStringLiteral("raw ms"),
                             QStringLiteral("ratio"), QStringLiteral("model 1st"), QStringLiteral("raw 1st"),
                             QStringLiteral("rows m/raw"), QStringLiteral("target"), QStringLiteral("result")};
    QList<QStringList> cells;
    for (const auto &m : rows) {
        QString target = QStringLiteral("<=%1x raw").arg(kMaxRatio, 0, 'f', 0);
        if (m.absoluteLimitMs > 0)
            target += QStringLiteral(", <=%1 ms").arg(m.absoluteLimitMs, 0, 'f', 0);
        cells << QStringList{m.name,
                             fmtMs(m.modelMedian),
                             fmtMs(m.rawMedian),
                             QString::number(m.ratio(), 'f', 2) + QLatin1Char('x'),
                             fmtMs(m.modelFirst),
                             fmtMs(m.rawFirst),
                             QStringLiteral("%1/%2").arg(m.modelRows).arg(m.rawRows),
                             target,
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
            // Text columns left-aligned, numbers right-aligned.
            const bool left = c == 0 || c >= 7;
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

// ---- filling ------------------------------------------------------------------------------------

std::optional<qint64> requestCount(const Database &db, QString *error)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM requests")) || !q.next()) {
        *error = Database::describe(q.lastError());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

// `privacydesk-cli demo` in a child process; returns seconds, or a negative number on failure.
double fillWithCli(const QString &url, qint64 requests)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel); // its progress line
    const QStringList args{QStringLiteral("demo"), QStringLiteral("--db"), url, QStringLiteral("--requests"),
                           QString::number(requests), QStringLiteral("--seed"), QStringLiteral("1")};
    err() << "Filling " << url << " with " << requests << " demo requests: " << QStringLiteral(PD_CLI_PATH) << ' '
          << args.join(QLatin1Char(' ')) << '\n'
          << Qt::flush;
    QElapsedTimer t;
    t.start();
    cli.start(QStringLiteral(PD_CLI_PATH), args);
    if (!cli.waitForStarted(-1) || !cli.waitForFinished(-1)) {
        err() << "cannot run " << PD_CLI_PATH << ": " << cli.errorString() << '\n';
        return -1;
    }
    const double seconds = double(t.elapsed()) / 1000.0;
    const QString text = QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
    if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
        err() << "privacydesk-cli demo failed (exit " << cli.exitCode() << "): " << text << '\n';
        return -1;
    }
    err() << text << '\n' << Qt::flush;
    return seconds;
}

// ---- one database -------------------------------------------------------------------------------

struct Names
{
    QString longName;  // 3+ characters: the FTS5 trigram path on SQLite
    QString shortName; // 2 characters: the LIKE scan of people
};

Names pickNames(const Database &db)
{
    Names n;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT name FROM people ORDER BY id LIMIT 5000"));
    while (q.next() && (n.longName.isEmpty() || n.shortName.isEmpty())) {
        const QString name = q.value(0).toString();
        const bool chinese = !name.isEmpty()
            && std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF; });
        if (!chinese)
            continue;
        if (name.size() >= 3 && n.longName.isEmpty())
            n.longName = name;
        if (name.size() == 2 && n.shortName.isEmpty())
            n.shortName = name;
    }
    return n;
}

QString serverVersion(const Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const QString sql = db.dialect() == Dialect::SQLite ? QStringLiteral("SELECT 'SQLite ' || sqlite_version()")
                                                        : QStringLiteral("SELECT split_part(version(), ' on ', 1)");
    return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("?");
}

// Returns false when the database could not be measured at all.
bool benchDatabase(const QString &urlText, qint64 requests)
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
    const WorkingDayCalendar calendar;

    const QString title = db.dialect() == Dialect::SQLite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
    out() << "\n== " << title << ": " << url.toDisplayString() << " (" << serverVersion(db) << ")\n";
    out() << "requests: " << total << "; " << fillNote << '\n';
    if (total != requests)
        out() << "note: --requests was " << requests << ", the database holds " << total << '\n';
    out() << "text search terms: 3+ chars \"" << names.longName << "\", 2 chars \"" << names.shortName << "\"\n";
    out() << "times: median of " << kRuns << " runs after one warm-up (\"1st\" = the warm-up run), in ms; rows m/raw: "
             "model rowCount() vs raw COUNT(*) where the op counts, else rows read vs rows fetched\n\n"
          << Qt::flush;

    // Memory: everything before the model is the Qt runtime plus one open connection.
    const Memory beforeModel = readMemory();
    const bool peakReset = resetPeak();

    QList<Measurement> results;
    const QString receivedCol = QStringLiteral("r.received_at");
    const QString personCol = QStringLiteral("r.person_name");

    // 1. Open to first screen: a new model (its constructor counts), then the 40 visible rows.
    {
        std::unique_ptr<RequestQueueModel> model;
        auto m = measure(
            QStringLiteral("open to first screen"), [&] { model.reset(); },
            [&] {
                model = std::make_unique<RequestQueueModel>(db, calendar);
                readRows(*model, 0, kScreenRows);
                return qint64(model->rowCount());
            },
            [&] {
                const qint64 n = raw.scalar(QStringLiteral("SELECT COUNT(*) FROM requests r"), {});
                rawPage(raw, {}, {}, receivedCol, false);
                return n;
            },
            raw);
        m.absoluteLimitMs = kFirstScreenMs;
        results << m;
    }

    RequestQueueModel model(db, calendar);
    const int rowCount = model.rowCount();

    // 2. Sort change: Person ascending (from the default Received descending).
    results << measure(
        QStringLiteral("sort change (Person asc)"),
        [&] { model.sort(RequestQueueModel::ReceivedColumn, Qt::DescendingOrder); },
        [&] {
            model.sort(RequestQueueModel::PersonColumn, Qt::AscendingOrder);
            return qint64(readRows(model, 0, kScreenRows));
        },
        [&] { return qint64(rawPage(raw, {}, {}, personCol, true).size()); }, raw);
    model.sort(RequestQueueModel::ReceivedColumn, Qt::DescendingOrder);

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
            QStringLiteral("filter change (2 statuses + type)"), [&] { model.setFilter({}); },
            [&] {
                model.setFilter(filter);
                readRows(model, 0, kScreenRows);
                return qint64(model.rowCount());
            },
            [&] {
                const qint64 n = raw.scalar(QStringLiteral("SELECT COUNT(*) FROM requests r") + where, binds);
                rawPage(raw, where, binds, receivedCol, false);
                return n;
            },
            raw);
    }

    // 4. Text search: a 3+ character name (trigram index on SQLite) and a 2-character one.
    const auto textSearch = [&](const QString &label, const QString &needle) {
        QueueFilter filter;
        filter.text = needle;
        QVariantList binds;
        const QString where = whereSql({textSearchClause(dialect, needle, binds)});
        results << measure(
            label, [&] { model.setFilter({}); },
            [&] {
                model.setFilter(filter);
                readRows(model, 0, kScreenRows);
                return qint64(model.rowCount());
            },
            [&] {
                const qint64 n = raw.scalar(QStringLiteral("SELECT COUNT(*) FROM requests r") + where, binds);
                rawPage(raw, where, binds, receivedCol, false);
                return n;
            },
            raw);
    };
    if (!names.longName.isEmpty())
        textSearch(QStringLiteral("text search, %1 chars").arg(names.longName.size()), names.longName);
    if (!names.shortName.isEmpty())
        textSearch(QStringLiteral("text search, %1 chars").arg(names.shortName.size()), names.shortName);
    model.setFilter({});

    // 5. Jump to the last row: the bottom 40 rows from an empty cache.
    results << measure(
        QStringLiteral("jump to last row"), [&] { model.refresh(); },
        [&] { return qint64(readRows(model, rowCount - kScreenRows, kScreenRows)); },
        [&] { return qint64(rawPage(raw, {}, {}, receivedCol, true).size()); }, raw);

    // 6. Scroll: 5,000 consecutive rows from the top, page by page.
    results << measure(
        QStringLiteral("scroll 5000 rows from top"), [&] { model.refresh(); },
        [&] { return qint64(readRows(model, 0, kScrollRows)); },
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
    out() << "targets: every op <= " << kMaxRatio << "x raw SQL, first screen <= " << kFirstScreenMs << " ms, peak RSS <= "
          << kMaxRssMb << " MB\n";
    int missed = 0;
    for (const auto &m : results)
        missed += m.met() ? 0 : 1;
    out() << "  operations: " << (results.size() - missed) << " of " << results.size() << " met"
          << (missed ? QStringLiteral(" (NOT MET: ") : QString());
    QStringList missedNames;
    for (const auto &m : results)
        if (!m.met())
            missedNames << m.name;
    if (missed)
        out() << missedNames.join(QStringLiteral(", ")) << ')';
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
    parser.addOption(requestsOption);
    parser.addOption(dbOption);
    parser.addOption(pgOption);
    parser.process(app);

    bool ok = false;
    const qint64 requests = parser.value(requestsOption).toLongLong(&ok);
    if (!ok || requests < 1 || requests > 10'000'000) {
        err() << "--requests must be a whole number from 1 to 10000000\n";
        return 2;
    }

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

    out() << "queue_bench: RequestQueueModel vs raw SQL (page " << kPage << " rows, screen " << kScreenRows
          << " rows, cache " << RequestQueueModel::kMaxPages << " pages), Qt " << qVersion() << '\n';

    bool any = benchDatabase(sqliteUrl, requests);
    if (parser.isSet(pgOption))
        any = benchDatabase(parser.value(pgOption), requests) || any;
    return any ? 0 : 1;
}
