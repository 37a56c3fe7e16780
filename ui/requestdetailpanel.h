#pragma once

#include "domain/records.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTreeWidget;
class QToolButton;

namespace pd {

class Database;
class LettersBox;
class RequestActionsBar;
class WorkingDayCalendar;

// The read-only view of one request: every field, the person it concerns, and its history.
class RequestDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDetailPanel)

public:
    RequestDetailPanel(const Database &db, const WorkingDayCalendar &calendar, QWidget *parent = nullptr);

    // 0 shows the empty state.
    void showRequest(qint64 requestId);
    qint64 requestId() const { return m_requestId; }
    // The text shown for a field, by its object name (tests and screenshots).
    QString fieldText(const QString &name) const;
    void setActor(const Actor &actor);
    RequestActionsBar *actions() const { return m_actions; }
    LettersBox *letters() const { return m_letters; }

Q_SIGNALS:
    void closeRequested();
    // A workflow action changed the request shown.
    void requestChanged(qint64 requestId);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *addField(const char *name);
    void retranslate();

    const Database &m_db;
    const WorkingDayCalendar &m_calendar;
    qint64 m_requestId = 0;
    QLabel *m_title;
    QLabel *m_empty;
    QToolButton *m_close;
    RequestActionsBar *m_actions;
    QWidget *m_body;
    QFormLayout *m_form;
    QList<QPair<const char *, QLabel *>> m_fields;
    QLabel *m_historyTitle;
    QTreeWidget *m_history;
    LettersBox *m_letters;
};

} // namespace pd
