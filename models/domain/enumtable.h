#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace pd {

// One row of an enum's table: the value, its stable storage key and its untranslated label.
template<typename E>
struct EnumEntry
{
    E value;
    const char *key;
    const char *label; // marked with QT_TRANSLATE_NOOP in the table's context
};

// Maps an enum to storage keys and translated labels. Keys never change once written to a
// database; labels are translated at call time so a language switch takes effect at once.
template<typename E>
class EnumTable final
{
public:
    constexpr EnumTable(const char *context, std::span<const EnumEntry<E>> entries)
        : m_context(context), m_entries(entries) {}

    QString key(E value) const
    {
        for (const auto &e : m_entries)
            if (e.value == value)
                return QString::fromLatin1(e.key);
        return {};
    }
    QString label(E value) const
    {
        for (const auto &e : m_entries)
            if (e.value == value)
                return QCoreApplication::translate(m_context, e.label);
        return {};
    }
    QString labelForKey(QStringView key) const
    {
        const auto v = fromKey(key);
        return v ? label(*v) : key.toString();
    }
    // The untranslated label and its translation context, for callers that translate through a
    // translator of their own (letters are written in the recipient's language, not the UI's).
    const char *context() const { return m_context; }
    const char *sourceLabel(E value) const
    {
        for (const auto &e : m_entries)
            if (e.value == value)
                return e.label;
        return "";
    }
    std::optional<E> fromKey(QStringView key) const
    {
        for (const auto &e : m_entries)
            if (key == QLatin1String(e.key))
                return e.value;
        return std::nullopt;
    }
    QList<E> all() const
    {
        QList<E> out;
        for (const auto &e : m_entries)
            out.append(e.value);
        return out;
    }
    QStringList keys() const
    {
        QStringList out;
        for (const auto &e : m_entries)
            out.append(QString::fromLatin1(e.key));
        return out;
    }

private:
    const char *m_context;
    std::span<const EnumEntry<E>> m_entries;
};

} // namespace pd
