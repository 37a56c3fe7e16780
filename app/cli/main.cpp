#include "clicommands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // Writing a letter or a package prints a PDF, which takes fonts from a graphical platform: those
    // commands run on the offscreen one (no display needed); every other command stays a plain process.
    bool letter = false;
    for (int i = 1; i < argc; ++i)
        letter = letter || qstrcmp(argv[i], "letter") == 0 || qstrcmp(argv[i], "export") == 0;
    if (letter && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(letter ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("PrivacyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PrivacyDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    return pd::CliCommands::run(QCoreApplication::arguments());
}
