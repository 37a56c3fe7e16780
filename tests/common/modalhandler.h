#pragma once

#include <QApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace pd::test {

// Answers the modal dialogs a call opens (they run their own event loop): every few milliseconds
// it looks at the active modal widget and, when it is a new one, hands it to `answer`, which
// fills it in and closes it. Counts the dialogs it saw.
class ModalHandler final : public QObject
{
public:
    explicit ModalHandler(std::function<void(QWidget *dialog, int index)> answer) : m_answer(std::move(answer))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            // A dialog made where the last one was (a loop's stack) is new once the last is gone.
            if (!modal || (m_last && m_last.data() == modal))
                return;
            m_last = modal;
            m_answer(modal, m_seen++);
        });
        m_timer.start(20);
    }
    int seen() const { return m_seen; }

private:
    std::function<void(QWidget *, int)> m_answer;
    QTimer m_timer;
    QPointer<QWidget> m_last;
    int m_seen = 0;
};

} // namespace pd::test
