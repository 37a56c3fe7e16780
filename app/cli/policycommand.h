#pragma once

#include <QCoreApplication>
#include <QTextStream>

class QCommandLineParser;

namespace pd {

class Gateway;

// privacydesk-cli policy show
// privacydesk-cli policy set --type T --alternatives "account_login;identity_document+sms_code" --user ADMIN
// The verification policy matrix: which methods satisfy each request type. Alternatives are
// separated by ';', the methods of one alternative by '+'; an empty value means "no verification"
// (allowed for explanation and complaint only). Changing it needs an administrator's sign-in.
class PolicyCommand final
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommand)

public:
    static void addOptions(QCommandLineParser &parser);
    static int checkArguments(const QString &action, const QCommandLineParser &parser, QTextStream &err);
    static int run(Gateway &gateway, const QString &action, const QCommandLineParser &parser, QTextStream &out,
                   QTextStream &err);
};

} // namespace pd
