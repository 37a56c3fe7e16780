#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pd {

// How a consent is given or withdrawn (ConsentEvent::channel): the consent register's own ways
// (a web form, an SMS opt-out) and the request channels, with their labels in the UI language.
// The People page shows them; the register entry dialog offers them.
class ConsentChannels final
{
    Q_DECLARE_TR_FUNCTIONS(ConsentChannels)

public:
    static QStringList keys();
    // The label of a key; an unknown key as it is.
    static QString label(const QString &key);
};

} // namespace pd
