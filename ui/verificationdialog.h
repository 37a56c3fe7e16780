#pragma once

#include "domain/records.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace pd {

class Database;

// Verifies a requester's identity for one request: compare the identifiers they give with the
// person's records, record a check staff made (account login, signed letter...), issue and check a
// one-time code, attach evidence files, and (supervisors) override with a justification. Every
// step goes through VerificationService; its refusals are shown here and nothing is changed.
class VerificationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationDialog)

public:
    VerificationDialog(const Database &db, const Request &request, const Actor &actor, QWidget *parent = nullptr);

    QString statusText() const;
    QString lastMessage() const;

    // The steps, callable without the buttons (tests).
    bool matchIdentifiers(const QString &phone, const QString &email, const QString &idNumber, const QString &creditCode);
    bool recordCheck(VerificationMethod method, bool passed, const QString &note);
    QString issueCode(VerificationMethod channel);
    bool checkCode(VerificationMethod channel, const QString &typed);
    bool addEvidenceFile(const QString &path, const QString &kind);
    bool overrideVerification(const QString &justification);

private:
    void refresh();
    void report(bool ok, const QString &message);

    const Database &m_db;
    const Request m_request;
    const Actor m_actor;
    QLabel *m_status;
    QLabel *m_message;
    QLineEdit *m_phone, *m_email, *m_idNumber, *m_creditCode, *m_code, *m_note;
    QComboBox *m_method, *m_channel;
    QTreeWidget *m_checks;
    QTreeWidget *m_evidence;
};

} // namespace pd
