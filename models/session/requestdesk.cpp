#include "requestdesk.h"

#include "../audit/auditlog.h"
#include "../domain/auditactions.h"
#include "../sources/sourceregistry.h"
#include "../storage/erasurerepository.h"
#include "../storage/packagerepository.h"
#include "../storage/auditrepository.h"
#include "../fulfilment/letterservice.h"
#include "../storage/linkrepository.h"
#include "../storage/personrepository.h"
#include "../storage/requestrepository.h"
#include "../storage/sourcerepository.h"
#include "../storage/staffrepository.h"
#include "../storage/transaction.h"
#include "../storage/workflowrepository.h"
#include "../workflow/requestrules.h"
#include "../workflow/verificationreminders.h"
#include "../workflow/verificationservice.h"
#include "session.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pd {

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Appends one audit entry about a look at the request's person, in a transaction of its own.
Status auditLook(const Database &db, const Actor &actor, const Request &r, const QString &action, const QJsonObject &after,
                 const QDateTime &at)
{
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    AuditEntry e;
    e.at = at;
    e.actor = actor.username;
    e.entity = QStringLiteral("person");
    e.entityId = r.personId;
    e.requestId = r.id;
    e.action = action;
    e.afterJson = json(after);
    if (auto a = AuditLog(db).append(e); !a)
        return Status::from(a);
    return tx.commit();
}

} // namespace

PersonView RequestDesk::personView(const Person &p)
{
    PersonView v;
    v.id = p.id;
    v.name = p.name;
    v.company = p.company;
    v.language = p.language;
    for (PersonField f : personFields().all()) {
        const QString value = Masking::value(p, f);
        if (!value.isEmpty())
            v.masked.insert(f, Masking::mask(f, value));
    }
    return v;
}

RequestWorkflow RequestDesk::workflow() const
{
    const Clock clock = [this] { return m_session.now(); };
    return RequestWorkflow(m_db, m_session.calendar(),
                           [this, clock](qint64 id) { return VerificationService(m_db, clock).isSatisfied(id); }, clock);
}

Result<RequestView> RequestDesk::view(qint64 requestId, Purpose purpose) const
{
    using R = Result<RequestView>;
    const Actor actor = m_session.actor();
    const RequestRepository requests(m_db);
    auto request = requests.get(requestId);
    if (!request)
        return R::failure(request.fault());
    if (auto s = RequestRules::mayView(actor, request.value()); !s)
        return R::failure(s.fault());

    RequestView v;
    v.request = request.value();
    const Request &r = v.request;
    if (r.personId > 0) {
        const auto person = PersonRepository(m_db).get(r.personId);
        if (!person)
            return R::failure(person.fault());
        v.person = personView(person.value());
    }

    // Every account, deactivated ones too: who did a step stays named after they leave.
    const auto staff = StaffRepository(m_db).accounts();
    if (!staff)
        return R::failure(staff.fault());
    QHash<QString, QString> names;
    for (const StaffAccount &a : staff.value())
        names.insert(a.user.username, a.user.displayName.isEmpty() ? a.user.username : a.user.displayName);
    const auto nameOf = [&names](const QString &username) { return names.value(username, username); };

    const auto history = requests.history(requestId);
    if (!history)
        return R::failure(history.fault());
    for (const HistoryEntry &h : history.value()) {
        TimelineEntry t;
        t.at = h.at;
        t.actor = nameOf(h.actor);
        t.kind = TimelineEntry::Kind::History;
        t.historyAction = h.action;
        t.fromStatus = h.fromStatus;
        t.toStatus = h.toStatus;
        t.text = h.note;
        v.timeline << t;
    }
    const WorkflowRepository workflowRows(m_db);
    const auto notes = workflowRows.notes(requestId);
    const auto mail = workflowRows.correspondence(requestId);
    const auto escalations = workflowRows.escalations(requestId);
    const auto pending = workflowRows.pendingApproval(requestId);
    // Assignments and priority changes are only in the audit log (before and after).
    const auto edits = AuditRepository(m_db).about(requestId, {QStringLiteral("assignment"), QStringLiteral("field_edit")});
    for (const Status &s : {Status::from(notes), Status::from(mail), Status::from(escalations), Status::from(pending),
                            Status::from(edits)})
        if (!s)
            return R::failure(s.fault());
    for (const Note &n : notes.value())
        v.timeline << TimelineEntry{n.at, nameOf(n.author), TimelineEntry::Kind::Note, {}, {}, {}, n.body, {}, {}};
    for (const Correspondence &c : mail.value())
        v.timeline << TimelineEntry{c.at, nameOf(c.recordedBy),
                                    c.direction == QLatin1String("in") ? TimelineEntry::Kind::Received
                                                                       : TimelineEntry::Kind::Sent,
                                    {}, {}, {}, c.summary, {}, {}};
    for (const Escalation &e : escalations.value())
        v.timeline << TimelineEntry{e.escalatedOn.startOfDay(Qt::UTC), nameOf(e.recordedBy), TimelineEntry::Kind::Escalated,
                                    {}, {}, {}, e.outcome, e.authority, e.theirReference};
    for (const AuditEntry &a : edits.value()) {
        const QJsonObject before = QJsonDocument::fromJson(a.beforeJson.toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(a.afterJson.toUtf8()).object();
        const QString field = a.action == QLatin1String("assignment") ? QStringLiteral("assignee") : QStringLiteral("priority");
        if (before.value(field) == after.value(field))
            continue;
        v.timeline << TimelineEntry{a.at, nameOf(a.actor),
                                    field == QLatin1String("assignee") ? TimelineEntry::Kind::Assigned : TimelineEntry::Kind::Priority,
                                    {}, {}, {}, after.value(field).toString(), {}, {}};
    }
    std::stable_sort(v.timeline.begin(), v.timeline.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at < b.at; });
    v.pending = pending.value();
    if (v.pending)
        v.proposedByName = nameOf(v.pending->proposedBy);
    const auto last = AuditRepository(m_db).lastAbout(requestId, auditLookActions());
    if (!last)
        return R::failure(last.fault());
    v.lastChange = last.value();

    const VerificationService verification(m_db, [this] { return m_session.now(); });
    const auto satisfied = verification.isSatisfied(requestId);
    if (!satisfied)
        return R::failure(satisfied.fault());
    v.verified = satisfied.value();
    if (!v.verified) {
        const auto missing = verification.missing(requestId);
        if (!missing)
            return R::failure(missing.fault());
        v.missing = missing.value();
    }
    const auto letters = LetterService(m_db).list(requestId);
    if (!letters)
        return R::failure(letters.fault());
    v.letters = letters.value();
    if (answeredByPackage(r.type)) {
        const PackageRepository packages(m_db);
        const auto list = packages.forRequest(requestId);
        if (!list)
            return R::failure(list.fault());
        v.packages = list.value();
        const auto delivered = packages.delivered(requestId);
        if (!delivered)
            return R::failure(delivered.fault());
        v.delivered = delivered.value();
    }
    if (r.type == RequestType::Deletion || r.type == RequestType::AccountCancellation) {
        const ErasureRepository erasures(m_db);
        const auto approvedBy = erasures.approvedBy(requestId);
        const auto steps = erasures.steps(requestId);
        const auto erased = erasures.completed(requestId);
        const auto holds = erasures.holdsFor(requestId);
        if (!approvedBy || !steps || !erased || !holds)
            return R::failure(!approvedBy ? approvedBy.fault() : !steps ? steps.fault() : !erased ? erased.fault() : holds.fault());
        v.erasureApprovedBy = approvedBy->isEmpty() ? QString() : nameOf(approvedBy.value());
        v.erasure = steps.value();
        v.erased = erased.value();
        v.holds = holds.value();
    }
    if (r.type == RequestType::ConsentWithdrawal || r.type == RequestType::Restriction) {
        const auto withdrawn = RegisterRepository(m_db).withdrawnOn(requestId);
        if (!withdrawn)
            return R::failure(withdrawn.fault());
        v.withdrawn = withdrawn.value();
        if (!v.withdrawn.isEmpty()) {
            const auto inventory = SourceRegistry(m_db, [this] { return m_session.now(); }).inventory();
            if (!inventory)
                return R::failure(inventory.fault());
            for (const QString &key : std::as_const(v.withdrawn)) {
                const InventoryPurpose *p = inventory->purpose(key);
                v.withdrawnLabels << (p ? p->label : BilingualText{key, key});
            }
        }
    }
    const auto links = LinkRepository(m_db).forRequest(requestId);
    if (!links)
        return R::failure(links.fault());
    v.links = links.value();
    if (r.status == RequestStatus::Verifying) {
        const auto reminder = VerificationReminders(m_db, [this] { return m_session.now(); }).state(requestId);
        if (!reminder)
            return R::failure(reminder.fault());
        v.reminder = reminder.value();
    }

    // What fits the request's type and status; the rest is not offered at all.
    for (const auto &t : RequestWorkflow::table())
        if (t.from == r.status && RequestRules::fits(r, t.action)
            && std::none_of(v.actions.cbegin(), v.actions.cend(), [&](const ActionChoice &c) { return c.action == t.action; }))
            v.actions << ActionChoice{t.action, RequestRules::mayTakeNow(actor, r, t.action, v.verified, v.delivered,
                                                                                !v.erasureApprovedBy.isEmpty(), v.erased,
                                                                                !v.withdrawn.isEmpty())};
    v.mayAssign = RequestRules::mayAssign(actor, r);
    v.maySetPriority = RequestRules::maySetPriority(actor, r);
    v.mayAddNote = RequestRules::mayAddNote(actor, r);
    v.mayRecordCorrespondence = RequestRules::mayRecordCorrespondence(actor, r);
    v.mayRecordEscalation = RequestRules::mayRecordEscalation(actor, r);
    v.mayVerify = RequestRules::mayVerify(actor, r);
    v.mayOverrideVerification = RequestRules::mayOverrideVerification(actor, r);
    v.mayWriteLetter = RequestRules::mayWriteLetter(actor, r);
    v.mayReveal = RequestRules::mayReveal(actor, r);
    v.mayExportPackage = RequestRules::mayExportPackage(actor, r);
    v.mayPlanErasure = RequestRules::mayPlanErasure(actor, r);
    v.mayWithdrawConsent = RequestRules::mayWithdrawConsent(actor, r);
    v.mayStartVerification = RequestRules::mayTake(actor, r, RequestAction::StartVerification);
    for (LetterKind kind : letterKinds().all())
        v.letterChoices << std::pair{kind, RequestRules::mayWriteLetter(actor, r, kind)};

    if (purpose == Purpose::Open && r.personId > 0) {
        if (auto s = auditLook(m_db, actor, r, QStringLiteral("person_viewed"), {{QStringLiteral("reference"), r.reference}},
                               m_session.now());
            !s)
            return R::failure(s.fault());
    }
    return v;
}

Result<QList<DuplicateMatch>> RequestDesk::openDuplicates(qint64 personId, const QList<RequestType> &types) const
{
    using R = Result<QList<DuplicateMatch>>;
    if (auto s = RequestRules::mayRegister(m_session.actor()); !s)
        return R::failure(s.fault());
    const auto open = LinkRepository(m_db).openOf(personId, types);
    if (!open)
        return open;
    // Only what the actor may see is named; the rest is counted (a reference without the request).
    QList<DuplicateMatch> shown;
    const RequestRepository requests(m_db);
    for (const DuplicateMatch &m : open.value()) {
        const auto r = requests.get(m.id);
        if (!r)
            return R::failure(r.fault());
        DuplicateMatch visible = m;
        if (!RequestRules::mayView(m_session.actor(), r.value()))
            visible.id = 0;
        shown << visible;
    }
    return shown;
}

Result<qint64> RequestDesk::find(const QString &reference) const
{
    const auto id = RequestRepository(m_db).idForReference(reference);
    if (!id)
        return id;
    const auto request = RequestRepository(m_db).get(id.value());
    if (!request)
        return request.fault();
    if (auto s = RequestRules::mayView(m_session.actor(), request.value()); !s)
        return s.fault();
    return id;
}

Result<QString> RequestDesk::reveal(qint64 requestId, PersonField field) const
{
    using R = Result<QString>;
    const Actor actor = m_session.actor();
    const auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return R::failure(request.fault());
    if (auto s = RequestRules::mayReveal(actor, request.value()); !s)
        return R::failure(s.fault());
    const auto person = PersonRepository(m_db).get(request->personId);
    if (!person)
        return R::failure(person.fault());
    if (auto s = auditLook(m_db, actor, request.value(), QStringLiteral("personal_data_revealed"),
                           {{QStringLiteral("reference"), request->reference}, {QStringLiteral("field"), personFields().key(field)}},
                           m_session.now());
        !s)
        return R::failure(s.fault());
    return Masking::value(person.value(), field);
}

Result<Request> RequestDesk::perform(qint64 requestId, int expectedVersion, RequestAction action, const ActionInput &input) const
{
    return workflow().perform(requestId, expectedVersion, action, m_session.actor(), input);
}

Result<Request> RequestDesk::assign(qint64 requestId, int expectedVersion, qint64 staffId) const
{
    return workflow().assign(requestId, expectedVersion, staffId, m_session.actor());
}

Result<Request> RequestDesk::setPriority(qint64 requestId, int expectedVersion, Priority priority) const
{
    return workflow().setPriority(requestId, expectedVersion, priority, m_session.actor());
}

QList<BulkOutcome> RequestDesk::applyToEach(const QList<qint64> &requestIds, const BulkChange &change) const
{
    QList<BulkOutcome> outcomes;
    const RequestRepository requests(m_db);
    for (qint64 id : requestIds) {
        BulkOutcome outcome;
        outcome.requestId = id;
        const auto current = requests.get(id);
        if (!current) {
            outcome.message = current.error();
            outcomes << outcome;
            continue;
        }
        if (auto s = RequestRules::mayView(m_session.actor(), current.value()); !s) {
            outcome.message = s.error(); // not even the reference of a request the actor may not see
            outcomes << outcome;
            continue;
        }
        outcome.reference = current->reference;
        Result<Request> after = Error{};
        switch (change.kind) {
        case BulkChange::Kind::Action: after = perform(id, current->version, change.action); break;
        case BulkChange::Kind::Assign: after = assign(id, current->version, change.staffId); break;
        case BulkChange::Kind::Priority: after = setPriority(id, current->version, change.priority); break;
        }
        outcome.done = after.ok();
        if (!after)
            outcome.message = after.error();
        outcomes << outcome;
    }
    return outcomes;
}

Status RequestDesk::addNote(qint64 requestId, const QString &body) const
{
    return workflow().addNote(requestId, body, m_session.actor());
}

Status RequestDesk::recordCorrespondence(qint64 requestId, const Correspondence &c) const
{
    return workflow().recordCorrespondence(requestId, c, m_session.actor());
}

Status RequestDesk::recordEscalation(qint64 requestId, const Escalation &e) const
{
    return workflow().recordEscalation(requestId, e, m_session.actor());
}

Result<QList<StaffUser>> RequestDesk::assignableStaff() const
{
    auto staff = StaffRepository(m_db).list();
    if (!staff)
        return staff;
    QList<StaffUser> out;
    for (const StaffUser &u : staff.value())
        if (RequestRules::mayBeAssigned(u))
            out << u;
    return out;
}

Result<QList<StaffUser>> RequestDesk::activeStaff() const
{
    return StaffRepository(m_db).list();
}

Result<QList<PersonView>> RequestDesk::lookup(const QString &identifier) const
{
    if (auto s = RequestRules::mayRegister(m_session.actor()); !s)
        return s.fault();
    const auto found = IntakeService(m_db, m_session.calendar(), [this] { return m_session.now(); }).lookup(identifier);
    if (!found)
        return found.fault();
    QList<PersonView> out;
    for (const Person &p : found.value())
        out << personView(p);
    return out;
}

QList<FieldError> RequestDesk::validate(IntakeForm &form) const
{
    return IntakeService(m_db, m_session.calendar(), [this] { return m_session.now(); }).validate(form);
}

Result<QList<Request>> RequestDesk::submit(const IntakeForm &form) const
{
    const Actor actor = m_session.actor();
    if (auto s = RequestRules::mayRegister(actor); !s)
        return s.fault();
    return IntakeService(m_db, m_session.calendar(), [this] { return m_session.now(); }).submit(form, actor.username);
}

Result<QList<Request>> RequestDesk::importRequests(const QList<IntakeForm> &forms, const QString &fileName,
                                                 const QString &encoding) const
{
    const Actor actor = m_session.actor();
    if (auto s = RequestRules::mayRegister(actor); !s)
        return s.fault();
    if (forms.isEmpty())
        return Error{ErrorKind::Invalid, tr("The file holds no requests.")};
    AuditEntry summary;
    summary.at = m_session.now();
    summary.actor = actor.username;
    summary.entity = QStringLiteral("import");
    summary.action = QStringLiteral("requests_imported");
    summary.afterJson = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("file"), fileName},
                                                                    {QStringLiteral("encoding"), encoding},
                                                                    {QStringLiteral("rows"), qint64(forms.size())}})
                                              .toJson(QJsonDocument::Compact));
    return IntakeService(m_db, m_session.calendar(), [this] { return m_session.now(); }).submitAll(forms, actor.username, &summary);
}

} // namespace pd
