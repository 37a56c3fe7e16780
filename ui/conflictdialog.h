#pragma once

#include "domain/requestview.h"

#include <QDialog>

class QLabel;

namespace pd {

// Someone else changed the request while this user was changing it, and nothing was saved. The
// dialog puts the user's change beside what is stored now and lets them choose: apply their change
// to the stored version, or keep the stored one (what they typed is not lost either way: it stays
// in the text on the left until they close the dialog).
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    ConflictDialog(const QString &yourChange, const RequestView &theirs, QWidget *parent = nullptr);

    // "Apply my change" was chosen.
    bool applyMine() const { return m_applyMine; }
    QString theirsText() const;
    // How the stored version reads: status, assignee, priority, the last step and who took it.
    static QString describe(const RequestView &view);

private:
    bool m_applyMine = false;
    QLabel *m_theirs;
};

} // namespace pd
