#include "erasecommand.h"

#include "clicommands.h"
#include "common/displayformat.h"
#include "domain/enums.h"
#include "session/erasuredesk.h"
#include "session/peopledesk.h"
#include "session/requestdesk.h"
#include "session/session.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

const QString kDryRun = QStringLiteral("dry-run");
const QString kJson = QStringLiteral("json");
const QString kDue = QStringLiteral("due");
const QString kPurpose = QStringLiteral("purpose");
const QString kOptOut = QStringLiteral("opt-out");
const QString kChannel = QStringLiteral("channel");

QJsonObject lineJson(const ErasureLine &l)
{
    QJsonObject o{{QStringLiteral("source"), l.source},   {QStringLiteral("category"), l.category},
                  {QStringLiteral("action"), l.action},   {QStringLiteral("found"), l.found},
                  {QStringLiteral("changed"), l.changed}, {QStringLiteral("kept"), l.kept},
                  {QStringLiteral("done"), l.done},       {QStringLiteral("blocking"), l.blocking}};
    if (l.heldUntil.isValid())
        o.insert(QStringLiteral("held_until"), l.heldUntil.toString(Qt::ISODate));
    if (!l.why.isEmpty())
        o.insert(QStringLiteral("why"), l.why);
    if (l.remaining >= 0)
        o.insert(QStringLiteral("remaining"), l.remaining);
    return o;
}

QJsonObject holdJson(const LegalHold &h)
{
    QJsonObject o{{QStringLiteral("reference"), h.reference}, {QStringLiteral("source"), h.source},
                  {QStringLiteral("category"), h.category},   {QStringLiteral("held_until"), h.heldUntil.toString(Qt::ISODate)}};
    if (h.releasedAt.isValid())
        o.insert(QStringLiteral("deleted_rows"), h.releasedRows);
    return o;
}

void printPlan(const ErasurePlan &plan, bool json, QTextStream &out)
{
    if (json) {
        QJsonArray lines, failed;
        for (const ErasureLine &l : plan.lines)
            lines << lineJson(l);
        for (const QString &f : plan.failedSources)
            failed << f;
        out << QJsonDocument(QJsonObject{{QStringLiteral("reference"), plan.reference},
                                         {QStringLiteral("approved"), plan.approved},
                                         {QStringLiteral("completed"), plan.completed},
                                         {QStringLiteral("lines"), lines},
                                         {QStringLiteral("failed_sources"), failed}})
                   .toJson(QJsonDocument::Indented);
        return;
    }
    for (const ErasureLine &l : plan.lines) {
        QString text = EraseCommand::tr("%1 · %2: found %3").arg(l.source, l.categoryName.isEmpty() ? l.category : l.categoryName).arg(l.found);
        if (l.changed > 0)
            text += l.action == QLatin1String("anonymise") ? EraseCommand::tr(", %1 anonymised").arg(l.changed)
                                                           : EraseCommand::tr(", %1 deleted").arg(l.changed);
        if (l.kept > 0)
            text += EraseCommand::tr(", %1 kept: %2").arg(l.kept).arg(l.why);
        if (l.done)
            text += EraseCommand::tr(" [done]");
        if (l.remaining >= 0)
            text += EraseCommand::tr(" [found afterwards: %1]").arg(l.remaining);
        out << text << '\n';
    }
    for (const QString &f : plan.failedSources)
        out << EraseCommand::tr("Not done: %1").arg(f) << '\n';
}

} // namespace

bool EraseCommand::handles(const QString &command)
{
    return command == QLatin1String("erase") || command == QLatin1String("holds") || command == QLatin1String("withdraw");
}

void EraseCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({kDryRun, tr("erase: show per source and category what would be deleted, anonymised or kept; change nothing.")});
    parser.addOption({kJson, tr("Print the result as JSON.")});
    parser.addOption({kDue, tr("holds: only those whose end has come.")});
    parser.addOption({kPurpose, tr("withdraw: a purpose whose consent is withdrawn (an inventory key); repeat for each."), tr("purpose")});
    parser.addOption({kOptOut, tr("withdraw: the marketing opt-out (退订), the same as --purpose marketing.")});
    parser.addOption({kChannel, tr("withdraw: how the requester withdrew it (default: the request's channel)."), tr("channel")});
}

int EraseCommand::checkArguments(const QString &command, const QStringList &positional, QTextStream &err)
{
    if (command == QLatin1String("withdraw") && positional.size() != 1) {
        err << tr("Use: withdraw REF --purpose KEY [--purpose KEY…] | --opt-out [--channel CHANNEL] --user NAME") << '\n';
        return CliCommands::Usage;
    }
    if (command == QLatin1String("erase") && positional.size() != 1) {
        err << tr("Use: erase REF [--dry-run] [--json] --user NAME") << '\n';
        return CliCommands::Usage;
    }
    if (command == QLatin1String("holds") && !(positional.isEmpty() || (positional.size() == 1 && positional.constFirst() == QLatin1String("run")))) {
        err << tr("Use: holds [--due] [--json] --user NAME, or holds run --user NAME") << '\n';
        return CliCommands::Usage;
    }
    return CliCommands::Ok;
}

int EraseCommand::run(Gateway &gateway, const QString &command, const QStringList &positional, const QCommandLineParser &parser,
                      QTextStream &out, QTextStream &err)
{
    int code = CliCommands::Ok;
    const auto session = CliCommands::signIn(gateway, parser, err, &code);
    if (!session)
        return code;
    const bool json = parser.isSet(kJson);
    if (command == QLatin1String("holds")) {
        if (positional.isEmpty()) {
            const auto holds = session->erasures().openHolds(parser.isSet(kDue));
            if (!holds) {
                err << holds.error() << '\n';
                return CliCommands::Failed;
            }
            if (json) {
                QJsonArray list;
                for (const LegalHold &h : holds.value())
                    list << holdJson(h);
                out << QJsonDocument(list).toJson(QJsonDocument::Indented);
            } else {
                for (const LegalHold &h : holds.value())
                    out << tr("%1 · %2 · %3: held until %4").arg(h.reference, h.source, h.category, DisplayFormat::proseDate(h.heldUntil))
                        << '\n';
                out << tr("%n legal hold(s).", nullptr, int(holds->size())) << '\n';
            }
            return CliCommands::Ok;
        }
        QStringList failures;
        const auto released = session->erasures().releaseDueHolds(&failures);
        if (!released) {
            err << released.error() << '\n';
            return CliCommands::Failed;
        }
        if (json) {
            QJsonArray list;
            for (const LegalHold &h : released.value())
                list << holdJson(h);
            out << QJsonDocument(QJsonObject{{QStringLiteral("ended"), list}, {QStringLiteral("failed"), QJsonArray::fromStringList(failures)}})
                       .toJson(QJsonDocument::Indented);
        } else {
            for (const LegalHold &h : released.value())
                out << tr("%1 · %2 · %3: hold ended, %n row(s) deleted", nullptr, int(h.releasedRows)).arg(h.reference, h.source, h.category)
                    << '\n';
            out << tr("%n hold(s) ended.", nullptr, int(released->size())) << '\n';
        }
        for (const QString &f : std::as_const(failures))
            err << tr("Not ended: %1").arg(f) << '\n';
        return failures.isEmpty() ? CliCommands::Ok : CliCommands::Failed;
    }

    const auto id = session->requests().find(positional.constFirst());
    if (!id) {
        err << id.error() << '\n';
        return CliCommands::Failed;
    }
    if (command == QLatin1String("withdraw")) {
        QStringList purposes = parser.values(kPurpose);
        if (parser.isSet(kOptOut))
            purposes << QStringLiteral("marketing");
        QString channel = parser.value(kChannel);
        if (channel.isEmpty()) {
            const auto view = session->requests().view(id.value(), RequestDesk::Purpose::Refresh);
            if (!view) {
                err << view.error() << '\n';
                return CliCommands::Failed;
            }
            channel = channels().key(view->request.channel);
        }
        const auto withdrawn = session->people().withdrawConsent(id.value(), purposes, channel);
        if (!withdrawn) {
            err << withdrawn.error() << '\n';
            return withdrawn.errorKind() == ErrorKind::Invalid && purposes.isEmpty() ? CliCommands::Usage : CliCommands::Failed;
        }
        out << tr("%1: consent withdrawn for %2.").arg(positional.constFirst(), withdrawn->join(QStringLiteral(", "))) << '\n';
        return CliCommands::Ok;
    }
    const auto plan = session->erasures().dryRun(id.value());
    if (!plan) {
        err << plan.error() << '\n';
        return CliCommands::Failed;
    }
    if (parser.isSet(kDryRun) || plan->completed) {
        printPlan(plan.value(), json, out);
        if (plan->completed && !json)
            out << tr("%1: carried out already.").arg(plan->reference) << '\n';
        return plan->failedSources.isEmpty() ? CliCommands::Ok : CliCommands::Failed;
    }
    if (!plan->failedSources.isEmpty()) {
        printPlan(plan.value(), json, out);
        err << tr("Nothing was changed: the dry run could not ask every source.") << '\n';
        return CliCommands::Failed;
    }
    const auto done = session->erasures().carryOut(id.value(), plan.value());
    if (!done) {
        err << done.error() << '\n';
        return CliCommands::Failed;
    }
    printPlan(done.value(), json, out);
    if (!done->completed) {
        err << tr("%1: not finished; run erase again to carry on with the rest.").arg(done->reference) << '\n';
        return CliCommands::Failed;
    }
    if (!json)
        out << tr("%1: carried out at every source and proven by the look-ups.").arg(done->reference) << '\n';
    return CliCommands::Ok;
}

} // namespace pd
