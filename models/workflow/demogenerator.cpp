#include "demogenerator.h"

#include "../audit/auditlog.h"
#include "../audit/auditlog.h"
#include "../domain/validation.h"
#include "../storage/transaction.h"
#include "../storage/bulkwriter.h"
#include "../storage/requestrepository.h"
#include "../storage/staffrepository.h"
#include "../storage/transaction.h"
#include "authservice.h"
#include "demodata.h"
#include "workingdaycalendar.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <future>
#include <iterator>

namespace pd {

namespace {

template<typename T, size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(quint32(N))];
}

// Picks an index by integer weights.
template<size_t N>
int weighted(QRandomGenerator &rng, const int (&weights)[N])
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = int(rng.bounded(quint32(total)));
    for (size_t i = 0; i < N; ++i) {
        if (r < weights[i])
            return int(i);
        r -= weights[i];
    }
    return int(N) - 1;
}

QString digits(QRandomGenerator &rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + char16_t(rng.bounded(10)));
    return s;
}

QString summaryFor(RequestType type, bool chinese)
{
    switch (type) {
    case RequestType::Access:
        return chinese ? QStringLiteral("申请查阅本人的账号注册信息和互动记录。")
                       : QStringLiteral("Asks to see the account and interaction records held about them.");
    case RequestType::Copy:
        return chinese ? QStringLiteral("申请获取个人信息副本。") : QStringLiteral("Asks for a copy of their personal information.");
    case RequestType::Portability:
        return chinese ? QStringLiteral("申请将个人信息转移至其指定的处理者。")
                       : QStringLiteral("Asks for their data in a format another service can load.");
    case RequestType::Correction:
        return chinese ? QStringLiteral("账号中的手机号码有误，申请更正。") : QStringLiteral("The phone number on the account is wrong.");
    case RequestType::Restriction:
        return chinese ? QStringLiteral("不再接收营销信息（退订）。") : QStringLiteral("Wants no more marketing messages (unsubscribe).");
    case RequestType::Deletion:
        return chinese ? QStringLiteral("申请删除设备信息和日志信息。") : QStringLiteral("Asks to delete device and log information.");
    case RequestType::Explanation:
        return chinese ? QStringLiteral("询问个人信息处理规则及第三方SDK的用途。")
                       : QStringLiteral("Asks how their data is processed and what the SDKs collect.");
    case RequestType::ConsentWithdrawal:
        return chinese ? QStringLiteral("撤回对个性化推荐的同意。") : QStringLiteral("Withdraws consent to personalised recommendations.");
    case RequestType::AccountCancellation:
        return chinese ? QStringLiteral("申请注销账号。") : QStringLiteral("Asks to cancel the account.");
    case RequestType::Complaint:
        return chinese ? QStringLiteral("对此前的答复不满意，提出投诉。") : QStringLiteral("Complains about an earlier answer.");
    }
    return {};
}

RequestStatus statusFor(QRandomGenerator &rng, int ageWorkingDays)
{
    using S = RequestStatus;
    if (ageWorkingDays > 20) {
        static constexpr int w[] = {80, 8, 5, 4, 2, 1};
        static constexpr S s[] = {S::Completed, S::Rejected, S::Withdrawn, S::Unverifiable, S::InProgress,
                                  S::AwaitingRequester};
        return s[weighted(rng, w)];
    }
    static constexpr int w[] = {25, 20, 25, 8, 7, 10, 2, 3};
    static constexpr S s[] = {S::Received, S::Verifying, S::InProgress, S::AwaitingApproval, S::AwaitingRequester,
                              S::Completed, S::Rejected, S::Withdrawn};
    return s[weighted(rng, w)];
}

} // namespace

Person DemoGenerator::makePerson(QRandomGenerator &rng, qint64 id)
{
    using namespace demodata;
    Person p;
    p.id = id;
    const bool chinese = rng.bounded(100) < 78;
    QString handle;
    if (chinese) {
        const Syllable &sur = pick(rng, kSurnames);
        const Syllable &g1 = pick(rng, kGiven);
        p.name = QString::fromUtf8(sur.hanzi) + QString::fromUtf8(g1.hanzi);
        handle = QString::fromLatin1(sur.pinyin) + QLatin1Char('.') + QString::fromLatin1(g1.pinyin);
        if (rng.bounded(100) < 60) {
            const Syllable &g2 = pick(rng, kGiven);
            p.name += QString::fromUtf8(g2.hanzi);
            handle += QString::fromLatin1(g2.pinyin);
        }
        p.language = QStringLiteral("zh_CN");
        p.phone = QStringLiteral("+86") + QString::fromLatin1(pick(rng, kMobilePrefixes)) + digits(rng, 8);
    } else {
        const QString first = QString::fromLatin1(pick(rng, kEnglishFirst));
        const QString last = QString::fromLatin1(pick(rng, kEnglishLast));
        p.name = first + QLatin1Char(' ') + last;
        handle = first.toLower() + QLatin1Char('.') + last.toLower();
        p.language = QStringLiteral("en");
        if (rng.bounded(2))
            p.phone = QStringLiteral("+447400") + digits(rng, 6); // 07700 900xxx (drama) fails Validation::phone
        else
            p.phone = QStringLiteral("+86") + QString::fromLatin1(pick(rng, kMobilePrefixes)) + digits(rng, 8);
    }
    p.email = handle + QString::number(id % 1000) + QLatin1Char('@') + QString::fromLatin1(pick(rng, kEmailDomains));
    p.account = QStringLiteral("u%1").arg(10000000 + id);
    if (rng.bounded(100) < 40) {
        const QDate birth = QDate(1960, 1, 1).addDays(rng.bounded(16000));
        const QString first17 = QString::fromLatin1(pick(rng, kRegions)) + birth.toString(QStringLiteral("yyyyMMdd"))
            + digits(rng, 3);
        p.idNumber = first17 + Validation::residentIdCheckCharacter(first17);
    }
    if (rng.bounded(100) < 30) {
        if (chinese)
            p.company = QString::fromUtf8(pick(rng, kCompanyCities)) + QString::fromUtf8(pick(rng, kCompanyWords))
                + QString::fromUtf8(pick(rng, kCompanyTrades)) + QStringLiteral("有限公司");
        else
            p.company = QString::fromLatin1(pick(rng, kEnglishCompanies));
    }
    return p;
}

QList<DemoGenerator::DemoAccount> DemoGenerator::demoAccounts()
{
    return {
        {QStringLiteral("zhang.wei"), QStringLiteral("张伟"), Role::Agent, QStringLiteral("demo-agent-1")},
        {QStringLiteral("li.na"), QStringLiteral("李娜"), Role::Agent, QStringLiteral("demo-agent-2")},
        {QStringLiteral("emily.chen"), QStringLiteral("Emily Chen"), Role::Agent, QStringLiteral("demo-agent-3")},
        {QStringLiteral("wang.qiang"), QStringLiteral("王强"), Role::Supervisor, QStringLiteral("demo-supervisor-1")},
        {QStringLiteral("admin"), QStringLiteral("系统管理员 Admin"), Role::Administrator, QStringLiteral("demo-admin-1")},
    };
}

Result<QList<DemoGenerator::DemoAccount>> DemoGenerator::ensureDemoStaff() const
{
    using R = Result<QList<DemoAccount>>;
    const StaffRepository repo(m_db);
    const auto staff = repo.list();
    if (!staff)
        return R::failure(staff.error());
    const bool needStaff = std::none_of(staff->cbegin(), staff->cend(), [](const StaffUser &u) {
        return u.role != roles().key(Role::Administrator);
    });
    const bool needAdministrator = AuthService(m_db).needsFirstAdministrator();

    QList<DemoAccount> wanted;
    for (const DemoAccount &a : demoAccounts()) {
        if (a.role == Role::Administrator ? !needAdministrator : !needStaff)
            continue;
        const auto existing = repo.findByUsername(a.username);
        if (!existing)
            return R::failure(existing.error());
        if (!existing->has_value())
            wanted << a;
    }
    if (wanted.isEmpty())
        return wanted;
    QStringList hashes; // before the transaction: hashing takes a while
    for (const DemoAccount &a : std::as_const(wanted)) {
        const auto hash = AuthService::hashPassword(a.password);
        if (!hash)
            return R::failure(hash.error());
        hashes << hash.value();
    }
    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().error());
    const AuditLog audit(m_db);
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const DemoAccount &a = wanted.at(i);
        const StaffUser user{0, a.username, a.displayName, roles().key(a.role)};
        const auto id = repo.insert(user, hashes.at(i));
        if (!id)
            return R::failure(id.error());
        AuditEntry entry;
        entry.actor = QStringLiteral("demo");
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
            return R::failure(appended.error());
    }
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return wanted;
}

Result<qint64> DemoGenerator::run(const Options &options, const Progress &progress) const
{
    using R = Result<qint64>;
    if (auto added = ensureDemoStaff(); !added)
        return R::failure(added.error());
    const auto staff = StaffRepository(m_db).list();
    if (!staff)
        return R::failure(staff.error());
    QList<StaffUser> proposers; // agents: who proposes refusals and deletions
    for (const StaffUser &u : staff.value())
        if (u.role == QLatin1String("agent"))
            proposers << u;
    QList<StaffUser> agents;
    for (const StaffUser &u : staff.value())
        if (u.role != QLatin1String("administrator"))
            agents << u;

    BulkWriter writer(m_db);
    if (auto s = writer.begin(); !s)
        return R::failure(s.error());
    auto ids = writer.nextIds();
    if (!ids)
        return R::failure(ids.error());
    qint64 nextPerson = ids->person;
    qint64 nextRequest = ids->request;
    QMap<int, qint64> counters = ids->referenceCounters;

    QRandomGenerator rng(options.seed);
    const DeadlineRule rule(m_calendar);
    const qint64 total = options.requests;
    const qint64 spanSeconds = 730LL * 24 * 3600;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start = QDateTime(options.today.addDays(-730), QTime(1, 0), Qt::UTC);
    constexpr qint64 kBatch = 8000;
    const auto allTypes = requestTypes().all();

    // Like the intake dialog, a submission may ask for several rights at once: one request per
    // type, sharing the person, the channel and the time of receipt.
    struct Submission
    {
        Person person;
        QDateTime received;
        Channel channel = Channel::OnlineFeedback;
        RequesterKind requesterKind = RequesterKind::Self;
        Entity entity = Entity::Qianchuan;
        int remaining = 0;
        int typeIndex = 0;
    } sub;
    QList<Person> recentPeople; // repeat requesters come back

    // Batches are made on a second thread while the previous one is written; they are still made
    // one after another from the same random sequence, so the data stays deterministic.
    struct Prepared
    {
        BulkWriter::Rows rows;
        QMap<int, qint64> counters; // reference counters after this batch
    };
    qint64 generated = 0;
    const auto makeBatch = [&]() -> Prepared {
        BulkWriter::Batch batch;
        const qint64 n = std::min(kBatch, total - generated);
        for (qint64 i = 0; i < n; ++i) {
            const qint64 index = generated + i;
            if (sub.remaining == 0) {
                // Spread evenly over two years, in order, during office hours.
                QDateTime received = start.addSecs(total > 1 ? spanSeconds * index / total : 0);
                const QDateTime officeHours(received.date(), QTime(1 + int(rng.bounded(9)), int(rng.bounded(60)),
                                                                   int(rng.bounded(60))), Qt::UTC);
                if (officeHours < now)
                    received = officeHours;
                if (received > now)
                    received = now.addSecs(-60 * (total - index));
                sub.received = received;
                if (!recentPeople.isEmpty() && rng.bounded(100) < 20) {
                    sub.person = recentPeople.at(rng.bounded(quint32(recentPeople.size())));
                } else {
                    sub.person = makePerson(rng, nextPerson++);
                    batch.people.append(sub.person);
                    if (recentPeople.size() < 2000)
                        recentPeople.append(sub.person);
                    else
                        recentPeople[rng.bounded(2000)] = sub.person;
                }
                sub.channel = channels().all().at(weighted(rng, {35, 30, 8, 15, 12}));
                sub.requesterKind = requesterKinds().all().at(weighted(rng, {90, 8, 2}));
                sub.entity = entities().all().at(weighted(rng, {55, 35, 10}));
                sub.remaining = 1 + weighted(rng, {60, 25, 15});
                sub.typeIndex = weighted(rng, {20, 10, 5, 10, 8, 15, 8, 8, 8, 8});
            }
            const Person *person = &sub.person;
            --sub.remaining;

            Request r;
            r.id = nextRequest++;
            r.personId = person->id;
            r.personName = person->name;
            r.type = allTypes.at(sub.typeIndex);
            sub.typeIndex = (sub.typeIndex + 1 + int(rng.bounded(3))) % int(allTypes.size());
            r.channel = sub.channel;
            r.requesterKind = sub.requesterKind;
            r.entity = sub.entity;
            r.priority = Priority(weighted(rng, {5, 80, 12, 3}));
            const QDateTime received = sub.received;
            r.receivedAt = received;
            const QDate receivedOn = received.toLocalTime().date();
            r.dueDate = rule.dueDate(receivedOn);
            r.status = statusFor(rng, m_calendar.workingDaysUntil(receivedOn, options.today));
            r.summary = summaryFor(r.type, person->language == QLatin1String("zh_CN"));
            const bool assigned = !agents.isEmpty() && (r.status != RequestStatus::Received || rng.bounded(2));
            if (assigned) {
                const StaffUser &a = agents.at(rng.bounded(quint32(agents.size())));
                r.assigneeId = a.id;
                r.assigneeName = a.displayName;
            }
            const int year = received.toLocalTime().date().year();
            const qint64 number = counters.value(year, 1);
            counters[year] = number + 1;
            r.reference = RequestRepository::formatReference(year, number);

            const QString actor = assigned ? r.assigneeName : QStringLiteral("demo");
            batch.history.append({r.id, HistoryEntry{received, QStringLiteral("demo"), historyActions().key(HistoryAction::Registered), QString(),
                                                     requestStatuses().key(RequestStatus::Received), QString()}});
            if (r.status != RequestStatus::Received) {
                batch.history.append({r.id, HistoryEntry{received.addSecs(3600 + rng.bounded(86400)), actor,
                                                         historyActions().key(HistoryAction::StatusChanged),
                                                         requestStatuses().key(RequestStatus::Received),
                                                         requestStatuses().key(r.status), QString()}});
            }
            if (r.status == RequestStatus::AwaitingApproval && !proposers.isEmpty()) {
                // Waiting for a supervisor, so the proposal exists: an agent proposed it (four eyes).
                Approval a;
                a.requestId = r.id;
                a.proposedBy = proposers.at(rng.bounded(quint32(proposers.size()))).username;
                a.proposedAt = received.addSecs(3600);
                const bool zh = person->language == QLatin1String("zh_CN");
                if (r.type == RequestType::Deletion) {
                    a.action = RequestAction::ProposeDeletion;
                } else if (r.type == RequestType::AccountCancellation) {
                    a.action = RequestAction::ProposeCancellation;
                } else {
                    a.action = RequestAction::ProposeRefusal;
                    a.reasons = {rng.bounded(2) ? RefusalReason::Duplicate : RefusalReason::Impracticable};
                    a.explanation = zh ? QStringLiteral("该请求与此前已办结的请求内容相同。")
                                       : QStringLiteral("This request repeats one that was already answered.");
                }
                batch.approvals.append(a);
            }
            batch.requests.append(r);
        }
        generated += n;
        return Prepared{BulkWriter::prepare(batch), counters};
    };

    qint64 done = 0;
    QMap<int, qint64> writtenCounters = counters;
    std::future<Prepared> next = std::async(std::launch::async, makeBatch);
    while (done < total) {
        const Prepared batch = next.get();
        const qint64 n = batch.rows.requests.size();
        if (done + n < total)
            next = std::async(std::launch::async, makeBatch);
        if (auto s = writer.write(batch.rows); !s)
            return R::failure(s.error());
        writtenCounters = batch.counters;
        done += n;
        if (progress && !progress(done, total))
            break;
    }
    if (next.valid())
        next.wait(); // a batch made but not written on cancel: dropped, its numbers unused
    if (auto s = writer.finish(writtenCounters); !s)
        return R::failure(s.error());
    // The load itself is on the record: one entry in the audit chain, with what was added.
    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().error());
    AuditEntry audit;
    audit.actor = QStringLiteral("demo");
    audit.entity = QStringLiteral("database");
    audit.action = QStringLiteral("demo_data_loaded");
    audit.afterJson = QStringLiteral("{\"requests\":%1,\"seed\":%2,\"first_request_id\":%3}")
                          .arg(done)
                          .arg(options.seed)
                          .arg(ids->request);
    if (auto a = AuditLog(m_db).append(audit); !a)
        return R::failure(a.error());
    if (auto s = tx.commit(); !s)
        return R::failure(s.error());
    return done;
}

} // namespace pd
