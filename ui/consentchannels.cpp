#include "consentchannels.h"

#include "domain/enums.h"

namespace pd {

QStringList ConsentChannels::keys()
{
    QStringList out{QStringLiteral("web_form"), QStringLiteral("sms_unsubscribe")};
    for (Channel c : channels().all())
        out << channels().key(c);
    return out;
}

QString ConsentChannels::label(const QString &key)
{
    if (key == QLatin1String("web_form"))
        return tr("web form");
    if (key == QLatin1String("sms_unsubscribe"))
        return tr("SMS opt-out (退订)");
    if (channels().fromKey(key))
        return channels().labelForKey(key);
    return key;
}

} // namespace pd
