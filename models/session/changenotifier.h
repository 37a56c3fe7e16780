#pragma once

#include "changeset.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace pd {

class ChangeFeed;
class Database;

// Watches the database for changes made by anyone — this workstation, another one, the CLI — on a
// thread of its own with its own connection, and for the connection itself:
// - PostgreSQL: LISTEN privacydesk_changes (a trigger notifies on every append to the audit log),
//   and a cheap health check every few seconds, since a dead server says nothing;
// - SQLite: PRAGMA data_version, polled (it changes when another connection commits).
// Either way the audit entries after the newest one seen say what changed. When the connection
// is lost, it retries with backoff (1, 2, 4 ... 30 s) and says when it is back.
class ChangeNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    static constexpr int kHealthCheckMs = 2000;
    static constexpr int kMaxBackoffSeconds = 30;
    static constexpr int kScanLimit = 5000; // more entries than this at once: "everything changed"

    // pollMs: how often SQLite's data_version is read (and the PostgreSQL notifications drained).
    ChangeNotifier(const Database &db, int pollMs);
    ~ChangeNotifier() override;

    // From any thread: look now (after a local write), or check the connection (after a failure).
    void poke();
    void suspectConnection();
    bool isOnline() const { return m_online; }

Q_SIGNALS:
    // Emitted in the notifier's thread; connect with a queued connection.
    void changed(const pd::ChangeSet &changes);
    void connectionLost(const QString &message, int retryInSeconds);
    void connectionRestored();

private:
    void begin();
    void finish();
    void tick();
    bool ensureConnected();
    void scan();
    void lost(const QString &message);

    const Database &m_db;
    const int m_pollMs;
    QThread *m_thread;
    QTimer *m_timer = nullptr;
    std::unique_ptr<ChangeFeed> m_feed;
    qint64 m_lastId = -1;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
    std::atomic<bool> m_online{true};
    std::atomic<bool> m_poked{false};
    std::atomic<bool> m_suspect{false};
    qint64 m_nextHealthCheck = 0; // msecs since epoch
    qint64 m_nextRetry = 0;
    int m_backoff = 0;            // seconds of the last wait; 0 while online
};

} // namespace pd
