#include "requestqueuepage.h"

#include "filterbar.h"
#include "sortarrowstyle.h"
#include "itemmodels/requestqueuemodel.h"
#include "requestdetailpanel.h"
#include "session/requestdesk.h"
#include "session/session.h"
#include "settings/appsettings.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pd {

RequestQueuePage::RequestQueuePage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new RequestQueueModel(session, this)), m_filterBar(new FilterBar(this)),
      m_tableStack(new QStackedWidget(this)), m_view(new QTableView(this)), m_emptyState(new QLabel(this)),
      m_detail(new RequestDetailPanel(session, this)), m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("queuePage"));
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A million rows: fixed row heights, never sized to contents.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->hide();
    SortArrowStyle::install(m_view->horizontalHeader()); // ▼ while the newest come first
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    const int widths[] = {140, 150, 130, 110, 110, 125, 90, 120, 100};
    for (int c = 0; c < RequestQueueModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);

    m_emptyState->setObjectName(QStringLiteral("queueEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_tableStack->addWidget(m_view);
    m_tableStack->addWidget(m_emptyState);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_tableStack, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_detail->setMinimumWidth(380);
    m_detail->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_splitter);

    connect(m_filterBar, &FilterBar::filterChanged, m_model, &RequestQueueModel::setFilter);
    connect(m_model, &RequestQueueModel::countsChanged, this, [this] {
        updateEmptyState();
        Q_EMIT summaryChanged(summaryText());
    });
    connect(m_model, &RequestQueueModel::errorOccurred, this, &RequestQueuePage::errorOccurred);
    connect(m_model, &RequestQueueModel::loaded, this, &RequestQueuePage::updateEmptyState);
    // Changes made anywhere (this window, another workstation, the CLI) update the rows in view.
    connect(&m_session, &Session::changed, this, [this](const ChangeSet &changes) {
        if (changes.changesData())
            m_model->refresh();
        if (changes.staff || changes.everything)
            reloadStaff();
    });
    connect(&m_session, &Session::actorChanged, m_model, &RequestQueueModel::refresh); // what the role may see
    connect(m_view, &QTableView::doubleClicked, this, &RequestQueuePage::openCurrent);
    connect(m_detail, &RequestDetailPanel::closeRequested, this, &RequestQueuePage::closeDetails);
    connect(m_detail, &RequestDetailPanel::requestChanged, m_model, &RequestQueueModel::refresh);
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &RequestQueuePage::openCurrent);
    auto *enter2 = new QShortcut(QKeySequence(Qt::Key_Enter), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter2, &QShortcut::activated, this, &RequestQueuePage::openCurrent);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &RequestQueuePage::closeDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        // A refresh may move the current row with its request: only another request opens anew.
        const qint64 id = current.isValid() ? m_model->requestId(current.row()) : 0;
        if (m_detail->isVisible() && id > 0 && id != m_detail->requestId())
            m_detail->showRequest(id);
    });
    setTabOrder(m_filterBar, m_view);
    reloadStaff();
    retranslate();
    updateEmptyState();
}

RequestQueuePage::~RequestQueuePage() = default;

QString RequestQueuePage::summaryText() const
{
    const QueueCounts &c = m_model->counts();
    return tr("%Ln request(s)", nullptr, int(std::min<qint64>(c.total, INT_MAX))) + QStringLiteral(" · ")
        + tr("%Ln overdue", nullptr, int(c.overdue)) + QStringLiteral(" · ")
        + tr("%Ln due within 3 working days", nullptr, int(c.dueSoon));
}

void RequestQueuePage::updateEmptyState()
{
    // While the first answer is on its way the (empty) table stays: no "no requests" flicker.
    const bool empty = m_model->rowCount() == 0 && m_model->isCountKnown();
    m_tableStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_view);
    if (!m_model->lastError().isEmpty())
        m_emptyState->setText(tr("The queue cannot be read: %1\nPress F5 to try again.").arg(m_model->lastError()));
    else if (m_model->filter() == QueueFilter())
        m_emptyState->setText(tr("No requests yet — press Ctrl+N to register one, or load demo data from the File menu."));
    else
        m_emptyState->setText(tr("No request matches these filters. Change them, or press \"Clear filters\"."));
}

void RequestQueuePage::refresh()
{
    m_model->refresh();
    if (m_detail->isVisible())
        m_detail->refresh();
    reloadStaff();
}

void RequestQueuePage::focusSearch()
{
    m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchField()->selectAll();
}

void RequestQueuePage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    // Enter on the request already open is no new look (nor a new audit entry).
    const qint64 id = m_model->requestId(current.row());
    if (!m_detail->isVisible() || id != m_detail->requestId())
        m_detail->showRequest(id);
    m_detail->show();
}

void RequestQueuePage::closeDetails()
{
    if (!m_detail->isVisible())
        return;
    m_detail->hide();
    m_detail->showRequest(0); // what was revealed leaves the screen; opening it again is a new look
    m_view->setFocus();
}

void RequestQueuePage::showRequest(qint64 requestId)
{
    m_detail->showRequest(requestId);
    m_detail->show();
}

void RequestQueuePage::reloadStaff()
{
    m_session.read(
        this, [](const Session &s) { return s.requests().activeStaff(); },
        [this](const Result<QList<StaffUser>> &staff) {
            if (staff)
                m_filterBar->setStaff(staff.value());
            else
                Q_EMIT errorOccurred(staff.error());
        });
}

void RequestQueuePage::restoreState(const AppSettings &settings)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (!header->restoreState(settings.get(AppSettings::QueueHeaderState)))
        header->setSortIndicator(RequestQueueModel::ReceivedColumn, Qt::DescendingOrder);
    m_splitter->restoreState(settings.get(AppSettings::SplitterState));
    QueueFilter f;
    for (const QString &k : settings.get(AppSettings::QueueStatuses))
        if (const auto s = requestStatuses().fromKey(k))
            f.statuses << *s;
    for (const QString &k : settings.get(AppSettings::QueueTypes))
        if (const auto t = requestTypes().fromKey(k))
            f.types << *t;
    f.assigneeId = settings.get(AppSettings::QueueAssignee);
    f.dueWindow = QueueFilter::dueWindowFromKey(settings.get(AppSettings::QueueDueWindow));
    f.text = settings.get(AppSettings::QueueText);
    m_filterBar->setFilter(f);
    // The header's sort indicator drives the model's ORDER BY.
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_model->setFilter(m_filterBar->filter());
}

void RequestQueuePage::saveState(AppSettings &settings) const
{
    settings.set(AppSettings::QueueHeaderState, m_view->horizontalHeader()->saveState());
    settings.set(AppSettings::SplitterState, m_splitter->saveState());
    const QueueFilter f = m_model->filter();
    QStringList statuses, types;
    for (auto s : f.statuses)
        statuses << requestStatuses().key(s);
    for (auto t : f.types)
        types << requestTypes().key(t);
    settings.set(AppSettings::QueueStatuses, statuses);
    settings.set(AppSettings::QueueTypes, types);
    settings.set(AppSettings::QueueAssignee, f.assigneeId);
    settings.set(AppSettings::QueueDueWindow, QueueFilter::dueWindowKey(f.dueWindow));
    settings.set(AppSettings::QueueText, f.text);
}

void RequestQueuePage::retranslate()
{
    m_model->retranslate();
    updateEmptyState();
    Q_EMIT summaryChanged(summaryText());
}

void RequestQueuePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pd
