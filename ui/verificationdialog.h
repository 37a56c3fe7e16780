#pragma once

#include "common/result.h"
#include "domain/records.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace pd {

class Session;

// Verifies a requester's identity for one request: compare the identifiers they give with the
// person's records, record a check staff made (account login, signed letter...), issue and check a
// one-time code, attach evidence files, and (supervisors) override with a justification. Every
// step goes through the session's VerificationDesk on its worker; its refusals are shown here and
// nothing is changed. Opened evidence goes to the session's private folder.
class VerificationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationDialog)

public:
    VerificationDialog(Session &session, const Request &request, QWidget *parent = nullptr);

    QString statusText() const;
    QString lastMessage() const;
    // The code of the last "Send new code", to be read to the requester (until a real SMS and
    // e-mail gateway sends it).
    QString lastCode() const { return m_lastCode; }
    // Nothing is on its way (tests wait for this).
    bool isIdle() const { return m_busy == 0; }

    // The steps, callable without the buttons (tests); each reports through stepFinished().
    void matchIdentifiers(const QString &phone, const QString &email, const QString &idNumber, const QString &creditCode);
    void recordCheck(VerificationMethod method, bool passed, const QString &note);
    void issueCode(VerificationMethod channel);
    void checkCode(VerificationMethod channel, const QString &typed);
    bool addEvidenceFile(const QString &path, const QString &kind);
    void overrideVerification(const QString &justification);

Q_SIGNALS:
    void stepFinished(bool ok);

private:
    void refresh();
    void report(bool ok, const QString &message);
    void step(std::function<Status(const Session &)> job, std::function<QString()> success);

    Session &m_session;
    const Request m_request;
    QString m_lastCode;
    int m_busy = 0;
    QWidget *m_override = nullptr;
    QLabel *m_status;
    QLabel *m_message;
    QLineEdit *m_phone, *m_email, *m_idNumber, *m_creditCode, *m_code, *m_note;
    QComboBox *m_method, *m_channel;
    QTreeWidget *m_checks;
    QTreeWidget *m_evidence;
};

} // namespace pd
