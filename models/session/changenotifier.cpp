#include "changenotifier.h"

#include "../domain/auditactions.h"
#include "../storage/changefeed.h"
#include "../storage/database.h"

#include <QDateTime>
#include <QThread>
#include <QTimer>

namespace pd {

namespace {

bool changesNothing(const QString &action)
{
    return auditLookActions().contains(action);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

void ChangeSet::merge(const ChangeSet &other)
{
    requests.unite(other.requests);
    staff = staff || other.staff;
    policy = policy || other.policy;
    views = views || other.views;
    settings = settings || other.settings;
    audit = audit || other.audit;
    everything = everything || other.everything;
    lastAuditId = std::max(lastAuditId, other.lastAuditId);
}

ChangeNotifier::ChangeNotifier(const Database &db, int pollMs)
    : m_db(db), m_pollMs(std::max(20, pollMs)), m_thread(new QThread)
{
    qRegisterMetaType<pd::ChangeSet>();
    m_thread->setObjectName(QStringLiteral("pd-changes"));
    moveToThread(m_thread);
    connect(m_thread, &QThread::started, this, &ChangeNotifier::begin);
    m_thread->start();
}

ChangeNotifier::~ChangeNotifier()
{
    QMetaObject::invokeMethod(this, &ChangeNotifier::finish, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void ChangeNotifier::poke()
{
    m_poked = true;
}

void ChangeNotifier::suspectConnection()
{
    m_suspect = true;
}

void ChangeNotifier::begin()
{
    m_feed = std::make_unique<ChangeFeed>(m_db);
    m_timer = new QTimer(this);
    m_timer->setInterval(m_pollMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeNotifier::tick);
    m_timer->start();
    m_nextHealthCheck = nowMs() + kHealthCheckMs;
    tick();
}

void ChangeNotifier::finish()
{
    if (m_timer) {
        m_timer->stop();
        delete m_timer;
        m_timer = nullptr;
    }
    m_feed.reset();
    m_db.closeThreadConnection();
}

void ChangeNotifier::lost(const QString &message)
{
    m_online = false;
    m_listening = false;
    m_backoff = m_backoff > 0 ? std::min(2 * m_backoff, int(kMaxBackoffSeconds)) : 1;
    m_nextRetry = nowMs() + qint64(m_backoff) * 1000;
    Q_EMIT connectionLost(message, m_backoff);
}

bool ChangeNotifier::ensureConnected()
{
    if (!m_online) {
        if (nowMs() < m_nextRetry)
            return false;
        if (auto s = m_db.reconnect(); !s) {
            lost(s.error());
            return false;
        }
    }
    if (m_db.dialect() == Dialect::PostgreSQL && !m_listening) {
        if (auto s = m_feed->listen(this, [this] { scan(); }); !s) {
            if (!m_db.isAlive())
                lost(s.error());
            return false;
        }
        m_listening = true;
    }
    if (!m_online) {
        m_online = true;
        m_backoff = 0;
        m_suspect = false;
        m_nextHealthCheck = nowMs() + kHealthCheckMs;
        Q_EMIT connectionRestored();
        scan(); // whatever happened meanwhile
    }
    return true;
}

void ChangeNotifier::tick()
{
    if (!ensureConnected())
        return;
    // The first look sets where this session starts. PostgreSQL only scans when notified: without
    // this, the first change made elsewhere after sign-in would be taken for the starting point.
    if (m_lastId < 0)
        scan();
    if (m_suspect.exchange(false) || nowMs() >= m_nextHealthCheck) {
        m_nextHealthCheck = nowMs() + kHealthCheckMs;
        // A dead server sends nothing: only asking shows it (and SQLite's file may vanish).
        if (!m_db.isAlive()) {
            lost(tr("The connection to the database %1 was lost.").arg(m_db.url().toDisplayString()));
            return;
        }
    }
    if (m_db.dialect() == Dialect::SQLite) {
        const auto version = m_feed->dataVersion();
        if (!version) {
            lost(version.error());
            return;
        }
        if (version.value() != m_dataVersion) {
            m_dataVersion = version.value();
            m_poked = true;
        }
    }
    if (m_poked.exchange(false))
        scan();
}

void ChangeNotifier::scan()
{
    if (m_lastId < 0) {
        const auto newest = m_feed->newestAuditId();
        if (!newest) {
            lost(newest.error());
            return;
        }
        m_lastId = newest.value(); // what happened before this session is not a change to it
        return;
    }
    ChangeSet changes;
    qint64 seen = 0;
    for (;;) {
        const auto batch = m_feed->changesAfter(m_lastId, 1000);
        if (!batch) {
            lost(batch.error());
            return;
        }
        for (const AuditChange &c : batch.value()) {
            changes.audit = true;
            if (c.entity == QLatin1String("staff") || c.action.startsWith(QLatin1String("staff_"))
                || c.action == QLatin1String("role_changed") || c.action == QLatin1String("password_reset"))
                changes.staff = true;
            if (c.entity == QLatin1String("verification_policy"))
                changes.policy = true;
            if (c.entity == QLatin1String("saved_view"))
                changes.views = true;
            if (c.entity == QLatin1String("team_settings"))
                changes.settings = true;
            if (c.action == QLatin1String("demo_data_loaded"))
                changes.everything = true;
            if (c.requestId > 0 && !changesNothing(c.action))
                changes.requests.insert(c.requestId);
            m_lastId = c.id;
        }
        seen += batch->size();
        if (batch->size() < 1000)
            break;
        if (seen >= kScanLimit) {
            // A bulk load: say "everything" and skip to the newest entry.
            changes.everything = true;
            changes.requests.clear();
            if (const auto newest = m_feed->newestAuditId())
                m_lastId = newest.value();
            break;
        }
    }
    changes.lastAuditId = m_lastId;
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

} // namespace pd
