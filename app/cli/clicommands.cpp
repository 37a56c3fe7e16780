#include "clicommands.h"

#include "audit/auditlog.h"
#include "common/localization.h"
#include "domain/enums.h"
#include "storage/database.h"
#include "storage/queuerepository.h"
#include "storage/schemamigrator.h"
#include "policycommand.h"
#include "usercommand.h"
#include "demo/demogenerator.h"
#include "workflow/workingdaycalendar.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace pd {

namespace {

struct Command
{
    const char *name;
    const char *description;
};

constexpr Command kCommands[] = {
    {"init", QT_TRANSLATE_NOOP("CliCommands", "Create the database, or bring it up to this version's schema.")},
    {"demo", QT_TRANSLATE_NOOP("CliCommands", "Add deterministic demo data: people, staff and requests.")},
    {"list", QT_TRANSLATE_NOOP("CliCommands", "List requests as the queue shows them, newest first.")},
    {"stats", QT_TRANSLATE_NOOP("CliCommands", "Count requests by status and by type.")},
    {"audit", QT_TRANSLATE_NOOP("CliCommands", "audit verify: check that the audit log's hash chain is intact.")},
    {"user", QT_TRANSLATE_NOOP("CliCommands", "user add | list | passwd | deactivate | activate | role: staff accounts.")},
    {"policy", QT_TRANSLATE_NOOP("CliCommands", "policy show | policy set: the identity verification policy per request type.")},
};

// The first argument that is neither an option nor an option's value names the command.
int commandIndex(const QStringList &args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

QStringList splitList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}

} // namespace

QString CliCommands::promptPassword(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    QTextStream(stderr) << prompt << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char buffer[512] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    QTextStream(stderr) << '\n';
    return read ? QString::fromLocal8Bit(buffer).chopped(QByteArrayView(buffer).endsWith('\n') ? 1 : 0) : QString();
}

int CliCommands::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    // The language comes first so that even usage errors are translated.
    Localization localization;
    QString lang = Localization::systemLanguage();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            lang = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            lang = arguments.at(i).mid(7);
    }
    localization.setLanguage(lang);

    const int ci = commandIndex(arguments);
    const QString command = ci > 0 ? arguments.at(ci) : QString();
    QStringList rest = arguments;
    if (ci > 0)
        rest.removeAt(ci);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("PrivacyDesk on the command line: manage the privacy-request database."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      tr("Database address: sqlite:///path/file.db or postgresql://user@host:5432/db "
                                         "(password from PGPASSWORD). Default: %1.")
                                          .arg(DatabaseUrl::defaultLocation().toDisplayString()),
                                      tr("url"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language of messages: zh_CN or en."), tr("language"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"), tr("How many requests to create."), tr("n"),
                                            QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed; the same seed gives the same data."),
                                        tr("s"), QStringLiteral("1"));
    const QCommandLineOption statusOption(QStringLiteral("status"), tr("Only these statuses (keys, comma-separated)."),
                                          tr("status"));
    const QCommandLineOption typeOption(QStringLiteral("type"), tr("Only these request types (keys, comma-separated)."),
                                        tr("type"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("At most this many rows."), tr("n"),
                                         QStringLiteral("50"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON instead of a table."));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    const auto helpOption = parser.addHelpOption();
    const auto versionOption = parser.addVersionOption();

    if (command == QLatin1String("demo")) {
        parser.addOption(requestsOption);
        parser.addOption(seedOption);
    } else if (command == QLatin1String("list")) {
        parser.addOption(statusOption);
        parser.addOption(typeOption);
        parser.addOption(limitOption);
        parser.addOption(jsonOption);
    } else if (command == QLatin1String("stats")) {
        parser.addOption(jsonOption);
    } else if (command == QLatin1String("policy")) {
        PolicyCommand::addOptions(parser);
    } else if (command == QLatin1String("user")) {
        UserCommand::addOptions(parser);
    }
    if (command.isEmpty()) {
        parser.addPositionalArgument(QStringLiteral("command"), tr("One of: init, demo, list, stats, audit, user, policy."));
    } else {
        parser.addPositionalArgument(command, QCoreApplication::translate("CliCommands", [&] {
                                         for (const auto &c : kCommands)
                                             if (command == QLatin1String(c.name))
                                                 return c.description;
                                         return "";
                                     }()));
    }

    if (!parser.parse(rest)) {
        err << parser.errorText() << '\n' << tr("Run with --help for usage.") << '\n';
        return Usage;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        if (command.isEmpty()) {
            out << '\n' << tr("Commands:") << '\n';
            for (const auto &c : kCommands)
                out << "  " << QString::fromLatin1(c.name).leftJustified(8) << QCoreApplication::translate("CliCommands", c.description) << '\n';
        }
        return Ok;
    }
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    // Commands with an action word (audit verify, user add) take exactly one positional argument.
    QStringList positional = parser.positionalArguments();
    QString action;
    if ((command == QLatin1String("audit") || command == QLatin1String("user") || command == QLatin1String("policy"))
        && !positional.isEmpty())
        action = positional.takeFirst();
    QString subject; // user passwd|deactivate|activate|role NAME
    if (command == QLatin1String("user") && UserCommand::takesName(action) && !positional.isEmpty())
        subject = positional.takeFirst();
    if (!positional.isEmpty()) {
        err << tr("Unexpected argument: %1").arg(positional.constFirst()) << '\n';
        return Usage;
    }
    if (command == QLatin1String("audit") && action != QLatin1String("verify")) {
        err << tr("Use: audit verify") << '\n';
        return Usage;
    }
    if (command == QLatin1String("policy"))
        if (const int code = PolicyCommand::checkArguments(action, parser, err); code != Ok)
            return code;
    if (command == QLatin1String("user"))
        if (const int code = UserCommand::checkArguments(action, subject, parser, err); code != Ok)
            return code;
    const bool known = std::any_of(std::begin(kCommands), std::end(kCommands),
                                   [&](const Command &c) { return command == QLatin1String(c.name); });
    if (!known) {
        if (command.isEmpty())
            err << tr("No command given. Use one of: init, demo, list, stats, audit, user, policy (--help for details).") << '\n';
        else
            err << tr("Unknown command \"%1\". Use one of: init, demo, list, stats, audit, user, policy.").arg(command) << '\n';
        return Usage;
    }

    // Arguments are checked before the database is touched.
    qint64 requests = 0;
    quint32 seed = 1;
    int limit = 50;
    QStringList statuses, types;
    if (command == QLatin1String("demo")) {
        bool ok = false;
        requests = parser.value(requestsOption).toLongLong(&ok);
        if (!ok || requests < 1 || requests > 10'000'000) {
            err << tr("--requests must be a whole number from 1 to 10000000, not \"%1\".").arg(parser.value(requestsOption)) << '\n';
            return Usage;
        }
        seed = parser.value(seedOption).toUInt(&ok);
        if (!ok) {
            err << tr("--seed must be a non-negative whole number, not \"%1\".").arg(parser.value(seedOption)) << '\n';
            return Usage;
        }
    }
    if (command == QLatin1String("list")) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1 || limit > 100000) {
            err << tr("--limit must be a whole number from 1 to 100000, not \"%1\".").arg(parser.value(limitOption)) << '\n';
            return Usage;
        }
        statuses = splitList(parser.values(statusOption));
        for (const QString &s : std::as_const(statuses)) {
            if (!requestStatuses().fromKey(s)) {
                err << tr("Unknown status \"%1\". Known statuses: %2.").arg(s, requestStatuses().keys().join(QLatin1String(", "))) << '\n';
                return Usage;
            }
        }
        types = splitList(parser.values(typeOption));
        for (const QString &t : std::as_const(types)) {
            if (!requestTypes().fromKey(t)) {
                err << tr("Unknown request type \"%1\". Known types: %2.").arg(t, requestTypes().keys().join(QLatin1String(", "))) << '\n';
                return Usage;
            }
        }
    }

    auto url = parser.isSet(dbOption) ? DatabaseUrl::parse(parser.value(dbOption)) : Result<DatabaseUrl>(DatabaseUrl::defaultLocation());
    if (!url) {
        err << url.error() << '\n';
        return Usage;
    }
    if (url->dialect == Dialect::PostgreSQL && url->password.isEmpty()) {
        url.value().password = qEnvironmentVariable("PGPASSWORD");
        if (url->password.isEmpty())
            url.value().password = promptPassword(tr("Password for %1 (empty for none): ").arg(url->toDisplayString()));
    }
    Database db(url.value());
    if (auto s = db.open(); !s) {
        err << s.error() << '\n';
        return Failed;
    }
    if (auto s = SchemaMigrator(db).migrate(); !s) {
        err << s.error() << '\n';
        return Failed;
    }

    if (command == QLatin1String("init"))
        return init(db, out);
    if (command == QLatin1String("demo"))
        return demo(db, requests, seed, out, err);
    if (command == QLatin1String("list"))
        return list(db, statuses, types, limit, parser.isSet(jsonOption), out, err);
    if (command == QLatin1String("audit"))
        return auditVerify(db, out, err);
    if (command == QLatin1String("user"))
        return UserCommand::run(db, action, subject, parser, out, err);
    if (command == QLatin1String("policy"))
        return PolicyCommand::run(db, action, parser, out, err);
    return stats(db, parser.isSet(jsonOption), out);
}

int CliCommands::auditVerify(Database &db, QTextStream &out, QTextStream &err)
{
    // Reveals only counts and entry ids, so it needs no sign-in.
    const auto result = AuditLog(db).verify();
    if (!result) {
        err << result.error() << '\n';
        return Failed;
    }
    if (!result->intact) {
        err << tr("The audit log does NOT verify: first bad entry %1. %2").arg(result->firstBadId).arg(result->problem)
            << '\n';
        return Failed;
    }
    out << tr("The audit log is intact: %n entries verified.", nullptr, int(result->entries)) << '\n';
    return Ok;
}

int CliCommands::init(Database &db, QTextStream &out)
{
    out << tr("The database %1 is ready (schema version %2).").arg(db.url().toDisplayString()).arg(SchemaMigrator::kLatestVersion)
        << '\n';
    return Ok;
}

int CliCommands::demo(Database &db, qint64 requests, quint32 seed, QTextStream &out, QTextStream &err)
{
    const WorkingDayCalendar calendar{};
    const DemoGenerator generator(db, calendar);
    QElapsedTimer timer;
    timer.start();
    const auto accounts = generator.ensureDemoStaff();
    if (!accounts) {
        err << accounts.error() << '\n';
        return Failed;
    }
    const auto done = generator.run({requests, seed, QDate::currentDate()}, [&](qint64 n, qint64 total) {
        err << '\r' << tr("Demo data: %1 of %2 requests (%3%)").arg(n).arg(total).arg(n * 100 / total) << Qt::flush;
        return true;
    });
    err << '\n';
    if (!done) {
        err << done.error() << '\n';
        return Failed;
    }
    out << tr("Added %1 demo requests to %2 in %3 s.").arg(*done).arg(db.url().toDisplayString()).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << '\n';
    UserCommand::printDemoAccounts(accounts.value(), out);
    return Ok;
}

int CliCommands::list(Database &db, const QStringList &statuses, const QStringList &types, int limit, bool json,
                      QTextStream &out, QTextStream &err)
{
    QueueQuery query;
    query.statusKeys = statuses;
    query.typeKeys = types;
    QueuePage page;
    page.limit = limit;
    const auto rows = QueueRepository(db).page(query, page);
    if (!rows) {
        err << rows.error() << '\n';
        return Failed;
    }
    if (json) {
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
                {QStringLiteral("assignee"), r.assigneeName},
            });
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const QueueRow &row : rows.value()) {
        const Request &r = row.request;
        out << r.reference << '\t' << requestTypes().label(r.type) << '\t' << requestStatuses().label(r.status) << '\t'
            << r.personName << '\t' << r.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
            << r.dueDate.toString(Qt::ISODate) << '\t' << (r.assigneeName.isEmpty() ? tr("Unassigned") : r.assigneeName)
            << '\n';
    }
    if (rows->isEmpty())
        err << tr("No requests match.") << '\n';
    return Ok;
}

int CliCommands::stats(Database &db, bool json, QTextStream &out)
{
    const QueueRepository repo(db);
    const auto byStatus = repo.countByStatus();
    const auto byType = repo.countByType();
    if (!byStatus || !byType) {
        QTextStream(stderr) << (byStatus ? byType.error() : byStatus.error()) << '\n';
        return Failed;
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
        return Ok;
    }
    out << tr("Requests: %1").arg(total) << "\n\n" << tr("By status:") << '\n';
    for (auto s : requestStatuses().all())
        out << "  " << requestStatuses().label(s) << '\t' << byStatus->value(requestStatuses().key(s)) << '\n';
    out << '\n' << tr("By type:") << '\n';
    for (auto t : requestTypes().all())
        out << "  " << requestTypes().label(t) << '\t' << byType->value(requestTypes().key(t)) << '\n';
    return Ok;
}

} // namespace pd
