#include "requestdetailpanel.h"

#include "common/displayformat.h"
#include "domain/enums.h"
#include "lettersbox.h"
#include "requestactionsbar.h"
#include "storage/personrepository.h"
#include "storage/requestrepository.h"
#include "storage/workflowrepository.h"
#include "workflow/workingdaycalendar.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd {

namespace {
// Field object names, in display order; their labels come from labelFor().
constexpr const char *kFields[] = {"reference", "type", "status", "person", "phone", "email", "account", "idNumber",
                                   "company", "channel", "requesterKind", "entity", "received", "due", "assignee",
                                   "priority", "summary"};
} // namespace

RequestDetailPanel::RequestDetailPanel(const Database &db, const WorkingDayCalendar &calendar, QWidget *parent)
    : QWidget(parent), m_db(db), m_calendar(calendar), m_title(new QLabel(this)), m_empty(new QLabel(this)),
      m_close(new QToolButton(this)), m_actions(new RequestActionsBar(db, calendar, this)), m_body(new QWidget(this)), m_form(new QFormLayout),
      m_historyTitle(new QLabel(this)), m_history(new QTreeWidget(this)), m_letters(new LettersBox(db, this))
{
    setObjectName(QStringLiteral("requestDetailPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_title, 1);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    connect(m_close, &QToolButton::clicked, this, &RequestDetailPanel::closeRequested);
    header->addWidget(m_close);
    layout->addLayout(header);
    layout->addWidget(m_actions);
    connect(m_actions, &RequestActionsBar::changed, this, [this](qint64 id) {
        showRequest(id);
        Q_EMIT requestChanged(id);
    });

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const char *name : kFields)
        m_fields << qMakePair(name, addField(name));
    bodyLayout->addLayout(m_form);
    bodyLayout->addWidget(m_historyTitle);
    m_history->setColumnCount(4);
    m_history->setRootIsDecorated(false);
    m_history->setMinimumHeight(120);
    // The panel is narrow: the last column takes the rest and long statuses and notes wrap
    // instead of being cut off.
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_history->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_history->setWordWrap(true);
    m_history->setTextElideMode(Qt::ElideNone);
    bodyLayout->addWidget(m_history, 1);
    m_letters->setParent(m_body);
    bodyLayout->addWidget(m_letters);
    scroll->setWidget(m_body);
    layout->addWidget(scroll, 4);
    retranslate();
    showRequest(0);
}

QLabel *RequestDetailPanel::addField(const char *name)
{
    auto *value = new QLabel(m_body);
    value->setObjectName(QLatin1String(name));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *label = new QLabel(m_body);
    label->setBuddy(value);
    m_form->addRow(label, value);
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
        {QStringLiteral("company"), tr("Company")},
        {QStringLiteral("channel"), tr("Channel")},
        {QStringLiteral("requesterKind"), tr("Requester")},
        {QStringLiteral("entity"), tr("Processor")},
        {QStringLiteral("received"), tr("Received")},
        {QStringLiteral("due"), tr("Due")},
        {QStringLiteral("assignee"), tr("Assignee")},
        {QStringLiteral("priority"), tr("Priority")},
        {QStringLiteral("summary"), tr("Summary")},
    };
    for (const auto &[name, value] : std::as_const(m_fields))
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(value)))
            label->setText(labels.value(QLatin1String(name)) + QLatin1Char(':'));
    m_empty->setText(tr("Select a request and press Enter (or double-click it) to see its details here."));
    m_close->setToolTip(tr("Close the panel (Esc)"));
    m_historyTitle->setText(tr("History"));
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Status")});
    if (m_requestId > 0)
        showRequest(m_requestId);
    else
        m_title->setText(tr("Request details"));
}

void RequestDetailPanel::showRequest(qint64 requestId)
{
    m_requestId = requestId;
    m_history->clear();
    if (requestId <= 0) {
        m_title->setText(tr("Request details"));
        m_empty->show();
        m_body->hide();
        m_actions->showRequest(Request{});
        m_actions->hide();
        return;
    }
    const RequestRepository requests(m_db);
    const auto request = requests.get(requestId);
    if (!request) {
        m_title->setText(tr("Request details"));
        m_empty->setText(request.error());
        m_empty->show();
        m_body->hide();
        m_actions->hide();
        return;
    }
    const Request &r = request.value();
    m_actions->showRequest(r);
    m_actions->show();
    m_letters->showRequest(r);
    const auto person = PersonRepository(m_db).get(r.personId);
    const Person p = person ? person.value() : Person{};
    const auto set = [this](const char *name, const QString &text) {
        for (const auto &[n, label] : std::as_const(m_fields))
            if (qstrcmp(n, name) == 0)
                label->setText(text.isEmpty() ? QStringLiteral("—") : text);
    };
    m_title->setText(r.reference);
    set("reference", r.reference);
    set("type", requestTypes().label(r.type));
    set("status", requestStatuses().label(r.status));
    set("person", r.personName);
    set("phone", p.phone);
    set("email", p.email);
    set("account", p.account);
    set("idNumber", p.idNumber);
    set("company", p.company);
    set("channel", channels().label(r.channel));
    set("requesterKind", requesterKinds().label(r.requesterKind));
    set("entity", entities().label(r.entity));
    set("received", DisplayFormat::proseDateTime(r.receivedAt));
    QString due = DisplayFormat::proseDate(r.dueDate) + QStringLiteral(" · ") + DeadlineRule::description();
    if (isOpen(r.status)) {
        const int left = m_calendar.workingDaysLeft(QDate::currentDate(), r.dueDate);
        due += QStringLiteral(" · ")
            + (left < 0 ? tr("overdue by %n working day(s)", nullptr, -left) : tr("%n working day(s) left", nullptr, left));
    }
    set("due", due);
    set("assignee", r.assigneeName.isEmpty() ? tr("Unassigned") : r.assigneeName);
    set("priority", priorities().label(r.priority));
    set("summary", r.summary);

    const auto history = requests.history(requestId);
    if (history) {
        for (const HistoryEntry &e : history.value()) {
            const QString from = e.fromStatus.isEmpty() ? QString() : requestStatuses().labelForKey(e.fromStatus) + QStringLiteral(" → ");
            auto *item = new QTreeWidgetItem(m_history, {DisplayFormat::tableDateTime(e.at), e.actor,
                                                         historyActions().labelForKey(e.action),
                                                         from + requestStatuses().labelForKey(e.toStatus)});
            item->setToolTip(2, e.note);
            item->setToolTip(3, e.note.isEmpty() ? item->text(3) : item->text(3) + QLatin1Char('\n') + e.note);
        }
    }
    // Notes, correspondence and escalations join the history in time order.
    const WorkflowRepository workflow(m_db);
    if (const auto notes = workflow.notes(requestId)) {
        for (const Note &n : notes.value())
            new QTreeWidgetItem(m_history, {DisplayFormat::tableDateTime(n.at), n.author, tr("Note"), n.body});
    }
    if (const auto letters = workflow.correspondence(requestId)) {
        for (const Correspondence &c : letters.value())
            new QTreeWidgetItem(m_history, {DisplayFormat::tableDateTime(c.at), c.recordedBy,
                                            c.direction == QLatin1String("in") ? tr("Received from the requester")
                                                                               : tr("Sent to the requester"),
                                            c.summary});
    }
    if (const auto escalations = workflow.escalations(requestId)) {
        for (const Escalation &e : escalations.value())
            new QTreeWidgetItem(m_history, {DisplayFormat::tableDate(e.escalatedOn), e.recordedBy,
                                            tr("Escalated to %1").arg(authorities().label(e.authority)),
                                            QStringList{e.theirReference, e.outcome}.join(QStringLiteral(" · "))});
    }
    m_history->sortItems(0, Qt::AscendingOrder);
    m_empty->hide();
    m_body->show();
}

void RequestDetailPanel::setActor(const Actor &actor)
{
    m_actions->setActor(actor);
    m_letters->setActor(actor);
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
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pd
