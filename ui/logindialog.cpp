#include "logindialog.h"

#include "firstadministratordialog.h"
#include "passworddialog.h"
#include "session/gateway.h"
#include "workflow/authservice.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

LoginDialog::LoginDialog(Gateway &gateway, QWidget *parent)
    : QDialog(parent), m_gateway(gateway), m_intro(new QLabel(this)), m_usernameLabel(new QLabel(this)),
      m_passwordLabel(new QLabel(this)), m_username(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("loginDialog"));
    m_intro->setWordWrap(true);
    m_username->setObjectName(QStringLiteral("usernameField"));
    m_username->setMaxLength(AuthService::kMaximumUsernameLength);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(AuthService::kMaximumPasswordLength);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    retranslate();
    setMinimumWidth(380);
    m_username->setFocus();
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    m_password->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Sign in to PrivacyDesk"));
    m_intro->setText(tr("Database: %1").arg(m_gateway.databaseName()));
    m_usernameLabel->setText(tr("&Username:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_busy ? tr("Signing in…") : tr("&Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    retranslate();
}

void LoginDialog::accept()
{
    if (m_busy)
        return;
    if (m_username->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter your username."));
        m_error->show();
        m_username->setFocus();
        return;
    }
    setBusy(true);
    const QString password = m_password->text();
    m_password->clear();
    m_gateway.signIn(this, m_username->text(), password, [this](const Result<Actor> &signedIn) {
        setBusy(false);
        if (!signedIn) {
            m_error->setText(signedIn.error());
            m_error->show();
            m_password->setFocus();
            return;
        }
        m_error->hide();
        m_actor = signedIn.value();
        QDialog::accept();
    });
}

std::unique_ptr<Session> LoginDialog::signInTo(Gateway &gateway, QWidget *parent, SessionOptions options)
{
    // Whether the database has an administrator is asked off the GUI thread like everything else.
    bool needsAdministrator = false;
    {
        QEventLoop wait;
        gateway.needsFirstAdministrator(&wait, [&](bool needed) {
            needsAdministrator = needed;
            wait.quit();
        });
        wait.exec();
    }
    QString username, password;
    if (needsAdministrator) {
        FirstAdministratorDialog first(gateway, parent);
        if (first.exec() != QDialog::Accepted)
            return nullptr;
        username = first.created().username;
        password = first.chosenPassword();
    }
    LoginDialog login(gateway, parent);
    if (!username.isEmpty())
        login.setUsername(username);
    if (!password.isEmpty()) {
        // The administrator just chose this password: they are signed in with it at once (the
        // sign-in dialog shows while it is checked, and stays if it fails).
        login.setPassword(password);
        password.fill(QLatin1Char(' '));
        QTimer::singleShot(0, &login, &LoginDialog::accept);
    }
    if (login.exec() != QDialog::Accepted)
        return nullptr;
    auto session = gateway.startSession(std::move(options));
    if (session && session->mustChangePassword()) {
        // A password someone else chose: its owner replaces it before anything else.
        PasswordDialog change(*session, PasswordDialog::Mode::Forced, {}, parent);
        if (change.exec() != QDialog::Accepted)
            return nullptr;
    }
    return session;
}

void LoginDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace pd
