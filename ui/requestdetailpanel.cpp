#include "requestdetailpanel.h"

#include "noticestyle.h"
#include "consentwithdrawaldialog.h"
#include "erasuredialog.h"
#include "packagedialog.h"
#include "common/displayformat.h"
#include "domain/enums.h"
#include "lettersbox.h"
#include "requestactionsbar.h"
#include "session/requestdesk.h"
#include "session/session.h"
#include "timelinetext.h"
#include "workflow/permissions.h"
#include "workflow/workingdaycalendar.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd {

namespace {

// Field object names, in display order; their labels come from retranslate(). The person's
// personal fields can be revealed.
struct FieldSpec
{
    const char *name;
    std::optional<PersonField> personal;
};
const FieldSpec kFields[] = {
    {"reference", {}},     {"type", {}},          {"status", {}},
    {"person", {}},        {"phone", PersonField::Phone},       {"email", PersonField::Email},
    {"account", PersonField::Account}, {"idNumber", PersonField::IdNumber}, {"creditCode", PersonField::CreditCode},
    {"company", {}},       {"channel", {}},       {"requesterKind", {}},
    {"entity", {}},        {"received", {}},      {"due", {}},
    {"assignee", {}},      {"priority", {}},      {"summary", {}},
    {"links", {}},         {"delivered", {}},         {"erasure", {}},
    {"withdrawn", {}},
};

bool withdraws(RequestType type)
{
    return type == RequestType::ConsentWithdrawal || type == RequestType::Restriction;
}

bool erases(RequestType type)
{
    return type == RequestType::Deletion || type == RequestType::AccountCancellation;
}

const char *fieldOf(PersonField f)
{
    for (const FieldSpec &spec : kFields)
        if (spec.personal == f)
            return spec.name;
    return "";
}

} // namespace

RequestDetailPanel::RequestDetailPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_empty(new QLabel(this)),
      m_close(new QToolButton(this)), m_personData(new QToolButton(this)), m_package(new QToolButton(this)), m_erase(new QToolButton(this)), m_withdraw(new QToolButton(this)), m_actions(new RequestActionsBar(session, this)), m_body(new QWidget(this)),
      m_form(new QGridLayout), m_proposal(new QLabel(this)), m_reminder(new QLabel(this)), m_historyTitle(new QLabel(this)),
      m_history(new QWidget(this)), m_historyLayout(new QVBoxLayout(m_history)), m_letters(new LettersBox(session, this))
{
    setObjectName(QStringLiteral("requestDetailPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_title, 1);
    m_personData->setObjectName(QStringLiteral("personDataButton"));
    m_personData->hide();
    connect(m_personData, &QToolButton::clicked, this, [this] {
        if (m_view)
            Q_EMIT personDataRequested(m_view->request.personId);
    });
    header->addWidget(m_personData);
    m_package->setObjectName(QStringLiteral("packageButton"));
    m_package->hide();
    connect(m_package, &QToolButton::clicked, this, &RequestDetailPanel::openPackageDialog);
    header->addWidget(m_package);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_erase->hide();
    connect(m_erase, &QToolButton::clicked, this, &RequestDetailPanel::openErasureDialog);
    header->addWidget(m_erase);
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    m_withdraw->hide();
    connect(m_withdraw, &QToolButton::clicked, this, &RequestDetailPanel::openWithdrawalDialog);
    header->addWidget(m_withdraw);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    connect(m_close, &QToolButton::clicked, this, &RequestDetailPanel::closeRequested);
    header->addWidget(m_close);
    layout->addLayout(header);
    // A proposal waiting for approval is read before the buttons that decide it.
    m_proposal->setObjectName(QStringLiteral("pendingProposal"));
    m_proposal->setWordWrap(true);
    m_proposal->setTextFormat(Qt::PlainText);
    m_proposal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    styleAsNotice(m_proposal);
    m_proposal->hide();
    layout->addWidget(m_proposal);
    m_reminder->setObjectName(QStringLiteral("reminderNotice"));
    m_reminder->setWordWrap(true);
    m_reminder->setTextFormat(Qt::PlainText);
    m_reminder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    styleAsNotice(m_reminder);
    m_reminder->hide();
    layout->addWidget(m_reminder);
    layout->addWidget(m_actions);
    connect(m_actions, &RequestActionsBar::changed, this, [this](qint64 id) {
        if (id == m_requestId)
            refresh();
        Q_EMIT requestChanged(id);
    });

    m_empty->setObjectName(QStringLiteral("detailEmptyState"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    // A grid, not a QFormLayout: the form layout measured wrapped values too short after a
    // request with shorter texts, cutting their last lines off.
    m_form->setColumnStretch(1, 1);
    m_form->setHorizontalSpacing(12);
    for (const FieldSpec &spec : kFields)
        m_fields << qMakePair(spec.name, addField(spec.name, spec.personal));
    bodyLayout->addLayout(m_form);
    m_historyTitle->setParent(m_body);
    bodyLayout->addWidget(m_historyTitle);
    m_history->setParent(m_body);
    m_history->setObjectName(QStringLiteral("history"));
    // One wrapped label per entry: the panel is narrow, and nothing may be cut off.
    m_historyLayout->setContentsMargins(0, 0, 0, 0);
    m_historyLayout->setSpacing(6);
    bodyLayout->addWidget(m_history);
    m_letters->setParent(m_body);
    bodyLayout->addWidget(m_letters);
    connect(m_letters, &LettersBox::letterWritten, this, [this](qint64 id) {
        if (id == m_requestId)
            refresh();
    });
    scroll->setWidget(m_body);
    layout->addWidget(scroll, 4);

    // What anyone changes about the request shown appears here too.
    connect(&m_session, &Session::changed, this, [this](const ChangeSet &changes) {
        if (m_requestId > 0 && (changes.everything || changes.staff || changes.requests.contains(m_requestId)))
            refresh();
    });
    connect(&m_session, &Session::actorChanged, this, [this] {
        if (m_requestId > 0)
            refresh(); // what the new role may do
    });
    retranslate();
    showRequest(0);
}

void RequestDetailPanel::addRow(QLabel *label, QWidget *field)
{
    const int row = m_form->rowCount();
    m_form->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
    m_form->addWidget(field, row, 1);
}

QLabel *RequestDetailPanel::labelFor(QWidget *field) const
{
    const int index = m_form->indexOf(field);
    if (index < 0)
        return nullptr;
    int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
    m_form->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
    QLayoutItem *item = m_form->itemAtPosition(row, 0);
    return item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
}

QLabel *RequestDetailPanel::addField(const char *name, std::optional<PersonField> revealable)
{
    auto *value = new QLabel(m_body);
    value->setObjectName(QLatin1String(name));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *label = new QLabel(m_body);
    label->setBuddy(value);
    if (!revealable) {
        addRow(label, value);
        return value;
    }
    auto *row = new QWidget(m_body);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(value, 1);
    auto *show = new QToolButton(row);
    show->setObjectName(QStringLiteral("reveal_") + personFields().key(*revealable));
    show->setAutoRaise(true);
    connect(show, &QToolButton::clicked, this, [this, field = *revealable] { reveal(field); });
    rowLayout->addWidget(show);
    m_reveal.insert(*revealable, show);
    addRow(label, row);
    return value;
}

void RequestDetailPanel::retranslate()
{
    const QMap<QString, QString> labels{
        {QStringLiteral("reference"), tr("Reference")},
        {QStringLiteral("type"), tr("Type")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("person"), tr("Person")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("email"), tr("E-mail")},
        {QStringLiteral("account"), tr("Account")},
        {QStringLiteral("idNumber"), tr("Resident ID number")},
        {QStringLiteral("creditCode"), tr("Unified social credit code")},
        {QStringLiteral("company"), tr("Company")},
        {QStringLiteral("channel"), tr("Channel")},
        {QStringLiteral("requesterKind"), tr("Requester")},
        {QStringLiteral("entity"), tr("Processor")},
        {QStringLiteral("received"), tr("Received")},
        {QStringLiteral("due"), tr("Due")},
        {QStringLiteral("assignee"), tr("Assignee")},
        {QStringLiteral("priority"), tr("Priority")},
        {QStringLiteral("summary"), tr("Summary")},
        {QStringLiteral("links"), tr("Linked")},
        {QStringLiteral("delivered"), tr("Delivered")},
        {QStringLiteral("erasure"), tr("Erasure")},
        {QStringLiteral("withdrawn"), tr("Consent withdrawn")},
    };
    for (const auto &[name, value] : std::as_const(m_fields)) {
        QWidget *field = value->parentWidget() != m_body ? value->parentWidget() : value;
        if (auto *label = labelFor(field))
            label->setText(labels.value(QLatin1String(name)) + QLatin1Char(':'));
    }
    m_empty->setText(tr("Select a request and press Enter (or double-click it) to see its details here."));
    m_close->setToolTip(tr("Close the panel (Esc)"));
    m_personData->setText(tr("Data held…"));
    m_personData->setToolTip(tr("Everything the registered sources hold about this person, by category (People page)"));
    m_package->setText(tr("Data package…"));
    m_erase->setText(tr("Erase…"));
    m_withdraw->setText(tr("Withdraw consent…"));
    m_historyTitle->setText(tr("History"));
    if (m_view)
        render(); // labels in the new language, the same request
    else if (m_requestId <= 0)
        m_title->setText(tr("Request details"));
}

void RequestDetailPanel::showRequest(qint64 requestId)
{
    if (requestId != m_requestId)
        m_revealed.clear();
    m_requestId = requestId;
    if (requestId <= 0) {
        ++m_asked;
        m_view.reset();
        showEmpty(tr("Select a request and press Enter (or double-click it) to see its details here."));
        return;
    }
    if (!m_view || m_view->request.id != requestId) {
        m_view.reset();
        m_title->setText(tr("Loading…"));
    }
    load(requestId, Purpose::Open);
}

void RequestDetailPanel::refresh()
{
    if (m_requestId > 0)
        load(m_requestId, Purpose::Refresh);
}

void RequestDetailPanel::load(qint64 requestId, Purpose purpose)
{
    const quint64 asked = ++m_asked;
    ++m_loading;
    const auto deskPurpose = purpose == Purpose::Open ? RequestDesk::Purpose::Open : RequestDesk::Purpose::Refresh;
    const auto job = [requestId, deskPurpose](const Session &s) { return s.requests().view(requestId, deskPurpose); };
    const auto done = [this, asked, requestId](const Result<RequestView> &view) {
        --m_loading;
        if (asked != m_asked)
            return; // another request was asked for meanwhile
        if (!view) {
            m_view.reset();
            showEmpty(view.error());
            return;
        }
        m_view = view.value();
        m_personData->setVisible(Permissions::mayViewHoldings(m_session.actor().role));
        m_package->setVisible(answeredByPackage(m_view->request.type) && m_session.actor().role != Role::Administrator);
        m_erase->setVisible(erases(m_view->request.type) && m_session.actor().role != Role::Administrator);
        m_withdraw->setVisible(withdraws(m_view->request.type) && m_session.actor().role != Role::Administrator);
        render();
        Q_EMIT viewShown(requestId);
    };
    // Opening writes the audit entry of the look; showing again only reads.
    if (purpose == Purpose::Open)
        m_session.write(this, job, done);
    else
        m_session.read(this, job, done);
}

void RequestDetailPanel::showEmpty(const QString &text)
{
    m_title->setText(tr("Request details"));
    m_empty->setText(text);
    m_empty->show();
    m_body->hide();
    m_actions->hide();
    m_personData->hide();
    m_package->hide();
    m_erase->hide();
    m_withdraw->hide();
    m_proposal->hide();
    m_reminder->hide();
    // Nothing of the last request stays behind the empty state (a revealed value least of all).
    for (const auto &[name, label] : std::as_const(m_fields))
        label->clear();
    qDeleteAll(m_historyEntries);
    m_historyEntries.clear();
}

void RequestDetailPanel::setField(const char *name, const QString &text)
{
    for (const auto &[n, label] : std::as_const(m_fields))
        if (qstrcmp(n, name) == 0)
            label->setText(text.isEmpty() ? QStringLiteral("—") : text);
}

void RequestDetailPanel::setRowShown(const char *name, bool shown)
{
    for (const auto &[n, value] : std::as_const(m_fields)) {
        if (qstrcmp(n, name) != 0)
            continue;
        QWidget *field = value->parentWidget() != m_body ? value->parentWidget() : value;
        field->setVisible(shown);
        if (QLabel *caption = labelFor(field))
            caption->setVisible(shown);
    }
}

QString RequestDetailPanel::deliveredText(const RequestView &v)
{
    QStringList lines;
    for (const LetterInfo &l : v.letters)
        if (l.kind == LetterKind::NoDataHeld)
            lines << tr("\"No data held\" letter of %1").arg(DisplayFormat::proseDateTime(l.createdAt));
    for (const PackageRecord &p : v.packages) {
        QString line = tr("Package of %1, %n item(s)", nullptr, int(p.items)).arg(DisplayFormat::proseDateTime(p.createdAt));
        if (p.encrypted)
            line += tr(", password-protected");
        if (!p.failed.isEmpty())
            line += tr(" (incomplete: %1 could not be read)").arg(p.failed.join(QLatin1String(", ")));
        lines << line;
    }
    if (lines.isEmpty())
        return tr("Nothing yet: deliver a data package (or a \"No data held\" letter) before completing.");
    return lines.join(QLatin1Char('\n'));
}

QString RequestDetailPanel::erasureText(const RequestView &v)
{
    if (v.erased) {
        qint64 changed = 0, kept = 0;
        QDate until;
        for (const ErasureLine &l : v.erasure) {
            changed += l.changed;
            kept += l.kept;
            if (l.heldUntil.isValid())
                until = std::max(until, l.heldUntil);
        }
        QString text = tr("Carried out: %Ln row(s) deleted or anonymised", nullptr, int(changed));
        if (kept > 0)
            text += tr("; %Ln kept under a legal hold until %1", nullptr, int(kept)).arg(DisplayFormat::proseDate(until));
        return text + QLatin1Char('.');
    }
    if (v.erasureApprovedBy.isEmpty())
        return tr("Not approved yet: propose it; a supervisor approves it before anything is erased.");
    if (!v.erasure.isEmpty())
        return tr("Approved by %1; carried out at some sources, not all (Erase… carries on).").arg(v.erasureApprovedBy);
    return tr("Approved by %1; not carried out yet (Erase…).").arg(v.erasureApprovedBy);
}

void RequestDetailPanel::openErasureDialog()
{
    if (!m_view)
        return;
    auto *dialog = new ErasureDialog(m_session, *m_view, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ErasureDialog::erasureCarriedOut, this, [this](qint64 id) {
        if (id == m_requestId)
            refresh();
        Q_EMIT requestChanged(id);
    });
    m_erasureDialog = dialog;
    dialog->open();
}

void RequestDetailPanel::openWithdrawalDialog()
{
    if (!m_view)
        return;
    auto *dialog = new ConsentWithdrawalDialog(m_session, *m_view, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConsentWithdrawalDialog::withdrawn, this, [this](qint64 id) {
        if (id == m_requestId)
            refresh();
        Q_EMIT requestChanged(id);
    });
    m_withdrawalDialog = dialog;
    dialog->open();
}

void RequestDetailPanel::openPackageDialog()
{
    if (!m_view)
        return;
    auto *dialog = new PackageDialog(m_session, *m_view, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PackageDialog::packageCreated, this, [this](qint64 id) {
        if (id == m_requestId)
            refresh();
        Q_EMIT requestChanged(id);
    });
    m_packageDialog = dialog;
    dialog->open();
}

void RequestDetailPanel::render()
{
    const RequestView &v = *m_view;
    const Request &r = v.request;
    m_actions->setView(v);
    m_actions->show();
    m_letters->setView(v);
    m_title->setText(r.reference);
    setField("reference", r.reference);
    setField("type", requestTypes().label(r.type));
    setField("status", requestStatuses().label(r.status));
    setField("person", v.person.name.isEmpty() ? r.personName : v.person.name);
    for (PersonField f : personFields().all()) {
        const QString masked = v.person.masked.value(f);
        const bool revealed = m_revealed.contains(f);
        setField(fieldOf(f), revealed ? m_revealed.value(f) : masked);
        QToolButton *show = m_reveal.value(f);
        show->setText(tr("Show", "reveal a masked value"));
        show->setVisible(!masked.isEmpty() && !revealed);
        show->setEnabled(v.mayReveal.ok());
        show->setToolTip(v.mayReveal.ok() ? tr("Show the full %1; who looked, and when, goes into the audit log.")
                                                .arg(personFields().label(f).toLower())
                                          : v.mayReveal.error());
    }
    setField("company", v.person.company);
    setField("channel", channels().label(r.channel));
    setField("requesterKind", requesterKinds().label(r.requesterKind));
    setField("entity", entities().label(r.entity));
    setField("received", DisplayFormat::proseDateTime(r.receivedAt));
    QString due = DisplayFormat::proseDate(r.dueDate) + QStringLiteral(" · ") + DeadlineRule::description();
    if (r.status == RequestStatus::AwaitingRequester && r.pausedOn.isValid()) {
        // The clock stopped when the requester was asked; what was left then carries on.
        const int left = m_session.calendar().workingDaysLeft(std::min(r.pausedOn, QDate::currentDate()), r.dueDate);
        due += QStringLiteral(" · ")
            + tr("paused since %1 while waiting for the requester; %n working day(s) left when it resumes", nullptr, left)
                  .arg(DisplayFormat::proseDate(r.pausedOn));
    } else if (isClockRunning(r.status)) {
        const int left = m_session.calendar().workingDaysLeft(QDate::currentDate(), r.dueDate);
        due += QStringLiteral(" · ")
            + (left < 0 ? tr("overdue by %n working day(s)", nullptr, -left) : tr("%n working day(s) left", nullptr, left));
    }
    setField("due", due);
    setField("assignee", r.assigneeName.isEmpty() ? tr("Unassigned") : r.assigneeName);
    setField("priority", priorities().label(r.priority));
    setField("summary", r.summary);
    QStringList links;
    for (const RequestLinkView &l : v.links) {
        const QString other = tr("%1 (%2, %3)", "reference (type, status)")
                                  .arg(l.reference, requestTypes().label(l.type), requestStatuses().label(l.status));
        links << (l.duplicates ? tr("Duplicate of %1").arg(other) : tr("Repeated by %1").arg(other));
    }
    setField("links", links.join(QLatin1Char('\n')));
    setRowShown("links", !links.isEmpty()); // most requests repeat nothing
    setField("delivered", deliveredText(v));
    setRowShown("delivered", answeredByPackage(r.type));
    setField("erasure", erasureText(v));
    setRowShown("erasure", erases(r.type));
    QStringList withdrawn;
    for (const BilingualText &label : v.withdrawnLabels)
        withdrawn << label.in(QLocale().name());
    setField("withdrawn", withdrawn.isEmpty() ? tr("Nothing yet") : withdrawn.join(QLatin1Char('\n')));
    setRowShown("withdrawn", r.type == RequestType::ConsentWithdrawal || !v.withdrawn.isEmpty());
    m_withdraw->setEnabled(v.mayWithdrawConsent.ok());
    m_withdraw->setToolTip(v.mayWithdrawConsent ? tr("Record the consent withdrawn, per purpose, or the marketing opt-out (退订)")
                                                : v.mayWithdrawConsent.error());
    m_erase->setEnabled(v.mayPlanErasure.ok() || v.erased);
    m_erase->setToolTip(v.mayPlanErasure || v.erased ? tr("The dry run of the deletion at every source, then, once approved, carrying it out")
                                                     : v.mayPlanErasure.error());
    m_package->setEnabled(v.mayExportPackage.ok() || !v.packages.isEmpty());
    m_package->setToolTip(v.mayExportPackage ? tr("Everything held about the person as a ZIP file for delivery (JSON, CSV, PDF), "
                                                  "optionally protected with a password")
                                             : v.mayExportPackage.error());

    m_proposal->setText(TimelineText::proposalText(v));
    m_proposal->setVisible(v.pending.has_value());
    QString reminder;
    if (v.reminder) {
        const ReminderState &rs = *v.reminder;
        if (rs.closingProposedAt.isValid())
            reminder = tr("No reply since the reminder of %1: proposed for closing as unverifiable. Mark it "
                          "unverifiable, or verify the identity if the requester has answered.")
                           .arg(DisplayFormat::proseDate(rs.remindedAt.toLocalTime().date()));
        else if (rs.remindedAt.isValid())
            reminder = tr("Waiting for the requester to verify their identity since %1; a reminder was written on %2.")
                           .arg(DisplayFormat::proseDate(rs.waitingSince.toLocalTime().date()),
                                DisplayFormat::proseDate(rs.remindedAt.toLocalTime().date()));
        else
            reminder = tr("Waiting for the requester to verify their identity since %1.")
                           .arg(DisplayFormat::proseDate(rs.waitingSince.toLocalTime().date()));
    }
    m_reminder->setText(reminder);
    m_reminder->setVisible(!reminder.isEmpty());

    qDeleteAll(m_historyEntries);
    m_historyEntries.clear();
    for (const TimelineEntry &e : v.timeline) {
        const QString when = e.kind == TimelineEntry::Kind::Escalated ? DisplayFormat::tableDate(e.at.date())
                                                                      : DisplayFormat::tableDateTime(e.at);
        const QString title = TimelineText::title(e);
        const QString byline = when + QStringLiteral(" · ") + e.actor;
        const QStringList details = TimelineText::details(e);
        QStringList html{QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()),
                         QStringLiteral("<span style=\"color:#616161\">%1</span>").arg(byline.toHtmlEscaped())};
        for (const QString &d : details)
            html << d.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        auto *entry = new QLabel(m_history);
        entry->setObjectName(QStringLiteral("historyEntry"));
        entry->setTextFormat(Qt::RichText);
        entry->setWordWrap(true);
        entry->setTextInteractionFlags(Qt::TextSelectableByMouse);
        entry->setText(html.join(QStringLiteral("<br>")));
        entry->setProperty("plainText", (QStringList{title, byline} + details).join(QLatin1Char('\n')));
        m_historyLayout->addWidget(entry);
        m_historyEntries << entry;
    }
    m_empty->hide();
    m_body->show();
}

void RequestDetailPanel::reveal(PersonField field)
{
    const qint64 id = m_requestId;
    m_session.write(
        this, [id, field](const Session &s) { return s.requests().reveal(id, field); },
        [this, id, field](const Result<QString> &value) {
            if (id != m_requestId)
                return;
            if (!value) {
                m_reveal.value(field)->setToolTip(value.error());
                return;
            }
            m_revealed.insert(field, value.value());
            if (m_view)
                render();
        });
}

QStringList RequestDetailPanel::historyTexts() const
{
    QStringList out;
    for (const QLabel *entry : m_historyEntries)
        out << entry->property("plainText").toString();
    return out;
}

QString RequestDetailPanel::fieldText(const QString &name) const
{
    for (const auto &[n, label] : m_fields)
        if (name == QLatin1String(n))
            return label->text();
    return {};
}

void RequestDetailPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void RequestDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh(); // the rules' reasons come translated from the session
    }
    QWidget::changeEvent(event);
}

} // namespace pd
