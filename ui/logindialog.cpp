#include "logindialog.h"

#include "firstadministratordialog.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

LoginDialog::LoginDialog(const Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_auth(db), m_intro(new QLabel(this)), m_usernameLabel(new QLabel(this)),
      m_passwordLabel(new QLabel(this)), m_username(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("loginDialog"));
    m_intro->setWordWrap(true);
    m_username->setObjectName(QStringLiteral("usernameField"));
    m_username->setMaxLength(AuthService::kMaximumUsernameLength);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
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

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Sign in to PrivacyDesk"));
    m_intro->setText(tr("Database: %1").arg(m_db.url().toDisplayString()));
    m_usernameLabel->setText(tr("&Username:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void LoginDialog::accept()
{
    if (m_username->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter your username."));
        m_error->show();
        m_username->setFocus();
        return;
    }
    const auto signedIn = m_auth.signIn(m_username->text(), m_password->text());
    m_password->clear();
    if (!signedIn) {
        m_error->setText(signedIn.error());
        m_error->show();
        m_password->setFocus();
        return;
    }
    m_error->hide();
    m_actor = signedIn.value();
    QDialog::accept();
}

std::optional<Actor> LoginDialog::signInTo(const Database &db, QWidget *parent)
{
    QString username;
    if (AuthService(db).needsFirstAdministrator()) {
        FirstAdministratorDialog first(db, parent);
        if (first.exec() != QDialog::Accepted)
            return std::nullopt;
        username = first.created().username;
    }
    LoginDialog login(db, parent);
    if (!username.isEmpty())
        login.setUsername(username);
    if (login.exec() != QDialog::Accepted)
        return std::nullopt;
    return login.actor();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace pd
