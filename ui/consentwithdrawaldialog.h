#pragma once

#include "domain/requestview.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;
class QCheckBox;

namespace pd {

class Session;

// "Withdraw consent…" on a consent withdrawal request (and the marketing opt-out, 退订, on a
// restriction request): the purposes based on consent, each to tick, and the opt-out in one
// click. Recorded off the GUI thread against the request; a refusal is shown and the ticks kept.
// The dialog says what withdrawal means: not retroactive (§4, last paragraph).
class ConsentWithdrawalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentWithdrawalDialog)

public:
    ConsentWithdrawalDialog(Session &session, const RequestView &view, QWidget *parent = nullptr);

    QCheckBox *purposeBox(const QString &key) const;
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *optOutButton() const { return m_optOut; }
    QString statusText() const;

Q_SIGNALS:
    void withdrawn(qint64 requestId);

private:
    void submit(const QStringList &purposes);

    Session &m_session;
    RequestView m_view;
    QVBoxLayout *m_purposes;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_withdraw;
    QPushButton *m_optOut;
    QList<QCheckBox *> m_boxes;
};

} // namespace pd
