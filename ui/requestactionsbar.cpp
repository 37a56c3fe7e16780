#include "requestactionsbar.h"

#include "refusaldialog.h"
#include "verificationdialog.h"
#include "workflow/requestworkflow.h"
#include "workflow/verificationservice.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

RequestActionsBar::RequestActionsBar(const Database &db, const WorkingDayCalendar &calendar, QWidget *parent)
    : QWidget(parent), m_db(db), m_calendar(calendar), m_verification(new QLabel(this)),
      m_verify(new QPushButton(this)), m_buttonBox(new QWidget(this))
{
    setObjectName(QStringLiteral("requestActions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_verification->setObjectName(QStringLiteral("verificationState"));
    m_verification->setWordWrap(true);
    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verification, 1);
    m_verify->setObjectName(QStringLiteral("verifyIdentityButton"));
    m_verify->setText(tr("Verify identity…"));
    verifyRow->addWidget(m_verify);
    layout->addLayout(verifyRow);
    connect(m_verify, &QPushButton::clicked, this, [this] {
        VerificationDialog dialog(m_db, m_request, m_actor, this);
        dialog.exec();
        rebuild();
        Q_EMIT changed(m_request.id);
    });
    new QGridLayout(m_buttonBox);
    m_buttonBox->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_buttonBox);
}

void RequestActionsBar::setActor(const Actor &actor)
{
    m_actor = actor;
    rebuild();
}

void RequestActionsBar::showRequest(const Request &request)
{
    m_request = request;
    rebuild();
}

QString RequestActionsBar::verificationText() const
{
    return m_verification->text();
}

void RequestActionsBar::rebuild()
{
    // deleteLater: rebuild() runs from a button's own click handler.
    for (QPushButton *b : std::as_const(m_buttons)) {
        b->hide();
        b->deleteLater();
    }
    m_buttons.clear();
    const bool mayVerify = m_actor.role != Role::Administrator && isOpen(m_request.status);
    m_verify->setEnabled(mayVerify);
    m_verify->setToolTip(mayVerify ? QString() : tr("Verification is done by agents and supervisors on open requests."));
    if (m_request.id <= 0) {
        m_verification->clear();
        return;
    }
    const VerificationService verification(m_db);
    const auto satisfied = verification.isSatisfied(m_request.id);
    if (!satisfied) {
        m_verification->setText(satisfied.error());
    } else if (satisfied.value()) {
        m_verification->setText(tr("Identity: verification satisfied."));
    } else {
        QStringList missing;
        if (const auto m = verification.missing(m_request.id))
            for (VerificationMethod method : m.value())
                missing << verificationMethods().label(method);
        m_verification->setText(tr("Identity: not verified yet. Still needed: %1.")
                                    .arg(missing.isEmpty() ? tr("see the verification policy") : missing.join(tr(", "))));
    }

    auto *grid = static_cast<QGridLayout *>(m_buttonBox->layout());
    int i = 0;
    for (const auto &t : RequestWorkflow::table()) {
        if (t.from != m_request.status || m_buttons.contains(int(t.action)))
            continue;
        auto *b = new QPushButton(requestActions().label(t.action), m_buttonBox);
        b->setObjectName(QStringLiteral("action_") + requestActions().key(t.action));
        const Status allowed = RequestWorkflow::permitted(m_request.status, t.action, m_actor.role);
        b->setEnabled(allowed.ok());
        b->setToolTip(allowed.ok() ? QString() : allowed.error());
        connect(b, &QPushButton::clicked, this, [this, action = t.action] { trigger(action); });
        grid->addWidget(b, i / 2, i % 2);
        m_buttons.insert(int(t.action), b);
        ++i;
    }
}

void RequestActionsBar::trigger(RequestAction action)
{
    if (action == RequestAction::ProposeRefusal) {
        RefusalDialog dialog(this);
        while (dialog.exec() == QDialog::Accepted) {
            const RequestWorkflow wf(m_db, m_calendar, [this](qint64 id) { return VerificationService(m_db).isSatisfied(id); });
            const auto result = wf.perform(m_request.id, m_request.version, action, m_actor,
                                           {{}, dialog.reasons(), dialog.explanation()});
            if (result) {
                m_request = result.value();
                rebuild();
                Q_EMIT changed(m_request.id);
                return;
            }
            dialog.showError(result.error()); // keeps what was typed
        }
        return;
    }
    QString note;
    const bool asksForNote = action == RequestAction::RequestInformation || action == RequestAction::SendBack
        || action == RequestAction::Withdraw || action == RequestAction::MarkUnverifiable
        || action == RequestAction::ProposeDeletion || action == RequestAction::ProposeCancellation;
    if (asksForNote) {
        bool ok = false;
        note = QInputDialog::getMultiLineText(this, requestActions().label(action), tr("Note for the history (optional):"),
                                              QString(), &ok);
        if (!ok)
            return;
    }
    if (!run(action, note))
        QMessageBox::warning(this, requestActions().label(action), property("lastError").toString());
}

bool RequestActionsBar::run(RequestAction action, const QString &note, const QList<RefusalReason> &reasons,
                            const QString &explanation)
{
    const RequestWorkflow wf(m_db, m_calendar, [this](qint64 id) { return VerificationService(m_db).isSatisfied(id); });
    const auto result = wf.perform(m_request.id, m_request.version, action, m_actor, {note, reasons, explanation});
    if (!result) {
        setProperty("lastError", result.error());
        Q_EMIT failed(result.error());
        return false;
    }
    m_request = result.value();
    rebuild();
    Q_EMIT changed(m_request.id);
    return true;
}

} // namespace pd
