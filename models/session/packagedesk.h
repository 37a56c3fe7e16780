#pragma once

#include "../common/result.h"
#include "../fulfilment/accesspackage.h"
#include "../domain/datasource.h"

#include <QCoreApplication>

#include <functional>

namespace pd {

class Database;
class Session;

// Access, copy and portability packages for the signed-in actor: everything the registered sources
// hold about the request's person (every row, page by page; a password only as set; a source that
// cannot be read named in the package, the rest delivered), the registers, written by
// AccessPackage. The package's SHA-256 is recorded on the request and in the audit log (who, which
// request, which categories); the request's status does not change.
class PackageDesk final
{
    Q_DECLARE_TR_FUNCTIONS(PackageDesk)

public:
    static constexpr int kPageRows = 5000;

    PackageDesk(const Database &db, const Session &session) : m_db(db), m_session(session) {}

    // `progress` hears the look-ups (source × category) read so far and in all.
    Result<PackageWritten> exportPackage(qint64 requestId, const QString &path, const QString &password = {},
                                         const std::function<bool()> &cancelled = {},
                                         const std::function<void(int done, int total)> &progress = {}) const;
    Result<QList<PackageRecord>> packages(qint64 requestId) const;
    // A random password for an encrypted package (shown once, sent by another channel).
    static QString newPassword();

private:
    const Database &m_db;
    const Session &m_session;
};

} // namespace pd
