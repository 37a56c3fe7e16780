#include "clicommands.h"

#include "auditcommand.h"
#include "erasecommand.h"
#include "workflowcommand.h"

#include "common/localization.h"
#include "domain/enums.h"
#include "policycommand.h"
#include "peoplecommand.h"
#include "reminderscommand.h"
#include "requestcommand.h"
#include "servercommand.h"
#include "session/demodesk.h"
#include "session/gateway.h"
#include "session/session.h"
#include "usercommand.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

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
    {"demo", QT_TRANSLATE_NOOP("CliCommands", "Add deterministic demo data: demo staff, people and requests (administrators).")},
    {"list", QT_TRANSLATE_NOOP("CliCommands", "List requests as the queue shows them, newest first.")},
    {"show", QT_TRANSLATE_NOOP("CliCommands", "show REF: one request and its person as the detail panel shows them.")},
    {"stats", QT_TRANSLATE_NOOP("CliCommands", "Count requests by status and by type.")},
    {"audit", QT_TRANSLATE_NOOP("CliCommands", "audit verify [--checkpoints FILE]: check that the audit log's hash chain is intact "
                                               "(and agrees with signed checkpoints kept elsewhere); audit checkpoint --key FILE: "
                                               "sign its head; audit checkpoints --out FILE: write the signed heads to a file.")},
    {"user", QT_TRANSLATE_NOOP("CliCommands", "user add | list | passwd | deactivate | activate | role | unlock: staff accounts.")},
    {"policy", QT_TRANSLATE_NOOP("CliCommands", "policy show | policy set: the identity verification policy per request type.")},
    {"server", QT_TRANSLATE_NOOP("CliCommands", "server init: prepare a PostgreSQL server for PrivacyDesk with a least-privilege role.")},
    {"import", QT_TRANSLATE_NOOP("CliCommands", "import FILE.csv: register the requests of a CSV file, all or none.")},
    {"assign", QT_TRANSLATE_NOOP("CliCommands", "assign REF USER: assign a request (none: unassign).")},
    {"priority", QT_TRANSLATE_NOOP("CliCommands", "priority REF LEVEL: set a request's priority.")},
    {"act", QT_TRANSLATE_NOOP("CliCommands", "act REF ACTION: take a workflow step (start_verification, approve, complete ...).")},
    {"note", QT_TRANSLATE_NOOP("CliCommands", "note REF TEXT: add an internal note.")},
    {"correspond", QT_TRANSLATE_NOOP("CliCommands", "correspond REF in|out SUMMARY: record correspondence with the requester.")},
    {"check", QT_TRANSLATE_NOOP("CliCommands", "check REF METHOD passed|failed: record an identity verification check.")},
    {"letter", QT_TRANSLATE_NOOP("CliCommands", "letter REF KIND: write a letter (and save its PDF with --out).")},
    {"reminders", QT_TRANSLATE_NOOP("CliCommands", "reminders run | show | set: verification reminders and closing proposals.")},
    {"sources", QT_TRANSLATE_NOOP("CliCommands", "sources list | add | test | remove: the systems that hold people's data.")},
    {"person", QT_TRANSLATE_NOOP("CliCommands", "person find TEXT | person show TEXT: everything held about a person.")},
    {"export", QT_TRANSLATE_NOOP("CliCommands", "export REF --out FILE.zip [--encrypt]: the access, copy or portability package.")},
    {"erase", QT_TRANSLATE_NOOP("CliCommands", "erase REF [--dry-run] [--json]: carry out an approved deletion or account "
                                               "cancellation at the sources (the dry run changes nothing).")},
    {"holds", QT_TRANSLATE_NOOP("CliCommands", "holds [--due] [--json] | holds run: the legal holds kept back from deletions; end "
                                               "those that are due.")},
    {"withdraw", QT_TRANSLATE_NOOP("CliCommands", "withdraw REF --purpose KEY | --opt-out: record consent withdrawn on a consent "
                                                  "withdrawal request (the marketing opt-out in one).")},
};

// The first argument that is neither an option nor an option's value names the command.
int commandIndex(const QStringList &args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("--lang") || a == QLatin1String("--user")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

bool takesAction(const QString &command)
{
    return command == QLatin1String("audit") || command == QLatin1String("user") || command == QLatin1String("policy")
        || command == QLatin1String("server") || command == QLatin1String("reminders");
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

QString CliCommands::signInPassword(const QString &username)
{
    return qEnvironmentVariableIsSet("PRIVACYDESK_PASSWORD") ? qEnvironmentVariable("PRIVACYDESK_PASSWORD")
                                                              : promptPassword(tr("Password for %1: ").arg(username));
}

std::unique_ptr<Session> CliCommands::signIn(Gateway &gateway, const QCommandLineParser &parser, QTextStream &err, int *code,
                                             bool changingOwnPassword)
{
    const QString user = parser.value(QStringLiteral("user")).trimmed();
    if (user.isEmpty()) {
        err << tr("This command reads or changes the data: sign in with --user NAME (password from PRIVACYDESK_PASSWORD "
                  "or a prompt).")
            << '\n';
        *code = Usage;
        return nullptr;
    }
    const auto actor = gateway.signInNow(user, signInPassword(user));
    if (!actor) {
        err << actor.error() << '\n';
        *code = Failed;
        return nullptr;
    }
    SessionOptions options;
    options.watchChanges = false; // one command, then the process ends
    options.idleLockSeconds = 0;
    auto session = gateway.startSession(options);
    if (session->mustChangePassword() && !changingOwnPassword) {
        err << tr("An administrator set the password of %1: choose your own first, with: user passwd %1 --user %1")
                   .arg(actor->username)
            << '\n';
        *code = Failed;
        return nullptr;
    }
    *code = Ok;
    return session;
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
                                         "(password from PGPASSWORD or a prompt). Default: %1.")
                                          .arg(Gateway::defaultLocation()),
                                      tr("url"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language of messages: zh_CN or en."), tr("language"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        tr("Sign in as this member of staff (password from PRIVACYDESK_PASSWORD or a prompt). "
                                           "Needed by every command that reads or changes the data."),
                                        tr("name"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"), tr("How many requests to create."), tr("n"),
                                            QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed; the same seed gives the same data."),
                                        tr("s"), QStringLiteral("1"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(userOption);
    const auto helpOption = parser.addHelpOption();
    const auto versionOption = parser.addVersionOption();

    if (command == QLatin1String("demo")) {
        parser.addOption(requestsOption);
        parser.addOption(seedOption);
    } else if (command == QLatin1String("list") || command == QLatin1String("show") || command == QLatin1String("stats")) {
        RequestCommand::addOptions(command, parser);
    } else if (command == QLatin1String("policy")) {
        PolicyCommand::addOptions(parser);
    } else if (command == QLatin1String("user")) {
        UserCommand::addOptions(parser);
    } else if (command == QLatin1String("server")) {
        ServerCommand::addOptions(parser);
    } else if (command == QLatin1String("audit")) {
        RequestCommand::addAuditOptions(parser);
        AuditCommand::addOptions(parser);
    } else if (command == QLatin1String("reminders")) {
        RemindersCommand::addOptions(parser);
    } else if (WorkflowCommand::handles(command)) {
        WorkflowCommand::addOptions(command, parser);
    } else if (PeopleCommand::handles(command)) {
        PeopleCommand::addOptions(parser);
    } else if (EraseCommand::handles(command)) {
        EraseCommand::addOptions(parser);
    }
    const QString commandList = QStringLiteral("init, demo, list, show, stats, audit, user, policy, server, import, assign, priority, "
                                                    "act, note, correspond, check, letter, reminders, sources, person, export, erase, holds, withdraw");
    if (command.isEmpty()) {
        parser.addPositionalArgument(QStringLiteral("command"), tr("One of: %1.").arg(commandList));
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
                out << "  " << QString::fromLatin1(c.name).leftJustified(11) << QCoreApplication::translate("CliCommands", c.description) << '\n';
        }
        return Ok;
    }
    if (parser.isSet(versionOption)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    // Commands with an action word (audit verify, user add) take it first; show and some user
    // actions name their subject after it.
    QStringList positional = parser.positionalArguments();
    QString action;
    if (takesAction(command) && !positional.isEmpty())
        action = positional.takeFirst();
    QString subject; // user passwd|deactivate|activate|role|unlock NAME, show REF
    if (((command == QLatin1String("user") && UserCommand::takesName(action)) || command == QLatin1String("show"))
        && !positional.isEmpty())
        subject = positional.takeFirst();
    if (!positional.isEmpty() && !WorkflowCommand::handles(command) && !PeopleCommand::handles(command)
        && !EraseCommand::handles(command)) {
        err << tr("Unexpected argument: %1").arg(positional.constFirst()) << '\n';
        return Usage;
    }
    const bool known = std::any_of(std::begin(kCommands), std::end(kCommands),
                                   [&](const Command &c) { return command == QLatin1String(c.name); });
    if (!known) {
        if (command.isEmpty())
            err << tr("No command given. Use one of: %1 (--help for details).").arg(commandList) << '\n';
        else
            err << tr("Unknown command \"%1\". Use one of: %2.").arg(command, commandList) << '\n';
        return Usage;
    }
    if (command == QLatin1String("audit") && !AuditCommand::handles(action) && action != QLatin1String("export")) {
        err << tr("Use: audit verify [--checkpoints FILE], audit checkpoint [--key FILE], audit checkpoints --out FILE, or audit "
                  "export --out FILE.csv|FILE.xlsx")
            << '\n';
        return Usage;
    }
    if (command == QLatin1String("audit") && action == QLatin1String("export") && !parser.isSet(QStringLiteral("out"))) {
        err << tr("audit export needs --out FILE.csv or FILE.xlsx.") << '\n';
        return Usage;
    }
    if (WorkflowCommand::handles(command))
        if (const int code = WorkflowCommand::checkArguments(command, positional, parser, err); code != Ok)
            return code;
    if (PeopleCommand::handles(command))
        if (const int code = PeopleCommand::checkArguments(command, positional, parser, err); code != Ok)
            return code;
    if (EraseCommand::handles(command))
        if (const int code = EraseCommand::checkArguments(command, positional, err); code != Ok)
            return code;
    if (command == QLatin1String("policy"))
        if (const int code = PolicyCommand::checkArguments(action, parser, err); code != Ok)
            return code;
    if (command == QLatin1String("reminders"))
        if (const int code = RemindersCommand::checkArguments(action, parser, err); code != Ok)
            return code;
    if (command == QLatin1String("user"))
        if (const int code = UserCommand::checkArguments(action, subject, parser, err); code != Ok)
            return code;
    if (command == QLatin1String("list") || command == QLatin1String("show") || command == QLatin1String("stats"))
        if (const int code = RequestCommand::checkArguments(command, subject, parser, err); code != Ok)
            return code;
    if (command == QLatin1String("server"))
        return ServerCommand::run(action, parser, out, err); // it opens the server as its owner itself

    // Arguments are checked before the database is touched.
    qint64 requests = 0;
    quint32 seed = 1;
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

    const QString urlText = parser.value(dbOption);
    QString password;
    if (Gateway::needsPassword(urlText))
        password = promptPassword(tr("Password for %1 (empty for none): ").arg(urlText));
    auto gateway = Gateway::open(urlText, password);
    if (!gateway) {
        err << gateway.error() << '\n';
        return gateway.errorKind() == ErrorKind::Invalid ? Usage : Failed;
    }
    Gateway &g = *gateway.value();

    if (command == QLatin1String("init"))
        return init(g, out);
    if (command == QLatin1String("demo"))
        return demo(g, parser, requests, seed, out, err);
    if (command == QLatin1String("audit") && action == QLatin1String("export"))
        return RequestCommand::auditExport(g, parser, out, err);
    if (command == QLatin1String("audit"))
        return AuditCommand::run(g, action, parser, out, err);
    if (WorkflowCommand::handles(command))
        return WorkflowCommand::run(g, command, positional, parser, out, err);
    if (command == QLatin1String("user"))
        return UserCommand::run(g, action, subject, parser, out, err);
    if (command == QLatin1String("policy"))
        return PolicyCommand::run(g, action, parser, out, err);
    if (command == QLatin1String("reminders"))
        return RemindersCommand::run(g, action, parser, out, err);
    if (PeopleCommand::handles(command))
        return PeopleCommand::run(g, command, positional, parser, out, err);
    if (EraseCommand::handles(command))
        return EraseCommand::run(g, command, positional, parser, out, err);
    return RequestCommand::run(g, command, subject, parser, out, err);
}

int CliCommands::init(Gateway &gateway, QTextStream &out)
{
    out << tr("The database %1 is ready (schema version %2).").arg(gateway.databaseName()).arg(Gateway::schemaVersion())
        << '\n';
    return Ok;
}

int CliCommands::demo(Gateway &gateway, const QCommandLineParser &parser, qint64 requests, quint32 seed, QTextStream &out,
                      QTextStream &err)
{
    QElapsedTimer timer;
    timer.start();
    const auto progress = [&](qint64 n, qint64 total) {
        err << '\r' << tr("Demo data: %1 of %2 requests (%3%)").arg(n).arg(total).arg(n * 100 / std::max<qint64>(1, total))
            << Qt::flush;
        return true;
    };
    Result<qint64> done = Error{ErrorKind::Internal, QString()};
    QList<DemoGenerator::DemoAccount> accounts;
    std::unique_ptr<Session> session;
    if (parser.isSet(QStringLiteral("user"))) {
        // An administrator loads it, recorded under their name.
        int code = Ok;
        session = signIn(gateway, parser, err, &code);
        if (!session)
            return code;
        if (auto s = session->demo().mayLoad(); !s) {
            err << s.error() << '\n';
            return Failed;
        }
        const auto before = session->demo().accounts();
        done = session->demo().load(requests, seed, progress);
        if (const auto after = session->demo().accounts(); after && before)
            for (const auto &a : after.value())
                if (std::none_of(before->cbegin(), before->cend(), [&](const auto &b) { return b.username == a.username; }))
                    accounts << a; // only the accounts this load added

    } else {
        // Only a database without any staff account takes demo data without a sign-in.
        done = gateway.loadDemoNow(requests, seed, progress);
        if (const auto added = gateway.demoAccountsAdded())
            accounts = added.value();
    }
    err << '\n';
    if (!done) {
        err << done.error() << '\n';
        return Failed;
    }
    out << tr("Added %1 demo requests to %2 in %3 s.")
               .arg(*done)
               .arg(session ? session->databaseName() : gateway.databaseName())
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
        << '\n';
    UserCommand::printDemoAccounts(accounts, out);
    return Ok;
}

} // namespace pd
