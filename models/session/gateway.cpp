#include "gateway.h"

#include "../storage/database.h"
#include "../storage/schemamigrator.h"
#include "../storage/serversetup.h"
#include "../storage/staffrepository.h"
#include "../workflow/authservice.h"
#include "../workflow/verificationservice.h"

#include <QPointer>

namespace pd {

Result<std::unique_ptr<Gateway>> Gateway::open(const QString &urlText, const QString &password)
{
    using R = Result<std::unique_ptr<Gateway>>;
    auto url = urlText.trimmed().isEmpty() ? Result<DatabaseUrl>(DatabaseUrl::defaultLocation()) : DatabaseUrl::parse(urlText);
    if (!url)
        return R::failure(url.fault());
    if (url->dialect == Dialect::PostgreSQL && url->password.isEmpty())
        url.value().password = password.isEmpty() ? qEnvironmentVariable("PGPASSWORD") : password;
    auto db = std::make_unique<Database>(url.value());
    if (auto s = db->open(); !s)
        return R::failure(s.fault());
    if (auto s = SchemaMigrator(*db).migrate(); !s)
        return R::failure(s.fault());
    return std::make_unique<Gateway>(std::move(db));
}

bool Gateway::needsPassword(const QString &urlText)
{
    const auto url = DatabaseUrl::parse(urlText);
    return url && url->dialect == Dialect::PostgreSQL && url->password.isEmpty() && qEnvironmentVariable("PGPASSWORD").isEmpty();
}

int Gateway::schemaVersion()
{
    return SchemaMigrator::kLatestVersion;
}

QString Gateway::defaultLocation()
{
    return DatabaseUrl::defaultLocation().toDisplayString();
}

Gateway::Gateway(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_worker(std::make_unique<JobThread>(*m_db, QStringLiteral("pd-gateway")))
{
}

Gateway::~Gateway()
{
    if (m_worker)
        m_worker->stop();
    if (m_db)
        m_db->closeThreadConnection();
}

QString Gateway::databaseName() const
{
    return m_db ? m_db->url().toDisplayString() : QString();
}

QString Gateway::databaseUrl() const
{
    return databaseName();
}

bool Gateway::isPostgreSQL() const
{
    return m_db && m_db->dialect() == Dialect::PostgreSQL;
}

bool Gateway::needsFirstAdministratorNow() const
{
    return AuthService(*m_db).needsFirstAdministrator();
}

Result<StaffUser> Gateway::createFirstAdministratorNow(const QString &username, const QString &displayName,
                                                      const QString &password) const
{
    return AuthService(*m_db).createUser(username, displayName, Role::Administrator, password, nullptr);
}

Result<Actor> Gateway::signInNow(const QString &username, const QString &password)
{
    if (!m_db) // its database went to the session it started
        return Error{ErrorKind::Internal, tr("The database was handed to a session.")};
    auto actor = AuthService(*m_db).signIn(username, password);
    if (actor)
        m_signedIn = actor.value();
    return actor;
}

void Gateway::needsFirstAdministrator(QObject *context, std::function<void(bool)> done) const
{
    QPointer<QObject> ctx(context);
    m_worker->post([this, ctx, done = std::move(done)] {
        const bool needed = needsFirstAdministratorNow();
        QMetaObject::invokeMethod(const_cast<Gateway *>(this), [ctx, done, needed] {
            if (ctx)
                done(needed);
        }, Qt::QueuedConnection);
    });
}

void Gateway::createFirstAdministrator(QObject *context, const QString &username, const QString &displayName,
                                       const QString &password, std::function<void(Result<StaffUser>)> done) const
{
    QPointer<QObject> ctx(context);
    m_worker->post([this, ctx, username, displayName, password, done = std::move(done)] {
        auto created = createFirstAdministratorNow(username, displayName, password);
        QMetaObject::invokeMethod(const_cast<Gateway *>(this), [ctx, done, created = std::move(created)] {
            if (ctx)
                done(created);
        }, Qt::QueuedConnection);
    });
}

void Gateway::signIn(QObject *context, const QString &username, const QString &password,
                     std::function<void(Result<Actor>)> done)
{
    QPointer<QObject> ctx(context);
    m_worker->post([this, ctx, username, password, done = std::move(done)] {
        auto actor = AuthService(*m_db).signIn(username, password);
        QMetaObject::invokeMethod(this, [this, ctx, done, actor = std::move(actor)] {
            if (actor)
                m_signedIn = actor.value();
            if (ctx)
                done(actor);
        }, Qt::QueuedConnection);
    });
}

Result<AuditLog::Verification> Gateway::verifyAuditNow() const
{
    if (!m_db)
        return Error{ErrorKind::Internal, tr("The database was handed to a session.")};
    return AuditLog(*m_db).verify();
}

Result<AuditCheckpoint> Gateway::signCheckpointNow(const AuditSigningKey &key, const QString &reason) const
{
    if (!m_db)
        return Error{ErrorKind::Internal, tr("The database was handed to a session.")};
    return AuditCheckpoints(*m_db).sign(key, reason);
}

Result<QList<AuditCheckpoint>> Gateway::checkpointsNow() const
{
    if (!m_db)
        return Error{ErrorKind::Internal, tr("The database was handed to a session.")};
    return AuditCheckpoints(*m_db).all();
}

Result<AuditCheckpoints::Verification> Gateway::verifyCheckpointsNow(const QList<AuditCheckpoint> &checkpoints) const
{
    if (!m_db)
        return Error{ErrorKind::Internal, tr("The database was handed to a session.")};
    return AuditCheckpoints(*m_db).verify(checkpoints);
}

Result<VerificationPolicy> Gateway::policyNow() const
{
    if (!m_db)
        return Error{ErrorKind::Internal, tr("The database was handed to a session.")};
    return VerificationService(*m_db).policy();
}

Result<qint64> Gateway::loadDemoNow(qint64 requests, quint32 seed, const std::function<bool(qint64, qint64)> &progress) const
{
    const WorkingDayCalendar calendar;
    const DemoGenerator generator(*m_db, calendar);
    // Nobody is signed in: DemoGenerator::mayLoad allows it only where there is no staff at all.
    if (auto s = generator.mayLoad(nullptr); !s)
        return s.fault();
    const auto accounts = generator.ensureDemoStaff();
    if (!accounts)
        return accounts.fault();
    m_demoAccounts = accounts.value();
    // The demo administrator just made loads it, and the load is recorded under that account.
    const auto admin = StaffRepository(*m_db).findByUsername(QStringLiteral("demo.admin"));
    if (!admin)
        return admin.fault();
    if (!admin->has_value())
        return Error{ErrorKind::Internal, tr("The demo administrator was not created.")};
    DemoGenerator::Options options;
    options.requests = requests;
    options.seed = seed;
    options.actor = Actor{(*admin)->user.id, (*admin)->user.username, Role::Administrator, (*admin)->user.displayName};
    return generator.run(options, progress);
}

QString Gateway::addressWithoutPassword(const QString &urlText)
{
    const auto url = DatabaseUrl::parse(urlText.trimmed());
    return url ? url->toDisplayString() : urlText.trimmed();
}

Status Gateway::checkRoleName(const QString &role)
{
    return ServerSetup::checkRoleName(role);
}

Result<Gateway::ServerReport> Gateway::prepareServerNow(const QString &appRole, const QString &password) const
{
    const auto report = ServerSetup(*m_db).grantLeastPrivilege(appRole, password);
    if (!report)
        return report.fault();
    DatabaseUrl app = m_db->url();
    app.user = appRole;
    app.password.clear();
    return ServerReport{report->roleCreated, report->readWrite, report->appendOnly, report->readOnly, app.toDisplayString()};
}

std::unique_ptr<Session> Gateway::startSession(SessionOptions options)
{
    if (!m_signedIn || !m_db)
        return nullptr;
    m_worker->stop();
    m_worker.reset();
    m_db->closeThreadConnection();
    const Actor actor = *m_signedIn;
    m_signedIn.reset();
    return std::make_unique<Session>(std::move(m_db), actor, std::move(options));
}

} // namespace pd
