#pragma once

#include "domain/records.h"
#include "workflow/workingdaycalendar.h"

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace pd {

class AppSettings;
class AuditPage;
class Database;
class DemoDataLoader;
class Localization;
class RequestQueuePage;
class SettingsPage;

// The window: navigation on the left, the page in the middle (the queue is home), the status
// bar with the queue's counts. Owns the open database; can switch to another one.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(std::unique_ptr<Database> db, Localization &localization, AppSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    RequestQueuePage *queuePage() const { return m_queue; }
    AuditPage *auditPage() const { return m_audit; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    Database &database() const { return *m_db; }
    DemoDataLoader *demoLoader() const { return m_demo; }
    // Who is signed in: shown in the status bar as "display name · role".
    void setActor(const Actor &actor);
    const Actor &actor() const { return m_actor; }

public Q_SLOTS:
    void newRequest();
    // Asks whether to load demo data when the database holds no request.
    void offerDemoData();
    void loadDemoData(qint64 requests);
    void openDatabase();
    bool switchDatabase(const QString &url);
    void setLanguage(const QString &language);
    // The signed-in staff member changes their own password (asks for the current one).
    void changeOwnPassword();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void buildPage();
    void retranslate();
    void updateRecentMenu();
    void showError(const QString &message);
    void showActor();

    std::unique_ptr<Database> m_db;
    Localization &m_localization;
    AppSettings &m_settings;
    const WorkingDayCalendar m_calendar{};
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    RequestQueuePage *m_queue = nullptr;
    AuditPage *m_audit = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    DemoDataLoader *m_demo = nullptr;
    QLabel *m_summary;
    QLabel *m_dbLabel;
    QMenu *m_fileMenu, *m_recentMenu, *m_viewMenu, *m_languageMenu, *m_helpMenu;
    QAction *m_newAction, *m_openAction, *m_demoAction, *m_quitAction, *m_refreshAction, *m_findAction, *m_aboutAction;
    QAction *m_changePasswordAction;
    QActionGroup *m_languages;
    Actor m_actor;
    QLabel *m_actorLabel = nullptr;
};

} // namespace pd
