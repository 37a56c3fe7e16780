#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QString>

namespace pd {

enum class Dialect { SQLite, PostgreSQL };

// Where the data lives: sqlite:///abs/path.db or postgresql://user@host:5432/dbname.
// A password is never part of the URL as shown or saved; it comes from PGPASSWORD or a prompt.
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    Dialect dialect = Dialect::SQLite;
    QString path;     // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString database;
    QString password; // only in memory
    QString sslMode;  // libpq's sslmode (empty: libpq's default, "prefer")

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqliteFile(const QString &path);
    // The embedded default: privacydesk.db under the user's application data folder.
    static DatabaseUrl defaultLocation();
    // The URL without a password, fit for settings, logs and window titles.
    QString toDisplayString() const;
};

} // namespace pd
