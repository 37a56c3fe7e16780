#pragma once

#include "domain/requestview.h"
#include "fulfilment/accesspackage.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace pd {

class Session;

// "Data package…" on an access, copy or portability request: where to write the ZIP, whether to
// protect it with a password (on by default), then the package made on a thread of its own
// with progress and Cancel (a cancelled or failed package leaves no file). The password is shown
// once, to be sent by another channel; a source that could not be read is named, and such a
// package does not fulfil the request. The packages already delivered are listed.
class PackageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageDialog)

public:
    PackageDialog(Session &session, const RequestView &view, QWidget *parent = nullptr);
    ~PackageDialog() override;

    bool isRunning() const { return m_running != nullptr; }
    QString password() const;
    QString statusText() const;

Q_SIGNALS:
    void packageCreated(qint64 requestId);

protected:
    void reject() override;

private:
    void browse();
    void start();
    void finish(const Result<PackageWritten> &written, const QString &path, const QString &password, bool cancelled);
    void listPackages();
    void setRunning(bool running);

    Session &m_session;
    RequestView m_view;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QCheckBox *m_encrypt;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_passwordNote;
    QLineEdit *m_password;
    QPushButton *m_copy;
    QTreeWidget *m_packages;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    std::shared_ptr<std::atomic<bool>> m_running;
};

} // namespace pd
