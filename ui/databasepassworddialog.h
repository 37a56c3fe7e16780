#pragma once

#include "common/result.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace pd {

class Gateway;

// The password of a PostgreSQL server, when PGPASSWORD gives none: asked for here, with "Remember
// it in the system keychain", or taken from the keychain where the user asked for that before
// (never from the settings). A refused password asks again, saying why, with what was typed kept
// to correct.
class DatabasePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabasePasswordDialog)

public:
    explicit DatabasePasswordDialog(const QString &url, QWidget *parent = nullptr);

    QString password() const;
    void setPassword(const QString &password);
    bool remember() const;
    void setRemember(bool remember);
    // Why the last attempt failed (empty hides it).
    void setProblem(const QString &message);
    QString problem() const;

    // Opens the database the address names (Gateway::open), with its password from PGPASSWORD,
    // the keychain or this dialog, asked again after each refusal. nullopt: the user cancelled.
    // A password the user asked to remember is stored once the server accepted it; unticking
    // "remember" removes a stored one. A keychain that cannot store it is said in a message.
    static std::optional<Result<std::unique_ptr<Gateway>>> open(const QString &url, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_url;
    QLabel *m_intro;
    QLabel *m_problem;
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace pd
