#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pd {

class Session;

// What the window shows while the session is locked (idle too long): nothing of the data, the
// signed-in member of staff's name and a password field. Unlocking is a sign-in: audited, and
// wrong passwords count towards the lockout. "Sign out" gives the workstation to someone else.
class LockScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    explicit LockScreen(QWidget *parent = nullptr);

    void setSession(Session *session);
    QLineEdit *passwordField() const { return m_password; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }
    void unlock();

Q_SIGNALS:
    void unlocked();
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    Session *m_session = nullptr;
    bool m_busy = false;
    QLabel *m_title;
    QLabel *m_who;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_unlock;
    QPushButton *m_signOut;
};

} // namespace pd
