#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PrivacyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PrivacyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    return pd::CliCommands::run(QCoreApplication::arguments());
}
