#include "session.h"

#include "../audit/auditcheckpoints.h"
#include "../audit/auditlog.h"
#include "../storage/database.h"
#include "../storage/staffrepository.h"
#include "../storage/transaction.h"
#include "../workflow/authservice.h"
#include "../workflow/staffservice.h"
#include "auditdesk.h"
#include "changenotifier.h"
#include "demodesk.h"
#include "exportdesk.h"
#include "gateway.h"
#include "letterdesk.h"
#include "privatefiles.h"
#include "queuereader.h"
#include "requestdesk.h"
#include "staffdesk.h"
#include "verificationdesk.h"
#include "erasuredesk.h"
#include "packagedesk.h"
#include "peopledesk.h"
#include "reminderdesk.h"
#include "viewdesk.h"

#include <QDateTime>
#include <QTimer>

namespace pd {

namespace {
constexpr int kIdleCheckMs = 5000;
} // namespace

Session::Session(std::unique_ptr<Database> db, Actor actor, SessionOptions options)
    : m_db(std::move(db)), m_options(std::move(options)), m_actor(std::move(actor)),
      m_mustChangePassword(m_actor.mustChangePassword), m_lastActivity(QDateTime::currentMSecsSinceEpoch()),
      m_files(std::make_unique<PrivateFiles>()), m_queue(std::make_unique<QueueReader>(*m_db, *this)),
      m_requests(std::make_unique<RequestDesk>(*m_db, *this)),
      m_verification(std::make_unique<VerificationDesk>(*m_db, *this)),
      m_letters(std::make_unique<LetterDesk>(*m_db, *this)), m_audit(std::make_unique<AuditDesk>(*m_db, *this)),
      m_staff(std::make_unique<StaffDesk>(*m_db, *this)), m_demo(std::make_unique<DemoDesk>(*m_db, *this)),
      m_exports(std::make_unique<ExportDesk>(*m_db, *this)), m_views(std::make_unique<ViewDesk>(*m_db, *this)),
      m_reminders(std::make_unique<ReminderDesk>(*m_db, *this)),
      m_people(std::make_unique<PeopleDesk>(*m_db, *this)),
      m_packages(std::make_unique<PackageDesk>(*m_db, *this)), m_erasures(std::make_unique<ErasureDesk>(*m_db, *this)),
      m_worker(std::make_unique<JobThread>(*m_db, QStringLiteral("pd-session")))
{
    qRegisterMetaType<pd::Actor>();
    qRegisterMetaType<pd::ChangeSet>();
    if (m_options.watchChanges) {
        m_notifier = std::make_unique<ChangeNotifier>(*m_db, m_options.pollMs);
        connect(m_notifier.get(), &ChangeNotifier::changed, this, [this](const ChangeSet &changes) {
            if (changes.staff || changes.everything)
                read(this, [](const Session &s) { return s.refreshActor(); }, [](const Status &) {});
            Q_EMIT changed(changes);
        });
        connect(m_notifier.get(), &ChangeNotifier::connectionLost, this, &Session::connectionLost);
        connect(m_notifier.get(), &ChangeNotifier::connectionRestored, this, [this] {
            resume();
            Q_EMIT connectionRestored();
        });
    }
    if (m_options.idleLockSeconds > 0)
        setIdleLockSeconds(m_options.idleLockSeconds);
}

Status Session::signCheckpoint(const QString &reason) const
{
    if (m_options.auditKeyPath.isEmpty())
        return {};
    const auto key = AuditSigningKey::openOrCreate(m_options.auditKeyPath);
    if (!key)
        return Status::failure(key.fault());
    const auto signed_ = AuditCheckpoints(*m_db).sign(key.value(), reason);
    if (!signed_)
        return Status::failure(signed_.fault());
    return {};
}

Session::~Session()
{
    m_closing = true;
    if (m_idleTimer)
        m_idleTimer->stop();
    m_notifier.reset();
    m_cancelLong = true;
    QList<QThread *> longJobs;
    {
        const QMutexLocker lock(&m_longMutex);
        longJobs.swap(m_longJobs);
    }
    for (QThread *t : std::as_const(longJobs)) {
        t->wait();
        delete t;
    }
    m_worker->stop();
    {
        const QMutexLocker lock(&m_parkedMutex);
        m_parked.clear();
        m_waiting = 0;
    }
    m_files.reset();
    m_db->closeThreadConnection();
}

Actor Session::actor() const
{
    const QMutexLocker lock(&m_actorMutex);
    return m_actor;
}

QString Session::databaseName() const
{
    return m_db->url().toDisplayString();
}

QString Session::databaseUrl() const
{
    return m_db->url().toDisplayString();
}

bool Session::isPostgreSQL() const
{
    return m_db->dialect() == Dialect::PostgreSQL;
}

Result<std::unique_ptr<Gateway>> Session::reopen() const
{
    auto db = std::make_unique<Database>(m_db->url());
    if (auto s = db->open(); !s)
        return s.fault();
    return std::make_unique<Gateway>(std::move(db));
}

void Session::setIdleLockSeconds(int seconds)
{
    m_options.idleLockSeconds = seconds;
    if (!m_idleTimer) {
        m_idleTimer = new QTimer(this);
        connect(m_idleTimer, &QTimer::timeout, this, &Session::checkIdle);
    }
    if (seconds > 0) {
        m_idleTimer->setInterval(std::min(kIdleCheckMs, seconds * 500));
        m_idleTimer->start();
    } else {
        m_idleTimer->stop();
    }
}

bool Session::isOnline() const
{
    return !m_notifier || m_notifier->isOnline();
}

int Session::pendingWrites() const
{
    const QMutexLocker lock(&m_parkedMutex);
    return m_waiting;
}

void Session::closeThreadConnection() const
{
    m_db->closeThreadConnection();
}

Status Session::refreshActor() const
{
    const Actor current = actor();
    const auto stored = StaffRepository(*m_db).findByUsername(current.username);
    if (!stored)
        return Status::from(stored);
    if (!stored->has_value() || !(*stored)->active) {
        const QString message = tr("Your account %1 has been deactivated: you are signed out.").arg(current.username);
        Q_EMIT const_cast<Session *>(this)->accessRevoked(message);
        return Status::failure(ErrorKind::Denied, message);
    }
    const auto role = roles().fromKey((*stored)->user.role);
    if (!role)
        return Status::failure(ErrorKind::Denied, tr("Your account %1 has an unknown role; ask an administrator.").arg(current.username));
    if (*role != current.role || (*stored)->user.displayName != current.displayName) {
        Actor changedActor = current;
        changedActor.role = *role;
        changedActor.displayName = (*stored)->user.displayName;
        {
            const QMutexLocker lock(&m_actorMutex);
            const_cast<Session *>(this)->m_actor = changedActor;
        }
        Q_EMIT const_cast<Session *>(this)->actorChanged(changedActor);
    }
    return {};
}

Status Session::admit(JobKind kind) const
{
    if (m_closing)
        return Status::failure(ErrorKind::Denied, tr("The session is closing."));
    if (m_locked && kind != JobKind::Unlock)
        return Status::failure(ErrorKind::Denied, tr("The session is locked: sign in again to go on."));
    if (m_mustChangePassword && kind != JobKind::PasswordChange && kind != JobKind::Unlock)
        return Status::failure(ErrorKind::Denied, tr("Choose a new password first: an administrator set the one you signed in with."));
    if (kind == JobKind::Unlock)
        return {};
    // Every write re-reads the account; reads (a queue's pages while scrolling) at most every
    // kActorCheckMs, and at once when the change notifier reports a change to staff accounts.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (kind == JobKind::Read && now - m_actorCheckedAt.load() < kActorCheckMs)
        return {};
    const Status fresh = refreshActor();
    if (fresh)
        m_actorCheckedAt = now;
    return fresh;
}

void Session::recoverConnection() const
{
    static_cast<void>(m_db->reconnect()); // the next attempt reports whatever still fails
    if (m_notifier)
        m_notifier->suspectConnection();
}

void Session::park(std::function<void()> retry, bool counted) const
{
    int count = 0;
    {
        const QMutexLocker lock(&m_parkedMutex);
        m_parked << std::move(retry);
        if (!counted)
            ++m_waiting;
        count = m_waiting;
    }
    Session *self = const_cast<Session *>(this);
    QMetaObject::invokeMethod(self, [self, count] { Q_EMIT self->pendingWritesChanged(count); }, Qt::QueuedConnection);
    if (!m_notifier) {
        // No one watches the connection (the CLI): try again after a moment.
        QMetaObject::invokeMethod(self, [self] { QTimer::singleShot(1000, self, &Session::resume); }, Qt::QueuedConnection);
    }
}

void Session::resume()
{
    QList<std::function<void()>> parked;
    {
        const QMutexLocker lock(&m_parkedMutex);
        parked.swap(m_parked);
    }
    for (const auto &retry : std::as_const(parked))
        retry();
}

void Session::unpark() const
{
    int count = 0;
    {
        const QMutexLocker lock(&m_parkedMutex);
        count = m_waiting = qMax(0, m_waiting - 1);
    }
    Session *self = const_cast<Session *>(this);
    QMetaObject::invokeMethod(self, [self, count] { Q_EMIT self->pendingWritesChanged(count); }, Qt::QueuedConnection);
}

void Session::afterWrite() const
{
    if (m_notifier)
        m_notifier->poke();
}

void Session::noteActivity()
{
    m_lastActivity = QDateTime::currentMSecsSinceEpoch();
}

void Session::checkIdle()
{
    if (m_locked || m_options.idleLockSeconds <= 0)
        return;
    if (QDateTime::currentMSecsSinceEpoch() - m_lastActivity >= qint64(m_options.idleLockSeconds) * 1000)
        lock();
}

void Session::lock()
{
    if (m_locked.exchange(true))
        return;
    // On the record, but the lock itself does not wait for it.
    const Actor who = actor();
    m_worker->post([this, who] {
        Transaction tx(*m_db);
        if (!tx.begun())
            return;
        AuditEntry e;
        e.at = m_options.clock();
        e.actor = who.username;
        e.entity = QStringLiteral("session");
        e.entityId = who.staffId;
        e.action = QStringLiteral("session_locked");
        if (AuditLog(*m_db).append(e))
            static_cast<void>(tx.commit());
    });
    Q_EMIT lockedChanged(true);
}

void Session::unlock(QObject *context, const QString &password, std::function<void(Status)> done)
{
    const QString username = actor().username;
    submit(
        context,
        [username, password](const Session &s) -> Status {
            // Unlocking is signing in again: audited, and wrong passwords count towards the lockout.
            const auto signedIn = AuthService(*s.m_db, s.m_options.clock).signIn(username, password);
            if (!signedIn)
                return Status::from(signedIn);
            return s.refreshActor();
        },
        [this, done = std::move(done)](const Status &s) {
            if (s && m_locked.exchange(false)) {
                noteActivity();
                Q_EMIT lockedChanged(false);
            }
            done(s);
        },
        JobKind::Unlock);
}

void Session::changeOwnPassword(QObject *context, const QString &current, const QString &chosen,
                                std::function<void(Status)> done)
{
    submit(
        context,
        [current, chosen](const Session &s) { return StaffService(*s.m_db).changeOwnPassword(s.actor(), current, chosen); },
        [this, done = std::move(done)](const Status &s) {
            if (s)
                m_mustChangePassword = false;
            done(s);
        },
        JobKind::PasswordChange);
}

void Session::signOut(QObject *context, std::function<void(Status)> done)
{
    submit(
        context,
        [](const Session &s) -> Status {
            const Actor who = s.actor();
            Transaction tx(*s.m_db);
            if (!tx.begun())
                return tx.begun();
            AuditEntry e;
            e.at = s.m_options.clock();
            e.actor = who.username;
            e.entity = QStringLiteral("session");
            e.entityId = who.staffId;
            e.action = QStringLiteral("logout");
            if (auto a = AuditLog(*s.m_db).append(e); !a)
                return Status::from(a);
            return tx.commit();
        },
        std::move(done), JobKind::Unlock);
}

} // namespace pd
