#include "lockscreen.h"

#include "session/session.h"
#include "workflow/authservice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

LockScreen::LockScreen(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_who(new QLabel(this)), m_password(new QLineEdit(this)),
      m_error(new QLabel(this)), m_unlock(new QPushButton(this)), m_signOut(new QPushButton(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(AuthService::kMaximumPasswordLength);
    m_password->setMinimumWidth(280);
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->hide();
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_signOut->setObjectName(QStringLiteral("lockSignOutButton"));

    auto *box = new QVBoxLayout;
    box->addWidget(m_title);
    box->addWidget(m_who);
    box->addSpacing(12);
    box->addWidget(m_password, 0, Qt::AlignHCenter);
    box->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    box->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(box);
    layout->addStretch(2);

    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    retranslate();
}

void LockScreen::setSession(Session *session)
{
    m_session = session;
    m_error->hide();
    m_password->clear();
    retranslate();
}

QString LockScreen::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void LockScreen::unlock()
{
    if (!m_session || m_busy)
        return;
    m_busy = true;
    m_unlock->setEnabled(false);
    const QString password = m_password->text();
    m_password->clear();
    m_session->unlock(this, password, [this](const Status &s) {
        m_busy = false;
        m_unlock->setEnabled(true);
        if (!s) {
            m_error->setText(s.error());
            m_error->show();
            m_password->setFocus();
            return;
        }
        m_error->hide();
        Q_EMIT unlocked();
    });
}

void LockScreen::retranslate()
{
    m_title->setText(tr("PrivacyDesk is locked"));
    const QString name = m_session ? m_session->actor().displayName : QString();
    m_who->setText(m_session ? tr("Nobody used this window for a while, so it hides what it showed. %1, type your "
                                  "password to go on.")
                                   .arg(name.isEmpty() ? m_session->actor().username : name)
                             : QString());
    m_password->setPlaceholderText(tr("Password"));
    m_unlock->setText(tr("&Unlock"));
    m_signOut->setText(tr("Sign &out"));
}

void LockScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_password->setFocus();
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pd
