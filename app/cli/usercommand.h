#pragma once

#include "demo/demogenerator.h"
#include "domain/records.h"

#include <QCoreApplication>
#include <QTextStream>

class QCommandLineParser;

namespace pd {

class Gateway;
class Session;

// privacydesk-cli user ACTION: staff accounts.
//   user add --username U --display-name N --role agent|supervisor|administrator [--user ADMIN]
//     creates an account. While the database has no administrator who can sign in, the first
//     administrator is created without --user.
//   user list --user NAME            every account, active or not (any signed-in staff member)
//   user passwd NAME --user NAME     NAME == --user: change one's own password (the sign-in
//                                    password is the current one); otherwise an administrator
//                                    resets NAME's password
//   user deactivate NAME --user ADMIN / user activate NAME --user ADMIN
//   user role NAME --role ROLE --user ADMIN
//   user unlock NAME --user ADMIN     lift the lock of too many failed sign-ins
// The signing-in password comes from PRIVACYDESK_PASSWORD or a prompt without echo; a new password
// from PRIVACYDESK_NEW_PASSWORD or a prompt (typed twice). The rules are StaffService's.
class UserCommand final
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    static void addOptions(QCommandLineParser &parser);
    // Checks the action word and the options before the database is opened; returns an exit code
    // (0 when they are fine, 2 when the command line is wrong).
    static int checkArguments(const QString &action, const QString &name, const QCommandLineParser &parser,
                              QTextStream &err);
    static int run(Gateway &gateway, const QString &action, const QString &name, const QCommandLineParser &parser,
                   QTextStream &out, QTextStream &err);
    // True for the actions that name an account after the action word (user passwd NAME).
    static bool takesName(const QString &action);

    // For `demo`: the demo accounts just added, so a new user can sign in at once.
    static void printDemoAccounts(const QList<DemoGenerator::DemoAccount> &accounts, QTextStream &out);

private:
    static int add(Gateway &gateway, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);
    static int list(const Session &session, QTextStream &out, QTextStream &err);
    static int passwd(const Session &session, const QString &name, const QString &actorPassword, QTextStream &out,
                      QTextStream &err);
};

} // namespace pd
