// Shared by the benchmarks: memory and timing, the raw SQL a model is compared with, filling a
// database through the CLI.
#include "benchtools.h"

#include "storage/requestrow.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pd::bench {

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

qint64 Raw::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, sql, binds) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Every column of every row, as a client would keep them.
QList<QVariantList> Raw::rows(const QString &sql, const QVariantList &binds)
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

bool Raw::run(QSqlQuery &q, const QString &sql, const QVariantList &binds)
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
                            int limit)
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
    if (dialect == Dialect::SQLite && needle.toUcs4().size() >= 3) {
        people = QStringLiteral("SELECT rowid FROM people_fts WHERE people_fts MATCH ?");
        binds << QVariant(QLatin1Char('"') + needle + QLatin1Char('"'));
    } else if (needle.toUcs4().size() >= 3) {
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

QString referenceNumberClause(Dialect dialect, const QString &digits, QVariantList &binds)
{
    // What a hand-written query for "the request numbered 4567, in any year, or a person whose
    // phone holds 4567" would be: the number in every year numbered, plus the people search.
    const QString padded = QStringLiteral("%1").arg(digits.toLongLong(), 6, 10, QLatin1Char('0'));
    QVariantList peopleBinds;
    const QString people = textSearchClause(dialect, digits, peopleBinds);
    binds << peopleBinds << QVariant(padded);
    return QStringLiteral("(%1 OR r.reference IN (SELECT 'DSR-' || CAST(year AS TEXT) || '-' || ? FROM reference_counters))").arg(people);
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

} // namespace pd::bench
