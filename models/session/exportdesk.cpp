#include "exportdesk.h"

#include "../audit/auditlog.h"
#include "../itemmodels/auditlogmodel.h"
#include "../storage/transaction.h"
#include "../workflow/queuecolumns.h"
#include "auditdesk.h"
#include "queuereader.h"
#include "session.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

QString formatKey(const QString &path)
{
    return TableWriter::formatFor(path) == TableWriter::Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

Status cancelled()
{
    return Status::failure(ErrorKind::Invalid, ExportDesk::tr("The export was cancelled; no file was written."));
}

} // namespace

Result<qint64> ExportDesk::queue(const QueueQuery &query, const QList<QueueColumn> &columns, TableWriter &writer, QDate today,
                                 const Progress &progress, qint64 limit) const
{
    const QList<QueueColumn> shown = columns.isEmpty() ? QueueColumns::all() : columns;
    const auto counts = m_session.queue().counts(query, today, today);
    if (!counts)
        return counts.fault();
    QStringList titles;
    for (QueueColumn c : shown)
        titles << QueueColumns::title(c);
    if (auto s = writer.header(titles); !s)
        return s.fault();
    PageRequest page;
    page.limit = kPageSize;
    page.total = counts->total;
    const qint64 wanted = limit < 0 ? counts->total : std::min(limit, counts->total);
    qint64 written = 0;
    while (written < wanted) {
        page.limit = int(std::min<qint64>(kPageSize, wanted - written));
        const auto rows = m_session.queue().page(query, page);
        if (!rows)
            return rows.fault();
        for (const QueueRow &row : rows.value()) {
            QStringList cells;
            for (QueueColumn c : shown)
                cells << QueueColumns::text(row.request, c, m_session.calendar(), today);
            if (auto s = writer.row(cells); !s)
                return s.fault();
            ++written;
        }
        if (progress && !progress(written, std::max(written, wanted)))
            return cancelled().fault();
        if (rows->size() < page.limit)
            break;
        page.anchor = PageRequest::Anchor::After;
        page.key = rows->constLast().sortKey;
        page.keyId = rows->constLast().request.id;
    }
    return written;
}

Result<qint64> ExportDesk::queue(const QueueQuery &query, const QList<QueueColumn> &columns, const QString &path, QDate today,
                                 const Progress &progress, qint64 limit) const
{
    auto writer = TableWriter::create(TableWriter::formatFor(path), path, tr("Requests"));
    if (!writer)
        return writer.fault();
    const auto rows = queue(query, columns, *writer.value(), today, progress, limit);
    if (!rows)
        return rows;
    if (auto s = writer.value()->finish(); !s)
        return s.fault();
    if (auto s = record(QStringLiteral("queue"), rows.value(), formatKey(path)); !s)
        return s.fault();
    return rows;
}

QStringList ExportDesk::auditColumnTitles()
{
    return {tr("Entry"), tr("Time"), tr("Time (UTC)"), tr("Staff"), tr("Action"), tr("Action key"), tr("Entity"),
            tr("Request"), tr("Details"), tr("Hash")};
}

Result<qint64> ExportDesk::audit(const AuditQuery &query, TableWriter &writer, const Progress &progress) const
{
    const auto count = m_session.audit().count(query);
    if (!count)
        return count.fault();
    if (auto s = writer.header(auditColumnTitles()); !s)
        return s.fault();
    AuditPageRequest page;
    page.limit = kPageSize;
    page.total = count->entries;
    qint64 written = 0;
    for (;;) {
        const auto rows = m_session.audit().page(query, page);
        if (!rows)
            return rows.fault();
        for (const AuditRow &row : rows.value()) {
            const AuditEntry &e = row.entry;
            const QString entity = e.entityId ? QStringLiteral("%1 #%2").arg(AuditLogModel::entityLabel(e.entity)).arg(e.entityId)
                                              : AuditLogModel::entityLabel(e.entity);
            const QString request = !row.reference.isEmpty() ? row.reference
                : e.requestId                                ? QStringLiteral("#%1").arg(e.requestId)
                                                             : QString();
            const QStringList cells{QString::number(e.id),
                                    e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                    e.at.toUTC().toString(Qt::ISODate),
                                    e.actor,
                                    AuditLogModel::actionLabel(e.action),
                                    e.action,
                                    entity,
                                    request,
                                    AuditLogModel::detailsSummary(e.beforeJson, e.afterJson, 32000),
                                    e.hash};
            if (auto s = writer.row(cells); !s)
                return s.fault();
            ++written;
        }
        if (progress && !progress(written, std::max(written, count->entries)))
            return cancelled().fault();
        if (rows->size() < page.limit)
            break;
        page.anchor = PageRequest::Anchor::After;
        page.key = rows->constLast().atKey;
        page.keyId = rows->constLast().entry.id;
    }
    return written;
}

Result<qint64> ExportDesk::audit(const AuditQuery &query, const QString &path, const Progress &progress) const
{
    auto writer = TableWriter::create(TableWriter::formatFor(path), path, tr("Audit log"));
    if (!writer)
        return writer.fault();
    const auto rows = audit(query, *writer.value(), progress);
    if (!rows)
        return rows;
    if (auto s = writer.value()->finish(); !s)
        return s.fault();
    if (auto s = record(QStringLiteral("audit"), rows.value(), formatKey(path)); !s)
        return s.fault();
    return rows;
}

Status ExportDesk::record(const QString &list, qint64 rows, const QString &format) const
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    AuditEntry entry;
    entry.at = m_session.now();
    entry.actor = m_session.actor().username;
    entry.entity = QStringLiteral("export");
    entry.action = QStringLiteral("list_exported");
    entry.afterJson = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("list"), list}, {QStringLiteral("rows"), rows}, {QStringLiteral("format"), format}})
            .toJson(QJsonDocument::Compact));
    if (const auto audited = AuditLog(m_db).append(entry); !audited)
        return audited.fault();
    return tx.commit();
}

} // namespace pd
