#include "settingspage.h"

#include "staffpage.h"
#include "verificationpolicypage.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pd {

SettingsPage::SettingsPage(const Database &db, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_staff(new StaffPage(db, this)),
      m_policy(new VerificationPolicyPage(db, this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_staff, QString());
    m_tabs->addTab(m_policy, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();
}

void SettingsPage::setActor(const Actor &actor)
{
    m_staff->setActor(actor);
    m_policy->setActor(actor);
}

void SettingsPage::showStaff()
{
    m_tabs->setCurrentWidget(m_staff);
}

void SettingsPage::showPolicy()
{
    m_tabs->setCurrentWidget(m_policy);
}

void SettingsPage::refresh()
{
    m_staff->refresh();
    m_policy->reloadIfClean();
}

void SettingsPage::retranslate()
{
    m_tabs->setTabText(m_tabs->indexOf(m_staff), tr("Staff"));
    m_tabs->setTabText(m_tabs->indexOf(m_policy), tr("Verification policy"));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pd
