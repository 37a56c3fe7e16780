#pragma once

#include "domain/records.h"
#include "workflow/authservice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pd {

class Database;

// Shown when the database has no administrator who can sign in (a new database): creates the
// first administrator's account. Bad input keeps the dialog open with the message and the
// username and display name kept.
class FirstAdministratorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstAdministratorDialog)

public:
    explicit FirstAdministratorDialog(const Database &db, QWidget *parent = nullptr);

    // The account made, once the dialog was accepted.
    const StaffUser &created() const { return m_created; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showError(const QString &message, QWidget *focus);

    const AuthService m_auth;
    StaffUser m_created;
    QLabel *m_intro;
    QLabel *m_usernameLabel, *m_displayNameLabel, *m_passwordLabel, *m_repeatLabel;
    QLineEdit *m_username, *m_displayName, *m_password, *m_repeat;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pd
