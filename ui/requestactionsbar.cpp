#include "requestactionsbar.h"

#include "refusaldialog.h"
#include "verificationdialog.h"
#include "storage/staffrepository.h"
#include "workflow/requestworkflow.h"
#include "workflow/verificationservice.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

RequestActionsBar::RequestActionsBar(const Database &db, const WorkingDayCalendar &calendar, QWidget *parent)
    : QWidget(parent), m_db(db), m_calendar(calendar), m_verification(new QLabel(this)),
      m_verify(new QPushButton(this)), m_buttonBox(new QWidget(this)), m_tools(new QWidget(this))
{
    setObjectName(QStringLiteral("requestActions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_verification->setObjectName(QStringLiteral("verificationState"));
    m_verification->setWordWrap(true);
    layout->addWidget(m_verification);
    m_verify->setObjectName(QStringLiteral("verifyIdentityButton"));
    m_verify->setText(tr("Verify identity…"));
    connect(m_verify, &QPushButton::clicked, this, [this] {
        VerificationDialog dialog(m_db, m_request, m_actor, this);
        dialog.exec();
        rebuild();
        Q_EMIT changed(m_request.id);
    });
    new QGridLayout(m_buttonBox);
    m_buttonBox->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_buttonBox);
    layout->addWidget(m_tools);
    buildTools();
}

QPushButton *RequestActionsBar::toolButton(const QString &name) const
{
    return m_tools->findChild<QPushButton *>(name);
}

void RequestActionsBar::buildTools()
{
    // Two to a row: the panel is narrow, and labels must not be clipped.
    auto *grid = new QGridLayout(m_tools);
    grid->setContentsMargins(0, 0, 0, 0);
    m_verify->setParent(m_tools);
    grid->addWidget(m_verify, 0, 0);
    int n = 1;
    const auto add = [&](const char *name, const QString &text, void (RequestActionsBar::*slot)()) {
        auto *b = new QPushButton(text, m_tools);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        grid->addWidget(b, n / 2, n % 2);
        ++n;
    };
    add("assignButton", tr("Assign…"), &RequestActionsBar::assign);
    add("priorityButton", tr("Priority…"), &RequestActionsBar::changePriority);
    add("noteButton", tr("Note…"), &RequestActionsBar::addNote);
    add("correspondenceButton", tr("Correspondence…"), &RequestActionsBar::recordCorrespondence);
    add("escalationButton", tr("Escalation…"), &RequestActionsBar::recordEscalation);
}

void RequestActionsBar::applied(const Result<Request> &result)
{
    if (!result) {
        QMessageBox::warning(this, tr("Not saved"), result.error());
        return;
    }
    m_request = result.value();
    rebuild();
    Q_EMIT changed(m_request.id);
}

void RequestActionsBar::done(const Status &status)
{
    if (!status) {
        QMessageBox::warning(this, tr("Not saved"), status.error());
        return;
    }
    Q_EMIT changed(m_request.id);
}

void RequestActionsBar::assign()
{
    const auto staff = StaffRepository(m_db).list();
    if (!staff)
        return done(Status::failure(staff.fault()));
    QStringList names{tr("Unassigned")};
    QList<qint64> ids{0};
    for (const StaffUser &u : staff.value()) {
        if (u.role == QLatin1String("administrator"))
            continue;
        names << u.displayName;
        ids << u.id;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Assign"), tr("Assign %1 to:").arg(m_request.reference), names,
                                                 std::max(0, int(ids.indexOf(m_request.assigneeId))), false, &ok);
    if (!ok)
        return;
    const RequestWorkflow wf(m_db, m_calendar, {});
    applied(wf.assign(m_request.id, m_request.version, ids.value(names.indexOf(chosen)), m_actor));
}

void RequestActionsBar::changePriority()
{
    QStringList labels;
    for (Priority p : priorities().all())
        labels << priorities().label(p);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Priority"), tr("Priority of %1:").arg(m_request.reference), labels,
                                                 int(m_request.priority), false, &ok);
    if (!ok)
        return;
    const RequestWorkflow wf(m_db, m_calendar, {});
    applied(wf.setPriority(m_request.id, m_request.version, priorities().all().at(labels.indexOf(chosen)), m_actor));
}

void RequestActionsBar::addNote()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Internal note"), tr("Note (staff only):"), QString(), &ok);
    if (ok)
        done(RequestWorkflow(m_db, m_calendar, {}).addNote(m_request.id, text, m_actor));
}

void RequestActionsBar::recordCorrespondence()
{
    bool ok = false;
    const QStringList directions{tr("Sent to the requester"), tr("Received from the requester")};
    const QString direction = QInputDialog::getItem(this, tr("Correspondence"), tr("Direction:"), directions, 0, false, &ok);
    if (!ok)
        return;
    const QString summary = QInputDialog::getMultiLineText(this, tr("Correspondence"), tr("What was sent or received:"),
                                                           QString(), &ok);
    if (!ok)
        return;
    Correspondence c;
    c.direction = direction == directions.constFirst() ? QStringLiteral("out") : QStringLiteral("in");
    c.channel = m_request.channel;
    c.summary = summary;
    done(RequestWorkflow(m_db, m_calendar, {}).recordCorrespondence(m_request.id, c, m_actor));
}

void RequestActionsBar::recordEscalation()
{
    QStringList labels;
    for (Authority a : authorities().all())
        labels << authorities().label(a);
    bool ok = false;
    const QString authority = QInputDialog::getItem(this, tr("Escalation"), tr("Escalated to (policy §8):"), labels, 0, false, &ok);
    if (!ok)
        return;
    const QString reference = QInputDialog::getText(this, tr("Escalation"), tr("Their reference:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString outcome = QInputDialog::getText(this, tr("Escalation"), tr("Outcome (if known):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    Escalation e;
    e.escalatedOn = QDate::currentDate();
    e.authority = authorities().all().at(labels.indexOf(authority));
    e.theirReference = reference;
    e.outcome = outcome;
    done(RequestWorkflow(m_db, m_calendar, {}).recordEscalation(m_request.id, e, m_actor));
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
    const bool worker = m_actor.role != Role::Administrator;
    const QString workersOnly = tr("Administrators manage the system; work on requests belongs to agents and supervisors.");
    for (QPushButton *b : m_tools->findChildren<QPushButton *>()) {
        if (b == m_verify)
            continue;
        b->setEnabled(worker && m_request.id > 0);
        b->setToolTip(worker ? QString() : workersOnly);
    }
    if (QPushButton *assignButton = toolButton(QStringLiteral("assignButton")); assignButton && m_actor.role != Role::Supervisor) {
        assignButton->setEnabled(false);
        assignButton->setToolTip(tr("Only a supervisor may assign or reassign requests."));
    }
    if (QPushButton *escalate = toolButton(QStringLiteral("escalationButton")); escalate && m_request.type != RequestType::Complaint) {
        escalate->setEnabled(false);
        escalate->setToolTip(tr("Escalations to a regulator are recorded on complaints only."));
    }
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
