#pragma once

#include "domain/records.h"
#include "workflow/authservice.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pd {

class Database;

// Signs a staff member in. A failed attempt shows the one generic message, clears the password
// and keeps the username; every attempt is audited by AuthService.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    explicit LoginDialog(const Database &db, QWidget *parent = nullptr);

    // The signed-in staff member once the dialog was accepted.
    const Actor &actor() const { return m_actor; }
    void setUsername(const QString &username);

    // What the program does on start and after switching databases: creates the first
    // administrator when the database has none, then asks for a sign-in. std::nullopt when the
    // user cancels either dialog.
    static std::optional<Actor> signInTo(const Database &db, QWidget *parent = nullptr);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const Database &m_db;
    const AuthService m_auth;
    Actor m_actor;
    QLabel *m_intro;
    QLabel *m_usernameLabel, *m_passwordLabel;
    QLineEdit *m_username, *m_password;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pd
