#pragma once

#include "domain/records.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace pd {

class Session;

// Settings ▸ Verification reminders: after how many days a request waiting for the requester to
// verify gets a reminder letter, and how many days after the reminder it is proposed for closing
// as unverifiable. For the whole team (an administrator changes them; audited). "Write the due
// reminders now" runs the sweep the app also runs at sign-in and every hour.
class ReminderSettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderSettingsPage)

public:
    explicit ReminderSettingsPage(Session &session, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    void reload();
    QSpinBox *remindAfter() const { return m_remindAfter; }
    QSpinBox *closeAfter() const { return m_closeAfter; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *sweepButton() const { return m_sweep; }
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void save();
    void sweep();
    void updateEnabled();
    void setDaysSuffix(QSpinBox *box);
    void showMessage(const QString &text, bool error);

    Session &m_session;
    Role m_role = Role::Agent;
    bool m_busy = false;
    QLabel *m_intro, *m_remindLabel, *m_closeLabel, *m_message;
    QSpinBox *m_remindAfter, *m_closeAfter;
    QPushButton *m_save, *m_sweep;
};

} // namespace pd
