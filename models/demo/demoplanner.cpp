#include "demoplanner.h"

#include "../sources/demoplatform.h"

#include "../domain/validation.h"
#include "demodata.h"
#include "../workflow/workingdaycalendar.h"

#include <algorithm>

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

// Notes staff write, in the requester's language.
QString say(bool chinese, const char *zh, const char *en)
{
    return chinese ? QString::fromUtf8(zh) : QString::fromUtf8(en);
}

bool isCodeChannel(VerificationMethod m)
{
    return m == VerificationMethod::SmsCode || m == VerificationMethod::EmailCode;
}

} // namespace

DemoPlanner::DemoPlanner(Setup setup, const WorkingDayCalendar &calendar)
    : m_setup(std::move(setup)), m_calendar(calendar), m_rng(m_setup.seed), m_nextPerson(m_setup.firstPersonId)
{
    // The arrival timeline: every day of the last two years weighs by how busy it is (weekends
    // less), today only with the part of office hours already past, so arrivals never pass "now".
    const QDate first = m_setup.today.addDays(-kSpanDays);
    double total = 0;
    for (QDate day = first; day <= m_setup.today; day = day.addDays(1)) {
        double weight = day.dayOfWeek() >= Qt::Saturday ? kWeekendWeight : 1.0;
        if (day == m_setup.today) {
            const qint64 into = QDateTime(day, QTime(kOfficeOpensUtcHour, 0), Qt::UTC).secsTo(m_setup.now);
            weight *= std::clamp(double(into) / double(kOfficeSeconds), 0.0, 1.0);
        }
        total += weight;
        m_days.append({day, weight, total});
    }
}

QDateTime DemoPlanner::arrival(qint64 index, qint64 count)
{
    // Requests index .. index + count - 1 of the load arrive together, at the centre of their
    // share of the weighted timeline, jittered by a fifth of a request's share so that arrivals stay
    // in order and no day gets much more than its share.
    const double total = m_days.constLast().cumulative;
    const double slot = double(index) + double(count) / 2 + 0.4 * (m_rng.generateDouble() - 0.5);
    const double share = slot / double(std::max<qint64>(1, m_setup.requests));
    const double u = std::clamp(share, 0.0, 1.0) * total;
    while (m_dayCursor + 1 < m_days.size() && m_days.at(m_dayCursor).cumulative <= u)
        ++m_dayCursor;
    const Day &day = m_days.at(m_dayCursor);
    const double before = day.cumulative - day.weight;
    const double within = day.weight > 0 ? std::clamp((u - before) / day.weight, 0.0, 1.0) : 0.0;
    const double open = day.date == m_setup.today && day.weight > 0
        ? double(kOfficeSeconds) * day.weight / (day.date.dayOfWeek() >= Qt::Saturday ? kWeekendWeight : 1.0)
        : double(kOfficeSeconds);
    return QDateTime(day.date, QTime(kOfficeOpensUtcHour, 0), Qt::UTC).addSecs(qint64(within * open));
}

Person DemoPlanner::makePerson(QRandomGenerator &rng, qint64 id)
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

RequestStatus DemoPlanner::targetStatus(const QDateTime &received)
{
    using S = RequestStatus;
    const int age = m_calendar.workingDaysUntil(received.toLocalTime().date(), m_setup.today);
    if (age > 20) {
        static constexpr int w[] = {80, 8, 5, 4, 2, 1};
        static constexpr S s[] = {S::Completed, S::Rejected, S::Withdrawn, S::Unverifiable, S::InProgress,
                                  S::AwaitingRequester};
        return s[weighted(m_rng, w)];
    }
    static constexpr int w[] = {25, 20, 25, 8, 7, 10, 2, 3};
    static constexpr S s[] = {S::Received, S::Verifying, S::InProgress, S::AwaitingApproval, S::AwaitingRequester,
                              S::Completed, S::Rejected, S::Withdrawn};
    return s[weighted(m_rng, w)];
}

DemoSubmission DemoPlanner::next()
{
    using namespace demodata;
    const qint64 total = m_setup.requests;
    const qint64 index = m_planned;
    // Like the intake dialog, one submission may ask for several rights at once.
    const qint64 count = std::min<qint64>(1 + weighted(m_rng, {60, 25, 15}), total - index);
    // Spread over the last two years during office hours (09:00–18:00 Beijing time), in order.
    QDateTime received = std::min(arrival(index, count), m_setup.now);
    if (m_lastReceived.isValid() && received <= m_lastReceived)
        received = m_lastReceived.addSecs(1); // the same second: keep the order
    m_lastReceived = received;

    DemoSubmission sub;
    IntakeForm &form = sub.form;
    form.demo = true;
    Person person;
    if (!m_recentPeople.isEmpty() && m_rng.bounded(100) < 20) {
        person = m_recentPeople.at(m_rng.bounded(quint32(m_recentPeople.size())));
        form.personId = person.id;
    } else {
        person = makePerson(m_rng, m_nextPerson++);
        sub.plannedPersonId = person.id;
        form.name = person.name;
        form.account = person.account;
        form.email = person.email;
        form.phone = person.phone;
        form.idNumber = person.idNumber;
        form.company = person.company;
        form.language = person.language;
        if (m_recentPeople.size() < 2000)
            m_recentPeople.append(person);
        else
            m_recentPeople[m_rng.bounded(2000)] = person;
    }
    sub.person = person;
    form.receivedAt = received;
    form.channel = channels().all().at(weighted(m_rng, {35, 30, 8, 15, 12}));
    form.requesterKind = requesterKinds().all().at(weighted(m_rng, {90, 8, 2}));
    form.entity = entities().all().at(weighted(m_rng, {55, 35, 10}));
    form.priority = Priority(weighted(m_rng, {5, 80, 12, 3}));
    const auto allTypes = requestTypes().all();
    int typeIndex = weighted(m_rng, {20, 10, 5, 10, 8, 15, 8, 8, 8, 8});
    const bool chinese = person.language == QLatin1String("zh_CN");
    QStringList summaries;
    for (qint64 i = 0; i < count; ++i) {
        form.types << allTypes.at(typeIndex);
        summaries << summaryFor(allTypes.at(typeIndex), chinese);
        typeIndex = (typeIndex + 1 + int(m_rng.bounded(3))) % int(allTypes.size());
    }
    form.summary = summaries.join(chinese ? QString() : QStringLiteral(" "));
    sub.registrar = m_setup.agents.isEmpty() ? QStringLiteral("demo")
                                             : m_setup.agents.at(m_rng.bounded(quint32(m_setup.agents.size()))).username;
    for (RequestType type : std::as_const(form.types))
        sub.scripts << script(type, sub, person);
    m_planned += count;
    return sub;
}

QList<DemoStep> DemoPlanner::script(RequestType type, const DemoSubmission &submission, const Person &person)
{
    using S = RequestStatus;
    using A = RequestAction;
    using K = DemoStep::Kind;
    const QDateTime received = submission.form.receivedAt;
    S status = targetStatus(received);
    // The heavy user of each block of the demo platform (the person view's worst case) stays a
    // user: their data is never erased.
    const qint64 index = person.id - m_setup.firstPersonId;
    if ((type == RequestType::Deletion || type == RequestType::AccountCancellation) && status == S::Completed && index >= 0
        && index % DemoPlatform::kHeavyEvery == DemoPlatform::kHeavyOffset)
        status = S::AwaitingApproval;
    if (m_setup.agents.isEmpty() || m_setup.supervisors.isEmpty())
        return {}; // nobody to work it: it stays received
    const bool chinese = person.language == QLatin1String("zh_CN");
    const Actor agent = m_setup.agents.at(m_rng.bounded(quint32(m_setup.agents.size())));
    const Actor supervisor = m_setup.supervisors.at(m_rng.bounded(quint32(m_setup.supervisors.size())));
    const bool assigned = status != S::Received || m_rng.bounded(2);

    QList<DemoStep> steps;
    const auto act = [&](const Actor &who, A action, const QString &note = {}) {
        DemoStep s;
        s.kind = K::Transition;
        s.actor = who;
        s.action = action;
        s.input.note = note;
        steps << s;
    };
    if (assigned) {
        DemoStep s;
        s.kind = K::Assign;
        s.actor = supervisor;
        s.assigneeId = agent.staffId;
        s.assigneeName = agent.displayName;
        steps << s;
    }
    const auto verify = [&] {
        act(agent, A::StartVerification);
        // The first alternative of the policy that staff can record (codes go to the requester),
        // with the agent's or relative's document; when there is none a supervisor vouches.
        const auto alternatives = m_setup.policy.alternatives(type);
        if (!alternatives.isEmpty()) {
            std::optional<VerificationPolicy::Alternative> chosen;
            for (const auto &alternative : alternatives)
                if (!chosen && std::none_of(alternative.cbegin(), alternative.cend(), isCodeChannel))
                    chosen = alternative;
            if (chosen) {
                auto methods = *chosen;
                if (const auto doc = VerificationPolicy::requesterDocument(submission.form.requesterKind);
                    doc && !methods.contains(*doc))
                    methods << *doc;
                for (VerificationMethod m : std::as_const(methods)) {
                    DemoStep s;
                    s.kind = K::Check;
                    s.actor = agent;
                    s.method = m;
                    s.note = say(chinese, "核对一致。", "Checked and matched.");
                    steps << s;
                }
            } else {
                DemoStep s;
                s.kind = K::Override;
                s.actor = supervisor;
                s.note = say(chinese, "申请人本人到场，经主管当面核验身份。",
                             "The requester came in person; a supervisor checked their identity face to face.");
                steps << s;
            }
        }
        act(agent, A::MarkVerified);
    };
    const auto pause = [&](bool resume) {
        act(agent, A::RequestInformation, say(chinese, "请申请人补充身份证件。", "Asked the requester for an identity document."));
        if (resume)
            act(agent, A::InformationReceived, say(chinese, "已收到申请人补充的材料。", "The requester sent the documents."));
    };
    const auto proposeRefusal = [&] {
        DemoStep s;
        s.kind = K::Transition;
        s.actor = agent;
        s.action = A::ProposeRefusal;
        if (m_rng.bounded(2)) {
            s.input.reasons = {RefusalReason::Duplicate};
            s.input.explanation = say(chinese, "该请求与此前已办结的请求内容相同。",
                                      "This request repeats one that was already answered.");
        } else {
            s.input.reasons = {RefusalReason::Impracticable};
            s.input.explanation = say(chinese, "所请求的信息已按保存期限删除，无法提供。",
                                      "The information asked for was deleted at the end of its retention period and "
                                      "cannot be provided.");
        }
        steps << s;
    };
    const bool destructive = type == RequestType::Deletion || type == RequestType::AccountCancellation;
    const A propose = type == RequestType::Deletion ? A::ProposeDeletion : A::ProposeCancellation;
    switch (status) {
    case S::Received:
        break;
    case S::Verifying:
        act(agent, A::StartVerification);
        break;
    case S::AwaitingRequester:
        act(agent, A::StartVerification);
        pause(false);
        break;
    case S::Unverifiable:
        act(agent, A::StartVerification);
        pause(false);
        act(agent, A::MarkUnverifiable,
            say(chinese, "申请人未在期限内补充材料，无法核验身份。", "The requester sent nothing; identity could not be verified."));
        break;
    case S::Withdrawn:
        if (m_rng.bounded(2))
            act(agent, A::StartVerification);
        act(agent, A::Withdraw, say(chinese, "申请人来电撤回请求。", "The requester withdrew the request by phone."));
        break;
    case S::Rejected:
        proposeRefusal();
        act(supervisor, A::Approve);
        break;
    case S::AwaitingApproval:
        if (destructive) {
            verify();
            act(agent, propose);
        } else {
            proposeRefusal();
        }
        break;
    case S::InProgress:
        verify();
        break;
    case S::Completed:
        verify();
        if (m_rng.bounded(10) == 0)
            pause(true);
        if (destructive) {
            act(agent, propose);
            act(supervisor, A::Approve);
            DemoStep s;
            s.kind = K::Erase;
            s.actor = agent;
            steps << s;
            act(agent, A::Complete);
        } else {
            if (type == RequestType::ConsentWithdrawal) {
                DemoStep s;
                s.kind = K::Withdraw;
                s.actor = agent;
                steps << s;
            }
            if (answeredByPackage(type)) {
                // What the request asks for goes out before it is completed.
                DemoStep s;
                s.kind = K::Deliver;
                s.actor = agent;
                s.items = 6 + m_rng.bounded(60);
                steps << s;
            }
            act(agent, A::Complete);
        }
        break;
    }

    // Times: spread over days after receipt (now and then past the deadline), never after now.
    const qint64 available = received.secsTo(m_setup.now) - 120;
    if (steps.isEmpty())
        return steps;
    if (available < 600)
        return {}; // received moments ago: nobody has touched it yet
    const bool open = isOpen(status);
    qint64 span = open ? qint64(double(available) * (0.2 + 0.7 * m_rng.generateDouble()))
                       : (m_rng.bounded(20) == 0 ? 22 + qint64(m_rng.bounded(14)) : 1 + qint64(m_rng.bounded(18))) * 86400;
    span = std::min<qint64>(span, qint64(double(available) * 0.95));
    const qsizetype n = steps.size();
    for (qsizetype i = 0; i < n; ++i) {
        const double f = (double(i) + 0.25 + 0.5 * m_rng.generateDouble()) / double(n);
        steps[i].at = received.addSecs(qint64(f * double(span))).toUTC();
    }
    return steps;
}

} // namespace pd
