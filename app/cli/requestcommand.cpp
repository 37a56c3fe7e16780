#include "requestcommand.h"

#include "clicommands.h"
#include "common/displayformat.h"
#include "domain/enums.h"
#include "session/queuereader.h"
#include "session/requestdesk.h"
#include "session/session.h"
#include "session/staffdesk.h"

#include <QCommandLineParser>
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

QStringList splitList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}

int list(const Session &session, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    QueueQuery query;
    query.statusKeys = splitList(parser.values(kStatus));
    query.typeKeys = splitList(parser.values(kType));
    query.text = parser.value(kSearch);
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
        parser.addOption({kLimit, tr("At most this many rows."), tr("n"), QStringLiteral("50")});
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

} // namespace pd
