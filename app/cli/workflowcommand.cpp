#include "workflowcommand.h"

#include "clicommands.h"
#include "exchange/requestimport.h"
#include "session/gateway.h"
#include "session/letterdesk.h"
#include "session/requestdesk.h"
#include "session/session.h"
#include "session/verificationdesk.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace pd {

namespace {

const QString kDryRun = QStringLiteral("dry-run");
const QString kEncoding = QStringLiteral("encoding");
const QString kMap = QStringLiteral("map");
const QString kNote = QStringLiteral("note");
const QString kReason = QStringLiteral("reason");
const QString kExplanation = QStringLiteral("explanation");
const QString kChannel = QStringLiteral("channel");
const QString kLanguage = QStringLiteral("language");
const QString kOut = QStringLiteral("out");

struct Shape
{
    const char *command;
    int arguments; // positional arguments after the command
    const char *usage;
};

constexpr Shape kShapes[] = {
    {"import", 1, "import FILE.csv [--dry-run] [--encoding utf-8|gbk] [--map HEADER=FIELD]..."},
    {"assign", 2, "assign REF USER (or none)"},
    {"priority", 2, "priority REF low|normal|high|urgent"},
    {"act", 2, "act REF ACTION [--note TEXT] [--reason KEYS] [--explanation TEXT]"},
    {"note", 2, "note REF TEXT"},
    {"correspond", 3, "correspond REF in|out SUMMARY [--channel KEY]"},
    {"check", 3, "check REF METHOD passed|failed [--note TEXT]"},
    {"letter", 2, "letter REF KIND [--language zh_CN|en] [--out FILE.pdf]"},
};

const Shape *shapeOf(const QString &command)
{
    for (const Shape &s : kShapes)
        if (command == QLatin1String(s.command))
            return &s;
    return nullptr;
}

QStringList split(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

template<typename E>
bool knownKey(const EnumTable<E> &table, const QString &key, const QString &what, QTextStream &err)
{
    if (table.fromKey(key))
        return true;
    err << WorkflowCommand::tr("Unknown %1 \"%2\". Known: %3.").arg(what, key, table.keys().join(QLatin1String(", "))) << '\n';
    return false;
}

int fail(QTextStream &err, const QString &message)
{
    err << message << '\n';
    return CliCommands::Failed;
}

int importFile(const Session &session, const QString &path, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(err, WorkflowCommand::tr("Cannot read %1: %2").arg(path, file.errorString()));
    std::optional<Csv::Encoding> encoding;
    if (parser.isSet(kEncoding))
        encoding = parser.value(kEncoding).compare(QLatin1String("gbk"), Qt::CaseInsensitive) == 0 ? Csv::Encoding::Gbk
                                                                                                   : Csv::Encoding::Utf8;
    auto read = RequestImport::read(file.readAll(), encoding);
    if (!read)
        return fail(err, QStringLiteral("%1: %2").arg(path, read.error()));
    RequestImport::File csv = read.value();
    if (auto s = RequestImport::map(csv, parser.values(kMap)); !s)
        return fail(err, s.error());
    if (const auto missing = RequestImport::missingFields(csv); !missing.isEmpty()) {
        QStringList names;
        for (auto f : missing)
            names << RequestImport::key(f);
        return fail(err, WorkflowCommand::tr("%1: no column gives %2 (columns: %3). Name one with --map HEADER=FIELD.")
                             .arg(path, names.join(QLatin1String(", ")), csv.headers.join(QLatin1String(", "))));
    }
    const auto rows = RequestImport::check(
        csv, [&](IntakeForm &f) { return session.requests().validate(f); }, session.now());
    int bad = 0;
    QList<IntakeForm> forms;
    for (const auto &row : rows) {
        if (!row.ok())
            ++bad;
        for (const auto &p : row.problems)
            err << WorkflowCommand::tr("%1 line %2, %3: %4").arg(QFileInfo(path).fileName()).arg(p.line).arg(p.column, p.message) << '\n';
        forms << row.form;
    }
    if (bad > 0)
        return fail(err, WorkflowCommand::tr("%n row(s) of %1 are wrong; nothing was imported.", nullptr, bad).arg(rows.size()));
    if (rows.isEmpty())
        return fail(err, WorkflowCommand::tr("%1 holds no rows below its header; nothing was imported.").arg(path));
    if (parser.isSet(kDryRun)) {
        out << WorkflowCommand::tr("All %n row(s) are good (%1); nothing was imported (--dry-run).", nullptr, int(rows.size()))
                   .arg(Csv::encodingName(csv.encoding))
            << '\n';
        return CliCommands::Ok;
    }
    const auto created = session.requests().importRequests(forms, QFileInfo(path).fileName(), Csv::encodingName(csv.encoding));
    if (!created)
        return fail(err, created.error());
    for (const Request &r : created.value())
        out << r.reference << '\n';
    err << WorkflowCommand::tr("Imported %n request(s).", nullptr, int(created->size())) << '\n';
    return CliCommands::Ok;
}

} // namespace

bool WorkflowCommand::handles(const QString &command)
{
    return shapeOf(command) != nullptr;
}

void WorkflowCommand::addOptions(const QString &command, QCommandLineParser &parser)
{
    if (command == QLatin1String("import")) {
        parser.addOption({kDryRun, tr("Check every row and report; import nothing.")});
        parser.addOption({kEncoding, tr("The file's encoding: utf-8 or gbk (detected if not given)."), tr("encoding")});
        parser.addOption({kMap, tr("Read the column with this header as this field (%1, or ignore); repeatable.")
                                    .arg([] {
                                        QStringList keys;
                                        for (auto f : RequestImport::fields())
                                            keys << RequestImport::key(f);
                                        return keys.join(QLatin1String(", "));
                                    }()),
                          tr("HEADER=FIELD")});
    }
    if (command == QLatin1String("act") || command == QLatin1String("check"))
        parser.addOption({kNote, tr("A note to go with it."), tr("text")});
    if (command == QLatin1String("act")) {
        parser.addOption({kReason, tr("Refusal reasons (keys, comma-separated: %1).").arg(refusalReasons().keys().join(QLatin1String(", "))),
                          tr("keys")});
        parser.addOption({kExplanation, tr("The explanation a refusal gives the person."), tr("text")});
    }
    if (command == QLatin1String("correspond"))
        parser.addOption({kChannel, tr("How it was sent or received (%1).").arg(channels().keys().join(QLatin1String(", "))),
                          tr("channel"), QStringLiteral("email")});
    if (command == QLatin1String("letter")) {
        parser.addOption({kLanguage, tr("The letter's language: zh_CN or en (default: the person's)."), tr("language")});
        parser.addOption({kOut, tr("Also save the letter's PDF to this file."), tr("file")});
    }
}

int WorkflowCommand::checkArguments(const QString &command, const QStringList &args, const QCommandLineParser &parser, QTextStream &err)
{
    const Shape *shape = shapeOf(command);
    if (args.size() != shape->arguments) {
        err << tr("Use: %1").arg(QString::fromLatin1(shape->usage)) << '\n';
        return CliCommands::Usage;
    }
    bool ok = true;
    if (command == QLatin1String("import") && parser.isSet(kEncoding)) {
        const QString e = parser.value(kEncoding).toLower();
        if (e != QLatin1String("utf-8") && e != QLatin1String("utf8") && e != QLatin1String("gbk")) {
            err << tr("--encoding must be utf-8 or gbk, not \"%1\".").arg(parser.value(kEncoding)) << '\n';
            ok = false;
        }
    }
    if (command == QLatin1String("priority"))
        ok = knownKey(priorities(), args.at(1), tr("priority"), err);
    if (command == QLatin1String("act")) {
        ok = knownKey(requestActions(), args.at(1), tr("action"), err);
        for (const QString &r : split(parser.value(kReason)))
            ok = ok && knownKey(refusalReasons(), r, tr("refusal reason"), err);
    }
    if (command == QLatin1String("correspond")) {
        if (args.at(1) != QLatin1String("in") && args.at(1) != QLatin1String("out")) {
            err << tr("The direction is in (from the requester) or out (to the requester), not \"%1\".").arg(args.at(1)) << '\n';
            ok = false;
        }
        ok = ok && knownKey(channels(), parser.value(kChannel), tr("channel"), err);
    }
    if (command == QLatin1String("check")) {
        ok = knownKey(verificationMethods(), args.at(1), tr("verification method"), err);
        if (args.at(2) != QLatin1String("passed") && args.at(2) != QLatin1String("failed")) {
            err << tr("The outcome is passed or failed, not \"%1\".").arg(args.at(2)) << '\n';
            ok = false;
        }
    }
    if (command == QLatin1String("letter")) {
        ok = knownKey(letterKinds(), args.at(1), tr("letter kind"), err);
        if (parser.isSet(kLanguage) && parser.value(kLanguage) != QLatin1String("zh_CN") && parser.value(kLanguage) != QLatin1String("en")) {
            err << tr("--language must be zh_CN or en, not \"%1\".").arg(parser.value(kLanguage)) << '\n';
            ok = false;
        }
    }
    return ok ? CliCommands::Ok : CliCommands::Usage;
}

int WorkflowCommand::run(Gateway &gateway, const QString &command, const QStringList &args, const QCommandLineParser &parser,
                         QTextStream &out, QTextStream &err)
{
    int code = CliCommands::Ok;
    const auto session = CliCommands::signIn(gateway, parser, err, &code);
    if (!session)
        return code;
    if (command == QLatin1String("import"))
        return importFile(*session, args.at(0), parser, out, err);

    const RequestDesk &requests = session->requests();
    const auto id = requests.find(args.at(0));
    if (!id)
        return fail(err, id.error());
    const auto view = requests.view(id.value(), RequestDesk::Purpose::Refresh);
    if (!view)
        return fail(err, view.error());
    const Request &r = view->request;
    const auto done = [&](const Request &after) {
        out << tr("%1: %2", "reference: status").arg(after.reference, requestStatuses().label(after.status)) << '\n';
        return CliCommands::Ok;
    };

    if (command == QLatin1String("assign")) {
        qint64 staffId = 0;
        if (args.at(1) != QLatin1String("none")) {
            const auto staff = requests.assignableStaff();
            if (!staff)
                return fail(err, staff.error());
            const auto it = std::find_if(staff->cbegin(), staff->cend(), [&](const StaffUser &u) { return u.username == args.at(1); });
            if (it == staff->cend())
                return fail(err, tr("%1 is not a member of staff requests can be assigned to.").arg(args.at(1)));
            staffId = it->id;
        }
        const auto after = requests.assign(r.id, r.version, staffId);
        if (!after)
            return fail(err, after.error());
        out << tr("%1: assigned to %2").arg(after->reference, after->assigneeName.isEmpty() ? tr("nobody") : after->assigneeName) << '\n';
        return CliCommands::Ok;
    }
    if (command == QLatin1String("priority")) {
        const auto after = requests.setPriority(r.id, r.version, *priorities().fromKey(args.at(1)));
        if (!after)
            return fail(err, after.error());
        out << tr("%1: priority %2").arg(after->reference, priorities().label(after->priority)) << '\n';
        return CliCommands::Ok;
    }
    if (command == QLatin1String("act")) {
        ActionInput input;
        input.note = parser.value(kNote);
        input.explanation = parser.value(kExplanation);
        for (const QString &key : split(parser.value(kReason)))
            input.reasons << *refusalReasons().fromKey(key);
        const auto after = requests.perform(r.id, r.version, *requestActions().fromKey(args.at(1)), input);
        if (!after)
            return fail(err, after.error());
        return done(after.value());
    }
    if (command == QLatin1String("note")) {
        if (auto s = requests.addNote(r.id, args.at(1)); !s)
            return fail(err, s.error());
        out << tr("%1: note added").arg(r.reference) << '\n';
        return CliCommands::Ok;
    }
    if (command == QLatin1String("correspond")) {
        Correspondence c;
        c.direction = args.at(1);
        c.channel = *channels().fromKey(parser.value(kChannel));
        c.summary = args.at(2);
        if (auto s = requests.recordCorrespondence(r.id, c); !s)
            return fail(err, s.error());
        out << tr("%1: correspondence recorded").arg(r.reference) << '\n';
        return CliCommands::Ok;
    }
    if (command == QLatin1String("check")) {
        const bool passed = args.at(2) == QLatin1String("passed");
        if (auto s = session->verification().recordCheck(r.id, *verificationMethods().fromKey(args.at(1)), passed, parser.value(kNote)); !s)
            return fail(err, s.error());
        out << tr("%1: %2 %3").arg(r.reference, verificationMethods().label(*verificationMethods().fromKey(args.at(1))),
                                   passed ? tr("passed") : tr("failed"))
            << '\n';
        return CliCommands::Ok;
    }
    // letter
    const auto letter = session->letters().write(r.id, *letterKinds().fromKey(args.at(1)), parser.value(kLanguage));
    if (!letter)
        return fail(err, letter.error());
    out << tr("%1: letter %2 (%3), SHA-256 %4").arg(r.reference).arg(letter->id).arg(letter->language, letter->sha256) << '\n';
    if (parser.isSet(kOut)) {
        const auto pdf = session->letters().pdf(letter->id);
        if (!pdf)
            return fail(err, pdf.error());
        QSaveFile file(parser.value(kOut));
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit())
            return fail(err, tr("Cannot write %1: %2").arg(parser.value(kOut), file.errorString()));
        if (auto s = session->letters().recordCopy(letter->id, LetterService::Copy::File); !s)
            return fail(err, s.error());
    }
    return CliCommands::Ok;
}

} // namespace pd
