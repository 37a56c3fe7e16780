#pragma once

#include "domain/records.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTabWidget;

namespace pd {

class AppSettings;
class Session;
class ReminderSettingsPage;
class SourcesPage;
class InventoryPage;
class StaffPage;
class VerificationPolicyPage;

// "Settings" in the navigation: the administrator's pages as tabs (staff accounts, the
// verification policy) and this workstation's own settings (when the window locks itself).
// Everyone can open them; what only an administrator may change is shown read-only to others,
// with the reason.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    SettingsPage(Session &session, AppSettings &settings, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    StaffPage *staffPage() const { return m_staff; }
    VerificationPolicyPage *policyPage() const { return m_policy; }
    ReminderSettingsPage *remindersPage() const { return m_reminders; }
    SourcesPage *sourcesPage() const { return m_sources; }
    InventoryPage *inventoryPage() const { return m_inventory; }
    QTabWidget *tabs() const { return m_tabs; }
    QSpinBox *idleLockMinutes() const { return m_idleMinutes; }
    void showStaff();
    void showPolicy();

public Q_SLOTS:
    // Re-reads what is stored (the policy only when it has no unsaved edits).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session &m_session;
    AppSettings &m_settings;
    QTabWidget *m_tabs;
    StaffPage *m_staff;
    VerificationPolicyPage *m_policy;
    ReminderSettingsPage *m_reminders;
    SourcesPage *m_sources;
    InventoryPage *m_inventory;
    QWidget *m_workstation;
    QLabel *m_idleLabel;
    QLabel *m_idleHint;
    QSpinBox *m_idleMinutes;
};

} // namespace pd
