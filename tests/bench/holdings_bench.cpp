// The person view at its worst case: the demo platform's heavy person (tens of thousands of log
// lines), the first screen (every category's count and first rows, as the People page opens) and
// a later page, through PeopleDesk / HoldingsReader, beside the same statements as raw SQL; on
// the SQLite demo platform and on a PostgreSQL copy of the person's rows. A measurement, not a test.
//
//   build/tests/bench/holdings_bench --db sqlite:///work/bench/small.db [--pg postgresql://postgres@127.0.0.1:55432/postgres]
// The database must hold demo data (it signs in as the demo supervisor); a fresh file is filled
// with 2,000 demo requests by the real CLI first.
#include "benchtools.h"

#include "session/gateway.h"
#include "session/peopledesk.h"
#include "session/session.h"
#include "sources/demoplatform.h"
#include "sources/holdingsreader.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace pd;
using namespace pd::bench;

namespace {

void report(const QString &what, double ms, const QString &detail = {})
{
    out() << QStringLiteral("%1  %2 ms  %3\n").arg(what.leftJustified(52)).arg(ms, 9, 'f', 2).arg(detail) << Qt::flush;
}

double medianOf(int runs, const std::function<void()> &f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i)
        times << timedMs(f);
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("database URL"), QStringLiteral("url")});
    parser.addOption({QStringLiteral("pg"), QStringLiteral("a PostgreSQL database for the copy"), QStringLiteral("url")});
    parser.process(app);
    const QString url = parser.value(QStringLiteral("db"));
    const auto parsed = DatabaseUrl::parse(url);
    if (!parsed) {
        err() << parsed.error() << '\n';
        return 1;
    }
    if (parsed->dialect == Dialect::SQLite && !QFileInfo::exists(parsed->path)) {
        out() << "filling " << url << " with 2000 demo requests: " << fillWithCli(url, 2000) << " s\n" << Qt::flush;
    }
    auto gateway = Gateway::open(url);
    if (!gateway) {
        err() << gateway.error() << '\n';
        return 1;
    }
    if (auto actor = gateway.value()->signInNow(QStringLiteral("demo.wang.qiang"), QStringLiteral("demo-supervisor-1")); !actor) {
        err() << "cannot sign in: " << actor.error() << '\n';
        return 1;
    }
    SessionOptions options;
    options.idleLockSeconds = 0;
    options.watchChanges = false;
    const auto session = gateway.value()->startSession(options);

    // The heavy person: the one with the most log lines on the platform.
    const QString platformPath = DemoPlatform::pathFor(parsed.value());
    QSqlDatabase platform = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-platform"));
    platform.setDatabaseName(platformPath);
    if (!platform.open()) {
        err() << "no demo platform at " << platformPath << '\n';
        return 1;
    }
    Raw raw(platform);
    const auto heavy = raw.rows(QStringLiteral("SELECT u.account, u.id, COUNT(*) FROM access_log a JOIN users u ON u.id = a.user_id "
                                               "GROUP BY u.id ORDER BY COUNT(*) DESC LIMIT 1"),
                                {});
    if (heavy.isEmpty()) {
        err() << "the platform holds no log lines " << raw.takeError() << '\n';
        return 1;
    }
    const QString account = heavy.constFirst().at(0).toString();
    const qint64 uid = heavy.constFirst().at(1).toLongLong();
    const qint64 lines = heavy.constFirst().at(2).toLongLong();
    const auto found = session->people().find(account);
    if (!found || found->size() != 1) {
        err() << "cannot find the person " << account << '\n';
        return 1;
    }
    const qint64 personId = found->constFirst().id;
    out() << "heavy person " << account << ": " << lines << " log lines; platform " << platformPath << "\n\n" << Qt::flush;

    // The first screen: every category's count and first 200 rows, audited, through the desk.
    qint64 items = 0;
    const double first = medianOf(7, [&] {
        const auto h = session->people().holdings(personId, false);
        items = 0;
        if (h)
            for (const CategoryHolding &c : h->items)
                items += c.total;
    });
    report(QStringLiteral("person view, first screen (9 categories, desk)"), first, QStringLiteral("%1 items").arg(items));
    const auto sources = session->people().sources();
    const DataSource demo = sources->constFirst();
    const double reader = medianOf(7, [&] {
        static_cast<void>(HoldingsReader::read({demo}, Inventory::categoryKeys(), PersonIdentifiers{{}, {}, {}, account, {}, {}},
                                               PeopleDesk::kFirstRows));
    });
    report(QStringLiteral("  the look-ups alone (HoldingsReader, own connection)"), reader);
    const double rawLogs = medianOf(7, [&] {
        raw.scalar(QStringLiteral("SELECT COUNT(*) FROM access_log WHERE user_id = ?"), {uid});
        raw.rows(QStringLiteral("SELECT accessed_at, path, client_ip, event FROM access_log WHERE user_id = ? ORDER BY accessed_at DESC LIMIT 200"),
                 {uid});
    });
    report(QStringLiteral("  raw SQL: the log's count and first 200 rows"), rawLogs);
    const double page = medianOf(7, [&] { static_cast<void>(session->people().page(personId, demo.id, QStringLiteral("log"), lines / 2, 500, false)); });
    report(QStringLiteral("a page of 500 log lines halfway down (desk)"), page);
    const double rawPage = medianOf(7, [&] {
        raw.rows(QStringLiteral("SELECT accessed_at, path, client_ip, event FROM access_log WHERE user_id = ? ORDER BY accessed_at DESC LIMIT 500 OFFSET ?"),
                 {uid, lines / 2});
    });
    report(QStringLiteral("  raw SQL: the same page"), rawPage);

    // The same rows on PostgreSQL: a copy of the person's log lines, looked up by account.
    if (parser.isSet(QStringLiteral("pg"))) {
        const auto pgUrl = DatabaseUrl::parse(parser.value(QStringLiteral("pg")));
        QSqlDatabase pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-pg"));
        pg.setHostName(pgUrl->host);
        pg.setPort(pgUrl->port);
        pg.setDatabaseName(pgUrl->database);
        pg.setUserName(pgUrl->user);
        if (!pg.open()) {
            err() << pg.lastError().text() << '\n';
            return 1;
        }
        QSqlQuery q(pg);
        q.exec(QStringLiteral("DROP TABLE IF EXISTS bench_access_log"));
        q.exec(QStringLiteral("CREATE TABLE bench_access_log (account TEXT, accessed_at TEXT, path TEXT, client_ip TEXT, event TEXT)"));
        pg.transaction();
        q.prepare(QStringLiteral("INSERT INTO bench_access_log VALUES (?, ?, ?, ?, ?)"));
        for (const QVariantList &row : raw.rows(QStringLiteral("SELECT accessed_at, path, client_ip, event FROM access_log WHERE user_id = ?"), {uid})) {
            q.addBindValue(account);
            for (const QVariant &v : row)
                q.addBindValue(v);
            q.exec();
        }
        pg.commit();
        q.exec(QStringLiteral("CREATE INDEX bench_access_log_account ON bench_access_log (account, accessed_at)"));
        q.exec(QStringLiteral("ANALYZE bench_access_log"));
        DataSource copy;
        copy.name = QStringLiteral("PostgreSQL copy");
        copy.url = pgUrl->toDisplayString();
        copy.lookups.insert(QStringLiteral("log"), QStringLiteral("SELECT accessed_at, path, client_ip, event FROM bench_access_log "
                                                                 "WHERE account = :account ORDER BY accessed_at DESC"));
        const PersonIdentifiers who{{}, {}, {}, account, {}, {}};
        const double pgFirst = medianOf(7, [&] { static_cast<void>(HoldingsReader::read({copy}, Inventory::categoryKeys(), who, PeopleDesk::kFirstRows)); });
        report(QStringLiteral("PostgreSQL: the log's count and first 200 (reader)"), pgFirst, QStringLiteral("%1 lines").arg(lines));
        Raw rawPg(pg);
        const double pgRaw = medianOf(7, [&] {
            rawPg.scalar(QStringLiteral("SELECT COUNT(*) FROM bench_access_log WHERE account = ?"), {account});
            rawPg.rows(QStringLiteral("SELECT accessed_at, path, client_ip, event FROM bench_access_log WHERE account = ? ORDER BY accessed_at DESC LIMIT 200"),
                       {account});
        });
        report(QStringLiteral("  raw SQL on the open connection"), pgRaw);
        const double pgPage = medianOf(7, [&] { static_cast<void>(HoldingsReader::page(copy, QStringLiteral("log"), who, lines / 2, 500)); });
        report(QStringLiteral("PostgreSQL: a page of 500 halfway down (reader)"), pgPage);
        q.exec(QStringLiteral("DROP TABLE bench_access_log"));
    }
    return 0;
}
