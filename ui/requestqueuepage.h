#pragma once

#include "domain/records.h"
#include "domain/queuequery.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace pd {

class AppSettings;
class FilterBar;
class RequestDetailPanel;
class RequestQueueModel;
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

Q_SIGNALS:
    void summaryChanged(const QString &text);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEmptyState();
    void retranslate();

    Session &m_session;
    RequestQueueModel *m_model;
    FilterBar *m_filterBar;
    QStackedWidget *m_tableStack;
    QTableView *m_view;
    QLabel *m_emptyState;
    RequestDetailPanel *m_detail;
    QSplitter *m_splitter;
};

} // namespace pd
