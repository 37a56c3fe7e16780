#pragma once

#include "common/result.h"
#include "domain/records.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pd {

class Gateway;
class Session;

// "Add…" on the staff page: a new account (username, display name, role, password typed twice),
// created by the session's StaffDesk as the signed-in administrator. A refusal keeps the dialog
// open with the message and everything typed. FirstAdministratorDialog is the same form for the
// first administrator of a new database (no role to choose, nobody signed in: the Gateway).
class StaffAccountDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffAccountDialog)

public:
    StaffAccountDialog(Session &session, QWidget *parent = nullptr);

    const StaffUser &created() const { return m_created; }
    // The password the new account was given (the first administrator is signed in with it).
    QString chosenPassword() const;
    QString errorText() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void accept() override;

protected:
    // Exactly one of them: a signed-in session, or a gateway for the first administrator.
    StaffAccountDialog(Session *session, Gateway *gateway, QWidget *parent);
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showError(const QString &message, QWidget *focus);
    void onCreated(const Result<StaffUser> &result);
    void setBusy(bool busy);

    Session *m_session;
    Gateway *m_gateway;
    bool m_busy = false;
    StaffUser m_created;
    QLabel *m_intro;
    QLabel *m_usernameLabel, *m_displayNameLabel, *m_roleLabel, *m_passwordLabel, *m_repeatLabel;
    QLineEdit *m_username, *m_displayName;
    QComboBox *m_role;
    QLineEdit *m_password, *m_repeat;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pd
