#pragma once

#include "domain/records.h"
#include "domain/verification.h"
#include "workflow/verificationservice.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace pd {

class Session;

// The verification policy matrix (DOMAIN.md "Identity verification"): every request type with its
// alternatives in words on the left; on the right the selected type's alternatives as a grid of
// methods (rows) by alternatives (columns) to tick. Administrators add and remove alternatives and
// save (VerificationService::savePolicy, audited); everyone else sees the same page read-only with
// the reason. When someone else changed a type meanwhile, nothing is saved, the page says which
// types and what they are now, and keeps the user's edits until they choose.
class VerificationPolicyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationPolicyPage)

public:
    explicit VerificationPolicyPage(Session &session, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    bool isEditable() const;
    // Edits not saved yet.
    bool isDirty() const;
    const VerificationPolicy &editedPolicy() const { return m_edited; }
    RequestType currentType() const;
    void selectType(RequestType type);
    QTableWidget *typeTable() const { return m_types; }
    QTableWidget *matrix() const { return m_matrix; }
    // The message under the editor: an error, or what was saved.
    QString messageText() const;
    // The methods offered in the grid, in row order (a supervisor override is not part of the policy).
    static QList<VerificationMethod> policyMethods();
    // "Account login + SMS code; or Identity document", in the UI language.
    static QString describe(const QList<VerificationPolicy::Alternative> &alternatives);

public Q_SLOTS:
    // Reads the stored policy, discarding edits.
    void reload();
    // Reads it only when there is nothing unsaved (when the page is shown again).
    void reloadIfClean();
    // Checks the edits and starts saving them (false when they are refused at once); the outcome
    // comes with saveFinished().
    bool save();
    void addAlternative();
    // Removes the grid column that holds the current cell.
    void removeAlternative();

Q_SIGNALS:
    void policySaved();
    void saveFinished(bool saved);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTypes();
    void fillMatrix();
    void updateButtons();
    void readMatrixInto(RequestType type);
    void showMessage(const QString &text, bool error);
    void showConflict();
    void saveOverTheirs();
    void loaded(const Result<VerificationPolicy> &policy);
    void saved(const Result<VerificationService::PolicySave> &outcome);

    Session &m_session;
    bool m_saving = false;
    Actor m_actor;
    VerificationPolicy m_loaded; // as stored when read (the base savePolicy compares against)
    VerificationPolicy m_edited;
    VerificationPolicy m_theirs; // after a conflict: what is stored now
    QList<RequestType> m_conflicts;
    bool m_filling = false;

    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_readOnly;
    QFrame *m_conflictBox;
    QLabel *m_conflictText;
    QPushButton *m_overwrite;
    QPushButton *m_loadTheirs;
    QTableWidget *m_types;
    QLabel *m_alternativesTitle;
    QStackedWidget *m_matrixStack;
    QTableWidget *m_matrix;
    QLabel *m_noAlternatives;
    QLabel *m_hint;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_message;
    QPushButton *m_discard;
    QPushButton *m_save;
};

} // namespace pd
