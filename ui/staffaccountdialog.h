#pragma once

#include "domain/records.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pd {

class Database;

// "Add…" on the staff page: a new account (username, display name, role, password typed twice),
// created by AuthService::createUser as the signed-in administrator. A refusal keeps the dialog
// open with the message and everything typed. FirstAdministratorDialog is the same form for the
// first administrator of a new database (no role to choose, nobody signed in).
class StaffAccountDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffAccountDialog)

public:
    StaffAccountDialog(const Database &db, const Actor &actor, QWidget *parent = nullptr);

    const StaffUser &created() const { return m_created; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

protected:
    // No actor: the first administrator's account.
    StaffAccountDialog(const Database &db, std::optional<Actor> actor, QWidget *parent);
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showError(const QString &message, QWidget *focus);

    const Database &m_db;
    const std::optional<Actor> m_actor;
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
