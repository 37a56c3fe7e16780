#include "policycommand.h"

#include "clicommands.h"
#include "domain/enums.h"
#include "session/gateway.h"
#include "session/session.h"
#include "session/verificationdesk.h"

#include <QCommandLineParser>

namespace pd {

namespace {
const QString kType = QStringLiteral("type");
const QString kAlternatives = QStringLiteral("alternatives");
const QString kUser = QStringLiteral("user");

// "account_login;identity_document+sms_code" -> [[account_login], [identity_document, sms_code]]
std::optional<QList<QList<VerificationMethod>>> parseAlternatives(const QString &text, QString *bad)
{
    QList<QList<VerificationMethod>> out;
    for (const QString &alternative : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        QList<VerificationMethod> methods;
        for (const QString &key : alternative.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
            const auto m = verificationMethods().fromKey(key.trimmed());
            if (!m) {
                *bad = key.trimmed();
                return std::nullopt;
            }
            methods << *m;
        }
        if (!methods.isEmpty())
            out << methods;
    }
    return out;
}
} // namespace

void PolicyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({kType, tr("policy set: the request type (key)."), tr("type")});
    parser.addOption({kAlternatives,
                      tr("policy set: alternatives separated by ';', methods of one alternative by '+' (keys), "
                         "e.g. \"account_login;identity_document+sms_code\"; empty for none."),
                      tr("rules")});
}

int PolicyCommand::checkArguments(const QString &action, const QCommandLineParser &parser, QTextStream &err)
{
    if (action == QLatin1String("show"))
        return CliCommands::Ok;
    if (action != QLatin1String("set")) {
        err << tr("Use: policy show, or policy set --type T --alternatives RULES --user ADMIN") << '\n';
        return CliCommands::Usage;
    }
    if (!requestTypes().fromKey(parser.value(kType))) {
        err << tr("--type must be one of: %1.").arg(requestTypes().keys().join(QLatin1String(", "))) << '\n';
        return CliCommands::Usage;
    }
    if (!parser.isSet(kAlternatives)) {
        err << tr("--alternatives is required (an empty value means no verification).") << '\n';
        return CliCommands::Usage;
    }
    QString bad;
    if (!parseAlternatives(parser.value(kAlternatives), &bad)) {
        err << tr("Unknown verification method \"%1\". Known methods: %2.")
                   .arg(bad, verificationMethods().keys().join(QLatin1String(", ")))
            << '\n';
        return CliCommands::Usage;
    }
    if (parser.value(kUser).isEmpty()) {
        err << tr("Changing the policy needs an administrator: give --user NAME.") << '\n';
        return CliCommands::Usage;
    }
    return CliCommands::Ok;
}

int PolicyCommand::run(Gateway &gateway, const QString &action, const QCommandLineParser &parser, QTextStream &out,
                       QTextStream &err)
{
    std::unique_ptr<Session> session;
    if (action == QLatin1String("set")) {
        int code = CliCommands::Ok;
        session = CliCommands::signIn(gateway, parser, err, &code);
        if (!session)
            return code;
        QString bad;
        const auto alternatives = parseAlternatives(parser.value(kAlternatives), &bad);
        const auto set = session->verification().setPolicy(*requestTypes().fromKey(parser.value(kType)), *alternatives);
        if (!set) {
            err << set.error() << '\n';
            return CliCommands::Failed;
        }
    }
    // The policy itself holds no personal data: showing it needs no sign-in.
    const auto policy = session ? session->verification().policy() : gateway.policyNow();
    if (!policy) {
        err << policy.error() << '\n';
        return CliCommands::Failed;
    }
    for (RequestType type : requestTypes().all()) {
        QStringList alternatives;
        for (const auto &alternative : policy->alternatives(type)) {
            QStringList keys;
            for (VerificationMethod m : alternative)
                keys << verificationMethods().key(m);
            alternatives << keys.join(QLatin1Char('+'));
        }
        out << requestTypes().key(type) << '\t'
            << (alternatives.isEmpty() ? tr("(no verification needed)") : alternatives.join(QLatin1String(" ; "))) << '\n';
    }
    return CliCommands::Ok;
}

} // namespace pd
