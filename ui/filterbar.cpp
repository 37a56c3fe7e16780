#include "filterbar.h"

#include "multiselectbutton.h"
#include "session/queuereader.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace pd {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_statuses(new MultiSelectButton(this)), m_types(new MultiSelectButton(this)),
      m_assignee(new QComboBox(this)), m_due(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_clear(new QPushButton(this)), m_typingPause(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statuses);
    layout->addWidget(m_types);
    layout->addWidget(m_assignee);
    layout->addWidget(m_due);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_clear);
    m_statuses->setObjectName(QStringLiteral("statusFilter"));
    m_types->setObjectName(QStringLiteral("typeFilter"));
    m_assignee->setObjectName(QStringLiteral("assigneeFilter"));
    m_due->setObjectName(QStringLiteral("dueFilter"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(QueueReader::kMaximumSearchLength);
    m_search->setMinimumWidth(220);
    m_assignee->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_due->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &FilterBar::emitChanged);
    connect(m_search, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typingPause->stop();
        emitChanged();
    });
    connect(m_statuses, &MultiSelectButton::selectionChanged, this, &FilterBar::emitChanged);
    connect(m_types, &MultiSelectButton::selectionChanged, this, &FilterBar::emitChanged);
    connect(m_assignee, &QComboBox::activated, this, [this] {
        m_wantedAssignee = m_assignee->currentData().toLongLong();
        emitChanged();
    });
    connect(m_due, &QComboBox::activated, this, &FilterBar::emitChanged);
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clear);
    retranslate();
}

void FilterBar::retranslate()
{
    QList<QPair<QString, QVariant>> statuses;
    for (auto s : requestStatuses().all())
        statuses << qMakePair(requestStatuses().label(s), QVariant(int(s)));
    m_statuses->setChoices(statuses);
    m_statuses->setCaption(tr("Status"), tr("any"));
    QList<QPair<QString, QVariant>> types;
    for (auto t : requestTypes().all())
        types << qMakePair(requestTypes().label(t), QVariant(int(t)));
    m_types->setChoices(types);
    m_types->setCaption(tr("Type"), tr("any"));

    const int due = m_due->currentIndex();
    m_due->clear();
    using W = QueueFilter::DueWindow;
    for (auto w : {W::Any, W::Overdue, W::DueSoon, W::ThisWeek})
        m_due->addItem(QueueFilter::dueWindowLabel(w), int(w));
    m_due->setCurrentIndex(std::max(0, due));
    m_due->setToolTip(tr("Due window (open requests only)"));
    fillAssignees();
    // Short enough to be read whole in the field's width; the tooltip says the rest.
    m_search->setPlaceholderText(tr("Reference, name, phone, e-mail…"));
    m_search->setToolTip(tr("Search by reference (or its number alone, e.g. 4567), name, phone, e-mail or account (Ctrl+F)"));
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 24);
    m_clear->setText(tr("Clear filters"));
}

void FilterBar::fillAssignees()
{
    const qint64 current = m_wantedAssignee;
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone"), qint64(-1));
    m_assignee->addItem(tr("Unassigned"), qint64(0));
    for (const StaffUser &u : std::as_const(m_staff))
        m_assignee->addItem(u.displayName, u.id);
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(current)));
    m_assignee->setToolTip(tr("Assignee"));
}

void FilterBar::setStaff(const QList<StaffUser> &staff)
{
    m_staff = staff;
    fillAssignees();
}

QueueFilter FilterBar::filter() const
{
    QueueFilter f;
    for (const QVariant &v : m_statuses->checkedValues())
        f.statuses << RequestStatus(v.toInt());
    for (const QVariant &v : m_types->checkedValues())
        f.types << RequestType(v.toInt());
    f.assigneeId = m_wantedAssignee; // shown once the staff list holds them
    f.dueWindow = QueueFilter::DueWindow(m_due->currentData().toInt());
    f.text = m_search->text().trimmed();
    return f;
}

void FilterBar::setFilter(const QueueFilter &f)
{
    QVariantList statuses, types;
    for (auto s : f.statuses)
        statuses << int(s);
    for (auto t : f.types)
        types << int(t);
    m_statuses->setCheckedValues(statuses);
    m_types->setCheckedValues(types);
    m_wantedAssignee = f.assigneeId;
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(f.assigneeId)));
    m_due->setCurrentIndex(std::max(0, m_due->findData(int(f.dueWindow))));
    m_search->setText(f.text);
}

void FilterBar::clear()
{
    m_typingPause->stop();
    setFilter(QueueFilter());
    emitChanged();
}

void FilterBar::emitChanged()
{
    Q_EMIT filterChanged(filter());
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pd
