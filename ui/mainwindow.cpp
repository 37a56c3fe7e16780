#include "mainwindow.h"
#include "peoplepage.h"
#include "requestdetailpanel.h"

#include "auditpage.h"
#include "common/localization.h"
#include "databasepassworddialog.h"
#include "demodataloader.h"
#include "intakedialog.h"
#include "itemmodels/requestqueuemodel.h"
#include "lockscreen.h"
#include "logindialog.h"
#include "passworddialog.h"
#include "requestqueuepage.h"
#include "session/gateway.h"
#include "session/reminderdesk.h"
#include "session/session.h"
#include "settings/appsettings.h"
#include "settingspage.h"
#include "staffpage.h"
#include "workflow/permissions.h"
#include "workflow/requestrules.h"

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
#include <QTimer>
#include <QVBoxLayout>

namespace pd {

MainWindow::MainWindow(std::unique_ptr<Session> session, Localization &localization, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_localization(localization), m_settings(settings), m_top(new QStackedWidget(this)),
      m_content(new QWidget(this)), m_banner(new QLabel(this)), m_nav(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_lock(new LockScreen(this)), m_summary(new QLabel(this)),
      m_dbLabel(new QLabel(this)), m_actorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border-bottom: 1px solid #f5c2bd; "
                                           "padding: 6px 10px; }"));
    m_banner->hide();
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_banner);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(150);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral("QListWidget#navigation { font-size: 11pt; padding-top: 6px; }"
                                        "QListWidget#navigation::item { padding: 8px 12px; }"));
    m_nav->addItem(QString()); // Queue
    m_nav->addItem(QString()); // People
    m_nav->addItem(QString()); // Audit log
    m_nav->addItem(QString()); // Settings
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int index) {
        QWidget *page = index == 1 ? static_cast<QWidget *>(m_people)
            : index == 2           ? static_cast<QWidget *>(m_audit)
            : index == 3           ? static_cast<QWidget *>(m_settingsPage)
                                   : m_queue;
        if (!page)
            return;
        m_pages->setCurrentWidget(page);
        if (index == 2)
            m_audit->refresh();
        else if (index == 3)
            m_settingsPage->refresh();
    });
    row->addWidget(m_nav);
    row->addWidget(m_pages, 1);
    contentLayout->addLayout(row, 1);
    m_top->addWidget(m_content);
    m_top->addWidget(m_lock);
    setCentralWidget(m_top);
    connect(m_lock, &LockScreen::unlocked, this, [this] { showLocked(false); });
    connect(m_lock, &LockScreen::signOutRequested, this, &MainWindow::signOut);

    m_summary->setObjectName(QStringLiteral("queueSummary"));
    m_actorLabel->setObjectName(QStringLiteral("actorLabel"));
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_dbLabel);
    statusBar()->addPermanentWidget(m_actorLabel);

    buildMenus();
    // Any input counts as activity for the idle lock.
    qApp->installEventFilter(this);
    setSession(std::move(session));
    retranslate();
    restoreGeometry(m_settings.get(AppSettings::WindowGeometry));
    restoreState(m_settings.get(AppSettings::WindowState));
    if (!m_settings.get(AppSettings::WindowGeometry).size())
        resize(1440, 860);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    teardown();
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setToolTipsVisible(true); // a disabled action says why
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::newRequest);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setObjectName(QStringLiteral("newRequestAction"));
    // The queue's triage tools, also where people look for them first.
    m_importAction = m_fileMenu->addAction(QString(), this, [this] {
        if (!m_queue)
            return;
        m_nav->setCurrentRow(0);
        m_queue->importRequests();
    });
    m_importAction->setObjectName(QStringLiteral("importRequestsAction"));
    m_exportAction = m_fileMenu->addAction(QString(), this, [this] {
        if (!m_queue)
            return;
        m_nav->setCurrentRow(0);
        m_queue->exportQueue();
    });
    m_exportAction->setObjectName(QStringLiteral("exportQueueAction"));
    m_fileMenu->addSeparator();
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDatabase);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_demoAction = m_fileMenu->addAction(QString(), this, [this] {
        bool ok = false;
        const int n = QInputDialog::getInt(this, tr("Demo data"), tr("How many demo requests should be added?"), 10000, 1,
                                           2'000'000, 1000, &ok);
        if (ok)
            loadDemoData(n);
    });
    m_demoAction->setObjectName(QStringLiteral("loadDemoDataAction"));
    m_fileMenu->addSeparator();
    m_changePasswordAction = m_fileMenu->addAction(QString(), this, &MainWindow::changeOwnPassword);
    m_changePasswordAction->setObjectName(QStringLiteral("changeOwnPasswordAction"));
    m_signOutAction = m_fileMenu->addAction(QString(), this, &MainWindow::signOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_viewMenu->addAction(QString(), this, [this] {
        if (m_queue)
            m_queue->refresh();
    });
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_findAction = m_viewMenu->addAction(QString(), this, [this] {
        if (m_queue)
            m_queue->focusSearch();
    });
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
                               .arg(QCoreApplication::applicationVersion(), m_session->databaseName().toHtmlEscaped()));
    });
}

void MainWindow::teardown()
{
    // Everything bound to the session goes first, at once (not deleteLater): no page may outlive
    // the database it reads, and the session's end waits for what still runs (a chain
    // verification is stopped between pages).
    if (m_queue)
        m_queue->saveState(m_settings);
    delete m_demo;
    m_demo = nullptr;
    const auto drop = [this](auto *&page) {
        if (page) {
            m_pages->removeWidget(page);
            delete page;
            page = nullptr;
        }
    };
    drop(m_queue);
    drop(m_people);
    drop(m_audit);
    drop(m_settingsPage);
    m_lock->setSession(nullptr);
    m_session.reset();
}

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    teardown();
    m_session = std::move(session);
    m_session->setIdleLockSeconds(m_settings.get(AppSettings::IdleLockMinutes) * 60);
    buildPages();
}

void MainWindow::sweepReminders()
{
    if (!m_session || m_session->isLocked() || m_session->actor().role == Role::Agent)
        return;
    // A few letters per job, so the worker stays free for what staff do meanwhile.
    m_session->write(
        m_queue, [](const Session &s) { return s.reminders().sweep(kRemindersPerJob); },
        [this](const Result<ReminderSweep> &done) {
            if (!done)
                return; // retried within the hour
            if (done->more)
                QTimer::singleShot(0, m_queue, [this] { sweepReminders(); });
            if (done->reminded.isEmpty() && done->proposed.isEmpty())
                return;
            statusBar()->showMessage(
                tr("Verification reminders: %n letter(s) written", nullptr, int(done->reminded.size())) + QStringLiteral("; ")
                    + tr("%n request(s) proposed for closing as unverifiable.", nullptr, int(done->proposed.size())),
                15000);
        });
}

void MainWindow::buildPages()
{
    Session &s = *m_session;
    // Filters and recent databases are this member of staff's, on this database.
    m_settings.setScope(s.databaseName(), s.actor().username);
    m_demo = new DemoDataLoader(s, this);
    connect(m_demo, &DemoDataLoader::finished, this, [this](qint64 written, const QString &error) {
        if (m_queue)
            m_queue->refresh();
        if (!error.isEmpty())
            showError(tr("Demo data could not be loaded: %1").arg(error));
        else
            statusBar()->showMessage(tr("Added %L1 demo requests.").arg(written), 8000);
    });
    m_queue = new RequestQueuePage(s, this);
    m_pages->addWidget(m_queue);
    m_people = new PeoplePage(s, this);
    m_pages->addWidget(m_people);
    m_audit = new AuditPage(s, this);
    m_pages->addWidget(m_audit);
    m_settingsPage = new SettingsPage(s, m_settings, this);
    m_settingsPage->setActor(s.actor());
    m_pages->addWidget(m_settingsPage);
    m_pages->setCurrentWidget(m_queue);
    m_nav->setCurrentRow(0);
    connect(m_settingsPage->staffPage(), &StaffPage::staffChanged, m_queue, &RequestQueuePage::reloadStaff);
    connect(m_queue, &RequestQueuePage::summaryChanged, m_summary, &QLabel::setText);
    connect(m_queue->detailPanel(), &RequestDetailPanel::personDataRequested, this, [this](qint64 personId) {
        m_nav->setCurrentRow(1);
        m_people->showPerson(personId);
    });
    connect(m_queue, &RequestQueuePage::errorOccurred, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
    });
    connect(&s, &Session::actorChanged, this, [this](const Actor &actor) {
        m_settingsPage->setActor(actor);
        showActor();
    });
    connect(&s, &Session::accessRevoked, this, [this](const QString &message) {
        // Deactivated meanwhile: nothing more in this session.
        auto gateway = m_session->reopen();
        teardown();
        QMessageBox::warning(this, tr("Signed out"), message);
        if (gateway)
            signInAgain(std::move(gateway).value());
        else
            close();
    }, Qt::QueuedConnection);
    connect(&s, &Session::lockedChanged, this, &MainWindow::showLocked);
    connect(&s, &Session::connectionLost, this, &MainWindow::showConnection);
    connect(&s, &Session::connectionRestored, this, [this] {
        m_connectionMessage.clear();
        m_banner->hide();
        if (m_queue)
            m_queue->refresh();
        statusBar()->showMessage(tr("The connection to the database is back."), 8000);
    });
    connect(&s, &Session::pendingWritesChanged, this, [this] { showConnection(m_connectionMessage, m_retryIn); });
    m_queue->restoreState(m_settings);
    m_lock->setSession(&s);
    // Verification reminders: a supervisor's or administrator's session writes the due ones
    // shortly after sign-in and every hour (agents' sessions leave it to them).
    auto *reminders = new QTimer(m_queue);
    reminders->setInterval(std::chrono::hours(1));
    connect(reminders, &QTimer::timeout, this, &MainWindow::sweepReminders);
    reminders->start();
    QTimer::singleShot(std::chrono::seconds(3), m_queue, [this] { sweepReminders(); });
    m_summary->setText(m_queue->summaryText());
    m_dbLabel->setText(s.databaseName());
    m_settings.addRecentDatabase(s.databaseName());
    showActor();
    updateRecentMenu();
    setWindowTitle(tr("PrivacyDesk — %1").arg(s.databaseName()));
}

void MainWindow::retranslate()
{
    m_nav->item(0)->setText(tr("Queue"));
    m_nav->item(1)->setText(tr("People"));
    m_nav->item(2)->setText(tr("Audit log"));
    m_nav->item(3)->setText(tr("Settings"));
    m_changePasswordAction->setText(tr("Change my &password…"));
    m_signOutAction->setText(tr("Sign &out / switch user…"));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New request…"));
    m_importAction->setText(tr("&Import requests from CSV…"));
    m_exportAction->setText(tr("&Export the queue…"));
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
    m_dbLabel->setToolTip(tr("The open database"));
    if (m_session)
        setWindowTitle(tr("PrivacyDesk — %1").arg(m_session->databaseName()));
    showActor();
    if (!m_connectionMessage.isEmpty())
        showConnection(m_connectionMessage, m_retryIn);
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
    if (!m_session || !m_newAction->isEnabled())
        return;
    IntakeDialog dialog(*m_session, this);
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
    if (!m_session || !Permissions::mayLoadDemoData(m_session->actor().role))
        return;
    RequestQueueModel *model = m_queue->model();
    const auto ask = [this, model] {
        if (model->counts().total > 0 || !model->lastError().isEmpty())
            return;
        QMessageBox box(QMessageBox::Question, tr("An empty database"),
                        tr("This database holds no request yet. Load demo data to try PrivacyDesk out?\n\n"
                           "Demo data is made up: fake names, numbers and addresses, worked by demo accounts."),
                        QMessageBox::NoButton, this);
        QPushButton *load = box.addButton(tr("Load 10,000 demo requests"), QMessageBox::AcceptRole);
        box.addButton(tr("Start empty"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == load)
            loadDemoData(10000);
    };
    // The count comes from the worker: ask once it is known.
    if (model->isCountKnown())
        ask();
    else
        connect(model, &RequestQueueModel::countsChanged, this, ask, Qt::SingleShotConnection);
}

void MainWindow::loadDemoData(qint64 requests)
{
    if (m_demo)
        m_demo->start(requests);
}

void MainWindow::openDatabase()
{
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Open database"),
        tr("Database address — sqlite:///path/to/file.db for a file, or postgresql://user@host:5432/database for a "
           "shared server:"),
        QLineEdit::Normal, m_session ? m_session->databaseUrl() : QString(), &ok);
    if (ok && !url.trimmed().isEmpty())
        switchDatabase(url);
}

bool MainWindow::switchDatabase(const QString &text)
{
    if (m_demo && m_demo->isRunning()) {
        showError(tr("Wait for the demo data to finish loading before opening another database."));
        return false;
    }
    auto opened = DatabasePasswordDialog::open(text, this);
    if (!opened)
        return false;
    auto gateway = std::move(*opened);
    if (!gateway) {
        showError(gateway.error());
        return false;
    }
    // Staff accounts belong to a database: whoever works in the new one signs in to it.
    auto session = LoginDialog::signInTo(*gateway.value(), this);
    if (!session)
        return false;
    setSession(std::move(session));
    offerDemoData();
    return true;
}

void MainWindow::signOut()
{
    if (!m_session)
        return;
    if (m_demo && m_demo->isRunning()) {
        showError(tr("Demo data is still loading. Cancel it first, then sign out."));
        return;
    }
    m_session->signOut(this, [this](const Status &) {
        // Not from inside the session's own delivery: it ends here.
        QMetaObject::invokeMethod(this, [this] {
            auto gateway = m_session->reopen();
            teardown();
            if (!gateway) {
                showError(gateway.error());
                close();
                return;
            }
            signInAgain(std::move(gateway).value());
        }, Qt::QueuedConnection);
    });
}

void MainWindow::signInAgain(std::unique_ptr<Gateway> gateway)
{
    m_summary->clear();
    m_actorLabel->clear();
    auto session = LoginDialog::signInTo(*gateway, this);
    if (!session) {
        close(); // nobody signed in: nothing to show
        return;
    }
    setSession(std::move(session));
    showLocked(false);
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

void MainWindow::showActor()
{
    if (!m_session) {
        m_actorLabel->clear();
        return;
    }
    const Actor actor = m_session->actor();
    const QString name = actor.displayName.isEmpty() ? actor.username : actor.displayName;
    m_actorLabel->setText(tr("%1 · %2", "signed-in staff member: display name · role").arg(name, roles().label(actor.role)));
    m_actorLabel->setToolTip(tr("Signed in as %1").arg(actor.username));
    m_changePasswordAction->setToolTip(tr("Change the password of %1; you type the current one first.").arg(actor.username));
    const Status mayRegister = RequestRules::mayRegister(actor);
    m_newAction->setEnabled(mayRegister.ok());
    m_newAction->setToolTip(mayRegister.ok() ? tr("Register a request (Ctrl+N)") : mayRegister.error());
    const bool mayLoad = Permissions::mayLoadDemoData(actor.role);
    m_demoAction->setEnabled(mayLoad);
    m_demoAction->setToolTip(mayLoad ? tr("Only into a database that holds no requests but demo ones.")
                                     : Permissions::whyNotLoadDemoData(actor.role));
}

void MainWindow::showLocked(bool locked)
{
    m_top->setCurrentWidget(locked ? static_cast<QWidget *>(m_lock) : m_content);
    menuBar()->setEnabled(!locked);
    m_summary->setVisible(!locked);
    if (locked)
        m_lock->setSession(m_session.get());
}

void MainWindow::showConnection(const QString &message, int retryInSeconds)
{
    if (message.isEmpty())
        return;
    m_connectionMessage = message;
    m_retryIn = retryInSeconds;
    // Drivers end their messages with or without a full stop, over one line or several.
    QString reason = message.simplified();
    if (!reason.endsWith(QLatin1Char('.')) && !reason.endsWith(QChar(0x3002)))
        reason += QLatin1Char('.');
    QString text = tr("The database cannot be reached: %1 Trying again in %n second(s); what is shown may be out of date.",
                      nullptr, retryInSeconds)
                       .arg(reason);
    if (const int pending = m_session ? m_session->pendingWrites() : 0; pending > 0)
        text += QLatin1Char(' ') + tr("%n change(s) wait to be saved when the connection is back.", nullptr, pending);
    m_banner->setText(text);
    m_banner->show();
}

void MainWindow::changeOwnPassword()
{
    if (!m_session)
        return;
    PasswordDialog dialog(*m_session, PasswordDialog::Mode::ChangeOwn, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password has been changed."), 10000);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_session)
            m_session->noteActivity();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_demo && m_demo->isRunning()) {
        showError(tr("Demo data is still loading. Cancel it first, then close the window."));
        event->ignore();
        return;
    }
    if (const int pending = m_session ? m_session->pendingWrites() : 0; pending > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("%n change(s) still wait for the database connection and will be lost if you close now. Close anyway?",
               nullptr, pending));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    m_settings.set(AppSettings::WindowGeometry, saveGeometry());
    m_settings.set(AppSettings::WindowState, saveState());
    if (m_queue)
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
