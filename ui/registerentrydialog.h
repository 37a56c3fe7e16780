#pragma once

#include "domain/datasource.h"
#include "domain/inventory.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pd {

class Session;

// Records one entry of a person's registers: a disclosure (§3: which category went to which
// recipient, on what legal basis, when) or a consent event (§1.2, §4: a purpose given or
// withdrawn, by which channel, when). The choices come from the inventory, in the UI language.
// Written through the session (checked and audited there); a refusal is shown in the dialog and
// what was typed stays.
class RegisterEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterEntryDialog)

public:
    enum class Kind { Disclosure, Consent };
    RegisterEntryDialog(Session &session, Kind kind, qint64 personId, const QString &personName, const Inventory &inventory,
                        QWidget *parent = nullptr);

    QString errorText() const;

public Q_SLOTS:
    // Writes the entry; the dialog closes once it is recorded.
    void accept() override;

Q_SIGNALS:
    void recorded(qint64 personId);

private:
    Session &m_session;
    Kind m_kind;
    qint64 m_personId;
    QComboBox *m_category = nullptr;
    QComboBox *m_recipientKind = nullptr;
    QLineEdit *m_recipient = nullptr;
    QLineEdit *m_legalBasis = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_purpose = nullptr;
    QComboBox *m_event = nullptr;
    QComboBox *m_channel = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace pd
