#pragma once

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>

namespace pd {

class Database;

// A thread of its own with its own database connection (a Qt SQL connection belongs to the
// thread that made it) that runs jobs one after another, in the order they were posted. stop()
// drops the jobs not started yet, waits for the one running, and closes the connection.
class JobThread final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobThread)

public:
    JobThread(const Database &db, const QString &name);
    ~JobThread() override;

    // From any thread. Ignored once stopping.
    void post(std::function<void()> job);
    void stop();
    // Jobs posted and not yet finished.
    int pending() const;

protected:
    void run() override;

private:
    const Database &m_db;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
    bool m_running = false;
};

} // namespace pd
