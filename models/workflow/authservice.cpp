#include "authservice.h"

#include "../audit/auditlog.h"
#include "../storage/database.h"
#include "../storage/staffrepository.h"
#include "../storage/transaction.h"
#include "permissions.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <sodium.h>

namespace pd {

namespace {

constexpr int kAuditedUsernameLength = 64; // what a failed attempt records of the typed name

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0; // once per process, thread-safe
    return ready;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Checked against when the username is unknown, so that a wrong username costs as much time as
// a wrong password and the delay tells nothing either.
const QString &dummyHash()
{
    static const QString hash = [] {
        const auto h = AuthService::hashPassword(QStringLiteral("no such account"));
        return h ? h.value() : QString();
    }();
    return hash;
}

} // namespace

QString AuthService::lockedMessage(const QDateTime &until)
{
    return tr("This account is locked after %1 failed sign-ins in a row, until %2. Try again then, or ask an "
              "administrator to unlock it.")
        .arg(kMaximumFailedSignIns)
        .arg(until.toLocalTime().toString(QStringLiteral("HH:mm")));
}

QString AuthService::signInFailedMessage()
{
    return tr("The username or the password is wrong.");
}

Result<QString> AuthService::normaliseUsername(const QString &username)
{
    static const QRegularExpression allowed(QStringLiteral("^[a-z][a-z0-9._-]*$"));
    const QString u = username.trimmed().toLower();
    if (u.isEmpty())
        return Result<QString>::failure(ErrorKind::Invalid, tr("Username: enter a username."));
    if (u.size() < 2 || u.size() > kMaximumUsernameLength)
        return Result<QString>::failure(ErrorKind::Invalid, tr("Username: use 2 to %1 characters.").arg(kMaximumUsernameLength));
    if (!allowed.match(u).hasMatch())
        return Result<QString>::failure(ErrorKind::Invalid, 
            tr("Username: use only the letters a–z, the digits 0–9 and . _ -, starting with a letter (e.g. wang.fang)."));
    return u;
}

Status AuthService::checkDisplayName(const QString &displayName)
{
    const QString display = displayName.simplified();
    if (display.isEmpty())
        return Status::failure(ErrorKind::Invalid, tr("Display name: enter the name colleagues know this person by."));
    if (display.size() > kMaximumDisplayNameLength)
        return Status::failure(ErrorKind::Invalid, tr("Display name: use at most %1 characters.").arg(kMaximumDisplayNameLength));
    return {};
}

bool AuthService::isCommonPassword(const QString &password)
{
    static const QSet<QString> common = [] {
        QSet<QString> words;
        QFile file(QStringLiteral(":/passwords/common-passwords.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : file.readAll().split('\n')) {
                const QString word = QString::fromUtf8(line).trimmed();
                if (!word.isEmpty() && !word.startsWith(QLatin1Char('#')))
                    words.insert(word);
            }
        }
        return words;
    }();
    const QString lower = password.toLower();
    if (common.contains(lower))
        return true;
    // The digits and symbols people put around a common word: password2026!, 1314woaini.
    static const QRegularExpression ends(QStringLiteral("^[^\\p{L}]+|[^\\p{L}]+$"));
    QString core = lower;
    core.remove(ends);
    return core.isEmpty() ? common.contains(lower) : common.contains(core);
}

Status AuthService::checkPassword(const QString &password, const QString &username)
{
    const qsizetype length = password.toUcs4().size();
    if (length < kMinimumPasswordLength)
        return Status::failure(ErrorKind::Invalid, tr("Password: use at least %1 characters.").arg(kMinimumPasswordLength));
    if (length > kMaximumPasswordLength)
        return Status::failure(ErrorKind::Invalid, tr("Password: use at most %1 characters.").arg(kMaximumPasswordLength));
    const QString name = username.trimmed().toLower();
    if (name.size() >= 3 && password.toLower().contains(name))
        return Status::failure(ErrorKind::Invalid, tr("Password: it must not contain the username."));
    if (isCommonPassword(password))
        return Status::failure(ErrorKind::Invalid, tr("Password: this is one of the passwords people choose most often, "
                                                      "which attackers try first. Choose another, for example a few "
                                                      "unrelated words."));
    if (QSet<QChar>(password.cbegin(), password.cend()).size() < 4)
        return Status::failure(ErrorKind::Invalid, tr("Password: use more than three different characters."));
    return {};
}

Result<QString> AuthService::hashPassword(const QString &password)
{
    if (!sodiumReady())
        return Result<QString>::failure(ErrorKind::Internal, tr("The password library could not be started."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return Result<QString>::failure(ErrorKind::Internal, tr("The password could not be protected: not enough memory."));
    return QString::fromLatin1(out);
}

bool AuthService::verifyPassword(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1(); // NUL-terminated by QByteArray
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

Result<Actor> AuthService::signIn(const QString &username, const QString &password) const
{
    using R = Result<Actor>;
    const QString typed = username.trimmed().left(kAuditedUsernameLength);
    const StaffRepository repo(m_db);

    std::optional<StaffRepository::Credentials> account;
    if (const auto normalised = normaliseUsername(username)) {
        auto found = repo.findByUsername(normalised.value());
        if (!found)
            return R::failure(found.fault());
        account = std::move(found).value();
    }

    const QDateTime now = m_clock().toUTC();
    QString reason;
    const bool locked = account && account->lockedUntil.isValid() && account->lockedUntil > now;
    if (!account || account->passwordHash.isEmpty() || locked) {
        static_cast<void>(verifyPassword(dummyHash(), password)); // the same time, whatever is wrong
        reason = locked ? QStringLiteral("locked") : account ? QStringLiteral("no_password") : QStringLiteral("unknown_user");
    } else if (!verifyPassword(account->passwordHash, password)) {
        reason = QStringLiteral("wrong_password");
    } else if (!account->active) {
        reason = QStringLiteral("inactive");
    } else if (!roles().fromKey(account->user.role)) {
        reason = QStringLiteral("unknown_role");
    }

    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().fault());
    AuditEntry entry;
    entry.at = now;
    entry.actor = typed;
    entry.entity = QStringLiteral("session");
    entry.entityId = account ? account->user.id : 0;
    entry.action = reason.isEmpty() ? QStringLiteral("login") : QStringLiteral("login_failed");
    if (!reason.isEmpty())
        entry.afterJson = json({{QStringLiteral("reason"), reason}});
    if (auto appended = AuditLog(m_db).append(entry); !appended)
        return R::failure(appended.fault());
    QDateTime lockedUntil = locked ? account->lockedUntil : QDateTime();
    if (reason == QLatin1String("wrong_password")) {
        // The fifth wrong password in a row locks the account for a while (audited).
        const auto failures = repo.addFailedSignIn(account->user.id);
        if (!failures)
            return R::failure(failures.fault());
        if (failures.value() >= kMaximumFailedSignIns) {
            lockedUntil = now.addSecs(kLockoutSeconds);
            if (auto s = repo.lockUntil(account->user.id, lockedUntil); !s)
                return R::failure(s.fault());
            AuditEntry lock;
            lock.at = now;
            lock.actor = account->user.username;
            lock.entity = QStringLiteral("staff");
            lock.entityId = account->user.id;
            lock.action = QStringLiteral("account_locked");
            lock.afterJson = json({{QStringLiteral("failed_sign_ins"), failures.value()},
                                   {QStringLiteral("locked_until"), lockedUntil.toString(Qt::ISODate)}});
            if (auto appended = AuditLog(m_db).append(lock); !appended)
                return R::failure(appended.fault());
        }
    }
    if (reason.isEmpty() && (account->failedAttempts > 0 || account->lockedUntil.isValid()))
        if (auto s = repo.clearSignInFailures(account->user.id); !s)
            return R::failure(s.fault());
    if (reason.isEmpty()) {
        // Hashes made with weaker limits are upgraded while the password is at hand.
        const QByteArray stored = account->passwordHash.toLatin1();
        if (crypto_pwhash_str_needs_rehash(stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                           crypto_pwhash_MEMLIMIT_INTERACTIVE)
            != 0) {
            if (const auto rehashed = hashPassword(password))
                if (auto s = repo.setPasswordHash(account->user.id, rehashed.value()); !s)
                    return R::failure(s.fault());
        }
    }
    if (auto s = tx.commit(); !s)
        return R::failure(s.fault());

    if (lockedUntil.isValid())
        return R::failure(ErrorKind::Denied, lockedMessage(lockedUntil));
    if (reason == QLatin1String("inactive"))
        return R::failure(ErrorKind::Denied, tr("This account has been deactivated. Ask an administrator to reactivate it."));
    if (reason == QLatin1String("unknown_role"))
        return R::failure(ErrorKind::Denied, tr("This account has an unknown role (%1). Ask an administrator to correct it.").arg(account->user.role));
    if (!reason.isEmpty())
        return R::failure(ErrorKind::Denied, signInFailedMessage());
    Actor actor;
    actor.staffId = account->user.id;
    actor.username = account->user.username;
    actor.role = *roles().fromKey(account->user.role);
    actor.displayName = account->user.displayName;
    actor.mustChangePassword = account->mustChangePassword;
    return actor;
}

Result<bool> AuthService::firstAdministratorNeeded() const
{
    const auto admins = StaffRepository(m_db).countWhoCanSignIn(roles().key(Role::Administrator));
    if (!admins)
        return Result<bool>::failure(admins.fault());
    return admins.value() == 0;
}

bool AuthService::needsFirstAdministrator() const
{
    const auto needed = firstAdministratorNeeded();
    return needed.ok() && needed.value();
}

Result<StaffUser> AuthService::createUser(const QString &username, const QString &displayName, Role role,
                                          const QString &password, const Actor *creator) const
{
    using R = Result<StaffUser>;
    const auto first = firstAdministratorNeeded();
    if (!first)
        return R::failure(first.fault());
    if (first.value()) {
        if (role != Role::Administrator)
            return R::failure(ErrorKind::Invalid, tr("The database has no administrator yet: the first account must be an administrator."));
    } else if (!creator) {
        return R::failure(ErrorKind::Denied, tr("Sign in as an administrator to add staff accounts."));
    } else if (!Permissions::mayManageStaff(creator->role)) {
        return R::failure(ErrorKind::Denied, Permissions::whyNotManageStaff(creator->role));
    }

    const auto name = normaliseUsername(username);
    if (!name)
        return R::failure(name.fault());
    if (auto s = checkDisplayName(displayName); !s)
        return R::failure(s.fault());
    const QString display = displayName.simplified();
    if (auto s = checkPassword(password, name.value()); !s)
        return R::failure(s.fault());

    const StaffRepository repo(m_db);
    const auto existing = repo.findByUsername(name.value());
    if (!existing)
        return R::failure(existing.fault());
    if (existing->has_value())
        return R::failure(ErrorKind::Conflict, tr("Username: %1 is already taken; choose another.").arg(name.value()));

    // Slow on purpose; done before the transaction so no lock is held meanwhile.
    const auto hash = hashPassword(password);
    if (!hash)
        return R::failure(hash.fault());

    StaffUser user{0, name.value(), display, roles().key(role)};
    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().fault());
    const auto id = repo.insert(user, hash.value());
    if (!id)
        return R::failure(id.fault());
    user.id = id.value();
    AuditEntry entry;
    entry.actor = creator ? creator->username : user.username; // the first administrator creates itself
    entry.entity = QStringLiteral("staff");
    entry.entityId = user.id;
    entry.action = QStringLiteral("staff_created");
    entry.afterJson = json({{QStringLiteral("username"), user.username},
                            {QStringLiteral("display_name"), user.displayName},
                            {QStringLiteral("role"), user.role},
                            {QStringLiteral("active"), true}});
    if (auto appended = AuditLog(m_db).append(entry); !appended)
        return R::failure(appended.fault());
    if (auto s = tx.commit(); !s)
        return R::failure(s.fault());
    return user;
}

} // namespace pd
