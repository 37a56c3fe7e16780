#include "sourcecredentials.h"

#include <QMutexLocker>

namespace pd {

void SourceCredentials::set(const QString &url, const QString &password)
{
    const QMutexLocker lock(&m_mutex);
    m_passwords.insert(url, password);
}

void SourceCredentials::remove(const QString &url)
{
    const QMutexLocker lock(&m_mutex);
    m_passwords.remove(url);
}

QString SourceCredentials::password(const QString &url) const
{
    const QMutexLocker lock(&m_mutex);
    return m_passwords.value(url);
}

DataSource SourceCredentials::apply(DataSource source) const
{
    source.password = password(source.url);
    return source;
}

QList<DataSource> SourceCredentials::apply(QList<DataSource> sources) const
{
    for (DataSource &s : sources)
        s.password = password(s.url);
    return sources;
}

bool SourceCredentials::isPasswordFailure(const QString &message)
{
    // libpq's own words (fe_sendauth: no password supplied) and the server's, in English or in
    // the server's Chinese messages.
    return message.contains(QLatin1String("password"), Qt::CaseInsensitive) || message.contains(QStringLiteral("口令"))
        || message.contains(QStringLiteral("密码"));
}

} // namespace pd
