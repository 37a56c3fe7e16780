#include "erasureservice.h"

#include "../audit/auditlog.h"
#include "../common/displayformat.h"
#include "../sources/lookupstatement.h"
#include "../sources/sourceconnection.h"
#include "../sources/sourceregistry.h"
#include "../sources/sourcewriter.h"
#include "../storage/database.h"
#include "../storage/erasurerepository.h"
#include "../storage/personrepository.h"
#include "../storage/requestrepository.h"
#include "../storage/transaction.h"
#include "../workflow/requestrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace pd {

namespace {

const QString kAccount = QStringLiteral("account");

Result<DatabaseUrl> urlOf(const DataSource &source)
{
    auto url = DatabaseUrl::parse(source.url);
    if (url && !source.password.isEmpty())
        url.value().password = source.password;
    return url;
}

// A random stand-in for the person in anonymised rows: the same across one source's rows in one
// erasure, derived from nothing about the person, so it leads back to no one.
QString pseudonym()
{
    const quint64 a = QRandomGenerator::system()->generate64(), b = QRandomGenerator::system()->generate64();
    return QStringLiteral("anon-%1%2").arg(a, 16, 16, QLatin1Char('0')).arg(b, 16, 16, QLatin1Char('0'));
}

// The categories a source has a look-up for, in inventory order, the account last: the other
// categories' statements find the person's rows through it.
QStringList orderOf(const DataSource &source, const Inventory &inventory)
{
    QStringList out;
    for (const InventoryCategory &c : inventory.categories())
        if (source.lookups.contains(c.key) && c.key != kAccount)
            out << c.key;
    if (source.lookups.contains(kAccount))
        out << kAccount;
    return out;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

struct ErasureService::Context
{
    Request request;
    Person person;
    Inventory inventory;
    QString approvedBy;
    QList<ErasureLine> done;
    bool completed = false;
};

QString ErasureService::cutoffText(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

Result<ErasureService::Context> ErasureService::load(qint64 requestId, const Actor &actor) const
{
    using R = Result<Context>;
    Context c;
    auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return R::failure(request.fault());
    c.request = request.value();
    if (auto s = RequestRules::mayWork(actor, c.request); !s)
        return R::failure(s.fault());
    if (c.request.type != RequestType::Deletion && c.request.type != RequestType::AccountCancellation)
        return R::failure(RequestRules::mayPlanErasure(actor, c.request).fault());
    auto person = PersonRepository(m_db).get(c.request.personId);
    if (!person)
        return R::failure(person.fault());
    c.person = person.value();
    auto inventory = SourceRegistry(m_db, m_clock).inventory();
    if (!inventory)
        return R::failure(inventory.fault());
    c.inventory = inventory.value();
    const ErasureRepository repo(m_db);
    auto approved = repo.approvedBy(requestId);
    if (!approved)
        return R::failure(approved.fault());
    c.approvedBy = approved.value();
    auto done = repo.steps(requestId);
    if (!done)
        return R::failure(done.fault());
    c.done = done.value();
    for (ErasureLine &l : c.done) {
        const InventoryCategory *category = c.inventory.category(l.category);
        l.categoryName = category ? category->name.in(QLocale().name()) : l.category;
        // Why rows were kept, as it was when carried out: a hold (the reason is in the letter).
        if (l.kept > 0 && l.heldUntil.isValid())
            l.why = tr("Kept, restricted, until %1 (a legal retention duty).").arg(DisplayFormat::proseDate(l.heldUntil));
    }
    auto completed = repo.completed(requestId);
    if (!completed)
        return R::failure(completed.fault());
    c.completed = completed.value();
    return c;
}

Result<QList<ErasureLine>> ErasureService::runSource(const Context &c, const DataSource &source, const QList<ErasureLine> *seen,
                                                     bool dryRun) const
{
    using R = Result<QList<ErasureLine>>;
    const auto url = urlOf(source);
    if (!url)
        return R::failure(ErrorKind::Invalid, url.error());
    const PersonIdentifiers who = PersonIdentifiers::of(c.person);
    const QDateTime now = m_clock().toUTC();
    const QDate today = now.toLocalTime().date();
    const QString pseudo = pseudonym();

    // What the look-ups find now.
    QList<ErasureLine> lines;
    QMap<QString, LookupStatement> erase; // category -> its delete or anonymise statement
    {
        SourceConnection reader(url.value());
        for (const QString &key : orderOf(source, c.inventory)) {
            const auto lookup = LookupStatement::check(source.lookups.value(key));
            if (!lookup)
                return R::failure(ErrorKind::Invalid, tr("The look-up for %1 at %2: %3").arg(key, source.name, lookup.error()));
            const auto found = reader.count(lookup.value(), who);
            if (!found)
                return R::failure(found.fault());
            ErasureLine l;
            l.sourceId = source.id;
            l.source = source.name;
            l.category = key;
            l.found = found.value();
            const InventoryCategory *category = c.inventory.category(key);
            l.categoryName = category ? category->name.in(QLocale().name()) : key;
            const QString wanted = category ? category->erasure : QStringLiteral("delete");
            const QString other = wanted == QLatin1String("delete") ? QStringLiteral("anonymise") : QStringLiteral("delete");
            for (const QString &kind : {wanted, other}) {
                if (const QString sql = source.action(key, kind); !sql.isEmpty()) {
                    const auto checked = LookupStatement::checkAction(sql, kind);
                    if (!checked)
                        return R::failure(ErrorKind::Invalid, tr("The \"%1\" statement for %2 at %3: %4").arg(kind, key, source.name, checked.error()));
                    l.action = kind;
                    erase.insert(key, checked.value());
                    break;
                }
            }
            lines << l;
        }
    }
    const auto minimumMonths = [&](const QString &key) {
        const InventoryCategory *category = c.inventory.category(key);
        return category ? category->retention.minimumMonths : 0;
    };
    const auto cutoffFor = [&](const QString &key) { return cutoffText(now.addMonths(-minimumMonths(key))); };
    const auto actionFor = [&](const ErasureLine &l) -> Result<SourceAction> {
        SourceAction a{l.category, l.action, erase.value(l.category), {}, -1};
        a.extras.insert(QStringLiteral("hold_cutoff"), cutoffFor(l.category));
        a.extras.insert(QStringLiteral("pseudonym"), pseudo);
        if (seen) {
            const auto it = std::find_if(seen->cbegin(), seen->cend(), [&](const ErasureLine &s) {
                return s.sourceId == l.sourceId && s.category == l.category;
            });
            if (it == seen->cend())
                return Result<SourceAction>::failure(ErrorKind::Conflict, tr("%1 at %2 was not in the dry run you read; run the dry "
                                                                             "run again before carrying it out.").arg(l.category, l.source));
            a.atMost = it->changed;
        }
        return a;
    };
    const auto bindsCutoff = [&](const QString &key) {
        return erase.value(key).parameters().contains(QStringLiteral("hold_cutoff"));
    };

    SourceWriter writer(url.value());
    // Categories under a retention duty: how much of them the duty keeps (their own statement
    // alone, rolled back; one that cannot spare older rows keeps them all).
    QMap<QString, qint64> heldRows;
    QList<SourceAction> probe;
    QStringList probed;
    for (const ErasureLine &l : std::as_const(lines)) {
        if (minimumMonths(l.category) <= 0 || l.found == 0)
            continue;
        if (l.action.isEmpty() || !bindsCutoff(l.category)) {
            heldRows.insert(l.category, l.found);
            continue;
        }
        auto a = actionFor(l);
        if (!a)
            return R::failure(a.fault());
        a.value().atMost = -1;
        probe << a.value();
        probed << l.category;
    }
    if (!probe.isEmpty()) {
        const auto changed = writer.run(probe, who, true);
        if (!changed)
            return R::failure(changed.fault());
        for (int i = 0; i < probed.size(); ++i) {
            const qint64 found = std::find_if(lines.cbegin(), lines.cend(), [&](const ErasureLine &l) { return l.category == probed.at(i); })->found;
            if (const qint64 kept = std::max<qint64>(0, found - changed->at(i)); kept > 0)
                heldRows.insert(probed.at(i), kept);
        }
    }
    QDate holdEnds;
    for (auto it = heldRows.cbegin(); it != heldRows.cend(); ++it)
        holdEnds = std::max(holdEnds, today.addMonths(minimumMonths(it.key())));
    const bool accountHeld = !heldRows.isEmpty() && source.lookups.contains(kAccount);

    // The statements, in one transaction: held rows restricted, the account marked cancelled,
    // then each category (the account last, unless it is kept with held rows).
    QList<SourceAction> actions;
    QList<int> lineOf; // index into lines, -1 for cancel and restrict
    const auto add = [&](const QString &key, const QString &kind) -> Status {
        const QString sql = source.action(key, kind);
        if (sql.isEmpty())
            return {};
        const auto checked = LookupStatement::checkAction(sql, kind);
        if (!checked)
            return Status::failure(ErrorKind::Invalid, tr("The \"%1\" statement for %2 at %3: %4").arg(kind, key, source.name, checked.error()));
        actions << SourceAction{key, kind, checked.value(), {{QStringLiteral("pseudonym"), pseudo}}, -1};
        lineOf << -1;
        return {};
    };
    for (const ErasureLine &l : std::as_const(lines))
        if (heldRows.contains(l.category) || (accountHeld && l.category == kAccount && l.found > 0))
            if (auto s = add(l.category, QStringLiteral("restrict")); !s)
                return R::failure(s.fault());
    const auto account = std::find_if(lines.cbegin(), lines.cend(), [](const ErasureLine &l) { return l.category == kAccount; });
    if (c.request.type == RequestType::AccountCancellation && account != lines.cend() && account->found > 0)
        if (auto s = add(kAccount, QStringLiteral("cancel")); !s)
            return R::failure(s.fault());
    for (int i = 0; i < lines.size(); ++i) {
        const ErasureLine &l = lines.at(i);
        const bool wholeHeld = heldRows.contains(l.category) && (l.action.isEmpty() || !bindsCutoff(l.category));
        if (l.action.isEmpty() || wholeHeld || (accountHeld && l.category == kAccount))
            continue;
        auto a = actionFor(l);
        if (!a)
            return R::failure(a.fault());
        actions << a.value();
        lineOf << i;
    }
    const auto changed = writer.run(actions, who, dryRun);
    if (!changed)
        return R::failure(ErrorKind(changed.fault().kind), tr("%1: %2").arg(source.name, changed.error()));
    for (int i = 0; i < actions.size(); ++i)
        if (lineOf.at(i) >= 0)
            lines[lineOf.at(i)].changed = changed->at(i);
    for (ErasureLine &l : lines) {
        l.kept = std::max<qint64>(0, l.found - l.changed);
        if (l.kept == 0)
            continue;
        if (heldRows.contains(l.category)) {
            l.heldUntil = today.addMonths(minimumMonths(l.category));
            const InventoryCategory *category = c.inventory.category(l.category);
            l.why = tr("Kept, restricted, until %1 — %2").arg(DisplayFormat::proseDate(l.heldUntil),
                                                              category ? category->retention.rule.in(QLocale().name()) : QString());
        } else if (accountHeld && l.category == kAccount) {
            l.heldUntil = holdEnds;
            l.why = tr("Kept, restricted, until %1: the account is what finds the records a legal hold keeps; it is deleted with them.")
                        .arg(DisplayFormat::proseDate(holdEnds));
        } else if (l.action.isEmpty()) {
            l.blocking = true;
            l.why = tr("%1 has no delete or anonymise statement for this category: an administrator adds one (Settings ▸ Data "
                       "sources) before the deletion can be completed.").arg(source.name);
        } else {
            l.blocking = true;
            l.why = tr("The statement reaches %1 of the %2 rows the look-up finds: an administrator corrects it before the deletion "
                       "can be completed.").arg(l.changed).arg(l.found);
        }
    }
    return lines;
}

Result<ErasurePlan> ErasureService::recorded(qint64 requestId, const Actor &actor) const
{
    auto c = load(requestId, actor);
    if (!c)
        return c.fault();
    ErasurePlan plan;
    plan.requestId = requestId;
    plan.reference = c->request.reference;
    plan.cancellation = c->request.type == RequestType::AccountCancellation;
    plan.approved = !c->approvedBy.isEmpty();
    plan.approvedBy = c->approvedBy;
    plan.lines = c->done;
    plan.completed = c->completed;
    return plan;
}

Result<ErasurePlan> ErasureService::dryRun(qint64 requestId, const QList<DataSource> &sources, const Actor &actor) const
{
    auto c = load(requestId, actor);
    if (!c)
        return c.fault();
    if (auto s = RequestRules::mayPlanErasure(actor, c->request); !s && !c->completed)
        return s.fault();
    ErasurePlan plan;
    plan.requestId = requestId;
    plan.reference = c->request.reference;
    plan.cancellation = c->request.type == RequestType::AccountCancellation;
    plan.approved = !c->approvedBy.isEmpty();
    plan.approvedBy = c->approvedBy;
    plan.completed = c->completed;
    for (const DataSource &source : sources) {
        if (source.lookups.isEmpty())
            continue;
        const bool done = std::any_of(c->done.cbegin(), c->done.cend(), [&](const ErasureLine &l) { return l.sourceId == source.id; });
        if (done) {
            for (const ErasureLine &l : std::as_const(c->done))
                if (l.sourceId == source.id)
                    plan.lines << l;
            continue;
        }
        auto lines = runSource(c.value(), source, nullptr, true);
        if (!lines) {
            plan.failedSources << tr("%1: %2").arg(source.name, lines.error());
            continue;
        }
        plan.lines << lines.value();
    }
    return plan;
}

Status ErasureService::record(const Context &c, const DataSource &source, const QList<ErasureLine> &lines, const Actor &actor) const
{
    const QDateTime now = m_clock();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const ErasureRepository repo(m_db);
    QJsonArray audited;
    for (const ErasureLine &l : lines) {
        if (auto s = repo.insertStep(c.request.id, l, actor.username, now); !s)
            return s;
        if (l.kept > 0 && l.heldUntil.isValid()) {
            LegalHold h;
            h.requestId = c.request.id;
            h.personId = c.person.id;
            h.sourceId = source.id;
            h.source = source.name;
            h.category = l.category;
            h.heldUntil = l.heldUntil;
            const InventoryCategory *category = c.inventory.category(l.category);
            h.cutoff = cutoffText(now.toUTC().addMonths(-(category ? category->retention.minimumMonths : 0)));
            if (auto id = repo.insertHold(h); !id)
                return Status::failure(id.fault());
        }
        QJsonObject o{{QStringLiteral("category"), l.category}, {QStringLiteral("outcome"), l.outcome()},
                      {QStringLiteral("found"), l.found}, {QStringLiteral("changed"), l.changed}, {QStringLiteral("kept"), l.kept}};
        if (l.heldUntil.isValid())
            o.insert(QStringLiteral("held_until"), l.heldUntil.toString(Qt::ISODate));
        audited << o;
    }
    AuditEntry e;
    e.at = now;
    e.actor = actor.username;
    e.entity = QStringLiteral("request");
    e.entityId = c.request.id;
    e.requestId = c.request.id;
    e.action = QStringLiteral("erasure_carried_out");
    e.afterJson = compact({{QStringLiteral("source"), source.name}, {QStringLiteral("source_id"), source.id},
                           {QStringLiteral("cancellation"), c.request.type == RequestType::AccountCancellation},
                           {QStringLiteral("lines"), audited}});
    if (auto a = AuditLog(m_db).append(e); !a)
        return Status::failure(a.fault());
    return tx.commit();
}

Status ErasureService::prove(const Context &c, ErasurePlan &plan, const QList<DataSource> &sources, const Actor &actor) const
{
    const PersonIdentifiers who = PersonIdentifiers::of(c.person);
    qint64 remaining = 0;
    QStringList unexplained;
    QJsonArray audited;
    for (ErasureLine &l : plan.lines) {
        const auto source = std::find_if(sources.cbegin(), sources.cend(), [&](const DataSource &s) { return s.id == l.sourceId; });
        if (source == sources.cend())
            continue;
        const auto url = urlOf(*source);
        const auto lookup = LookupStatement::check(source->lookups.value(l.category));
        if (!url || !lookup)
            return Status::failure(ErrorKind::Invalid, url ? lookup.error() : url.error());
        SourceConnection reader(url.value());
        const auto found = reader.count(lookup.value(), who);
        if (!found)
            return Status::failure(found.fault().kind, tr("%1: the look-up afterwards failed: %2").arg(source->name, found.error()));
        l.remaining = found.value();
        remaining += l.remaining;
        if (auto s = ErasureRepository(m_db).setRemaining(c.request.id, l.sourceId, l.category, l.remaining); !s)
            return s;
        const qint64 allowed = l.heldUntil.isValid() ? l.kept : 0;
        if (l.remaining > allowed)
            unexplained << tr("%1, %2: %n row(s) remain", nullptr, int(l.remaining - allowed)).arg(l.source, l.category);
        audited << QJsonObject{{QStringLiteral("source"), l.source}, {QStringLiteral("category"), l.category},
                               {QStringLiteral("remaining"), l.remaining}, {QStringLiteral("held"), allowed}};
    }
    if (!unexplained.isEmpty())
        return Status::failure(ErrorKind::Invalid, tr("The look-ups still find records the deletion should have removed, so it is not "
                                                      "complete: %1.").arg(unexplained.join(QStringLiteral("; "))));
    const QDateTime now = m_clock();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto s = ErasureRepository(m_db).complete(c.request.id, actor.username, now, remaining); !s)
        return s;
    AuditEntry e;
    e.at = now;
    e.actor = actor.username;
    e.entity = QStringLiteral("request");
    e.entityId = c.request.id;
    e.requestId = c.request.id;
    e.action = QStringLiteral("erasure_verified");
    e.afterJson = compact({{QStringLiteral("remaining"), remaining}, {QStringLiteral("lines"), audited}});
    if (auto a = AuditLog(m_db).append(e); !a)
        return Status::failure(a.fault());
    if (auto s = tx.commit(); !s)
        return s;
    plan.completed = true;
    return {};
}

Result<ErasurePlan> ErasureService::carryOut(qint64 requestId, const ErasurePlan &seen, const QList<DataSource> &sources,
                                             const Actor &actor) const
{
    using R = Result<ErasurePlan>;
    auto c = load(requestId, actor);
    if (!c)
        return c.fault();
    if (c->completed)
        return R::failure(ErrorKind::Invalid, tr("The deletion of %1 was carried out already.").arg(c->request.reference));
    if (auto s = RequestRules::mayErase(actor, c->request, !c->approvedBy.isEmpty()); !s)
        return R::failure(s.fault());
    if (seen.requestId != requestId)
        return R::failure(ErrorKind::Invalid, tr("Run the dry run first: it shows what will be deleted, anonymised and kept."));
    if (seen.blocked())
        return R::failure(ErrorKind::Invalid, tr("The dry run shows records that would be kept without a legal reason; they have to be "
                                                 "dealt with first (see the lines marked in the dry run)."));
    ErasurePlan plan;
    plan.requestId = requestId;
    plan.reference = c->request.reference;
    plan.cancellation = c->request.type == RequestType::AccountCancellation;
    plan.approved = true;
    plan.approvedBy = c->approvedBy;
    for (const DataSource &source : sources) {
        if (source.lookups.isEmpty())
            continue;
        QList<ErasureLine> done;
        for (const ErasureLine &l : std::as_const(c->done))
            if (l.sourceId == source.id)
                done << l;
        if (!done.isEmpty()) { // carried out by an earlier run: not repeated
            plan.lines << done;
            continue;
        }
        QList<ErasureLine> seenHere;
        for (const ErasureLine &l : seen.lines)
            if (l.sourceId == source.id)
                seenHere << l;
        auto lines = runSource(c.value(), source, &seenHere, false);
        if (lines) {
            if (auto s = record(c.value(), source, lines.value(), actor); !s)
                lines = R::failure(ErrorKind::Internal, tr("The changes at %1 were made, but recording them failed: %2. Run it again: the "
                                                           "statements find nothing more to change.").arg(source.name, s.error())).fault();
        }
        if (!lines) {
            plan.failedSources << lines.error();
            continue;
        }
        for (ErasureLine &l : lines.value())
            l.done = true;
        plan.lines << lines.value();
    }
    if (plan.failedSources.isEmpty())
        if (auto s = prove(c.value(), plan, sources, actor); !s)
            plan.failedSources << s.error();
    return plan;
}

Result<QList<LegalHold>> ErasureService::dueHolds() const
{
    return ErasureRepository(m_db).openHolds(m_clock().toLocalTime().date());
}

Result<QList<LegalHold>> ErasureService::releaseDueHolds(const QList<DataSource> &sources, const Actor &actor,
                                                         QStringList *failures) const
{
    using R = Result<QList<LegalHold>>;
    if (auto s = RequestRules::mayReleaseHolds(actor); !s)
        return R::failure(s.fault());
    auto due = dueHolds();
    if (!due)
        return due;
    auto inventory = SourceRegistry(m_db, m_clock).inventory();
    if (!inventory)
        return R::failure(inventory.fault());
    // One transaction per request and source; the account after what it finds.
    QMap<QPair<qint64, qint64>, QList<LegalHold>> groups;
    for (const LegalHold &h : due.value())
        groups[{h.requestId, h.sourceId}] << h;
    QList<LegalHold> released;
    const QDateTime now = m_clock().toUTC();
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QList<LegalHold> &holds = it.value();
        std::stable_sort(holds.begin(), holds.end(), [](const LegalHold &a, const LegalHold &b) {
            return (a.category == kAccount) < (b.category == kAccount);
        });
        const auto source = std::find_if(sources.cbegin(), sources.cend(), [&](const DataSource &s) { return s.id == it.key().second; });
        const auto fail = [&](const QString &why) {
            if (failures)
                *failures << tr("%1 (%2): %3").arg(holds.constFirst().reference, holds.constFirst().source, why);
        };
        if (source == sources.cend()) {
            fail(tr("the source is no longer registered"));
            continue;
        }
        const auto person = PersonRepository(m_db).get(holds.constFirst().personId);
        const auto url = urlOf(*source);
        if (!person || !url) {
            fail(person ? url.error() : person.error());
            continue;
        }
        QList<SourceAction> actions;
        QString problem;
        for (const LegalHold &h : std::as_const(holds)) {
            const InventoryCategory *category = inventory->category(h.category);
            const QString wanted = category ? category->erasure : QStringLiteral("delete");
            QString kind = wanted, sql = source->action(h.category, wanted);
            if (sql.isEmpty()) {
                kind = wanted == QLatin1String("delete") ? QStringLiteral("anonymise") : QStringLiteral("delete");
                sql = source->action(h.category, kind);
            }
            const auto checked = LookupStatement::checkAction(sql, kind);
            if (!checked) {
                problem = tr("%1: %2").arg(h.category, sql.isEmpty() ? tr("no delete or anonymise statement") : checked.error());
                break;
            }
            const int months = category ? category->retention.minimumMonths : 0;
            actions << SourceAction{h.category, kind, checked.value(),
                                    {{QStringLiteral("hold_cutoff"), cutoffText(now.addMonths(-months))},
                                     {QStringLiteral("pseudonym"), pseudonym()}},
                                    -1};
        }
        if (!problem.isEmpty()) {
            fail(problem);
            continue;
        }
        SourceWriter writer(url.value());
        const auto changed = writer.run(actions, PersonIdentifiers::of(person.value()), false);
        if (!changed) {
            fail(changed.error());
            continue;
        }
        Transaction tx(m_db);
        if (!tx.begun()) {
            fail(tx.begun().error());
            continue;
        }
        Status s;
        QJsonArray audited;
        for (int i = 0; i < holds.size() && s; ++i) {
            holds[i].releasedBy = actor.username;
            holds[i].releasedAt = now;
            holds[i].releasedRows = changed->at(i);
            s = ErasureRepository(m_db).release(holds.at(i).id, actor.username, now, changed->at(i));
            audited << QJsonObject{{QStringLiteral("category"), holds.at(i).category}, {QStringLiteral("rows"), changed->at(i)},
                                   {QStringLiteral("held_until"), holds.at(i).heldUntil.toString(Qt::ISODate)}};
        }
        AuditEntry e;
        e.at = now;
        e.actor = actor.username;
        e.entity = QStringLiteral("request");
        e.entityId = it.key().first;
        e.requestId = it.key().first;
        e.action = QStringLiteral("hold_released");
        e.afterJson = compact({{QStringLiteral("source"), source->name}, {QStringLiteral("holds"), audited}});
        if (s)
            if (auto a = AuditLog(m_db).append(e); !a)
                s = Status::failure(a.fault());
        if (s)
            s = tx.commit();
        if (!s) {
            fail(s.error());
            continue;
        }
        released << holds;
    }
    return released;
}

} // namespace pd
