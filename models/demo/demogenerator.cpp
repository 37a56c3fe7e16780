#include "demogenerator.h"

#include "../audit/auditlog.h"
#include "../sources/demoplatform.h"
#include "../storage/database.h"
#include "../storage/bulkwriter.h"
#include "../storage/erasurerepository.h"
#include "../storage/personrepository.h"
#include "../storage/sourcerepository.h"
#include "../storage/requestrepository.h"
#include "../workflow/permissions.h"
#include "../storage/staffrepository.h"
#include "../storage/transaction.h"
#include "../workflow/authservice.h"
#include "demobulksink.h"
#include "demodriver.h"
#include "demoplanner.h"
#include "demoservicesink.h"
#include "../workflow/verificationservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QJsonObject>

#include <algorithm>
#include <future>

namespace pd {

QList<DemoGenerator::DemoAccount> DemoGenerator::demoAccounts()
{
    return {
        {QStringLiteral("demo.zhang.wei"), QStringLiteral("张伟（演示）"), Role::Agent, QStringLiteral("demo-agent-1")},
        {QStringLiteral("demo.li.na"), QStringLiteral("李娜（演示）"), Role::Agent, QStringLiteral("demo-agent-2")},
        {QStringLiteral("demo.emily.chen"), QStringLiteral("Emily Chen (demo)"), Role::Agent, QStringLiteral("demo-agent-3")},
        {QStringLiteral("demo.wang.qiang"), QStringLiteral("王强（演示）"), Role::Supervisor, QStringLiteral("demo-supervisor-1")},
        {QStringLiteral("demo.admin"), QStringLiteral("演示管理员 Demo admin"), Role::Administrator, QStringLiteral("demo-admin-1")},
    };
}

Status DemoGenerator::mayLoad(const Actor *actor) const
{
    const StaffRepository staff(m_db);
    const auto accounts = staff.accounts();
    if (!accounts)
        return Status::from(accounts);
    if (!actor && !accounts->isEmpty())
        return Status::failure(ErrorKind::Denied, tr("Demo data: sign in as an administrator to load it (only a database "
                                                     "without any staff account takes it without a sign-in)."));
    if (actor && !Permissions::mayLoadDemoData(actor->role))
        return Status::failure(ErrorKind::Denied, Permissions::whyNotLoadDemoData(actor->role));
    const auto real = RequestRepository(m_db).countReal();
    if (!real)
        return Status::from(real);
    if (real.value() > 0)
        return Status::failure(ErrorKind::Denied,
                               tr("Demo data is only loaded into a database that holds no requests but demo ones: this one "
                                  "holds %n real request(s). Open an empty database for demo data.",
                                  nullptr, int(std::min<qint64>(real.value(), INT_MAX))));
    return {};
}

Result<QList<DemoGenerator::DemoAccount>> DemoGenerator::ensureDemoStaff(const QDateTime &at, const QString &startedBy) const
{
    using R = Result<QList<DemoAccount>>;
    const StaffRepository repo(m_db);
    const auto staff = repo.list();
    if (!staff)
        return R::failure(staff.fault());
    // Only demo accounts work demo requests: the demo agents and supervisor are added once.
    const bool needStaff = std::none_of(staff->cbegin(), staff->cend(), [](const StaffUser &u) {
        return u.demo && u.role != roles().key(Role::Administrator);
    });
    const bool needAdministrator = AuthService(m_db).needsFirstAdministrator();

    QList<DemoAccount> wanted;
    for (const DemoAccount &a : demoAccounts()) {
        if (a.role == Role::Administrator ? !needAdministrator : !needStaff)
            continue;
        const auto existing = repo.findByUsername(a.username);
        if (!existing)
            return R::failure(existing.fault());
        if (!existing->has_value())
            wanted << a;
    }
    if (wanted.isEmpty())
        return wanted;
    QStringList hashes; // before the transaction: hashing takes a while
    for (const DemoAccount &a : std::as_const(wanted)) {
        const auto hash = AuthService::hashPassword(a.password);
        if (!hash)
            return R::failure(hash.fault());
        hashes << hash.value();
    }
    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().fault());
    const AuditLog audit(m_db);
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const DemoAccount &a = wanted.at(i);
        const StaffUser user{0, a.username, a.displayName, roles().key(a.role), /*demo=*/true};
        const auto id = repo.insert(user, hashes.at(i));
        if (!id)
            return R::failure(id.fault());
        AuditEntry entry;
        entry.at = at;
        entry.actor = startedBy;
        entry.entity = QStringLiteral("staff");
        entry.entityId = id.value();
        entry.action = QStringLiteral("staff_created");
        entry.afterJson = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("username"), user.username},
                                                                       {QStringLiteral("display_name"), user.displayName},
                                                                       {QStringLiteral("role"), user.role},
                                                                       {QStringLiteral("active"), true},
                                                                       {QStringLiteral("demo"), true}})
                                                .toJson(QJsonDocument::Compact));
        if (auto appended = audit.append(entry); !appended)
            return R::failure(appended.fault());
    }
    if (auto s = tx.commit(); !s)
        return R::failure(s.fault());
    return wanted;
}

Result<qint64> DemoGenerator::run(const Options &options, const Progress &progress) const
{
    using R = Result<qint64>;
    if (auto s = mayLoad(options.actor ? &*options.actor : nullptr); !s)
        return R::failure(s.fault());
    const QString startedBy = options.actor ? options.actor->username : QStringLiteral("demo");
    if (auto added = ensureDemoStaff(options.now.toUTC(), startedBy); !added)
        return R::failure(added.fault());
    const auto staff = StaffRepository(m_db).list();
    if (!staff)
        return R::failure(staff.fault());
    const auto policy = VerificationService(m_db).policy();
    if (!policy)
        return R::failure(policy.fault());

    DemoPlanner::Setup setup;
    setup.requests = options.requests;
    setup.seed = options.seed;
    setup.today = options.today;
    setup.now = options.now.toUTC();
    setup.policy = policy.value();
    for (const StaffUser &u : staff.value()) {
        if (!u.demo)
            continue; // real staff never appear in demo data
        const Actor actor{u.id, u.username, roles().fromKey(u.role).value_or(Role::Agent), u.displayName};
        if (actor.role == Role::Agent)
            setup.agents << actor;
        else if (actor.role == Role::Supervisor)
            setup.supervisors << actor;
    }

    const bool bulk = options.path == Path::Bulk
        || (options.path == Path::Automatic && options.requests > kServicePathLimit);
    BulkWriter writer(m_db);
    if (bulk)
        if (auto s = writer.begin(); !s)
            return R::failure(s.fault());
    const auto ids = writer.nextIds();
    if (!ids)
        return R::failure(ids.fault());
    setup.firstPersonId = ids->person;
    DemoPlanner planner(setup, m_calendar);

    Result<qint64> done = R::failure(ErrorKind::Internal, QString());
    if (bulk) {
        DemoBulkSink sink(m_db, m_calendar, ids.value(), policy.value());
        DemoDriver driver(planner, sink);
        done = runInBulk(driver, sink, writer, std::max<qint64>(1, options.batchRequests), {ids->auditId, ids->auditHash},
                         progress);
    } else {
        DemoServiceSink sink(m_db, m_calendar);
        DemoDriver driver(planner, sink);
        done = runThroughServices(driver, progress);
    }
    if (!done)
        return done;
    if (options.platform && done.value() > 0)
        if (auto s = addHoldings(ids->person, options, startedBy); !s)
            return R::failure(s.fault());

    // The load itself is on the record too, after the entries of its requests.
    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().fault());
    AuditEntry audit;
    audit.at = options.now.toUTC();
    audit.actor = startedBy;
    audit.entity = QStringLiteral("database");
    audit.action = QStringLiteral("demo_data_loaded");
    audit.afterJson = QStringLiteral("{\"requests\":%1,\"seed\":%2,\"first_request_id\":%3}")
                          .arg(done.value())
                          .arg(options.seed)
                          .arg(ids->request);
    if (auto a = AuditLog(m_db).append(audit); !a)
        return R::failure(a.fault());
    if (auto s = tx.commit(); !s)
        return R::failure(s.fault());
    return done;
}

Status DemoGenerator::addHoldings(qint64 firstPersonId, const Options &options, const QString &startedBy) const
{
    const QString path = DemoPlatform::pathFor(m_db.url());
    const QDateTime now = options.now.toUTC();
    static const char *const partners[] = {"上海声讯热线服务有限公司", "云端技术支持（上海）有限公司", "Shanghai Hotline Services Ltd."};
    qint64 after = firstPersonId - 1;
    const auto erased = ErasureRepository(m_db).erasedPeople();
    if (!erased)
        return erased.fault();
    for (;;) {
        const auto people = PersonRepository(m_db).listFrom(after, 5000);
        if (!people)
            return people.fault();
        if (people->isEmpty())
            break;
        after = people->constLast().id;
        // Whose data was erased (a demo deletion or cancellation carried out): none of it is held.
        if (auto written = DemoPlatform::write(path, people.value(), options.seed, now, {}, erased.value()); !written)
            return written.fault();
        // The registers: marketing consent for most, withdrawn by some; disclosures to the
        // hotline partner, the affiliate and, rarely, an authority.
        QList<Disclosure> disclosures;
        QList<ConsentEvent> consents;
        for (const Person &p : people.value()) {
            QRandomGenerator rng(options.seed * 40503u ^ quint32(p.id));
            const QDateTime given = now.addDays(-rng.bounded(60, 1200));
            if (rng.bounded(100) < 60) {
                consents << ConsentEvent{0, p.id, QStringLiteral("marketing"), true, QStringLiteral("web_form"), given,
                                         QStringLiteral("demo")};
                if (rng.bounded(100) < 15)
                    consents << ConsentEvent{0, p.id, QStringLiteral("marketing"), false, QStringLiteral("sms_unsubscribe"),
                                             given.addDays(rng.bounded(1, 50)), QStringLiteral("demo")};
            }
            const int roll = rng.bounded(100);
            const QDate on = now.date().addDays(-rng.bounded(10, 700));
            if (roll < 12)
                disclosures << Disclosure{0, p.id, QStringLiteral("contact"), QStringLiteral("partner"),
                                          QString::fromUtf8(partners[rng.bounded(3)]),
                                          QStringLiteral("PIPL Art. 21 (entrusted processing)"), on, QStringLiteral("demo"), now};
            else if (roll < 17)
                disclosures << Disclosure{0, p.id, QStringLiteral("account"), QStringLiteral("affiliate"),
                                          QStringLiteral("千舆网络科技（上海）有限公司"), QStringLiteral("PIPL Art. 23 (separate consent)"),
                                          on, QStringLiteral("demo"), now};
            else if (roll == 17)
                disclosures << Disclosure{0, p.id, QStringLiteral("log"), QStringLiteral("authority"),
                                          QStringLiteral("上海市公安局网安总队"), QStringLiteral("Cybersecurity Law Art. 28"), on,
                                          QStringLiteral("demo"), now};
        }
        Transaction tx(m_db);
        if (!tx.begun())
            return tx.begun();
        if (auto s = RegisterRepository(m_db).addMany(disclosures, consents); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
    }

    // Registered once: a later load adds to the same file.
    const SourceRepository sources(m_db);
    const auto existing = sources.list();
    if (!existing)
        return existing.fault();
    const QString url = DatabaseUrl::sqliteFile(path).toDisplayString();
    for (const DataSource &s : existing.value())
        if (s.demo && s.url == url)
            return {};
    DataSource source;
    source.name = DemoPlatform::sourceName();
    for (const DataSource &s : existing.value())
        if (s.name == source.name)
            source.name += QStringLiteral(" (%1)").arg(existing->size() + 1);
    source.url = url;
    source.demo = true;
    source.lookups = DemoPlatform::lookups();
    source.actions = DemoPlatform::actions();
    source.updatedBy = startedBy;
    source.updatedAt = now;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const auto id = sources.insert(source);
    if (!id)
        return id.fault();
    AuditEntry e;
    e.at = now;
    e.actor = startedBy;
    e.entity = QStringLiteral("source");
    e.entityId = id.value();
    e.action = QStringLiteral("source_added");
    // Without the file's path, which differs from one machine to the next: the same seed leaves
    // the same audit chain anywhere (the path is in the source's row).
    e.afterJson = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), source.name},
                                                              {QStringLiteral("categories"), QJsonArray::fromStringList(source.lookups.keys())},
                                                              {QStringLiteral("demo"), true}})
                                        .toJson(QJsonDocument::Compact));
    if (auto a = AuditLog(m_db).append(e); !a)
        return a.fault();
    return tx.commit();
}

Result<qint64> DemoGenerator::runThroughServices(DemoDriver &driver, const Progress &progress) const
{
    qint64 reported = 0;
    while (!driver.done()) {
        if (auto s = driver.step(); !s)
            return Result<qint64>::failure(s.fault());
        if (progress && driver.registered() >= reported + 100) {
            reported = driver.registered();
            if (!progress(reported, driver.total()))
                driver.stopIntake();
        }
    }
    if (progress)
        progress(driver.registered(), driver.total());
    return driver.registered();
}

Result<qint64> DemoGenerator::runInBulk(DemoDriver &driver, DemoBulkSink &sink, BulkWriter &writer, qint64 batchRequests,
                                        const QPair<qint64, QString> &chainFrom, const Progress &progress) const
{
    using R = Result<qint64>;
    // Batches are made on a second thread while the previous one is written; they are made one
    // after another from the same plan, so the data stays deterministic.
    struct Prepared
    {
        Status status;
        BulkWriter::Batch batch;
        qint64 registered = 0;
        bool last = false;
    };
    const auto makeBatch = [&driver, &sink, batchRequests]() -> Prepared {
        Prepared p;
        while (!driver.done() && sink.finishedInBatch() < batchRequests) {
            if (p.status = driver.step(); !p.status)
                return p;
        }
        p.batch = sink.takeBatch();
        p.registered = driver.registered();
        p.last = driver.done();
        return p;
    };
    // The chain continues from the newest entry; this thread seals and writes while the next
    // batch is made, so the two threads share the work.
    qint64 auditId = chainFrom.first;
    QString auditHash = chainFrom.second;
    std::future<Prepared> next = std::async(std::launch::async, makeBatch);
    for (;;) {
        Prepared made = next.get();
        if (!made.status)
            return R::failure(made.status.fault());
        if (!made.last)
            next = std::async(std::launch::async, makeBatch);
        for (AuditEntry &e : made.batch.audit) {
            AuditLog::seal(e, ++auditId, auditHash);
            auditHash = e.hash;
        }
        auto written = writer.write(made.batch);
        if (written && made.last)
            written = writer.finish(sink.referenceCounters());
        if (!written) {
            if (next.valid())
                next.wait();
            return R::failure(written.fault());
        }
        if (made.last) {
            if (progress)
                progress(made.registered, driver.total());
            return made.registered;
        }
        if (progress && !progress(made.registered, driver.total()))
            driver.stopIntake(); // read by the batch being made: the rest only finishes what is under way
    }
}

} // namespace pd
