#pragma once

#include "workflow/demogenerator.h"

#include <QCoreApplication>
#include <QTextStream>

class QCommandLineParser;

namespace pd {

class Database;

// privacydesk-cli user add --username U --display-name N --role agent|supervisor|administrator
// [--user ADMIN]: creates a staff account. The new password comes from PRIVACYDESK_NEW_PASSWORD or
// a prompt without echo; ADMIN's from PRIVACYDESK_PASSWORD or a prompt. While the database has no
// administrator who can sign in, the first administrator is created without --user.
class UserCommand final
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    static void addOptions(QCommandLineParser &parser);
    // Checks the action word and the options before the database is opened; returns an exit code
    // (0 when they are fine, 2 when the command line is wrong).
    static int checkArguments(const QString &action, const QCommandLineParser &parser, QTextStream &err);
    static int run(const Database &db, const QCommandLineParser &parser, QTextStream &out, QTextStream &err);

    // For `demo`: the demo accounts just added, so a new user can sign in at once.
    static void printDemoAccounts(const QList<DemoGenerator::DemoAccount> &accounts, QTextStream &out);
};

} // namespace pd
