#include "common/localization.h"
#include "databasepassworddialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "session/gateway.h"
#include "session/session.h"
#include "settings/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QInputDialog>
#include <QMessageBox>
#include <QStyle>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PrivacyDesk"));
    QApplication::setApplicationName(QStringLiteral("PrivacyDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    if (QApplication::style()->name().compare(QLatin1String("windows"), Qt::CaseInsensitive) == 0)
        QApplication::setStyle(QStringLiteral("Fusion"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PrivacyDesk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database URL (sqlite:///path or postgresql://user@host:port/db)."),
                                      QStringLiteral("url"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en."), QStringLiteral("language"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    pd::AppSettings settings;
    pd::Localization localization;
    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = settings.get(pd::AppSettings::Language);
    if (language.isEmpty())
        language = pd::Localization::systemLanguage();
    localization.setLanguage(language);

    // A PostgreSQL server's password: PGPASSWORD, the system keychain, or asked for.
    auto opened = pd::DatabasePasswordDialog::open(parser.value(dbOption));
    if (!opened)
        return 0;
    auto gateway = std::move(*opened);
    if (!gateway) {
        QMessageBox::critical(nullptr, QStringLiteral("PrivacyDesk"), gateway.error());
        return 1;
    }

    // A new database first gets its administrator; then whoever works signs in. Cancel ends here.
    auto session = pd::LoginDialog::signInTo(*gateway.value());
    if (!session)
        return 0;
    gateway.value().reset();

    pd::MainWindow window(std::move(session), localization, settings);
    window.show();
    QTimer::singleShot(0, &window, &pd::MainWindow::offerDemoData);
    return QApplication::exec();
}
