#include "clirun.h"

#include <QDir>
#include <QProcess>

namespace pd::test {

CliRun runCli(const QString &cliPath, const QString &home, const QStringList &args, const QMap<QString, QString> &extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir dir(home);
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg-config")));
    for (const char *name : {"PGPASSWORD", "PRIVACYDESK_PASSWORD", "PRIVACYDESK_NEW_PASSWORD", "PRIVACYDESK_APP_ROLE_PASSWORD"})
        env.remove(QLatin1String(name));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(cliPath, args);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForStarted() || !p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("did not run to completion: ") + p.errorString();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace pd::test
