#pragma once

#include "../common/clock.h"
#include "../common/result.h"
#include "../domain/records.h"

#include <QCoreApplication>

namespace pd {

class Database;

// Staff sign-in and accounts. Passwords are stored only as libsodium Argon2id strings
// (crypto_pwhash_str, interactive limits: deliberately slow, ~0.1 s and 64 MiB per hash).
// Every sign-in attempt, good or bad, and every new account is written to the audit log.
class AuthService final
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    static constexpr int kMinimumPasswordLength = 12;
    static constexpr int kMaximumPasswordLength = 256;
    static constexpr int kMaximumUsernameLength = 32;
    static constexpr int kMaximumDisplayNameLength = 64;
    // After this many wrong passwords in a row the account is locked for kLockoutSeconds.
    static constexpr int kMaximumFailedSignIns = 5;
    static constexpr int kLockoutSeconds = 15 * 60;

    explicit AuthService(const Database &db, Clock clock = systemClock()) : m_db(db), m_clock(std::move(clock)) {}

    // The signed-in actor, or a message. An unknown username and a wrong password give the same
    // message (signInFailedMessage()), so the message tells nobody which accounts exist.
    // The audit entry (entity "session", action "login" or "login_failed") names the username
    // as typed. The kMaximumFailedSignIns-th wrong password in a row locks the account for
    // kLockoutSeconds ("account_locked"); a locked account is refused even with the right
    // password. The actor says whether an administrator's reset must be replaced first.
    Result<Actor> signIn(const QString &username, const QString &password) const;

    // True when no active administrator can sign in (no such account, or none with a password):
    // then the first administrator may be created without signing in. False when the database
    // cannot be read.
    bool needsFirstAdministrator() const;

    // Creates an account. The creator must be an administrator; while needsFirstAdministrator()
    // holds, only an administrator can be created and creator may be null.
    Result<StaffUser> createUser(const QString &username, const QString &displayName, Role role,
                                 const QString &password, const Actor *creator) const;

    // The one message for every failed sign-in, whatever was wrong.
    static QString signInFailedMessage();
    // What a locked account is told (once locked, saying so gives nothing away).
    static QString lockedMessage(const QDateTime &until);
    // Trimmed and lower-cased: 2–32 of a–z, 0–9, ".", "_", "-", starting with a letter.
    static Result<QString> normaliseUsername(const QString &username);
    // Not empty, at most kMaximumDisplayNameLength characters (after collapsing white space).
    static Status checkDisplayName(const QString &displayName);
    // At least kMinimumPasswordLength characters (and not absurdly long), not containing the
    // username, not on the shipped list of common passwords (isCommonPassword), and more than
    // three different characters.
    static Status checkPassword(const QString &password, const QString &username = {});
    // On resources/passwords/common-passwords.txt, lower-cased, as it is or without the digits
    // and symbols around it.
    static bool isCommonPassword(const QString &password);
    // An Argon2id string ("$argon2id$v=19$m=65536,t=2,p=1$...") with a random salt.
    static Result<QString> hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);

private:
    Result<bool> firstAdministratorNeeded() const;

    const Database &m_db;
    Clock m_clock;
};

} // namespace pd
