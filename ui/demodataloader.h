#pragma once

#include <QObject>

#include <atomic>

class QProgressDialog;
class QThread;

namespace pd {

class Database;

// Loads demo data on a worker thread (with its own database connection) behind a progress
// dialog that can cancel; the window stays responsive.
class DemoDataLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoDataLoader)

public:
    DemoDataLoader(const Database &db, QWidget *dialogParent);
    ~DemoDataLoader() override;

    void start(qint64 requests, quint32 seed = 1);
    bool isRunning() const;

Q_SIGNALS:
    // written: how many requests were added (fewer than asked when cancelled); error empty on success.
    void finished(qint64 written, const QString &error);

private:
    void onProgress(qint64 done, qint64 total);

    const Database &m_db;
    QWidget *m_dialogParent;
    QProgressDialog *m_progress = nullptr;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace pd
