#pragma once

#include "domain/records.h"
#include "domain/requestview.h"
#include "workflow/intakeservice.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pd {

class Session;

// Registers one or more requests for one person. Bad input keeps the dialog open with the
// field marked and the message beside it; nothing is saved until everything is valid. People found
// by an identifier are shown masked; the look-up and the registration run on the session's worker.
class IntakeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntakeDialog)

public:
    explicit IntakeDialog(Session &session, QWidget *parent = nullptr);

    const QList<Request> &createdRequests() const { return m_created; }
    IntakeForm form() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildPersonGroup();
    void buildRequestGroup();
    void retranslate();
    void lookUp();
    void usePerson(const PersonView &person);
    void clearPerson();
    void updateDuePreview();
    void checkDuplicates();
    void showDuplicates();
    void showErrors(const QList<FieldError> &errors);
    void clearErrorsAsCorrected();
    void clearErrors();
    QLabel *errorLabel(FieldError::Field field) const;

    Session &m_session;
    bool m_busy = false;
    QList<Request> m_created;
    qint64 m_personId = 0;

    QGroupBox *m_personGroup;
    QLabel *m_lookupLabel;
    QLineEdit *m_lookup;
    QPushButton *m_find;
    QListWidget *m_matches;
    QLabel *m_chosen;
    QPushButton *m_newPerson;
    QWidget *m_newPersonFields;
    QLineEdit *m_name, *m_phone, *m_email, *m_account, *m_idNumber, *m_company;
    QComboBox *m_language;

    QGroupBox *m_requestGroup;
    QList<QCheckBox *> m_types;
    QComboBox *m_channel, *m_requesterKind, *m_entity, *m_priority;
    QDateTimeEdit *m_received;
    QLabel *m_duePreview;
    QLabel *m_duplicateNotice;
    QCheckBox *m_linkDuplicates;
    QList<DuplicateMatch> m_duplicates; // open requests of the chosen person and the ticked types
    int m_duplicateCheck = 0;           // the newest look-up; older answers are dropped
    QPlainTextEdit *m_summary;
    QLabel *m_formError;
    QDialogButtonBox *m_buttons;
    QHash<int, QLabel *> m_errorLabels;     // Field -> message under the field
    QHash<int, QWidget *> m_fieldWidgets;   // Field -> input to mark
    QHash<QWidget *, QLabel *> m_rowLabels; // input -> its form label (retranslate)
};

} // namespace pd
