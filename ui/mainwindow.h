#pragma once

#include "domain/records.h"

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
class PeoplePage;
class DemoDataLoader;
class Gateway;
class Localization;
class LockScreen;
class RequestQueuePage;
class Session;
class SettingsPage;

// The window: navigation on the left, the page in the middle (the queue is home), the status
// bar with the queue's counts and who is signed in, a banner while the database cannot be reached,
// and the lock screen. It holds the Session and nothing below it; switching databases, signing out
// and being signed out (a deactivated account) tear down every page bound to the old session
// before it ends.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(std::unique_ptr<Session> session, Localization &localization, AppSettings &settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    RequestQueuePage *queuePage() const { return m_queue; }
    AuditPage *auditPage() const { return m_audit; }
    PeoplePage *peoplePage() const { return m_people; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    DemoDataLoader *demoLoader() const { return m_demo; }
    LockScreen *lockScreen() const { return m_lock; }
    Session *session() const { return m_session.get(); }
    QLabel *banner() const { return m_banner; }
    QAction *demoAction() const { return m_demoAction; }
    QAction *newRequestAction() const { return m_newAction; }

    // Ends the current session (its pages first) and works in this one.
    void setSession(std::unique_ptr<Session> session);

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
    // Records the sign-out, ends the session and asks for a sign-in to the same database.
    void signOut();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void buildPages();
    void sweepReminders();
    static constexpr int kRemindersPerJob = 20;
    void teardown();
    void signInAgain(std::unique_ptr<Gateway> gateway);
    void retranslate();
    void updateRecentMenu();
    void showError(const QString &message);
    void showActor();
    void showLocked(bool locked);
    void showConnection(const QString &message, int retryInSeconds);

    std::unique_ptr<Session> m_session;
    Localization &m_localization;
    AppSettings &m_settings;
    QStackedWidget *m_top;   // the pages, or the lock screen
    QWidget *m_content;
    QLabel *m_banner;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    LockScreen *m_lock;
    RequestQueuePage *m_queue = nullptr;
    AuditPage *m_audit = nullptr;
    PeoplePage *m_people = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    DemoDataLoader *m_demo = nullptr;
    QLabel *m_summary;
    QLabel *m_dbLabel;
    QLabel *m_actorLabel;
    QMenu *m_fileMenu, *m_recentMenu, *m_viewMenu, *m_languageMenu, *m_helpMenu;
    QAction *m_importAction = nullptr, *m_exportAction = nullptr;
    QAction *m_newAction, *m_openAction, *m_demoAction, *m_quitAction, *m_refreshAction, *m_findAction, *m_aboutAction;
    QAction *m_changePasswordAction, *m_signOutAction;
    QActionGroup *m_languages;
    QString m_connectionMessage;
    int m_retryIn = 0;
};

} // namespace pd
