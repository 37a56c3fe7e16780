#include "letterservice.h"

#include "letterinventory.h"
#include "letterlanguage.h"
#include "letterrenderer.h"
#include "lettertemplate.h"

#include "../audit/auditlog.h"
#include "../storage/database.h"
#include "../storage/letterrepository.h"
#include "../storage/personrepository.h"
#include "../storage/requestrepository.h"
#include "../storage/transaction.h"
#include "../storage/workflowrepository.h"
#include "../workflow/requestrules.h"
#include "../workflow/verificationservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

bool asksSomething(const LetterDetails &d)
{
    for (auto m : d.verificationMethods)
        if (m != VerificationMethod::SupervisorOverride)
            return true;
    for (const QString &item : d.requestedItems)
        if (!item.trimmed().isEmpty())
            return true;
    return false;
}

LetterTemplate valuesFor(const LetterLanguage &lang, LetterKind kind, const Request &request, const Person &person,
                         const LetterDetails &d, QDate today)
{
    LetterTemplate t;
    t.setText(QStringLiteral("processor"), lang.processor(request.entity));
    // The letterhead names each processor on a line of its own.
    QStringList heads;
    for (auto e : {Entity::Qianchuan, Entity::Qianyu})
        if (request.entity == e || request.entity == Entity::Both)
            heads << LetterTemplate::escape(lang.label(entities(), e));
    t.setHtml(QStringLiteral("processor_lines"), heads.join(QLatin1String("<br/>")));
    t.setText(QStringLiteral("person_name"), person.name.isEmpty() ? request.personName : person.name);
    t.setText(QStringLiteral("reference"), request.reference);
    t.setText(QStringLiteral("request_type"), lang.label(requestTypes(), request.type));
    t.setText(QStringLiteral("letter_kind"), lang.label(letterKinds(), kind));
    t.setText(QStringLiteral("received_date"), lang.date(request.receivedAt.toLocalTime().date()));
    t.setText(QStringLiteral("due_date"), lang.date(request.dueDate));
    t.setText(QStringLiteral("letter_date"), lang.date(today));
    t.setText(QStringLiteral("contact_email"), QString::fromLatin1(LetterService::kContactEmail));
    t.setText(QStringLiteral("note"), d.note.trimmed());
    t.setText(QStringLiteral("reply_by"), lang.date(d.replyBy));
    t.setFlag(QStringLiteral("reminder"), d.reminder);
    t.setText(QStringLiteral("first_asked"), lang.date(d.firstAsked));
    t.setFlag(QStringLiteral("both_entities"), request.entity == Entity::Both);

    // Refusal: each reason by its label in the letter's language, and the staff's explanation.
    QStringList reasons;
    for (auto r : d.refusalReasons)
        if (!reasons.contains(lang.label(refusalReasons(), r)))
            reasons << lang.label(refusalReasons(), r);
    t.setHtml(QStringLiteral("reasons"), LetterTemplate::list(reasons));
    t.setText(QStringLiteral("explanation"), d.explanation.trimmed());
    for (auto r : refusalReasons().all())
        t.setFlag(QStringLiteral("reason_") + refusalReasons().key(r), d.refusalReasons.contains(r));
    // The three grounds the policy itself names (§4).
    t.setFlag(QStringLiteral("policy_grounds"), d.refusalReasons.contains(RefusalReason::Deceptive)
                                                    || d.refusalReasons.contains(RefusalReason::Impracticable)
                                                    || d.refusalReasons.contains(RefusalReason::HarmsOthers));

    // Extension.
    t.setText(QStringLiteral("new_due_date"), lang.date(d.newDueDate));
    t.setText(QStringLiteral("extension_reason"), d.extensionReason.trimmed());

    // What the requester is asked for: one instruction per method (the templates word them), then
    // the items staff typed.
    bool anyMethod = false;
    for (auto m : verificationMethods().all()) {
        const bool needed = m != VerificationMethod::SupervisorOverride && d.verificationMethods.contains(m);
        t.setFlag(QStringLiteral("need_") + verificationMethods().key(m), needed);
        anyMethod = anyMethod || needed;
    }
    t.setFlag(QStringLiteral("methods"), anyMethod);
    t.setHtml(QStringLiteral("items"), LetterTemplate::list(d.requestedItems));

    for (auto type : requestTypes().all())
        t.setFlag(QStringLiteral("type_") + requestTypes().key(type), request.type == type);

    // Explanation and "no data held": the inventory, what the sources hold, what was searched.
    t.setHtml(QStringLiteral("inventory_table"), d.inventory ? LetterInventory::table(lang, *d.inventory, d.heldItems) : QString());
    t.setHtml(QStringLiteral("disclosure_table"), d.inventory ? LetterInventory::disclosures(lang, *d.inventory, d.disclosures) : QString());
    t.setFlag(QStringLiteral("counted"), !d.heldItems.isEmpty());
    t.setHtml(QStringLiteral("searched_sources"), LetterInventory::searched(d.searchedSources));
    // Deletion and cancellation: what was done, and what is kept until when.
    bool held = false;
    for (const ErasureLine &l : d.erasure)
        held = held || (l.kept > 0 && l.heldUntil.isValid());
    t.setFlag(QStringLiteral("erased"), !d.erasure.isEmpty() && d.inventory.has_value());
    t.setFlag(QStringLiteral("held"), held);
    QStringList withdrawn;
    for (const QString &key : d.withdrawnPurposes) {
        const InventoryPurpose *p = d.inventory ? d.inventory->purpose(key) : nullptr;
        withdrawn << (p ? p->label.in(lang.code()) : key);
    }
    t.setHtml(QStringLiteral("withdrawn_purposes"), withdrawn.isEmpty() ? QString() : LetterTemplate::list(withdrawn));
    t.setHtml(QStringLiteral("erasure_table"),
              d.inventory && !d.erasure.isEmpty() ? LetterInventory::erasure(lang, *d.inventory, d.erasure) : QString());
    return t;
}

QString auditJson(const LetterInfo &info, LetterKind kind, const LetterDetails &d)
{
    QJsonObject o{{QStringLiteral("letter_id"), info.id},
                  {QStringLiteral("kind"), letterKinds().key(kind)},
                  {QStringLiteral("language"), info.language},
                  {QStringLiteral("sha256"), info.sha256},
                  {QStringLiteral("size"), info.size}};
    if (kind == LetterKind::Refusal) {
        QJsonArray reasons;
        for (auto r : d.refusalReasons)
            reasons.append(refusalReasons().key(r));
        o.insert(QStringLiteral("reasons"), reasons);
    }
    if (kind == LetterKind::ExtensionNotice)
        o.insert(QStringLiteral("new_due_date"), d.newDueDate.toString(Qt::ISODate));
    if (d.reminder)
        o.insert(QStringLiteral("reminder"), true);
    if (!d.searchedSources.isEmpty())
        o.insert(QStringLiteral("searched"), QJsonArray::fromStringList(d.searchedSources));
    if (!d.heldItems.isEmpty()) {
        QJsonObject held;
        for (auto it = d.heldItems.cbegin(); it != d.heldItems.cend(); ++it)
            held.insert(it.key(), it.value());
        o.insert(QStringLiteral("held"), held);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QString LetterService::missingDetails(LetterKind kind, const LetterDetails &d, const Request &request)
{
    switch (kind) {
    case LetterKind::Refusal:
        if (d.refusalReasons.isEmpty() || d.explanation.trimmed().isEmpty())
            return tr("A refusal must state its reasons (PIPL Art. 50): choose at least one reason and write "
                      "an explanation for the requester.");
        break;
    case LetterKind::ExtensionNotice:
        if (!d.newDueDate.isValid() || (request.dueDate.isValid() && d.newDueDate <= request.dueDate))
            return tr("An extension notice needs a new due date after the current one (%1).")
                .arg(request.dueDate.toString(Qt::ISODate));
        if (d.extensionReason.trimmed().isEmpty())
            return tr("An extension notice must give the reason for the extension.");
        break;
    case LetterKind::VerificationRequest:
        if (!asksSomething(d))
            return tr("A verification request must say what the requester has to provide: choose a method "
                      "or list the documents.");
        break;
    case LetterKind::AwaitingRequester:
        if (!asksSomething(d))
            return tr("A request for information must list what the requester has to provide.");
        break;
    case LetterKind::NoDataHeld:
        if (d.searchedSources.isEmpty())
            return tr("A \"no data held\" letter names the sources that were searched; none were.");
        break;
    default:
        break;
    }
    return {};
}

Result<LetterInfo> LetterService::generate(qint64 requestId, LetterKind kind, const LetterDetails &details,
                                           const Actor &actor, const AlsoWrite &alsoWrite) const
{
    using R = Result<LetterInfo>;
    const auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return R::failure(request.fault());
    if (auto s = RequestRules::mayWriteLetter(actor, request.value()); !s)
        return R::failure(s.fault());
    if (const QString missing = missingDetails(kind, details, request.value()); !missing.isEmpty())
        return R::failure(ErrorKind::Invalid, missing);
    Person person;
    if (request->personId > 0) {
        const auto p = PersonRepository(m_db).get(request->personId);
        if (!p)
            return R::failure(p.fault());
        person = p.value();
    }
    // The person's own choice unless staff override it; people are written to in Chinese by default.
    QString language = !details.language.isEmpty() ? details.language : person.language;
    language = LetterLanguage::normalise(language.isEmpty() ? QStringLiteral("zh_CN") : language);
    const auto lang = LetterLanguage::load(language);
    if (!lang)
        return R::failure(lang.fault());

    const QDateTime now = m_clock();
    const LetterTemplate values = valuesFor(*lang.value(), kind, request.value(), person, details, now.toLocalTime().date());
    const auto html = values.compose(kind, language);
    if (!html)
        return R::failure(html.fault());
    const QString title = lang.value()->label(letterKinds(), kind) + QStringLiteral(" · ") + request->reference;
    const auto rendered = LetterRenderer::render(html.value(), title, request->reference);
    if (!rendered)
        return R::failure(rendered.fault());

    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().fault());
    LetterInfo info;
    info.requestId = requestId;
    info.kind = kind;
    info.language = language;
    info.createdAt = now;
    info.createdBy = actor.username;
    const auto stored = LetterRepository(m_db).insert(info, rendered->pdf);
    if (!stored)
        return R::failure(stored.fault());
    AuditEntry entry;
    entry.at = stored->createdAt;
    entry.actor = actor.username;
    entry.entity = QStringLiteral("letter");
    entry.entityId = stored->id;
    entry.requestId = requestId;
    entry.action = QStringLiteral("letter_generated");
    entry.afterJson = auditJson(stored.value(), kind, details);
    if (const auto audited = AuditLog(m_db).append(entry); !audited)
        return R::failure(audited.fault());
    if (alsoWrite)
        if (auto s = alsoWrite(stored.value()); !s)
            return R::failure(s.fault());
    if (auto s = tx.commit(); !s)
        return R::failure(s.fault());
    return stored;
}

Result<LetterDetails> LetterService::detailsFromRequest(qint64 requestId, LetterKind kind) const
{
    LetterDetails details;
    if (kind == LetterKind::Refusal) {
        // The reasons and explanation of the refusal proposed for approval (or approved).
        const auto approvals = WorkflowRepository(m_db).approvals(requestId);
        if (!approvals)
            return approvals.fault();
        for (const Approval &a : approvals.value()) {
            if (a.action == RequestAction::ProposeRefusal) {
                details.refusalReasons = a.reasons;
                details.explanation = a.explanation;
            }
        }
    } else if (kind == LetterKind::VerificationRequest) {
        const auto missing = VerificationService(m_db, m_clock).missing(requestId);
        if (!missing)
            return missing.fault();
        details.verificationMethods = missing.value();
    }
    return details;
}

Result<QList<LetterInfo>> LetterService::list(qint64 requestId) const
{
    return LetterRepository(m_db).listForRequest(requestId);
}

Result<LetterInfo> LetterService::readable(qint64 letterId, const Actor &actor) const
{
    auto info = LetterRepository(m_db).get(letterId);
    if (!info)
        return info;
    const auto request = RequestRepository(m_db).get(info->requestId);
    if (!request)
        return request.fault();
    if (auto s = RequestRules::mayReveal(actor, request.value()); !s)
        return s.fault();
    return info;
}

Status LetterService::audit(const LetterInfo &letter, const QString &action, const Actor &actor) const
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    AuditEntry entry;
    entry.at = m_clock();
    entry.actor = actor.username;
    entry.entity = QStringLiteral("letter");
    entry.entityId = letter.id;
    entry.requestId = letter.requestId;
    entry.action = action;
    if (const auto audited = AuditLog(m_db).append(entry); !audited)
        return audited.fault();
    return tx.commit();
}

Result<QByteArray> LetterService::pdf(qint64 letterId, const Actor &actor) const
{
    using R = Result<QByteArray>;
    const auto info = readable(letterId, actor);
    if (!info)
        return info.fault();
    auto bytes = LetterRepository(m_db).pdf(letterId);
    if (!bytes)
        return bytes;
    if (LetterRepository::sha256Hex(bytes.value()) != info->sha256)
        return R::failure(ErrorKind::Internal, tr("Letter %1 no longer matches the fingerprint it was stored with: it has been altered.")
                              .arg(letterId));
    if (auto s = audit(info.value(), QStringLiteral("letter_opened"), actor); !s)
        return s.fault();
    return bytes;
}

Status LetterService::recordCopy(qint64 letterId, Copy copy, const Actor &actor) const
{
    const auto info = readable(letterId, actor);
    if (!info)
        return info.fault();
    return audit(info.value(), copy == Copy::File ? QStringLiteral("letter_saved") : QStringLiteral("letter_printed"), actor);
}

} // namespace pd
