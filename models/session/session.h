#pragma once

#include "../common/clock.h"
#include "../common/result.h"
#include "../domain/records.h"
#include "../sources/sourcecredentials.h"
#include "../workflow/workingdaycalendar.h"
#include "changeset.h"
#include "jobthread.h"

#include <QAtomicInt>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <type_traits>

class QTimer;

namespace pd {

class AuditDesk;
class Gateway;
class ChangeNotifier;
class Database;
class DemoDesk;
class ExportDesk;
class LetterDesk;
class PrivateFiles;
class QueueReader;
class RequestDesk;
class StaffDesk;
class VerificationDesk;
class ViewDesk;
class ReminderDesk;
class PeopleDesk;
class PackageDesk;
class ErasureDesk;

struct SessionOptions
{
    Clock clock = systemClock();
    int idleLockSeconds = 15 * 60; // 0: never lock
    int pollMs = 300;              // how often the change notifier looks (SQLite) and drains (PostgreSQL)
    bool watchChanges = true;      // live refresh and connection monitoring (the CLI needs neither)
    // The audit signing key (a file outside the database): when set, the audit chain's head is
    // signed whenever a package or a letter is issued (AuditCheckpoints).
    QString auditKeyPath = qEnvironmentVariable("PRIVACYDESK_AUDIT_KEY");
};

// A long job's side of its thread: whether to stop, and how far it got.
class LongJobControl
{
public:
    virtual ~LongJobControl() = default;
    virtual bool cancelled() const = 0;
    virtual void report(qint64 done, qint64 total) const = 0;
};

// The one door into the data, for one open database and one signed-in staff member (as
// qBittorrent's gui reaches everything through its Session): the only thing ui/ holds. It owns the
// database, the actor, the read and write services ("desks"), the worker thread they run on, the
// change notifier, and the private folder for opened files.
//
// Every desk call is synchronous and may run on any thread that has its own connection (the CLI
// calls them directly). The GUI goes through read()/write(): the job runs on the session's worker
// thread; the result comes back to `context` on its own thread, unless `context` is gone. Before
// each write (and a read at most every two seconds) the session re-reads the actor's account, so
// a deactivated or demoted member of staff loses their rights at their next action. A read that fails because the connection dropped is
// tried once more on a fresh connection; a write that fails so is kept and run again when the
// connection is back (its `done` comes then), so nothing typed is lost.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(std::unique_ptr<Database> db, Actor actor, SessionOptions options = {});
    // Tears down everything bound to the database before it closes: the change notifier, long
    // jobs (cancelled, then waited for), the worker, and the private folder.
    ~Session() override;

    Actor actor() const;
    QString databaseName() const; // the URL without a password, for titles and status bars
    QString databaseUrl() const;  // the same, for reopening
    bool isPostgreSQL() const;
    const WorkingDayCalendar &calendar() const { return m_calendar; }
    QDateTime now() const { return m_options.clock(); }
    PrivateFiles &privateFiles() const { return *m_files; }
    // The same database, ready for another sign-in (sign out, switch user).
    Result<std::unique_ptr<Gateway>> reopen() const;
    void setIdleLockSeconds(int seconds);

    const QueueReader &queue() const { return *m_queue; }
    const RequestDesk &requests() const { return *m_requests; }
    const VerificationDesk &verification() const { return *m_verification; }
    const LetterDesk &letters() const { return *m_letters; }
    const AuditDesk &audit() const { return *m_audit; }
    const StaffDesk &staff() const { return *m_staff; }
    const DemoDesk &demo() const { return *m_demo; }
    const ExportDesk &exports() const { return *m_exports; }
    const ViewDesk &views() const { return *m_views; }
    const ReminderDesk &reminders() const { return *m_reminders; }
    const PeopleDesk &people() const { return *m_people; }
    const PackageDesk &packages() const { return *m_packages; }
    const ErasureDesk &erasures() const { return *m_erasures; }
    // The sources' passwords for this session (typed when a source asked, or from the keychain).
    SourceCredentials &sourceCredentials() const { return m_sourceCredentials; }
    // Signs the audit chain's head now with the configured key (SessionOptions::auditKeyPath);
    // nothing when none is configured. Called after a package or a letter is issued.
    Status signCheckpoint(const QString &reason) const;

    // Runs job(session) on the worker thread, then done(result) on context's thread.
    template<typename Job, typename Done>
    void read(QObject *context, Job job, Done done) const
    {
        submit(context, std::move(job), std::move(done), JobKind::Read);
    }
    template<typename Job, typename Done>
    void write(QObject *context, Job job, Done done) const
    {
        submit(context, std::move(job), std::move(done), JobKind::Write);
    }
    // Work that takes long (demo data, verifying the audit chain) on a thread of its own:
    // job(session, control) may poll control.cancelled() and call control.report(); progress
    // comes to context; ending the session cancels it and waits.
    template<typename Job, typename Progress, typename Done>
    void runLong(QObject *context, Job job, Progress progress, Done done) const;
    // Nothing posted is still waiting to be delivered (tests wait for this).
    bool isIdle() const { return m_inFlight.loadAcquire() == 0; }

    // The connection as the change notifier last saw it, and the writes kept until it is back.
    bool isOnline() const;
    int pendingWrites() const;

    // Idle lock: after idleLockSeconds without noteActivity() the session locks; then every job is
    // refused until unlock() with the actor's password (a sign-in: audited, and wrong passwords
    // count towards the lockout).
    bool isLocked() const { return m_locked; }
    void noteActivity();
    void checkIdle();
    void lock();
    void unlock(QObject *context, const QString &password, std::function<void(Status)> done);
    // Signed in with a password an administrator set: only changeOwnPassword() is allowed until
    // it is replaced.
    bool mustChangePassword() const { return m_mustChangePassword; }
    void changeOwnPassword(QObject *context, const QString &current, const QString &chosen, std::function<void(Status)> done);
    // Records the sign-out; the caller then ends the session.
    void signOut(QObject *context, std::function<void(Status)> done);

Q_SIGNALS:
    void changed(const pd::ChangeSet &changes);
    void actorChanged(const pd::Actor &actor);
    void accessRevoked(const QString &message);
    void connectionLost(const QString &message, int retryInSeconds);
    void connectionRestored();
    void pendingWritesChanged(int count);
    void lockedChanged(bool locked);

private:
    enum class JobKind { Read, Write, Unlock, PasswordChange };

    template<typename Job, typename Done>
    struct Task
    {
        Job job;
        Done done;
        QPointer<QObject> context;
        JobKind kind;
        bool parked = false; // counted in pendingWrites() until it has run to the end
    };
    template<typename Job, typename Done>
    void submit(QObject *context, Job job, Done done, JobKind kind) const;
    template<typename R, typename T>
    void execute(std::shared_ptr<T> task) const;
    // Before a job: the session is open and unlocked (or the job may run locked), and the actor's
    // stored account still grants the role (re-read on every job).
    Status admit(JobKind kind) const;
    // A write that met a dropped connection: kept until the connection is back.
    void park(std::function<void()> retry, bool counted) const;
    void unpark() const; // a parked write has run to the end
    void resume();
    void afterWrite() const;
    void recoverConnection() const;
    Status refreshActor() const;
    void closeThreadConnection() const;

    // Declared first: destroyed last, after everything that uses it.
    std::unique_ptr<Database> m_db;
    SessionOptions m_options;
    WorkingDayCalendar m_calendar;
    mutable QMutex m_actorMutex;
    Actor m_actor;
    std::atomic<bool> m_locked{false};
    std::atomic<bool> m_mustChangePassword{false};
    std::atomic<bool> m_closing{false};
    static constexpr qint64 kActorCheckMs = 2000;
    mutable std::atomic<qint64> m_actorCheckedAt{0}; // when a read last re-read the account
    qint64 m_lastActivity = 0; // msecs since epoch, GUI thread
    QTimer *m_idleTimer = nullptr;
    std::unique_ptr<PrivateFiles> m_files;
    std::unique_ptr<QueueReader> m_queue;
    std::unique_ptr<RequestDesk> m_requests;
    std::unique_ptr<VerificationDesk> m_verification;
    std::unique_ptr<LetterDesk> m_letters;
    std::unique_ptr<AuditDesk> m_audit;
    std::unique_ptr<StaffDesk> m_staff;
    std::unique_ptr<DemoDesk> m_demo;
    std::unique_ptr<ExportDesk> m_exports;
    std::unique_ptr<ViewDesk> m_views;
    std::unique_ptr<ReminderDesk> m_reminders;
    std::unique_ptr<PeopleDesk> m_people;
    std::unique_ptr<PackageDesk> m_packages;
    std::unique_ptr<ErasureDesk> m_erasures;
    mutable SourceCredentials m_sourceCredentials;
    mutable QAtomicInt m_inFlight;
    mutable QMutex m_parkedMutex;
    mutable QList<std::function<void()>> m_parked;
    mutable int m_waiting = 0; // parked, or resumed and not yet run to the end (m_parkedMutex)
    mutable QMutex m_longMutex;
    mutable QList<QThread *> m_longJobs;
    mutable std::atomic<bool> m_cancelLong{false};
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<JobThread> m_worker; // declared last: stopped first
};

template<typename Job, typename Done>
void Session::submit(QObject *context, Job job, Done done, JobKind kind) const
{
    using R = std::invoke_result_t<Job &, const Session &>;
    using T = Task<Job, Done>;
    auto task = std::make_shared<T>(T{std::move(job), std::move(done), QPointer<QObject>(context), kind});
    m_inFlight.ref();
    m_worker->post([this, task] { execute<R>(task); });
}

template<typename R, typename T>
void Session::execute(std::shared_ptr<T> task) const
{
    const auto attempt = [&]() -> R {
        const Status admitted = admit(task->kind);
        return admitted ? task->job(*this) : R(admitted.fault());
    };
    R result = attempt();
    if (!result.ok() && result.errorKind() == ErrorKind::Connection && !m_closing) {
        recoverConnection();
        if (task->kind == JobKind::Read) {
            result = attempt(); // a read is safe to repeat on a fresh connection
        } else {
            // Nothing was written (a Transaction only commits whole): keep it for later. It
            // counts as waiting until it has run again to the end.
            const bool counted = std::exchange(task->parked, true);
            park([this, task] { m_worker->post([this, task] { execute<R>(task); }); }, counted);
            return;
        }
    }
    if (task->parked)
        unpark();
    if (task->kind != JobKind::Read && result.ok())
        afterWrite();
    QMetaObject::invokeMethod(
        const_cast<Session *>(this),
        [this, task, result = std::move(result)]() mutable {
            m_inFlight.deref();
            if (task->context)
                task->done(std::move(result));
        },
        Qt::QueuedConnection);
}

template<typename Job, typename Progress, typename Done>
void Session::runLong(QObject *context, Job job, Progress progress, Done done) const
{
    using R = std::invoke_result_t<Job &, const Session &, const LongJobControl &>;
    struct Control final : LongJobControl
    {
        const Session *session = nullptr;
        QPointer<QObject> context;
        std::function<void(qint64, qint64)> progress;
        bool cancelled() const override { return session->m_cancelLong.load(); }
        void report(qint64 doneCount, qint64 total) const override
        {
            QMetaObject::invokeMethod(
                const_cast<Session *>(session),
                [ctx = context, p = progress, doneCount, total] {
                    if (ctx)
                        p(doneCount, total);
                },
                Qt::QueuedConnection);
        }
    };
    auto control = std::make_shared<Control>();
    control->session = this;
    control->context = context;
    control->progress = std::move(progress);
    m_inFlight.ref();
    QThread *thread = QThread::create([this, control, job = std::move(job), done = std::move(done)]() mutable {
        R result = job(*this, *control);
        closeThreadConnection();
        QMetaObject::invokeMethod(
            const_cast<Session *>(this),
            [this, control, done = std::move(done), result = std::move(result)]() mutable {
                m_inFlight.deref();
                if (control->context)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
    {
        const QMutexLocker lock(&m_longMutex);
        m_longJobs << thread;
    }
    connect(thread, &QThread::finished, const_cast<Session *>(this), [this, thread] {
        {
            const QMutexLocker lock(&m_longMutex);
            m_longJobs.removeOne(thread);
        }
        thread->deleteLater();
    });
    thread->start();
}

} // namespace pd
