#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace pd {

// One declared setting: its key, type and default, in one place.
template<typename T>
struct SettingKey
{
    const char *key;
    T defaultValue;
};

// Typed access to the user's settings. Keys are declared below, never spelled at call sites.
class AppSettings final
{
public:
    static inline const SettingKey<QString> Language{"ui/language", QString()};
    static inline const SettingKey<QStringList> RecentDatabases{"db/recent", QStringList()};
    static inline const SettingKey<QByteArray> WindowGeometry{"window/geometry", QByteArray()};
    static inline const SettingKey<QByteArray> WindowState{"window/state", QByteArray()};
    static inline const SettingKey<QByteArray> SplitterState{"window/splitter", QByteArray()};
    static inline const SettingKey<QByteArray> QueueHeaderState{"queue/header", QByteArray()};
    static inline const SettingKey<QStringList> QueueStatuses{"queue/statuses", QStringList()};
    static inline const SettingKey<QStringList> QueueTypes{"queue/types", QStringList()};
    static inline const SettingKey<qint64> QueueAssignee{"queue/assignee", -1};
    static inline const SettingKey<QString> QueueDueWindow{"queue/due", QStringLiteral("any")};
    static inline const SettingKey<QString> QueueText{"queue/text", QString()};
    // Lock the window after this many minutes without input (0: never).
    static inline const SettingKey<int> IdleLockMinutes{"session/idleLockMinutes", 15};
    static constexpr int kMaxRecentDatabases = 8;

    // Uses the application's default QSettings unless a file is given (tests).
    explicit AppSettings(const QString &file = {})
        : m_settings(file.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(file, QSettings::IniFormat)) {}

    template<typename T>
    T get(const SettingKey<T> &k) const
    {
        const QVariant v = m_settings->value(QLatin1String(k.key));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : k.defaultValue;
    }
    template<typename T>
    void set(const SettingKey<T> &k, const T &value)
    {
        m_settings->setValue(QLatin1String(k.key), QVariant::fromValue(value));
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
    std::unique_ptr<QSettings> m_settings;
};

} // namespace pd
