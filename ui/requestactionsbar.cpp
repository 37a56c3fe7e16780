#include "requestactionsbar.h"

#include "conflictdialog.h"
#include "decisiondialog.h"
#include "refusaldialog.h"
#include "session/requestdesk.h"
#include "session/session.h"
#include "verificationdialog.h"

#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd {

namespace {

void applyRule(QPushButton *button, const Status &allowed)
{
    button->setEnabled(allowed.ok());
    button->setToolTip(allowed.error());
}

} // namespace

RequestActionsBar::RequestActionsBar(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_verification(new QLabel(this)), m_verify(new QPushButton(this)),
      m_buttonBox(new QWidget(this)), m_tools(new QWidget(this))
{
    setObjectName(QStringLiteral("requestActions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_verification->setObjectName(QStringLiteral("verificationState"));
    m_verification->setWordWrap(true);
    layout->addWidget(m_verification);
    m_verify->setObjectName(QStringLiteral("verifyIdentityButton"));
    connect(m_verify, &QPushButton::clicked, this, &RequestActionsBar::verifyIdentity);
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
    const auto add = [&](const char *name, std::function<void()> slot) {
        auto *b = new QPushButton(m_tools);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, std::move(slot));
        grid->addWidget(b, n / 2, n % 2);
        ++n;
    };
    add("assignButton", [this] { askAssignee(); });
    add("priorityButton", [this] { askPriority(); });
    add("noteButton", [this] { askNote(); });
    add("correspondenceButton", [this] { askCorrespondence(); });
    add("escalationButton", [this] { askEscalation(); });
}

void RequestActionsBar::setView(const RequestView &view)
{
    m_view = view;
    rebuild();
}

QString RequestActionsBar::verificationText() const
{
    return m_verification->text();
}

void RequestActionsBar::rebuild()
{
    // Labels every time: they follow the UI language.
    m_verify->setText(tr("Verify identity…"));
    toolButton(QStringLiteral("assignButton"))->setText(tr("Assign…"));
    toolButton(QStringLiteral("priorityButton"))->setText(tr("Priority…"));
    toolButton(QStringLiteral("noteButton"))->setText(tr("Note…"));
    toolButton(QStringLiteral("correspondenceButton"))->setText(tr("Correspondence…"));
    toolButton(QStringLiteral("escalationButton"))->setText(tr("Escalation…"));

    // deleteLater: rebuild() may run from a button's own click handler.
    for (QPushButton *b : std::as_const(m_buttons)) {
        b->hide();
        b->deleteLater();
    }
    m_buttons.clear();
    applyRule(toolButton(QStringLiteral("assignButton")), m_view.mayAssign);
    applyRule(toolButton(QStringLiteral("priorityButton")), m_view.maySetPriority);
    applyRule(toolButton(QStringLiteral("noteButton")), m_view.mayAddNote);
    applyRule(toolButton(QStringLiteral("correspondenceButton")), m_view.mayRecordCorrespondence);
    applyRule(toolButton(QStringLiteral("escalationButton")), m_view.mayRecordEscalation);
    applyRule(m_verify, m_view.mayVerify);
    if (m_view.request.id <= 0) {
        m_verification->clear();
        return;
    }
    if (m_view.verified) {
        m_verification->setText(tr("Identity: verification satisfied."));
    } else {
        QStringList missing;
        for (VerificationMethod method : m_view.missing)
            missing << verificationMethods().label(method);
        m_verification->setText(tr("Identity: not verified yet. Still needed: %1.")
                                    .arg(missing.isEmpty() ? tr("see the verification policy") : missing.join(tr(", "))));
    }
    auto *grid = static_cast<QGridLayout *>(m_buttonBox->layout());
    int i = 0;
    for (const ActionChoice &choice : std::as_const(m_view.actions)) {
        auto *b = new QPushButton(requestActions().label(choice.action), m_buttonBox);
        b->setObjectName(QStringLiteral("action_") + requestActions().key(choice.action));
        applyRule(b, choice.allowed);
        connect(b, &QPushButton::clicked, this, [this, action = choice.action] { trigger(action); });
        grid->addWidget(b, i / 2, i % 2);
        m_buttons.insert(int(choice.action), b);
        ++i;
    }
}

void RequestActionsBar::verifyIdentity()
{
    const auto openDialog = [this] {
        VerificationDialog dialog(m_session, m_view.request, this);
        dialog.exec();
        Q_EMIT changed(m_view.request.id);
    };
    if (m_view.request.status != RequestStatus::Received || !m_view.mayStartVerification.ok())
        return openDialog();
    // A request just received moves to "verifying" first: one button, not two side by side.
    const qint64 id = m_view.request.id;
    const int version = m_view.request.version;
    ++m_busy;
    m_session.write(
        this, [id, version](const Session &s) { return s.requests().perform(id, version, RequestAction::StartVerification, {}); },
        [this, openDialog](const Result<Request> &result) {
            --m_busy;
            if (!result)
                return fail(tr("Verify identity"), result.error());
            m_view.request = result.value();
            openDialog();
        });
}

void RequestActionsBar::fail(const QString &title, const QString &message)
{
    m_lastError = message;
    Q_EMIT failed(message);
    QMessageBox::warning(this, title, message);
}

void RequestActionsBar::change(const QString &description, std::function<Result<Request>(const Session &, int version)> job,
                               std::function<void(const QString &message)> retry)
{
    const int version = m_view.request.version;
    const qint64 id = m_view.request.id;
    ++m_busy;
    m_session.write(
        this, [job, version](const Session &s) { return job(s, version); },
        [this, id, description, job, retry](const Result<Request> &result) {
            --m_busy;
            if (!result && result.errorKind() == ErrorKind::Conflict)
                return conflict(description, job);
            answered(id, Status::from(result), retry);
        });
}

void RequestActionsBar::answered(qint64 id, const Status &result, const std::function<void(const QString &message)> &retry)
{
    if (result) {
        m_lastError.clear();
        Q_EMIT changed(id);
        return;
    }
    if (retry) {
        m_lastError = result.error();
        Q_EMIT failed(result.error());
        retry(result.error());
        return;
    }
    fail(tr("Not saved"), result.error());
}

void RequestActionsBar::changeStatus(const QString &description, std::function<Status(const Session &)> job,
                                     std::function<void(const QString &message)> retry)
{
    Q_UNUSED(description)
    const qint64 id = m_view.request.id;
    ++m_busy;
    m_session.write(this, std::move(job), [this, id, retry](const Status &result) {
        --m_busy;
        answered(id, result, retry);
    });
}

void RequestActionsBar::conflict(const QString &description, std::function<Result<Request>(const Session &, int version)> job)
{
    const qint64 id = m_view.request.id;
    ++m_busy;
    m_session.read(
        this, [id](const Session &s) { return s.requests().view(id, RequestDesk::Purpose::Refresh); },
        [this, id, description, job](const Result<RequestView> &theirs) {
            --m_busy;
            if (!theirs)
                return fail(tr("Not saved"), theirs.error());
            m_view = theirs.value();
            rebuild();
            ConflictDialog dialog(description, theirs.value(), this);
            dialog.exec();
            if (dialog.applyMine())
                change(description, job); // on the version just read
            else
                Q_EMIT changed(id);
        });
}

void RequestActionsBar::askAssignee()
{
    ++m_busy;
    m_session.read(
        this, [](const Session &s) { return s.requests().assignableStaff(); },
        [this](const Result<QList<StaffUser>> &staff) {
            --m_busy;
            if (!staff)
                return fail(tr("Assign"), staff.error());
            QStringList names{tr("Unassigned")};
            QList<qint64> ids{0};
            for (const StaffUser &u : staff.value()) {
                names << u.displayName;
                ids << u.id;
            }
            bool ok = false;
            const QString chosen = QInputDialog::getItem(this, tr("Assign"), tr("Assign %1 to:").arg(m_view.request.reference),
                                                         names, std::max(0, int(ids.indexOf(m_view.request.assigneeId))),
                                                         false, &ok);
            if (ok)
                assignTo(ids.value(names.indexOf(chosen)));
        });
}

void RequestActionsBar::assignTo(qint64 staffId)
{
    const qint64 id = m_view.request.id;
    change(tr("Assign %1 to staff member #%2").arg(m_view.request.reference).arg(staffId),
           [id, staffId](const Session &s, int version) { return s.requests().assign(id, version, staffId); });
}

void RequestActionsBar::askPriority()
{
    QStringList labels;
    for (Priority p : priorities().all())
        labels << priorities().label(p);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Priority"), tr("Priority of %1:").arg(m_view.request.reference),
                                                 labels, int(m_view.request.priority), false, &ok);
    if (ok)
        setPriority(priorities().all().at(labels.indexOf(chosen)));
}

void RequestActionsBar::setPriority(Priority priority)
{
    const qint64 id = m_view.request.id;
    change(tr("Priority: %1").arg(priorities().label(priority)),
           [id, priority](const Session &s, int version) { return s.requests().setPriority(id, version, priority); });
}

void RequestActionsBar::askNote(const QString &text)
{
    bool ok = false;
    const QString typed = QInputDialog::getMultiLineText(this, tr("Internal note"), tr("Note (staff only):"), text, &ok);
    if (ok)
        addNote(typed);
}

void RequestActionsBar::addNote(const QString &text)
{
    const qint64 id = m_view.request.id;
    changeStatus(text, [id, text](const Session &s) { return s.requests().addNote(id, text); },
                 [this, text](const QString &message) {
                     QMessageBox::warning(this, tr("Not saved"), message);
                     askNote(text); // what was typed is still there
                 });
}

void RequestActionsBar::askCorrespondence(const QString &summary)
{
    bool ok = false;
    const QStringList directions{tr("Sent to the requester"), tr("Received from the requester")};
    const QString direction = QInputDialog::getItem(this, tr("Correspondence"), tr("Direction:"), directions, 0, false, &ok);
    if (!ok)
        return;
    const QString typed = QInputDialog::getMultiLineText(this, tr("Correspondence"), tr("What was sent or received:"),
                                                         summary, &ok);
    if (!ok)
        return;
    Correspondence c;
    c.direction = direction == directions.constFirst() ? QStringLiteral("out") : QStringLiteral("in");
    c.channel = m_view.request.channel;
    c.summary = typed;
    const qint64 id = m_view.request.id;
    changeStatus(typed, [id, c](const Session &s) { return s.requests().recordCorrespondence(id, c); },
                 [this, typed](const QString &message) {
                     QMessageBox::warning(this, tr("Not saved"), message);
                     askCorrespondence(typed);
                 });
}

void RequestActionsBar::askEscalation()
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
    const qint64 id = m_view.request.id;
    changeStatus(outcome, [id, e](const Session &s) { return s.requests().recordEscalation(id, e); });
}

void RequestActionsBar::trigger(RequestAction action)
{
    if (action == RequestAction::ProposeRefusal)
        return askRefusal();
    if (action == RequestAction::Approve || action == RequestAction::SendBack)
        return askDecision(action);
    const bool asksForNote = action == RequestAction::RequestInformation
        || action == RequestAction::Withdraw || action == RequestAction::MarkUnverifiable
        || action == RequestAction::ProposeDeletion || action == RequestAction::ProposeCancellation;
    if (asksForNote)
        return askActionNote(action);
    run(action);
}

void RequestActionsBar::askActionNote(RequestAction action, const QString &text)
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, requestActions().label(action), tr("Note for the history (optional):"),
                                                        text, &ok);
    if (!ok)
        return;
    const qint64 id = m_view.request.id;
    change(requestActions().label(action) + (note.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + note),
           [id, action, note](const Session &s, int version) { return s.requests().perform(id, version, action, {note, {}, {}}); },
           [this, action, note](const QString &message) {
               QMessageBox::warning(this, requestActions().label(action), message);
               askActionNote(action, note);
           });
}

void RequestActionsBar::askDecision(RequestAction action, const QString &note, const QString &error)
{
    DecisionDialog dialog(m_view, action, this);
    dialog.setNote(note);
    if (!error.isEmpty())
        dialog.showError(error);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_view.request.id;
    const QString typed = dialog.note();
    change(requestActions().label(action) + (typed.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + typed),
           [id, action, typed](const Session &s, int version) { return s.requests().perform(id, version, action, {typed, {}, {}}); },
           [this, action, typed](const QString &message) { askDecision(action, typed, message); });
}

void RequestActionsBar::askRefusal(const QList<RefusalReason> &reasons, const QString &explanation)
{
    RefusalDialog dialog(this);
    dialog.setInput(reasons, explanation);
    if (!m_lastError.isEmpty() && (!reasons.isEmpty() || !explanation.isEmpty()))
        dialog.showError(m_lastError);
    if (dialog.exec() != QDialog::Accepted)
        return;
    run(RequestAction::ProposeRefusal, {}, dialog.reasons(), dialog.explanation());
}

void RequestActionsBar::run(RequestAction action, const QString &note, const QList<RefusalReason> &reasons,
                            const QString &explanation)
{
    const qint64 id = m_view.request.id;
    const ActionInput input{note, reasons, explanation};
    QString description = requestActions().label(action);
    if (!explanation.isEmpty())
        description += QStringLiteral(": ") + explanation;
    else if (!note.isEmpty())
        description += QStringLiteral(": ") + note;
    std::function<void(const QString &)> retry;
    if (action == RequestAction::ProposeRefusal)
        retry = [this, reasons, explanation](const QString &) { askRefusal(reasons, explanation); };
    else
        retry = [this, action](const QString &message) { fail(requestActions().label(action), message); };
    change(description,
           [id, action, input](const Session &s, int version) { return s.requests().perform(id, version, action, input); },
           retry);
}

} // namespace pd
