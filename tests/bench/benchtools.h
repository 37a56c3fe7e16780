#pragma once

#include "storage/database.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTextStream>
#include <QVariant>

#include <functional>
#include <optional>

namespace pd::bench {

QTextStream &out();
QTextStream &err();

struct Memory
{
    double rssMb = -1; // VmRSS
    double hwmMb = -1; // VmHWM: peak RSS (since start, or since the last resetPeak())
};
Memory readMemory();
// Linux: resets VmHWM to the current RSS, so a later peak belongs to what ran after.
bool resetPeak();

double timedMs(const std::function<void()> &f);
double median(QList<double> v);

// Hand-written SQL through a plain QSqlQuery, the way the repositories issue it (a prepared
// statement per call, forward-only, every column read).
class Raw
{
public:
    explicit Raw(QSqlDatabase db) : m_db(std::move(db)) {}
    qint64 scalar(const QString &sql, const QVariantList &binds);
    QList<QVariantList> rows(const QString &sql, const QVariantList &binds);
    QString takeError() { return std::exchange(m_error, {}); }

private:
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds);
    QSqlDatabase m_db;
    QString m_error;
};

QString placeholders(qsizetype n);
QString whereSql(const QStringList &clauses);
// SELECT <request columns>, <sort column> FROM requests r [WHERE ...] ORDER BY <col> <dir>, r.id <dir> LIMIT ?
QList<QVariantList> rawPage(Raw &raw, const QString &where, QVariantList binds, const QString &column, bool ascending,
                            int limit);
// The text-search clause QueueRepository::addTextSearch() builds, with its binds (keep in step with it).
QString textSearchClause(Dialect dialect, const QString &needle, QVariantList &binds);
// A reference's sequence number typed alone ("4567"), as the queue's search box takes it.
QString referenceNumberClause(Dialect dialect, const QString &digits, QVariantList &binds);

std::optional<qint64> requestCount(const Database &db, QString *error);
// `privacydesk-cli demo` in a child process; returns seconds, or a negative number on failure.
double fillWithCli(const QString &url, qint64 requests);

struct Names
{
    QString longName;  // 3+ characters: the FTS5 trigram path on SQLite
    QString shortName; // 2 characters: the LIKE scan of people
};
Names pickNames(const Database &db);
QString serverVersion(const Database &db);

} // namespace pd::bench
