#include "requestqueuepage.h"

#include "bulkactions.h"
#include "bulkresultdialog.h"
#include "exportfiledialog.h"
#include "filterbar.h"
#include "importdialog.h"
#include "sortarrowstyle.h"
#include "itemmodels/requestqueuemodel.h"
#include "requestdetailpanel.h"
#include "savedviewsbutton.h"
#include "session/requestdesk.h"
#include "session/session.h"
#include "session/exportdesk.h"
#include "settings/appsettings.h"
#include "workflow/queuecolumns.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QPointer>
#include <QProgressDialog>
#include <QToolButton>
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
      m_detail(new RequestDetailPanel(session, this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_bulk(new BulkActions(session, this)), m_viewsButton(new SavedViewsButton(session, [this] { return currentView(); }, this)),
      m_bulkButton(new QToolButton(this)), m_columnsButton(new QToolButton(this)),
      m_importButton(new QToolButton(this)), m_exportButton(new QToolButton(this))
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
    const int widths[] = {140, 150, 130, 110, 110, 125, 90, 120, 100, 80};
    static_assert(std::size(widths) == RequestQueueModel::ColumnCount);
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
    // The triage tools: bulk actions on the selection, the columns, import and export.
    auto *tools = new QHBoxLayout;
    m_bulkButton->setObjectName(QStringLiteral("bulkButton"));
    m_bulkButton->setPopupMode(QToolButton::InstantPopup);
    m_bulkButton->setMenu(new QMenu(m_bulkButton));
    m_bulkButton->menu()->setToolTipsVisible(true);
    connect(m_bulkButton->menu(), &QMenu::aboutToShow, this, [this] { m_bulk->fillMenu(m_bulkButton->menu(), selectedRequests()); });
    m_columnsButton->setObjectName(QStringLiteral("columnsButton"));
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsButton->setMenu(new QMenu(m_columnsButton));
    connect(m_columnsButton->menu(), &QMenu::aboutToShow, this, &RequestQueuePage::fillColumnsMenu);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(m_importButton, &QToolButton::clicked, this, &RequestQueuePage::importRequests);
    connect(m_exportButton, &QToolButton::clicked, this, &RequestQueuePage::exportQueue);
    connect(m_viewsButton, &SavedViewsButton::applyRequested, this, &RequestQueuePage::applyView);
    connect(m_viewsButton, &SavedViewsButton::errorOccurred, this, &RequestQueuePage::errorOccurred);
    for (QToolButton *b : {static_cast<QToolButton *>(m_viewsButton), m_bulkButton, m_columnsButton})
        tools->addWidget(b);
    tools->addStretch(1);
    for (QToolButton *b : {m_importButton, m_exportButton})
        tools->addWidget(b);
    leftLayout->addLayout(tools);
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
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &RequestQueuePage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int n = int(m_view->selectionModel()->selectedRows().size());
        m_bulkButton->setText(n > 0 ? tr("Bulk actions (%L1)").arg(n) : tr("Bulk actions"));
    });
    connect(m_bulk, &BulkActions::finished, this, [this](const QString &what, const QList<BulkOutcome> &outcomes) {
        m_model->refresh();
        auto *dialog = new BulkResultDialog(what, outcomes, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        Q_EMIT bulkFinished(what, dialog->doneCount(), dialog->refusedCount());
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
        + tr("%Ln due within 3 working days", nullptr, int(c.dueSoon))
        + (c.hidden > 0 ? QStringLiteral(" · ")
                              + tr("%Ln proposed for closing as unverifiable not shown (pick the status \"%1\" to see them)",
                                   nullptr, int(c.hidden))
                                    .arg(requestStatuses().label(RequestStatus::Verifying))
                        : QString());
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
    m_session.read(
        this, [](const Session &s) { return s.requests().assignableStaff(); },
        [this](const Result<QList<StaffUser>> &staff) {
            if (staff)
                m_bulk->setAssignableStaff(staff.value());
        });
}

QList<Request> RequestQueuePage::selectedRequests() const
{
    QList<Request> out;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (const auto r = m_model->requestAt(index.row()))
            out << *r;
    return out;
}

void RequestQueuePage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectRow(index.row());
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    m_bulk->fillMenu(&menu, selectedRequests());
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QList<QueueColumn> RequestQueuePage::shownColumns() const
{
    QList<QueueColumn> out;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            out << QueueColumn(logical);
    }
    return out;
}

void RequestQueuePage::setColumnShown(QueueColumn column, bool shown)
{
    // At least one column stays.
    if (!shown && shownColumns().size() <= 1)
        return;
    m_view->horizontalHeader()->setSectionHidden(int(column), !shown);
}

SavedView RequestQueuePage::currentView() const
{
    SavedView v;
    v.filter = m_model->filter();
    // A view of "my requests" follows whoever opens it.
    if (v.filter.assigneeId > 0 && v.filter.assigneeId == m_session.actor().staffId)
        v.filter.assigneeId = SavedView::kViewer;
    const QHeaderView *header = m_view->horizontalHeader();
    v.sortColumn = QueueColumn(std::clamp(header->sortIndicatorSection(), 0, int(QueueColumn::Count) - 1));
    v.sortOrder = header->sortIndicatorOrder();
    v.columns = shownColumns();
    if (v.columns == QueueColumns::all())
        v.columns.clear();
    return v;
}

void RequestQueuePage::applyView(const SavedView &view)
{
    const QueueFilter filter = view.filterFor(m_session.actor().staffId);
    QHeaderView *header = m_view->horizontalHeader();
    const QList<QueueColumn> columns = view.columns.isEmpty() ? QueueColumns::all() : view.columns;
    // The view's columns in its order, then the others hidden after them.
    for (int i = 0; i < columns.size(); ++i) {
        header->setSectionHidden(int(columns[i]), false);
        header->moveSection(header->visualIndex(int(columns[i])), i);
    }
    for (QueueColumn c : QueueColumns::all())
        if (!columns.contains(c))
            header->setSectionHidden(int(c), true);
    m_filterBar->setFilter(filter);
    header->setSortIndicator(int(view.sortColumn), view.sortOrder); // sorts the model (sortingEnabled)
    m_model->setFilter(filter);
}

void RequestQueuePage::fillColumnsMenu()
{
    QMenu *menu = m_columnsButton->menu();
    menu->clear();
    const QList<QueueColumn> shown = shownColumns();
    for (QueueColumn c : QueueColumns::all()) {
        QAction *a = menu->addAction(QueueColumns::title(c));
        a->setCheckable(true);
        a->setChecked(shown.contains(c));
        a->setEnabled(!(shown.size() == 1 && shown.contains(c)));
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
    }
}

void RequestQueuePage::exportQueue()
{
    const QString path = ExportFileDialog::askPath(this, tr("Export the queue"), tr("requests"));
    if (!path.isEmpty())
        exportTo(path);
}

void RequestQueuePage::exportTo(const QString &path)
{
    if (m_exporting)
        return;
    m_exporting = true;
    m_exportButton->setEnabled(false);
    const QueueQuery query = m_model->currentQuery();
    const QList<QueueColumn> columns = shownColumns();
    const QDate today = QDate::currentDate();
    auto *progress = new QProgressDialog(tr("Exporting the queue…"), tr("Cancel"), 0, 1000, this);
    progress->setWindowTitle(tr("Export"));
    progress->setMinimumDuration(500);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QPointer<QProgressDialog> dialog(progress);
    m_session.runLong(
        this,
        [query, columns, path, today, cancel](const Session &s, const LongJobControl &control) {
            return s.exports().queue(query, columns, path, today, [&](qint64 done, qint64 total) {
                control.report(done, total);
                return !cancel->load() && !control.cancelled();
            });
        },
        [dialog](qint64 done, qint64 total) {
            if (!dialog)
                return;
            dialog->setValue(int(done * 1000 / std::max<qint64>(1, total)));
            dialog->setLabelText(RequestQueuePage::tr("Exporting the queue: %L1 of %L2 requests…").arg(done).arg(total));
        },
        [this, dialog, path](const Result<qint64> &rows) {
            m_exporting = false;
            m_exportButton->setEnabled(true);
            if (dialog) {
                dialog->reset(); // stops its show-after-a-moment timer too
                dialog->deleteLater();
            }
            Q_EMIT exportFinished(rows ? rows.value() : 0, path, rows ? QString() : rows.error());
            if (!rows)
                Q_EMIT errorOccurred(rows.error());
        });
}

void RequestQueuePage::importRequests()
{
    auto *dialog = new ImportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const QList<Request> &created) {
        m_model->refresh();
        Q_EMIT summaryChanged(tr("Imported %Ln request(s).", nullptr, int(created.size())));
    });
    dialog->show();
    dialog->chooseFileLater();
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
    const int n = int(m_view->selectionModel()->selectedRows().size());
    m_bulkButton->setText(n > 0 ? tr("Bulk actions (%L1)").arg(n) : tr("Bulk actions"));
    m_bulkButton->setToolTip(tr("Assign, set the priority or take a step for every selected request (also from the right-click menu)."));
    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setToolTip(tr("Choose the columns the queue shows (and exports)."));
    m_importButton->setText(tr("Import…"));
    m_importButton->setToolTip(tr("Register requests from a CSV file (UTF-8 or GBK)."));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Export the requests as filtered and sorted, with the columns shown, to CSV or Excel."));
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
