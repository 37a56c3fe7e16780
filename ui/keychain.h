#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace pd {

// The system keychain (QtKeychain: the Secret Service on Linux, the Keychain on macOS, the
// Credential Manager on Windows), for database passwords the user asked to remember. Nothing is
// ever written to a plain file: without a keychain, storing fails with a message and the password
// is asked for next time. QtKeychain's jobs are asynchronous; these calls wait for them (a local
// event loop, at most a few seconds), as a prompt would.
class Keychain final
{
    Q_DECLARE_TR_FUNCTIONS(Keychain)

public:
    // The keychain's name for the passwords PrivacyDesk keeps (one entry per database address).
    static QString service();
    // The entry for a database: its address without any password.
    static QString keyFor(const QString &databaseUrl);

    // NotFound when nothing is stored for the key; Connection when no keychain is available.
    static Result<QString> read(const QString &key);
    static Status write(const QString &key, const QString &password);
    // Nothing stored counts as removed.
    static Status remove(const QString &key);
};

} // namespace pd
