#include "jobthread.h"

#include "../storage/database.h"

namespace pd {

JobThread::JobThread(const Database &db, const QString &name) : m_db(db)
{
    setObjectName(name);
    start();
}

JobThread::~JobThread()
{
    stop();
}

void JobThread::post(std::function<void()> job)
{
    const QMutexLocker lock(&m_mutex);
    if (m_stopping)
        return;
    m_jobs.push_back(std::move(job));
    m_wake.wakeOne();
}

void JobThread::stop()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_jobs.clear();
        m_wake.wakeAll();
    }
    wait();
}

int JobThread::pending() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_jobs.size()) + (m_running ? 1 : 0);
}

void JobThread::run()
{
    for (;;) {
        std::function<void()> job;
        {
            QMutexLocker lock(&m_mutex);
            m_running = false;
            while (m_jobs.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
            m_running = true;
        }
        job();
    }
    m_db.closeThreadConnection();
}

} // namespace pd
