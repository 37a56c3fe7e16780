#pragma once

#include "audit/auditlog.h"
#include "domain/auditquery.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace pd {

class AuditLogModel;
class Session;

// The audit log page: a filter row (request, actor, action, from/to day), the lazy table of
// entries (newest first, what the signed-in actor may see; new entries from any workstation
// appear within a second) and "Verify chain", which walks the hash chain on a thread of its own
// and reports the count or the first bad entry. Enter or a double-click opens an entry in full.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    static constexpr int kTypingPauseMs = 250;

    explicit AuditPage(Session &session, QWidget *parent = nullptr);
    ~AuditPage() override;

    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    AuditQuery query() const;
    void setQuery(const AuditQuery &query);
    bool isVerifying() const;
    // Exports the entries as filtered (newest first) to CSV or XLSX, off the GUI thread;
    // exportFinished() follows.
    void exportTo(const QString &path);
    QString verificationText() const;

public Q_SLOTS:
    // Re-reads the entries and the actor/action choices (after a write, or F5).
    void refresh();
    void verifyChain();
    void clearFilters();
    void exportLog();
    // The entry in full, before and after side by side.
    void openEntry(const QModelIndex &index);

Q_SIGNALS:
    // intact is false for a broken chain and for a failed read.
    void verificationFinished(bool intact);
    void exportFinished(qint64 rows, const QString &path, const QString &error);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillActors();
    void fillActions();
    void applyFilter();
    void updateEmptyState();
    void showVerification();
    void onVerified(const Result<AuditLog::Verification> &result);

    Session &m_session;
    AuditLogModel *m_model;
    QLineEdit *m_request;
    QComboBox *m_actor;
    QComboBox *m_action;
    QCheckBox *m_fromCheck;
    QDateEdit *m_from;
    QCheckBox *m_toCheck;
    QDateEdit *m_to;
    QPushButton *m_clear;
    QPushButton *m_verify;
    QPushButton *m_export;
    QLabel *m_verifyResult;
    QLabel *m_count;
    QStackedWidget *m_tableStack;
    QTableView *m_view;
    QLabel *m_emptyState;
    QTimer *m_typingPause;
    QStringList m_actors;
    QStringList m_actions;
    bool m_verifying = false;
    std::optional<Result<AuditLog::Verification>> m_verification;
};

} // namespace pd
