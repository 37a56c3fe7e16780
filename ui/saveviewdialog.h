#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pd {

// Asks for a saved view's name, and whether to share it with everyone (administrators only; for
// others the box is off and its tooltip says why). Stays open with what was typed while the
// save runs and when it is refused, showing why.
class SaveViewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveViewDialog)

public:
    SaveViewDialog(const QString &suggestedName, bool mayShare, const QString &whyNotShare, QWidget *parent = nullptr);

    QString name() const;
    bool shared() const;
    QLineEdit *nameField() const { return m_name; }
    QCheckBox *sharedBox() const { return m_shared; }
    QString errorText() const;
    void setBusy(bool busy);
    void setError(const QString &message);

Q_SIGNALS:
    void saveRequested(const QString &name, bool shared);

private:
    QLineEdit *m_name;
    QCheckBox *m_shared;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pd
