#include "pgcluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <unistd.h>

namespace pd::test {

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

bool asRoot()
{
    return ::geteuid() == 0;
}

int randomPort()
{
    return 20000 + int(QRandomGenerator::global()->bounded(40000));
}

} // namespace

PgCluster::~PgCluster()
{
    if (m_running)
        stop(QStringLiteral("immediate"));
}

bool PgCluster::available()
{
    return QFile::exists(kBin + QStringLiteral("initdb")) && QFile::exists(kBin + QStringLiteral("pg_ctl"));
}

bool PgCluster::run(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir.path());
    if (asRoot())
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args);
    else
        p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2%3").arg(program, p.errorString(), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return true;
}

bool PgCluster::init(bool tls, const QString &superuserPassword)
{
    if (!available()) {
        m_error = QStringLiteral("PostgreSQL 15 is not installed (%1)").arg(kBin);
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temp dir");
        return false;
    }
    if (asRoot() && !run(QStringLiteral("/bin/true"), {})) // runuser works
        return false;
    if (asRoot()) {
        // The server's user must own its folder.
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()});
    }
    m_data = m_dir.filePath(QStringLiteral("data"));
    QStringList initdb{QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
                       QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")};
    if (superuserPassword.isEmpty()) {
        initdb << QStringLiteral("-A") << QStringLiteral("trust");
    } else {
        // Local socket (psql below) trusted, TCP (the app) by password.
        const QString pwfile = m_dir.filePath(QStringLiteral("pwfile"));
        QFile f(pwfile);
        if (!f.open(QIODevice::WriteOnly) || f.write(superuserPassword.toUtf8()) < 0)
            return false;
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        initdb << QStringLiteral("--auth-local=trust") << QStringLiteral("--auth-host=scram-sha-256") << QStringLiteral("--pwfile")
               << pwfile;
        m_socketOnly = true;
    }
    if (!run(kBin + QStringLiteral("initdb"), initdb))
        return false;
    if (tls) {
        // A self-signed certificate for 127.0.0.1, made by the server's user in its data dir.
        if (!run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-x509"),
                                             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-nodes"),
                                             QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-newkey"),
                                             QStringLiteral("rsa:2048"), QStringLiteral("-keyout"), m_data + QStringLiteral("/server.key"),
                                             QStringLiteral("-out"), m_data + QStringLiteral("/server.crt")}))
            return false;
        QFile conf(m_data + QStringLiteral("/postgresql.conf"));
        if (!conf.open(QIODevice::Append))
            return false;
        conf.write("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n");
    }
    return true;
}

bool PgCluster::start()
{
    // The first start looks for a free port; a restart keeps the one the clients know.
    if (m_port == 0) {
        for (int attempt = 0; attempt < 8; ++attempt) {
            m_port = randomPort();
            if (startOnPort())
                return true;
        }
        return false;
    }
    return startOnPort();
}

bool PgCluster::startOnPort()
{
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off")
                                .arg(m_port)
                                .arg(m_dir.path());
    if (!run(kBin + QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                                               QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-o"),
                                               options, QStringLiteral("start")}))
        return false;
    m_running = true;
    return true;
}

bool PgCluster::stop(const QString &mode)
{
    if (!run(kBin + QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_data, QStringLiteral("-m"), mode, QStringLiteral("-w"),
                                               QStringLiteral("stop")}))
        return false;
    m_running = false;
    return true;
}

QString PgCluster::url(const QString &database) const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

bool PgCluster::psql(const QString &sql, const QString &database, QString *output)
{
    return run(QStringLiteral("/usr/bin/psql"), {QStringLiteral("-h"), m_socketOnly ? m_dir.path() : QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                                 QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"),
                                                 QStringLiteral("-d"), database, QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                                 QStringLiteral("-At"), QStringLiteral("-c"), sql},
               output);
}

} // namespace pd::test
