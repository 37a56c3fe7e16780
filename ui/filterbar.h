#pragma once

#include "domain/records.h"
#include "workflow/queuefilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTimer;

namespace pd {

class MultiSelectButton;

// The row above the queue: status, type, assignee, due window and a search box. Text search waits
// for typing to pause (250 ms) before it asks the database.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    static constexpr int kTypingPauseMs = 250;

    explicit FilterBar(QWidget *parent = nullptr);

    QueueFilter filter() const;
    void setFilter(const QueueFilter &filter);
    void setStaff(const QList<StaffUser> &staff);
    QLineEdit *searchField() const { return m_search; }

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void filterChanged(const pd::QueueFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillAssignees();
    void emitChanged();

    MultiSelectButton *m_statuses;
    MultiSelectButton *m_types;
    QComboBox *m_assignee;
    QComboBox *m_due;
    QLineEdit *m_search;
    QPushButton *m_clear;
    QTimer *m_typingPause;
    QList<StaffUser> m_staff;
    // The assignee asked for before the staff list that holds them arrived.
    qint64 m_wantedAssignee = -1;
};

} // namespace pd
