#include "keychain.h"

#include "session/gateway.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace pd {

namespace {

constexpr int kTimeoutMs = 8000;

// Starts the job and waits for it; false when it did not finish in time.
bool run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain settings file
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

Error failure(const QKeychain::Job &job, const QString &what)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {ErrorKind::NotFound, Keychain::tr("No password is stored for this database.")};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {ErrorKind::Connection, Keychain::tr("%1: this computer has no system keychain (%2).").arg(what, job.errorString())};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {ErrorKind::Denied, Keychain::tr("%1: the system keychain refused access (%2).").arg(what, job.errorString())};
    default:
        return {ErrorKind::Connection, Keychain::tr("%1: %2").arg(what, job.errorString())};
    }
}

} // namespace

QString Keychain::service()
{
    return QStringLiteral("PrivacyDesk");
}

QString Keychain::keyFor(const QString &databaseUrl)
{
    return Gateway::addressWithoutPassword(databaseUrl);
}

Result<QString> Keychain::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(service());
    job.setKey(key);
    if (!run(job))
        return Error{ErrorKind::Connection, tr("The system keychain did not answer.")};
    if (job.error() != QKeychain::NoError)
        return failure(job, tr("Cannot read the stored password"));
    return job.textData();
}

Status Keychain::write(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(service());
    job.setKey(key);
    job.setTextData(password);
    if (!run(job))
        return Status::failure(ErrorKind::Connection, tr("The system keychain did not answer."));
    if (job.error() != QKeychain::NoError)
        return Status::failure(failure(job, tr("Cannot store the password")));
    return {};
}

Status Keychain::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(service());
    job.setKey(key);
    if (!run(job))
        return Status::failure(ErrorKind::Connection, tr("The system keychain did not answer."));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Status::failure(failure(job, tr("Cannot remove the stored password")));
    return {};
}

} // namespace pd
