#pragma once

#include <QDialog>

class QModelIndex;
class QTableWidget;
class QLabel;

namespace pd {

// One audit entry in full, opened from the audit log: when (local and UTC), who, what, about
// what, and its before and after records side by side, field by field in the UI language (what
// changed in bold), with the stored text and the entry's hashes for whoever checks the chain.
class AuditEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditEntryDialog)

public:
    // `entry`: a row of the AuditLogModel (its roles carry the whole entry).
    explicit AuditEntryDialog(const QModelIndex &entry, QWidget *parent = nullptr);

    QTableWidget *fields() const { return m_fields; }
    QString headerText() const;

private:
    QLabel *m_header;
    QTableWidget *m_fields;
};

} // namespace pd
