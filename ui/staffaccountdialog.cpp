#include "staffaccountdialog.h"

#include "session/gateway.h"
#include "session/session.h"
#include "session/staffdesk.h"
#include "workflow/authservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

StaffAccountDialog::StaffAccountDialog(Session &session, QWidget *parent) : StaffAccountDialog(&session, nullptr, parent)
{
}

StaffAccountDialog::StaffAccountDialog(Session *session, Gateway *gateway, QWidget *parent)
    : QDialog(parent), m_session(session), m_gateway(gateway), m_intro(new QLabel(this)), m_usernameLabel(new QLabel(this)),
      m_displayNameLabel(new QLabel(this)),
      m_roleLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)), m_repeatLabel(new QLabel(this)),
      m_username(new QLineEdit(this)), m_displayName(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool first = m_gateway != nullptr;
    setObjectName(first ? QStringLiteral("firstAdministratorDialog") : QStringLiteral("staffAccountDialog"));
    m_intro->setWordWrap(true);
    m_intro->setVisible(first);
    m_username->setObjectName(QStringLiteral("usernameField"));
    m_username->setMaxLength(AuthService::kMaximumUsernameLength);
    m_displayName->setObjectName(QStringLiteral("displayNameField"));
    m_displayName->setMaxLength(AuthService::kMaximumDisplayNameLength);
    m_role->setObjectName(QStringLiteral("roleField"));
    for (Role role : roles().all())
        m_role->addItem(QString(), roles().key(role));
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(AuthService::kMaximumPasswordLength);
    m_repeat->setObjectName(QStringLiteral("repeatPasswordField"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setMaxLength(AuthService::kMaximumPasswordLength);
    m_usernameLabel->setBuddy(m_username);
    m_displayNameLabel->setBuddy(m_displayName);
    m_roleLabel->setBuddy(m_role);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_displayNameLabel, m_displayName);
    if (first) {
        m_roleLabel->hide();
        m_role->hide();
    } else {
        form->addRow(m_roleLabel, m_role);
    }
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StaffAccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StaffAccountDialog::reject);
    retranslate();
    setMinimumWidth(460);
    m_username->setFocus();
}

QString StaffAccountDialog::chosenPassword() const
{
    return m_password->text();
}

QString StaffAccountDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void StaffAccountDialog::retranslate()
{
    const bool first = m_gateway != nullptr;
    setWindowTitle(first ? tr("Create the administrator") : tr("Add a staff account"));
    m_intro->setText(tr("This database has no administrator yet. Create the administrator's account now: the "
                        "administrator adds the other staff accounts (agents and supervisors) and manages the settings."));
    m_usernameLabel->setText(tr("&Username:"));
    m_username->setPlaceholderText(tr("e.g. wang.fang"));
    m_displayNameLabel->setText(tr("&Display name:"));
    m_displayName->setPlaceholderText(tr("e.g. 王芳"));
    m_roleLabel->setText(tr("R&ole:"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, roles().labelForKey(m_role->itemData(i).toString()));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setPlaceholderText(tr("at least %1 characters, not a common one").arg(AuthService::kMinimumPasswordLength));
    m_repeatLabel->setText(tr("&Repeat password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(first ? tr("&Create administrator") : tr("&Add account"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void StaffAccountDialog::showError(const QString &message, QWidget *focus)
{
    m_error->setText(message);
    m_error->show();
    if (focus)
        focus->setFocus();
}

void StaffAccountDialog::accept()
{
    // The checks createUser() makes, first, so the field at fault gets the focus.
    if (const auto name = AuthService::normaliseUsername(m_username->text()); !name)
        return showError(name.error(), m_username);
    if (const auto s = AuthService::checkDisplayName(m_displayName->text()); !s)
        return showError(s.error(), m_displayName);
    if (const auto s = AuthService::checkPassword(m_password->text(), m_username->text().trimmed().toLower()); !s)
        return showError(s.error(), m_password);
    if (m_password->text() != m_repeat->text()) {
        m_repeat->clear();
        return showError(tr("Repeat password: the two passwords differ. Type the password again."), m_repeat);
    }
    if (m_busy)
        return;
    setBusy(true);
    const QString username = m_username->text(), displayName = m_displayName->text(), password = m_password->text();
    if (m_gateway) {
        m_gateway->createFirstAdministrator(this, username, displayName, password,
                                            [this](const Result<StaffUser> &r) { onCreated(r); });
        return;
    }
    const Role role = *roles().fromKey(m_role->currentData().toString());
    m_session->write(
        this, [=](const Session &s) { return s.staff().create(username, displayName, role, password); },
        [this](const Result<StaffUser> &r) { onCreated(r); });
}

void StaffAccountDialog::onCreated(const Result<StaffUser> &result)
{
    setBusy(false);
    if (!result)
        return showError(result.error(), result.errorKind() == ErrorKind::Invalid ? m_password : m_username);
    m_created = result.value();
    QDialog::accept();
}

void StaffAccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void StaffAccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace pd
