#include "mainwindow.h"

#include "common/localization.h"
#include "auditpage.h"
#include "demodataloader.h"
#include "intakedialog.h"
#include "itemmodels/requestqueuemodel.h"
#include "logindialog.h"
#include "passworddialog.h"
#include "requestqueuepage.h"
#include "settings/appsettings.h"
#include "settingspage.h"
#include "staffpage.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>

namespace pd {

MainWindow::MainWindow(std::unique_ptr<Database> db, Localization &localization, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_localization(localization), m_settings(settings),
      m_nav(new QListWidget(this)), m_pages(new QStackedWidget(this)), m_summary(new QLabel(this)),
      m_dbLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(150);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral("QListWidget#navigation { font-size: 11pt; padding-top: 6px; }"
                                        "QListWidget#navigation::item { padding: 8px 12px; }"));
    m_nav->addItem(QString()); // Queue
    m_nav->addItem(QString()); // Audit log
    m_nav->addItem(QString()); // Settings
    m_nav->setCurrentRow(0);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        QWidget *page = row == 1 ? static_cast<QWidget *>(m_audit)
            : row == 2           ? static_cast<QWidget *>(m_settingsPage)
                                 : m_queue;
        if (!page)
            return;
        m_pages->setCurrentWidget(page);
        if (row == 1)
            m_audit->refresh();
        else if (row == 2)
            m_settingsPage->refresh();
    });
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_dbLabel);

    buildMenus();
    buildPage();
    retranslate();
    restoreGeometry(m_settings.get(AppSettings::WindowGeometry));
    restoreState(m_settings.get(AppSettings::WindowState));
    if (!m_settings.get(AppSettings::WindowGeometry).size())
        resize(1440, 860);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newRequest);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setObjectName(QStringLiteral("newRequestAction"));
    m_fileMenu->addSeparator();
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDatabase);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_demoAction = m_fileMenu->addAction(QString(), this, [this] {
        bool ok = false;
        const int n = QInputDialog::getInt(this, tr("Demo data"), tr("How many demo requests should be added?"), 10000, 1,
                                           2'000'000, 1000, &ok);
        if (ok)
            loadDemoData(n);
    });
    m_fileMenu->addSeparator();
    m_changePasswordAction = m_fileMenu->addAction(QString(), this, &MainWindow::changeOwnPassword);
    m_changePasswordAction->setObjectName(QStringLiteral("changeOwnPasswordAction"));
    m_fileMenu->setToolTipsVisible(true); // a disabled action says why
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_viewMenu->addAction(QString(), this, [this] { m_queue->refresh(); });
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_findAction = m_viewMenu->addAction(QString(), this, [this] { m_queue->focusSearch(); });
    m_findAction->setShortcut(QKeySequence::Find);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    // Each language is named in itself, so anyone can find their way back.
    const QList<QPair<QString, QString>> languages{{QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
                                                   {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : languages) {
        QAction *a = m_languageMenu->addAction(name);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(m_localization.language() == code);
        m_languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About PrivacyDesk"),
                           tr("<h3>PrivacyDesk %1</h3><p>Administers privacy requests under the Personal Information "
                              "Protection Law: intake, triage, verification and replies within 15 working days.</p>"
                              "<p>Database: %2</p>")
                               .arg(QCoreApplication::applicationVersion(), m_db->url().toDisplayString().toHtmlEscaped()));
    });
}

void MainWindow::buildPage()
{
    if (m_queue) {
        m_queue->saveState(m_settings);
        m_pages->removeWidget(m_queue);
        m_queue->deleteLater();
    }
    delete m_demo;
    m_demo = new DemoDataLoader(*m_db, this);
    connect(m_demo, &DemoDataLoader::finished, this, [this](qint64 written, const QString &error) {
        m_queue->reloadStaff();
        m_queue->refresh();
        if (!error.isEmpty())
            showError(tr("Demo data could not be loaded: %1").arg(error));
        else
            statusBar()->showMessage(tr("Added %L1 demo requests.").arg(written), 8000);
    });
    m_queue = new RequestQueuePage(*m_db, m_calendar, this);
    m_pages->addWidget(m_queue);
    m_pages->setCurrentWidget(m_queue);
    if (m_audit) {
        m_pages->removeWidget(m_audit);
        m_audit->deleteLater();
    }
    m_audit = new AuditPage(*m_db, this);
    m_pages->addWidget(m_audit);
    if (m_settingsPage) {
        m_pages->removeWidget(m_settingsPage);
        m_settingsPage->deleteLater();
    }
    m_settingsPage = new SettingsPage(*m_db, this);
    m_settingsPage->setActor(m_actor);
    m_pages->addWidget(m_settingsPage);
    connect(m_settingsPage->staffPage(), &StaffPage::staffChanged, this, [this] { m_queue->reloadStaff(); });
    connect(m_settingsPage->staffPage(), &StaffPage::actorChanged, this, &MainWindow::setActor);
    m_nav->setCurrentRow(0);
    connect(m_queue, &RequestQueuePage::summaryChanged, m_summary, &QLabel::setText);
    connect(m_queue, &RequestQueuePage::errorOccurred, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
    });
    m_queue->restoreState(m_settings);
    m_queue->setActor(m_actor);
    m_summary->setText(m_queue->summaryText());
    m_dbLabel->setText(m_db->url().toDisplayString());
    setWindowTitle(tr("PrivacyDesk — %1").arg(m_db->url().toDisplayString()));
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    m_nav->item(0)->setText(tr("Queue"));
    m_nav->item(1)->setText(tr("Audit log"));
    m_nav->item(2)->setText(tr("Settings"));
    m_changePasswordAction->setText(tr("Change my &password…"));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New request…"));
    m_openAction->setText(tr("&Open database…"));
    m_recentMenu->setTitle(tr("&Recent databases"));
    m_demoAction->setText(tr("Load &demo data…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_findAction->setText(tr("&Search requests"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About PrivacyDesk"));
    setWindowTitle(tr("PrivacyDesk — %1").arg(m_db->url().toDisplayString()));
    m_dbLabel->setToolTip(tr("The open database"));
    showActor();
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.get(AppSettings::RecentDatabases);
    for (const QString &url : recent)
        m_recentMenu->addAction(url, this, [this, url] { switchDatabase(url); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newRequest()
{
    IntakeDialog dialog(*m_db, m_calendar,
                        m_actor.username.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("staff")) : m_actor.username,
                        this);
    if (dialog.exec() != QDialog::Accepted || dialog.createdRequests().isEmpty())
        return;
    m_queue->refresh();
    QStringList refs;
    for (const Request &r : dialog.createdRequests())
        refs << r.reference;
    statusBar()->showMessage(tr("Registered %1.").arg(refs.join(QLatin1String(", "))), 10000);
    m_queue->showRequest(dialog.createdRequests().constFirst().id);
}

void MainWindow::offerDemoData()
{
    if (m_queue->model()->counts().total > 0 || !m_queue->model()->lastError().isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("An empty database"),
                    tr("This database holds no request yet. Load demo data to try PrivacyDesk out?\n\n"
                       "Demo data is made up: fake names, numbers and addresses."),
                    QMessageBox::NoButton, this);
    QPushButton *load = box.addButton(tr("Load 10,000 demo requests"), QMessageBox::AcceptRole);
    box.addButton(tr("Start empty"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == load)
        loadDemoData(10000);
}

void MainWindow::loadDemoData(qint64 requests)
{
    m_demo->start(requests);
}

void MainWindow::openDatabase()
{
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Open database"),
        tr("Database address — sqlite:///path/to/file.db for a file, or postgresql://user@host:5432/database for a "
           "shared server:"),
        QLineEdit::Normal, m_db->url().toDisplayString(), &ok);
    if (ok && !url.trimmed().isEmpty())
        switchDatabase(url);
}

bool MainWindow::switchDatabase(const QString &text)
{
    auto url = DatabaseUrl::parse(text);
    if (!url) {
        showError(url.error());
        return false;
    }
    if (url->dialect == Dialect::PostgreSQL && url->password.isEmpty()) {
        url.value().password = qEnvironmentVariable("PGPASSWORD");
        if (url->password.isEmpty()) {
            bool ok = false;
            url.value().password = QInputDialog::getText(this, tr("Password"),
                                                         tr("Password for %1:").arg(url->toDisplayString()),
                                                         QLineEdit::Password, QString(), &ok);
            if (!ok)
                return false;
        }
    }
    auto db = std::make_unique<Database>(url.value());
    if (auto s = db->open(); !s) {
        showError(s.error());
        return false;
    }
    if (auto s = SchemaMigrator(*db).migrate(); !s) {
        showError(s.error());
        return false;
    }
    if (m_demo && m_demo->isRunning()) {
        showError(tr("Wait for the demo data to finish loading before opening another database."));
        return false;
    }
    // Staff accounts belong to a database: whoever works in the new one signs in to it.
    const auto actor = LoginDialog::signInTo(*db, this);
    if (!actor)
        return false;
    m_settings.addRecentDatabase(url->toDisplayString());
    m_queue->saveState(m_settings);
    delete m_demo;
    m_demo = nullptr;
    m_pages->removeWidget(m_queue);
    delete m_queue;
    m_queue = nullptr;
    m_db = std::move(db);
    setActor(*actor);
    buildPage();
    offerDemoData();
    return true;
}

void MainWindow::setLanguage(const QString &language)
{
    m_localization.setLanguage(language);
    m_settings.set(AppSettings::Language, m_localization.language());
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == m_localization.language());
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("PrivacyDesk"), message);
}

void MainWindow::setActor(const Actor &actor)
{
    m_actor = actor;
    if (m_queue)
        m_queue->setActor(actor);
    if (m_settingsPage)
        m_settingsPage->setActor(actor);
    if (!m_actorLabel) {
        m_actorLabel = new QLabel(this);
        m_actorLabel->setObjectName(QStringLiteral("actorLabel"));
        statusBar()->addPermanentWidget(m_actorLabel);
    }
    showActor();
}

void MainWindow::showActor()
{
    const bool signedIn = !m_actor.username.isEmpty();
    m_changePasswordAction->setEnabled(signedIn);
    m_changePasswordAction->setToolTip(signedIn ? tr("Change the password of %1; you type the current one first.").arg(m_actor.username)
                                                : tr("Nobody is signed in."));
    if (!m_actorLabel)
        return;
    const QString name = m_actor.displayName.isEmpty() ? m_actor.username : m_actor.displayName;
    m_actorLabel->setText(tr("%1 · %2", "signed-in staff member: display name · role").arg(name, roles().label(m_actor.role)));
    m_actorLabel->setToolTip(tr("Signed in as %1").arg(m_actor.username));
}

void MainWindow::changeOwnPassword()
{
    if (m_actor.username.isEmpty())
        return;
    PasswordDialog dialog(*m_db, m_actor, PasswordDialog::Mode::ChangeOwn, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password has been changed."), 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_demo && m_demo->isRunning()) {
        showError(tr("Demo data is still loading. Cancel it first, then close the window."));
        event->ignore();
        return;
    }
    m_settings.set(AppSettings::WindowGeometry, saveGeometry());
    m_settings.set(AppSettings::WindowState, saveState());
    m_queue->saveState(m_settings);
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace pd
