#include "queuerepository.h"

#include "database.h"
#include "requestrow.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace pd {

namespace {

QString sortColumnSql(QueueColumn c, Qt::SortOrder order)
{
    switch (c) {
    case QueueColumn::DaysLeft:
        // Closed requests have no days left: after the open ones, whichever way. The very
        // expressions of the indexes requests_deadline_asc and _desc (schema 7).
        return QStringLiteral("(CASE WHEN r.status IN ('completed', 'rejected', 'withdrawn', 'unverifiable') THEN '%1' ELSE "
                              "r.due_date END)")
            .arg(order == Qt::AscendingOrder ? QLatin1String("9999-12-31") : QLatin1String("0000-01-01"));
    case QueueColumn::Reference: return QStringLiteral("r.reference");
    case QueueColumn::Type: return QStringLiteral("r.type");
    case QueueColumn::Status: return QStringLiteral("r.status");
    case QueueColumn::Person: return QStringLiteral("r.person_name");
    case QueueColumn::Channel: return QStringLiteral("r.channel");
    case QueueColumn::Due: return QStringLiteral("r.due_date");
    case QueueColumn::Assignee: return QStringLiteral("r.assignee_name");
    case QueueColumn::Priority: return QStringLiteral("r.priority"); // index requests_priority (schema 8)
    case QueueColumn::Received:
    case QueueColumn::Count: break;
    }
    return QStringLiteral("r.received_at");
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QLatin1String(", "));
}

QString escapeLike(QString s)
{
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('%'), QLatin1String("\\%"));
    s.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return s;
}

// "138 0013-8000" is typed the way it is printed; stored phones have no separators.
QString normaliseSearch(const QString &text)
{
    static const QRegularExpression phoneLike(QStringLiteral("^[+0-9][0-9 ()-]*$"));
    QString t = text.simplified().toLower();
    if (phoneLike.match(t).hasMatch())
        t.remove(QRegularExpression(QStringLiteral("[ ()-]")));
    return t;
}

} // namespace

QString QueueRepository::Where::sql() const
{
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QLatin1String(" AND "));
}

void QueueRepository::addTextSearch(Where &w, const QString &text) const
{
    const QString needle = normaliseSearch(text);
    if (needle.isEmpty())
        return;
    const QString upper = needle.toUpper();
    const QString likeAnywhere = QLatin1Char('%') + escapeLike(needle) + QLatin1Char('%');
    const bool sqlite = m_db.dialect() == Dialect::SQLite;

    // Characters as the trigram tokenizer counts them (code points: 𠀀 is one, though two in UTF-16).
    const qsizetype characters = needle.toUcs4().size();
    QString people;
    if (sqlite && characters >= 3) {
        // The trigram index answers substrings of three characters or more.
        QString phrase = needle;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        people = QStringLiteral("SELECT rowid FROM people_fts WHERE people_fts MATCH ?");
        w.binds << QVariant(QLatin1Char('"') + phrase + QLatin1Char('"'));
    } else if (characters >= 3) {
        // PostgreSQL's pg_trgm index serves LIKE directly.
        people = QStringLiteral("SELECT id FROM people WHERE search_text LIKE ? ESCAPE '\\'");
        w.binds << QVariant(likeAnywhere);
    } else {
        // Shorter than a trigram ("0", "ab", 王芳): no index answers a substring that short, so
        // the people's search text (name, account, e-mail, phone) is scanned, people being fewer
        // than requests. A needle with a character outside ASCII can only be in a name: the
        // small people_name index is scanned instead.
        const bool ascii = std::all_of(needle.cbegin(), needle.cend(), [](QChar c) { return c.unicode() < 0x80; });
        people = ascii ? QStringLiteral("SELECT id FROM people WHERE search_text LIKE ? ESCAPE '\\'")
                       : QStringLiteral("SELECT id FROM people WHERE name LIKE ? ESCAPE '\\'");
        w.binds << QVariant(likeAnywhere);
    }
    // References are ASCII (DSR-2026-000123), so a needle with any other character (a Chinese
    // name) cannot be one. Leaving the reference arms out then lets the people lookup drive the
    // query: on PostgreSQL an OR with a subquery arm always scans every request.
    const bool mayBeReference = std::all_of(upper.cbegin(), upper.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!mayBeReference) {
        w.clauses << QStringLiteral("r.person_id IN (%1)").arg(people);
        return;
    }
    // As typed: "2026-004567" looks like a phone number to normaliseSearch, which drops the dash.
    const ReferencePart ref = referencePart(text.simplified().toUpper());
    // Each term is an indexed lookup of a request by its reference: the prefix, the exact
    // reference, the sequence number in every year numbered so far.
    QStringList terms;
    QVariantList termBinds;
    if (sqlite) {
        terms << QStringLiteral("(reference >= ? AND reference < ?)");
        termBinds << QVariant(ref.prefix) << QVariant(ref.prefix + QChar(0xFFFF));
    } else {
        // A range bound is not safe under a server's non-C collation; requests_reference_pattern
        // answers the prefix LIKE.
        terms << QStringLiteral("reference LIKE ? ESCAPE '\\'");
        termBinds << QVariant(escapeLike(ref.prefix) + QLatin1Char('%'));
    }
    if (!ref.exact.isEmpty()) {
        terms << QStringLiteral("reference = ?");
        termBinds << QVariant(ref.exact);
    }
    if (!ref.number.isEmpty()) {
        terms << QStringLiteral("reference IN (SELECT 'DSR-' || CAST(year AS TEXT) || '-' || ? FROM reference_counters)");
        termBinds << QVariant(ref.number);
    }
    w.binds << termBinds;
    if (sqlite) {
        // SQLite answers an OR of indexed terms with one lookup per term.
        w.clauses << QStringLiteral("(r.person_id IN (%1) OR %2)").arg(people, terms.join(QLatin1String(" OR ")));
        return;
    }
    // PostgreSQL turns the same OR into a scan of every request; a union of indexed id lookups
    // avoids it.
    QStringList arms{QStringLiteral("SELECT id FROM requests WHERE person_id IN (%1)").arg(people)};
    for (const QString &term : std::as_const(terms))
        arms << QStringLiteral("SELECT id FROM requests WHERE ") + term;
    w.clauses << QStringLiteral("r.id IN (%1)").arg(arms.join(QLatin1String(" UNION ")));
}

QueueRepository::ReferencePart QueueRepository::referencePart(const QString &upper)
{
    // What a person types of a reference: "DSR-2026-0045" (a prefix), "2026-004567" or
    // "2026-4567" (a year and a number), "4567" or "004567" (the number, in any year).
    static const QRegularExpression yearAndNumber(QStringLiteral("^(?:DSR-?)?(\\d{4})-0*(\\d{1,9})$"));
    static const QRegularExpression numberOnly(QStringLiteral("^0*(\\d{1,9})$"));
    ReferencePart part;
    part.prefix = upper;
    if (!upper.startsWith(QLatin1String("DSR")) && QRegularExpression(QStringLiteral("^\\d{4}-")).match(upper).hasMatch())
        part.prefix = QStringLiteral("DSR-") + upper;
    // "DSR-2026-00001" is a prefix being typed (000010…000019), not request 1: a year and a
    // number are exact when the number has all six digits or no leading zero.
    const auto m = yearAndNumber.match(upper);
    const QString digits = upper.section(QLatin1Char('-'), -1);
    if (m.hasMatch() && (digits.size() >= 6 || !digits.startsWith(QLatin1Char('0'))))
        part.exact = QStringLiteral("DSR-%1-%2").arg(m.captured(1)).arg(m.captured(2).toLongLong(), 6, 10, QLatin1Char('0'));
    else if (const auto n = numberOnly.match(upper); !m.hasMatch() && n.hasMatch() && n.captured(1).toLongLong() > 0)
        part.number = QStringLiteral("%1").arg(n.captured(1).toLongLong(), 6, 10, QLatin1Char('0'));
    return part;
}

QueueRepository::Where QueueRepository::where(const QueueQuery &query) const
{
    Where w;
    if (!query.statusKeys.isEmpty()) {
        w.clauses << QStringLiteral("r.status IN (%1)").arg(placeholders(query.statusKeys.size()));
        for (const auto &k : query.statusKeys)
            w.binds << k;
    }
    if (query.clockRunningOnly) {
        const QStringList open = clockRunningStatusKeys();
        w.clauses << QStringLiteral("r.status IN (%1)").arg(placeholders(open.size()));
        for (const auto &k : open)
            w.binds << k;
    }
    if (!query.typeKeys.isEmpty()) {
        w.clauses << QStringLiteral("r.type IN (%1)").arg(placeholders(query.typeKeys.size()));
        for (const auto &k : query.typeKeys)
            w.binds << k;
    }
    if (query.assigneeId == 0) {
        w.clauses << QStringLiteral("r.assignee_id IS NULL");
    } else if (query.assigneeId > 0) {
        w.clauses << QStringLiteral("r.assignee_id = ?");
        w.binds << query.assigneeId;
    }
    if (query.visibleTo > 0) {
        w.clauses << QStringLiteral("(r.assignee_id = ? OR r.assignee_id IS NULL)");
        w.binds << query.visibleTo;
    }
    if (query.dueFrom.isValid()) {
        w.clauses << QStringLiteral("r.due_date >= ?");
        w.binds << query.dueFrom.toString(Qt::ISODate);
    }
    if (query.dueTo.isValid()) {
        w.clauses << QStringLiteral("r.due_date <= ?");
        w.binds << query.dueTo.toString(Qt::ISODate);
    }
    addTextSearch(w, query.text);
    if (query.hideClosingProposed)
        w.clauses << QStringLiteral("NOT (r.status = 'verifying' AND EXISTS (SELECT 1 FROM verification_reminders v "
                                    "WHERE v.request_id = r.id AND v.closing_proposed_at IS NOT NULL))");
    return w;
}

Result<qint64> QueueRepository::countHidden(QueueQuery query) const
{
    // Few rows: from the proposals (a partial index) to the requests they hide, with the filter.
    query.hideClosingProposed = false;
    const Where w = where(query);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM verification_reminders v JOIN requests r ON r.id = v.request_id "
                                 "WHERE v.closing_proposed_at IS NOT NULL AND r.status = 'verifying'");
    for (const QString &c : w.clauses)
        sql += QStringLiteral(" AND ") + c;
    return scalar(sql, w.binds);
}

Result<qint64> QueueRepository::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Result<qint64>::failure(Database::classify(q.lastError()), tr("Cannot count requests: %1").arg(Database::describe(q.lastError())));
    for (const auto &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(Database::classify(q.lastError()), tr("Cannot count requests: %1").arg(Database::describe(q.lastError())));
    return q.value(0).toLongLong();
}

Result<qint64> QueueRepository::count(const QueueQuery &query) const
{
    if (query.hideClosingProposed) {
        // All of them less the few hidden: each count keeps its own index (a NOT EXISTS per row
        // would visit every row of the table).
        QueueQuery all = query;
        all.hideClosingProposed = false;
        const auto total = count(all);
        if (!total)
            return total;
        const auto hidden = countHidden(all);
        if (!hidden)
            return hidden;
        return total.value() - hidden.value();
    }
    const Where w = where(query);
    return scalar(QStringLiteral("SELECT COUNT(*) FROM requests r") + w.sql(), w.binds);
}

Result<QueueCounts> QueueRepository::counts(const QueueQuery &query, QDate today, QDate dueSoonUntil) const
{
    const Where w = where(query);
    // An agent's visibility alone is no filter here: each figure has a range of
    // requests_assignee_status_due of its own, cheaper than one pass over all their requests.
    qint64 hidden = 0;
    if (query.hideClosingProposed) {
        const auto n = countHidden(query);
        if (!n)
            return n.fault();
        hidden = n.value();
    }
    QueueQuery unrestricted = query;
    unrestricted.visibleTo = 0;
    unrestricted.hideClosingProposed = false;
    if (!where(unrestricted).clauses.isEmpty()) {
        // A filter narrows the queue through its own index (status+type, assignee, people search).
        // Count all three figures over those rows in one pass: separate overdue/due-soon counts
        // would repeat the lookup (for a text search, the people scan), and their status and
        // due_date conditions lure the planner onto requests_status_due, visiting every open
        // overdue request (tens of thousands at 1M) to test the other conditions row by row.
        const QStringList open = clockRunningStatusKeys();
        const QString isOpenSql = QStringLiteral("r.status IN (%1)").arg(placeholders(open.size()));
        const QString sql = QStringLiteral("SELECT COUNT(*), "
                                           "COALESCE(SUM(CASE WHEN %1 AND r.due_date <= ? THEN 1 ELSE 0 END), 0), "
                                           "COALESCE(SUM(CASE WHEN %1 AND r.due_date >= ? AND r.due_date <= ? THEN 1 ELSE 0 END), 0) "
                                           "FROM requests r")
                                .arg(isOpenSql)
            + w.sql();
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return Result<QueueCounts>::failure(Database::classify(q.lastError()), tr("Cannot count requests: %1").arg(Database::describe(q.lastError())));
        for (const auto &k : open)
            q.addBindValue(k);
        q.addBindValue(today.addDays(-1).toString(Qt::ISODate));
        for (const auto &k : open)
            q.addBindValue(k);
        q.addBindValue(today.toString(Qt::ISODate));
        q.addBindValue(dueSoonUntil.toString(Qt::ISODate));
        for (const auto &b : w.binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next())
            return Result<QueueCounts>::failure(Database::classify(q.lastError()), tr("Cannot count requests: %1").arg(Database::describe(q.lastError())));
        return QueueCounts{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), hidden};
    }

    // Without any filter each figure has an index of its own: the total reads the smallest
    // index, overdue and due-soon read a range of requests_status_due.
    // Narrows the query's own due window to [from, to]; an empty window counts nothing.
    const auto countDue = [&](QDate from, QDate to) -> Result<qint64> {
        QueueQuery q = query;
        q.clockRunningOnly = true;
        q.dueFrom = query.dueFrom.isValid() && (!from.isValid() || query.dueFrom > from) ? query.dueFrom : from;
        q.dueTo = query.dueTo.isValid() && query.dueTo < to ? query.dueTo : to;
        if (q.dueFrom.isValid() && q.dueFrom > q.dueTo)
            return qint64(0);
        return count(q);
    };
    auto total = count(query);
    if (!total)
        return Result<QueueCounts>::failure(total.fault());
    auto overdue = countDue(QDate(), today.addDays(-1));
    if (!overdue)
        return Result<QueueCounts>::failure(overdue.fault());
    auto soon = countDue(today, dueSoonUntil);
    if (!soon)
        return Result<QueueCounts>::failure(soon.fault());
    return QueueCounts{*total, *overdue, *soon, hidden};
}

Result<QList<QueueRow>> QueueRepository::page(const QueueQuery &query, const QueuePage &page) const
{
    using Anchor = QueuePage::Anchor;
    Where w = where(query);
    const QString column = sortColumnSql(query.sortColumn, query.sortOrder);
    const bool reversed = page.anchor == Anchor::End || page.anchor == Anchor::Before;
    const bool ascending = (query.sortOrder == Qt::AscendingOrder) != reversed;
    const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");

    if (page.anchor == Anchor::After || page.anchor == Anchor::Before) {
        w.clauses << QStringLiteral("(%1, r.id) %2 (?, ?)").arg(column, ascending ? QStringLiteral(">") : QStringLiteral("<"));
        w.binds << page.key << page.keyId;
    }
    QString sql = QStringLiteral("SELECT %1, %2 FROM requests r").arg(QLatin1String(storage::kRequestColumns), column)
        + w.sql() + QStringLiteral(" ORDER BY %1 %2, r.id %2 LIMIT ?").arg(column, dir);
    w.binds << page.limit;
    if (page.anchor == Anchor::Start || page.anchor == Anchor::End) {
        sql += QStringLiteral(" OFFSET ?");
        w.binds << page.offset;
    }

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Result<QList<QueueRow>>::failure(Database::classify(q.lastError()), tr("Cannot read the queue: %1").arg(Database::describe(q.lastError())));
    for (const auto &b : std::as_const(w.binds))
        q.addBindValue(b);
    if (!q.exec())
        return Result<QList<QueueRow>>::failure(Database::classify(q.lastError()), tr("Cannot read the queue: %1").arg(Database::describe(q.lastError())));
    QList<QueueRow> rows;
    rows.reserve(page.limit);
    while (q.next())
        rows.append(QueueRow{storage::requestFromQuery(q), q.value(storage::kRequestColumnCount)});
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<QMap<QString, qint64>> QueueRepository::groupCount(const char *column, const QueueQuery &query) const
{
    const Where w = where(query);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool prepared = q.prepare(QStringLiteral("SELECT r.%1, COUNT(*) FROM requests r%2 GROUP BY r.%1").arg(QLatin1String(column), w.sql()));
    for (const auto &b : w.binds)
        q.addBindValue(b);
    if (!prepared || !q.exec())
        return Result<QMap<QString, qint64>>::failure(Database::classify(q.lastError()), tr("Cannot count requests: %1").arg(Database::describe(q.lastError())));
    QMap<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<QMap<QString, qint64>> QueueRepository::countByStatus(const QueueQuery &query) const
{
    return groupCount("status", query);
}

Result<QMap<QString, qint64>> QueueRepository::countByType(const QueueQuery &query) const
{
    return groupCount("type", query);
}

} // namespace pd
