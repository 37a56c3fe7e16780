#include "peoplecommand.h"

#include "clicommands.h"
#include "common/displayformat.h"
#include "session/gateway.h"
#include "session/packagedesk.h"
#include "session/peopledesk.h"
#include "session/requestdesk.h"
#include "session/session.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

const QString kUrl = QStringLiteral("url");
const QString kLookup = QStringLiteral("lookup");
const QString kLookups = QStringLiteral("lookups");
const QString kAction = QStringLiteral("action");
const QString kPerson = QStringLiteral("person");
const QString kReveal = QStringLiteral("reveal");
const QString kRows = QStringLiteral("rows");
const QString kOut = QStringLiteral("out");
const QString kEncrypt = QStringLiteral("encrypt");

QString cell(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("—");
    return v.toString().simplified();
}

// The one person `text` finds, or nothing (message written) when none or several do.
std::optional<PersonView> onePerson(const PeopleDesk &desk, const QString &text, QTextStream &err)
{
    const auto found = desk.find(text);
    if (!found) {
        err << found.error() << '\n';
        return std::nullopt;
    }
    if (found->isEmpty()) {
        err << PeopleCommand::tr("No person matches \"%1\" (phone, e-mail, account, ID number or name).").arg(text) << '\n';
        return std::nullopt;
    }
    if (found->size() > 1) {
        err << PeopleCommand::tr("%n people match \"%1\"; give a phone, e-mail, account or ID number:", nullptr,
                                 int(found->size()))
                   .arg(text)
            << '\n';
        for (const PersonView &p : found.value())
            err << "  " << p.name << "  " << p.masked.value(PersonField::Phone) << "  " << p.masked.value(PersonField::Email) << '\n';
        return std::nullopt;
    }
    return found->constFirst();
}

void printHoldings(const QList<CategoryHolding> &items, const Inventory &inventory, const QString &language, int rows,
                   QTextStream &out)
{
    for (const CategoryHolding &h : items) {
        const InventoryCategory *c = inventory.category(h.category);
        const QString name = c ? c->name.in(language) : h.category;
        if (h.failed) {
            out << "[" << name << "] " << h.source << ": " << PeopleCommand::tr("not read: %1").arg(h.error) << '\n';
            continue;
        }
        out << "[" << name << "] " << h.source << ": " << PeopleCommand::tr("%n item(s)", nullptr, int(h.total)) << '\n';
        for (int r = 0; r < h.rows.rows.size() && r < rows; ++r) {
            QStringList parts;
            const QVariantList &row = h.rows.rows.at(r);
            for (int i = 0; i < row.size() && i < h.rows.columns.size(); ++i) {
                const InventoryField *f = c ? c->field(h.rows.columns.at(i)) : nullptr;
                parts << (f ? f->label.in(language) : h.rows.columns.at(i)) + QStringLiteral(": ") + cell(row.at(i));
            }
            out << "  " << parts.join(QStringLiteral("; ")) << '\n';
        }
        if (h.total > rows && !h.rows.rows.isEmpty())
            out << "  " << PeopleCommand::tr("… and %n more", nullptr, int(h.total - std::min<qint64>(rows, h.rows.rows.size()))) << '\n';
    }
}

} // namespace

bool PeopleCommand::handles(const QString &command)
{
    return command == QLatin1String("sources") || command == QLatin1String("person") || command == QLatin1String("export");
}

void PeopleCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({kUrl, tr("sources add: the source's address (sqlite:///… or postgresql://user@host:port/db)."), tr("url")});
    parser.addOption({kLookup, tr("sources add: a category's look-up, as CATEGORY=SELECT …; repeat for each category."),
                      tr("lookup")});
    parser.addOption({kLookups, tr("sources add: a JSON file of {\"category\": \"SELECT …\"}."), tr("file")});
    parser.addOption({kAction, tr("sources add: a write statement, as CATEGORY/ACTION=SQL (ACTION: delete, anonymise, restrict, "
                                  "cancel, correct.FIELD); repeat for each."),
                      tr("statement")});
    parser.addOption({kPerson, tr("sources test: the person to look up (phone, e-mail, account or ID number)."), tr("person")});
    parser.addOption({kReveal, tr("person show: show identifiers unmasked (audited).")});
    parser.addOption({kRows, tr("person show: rows shown per category (default 5)."), tr("n"), QStringLiteral("5")});
    parser.addOption({kOut, tr("export: the package to write (FILE.zip)."), tr("file")});
    parser.addOption({kEncrypt, tr("export: encrypt the package (AES-256) with a new password, printed once.")});
}

int PeopleCommand::checkArguments(const QString &command, const QStringList &positional, const QCommandLineParser &parser,
                                  QTextStream &err)
{
    const QString action = positional.value(0);
    if (command == QLatin1String("export")) {
        if (positional.size() != 1 || !parser.isSet(kOut)) {
            err << tr("Use: export REF --out FILE.zip [--encrypt]") << '\n';
            return CliCommands::Usage;
        }
        return CliCommands::Ok;
    }
    if (command == QLatin1String("sources")) {
        if (action == QLatin1String("list") && positional.size() == 1)
            return CliCommands::Ok;
        if ((action == QLatin1String("add") || action == QLatin1String("test") || action == QLatin1String("remove"))
            && positional.size() == 2) {
            if (action == QLatin1String("add") && (!parser.isSet(kUrl) || (!parser.isSet(kLookup) && !parser.isSet(kLookups)))) {
                err << tr("sources add NAME needs --url and at least one --lookup CATEGORY=SQL (or --lookups FILE.json).") << '\n';
                return CliCommands::Usage;
            }
            if (action == QLatin1String("test") && !parser.isSet(kPerson)) {
                err << tr("sources test NAME needs --person PHONE|E-MAIL|ACCOUNT|ID.") << '\n';
                return CliCommands::Usage;
            }
            return CliCommands::Ok;
        }
        err << tr("Use: sources list | sources add NAME --url URL --lookup CATEGORY=SQL | sources test NAME --person ID | "
                  "sources remove NAME")
            << '\n';
        return CliCommands::Usage;
    }
    if ((action == QLatin1String("find") || action == QLatin1String("show")) && positional.size() == 2) {
        bool ok = false;
        const int rows = parser.value(kRows).toInt(&ok);
        if (!ok || rows < 0 || rows > 100000) {
            err << tr("--rows must be a whole number from 0 to 100000, not \"%1\".").arg(parser.value(kRows)) << '\n';
            return CliCommands::Usage;
        }
        return CliCommands::Ok;
    }
    err << tr("Use: person find TEXT | person show TEXT [--reveal] [--rows N]") << '\n';
    return CliCommands::Usage;
}

int PeopleCommand::run(Gateway &gateway, const QString &command, const QStringList &positional, const QCommandLineParser &parser,
                       QTextStream &out, QTextStream &err)
{
    int code = CliCommands::Ok;
    const auto session = CliCommands::signIn(gateway, parser, err, &code);
    if (!session)
        return code;
    const PeopleDesk &desk = session->people();
    const QString action = positional.value(0);
    if (command == QLatin1String("export")) {
        const auto id = session->requests().find(action);
        if (!id) {
            err << id.error() << '\n';
            return CliCommands::Failed;
        }
        const QString password = parser.isSet(kEncrypt) ? PackageDesk::newPassword() : QString();
        const auto written = session->packages().exportPackage(id.value(), parser.value(kOut), password);
        if (!written) {
            err << written.error() << '\n';
            return CliCommands::Failed;
        }
        out << tr("Package for %1 written to %2: %n file(s)", nullptr, int(written->files.size())).arg(action, parser.value(kOut))
            << '\n'
            << tr("SHA-256: %1 (recorded on the request and in the audit log)").arg(written->sha256) << '\n';
        if (!password.isEmpty())
            out << tr("Password (shown once; send it by another channel than the package): %1").arg(password) << '\n';
        return CliCommands::Ok;
    }
    const QString subject = positional.value(1);
    const QString language = QLocale().name();
    const auto inventory = desk.inventory();
    if (!inventory) {
        err << inventory.error() << '\n';
        return CliCommands::Failed;
    }

    if (command == QLatin1String("person")) {
        if (action == QLatin1String("find")) {
            const auto found = desk.find(subject);
            if (!found) {
                err << found.error() << '\n';
                return CliCommands::Failed;
            }
            for (const PersonView &p : found.value())
                out << p.name << '\t' << p.masked.value(PersonField::Phone) << '\t' << p.masked.value(PersonField::Email) << '\t'
                    << p.masked.value(PersonField::Account) << '\n';
            out << tr("%n people found", nullptr, int(found->size())) << '\n';
            return CliCommands::Ok;
        }
        const auto person = onePerson(desk, subject, err);
        if (!person)
            return CliCommands::Failed;
        const auto held = desk.holdings(person->id, parser.isSet(kReveal));
        if (!held) {
            err << held.error() << '\n';
            return CliCommands::Failed;
        }
        out << held->person.name << "  " << held->person.masked.value(PersonField::Phone) << '\n';
        printHoldings(held->items, inventory.value(), language, parser.value(kRows).toInt(), out);
        for (const Disclosure &d : held->disclosures) {
            const InventoryRecipient *r = inventory->recipient(d.recipientKind);
            const InventoryCategory *c = inventory->category(d.category);
            out << tr("Disclosed %1 to %2 (%3) on %4: %5")
                       .arg(c ? c->name.in(language) : d.category, d.recipient, r ? r->label.in(language) : d.recipientKind,
                            d.disclosedOn.toString(Qt::ISODate), d.legalBasis)
                << '\n';
        }
        for (const ConsentEvent &c : held->consents) {
            const InventoryPurpose *p = inventory->purpose(c.purpose);
            out << (c.given ? tr("Consent given for %1 on %2 (%3)") : tr("Consent withdrawn for %1 on %2 (%3)"))
                       .arg(p ? p->label.in(language) : c.purpose, DisplayFormat::tableDateTime(c.at), c.channel)
                << '\n';
        }
        bool failed = false;
        for (const CategoryHolding &h : held->items)
            failed = failed || h.failed;
        return failed ? CliCommands::Failed : CliCommands::Ok;
    }

    const auto sources = desk.sources();
    if (!sources) {
        err << sources.error() << '\n';
        return CliCommands::Failed;
    }
    const auto named = [&]() -> std::optional<DataSource> {
        for (const DataSource &s : sources.value())
            if (s.name == subject)
                return s;
        return std::nullopt;
    };
    if (action == QLatin1String("list")) {
        for (const DataSource &s : sources.value()) {
            QStringList categories;
            for (const QString &key : s.lookups.keys())
                if (const InventoryCategory *c = inventory->category(key))
                    categories << c->name.in(language);
            out << s.name << '\t' << s.url << '\t' << categories.join(tr(", ")) << '\n';
        }
        out << tr("%n source(s)", nullptr, int(sources->size())) << '\n';
        return CliCommands::Ok;
    }
    if (action == QLatin1String("add")) {
        DataSource s;
        if (const auto existing = named())
            s = *existing; // add again: replaces its address and look-ups
        s.name = subject;
        s.url = parser.value(kUrl);
        s.lookups.clear();
        if (parser.isSet(kLookups)) {
            QFile file(parser.value(kLookups));
            if (!file.open(QIODevice::ReadOnly)) {
                err << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << '\n';
                return CliCommands::Failed;
            }
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &error).object();
            if (error.error != QJsonParseError::NoError) {
                err << tr("%1 is not valid JSON: %2").arg(file.fileName(), error.errorString()) << '\n';
                return CliCommands::Failed;
            }
            for (auto it = o.begin(); it != o.end(); ++it)
                s.lookups.insert(it.key(), it.value().toString());
        }
        for (const QString &l : parser.values(kLookup)) {
            const qsizetype eq = l.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                err << tr("--lookup \"%1\": write it as CATEGORY=SELECT …").arg(l) << '\n';
                return CliCommands::Usage;
            }
            s.lookups.insert(l.left(eq).trimmed(), l.mid(eq + 1));
        }
        if (parser.isSet(kAction))
            s.actions.clear(); // given again: replaced
        for (const QString &a : parser.values(kAction)) {
            const qsizetype eq = a.indexOf(QLatin1Char('='));
            if (eq <= 0 || !a.left(eq).contains(QLatin1Char('/'))) {
                err << tr("--action \"%1\": write it as CATEGORY/ACTION=UPDATE … or CATEGORY/delete=DELETE …").arg(a) << '\n';
                return CliCommands::Usage;
            }
            s.actions.insert(a.left(eq).trimmed(), a.mid(eq + 1));
        }
        const auto saved = desk.saveSource(s);
        if (!saved) {
            err << saved.error() << '\n';
            return CliCommands::Failed;
        }
        out << tr("Source \"%1\" saved with %n look-up(s).", nullptr, int(s.lookups.size())).arg(s.name) << '\n';
        return CliCommands::Ok;
    }
    const auto source = named();
    if (!source) {
        err << tr("There is no source named \"%1\" (sources list shows them).").arg(subject) << '\n';
        return CliCommands::Failed;
    }
    if (action == QLatin1String("remove")) {
        if (auto s = desk.removeSource(source->id); !s) {
            err << s.error() << '\n';
            return CliCommands::Failed;
        }
        out << tr("Source \"%1\" removed.").arg(source->name) << '\n';
        return CliCommands::Ok;
    }
    // test: the person is found as an administrator finds them (identifiers or name).
    const auto person = onePerson(desk, parser.value(kPerson), err);
    if (!person)
        return CliCommands::Failed;
    const auto tested = desk.testSource(*source, person->id);
    if (!tested) {
        err << tested.error() << '\n';
        return CliCommands::Failed;
    }
    printHoldings(tested.value(), inventory.value(), language, 3, out);
    for (const CategoryHolding &h : tested.value())
        if (h.failed)
            return CliCommands::Failed;
    return CliCommands::Ok;
}

} // namespace pd
