#pragma once

#include "domain/records.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pd {

class Database;

// Sets a password through StaffService: either one's own (ChangeOwn: asks for the current
// password) or, by an administrator, someone else's (Reset). A refusal keeps the dialog open with
// the message; what was typed stays (a wrong current password is selected, ready to be retyped).
class PasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    enum class Mode { ChangeOwn, Reset };

    // username: whose password is reset (Reset); ignored for ChangeOwn (the actor's own).
    PasswordDialog(const Database &db, const Actor &actor, Mode mode, const QString &username = {},
                   QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showError(const QString &message, QLineEdit *focus);

    const Database &m_db;
    const Actor m_actor;
    const Mode m_mode;
    const QString m_username;
    QLabel *m_intro;
    QLabel *m_currentLabel, *m_newLabel, *m_repeatLabel;
    QLineEdit *m_current, *m_new, *m_repeat;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pd
