#pragma once

#include <QObject>

#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace pd {

class Session;

// Loads demo data on a thread of its own (the session's long jobs) behind a progress dialog that
// can cancel; the window stays responsive. The session's DemoDesk decides whether the signed-in
// member of staff may (administrators only, into a database without real requests).
class DemoDataLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoDataLoader)

public:
    DemoDataLoader(Session &session, QWidget *dialogParent);
    ~DemoDataLoader() override;

    void start(qint64 requests, quint32 seed = 1);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // written: how many requests were added (fewer than asked when cancelled); error empty on success.
    void finished(qint64 written, const QString &error);

private:
    void onProgress(qint64 done, qint64 total);

    Session &m_session;
    QWidget *m_dialogParent;
    QProgressDialog *m_progress = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    bool m_running = false;
};

} // namespace pd
