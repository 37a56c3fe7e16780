#pragma once

#include "../domain/datasource.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace pd {

// The passwords of the registered sources for one session, in memory only and never stored in
// the database (a source's URL is saved without one): what the user typed when a source asked,
// or what the UI read from the system keychain for them. Without one, PostgreSQL's own means
// apply (PGPASSWORD, ~/.pgpass): the CLI relies on those. Thread-safe: look-ups run on workers.
class SourceCredentials final
{
public:
    // Keyed by the source's URL as saved (without a password).
    void set(const QString &url, const QString &password);
    void remove(const QString &url);
    QString password(const QString &url) const;
    // Each source with the password known for it.
    QList<DataSource> apply(QList<DataSource> sources) const;
    DataSource apply(DataSource source) const;

    // Whether a source's connection failure means that it wants a (different) password.
    static bool isPasswordFailure(const QString &message);

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_passwords;
};

} // namespace pd
