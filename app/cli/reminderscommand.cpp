#include "reminderscommand.h"

#include "clicommands.h"
#include "session/gateway.h"
#include "session/reminderdesk.h"
#include "session/session.h"

#include <QCommandLineParser>

namespace pd {

namespace {

const QString kRemindAfter = QStringLiteral("remind-after");
const QString kCloseAfter = QStringLiteral("close-after");

// A number of days from the option, or -1 (message written) when it is not one in range.
int days(const QCommandLineParser &parser, const QString &option, QTextStream &err)
{
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < ReminderPolicy::kMinimumDays || n > ReminderPolicy::kMaximumDays) {
        err << RemindersCommand::tr("--%1 must be a whole number of days from %2 to %3, not \"%4\".")
                   .arg(option)
                   .arg(ReminderPolicy::kMinimumDays)
                   .arg(ReminderPolicy::kMaximumDays)
                   .arg(parser.value(option))
            << '\n';
        return -1;
    }
    return n;
}

} // namespace

void RemindersCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({kRemindAfter, tr("set: days of waiting for verification before the reminder."), tr("days")});
    parser.addOption({kCloseAfter, tr("set: days after the reminder before proposing to close as unverifiable."), tr("days")});
}

int RemindersCommand::checkArguments(const QString &action, const QCommandLineParser &parser, QTextStream &err)
{
    if (action != QLatin1String("run") && action != QLatin1String("show") && action != QLatin1String("set")) {
        err << tr("Use: reminders run | reminders show | reminders set --remind-after N --close-after M") << '\n';
        return CliCommands::Usage;
    }
    if (action == QLatin1String("set")) {
        if (!parser.isSet(kRemindAfter) && !parser.isSet(kCloseAfter)) {
            err << tr("reminders set needs --remind-after, --close-after or both.") << '\n';
            return CliCommands::Usage;
        }
        for (const QString &option : {kRemindAfter, kCloseAfter})
            if (parser.isSet(option) && days(parser, option, err) < 0)
                return CliCommands::Usage;
    }
    return CliCommands::Ok;
}

int RemindersCommand::run(Gateway &gateway, const QString &action, const QCommandLineParser &parser, QTextStream &out,
                          QTextStream &err)
{
    int code = CliCommands::Ok;
    const auto session = CliCommands::signIn(gateway, parser, err, &code);
    if (!session)
        return code;
    const ReminderDesk &desk = session->reminders();
    if (action == QLatin1String("run")) {
        const auto done = desk.sweep();
        if (!done) {
            err << done.error() << '\n';
            return CliCommands::Failed;
        }
        for (const QString &ref : done->reminded)
            out << tr("reminded %1").arg(ref) << '\n';
        for (const QString &ref : done->proposed)
            out << tr("proposed for closing as unverifiable %1").arg(ref) << '\n';
        for (const QString &line : done->skipped)
            err << tr("not done %1").arg(line) << '\n';
        out << tr("%n reminder(s) written", nullptr, int(done->reminded.size())) << "; "
            << tr("%n request(s) proposed for closing", nullptr, int(done->proposed.size())) << '\n';
        return done->skipped.isEmpty() ? CliCommands::Ok : CliCommands::Failed;
    }
    auto policy = desk.policy();
    if (!policy) {
        err << policy.error() << '\n';
        return CliCommands::Failed;
    }
    if (action == QLatin1String("set")) {
        ReminderPolicy p = policy.value();
        if (parser.isSet(kRemindAfter))
            p.remindAfterDays = days(parser, kRemindAfter, err);
        if (parser.isSet(kCloseAfter))
            p.closeAfterDays = days(parser, kCloseAfter, err);
        if (auto s = desk.setPolicy(p); !s) {
            err << s.error() << '\n';
            return CliCommands::Failed;
        }
        policy = p;
    }
    out << tr("reminder after: %n day(s)", nullptr, policy->remindAfterDays) << '\n'
        << tr("propose closing: %n day(s) after the reminder", nullptr, policy->closeAfterDays) << '\n';
    return CliCommands::Ok;
}

} // namespace pd
