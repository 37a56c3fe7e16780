#include "demoplatform.h"

#include "../storage/database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace pd {

namespace {

QAtomicInt nextConnection;

constexpr const char *kSchema[] = {
    "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, account TEXT NOT NULL UNIQUE, name TEXT, password_hash TEXT, "
    "email TEXT, mobile TEXT, position TEXT, registered_at TEXT, status TEXT NOT NULL DEFAULT 'active')",
    "CREATE INDEX IF NOT EXISTS users_email ON users (email)",
    "CREATE INDEX IF NOT EXISTS users_mobile ON users (mobile)",
    "CREATE TABLE IF NOT EXISTS contacts (id INTEGER PRIMARY KEY, name TEXT, email TEXT, mobile TEXT, context TEXT, collected_at TEXT)",
    "CREATE INDEX IF NOT EXISTS contacts_email ON contacts (email)",
    "CREATE INDEX IF NOT EXISTS contacts_mobile ON contacts (mobile)",
    "CREATE TABLE IF NOT EXISTS enterprises (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, company TEXT, credit_code TEXT, "
    "licence TEXT)",
    "CREATE INDEX IF NOT EXISTS enterprises_user ON enterprises (user_id)",
    "CREATE TABLE IF NOT EXISTS devices (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, device_type TEXT, model TEXT, "
    "device_id TEXT, os TEXT, browser TEXT, screen TEXT, language TEXT, ip TEXT, carrier TEXT, last_seen TEXT)",
    "CREATE INDEX IF NOT EXISTS devices_user ON devices (user_id)",
    "CREATE TABLE IF NOT EXISTS interactions (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, kind TEXT, content TEXT, "
    "channel TEXT, occurred_at TEXT)",
    "CREATE INDEX IF NOT EXISTS interactions_user ON interactions (user_id, occurred_at)",
    "CREATE TABLE IF NOT EXISTS access_log (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, accessed_at TEXT, path TEXT, "
    "client_ip TEXT, event TEXT)",
    "CREATE INDEX IF NOT EXISTS access_log_user ON access_log (user_id, accessed_at)",
    "CREATE TABLE IF NOT EXISTS third_party (id INTEGER PRIMARY KEY, mobile TEXT, provider TEXT, kind TEXT, value TEXT, "
    "obtained_at TEXT)",
    "CREATE INDEX IF NOT EXISTS third_party_mobile ON third_party (mobile)",
    "CREATE TABLE IF NOT EXISTS cookies (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, name TEXT, kind TEXT, value TEXT, "
    "site TEXT, expires_at TEXT)",
    "CREATE INDEX IF NOT EXISTS cookies_user ON cookies (user_id)",
    "CREATE TABLE IF NOT EXISTS sdk_events (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, sdk TEXT, event TEXT, device TEXT, "
    "location TEXT, collected_at TEXT)",
    "CREATE INDEX IF NOT EXISTS sdk_events_user ON sdk_events (user_id, collected_at)",
};

template<std::size_t N>
const char *pick(QRandomGenerator &rng, const char *const (&list)[N])
{
    return list[rng.bounded(int(N))];
}

QString national(const QString &e164)
{
    return e164.startsWith(QLatin1String("+86")) ? e164.mid(3) : e164.mid(1);
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString ip(QRandomGenerator &rng)
{
    static const char *const prefixes[] = {"114.88", "180.160", "223.104", "36.110", "117.136", "58.247", "101.88"};
    return QStringLiteral("%1.%2.%3").arg(QLatin1String(pick(rng, prefixes))).arg(rng.bounded(256)).arg(rng.bounded(1, 255));
}

} // namespace

QString DemoPlatform::sourceName()
{
    return tr("Demo platform");
}

QString DemoPlatform::pathFor(const DatabaseUrl &main)
{
    if (main.dialect == Dialect::SQLite) {
        const QFileInfo file(main.path);
        return file.absoluteDir().filePath(file.completeBaseName() + QStringLiteral("-platform.db"));
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    QString name = QStringLiteral("platform-%1-%2-%3.db").arg(main.host).arg(main.port).arg(main.database);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return QDir(dir).filePath(name);
}

QMap<QString, QString> DemoPlatform::lookups()
{
    const QString user = QStringLiteral("(SELECT id FROM users WHERE account = :account OR mobile = :phone_national OR email = :email)");
    return {
        {QStringLiteral("account"),
         QStringLiteral("SELECT name, account, password_hash AS password, email, mobile AS phone, position, registered_at\n"
                        "FROM users WHERE account = :account OR mobile = :phone_national OR email = :email")},
        {QStringLiteral("contact"),
         QStringLiteral("SELECT name, email, mobile AS phone, context, collected_at\nFROM contacts\n"
                        "WHERE mobile = :phone_national OR email = :email ORDER BY collected_at")},
        {QStringLiteral("enterprise"),
         QStringLiteral("SELECT company, credit_code, licence\nFROM enterprises WHERE user_id IN %1").arg(user)},
        {QStringLiteral("device"),
         QStringLiteral("SELECT device_type, model, device_id, os, browser, screen, language, ip, carrier, last_seen\n"
                        "FROM devices WHERE user_id IN %1 ORDER BY last_seen DESC")
             .arg(user)},
        {QStringLiteral("interaction"),
         QStringLiteral("SELECT kind, content, channel, occurred_at\nFROM interactions WHERE user_id IN %1 ORDER BY occurred_at DESC")
             .arg(user)},
        {QStringLiteral("log"),
         QStringLiteral("SELECT accessed_at, path, client_ip, event\nFROM access_log WHERE user_id IN %1 ORDER BY accessed_at DESC")
             .arg(user)},
        {QStringLiteral("third_party"),
         QStringLiteral("SELECT provider, kind, value, obtained_at\nFROM third_party WHERE mobile = :phone_national "
                        "ORDER BY obtained_at DESC")},
        {QStringLiteral("cookie"),
         QStringLiteral("SELECT name, kind, value, site, expires_at\nFROM cookies WHERE user_id IN %1 ORDER BY name").arg(user)},
        {QStringLiteral("sdk"),
         QStringLiteral("SELECT sdk, event, device, location, collected_at\nFROM sdk_events WHERE user_id IN %1 "
                        "ORDER BY collected_at DESC")
             .arg(user)},
    };
}

QMap<QString, QString> DemoPlatform::actions()
{
    const QString where = QStringLiteral("WHERE account = :account OR mobile = :phone_national OR email = :email");
    const QString user = QStringLiteral("user_id IN (SELECT id FROM users %1)").arg(where);
    return {
        {QStringLiteral("account/delete"), QStringLiteral("DELETE FROM users %1").arg(where)},
        {QStringLiteral("account/restrict"), QStringLiteral("UPDATE users SET status = 'restricted' %1").arg(where)},
        {QStringLiteral("account/cancel"), QStringLiteral("UPDATE users SET status = 'cancelled' %1").arg(where)},
        {QStringLiteral("account/correct.name"), QStringLiteral("UPDATE users SET name = :value %1").arg(where)},
        {QStringLiteral("account/correct.email"), QStringLiteral("UPDATE users SET email = :value %1").arg(where)},
        {QStringLiteral("account/correct.position"), QStringLiteral("UPDATE users SET position = :value %1").arg(where)},
        {QStringLiteral("contact/delete"), QStringLiteral("DELETE FROM contacts WHERE mobile = :phone_national OR email = :email")},
        {QStringLiteral("enterprise/delete"), QStringLiteral("DELETE FROM enterprises WHERE %1").arg(user)},
        // Anonymised: the rows stay for the statistics, cut off from the person.
        {QStringLiteral("device/anonymise"),
         QStringLiteral("UPDATE devices SET user_id = 0, device_id = :pseudonym, ip = NULL, carrier = NULL WHERE %1").arg(user)},
        {QStringLiteral("interaction/delete"), QStringLiteral("DELETE FROM interactions WHERE %1").arg(user)},
        // Network logs are kept six months (Cybersecurity Law Art. 21): only older lines go.
        {QStringLiteral("log/delete"), QStringLiteral("DELETE FROM access_log WHERE %1 AND accessed_at < :hold_cutoff").arg(user)},
        {QStringLiteral("third_party/delete"), QStringLiteral("DELETE FROM third_party WHERE mobile = :phone_national")},
        {QStringLiteral("cookie/delete"), QStringLiteral("DELETE FROM cookies WHERE %1").arg(user)},
        {QStringLiteral("sdk/anonymise"),
         QStringLiteral("UPDATE sdk_events SET user_id = 0, device = NULL, location = NULL WHERE %1").arg(user)},
    };
}

Result<qint64> DemoPlatform::write(const QString &path, const QList<Person> &people, quint32 seed, const QDateTime &now,
                                   const std::function<bool()> &cancelled, const QSet<qint64> &erased)
{
    using R = Result<qint64>;
    const QString name = QStringLiteral("pd-demo-platform-%1").arg(nextConnection.fetchAndAddRelaxed(1));
    qint64 rows = 0;
    QString problem;
    ErrorKind kind = ErrorKind::Internal;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        const auto fail = [&](const QString &what, const QSqlError &error) {
            kind = Database::classify(error);
            problem = tr("The demo platform %1: %2: %3").arg(QDir::toNativeSeparators(path), what, Database::describe(error));
        };
        if (!db.open()) {
            fail(tr("cannot open it"), db.lastError());
        } else {
            QSqlQuery q(db);
            for (const char *statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"})
                q.exec(QString::fromLatin1(statement));
            for (const char *statement : kSchema)
                if (problem.isEmpty() && !q.exec(QString::fromLatin1(statement)))
                    fail(tr("cannot create its tables"), q.lastError());
            if (problem.isEmpty() && !db.transaction())
                fail(tr("cannot begin writing"), db.lastError());
            QSqlQuery user(db), contact(db), enterprise(db), device(db), interaction(db), log(db), third(db), cookie(db), sdk(db);
            const struct
            {
                QSqlQuery *q;
                const char *sql;
            } prepared[] = {
                {&user, "INSERT OR IGNORE INTO users (account, name, password_hash, email, mobile, position, registered_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"},
                {&contact, "INSERT INTO contacts (name, email, mobile, context, collected_at) VALUES (?, ?, ?, ?, ?)"},
                {&enterprise, "INSERT INTO enterprises (user_id, company, credit_code, licence) VALUES (?, ?, ?, ?)"},
                {&device, "INSERT INTO devices (user_id, device_type, model, device_id, os, browser, screen, language, ip, carrier, "
                          "last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
                {&interaction, "INSERT INTO interactions (user_id, kind, content, channel, occurred_at) VALUES (?, ?, ?, ?, ?)"},
                {&log, "INSERT INTO access_log (user_id, accessed_at, path, client_ip, event) VALUES (?, ?, ?, ?, ?)"},
                {&third, "INSERT INTO third_party (mobile, provider, kind, value, obtained_at) VALUES (?, ?, ?, ?, ?)"},
                {&cookie, "INSERT INTO cookies (user_id, name, kind, value, site, expires_at) VALUES (?, ?, ?, ?, ?, ?)"},
                {&sdk, "INSERT INTO sdk_events (user_id, sdk, event, device, location, collected_at) VALUES (?, ?, ?, ?, ?, ?)"},
            };
            for (const auto &p : prepared)
                if (problem.isEmpty() && !p.q->prepare(QString::fromLatin1(p.sql)))
                    fail(tr("cannot prepare its statements"), p.q->lastError());
            const auto run = [&](QSqlQuery &query, const QVariantList &values) {
                if (!problem.isEmpty())
                    return false;
                for (int i = 0; i < values.size(); ++i)
                    query.bindValue(i, values.at(i));
                if (!query.exec()) {
                    fail(tr("cannot write"), query.lastError());
                    return false;
                }
                ++rows;
                return true;
            };

            static const char *const positions[] = {"产品经理", "运营专员", "市场总监", "技术负责人", "Marketing manager",
                                                    "Data analyst", "采购经理", "CEO"};
            static const char *const contexts[] = {"feedback", "enquiry", "event", "webinar", "trade_show"};
            static const char *const deviceTypes[] = {"phone", "phone", "desktop", "laptop", "tablet"};
            static const char *const models[] = {"iPhone 14", "HUAWEI Mate 60", "Xiaomi 14", "OPPO Find X7", "MacBook Pro",
                                                 "ThinkPad X1", "iPad Air", "vivo X100"};
            static const char *const systems[] = {"iOS 17.5", "HarmonyOS 4.2", "Android 14", "macOS 14.5", "Windows 11 23H2"};
            static const char *const browsers[] = {"Safari 17", "Chrome 126", "Edge 126", "WeChat 8.0", "Firefox 127"};
            static const char *const screens[] = {"1170x2532", "1260x2720", "2560x1600", "1920x1080", "2360x1640"};
            static const char *const carriers[] = {"中国移动", "中国联通", "中国电信", "China Mobile", "BT"};
            static const char *const kinds[] = {"support_question", "information_request", "search_query", "chat"};
            static const char *const contents[] = {"如何导出达人数据报表？", "发票抬头如何修改？", "search: 美妆 KOL 上海",
                                                   "What does the API rate limit cover?", "账号无法登录，提示验证码错误",
                                                   "请提供产品报价单", "search: 小红书 投放 ROI"};
            static const char *const channels[] = {"online_chat", "email", "hotline", "web_form"};
            static const char *const pages[] = {"/dashboard", "/kol/search", "/reports/export", "/account/settings", "/login",
                                                "/campaigns", "/billing"};
            static const char *const events[] = {"view", "view", "view", "view", "error", "crash", "restart", "upgrade"};
            static const char *const providers[] = {"行业数据服务商", "公开工商信息", "Public web profile", "合作渠道"};
            static const char *const thirdKinds[] = {"industry", "company_registry", "public_profile", "lead"};
            static const char *const cookieNames[] = {"session_id", "lang", "font_size", "theme", "consent_banner"};
            static const char *const sdks[] = {"统计分析 SDK", "推送 SDK", "崩溃分析 SDK", "地图定位 SDK"};
            static const char *const sdkEvents[] = {"app_open", "page_view", "push_click", "crash_report", "location_update"};
            static const char *const places[] = {"上海市徐汇区", "上海市浦东新区", "北京市朝阳区", "杭州市西湖区", "London"};

            for (int index = 0; index < people.size() && problem.isEmpty(); ++index) {
                if (cancelled && cancelled()) {
                    problem = tr("The demo platform was not written: cancelled.");
                    break;
                }
                const Person &p = people.at(index);
                if (erased.contains(p.id))
                    continue;
                QRandomGenerator rng(seed * 2654435761u ^ quint32(p.id));
                const QString mobile = national(p.phone);
                const QDateTime registered = now.addDays(-rng.bounded(30, 1400)).addSecs(-rng.bounded(86400));
                const auto when = [&](int maxDays) { return stamp(now.addSecs(-qint64(rng.bounded(maxDays * 86400 + 1)))); };

                // Contacts: from feedback, enquiries, events.
                const int contacts = 1 + rng.bounded(2);
                for (int i = 0; i < contacts; ++i)
                    run(contact, {p.name, p.email, mobile, QString::fromLatin1(pick(rng, contexts)), when(700)});
                // Some only ever got in touch: no account on the platform. The heavy user has one.
                const bool heavy = index % kHeavyEvery == kHeavyOffset;
                if (p.account.isEmpty() || (!heavy && rng.bounded(100) < 8)) {
                    if (rng.bounded(3) == 0)
                        run(third, {mobile, QString::fromUtf8(pick(rng, providers)), QString::fromLatin1(pick(rng, thirdKinds)),
                                    QStringLiteral("score=%1").arg(rng.bounded(100)), when(500)});
                    continue;
                }
                if (!run(user, {p.account, p.name,
                                QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$%1").arg(rng.generate64(), 16, 16, QLatin1Char('0')),
                                p.email, mobile, QString::fromUtf8(pick(rng, positions)), stamp(registered)}))
                    break;
                if (!user.next())
                    continue; // the account is there already (a second load of the same people)
                const qint64 uid = user.value(0).toLongLong();
                user.finish();
                if (!p.company.isEmpty())
                    run(enterprise, {uid, p.company, p.creditCode.isEmpty() ? QVariant() : QVariant(p.creditCode),
                                     QStringLiteral("licence-%1.pdf").arg(uid)});
                const int devices = 1 + rng.bounded(4);
                for (int i = 0; i < devices; ++i)
                    run(device, {uid, QString::fromLatin1(pick(rng, deviceTypes)), QString::fromUtf8(pick(rng, models)),
                                 QStringLiteral("%1").arg(rng.generate64(), 16, 16, QLatin1Char('0')),
                                 QString::fromUtf8(pick(rng, systems)), QString::fromUtf8(pick(rng, browsers)),
                                 QString::fromLatin1(pick(rng, screens)), p.language, ip(rng), QString::fromUtf8(pick(rng, carriers)),
                                 when(200)});
                const int interactions = rng.bounded(8);
                for (int i = 0; i < interactions; ++i)
                    run(interaction, {uid, QString::fromLatin1(pick(rng, kinds)), QString::fromUtf8(pick(rng, contents)),
                                      QString::fromLatin1(pick(rng, channels)), when(1000)});
                // Access logs: a handful for most, tens of thousands for a heavy user now and then.
                const int lines = heavy ? 10000 + rng.bounded(20000) : rng.bounded(9);
                const QString clientIp = ip(rng);
                for (int i = 0; i < lines; ++i)
                    run(log, {uid, when(heavy ? 400 : 300), QString::fromLatin1(pick(rng, pages)),
                              rng.bounded(10) == 0 ? ip(rng) : clientIp, QString::fromLatin1(pick(rng, events))});
                if (rng.bounded(4) == 0)
                    run(third, {mobile, QString::fromUtf8(pick(rng, providers)), QString::fromLatin1(pick(rng, thirdKinds)),
                                QStringLiteral("score=%1").arg(rng.bounded(100)), when(500)});
                const int cookies = rng.bounded(4);
                for (int i = 0; i < cookies; ++i)
                    run(cookie, {uid, QString::fromLatin1(cookieNames[i]), i == 0 ? QStringLiteral("session") : QStringLiteral("persistent"),
                                 i == 0 ? QStringLiteral("%1").arg(rng.generate(), 8, 16, QLatin1Char('0')) : p.language,
                                 QStringLiteral("www.tarsocial.com"), stamp(now.addDays(rng.bounded(1, 365)))});
                for (int i = rng.bounded(3); i > 0; --i)
                    run(sdk, {uid, QString::fromUtf8(pick(rng, sdks)), QString::fromLatin1(pick(rng, sdkEvents)),
                              QString::fromUtf8(pick(rng, models)), QString::fromUtf8(pick(rng, places)), when(300)});
            }
            if (problem.isEmpty()) {
                if (!db.commit())
                    fail(tr("cannot finish writing"), db.lastError());
            } else {
                db.rollback();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        return R::failure(kind, problem);
    return rows;
}

} // namespace pd
