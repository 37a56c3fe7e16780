#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace pd::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real privacydesk-cli (PD_CLI_PATH) to completion with stdin closed (a password prompt
// reads end of input instead of waiting). HOME and the XDG folders point into `home` so nothing
// lands in the real home folder; PGPASSWORD and the PRIVACYDESK_* passwords are removed unless
// `env` gives them.
CliRun runCli(const QString &cliPath, const QString &home, const QStringList &args, const QMap<QString, QString> &env = {});

} // namespace pd::test
