#include "requestcommand.h"

#include "clicommands.h"
#include "common/displayformat.h"
#include "domain/enums.h"
#include "session/exportdesk.h"
#include "session/queuereader.h"
#include "session/requestdesk.h"
#include "session/session.h"
#include "session/staffdesk.h"

#include "workflow/queuecolumns.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

const QString kStatus = QStringLiteral("status");
const QString kType = QStringLiteral("type");
const QString kLimit = QStringLiteral("limit");
const QString kJson = QStringLiteral("json");
const QString kSearch = QStringLiteral("search");
const QString kReveal = QStringLiteral("reveal");
const QString kCsv = QStringLiteral("csv");
const QString kOut = QStringLiteral("out");
const QString kColumns = QStringLiteral("columns");

QStringList splitList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}

QList<QueueColumn> columnsFrom(const QString &value)
{
    QList<QueueColumn> out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const auto c = QueueColumns::fromKey(part.trimmed()))
            out << *c;
    return out;
}

// Writes rows as they come, so a million rows need memory for one page only.
int exportQueue(const Session &session, const QueueQuery &query, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QList<QueueColumn> columns = columnsFrom(parser.value(kColumns));
    const QDate today = QDate::currentDate();
    const qint64 limit = parser.isSet(kLimit) ? parser.value(kLimit).toLongLong() : -1; // --limit, when given
    Result<qint64> rows = qint64(0);
    if (parser.isSet(kOut)) {
        rows = session.exports().queue(query, columns, parser.value(kOut), today, {}, limit);
        if (rows)
            err << RequestCommand::tr("Wrote %n request(s) to %1.", nullptr, int(rows.value())).arg(parser.value(kOut)) << '\n';
    } else {
        out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
            err << stdoutFile.errorString() << '\n';
            return CliCommands::Failed;
        }
        auto writer = TableWriter::csv(stdoutFile);
        rows = session.exports().queue(query, columns, *writer, today, {}, limit);
    }
    if (!rows) {
        err << rows.error() << '\n';
        return CliCommands::Failed;
    }
    return CliCommands::Ok;
}

int list(const Session &session, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    QueueQuery query;
    query.statusKeys = splitList(parser.values(kStatus));
    query.typeKeys = splitList(parser.values(kType));
    query.text = parser.value(kSearch);
    if (parser.isSet(kCsv) || parser.isSet(kOut))
        return exportQueue(session, query, parser, out, err);
    QueuePage page;
    page.limit = parser.value(kLimit).toInt();
    const auto rows = session.queue().page(query, page);
    if (!rows) {
        err << rows.error() << '\n';
        return CliCommands::Failed;
    }
    // Assignees by user name, as staff know each other.
    QHash<qint64, QString> usernames;
    if (const auto staff = session.staff().accounts())
        for (const StaffAccount &a : staff.value())
            usernames.insert(a.user.id, a.user.username);
    if (parser.isSet(kJson)) {
        QJsonArray array;
        for (const QueueRow &row : rows.value()) {
            const Request &r = row.request;
            array.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("reference"), r.reference},
                {QStringLiteral("type"), requestTypes().key(r.type)},
                {QStringLiteral("status"), requestStatuses().key(r.status)},
                {QStringLiteral("person"), r.personName},
                {QStringLiteral("channel"), channels().key(r.channel)},
                {QStringLiteral("entity"), entities().key(r.entity)},
                {QStringLiteral("received"), r.receivedAt.toString(Qt::ISODate)},
                {QStringLiteral("due"), r.dueDate.toString(Qt::ISODate)},
                {QStringLiteral("assignee"), r.assigneeId > 0 ? QJsonValue(usernames.value(r.assigneeId)) : QJsonValue()},
                {QStringLiteral("assignee_name"), r.assigneeName},
                {QStringLiteral("version"), r.version},
            });
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return CliCommands::Ok;
    }
    for (const QueueRow &row : rows.value()) {
        const Request &r = row.request;
        out << r.reference << '\t' << requestTypes().label(r.type) << '\t' << requestStatuses().label(r.status) << '\t'
            << r.personName << '\t' << r.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
            << r.dueDate.toString(Qt::ISODate) << '\t'
            << (r.assigneeId > 0 ? usernames.value(r.assigneeId) : RequestCommand::tr("Unassigned")) << '\n';
    }
    if (rows->isEmpty())
        err << RequestCommand::tr("No requests match.") << '\n';
    return CliCommands::Ok;
}

int show(const Session &session, const QString &reference, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const auto id = session.requests().find(reference);
    if (!id) {
        err << id.error() << '\n';
        return CliCommands::Failed;
    }
    const auto view = session.requests().view(id.value(), RequestDesk::Purpose::Open);
    if (!view) {
        err << view.error() << '\n';
        return CliCommands::Failed;
    }
    QMap<PersonField, QString> person = view->person.masked;
    for (const QString &key : splitList(parser.values(kReveal))) {
        const PersonField field = *personFields().fromKey(key);
        const auto value = session.requests().reveal(id.value(), field);
        if (!value) {
            err << value.error() << '\n';
            return CliCommands::Failed;
        }
        person.insert(field, value.value());
    }
    const Request &r = view->request;
    if (parser.isSet(kJson)) {
        QJsonObject p{{QStringLiteral("name"), view->person.name}, {QStringLiteral("company"), view->person.company}};
        for (auto it = person.cbegin(); it != person.cend(); ++it)
            p.insert(personFields().key(it.key()), it.value());
        QJsonArray history;
        for (const TimelineEntry &e : view->timeline)
            history.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                       {QStringLiteral("actor"), e.actor},
                                       {QStringLiteral("from"), e.fromStatus},
                                       {QStringLiteral("to"), e.toStatus},
                                       {QStringLiteral("text"), e.text}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("reference"), r.reference},
                                         {QStringLiteral("type"), requestTypes().key(r.type)},
                                         {QStringLiteral("status"), requestStatuses().key(r.status)},
                                         {QStringLiteral("received"), r.receivedAt.toString(Qt::ISODate)},
                                         {QStringLiteral("due"), r.dueDate.toString(Qt::ISODate)},
                                         {QStringLiteral("assignee_name"), r.assigneeName},
                                         {QStringLiteral("priority"), priorities().key(r.priority)},
                                         {QStringLiteral("version"), r.version},
                                         {QStringLiteral("summary"), r.summary},
                                         {QStringLiteral("verified"), view->verified},
                                         {QStringLiteral("person"), p},
                                         {QStringLiteral("history"), history}})
                   .toJson(QJsonDocument::Indented);
        return CliCommands::Ok;
    }
    const auto line = [&out](const QString &label, const QString &value) {
        out << label << ": " << (value.isEmpty() ? QStringLiteral("—") : value) << '\n';
    };
    line(RequestCommand::tr("Reference"), r.reference);
    line(RequestCommand::tr("Type"), requestTypes().label(r.type));
    line(RequestCommand::tr("Status"), requestStatuses().label(r.status));
    line(RequestCommand::tr("Person"), view->person.name);
    for (PersonField f : personFields().all())
        if (person.contains(f))
            line(personFields().label(f), person.value(f));
    line(RequestCommand::tr("Received"), DisplayFormat::tableDateTime(r.receivedAt));
    line(RequestCommand::tr("Due"), r.dueDate.toString(Qt::ISODate));
    line(RequestCommand::tr("Assignee"), r.assigneeName.isEmpty() ? RequestCommand::tr("Unassigned") : r.assigneeName);
    line(RequestCommand::tr("Summary"), r.summary);
    return CliCommands::Ok;
}

int stats(const Session &session, bool json, QTextStream &out, QTextStream &err)
{
    const auto byStatus = session.queue().countByStatus();
    const auto byType = session.queue().countByType();
    if (!byStatus || !byType) {
        err << (byStatus ? byType.error() : byStatus.error()) << '\n';
        return CliCommands::Failed;
    }
    qint64 total = 0;
    for (qint64 n : byStatus.value())
        total += n;
    if (json) {
        QJsonObject statuses, types;
        for (auto it = byStatus->cbegin(); it != byStatus->cend(); ++it)
            statuses.insert(it.key(), it.value());
        for (auto it = byType->cbegin(); it != byType->cend(); ++it)
            types.insert(it.key(), it.value());
        out << QJsonDocument(QJsonObject{{QStringLiteral("total"), total},
                                         {QStringLiteral("by_status"), statuses},
                                         {QStringLiteral("by_type"), types}})
                   .toJson(QJsonDocument::Indented);
        return CliCommands::Ok;
    }
    out << RequestCommand::tr("Requests: %1").arg(total) << "\n\n" << RequestCommand::tr("By status:") << '\n';
    for (auto s : requestStatuses().all())
        out << "  " << requestStatuses().label(s) << '\t' << byStatus->value(requestStatuses().key(s)) << '\n';
    out << '\n' << RequestCommand::tr("By type:") << '\n';
    for (auto t : requestTypes().all())
        out << "  " << requestTypes().label(t) << '\t' << byType->value(requestTypes().key(t)) << '\n';
    return CliCommands::Ok;
}

} // namespace

void RequestCommand::addOptions(const QString &command, QCommandLineParser &parser)
{
    if (command == QLatin1String("list")) {
        parser.addOption({kStatus, tr("Only these statuses (keys, comma-separated)."), tr("status")});
        parser.addOption({kType, tr("Only these request types (keys, comma-separated)."), tr("type")});
        parser.addOption({kSearch, tr("Only requests whose reference, person's name, e-mail, phone or account contains this "
                                      "text, as the queue's search box finds them."),
                          tr("text")});
        parser.addOption({kLimit, tr("At most this many rows (the table: 50 unless given; --csv and --out: all)."), tr("n"),
                          QStringLiteral("50")});
        parser.addOption({kCsv, tr("Write every matching request as CSV to standard output.")});
        parser.addOption({kOut, tr("Export every matching request to this file (.csv or .xlsx)."), tr("file")});
        parser.addOption({kColumns, tr("The columns of --csv and --out (keys, comma-separated: %1).")
                                        .arg(QStringList([] {
                                                 QStringList keys;
                                                 for (QueueColumn c : QueueColumns::all())
                                                     keys << QueueColumns::key(c);
                                                 return keys;
                                             }())
                                                 .join(QLatin1String(", "))),
                          tr("keys")});
    }
    if (command == QLatin1String("show"))
        parser.addOption({kReveal,
                          tr("Show these personal fields unmasked (comma-separated: %1); each is audited.")
                              .arg(personFields().keys().join(QLatin1String(", "))),
                          tr("fields")});
    parser.addOption({kJson, tr("Print JSON instead of a table.")});
}

int RequestCommand::checkArguments(const QString &command, const QString &subject, const QCommandLineParser &parser,
                                   QTextStream &err)
{
    if (command == QLatin1String("list")) {
        bool ok = false;
        const int limit = parser.value(kLimit).toInt(&ok);
        if (!ok || limit < 1 || limit > 100000) {
            err << tr("--limit must be a whole number from 1 to 100000, not \"%1\".").arg(parser.value(kLimit)) << '\n';
            return CliCommands::Usage;
        }
        for (const QString &s : splitList(parser.values(kStatus))) {
            if (!requestStatuses().fromKey(s)) {
                err << tr("Unknown status \"%1\". Known statuses: %2.").arg(s, requestStatuses().keys().join(QLatin1String(", "))) << '\n';
                return CliCommands::Usage;
            }
        }
        for (const QString &t : splitList(parser.values(kType))) {
            if (!requestTypes().fromKey(t)) {
                err << tr("Unknown request type \"%1\". Known types: %2.").arg(t, requestTypes().keys().join(QLatin1String(", "))) << '\n';
                return CliCommands::Usage;
            }
        }
        for (const QString &c : splitList(parser.values(kColumns))) {
            if (!QueueColumns::fromKey(c)) {
                err << tr("Unknown column \"%1\" for --columns.").arg(c) << '\n';
                return CliCommands::Usage;
            }
        }
        if (parser.value(kSearch).size() > QueueReader::kMaximumSearchLength) {
            err << tr("--search: at most %1 characters.").arg(QueueReader::kMaximumSearchLength) << '\n';
            return CliCommands::Usage;
        }
    }
    if (command == QLatin1String("show")) {
        if (subject.isEmpty()) {
            err << tr("show needs the request's reference, e.g. show DSR-2026-000123.") << '\n';
            return CliCommands::Usage;
        }
        for (const QString &f : splitList(parser.values(kReveal))) {
            if (!personFields().fromKey(f)) {
                err << tr("Unknown field \"%1\" for --reveal. Known fields: %2.").arg(f, personFields().keys().join(QLatin1String(", ")))
                    << '\n';
                return CliCommands::Usage;
            }
        }
    }
    return CliCommands::Ok;
}

int RequestCommand::run(Gateway &gateway, const QString &command, const QString &subject, const QCommandLineParser &parser,
                        QTextStream &out, QTextStream &err)
{
    int code = CliCommands::Ok;
    const auto session = CliCommands::signIn(gateway, parser, err, &code);
    if (!session)
        return code;
    if (command == QLatin1String("list"))
        return list(*session, parser, out, err);
    if (command == QLatin1String("show"))
        return show(*session, subject, parser, out, err);
    return stats(*session, parser.isSet(kJson), out, err);
}

void RequestCommand::addAuditOptions(QCommandLineParser &parser)
{
    parser.addOption({kOut, tr("audit export: the file to write (.csv or .xlsx)."), tr("file")});
    parser.addOption({QStringLiteral("request"), tr("audit export: only entries about this request (reference)."), tr("ref")});
    parser.addOption({QStringLiteral("actor"), tr("audit export: only entries by this user."), tr("user")});
    parser.addOption({QStringLiteral("action"), tr("audit export: only entries with this action key."), tr("key")});
    parser.addOption({QStringLiteral("from"), tr("audit export: from this day (YYYY-MM-DD)."), tr("date")});
    parser.addOption({QStringLiteral("to"), tr("audit export: up to this day (YYYY-MM-DD)."), tr("date")});
}

int RequestCommand::auditExport(Gateway &gateway, const QCommandLineParser &parser, QTextStream &, QTextStream &err)
{
    AuditQuery query;
    query.request = parser.value(QStringLiteral("request"));
    query.actor = parser.value(QStringLiteral("actor"));
    query.action = parser.value(QStringLiteral("action"));
    for (const auto &[name, date] : {std::pair{QStringLiteral("from"), &query.from}, std::pair{QStringLiteral("to"), &query.to}}) {
        if (!parser.isSet(name))
            continue;
        *date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date->isValid()) {
            err << tr("--%1 must be a date as YYYY-MM-DD, not \"%2\".").arg(name, parser.value(name)) << '\n';
            return CliCommands::Usage;
        }
    }
    int code = CliCommands::Ok;
    const auto session = CliCommands::signIn(gateway, parser, err, &code);
    if (!session)
        return code;
    const auto rows = session->exports().audit(query, parser.value(kOut));
    if (!rows) {
        err << rows.error() << '\n';
        return CliCommands::Failed;
    }
    err << tr("Wrote %n audit entries to %1.", nullptr, int(rows.value())).arg(parser.value(kOut)) << '\n';
    return CliCommands::Ok;
}

} // namespace pd
