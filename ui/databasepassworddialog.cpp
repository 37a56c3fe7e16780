#include "databasepassworddialog.h"

#include "keychain.h"
#include "session/gateway.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

DatabasePasswordDialog::DatabasePasswordDialog(const QString &url, QWidget *parent)
    : QDialog(parent), m_url(Gateway::addressWithoutPassword(url)), m_intro(new QLabel(this)), m_problem(new QLabel(this)),
      m_password(new QLineEdit(this)), m_remember(new QCheckBox(this))
{
    setObjectName(QStringLiteral("databasePasswordDialog"));
    m_intro->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("passwordProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();
    m_password->setObjectName(QStringLiteral("databasePasswordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_problem);
    layout->addWidget(m_password);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    retranslate();
}

QString DatabasePasswordDialog::password() const
{
    return m_password->text();
}

void DatabasePasswordDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

bool DatabasePasswordDialog::remember() const
{
    return m_remember->isChecked();
}

void DatabasePasswordDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

void DatabasePasswordDialog::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString DatabasePasswordDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void DatabasePasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DatabasePasswordDialog::retranslate()
{
    setWindowTitle(tr("Database password"));
    m_intro->setText(tr("The server %1 asks for a password.").arg(m_url));
    m_password->setPlaceholderText(tr("Password"));
    m_remember->setText(tr("&Remember it in this computer's keychain"));
    m_remember->setToolTip(tr("Stored by the system keychain (never in PrivacyDesk's settings), so that this database opens "
                              "without asking. Untick to forget a remembered password."));
}

std::optional<Result<std::unique_ptr<Gateway>>> DatabasePasswordDialog::open(const QString &url, QWidget *parent)
{
    using R = Result<std::unique_ptr<Gateway>>;
    if (!Gateway::needsPassword(url))
        return R(Gateway::open(url));
    const QString key = Keychain::keyFor(url);
    QString problem;
    bool stored = false;
    if (const auto remembered = Keychain::read(key)) {
        stored = true;
        auto gateway = Gateway::open(url, remembered.value());
        if (gateway)
            return R(std::move(gateway));
        problem = tr("The remembered password did not open the database: %1").arg(gateway.error());
    }
    // What the user typed and ticked stays for the next attempt.
    QString typed;
    bool remember = stored;
    for (;;) {
        DatabasePasswordDialog dialog(url, parent);
        dialog.setProblem(problem);
        dialog.setPassword(typed);
        dialog.setRemember(remember);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        typed = dialog.password();
        remember = dialog.remember();
        auto gateway = Gateway::open(url, typed);
        if (!gateway) {
            problem = gateway.error();
            continue;
        }
        const Status kept = remember ? Keychain::write(key, typed) : (stored ? Keychain::remove(key) : Status{});
        if (!kept)
            QMessageBox::warning(parent, tr("Password not remembered"),
                                 tr("The database is open, but the password could not be remembered: %1\nIt will be asked for "
                                    "next time.")
                                     .arg(kept.error()));
        return R(std::move(gateway));
    }
}

} // namespace pd
