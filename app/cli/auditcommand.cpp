#include "auditcommand.h"

#include "clicommands.h"
#include "session/gateway.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

namespace pd {

namespace {

const QString kKey = QStringLiteral("key");
const QString kCheckpoints = QStringLiteral("checkpoints");
const QString kOut = QStringLiteral("out");

QString keyPath(const QCommandLineParser &parser)
{
    return parser.isSet(kKey) ? parser.value(kKey) : qEnvironmentVariable("PRIVACYDESK_AUDIT_KEY");
}

} // namespace

void AuditCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({kKey, tr("audit checkpoint: the signing key file (created at first use, mode 0600; default "
                               "PRIVACYDESK_AUDIT_KEY)."),
                      tr("file")});
    parser.addOption({kCheckpoints, tr("audit verify: also check the log against the signed checkpoints in this file."), tr("file")});
}

bool AuditCommand::handles(const QString &action)
{
    return action == QLatin1String("verify") || action == QLatin1String("checkpoint") || action == QLatin1String("checkpoints");
}

int AuditCommand::run(Gateway &gateway, const QString &action, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (action == QLatin1String("checkpoint"))
        return checkpoint(gateway, parser, out, err);
    if (action == QLatin1String("checkpoints"))
        return exportCheckpoints(gateway, parser, out, err);
    return verify(gateway, parser, out, err);
}

int AuditCommand::verify(Gateway &gateway, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    // Reveals only counts and entry ids, so it needs no sign-in.
    const auto result = gateway.verifyAuditNow();
    if (!result) {
        err << result.error() << '\n';
        return CliCommands::Failed;
    }
    int chain = CliCommands::Ok;
    if (!result->intact) {
        err << tr("The audit log does NOT verify: first bad entry %1. %2").arg(result->firstBadId).arg(result->problem) << '\n';
        chain = CliCommands::Failed;
    } else {
        out << tr("The audit log is intact: %n entries verified.", nullptr, int(result->entries)) << '\n';
    }
    if (!parser.isSet(kCheckpoints))
        return chain;
    QFile file(parser.value(kCheckpoints));
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << '\n';
        return CliCommands::Failed;
    }
    const auto checkpoints = AuditCheckpoints::fromFile(file.readAll());
    if (!checkpoints) {
        err << checkpoints.error() << '\n';
        return CliCommands::Failed;
    }
    const auto against = gateway.verifyCheckpointsNow(checkpoints.value());
    if (!against) {
        err << against.error() << '\n';
        return CliCommands::Failed;
    }
    const AuditCheckpoints::Verification &v = against.value();
    for (const QString &problem : v.problems)
        err << problem << '\n';
    if (!v.problems.isEmpty() || v.checkpoints == 0) {
        if (v.checkpoints == 0)
            err << tr("No checkpoint in %1 carries a valid signature.").arg(file.fileName()) << '\n';
        err << tr("The audit log does NOT agree with its signed checkpoints.") << '\n';
        return CliCommands::Failed;
    }
    out << tr("The audit log agrees with %n signed checkpoint(s); the newest covers %1 entries, %2 written since.", nullptr,
              v.checkpoints)
               .arg(v.coveredEntries)
               .arg(v.uncoveredEntries)
        << '\n';
    return chain;
}

int AuditCommand::checkpoint(Gateway &gateway, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = keyPath(parser);
    if (path.isEmpty()) {
        err << tr("audit checkpoint needs the signing key: --key FILE (or PRIVACYDESK_AUDIT_KEY). Keep it outside the database, "
                  "readable by you only.")
            << '\n';
        return CliCommands::Usage;
    }
    const auto key = AuditSigningKey::openOrCreate(path);
    if (!key) {
        err << key.error() << '\n';
        return CliCommands::Failed;
    }
    const auto signed_ = gateway.signCheckpointNow(key.value(), QStringLiteral("manual"));
    if (!signed_) {
        err << signed_.error() << '\n';
        return CliCommands::Failed;
    }
    out << tr("Checkpoint signed: %1 entries up to entry %2 (hash %3), key %4.")
               .arg(signed_->entries)
               .arg(signed_->lastId)
               .arg(signed_->lastHash.left(16), key->fingerprint())
        << '\n';
    return CliCommands::Ok;
}

int AuditCommand::exportCheckpoints(Gateway &gateway, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(kOut)) {
        err << tr("audit checkpoints needs --out FILE: where to keep the signed checkpoints, away from the database.") << '\n';
        return CliCommands::Usage;
    }
    const auto all = gateway.checkpointsNow();
    if (!all) {
        err << all.error() << '\n';
        return CliCommands::Failed;
    }
    QSaveFile file(parser.value(kOut));
    if (!file.open(QIODevice::WriteOnly) || file.write(AuditCheckpoints::toFile(all.value())) < 0 || !file.commit()) {
        err << tr("Cannot write %1: %2").arg(parser.value(kOut), file.errorString()) << '\n';
        return CliCommands::Failed;
    }
    out << tr("%n signed checkpoint(s) written to %1.", nullptr, int(all->size())).arg(parser.value(kOut)) << '\n';
    return CliCommands::Ok;
}

} // namespace pd
