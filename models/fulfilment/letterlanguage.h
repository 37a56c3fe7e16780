#pragma once

#include "../common/result.h"
#include "../domain/enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QTranslator>

#include <memory>

namespace pd {

// The words of one letter language, independent of the language the UI speaks: enum labels are
// translated through PrivacyDesk's own .qm for that language, loaded into a private translator.
class LetterLanguage final
{
    Q_DECLARE_TR_FUNCTIONS(LetterLanguage)
    Q_DISABLE_COPY_MOVE(LetterLanguage)

public:
    // "zh_CN" or "en" (anything starting with "zh" is zh_CN, everything else en).
    static Result<std::shared_ptr<const LetterLanguage>> load(const QString &language);
    static QString normalise(const QString &language);

    const QString &code() const { return m_code; }
    bool chinese() const { return m_code == QLatin1String("zh_CN"); }

    template<typename E>
    QString label(const EnumTable<E> &table, E value) const
    {
        return translate(table.context(), table.sourceLabel(value));
    }
    QString translate(const char *context, const char *source) const;
    // 2026年11月29日 / 29 Nov 2026.
    QString date(QDate date) const;
    // The processor(s) the request concerns, by full name; both names for Entity::Both.
    QString processor(Entity entity) const;

private:
    explicit LetterLanguage(QString code) : m_code(std::move(code)) {}

    QString m_code;
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace pd
