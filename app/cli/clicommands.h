#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace pd {

class Gateway;
class Session;

// The subcommands of privacydesk-cli. Each returns the process exit code:
// 0 success, 1 the command failed, 2 the command line was wrong.
// Like the GUI, the CLI reaches the data through the Gateway (before a sign-in) and the Session
// (after one): personal data only after --user signs in (password from PRIVACYDESK_PASSWORD or a
// prompt), masked unless revealed, and only what that member of staff may see.
class CliCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2 };

    static int run(const QStringList &arguments);
    // Reads a line from the terminal without echoing it; empty when stdin is not a terminal.
    static QString promptPassword(const QString &prompt);
    // The password of the member of staff signing in: PRIVACYDESK_PASSWORD or a prompt.
    static QString signInPassword(const QString &username);
    // Signs --user in and starts a session; nullptr (message written, exit code in *code) when
    // --user is missing or the sign-in fails. A member of staff whose password an administrator set
    // is refused unless `changingOwnPassword` (user passwd NAME for themselves).
    static std::unique_ptr<Session> signIn(Gateway &gateway, const QCommandLineParser &parser, QTextStream &err, int *code,
                                           bool changingOwnPassword = false);

private:
    static int init(Gateway &gateway, QTextStream &out);
    static int demo(Gateway &gateway, const QCommandLineParser &parser, qint64 requests, quint32 seed, QTextStream &out,
                    QTextStream &err);
};

} // namespace pd
