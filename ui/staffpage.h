#pragma once

#include "domain/records.h"
#include "workflow/staffservice.h"

#include <functional>

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pd {

class Session;

// Staff accounts (Settings · Staff): a table of every account (username, display name, role,
// active) and the administrator's actions on the selected one — Add…, Deactivate/Reactivate,
// Reset password…, Change role…, Unlock. Each button is enabled only when StaffService's rules allow the
// change, with a tooltip saying why not; everyone who is not an administrator sees the list
// read-only with the reason. Results and refusals appear in the message line under the buttons.
class StaffPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffPage)

public:
    enum Column { UsernameColumn, DisplayNameColumn, RoleColumn, StatusColumn, ColumnCount };

    explicit StaffPage(Session &session, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    QTableWidget *table() const { return m_table; }
    void selectUsername(const QString &username);
    std::optional<StaffService::Account> selectedAccount() const;
    QString messageText() const;

public Q_SLOTS:
    void refresh();
    void addAccount();
    // Deactivates (after a confirmation naming the open requests still assigned) or reactivates
    // the selected account.
    void toggleActive();
    void resetPassword();
    void changeRole();
    void unlock();

Q_SIGNALS:
    // An account was added or changed (the queue's assignee lists may need reloading).
    void staffChanged();
    // The signed-in staff member changed their own role: the window should act with the new one.
    void actorChanged(const pd::Actor &actor);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTable();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void done(const Status &status, const QString &success, const QString &username);
    // Runs a change on the session's worker, then done() with its outcome.
    void change(std::function<Status(const Session &)> job, const QString &success, const QString &username);

    Session &m_session;
    Actor m_actor;
    QList<StaffService::Account> m_accounts;
    qint64 m_administrators = 0;
    QString m_select; // to select when the list arrives

    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_readOnly;
    QPushButton *m_add;
    QPushButton *m_toggleActive;
    QPushButton *m_resetPassword;
    QPushButton *m_changeRole;
    QPushButton *m_unlock;
    QLabel *m_message;
    QTableWidget *m_table;
};

} // namespace pd
