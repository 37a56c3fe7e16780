#include "settingspage.h"

#include "session/session.h"
#include "remindersettingspage.h"
#include "settings/appsettings.h"
#include "sourcespage.h"
#include "inventorypage.h"
#include "staffpage.h"
#include "verificationpolicypage.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pd {

SettingsPage::SettingsPage(Session &session, AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_session(session), m_settings(settings), m_tabs(new QTabWidget(this)),
      m_staff(new StaffPage(session, this)), m_policy(new VerificationPolicyPage(session, this)),
      m_reminders(new ReminderSettingsPage(session, this)), m_sources(new SourcesPage(session, this)),
      m_inventory(new InventoryPage(session, this)),
      m_workstation(new QWidget(this)), m_idleLabel(new QLabel(m_workstation)), m_idleHint(new QLabel(m_workstation)),
      m_idleMinutes(new QSpinBox(m_workstation))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_staff, QString());
    m_tabs->addTab(m_policy, QString());
    m_tabs->addTab(m_reminders, QString());
    m_tabs->addTab(m_sources, QString());
    m_tabs->addTab(m_inventory, QString());
    m_tabs->addTab(m_workstation, QString());

    m_idleMinutes->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleMinutes->setRange(0, 240);
    m_idleMinutes->setValue(m_settings.get(AppSettings::IdleLockMinutes));
    m_idleLabel->setBuddy(m_idleMinutes);
    m_idleHint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(m_idleLabel, m_idleMinutes);
    auto *workstationLayout = new QVBoxLayout(m_workstation);
    workstationLayout->setContentsMargins(10, 10, 10, 10);
    workstationLayout->addLayout(form);
    workstationLayout->addWidget(m_idleHint);
    workstationLayout->addStretch(1);
    connect(m_idleMinutes, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_settings.set(AppSettings::IdleLockMinutes, minutes);
        m_session.setIdleLockSeconds(minutes * 60);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_tabs);
    retranslate();
}

void SettingsPage::setActor(const Actor &actor)
{
    m_staff->setActor(actor);
    m_policy->setActor(actor);
    m_reminders->setActor(actor);
    m_sources->setActor(actor);
    m_inventory->setActor(actor);
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
    m_tabs->setTabText(m_tabs->indexOf(m_reminders), tr("Verification reminders"));
    m_tabs->setTabText(m_tabs->indexOf(m_sources), tr("Data sources"));
    m_tabs->setTabText(m_tabs->indexOf(m_inventory), tr("Data inventory"));
    m_tabs->setTabText(m_tabs->indexOf(m_workstation), tr("This workstation"));
    m_idleLabel->setText(tr("&Lock after idle minutes:"));
    m_idleMinutes->setSpecialValueText(tr("never"));
    m_idleMinutes->setSuffix(tr(" min", "minutes, after a number"));
    m_idleHint->setText(tr("When nobody has used this window for so long, it hides what it shows and asks for the "
                           "password again. 0 turns the lock off; shared workstations should keep it on."));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pd
