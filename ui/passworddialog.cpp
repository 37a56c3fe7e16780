#include "passworddialog.h"

#include "session/session.h"
#include "session/staffdesk.h"
#include "workflow/authservice.h"
#include "workflow/staffservice.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {

QLineEdit *passwordField(const char *name, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QLatin1String(name));
    field->setEchoMode(QLineEdit::Password);
    field->setMaxLength(AuthService::kMaximumPasswordLength);
    return field;
}

} // namespace

PasswordDialog::PasswordDialog(Session &session, Mode mode, const QString &username, QWidget *parent)
    : QDialog(parent), m_session(session), m_mode(mode), m_username(mode == Mode::Reset ? username : session.actor().username),
      m_intro(new QLabel(this)), m_currentLabel(new QLabel(this)), m_newLabel(new QLabel(this)),
      m_repeatLabel(new QLabel(this)), m_current(passwordField("currentPasswordField", this)),
      m_new(passwordField("newPasswordField", this)), m_repeat(passwordField("repeatPasswordField", this)),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(mode == Mode::Reset ? QStringLiteral("resetPasswordDialog") : QStringLiteral("changeOwnPasswordDialog"));
    m_intro->setWordWrap(true);
    m_currentLabel->setBuddy(m_current);
    m_newLabel->setBuddy(m_new);
    m_repeatLabel->setBuddy(m_repeat);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    if (mode != Mode::Reset)
        form->addRow(m_currentLabel, m_current);
    else {
        m_currentLabel->hide();
        m_current->hide();
    }
    form->addRow(m_newLabel, m_new);
    form->addRow(m_repeatLabel, m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    retranslate();
    setMinimumWidth(440);
    (mode != Mode::Reset ? m_current : m_new)->setFocus();
}

QString PasswordDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void PasswordDialog::retranslate()
{
    if (m_mode == Mode::ChangeOwn) {
        setWindowTitle(tr("Change my password"));
        m_intro->setText(tr("Change the password of your account %1. Type your current password first.").arg(m_username));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change password"));
    } else if (m_mode == Mode::Forced) {
        setWindowTitle(tr("Choose your password"));
        m_intro->setText(tr("An administrator set the password of %1. Choose one only you know before you go on: "
                            "type the password you were given, then your new one.")
                             .arg(m_username));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change password"));
    } else {
        setWindowTitle(tr("Reset password"));
        m_intro->setText(tr("Set a new password for %1. Tell them the new password in person, not by e-mail; "
                            "they will choose their own when they next sign in.")
                             .arg(m_username));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reset password"));
    }
    m_currentLabel->setText(tr("C&urrent password:"));
    m_newLabel->setText(tr("&New password:"));
    m_new->setPlaceholderText(tr("at least %1 characters, not a common one").arg(AuthService::kMinimumPasswordLength));
    m_repeatLabel->setText(tr("&Repeat new password:"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void PasswordDialog::showError(const QString &message, QLineEdit *focus)
{
    m_error->setText(message);
    m_error->show();
    if (focus) {
        focus->setFocus();
        focus->selectAll();
    }
}

void PasswordDialog::accept()
{
    if (m_mode != Mode::Reset && m_current->text().isEmpty())
        return showError(tr("Current password: type your current password."), m_current);
    if (const auto s = AuthService::checkPassword(m_new->text(), m_username); !s)
        return showError(s.error(), m_new);
    if (m_new->text() != m_repeat->text())
        return showError(tr("Repeat new password: the two new passwords differ. Type the new password again."), m_repeat);
    if (m_busy)
        return;
    m_busy = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const QString chosen = m_new->text();
    if (m_mode == Mode::Reset) {
        const QString username = m_username;
        m_session.write(
            this, [username, chosen](const Session &s) { return s.staff().resetPassword(username, chosen); },
            [this](const Status &s) { saved(s); });
    } else {
        m_session.changeOwnPassword(this, m_current->text(), chosen, [this](const Status &s) { saved(s); });
    }
}

void PasswordDialog::saved(const Status &status)
{
    m_busy = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!status)
        // A wrong current password is refused as Denied; a new one the rules refuse as Invalid.
        return showError(status.error(), status.errorKind() == ErrorKind::Denied && m_mode != Mode::Reset ? m_current : m_new);
    QDialog::accept();
}

void PasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace pd
