#include "databaseurl.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace pd {

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    DatabaseUrl out;
    if (trimmed.startsWith(QLatin1String("sqlite://"))) {
        out.dialect = Dialect::SQLite;
        out.path = trimmed.mid(int(qstrlen("sqlite://")));
        if (out.path.isEmpty() || !QDir::isAbsolutePath(out.path)) {
            return Result<DatabaseUrl>::failure(ErrorKind::Invalid, 
                tr("The database address \"%1\" needs an absolute file path, such as sqlite:///home/me/privacydesk.db.")
                    .arg(trimmed));
        }
        return out;
    }
    if (trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        const QString db = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || db.isEmpty()) {
            return Result<DatabaseUrl>::failure(ErrorKind::Invalid, 
                tr("The database address \"%1\" is not a valid PostgreSQL address; use postgresql://user@host:5432/database.")
                    .arg(trimmed));
        }
        out.dialect = Dialect::PostgreSQL;
        out.host = url.host();
        out.port = url.port(5432);
        out.user = url.userName();
        out.password = url.password();
        out.database = db;
        // TLS as libpq names it: ?sslmode=disable|allow|prefer|require|verify-ca|verify-full
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key != QLatin1String("sslmode")) {
                return Result<DatabaseUrl>::failure(ErrorKind::Invalid,
                                                    tr("The database address \"%1\" has an unknown option \"%2\"; only sslmode is "
                                                       "understood.")
                                                        .arg(out.toDisplayString(), key));
            }
            static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                           QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value)) {
                return Result<DatabaseUrl>::failure(ErrorKind::Invalid, tr("sslmode must be one of %1, not \"%2\".")
                                                                            .arg(modes.join(QLatin1String(", ")), value));
            }
            out.sslMode = value;
        }
        return out;
    }
    return Result<DatabaseUrl>::failure(ErrorKind::Invalid, 
        tr("The database address \"%1\" must start with sqlite:// or postgresql://.").arg(trimmed));
}

DatabaseUrl DatabaseUrl::sqliteFile(const QString &path)
{
    DatabaseUrl out;
    out.dialect = Dialect::SQLite;
    out.path = QDir::cleanPath(QDir(path).absolutePath());
    return out;
}

DatabaseUrl DatabaseUrl::defaultLocation()
{
    return sqliteFile(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/privacydesk.db"));
}

QString DatabaseUrl::toDisplayString() const
{
    if (dialect == Dialect::SQLite)
        return QStringLiteral("sqlite://") + path;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + QLatin1Char('@');
    s += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    if (!sslMode.isEmpty())
        s += QStringLiteral("?sslmode=") + sslMode;
    return s;
}

} // namespace pd
