#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

class QCoreApplication;

namespace pd {

// Installs PrivacyDesk's own translator and Qt's (so standard dialogs speak the same language),
// and swaps both when the language changes at run time.
class Localization final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Localization)

public:
    explicit Localization(QObject *parent = nullptr);
    ~Localization() override;

    // "zh_CN" or "en"; anything else falls back to English.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

    static QStringList supportedLanguages();
    // zh* system locales give zh_CN, everything else en.
    static QString systemLanguage();
    static QString normalise(const QString &language);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace pd
