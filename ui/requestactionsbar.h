#pragma once

#include "common/result.h"
#include "domain/requestview.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace pd {

class Session;

// The workflow's buttons for one request, on its detail panel: every action the workflow knows
// for the request's status, enabled only when the signed-in member of staff may take it (the
// rules and their reasons come with the request's view, from RequestRules), plus the verification
// state and the tools (assign, priority, note, correspondence, escalation). Actions run on the
// session's worker. When someone else changed the request first, the user sees their change next to
// the stored one and chooses; a refused action asks again with what was typed.
class RequestActionsBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestActionsBar)

public:
    explicit RequestActionsBar(Session &session, QWidget *parent = nullptr);

    void setView(const RequestView &view);
    QPushButton *button(RequestAction action) const { return m_buttons.value(int(action)); }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *toolButton(const QString &name) const;
    QString verificationText() const;
    // Something is on its way to the worker (tests wait for this).
    bool isBusy() const { return m_busy > 0; }
    QString lastError() const { return m_lastError; }

    // Runs an action with the input a dialog would collect (tests, and the buttons themselves);
    // the outcome comes with changed() or failed().
    void run(RequestAction action, const QString &note = {}, const QList<RefusalReason> &reasons = {},
             const QString &explanation = {});
    void assignTo(qint64 staffId);
    void setPriority(Priority priority);
    void addNote(const QString &text);

Q_SIGNALS:
    void changed(qint64 requestId);
    void failed(const QString &message);

private:
    // One change to the request: job(version) runs on the worker; a stale version shows the
    // conflict (yours: `description`) and may run again on the stored version; any other refusal
    // calls retry(message) when given (to ask again with what was typed) or is shown.
    void change(const QString &description, std::function<Result<Request>(const Session &, int version)> job,
                std::function<void(const QString &message)> retry = {});
    void changeStatus(const QString &description, std::function<Status(const Session &)> job,
                      std::function<void(const QString &message)> retry = {});
    // A change's answer: done, or the message (to the retry, which keeps what was typed, or a box).
    void answered(qint64 id, const Status &result, const std::function<void(const QString &message)> &retry);
    void conflict(const QString &description, std::function<Result<Request>(const Session &, int version)> job);
    void trigger(RequestAction action);
    // Verify identity…: a request just received is moved to "verifying" first.
    void verifyIdentity();
    void rebuild();
    void buildTools();
    void askAssignee();
    void askPriority();
    void askNote(const QString &text = {});
    void askCorrespondence(const QString &summary = {});
    void askEscalation();
    void askActionNote(RequestAction action, const QString &text = {});
    // Approve or send back: the whole proposal, a note, a button naming the decision.
    void askDecision(RequestAction action, const QString &note = {}, const QString &error = {});
    void askRefusal(const QList<RefusalReason> &reasons = {}, const QString &explanation = {});
    void fail(const QString &title, const QString &message);

    Session &m_session;
    RequestView m_view;
    int m_busy = 0;
    QString m_lastError;
    QLabel *m_verification;
    QPushButton *m_verify;
    QWidget *m_buttonBox;
    QWidget *m_tools;
    QHash<int, QPushButton *> m_buttons;
};

} // namespace pd
