#pragma once

#include "common/result.h"
#include "domain/records.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pd {

class Session;

// Sets a password through the session: either one's own (ChangeOwn: asks for the current
// password; Forced: the same right after signing in with a password an administrator set) or, by
// an administrator, someone else's (Reset, which makes them choose their own at the next sign-in).
// A refusal keeps the dialog open with the message; what was typed stays (a wrong current
// password is selected, ready to be retyped).
class PasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    enum class Mode { ChangeOwn, Forced, Reset };

    // username: whose password is reset (Reset); ignored otherwise (the actor's own).
    PasswordDialog(Session &session, Mode mode, const QString &username = {}, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showError(const QString &message, QLineEdit *focus);
    void saved(const Status &status);

    Session &m_session;
    bool m_busy = false;
    const Mode m_mode;
    const QString m_username;
    QLabel *m_intro;
    QLabel *m_currentLabel, *m_newLabel, *m_repeatLabel;
    QLineEdit *m_current, *m_new, *m_repeat;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pd
