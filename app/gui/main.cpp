#include "common/localization.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QInputDialog>
#include <QMessageBox>
#include <QStyle>
#include <QTimer>

namespace {

// Opens and migrates the database, asking for a PostgreSQL password when none is in PGPASSWORD.
std::unique_ptr<pd::Database> openDatabase(const QString &text, QString *error)
{
    auto url = text.isEmpty() ? pd::Result<pd::DatabaseUrl>(pd::DatabaseUrl::defaultLocation()) : pd::DatabaseUrl::parse(text);
    if (!url) {
        *error = url.error();
        return nullptr;
    }
    if (url->dialect == pd::Dialect::PostgreSQL && url->password.isEmpty()) {
        url.value().password = qEnvironmentVariable("PGPASSWORD");
        if (url->password.isEmpty()) {
            bool ok = false;
            url.value().password = QInputDialog::getText(nullptr, QCoreApplication::translate("main", "Password"),
                                                         QCoreApplication::translate("main", "Password for %1:").arg(url->toDisplayString()),
                                                         QLineEdit::Password, QString(), &ok);
        }
    }
    auto db = std::make_unique<pd::Database>(url.value());
    if (auto s = db->open(); !s) {
        *error = s.error();
        return nullptr;
    }
    if (auto s = pd::SchemaMigrator(*db).migrate(); !s) {
        *error = s.error();
        return nullptr;
    }
    return db;
}

} // namespace

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

    QString error;
    auto db = openDatabase(parser.value(dbOption), &error);
    if (!db) {
        QMessageBox::critical(nullptr, QStringLiteral("PrivacyDesk"), error);
        return 1;
    }
    settings.addRecentDatabase(db->url().toDisplayString());

    // A new database first gets its administrator; then whoever works signs in. Cancel ends here.
    const auto actor = pd::LoginDialog::signInTo(*db);
    if (!actor)
        return 0;

    pd::MainWindow window(std::move(db), localization, settings);
    window.setActor(*actor);
    window.show();
    QTimer::singleShot(0, &window, &pd::MainWindow::offerDemoData);
    return QApplication::exec();
}
