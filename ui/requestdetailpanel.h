#pragma once

#include "domain/masking.h"
#include "domain/requestview.h"

#include <QHash>
#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QVBoxLayout;
class QToolButton;

namespace pd {

class LettersBox;
class RequestActionsBar;
class Session;

// One request as the signed-in actor may see it: every field, its person with personal data
// masked (each field can be revealed, which is audited), the history, the workflow's buttons and
// the letters. The whole view is read in one call on the session's worker; opening a request is
// audited (its person's details are looked at), showing it again after a change is not. A change
// to the request made anywhere shows within a second.
class RequestDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDetailPanel)

public:
    explicit RequestDetailPanel(Session &session, QWidget *parent = nullptr);

    // Opens a request (0 shows the empty state).
    void showRequest(qint64 requestId);
    // Reads the request shown again (not audited as a new look).
    void refresh();
    qint64 requestId() const { return m_requestId; }
    // The view shown, once it has arrived.
    const std::optional<RequestView> &view() const { return m_view; }
    bool isLoading() const { return m_loading > 0; }
    // The text shown for a field, by its object name (tests and screenshots).
    QString fieldText(const QString &name) const;
    QToolButton *revealButton(PersonField field) const { return m_reveal.value(field); }
    RequestActionsBar *actions() const { return m_actions; }
    LettersBox *letters() const { return m_letters; }
    // The history as shown, one text per entry: its title, "when · who", then its details.
    QStringList historyTexts() const;
    QWidget *history() const { return m_history; }
    QToolButton *packageButton() const { return m_package; }
    // The "Data package…" dialog last opened, while it is open.
    QDialog *packageDialog() const { return m_packageDialog; }
    QToolButton *eraseButton() const { return m_erase; }
    // The "Erase…" dialog last opened, while it is open.
    QDialog *erasureDialog() const { return m_erasureDialog; }
    QToolButton *withdrawButton() const { return m_withdraw; }
    QDialog *withdrawalDialog() const { return m_withdrawalDialog; }

Q_SIGNALS:
    void closeRequested();
    // "Data held…": everything the sources hold about the request's person (the People page).
    void personDataRequested(qint64 personId);
    // An action changed the request shown.
    void requestChanged(qint64 requestId);
    // The view of the request arrived (tests wait for it).
    void viewShown(qint64 requestId);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Purpose { Open, Refresh };
    void load(qint64 requestId, Purpose purpose);
    void render();
    void openPackageDialog();
    void openErasureDialog();
    void openWithdrawalDialog();
    static QString deliveredText(const RequestView &view);
    static QString erasureText(const RequestView &view);
    void showEmpty(const QString &text);
    QLabel *addField(const char *name, std::optional<PersonField> revealable = std::nullopt);
    void setField(const char *name, const QString &text);
    void setRowShown(const char *name, bool shown);
    void addRow(QLabel *label, QWidget *field);
    QLabel *labelFor(QWidget *field) const;
    void reveal(PersonField field);
    void retranslate();

    Session &m_session;
    qint64 m_requestId = 0;
    quint64 m_asked = 0; // the newest view asked for: older answers are dropped
    int m_loading = 0;
    std::optional<RequestView> m_view;
    QHash<PersonField, QString> m_revealed; // for the request shown, until another one is opened
    QLabel *m_title;
    QLabel *m_empty;
    QToolButton *m_close;
    QToolButton *m_personData;
    QToolButton *m_package; // "Data package…" (access, copy, portability)
    QPointer<QDialog> m_packageDialog;
    QToolButton *m_erase; // "Erase…" (deletion, account cancellation)
    QPointer<QDialog> m_erasureDialog;
    QToolButton *m_withdraw; // "Withdraw consent…" (consent withdrawal; the marketing opt-out on a restriction)
    QPointer<QDialog> m_withdrawalDialog;
    RequestActionsBar *m_actions;
    QWidget *m_body;
    QGridLayout *m_form;
    QList<QPair<const char *, QLabel *>> m_fields;
    QHash<PersonField, QToolButton *> m_reveal;
    QLabel *m_proposal;
    QLabel *m_reminder; // waiting for the requester to verify: the reminder, the closing proposal
    QLabel *m_historyTitle;
    QWidget *m_history;
    QVBoxLayout *m_historyLayout;
    QList<QLabel *> m_historyEntries;
    LettersBox *m_letters;
};

} // namespace pd
