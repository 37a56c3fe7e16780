#pragma once

#include "../audit/auditcheckpoints.h"
#include "../audit/auditlog.h"
#include "../common/result.h"
#include "../demo/demogenerator.h"
#include "../domain/verification.h"
#include "../domain/records.h"
#include "session.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>

namespace pd {

class Database;

// An open database before anyone signs in to it: whether it needs its first administrator, the
// first administrator's account, and signing in, which starts the Session that then owns the
// database. Hashing a password is slow on purpose, so the calls that do run on the gateway's own
// thread and answer `context`; the *Now variants run on the calling thread (the CLI).
class Gateway final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Gateway)

public:
    // Opens the database the text names (sqlite:///path or postgresql://user@host:port/db, or the
    // default location when empty) and brings its schema up to date. `password` is a PostgreSQL
    // password from a prompt or the keychain; without one PGPASSWORD is used.
    static Result<std::unique_ptr<Gateway>> open(const QString &urlText, const QString &password = {});
    // True for a PostgreSQL address with no password given and none in PGPASSWORD.
    static bool needsPassword(const QString &urlText);
    // The embedded default, as text.
    static QString defaultLocation();
    // The address as shown and remembered: normalised, without any password (the text trimmed
    // when it is no valid address).
    static QString addressWithoutPassword(const QString &urlText);
    // The schema version this program brings databases to.
    static int schemaVersion();

    explicit Gateway(std::unique_ptr<Database> db);
    ~Gateway() override;

    QString databaseName() const;
    QString databaseUrl() const;
    bool isPostgreSQL() const;

    void needsFirstAdministrator(QObject *context, std::function<void(bool)> done) const;
    void createFirstAdministrator(QObject *context, const QString &username, const QString &displayName,
                                  const QString &password, std::function<void(Result<StaffUser>)> done) const;
    // On success the actor is kept for startSession().
    void signIn(QObject *context, const QString &username, const QString &password,
                std::function<void(Result<Actor>)> done);

    bool needsFirstAdministratorNow() const;
    Result<StaffUser> createFirstAdministratorNow(const QString &username, const QString &displayName,
                                                  const QString &password) const;
    Result<Actor> signInNow(const QString &username, const QString &password);

    // What needs no sign-in because it reveals no personal data: verifying the audit chain (counts
    // and ids), the verification policy, and demo data into a database without any staff account.
    Result<AuditLog::Verification> verifyAuditNow() const;
    // Signed checkpoints of the audit chain (AuditCheckpoints): sign the head now, list them, and
    // check the log against a list kept elsewhere.
    Result<AuditCheckpoint> signCheckpointNow(const AuditSigningKey &key, const QString &reason) const;
    Result<QList<AuditCheckpoint>> checkpointsNow() const;
    Result<AuditCheckpoints::Verification> verifyCheckpointsNow(const QList<AuditCheckpoint> &checkpoints) const;
    Result<VerificationPolicy> policyNow() const;
    Result<qint64> loadDemoNow(qint64 requests, quint32 seed, const std::function<bool(qint64, qint64)> &progress) const;
    Result<QList<DemoGenerator::DemoAccount>> demoAccountsAdded() const { return m_demoAccounts; }

    // Connected as the database's owner: a login role for the app with least privilege
    // (ServerSetup). A non-empty password is set for it.
    struct ServerReport
    {
        bool roleCreated = false;
        QStringList readWrite, appendOnly, readOnly;
        QString appUrl; // how the app connects as the role
    };
    Result<ServerReport> prepareServerNow(const QString &appRole, const QString &password) const;
    static Status checkRoleName(const QString &role);

    // After a successful sign-in: the session for that actor, which takes over the database
    // (the gateway is spent). nullptr before a sign-in.
    std::unique_ptr<Session> startSession(SessionOptions options = {});

private:
    std::unique_ptr<Database> m_db;
    std::optional<Actor> m_signedIn;
    mutable QList<DemoGenerator::DemoAccount> m_demoAccounts;
    std::unique_ptr<JobThread> m_worker;
};

} // namespace pd
