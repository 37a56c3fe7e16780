#pragma once

#include "domain/enums.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace pd {

// Proposes a refusal: the reasons (PIPL Art. 50) and the explanation sent to the requester.
// The dialog only collects; the workflow checks and writes.
class RefusalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefusalDialog)

public:
    explicit RefusalDialog(QWidget *parent = nullptr);

    QList<RefusalReason> reasons() const;
    // What was chosen and typed before (a refused proposal asks again with it).
    void setInput(const QList<RefusalReason> &reasons, const QString &explanation);
    QString explanation() const;
    // Shows the workflow's refusal message and keeps what was typed.
    void showError(const QString &message);

private:
    QList<QCheckBox *> m_reasons;
    QPlainTextEdit *m_explanation;
    QLabel *m_error;
};

} // namespace pd
