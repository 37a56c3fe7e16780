#pragma once

#include "common/result.h"
#include "domain/records.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace pd {

class Database;
class WorkingDayCalendar;

// The workflow's buttons for one request, on its detail panel: every action the table knows for
// the request's status, enabled only when the signed-in role may take it (the tooltip says why
// not), plus the verification state. Proposals ask for their reasons; every refusal of the
// workflow is shown as it is, and nothing is changed.
class RequestActionsBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestActionsBar)

public:
    RequestActionsBar(const Database &db, const WorkingDayCalendar &calendar, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    void showRequest(const Request &request);
    QPushButton *button(RequestAction action) const { return m_buttons.value(int(action)); }
    QPushButton *verifyButton() const { return m_verify; }
    QPushButton *toolButton(const QString &name) const;
    QString verificationText() const;

    // Runs an action as if its button was pressed, with the input a dialog would collect
    // (tests, and the buttons themselves).
    bool run(RequestAction action, const QString &note = {}, const QList<RefusalReason> &reasons = {},
             const QString &explanation = {});

Q_SIGNALS:
    void changed(qint64 requestId);
    void failed(const QString &message);

private:
    void trigger(RequestAction action);
    void rebuild();
    void buildTools();
    void assign();
    void changePriority();
    void addNote();
    void recordCorrespondence();
    void recordEscalation();
    void applied(const Result<Request> &result);
    void done(const Status &status);

    const Database &m_db;
    const WorkingDayCalendar &m_calendar;
    Actor m_actor;
    Request m_request;
    QLabel *m_verification;
    QPushButton *m_verify;
    QWidget *m_buttonBox;
    QWidget *m_tools;
    QHash<int, QPushButton *> m_buttons;
};

} // namespace pd
