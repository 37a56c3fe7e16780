#pragma once

#include "domain/erasure.h"
#include "domain/requestview.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace pd {

class Session;

// "Erase…" on a deletion or account cancellation request: the dry run first (per source and
// category, what the look-up finds, what will be deleted or anonymised, what is kept and why),
// then, once a supervisor approved the proposal, "Carry out" after a confirmation. Both run off
// the GUI thread. Sources that fail are named; running it again carries on with them without
// repeating what was done. Afterwards the look-ups' findings are shown as the proof.
class ErasureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErasureDialog)

public:
    ErasureDialog(Session &session, const RequestView &view, QWidget *parent = nullptr);

    bool isRunning() const { return m_running; }
    QString statusText() const;
    QTreeWidget *lines() const { return m_lines; }
    QPushButton *carryOutButton() const { return m_carryOut; }
    QPushButton *dryRunButton() const { return m_dryRun; }

Q_SIGNALS:
    void erasureCarriedOut(qint64 requestId);

private:
    void dryRun();
    void carryOut();      // asks first
    void startCarryOut(); // then this
    void showPlan(const ErasurePlan &plan);
    void setRunning(bool running, const QString &status = {});
    void updateButtons();

    Session &m_session;
    RequestView m_view;
    QLabel *m_approval;
    QTreeWidget *m_lines;
    QLabel *m_why; // the selected line's reason in full (a table cell is too narrow for it)
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_dryRun;
    QPushButton *m_carryOut;
    std::optional<ErasurePlan> m_plan;
    bool m_running = false;
};

} // namespace pd
