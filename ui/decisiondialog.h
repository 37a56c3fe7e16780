#pragma once

#include "domain/requestview.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace pd {

// A supervisor's decision on a proposal (approve it, or send it back): the whole proposal — what,
// by whom and when, the reasons and the explanation, and what the request becomes — a note for the
// history, and a button that names the decision. The dialog only asks; the workflow checks and writes.
class DecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDialog)

public:
    DecisionDialog(const RequestView &view, RequestAction decision, QWidget *parent = nullptr);

    QString note() const;
    // What was typed before (a refused decision asks again with it) and why it was refused.
    void setNote(const QString &note);
    void showError(const QString &message);
    QString proposalText() const;

private:
    QLabel *m_proposal;
    QPlainTextEdit *m_note;
    QLabel *m_error;
};

} // namespace pd
