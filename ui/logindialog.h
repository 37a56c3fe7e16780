#pragma once

#include "domain/records.h"
#include "session/session.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pd {

class Gateway;

// Signs a staff member in to an open database (the Gateway). A failed attempt shows the one
// generic message (or that the account is locked), clears the password and keeps the username;
// every attempt is audited. The password is checked on the gateway's thread: the window never
// freezes while Argon2 works.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    explicit LoginDialog(Gateway &gateway, QWidget *parent = nullptr);

    // The signed-in staff member once the dialog was accepted.
    const Actor &actor() const { return m_actor; }
    void setUsername(const QString &username);
    void setPassword(const QString &password);
    QString errorText() const;
    bool isBusy() const { return m_busy; }

    // What the program does on start, after switching databases and after signing out: creates the
    // first administrator when the database has none, asks for a sign-in, makes a member of staff
    // whose password an administrator set choose their own, and starts the session. nullptr when
    // the user cancels.
    static std::unique_ptr<Session> signInTo(Gateway &gateway, QWidget *parent = nullptr, SessionOptions options = {});

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setBusy(bool busy);

    Gateway &m_gateway;
    Actor m_actor;
    bool m_busy = false;
    QLabel *m_intro;
    QLabel *m_usernameLabel, *m_passwordLabel;
    QLineEdit *m_username, *m_password;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pd
