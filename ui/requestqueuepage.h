#pragma once

#include "domain/records.h"
#include "domain/queuequery.h"
#include "workflow/savedview.h"

#include <QWidget>

class QLabel;
class QMenu;
class QSplitter;
class QToolButton;
class QStackedWidget;
class QTableView;

namespace pd {

class AppSettings;
class BulkActions;
class FilterBar;
class RequestDetailPanel;
class RequestQueueModel;
class SavedViewsButton;
class Session;

// The home page: filter bar, the lazy request table and the detail panel in a splitter. What the
// signed-in member of staff may see, read on the session's worker; changes made anywhere update
// the rows in place, keeping the selection and the scroll position.
class RequestQueuePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestQueuePage)

public:
    explicit RequestQueuePage(Session &session, QWidget *parent = nullptr);
    ~RequestQueuePage() override;

    RequestQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    RequestDetailPanel *detailPanel() const { return m_detail; }
    // "N requests · M overdue · K due within 3 working days"
    QString summaryText() const;
    BulkActions *bulkActions() const { return m_bulk; }
    // The loaded requests among the selected rows.
    QList<Request> selectedRequests() const;
    // The columns shown, in the order shown.
    QList<QueueColumn> shownColumns() const;
    void setColumnShown(QueueColumn column, bool shown);
    // What the queue shows now (filter, sort, columns), and showing a saved view.
    SavedView currentView() const;
    void applyView(const SavedView &view);
    SavedViewsButton *viewsButton() const { return m_viewsButton; }
    // Exports the queue as filtered and sorted, with the columns shown (.csv or .xlsx by the name),
    // off the GUI thread; exportFinished() follows.
    void exportTo(const QString &path);

    void restoreState(const AppSettings &settings);
    void saveState(AppSettings &settings) const;

public Q_SLOTS:
    void refresh();
    void focusSearch();
    void openCurrent();
    void closeDetails();
    // After registering: show the first new request.
    void showRequest(qint64 requestId);
    void reloadStaff();
    void exportQueue();
    void importRequests();

Q_SIGNALS:
    void exportFinished(qint64 rows, const QString &path, const QString &error);
    void bulkFinished(const QString &what, int done, int refused);
    void summaryChanged(const QString &text);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEmptyState();
    void retranslate();
    void fillColumnsMenu();
    void showContextMenu(const QPoint &pos);

    Session &m_session;
    RequestQueueModel *m_model;
    FilterBar *m_filterBar;
    QStackedWidget *m_tableStack;
    QTableView *m_view;
    QLabel *m_emptyState;
    RequestDetailPanel *m_detail;
    QSplitter *m_splitter;
    BulkActions *m_bulk;
    SavedViewsButton *m_viewsButton;
    QToolButton *m_bulkButton;
    QToolButton *m_columnsButton;
    QToolButton *m_importButton;
    QToolButton *m_exportButton;
    bool m_exporting = false;
};

} // namespace pd
