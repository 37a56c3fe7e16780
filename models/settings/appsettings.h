#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace pd {

// Whose a setting is: the computer account's, the signed-in member of staff's, or theirs on one
// database (filters name statuses, staff ids and searches that mean nothing elsewhere).
enum class SettingScope { Global, User, UserDatabase };

// One declared setting: its key, type, default and scope, in one place.
template<typename T>
struct SettingKey
{
    const char *key;
    T defaultValue;
    SettingScope scope = SettingScope::Global;
};

// Typed access to the user's settings. Keys are declared below, never spelled at call sites.
class AppSettings final
{
public:
    static inline const SettingKey<QString> Language{"ui/language", QString()};
    // Each member of staff sees only the databases they opened themselves.
    static inline const SettingKey<QStringList> RecentDatabases{"db/recent", QStringList(), SettingScope::User};
    static inline const SettingKey<QByteArray> WindowGeometry{"window/geometry", QByteArray()};
    static inline const SettingKey<QByteArray> WindowState{"window/state", QByteArray()};
    static inline const SettingKey<QByteArray> SplitterState{"window/splitter", QByteArray()};
    static inline const SettingKey<QByteArray> QueueHeaderState{"queue/header", QByteArray()};
    static inline const SettingKey<QStringList> QueueStatuses{"queue/statuses", QStringList(), SettingScope::UserDatabase};
    static inline const SettingKey<QStringList> QueueTypes{"queue/types", QStringList(), SettingScope::UserDatabase};
    static inline const SettingKey<qint64> QueueAssignee{"queue/assignee", -1, SettingScope::UserDatabase};
    static inline const SettingKey<QString> QueueDueWindow{"queue/due", QStringLiteral("any"), SettingScope::UserDatabase};
    static inline const SettingKey<QString> QueueText{"queue/text", QString(), SettingScope::UserDatabase};
    // Lock the window after this many minutes without input (0: never).
    static inline const SettingKey<int> IdleLockMinutes{"session/idleLockMinutes", 15};
    static constexpr int kMaxRecentDatabases = 8;

    // Uses the application's default QSettings unless a file is given (tests).
    explicit AppSettings(const QString &file = {})
        : m_settings(file.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(file, QSettings::IniFormat)) {}

    // Who is signed in where: the User and UserDatabase settings read and write theirs from now
    // on. Stored under a digest of the names, not the names (no database path in plain text).
    void setScope(const QString &databaseDisplayUrl, const QString &username)
    {
        const auto digest = [](const QString &text) {
            return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
        };
        m_userGroup = username.isEmpty() ? QString() : QStringLiteral("users/") + digest(username) + QLatin1Char('/');
        m_databaseGroup = username.isEmpty() ? QString()
                                             : QStringLiteral("databases/") + digest(databaseDisplayUrl + QLatin1Char('\n') + username)
                + QLatin1Char('/');
    }

    template<typename T>
    T get(const SettingKey<T> &k) const
    {
        const QVariant v = m_settings->value(path(k));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : k.defaultValue;
    }
    template<typename T>
    void set(const SettingKey<T> &k, const T &value)
    {
        m_settings->setValue(path(k), QVariant::fromValue(value));
    }

    // Most recent first, without duplicates, never with a password.
    void addRecentDatabase(const QString &displayUrl)
    {
        QStringList list = get(RecentDatabases);
        list.removeAll(displayUrl);
        list.prepend(displayUrl);
        while (list.size() > kMaxRecentDatabases)
            list.removeLast();
        set(RecentDatabases, list);
    }
    void sync() { m_settings->sync(); }

private:
    template<typename T>
    QString path(const SettingKey<T> &k) const
    {
        switch (k.scope) {
        case SettingScope::Global: break;
        case SettingScope::User: return m_userGroup + QLatin1String(k.key);
        case SettingScope::UserDatabase: return m_databaseGroup + QLatin1String(k.key);
        }
        return QLatin1String(k.key);
    }

    std::unique_ptr<QSettings> m_settings;
    QString m_userGroup;     // "" until someone signs in
    QString m_databaseGroup;
};

} // namespace pd
