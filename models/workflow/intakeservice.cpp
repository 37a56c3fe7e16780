#include "intakeservice.h"

#include "../audit/auditlog.h"
#include "../domain/validation.h"
#include "../storage/database.h"
#include "../storage/linkrepository.h"
#include "../storage/personrepository.h"
#include "../storage/requestrepository.h"
#include "../storage/transaction.h"
#include "workingdaycalendar.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pd {

QList<FieldError> IntakeService::validate(IntakeForm &form) const
{
    using F = FieldError::Field;
    QList<FieldError> errors;
    // Far longer than any real value: refused before the validators (or the database) see it.
    const auto tooLong = [&](F field, const QString &value, const QString &label, int limit) {
        if (value.size() <= limit)
            return false;
        errors << FieldError{field, tr("%1: at most %2 characters (now %3).").arg(label).arg(limit).arg(value.size())};
        return true;
    };
    const auto check = [&](F field, QString &value, auto validator) {
        if (value.trimmed().isEmpty()) {
            value.clear();
            return;
        }
        const auto r = validator(value);
        if (r)
            value = r.value();
        else
            errors << FieldError{field, r.error()};
    };

    if (form.personId == 0) {
        const auto name = Validation::personName(form.name);
        if (name)
            form.name = name.value();
        else
            errors << FieldError{F::Name, name.error()};
        if (!tooLong(F::Phone, form.phone, tr("Phone number"), kMaximumPhoneLength))
            check(F::Phone, form.phone, [](const QString &v) { return Validation::phone(v); });
        if (!tooLong(F::Email, form.email, tr("E-mail"), kMaximumEmailLength))
            check(F::Email, form.email, [](const QString &v) { return Validation::email(v); });
        if (!tooLong(F::IdNumber, form.idNumber, tr("Resident ID number"), kMaximumIdNumberLength))
            check(F::IdNumber, form.idNumber, [](const QString &v) { return Validation::residentId(v); });
        const auto control = [&](F field, const QString &label, const QString &value, bool multiline) {
            if (const QString message = Validation::controlCharacter(label, value, multiline); !message.isEmpty()) {
                errors << FieldError{field, message};
                return true;
            }
            return false;
        };
        if (!control(F::Account, tr("Account"), form.account, false)) {
            form.account = form.account.trimmed();
            tooLong(F::Account, form.account, tr("Account"), kMaximumAccountLength);
        }
        if (!control(F::Company, tr("Company"), form.company, true)) { // blanks are collapsed
            form.company = form.company.simplified();
            tooLong(F::Company, form.company, tr("Company"), kMaximumCompanyLength);
        }
        if (form.phone.isEmpty() && form.email.isEmpty() && form.account.isEmpty()
            && std::none_of(errors.cbegin(), errors.cend(),
                            [](const FieldError &e) { return e.field == F::Phone || e.field == F::Email; })) {
            errors << FieldError{F::Phone, tr("Contact: give at least a phone number, an e-mail address or an account, "
                                              "so that the person can be verified and answered.")};
        }
    }
    if (form.types.isEmpty())
        errors << FieldError{F::Types, tr("Request type: choose at least one.")};
    const QDateTime now = m_clock();
    if (!form.receivedAt.isValid())
        errors << FieldError{F::ReceivedAt, tr("Received: enter the date and time the request arrived.")};
    else if (form.receivedAt.toUTC() > now.addSecs(300))
        errors << FieldError{F::ReceivedAt, tr("Received: the time of receipt cannot be in the future.")};
    else if (form.receivedAt.date().year() < 2000)
        errors << FieldError{F::ReceivedAt, tr("Received: the date is implausibly old.")};
    if (const QString control = Validation::controlCharacter(tr("Summary"), form.summary, true); !control.isEmpty()) {
        errors << FieldError{F::Summary, control};
    } else {
        form.summary = form.summary.trimmed();
        tooLong(F::Summary, form.summary, tr("Summary"), kMaximumSummaryLength);
    }
    return errors;
}

Result<QList<Request>> IntakeService::submit(IntakeForm form, const QString &actor) const
{
    return submitAll({form}, actor);
}

Result<QList<Request>> IntakeService::submitAll(QList<IntakeForm> forms, const QString &actor, const AuditEntry *summary) const
{
    using R = Result<QList<Request>>;
    for (IntakeForm &form : forms)
        if (const auto errors = validate(form); !errors.isEmpty())
            return R::failure(ErrorKind::Invalid, errors.first().message);

    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().fault());

    const PersonRepository people(m_db);
    const RequestRepository requests(m_db);
    const AuditLog audit(m_db);
    QList<Request> created;
    // A person new to the database who appears on several forms (rows of one import) is one person.
    QHash<QString, Person> added;
    const auto identities = [](const IntakeForm &f) {
        QStringList out;
        const std::pair<char, QString> ids[] = {{'p', f.phone}, {'e', f.email}, {'a', f.account}, {'i', f.idNumber}};
        for (const auto &[kind, value] : ids)
            if (!value.isEmpty())
                out << QLatin1Char(kind) + value;
        return out;
    };
    for (const IntakeForm &form : std::as_const(forms)) {
        Person person;
        if (form.personId > 0) {
            auto p = people.get(form.personId);
            if (!p)
                return R::failure(p.fault());
            person = p.value();
        } else {
            const QStringList ids = identities(form);
            const auto known = std::find_if(ids.cbegin(), ids.cend(), [&](const QString &id) {
                return added.contains(id) && added.value(id).name == form.name;
            });
            if (known != ids.cend()) {
                person = added.value(*known);
            } else {
                person = Person{0, form.name, form.account, form.email, form.phone, form.idNumber, form.company, form.language};
                auto id = people.insert(person);
                if (!id)
                    return R::failure(id.fault());
                person.id = id.value();
                for (const QString &i : ids)
                    added.insert(i, person);
            }
        }
        for (RequestType type : std::as_const(form.types)) {
            auto saved = requests.insert(draft(form, person, type, m_calendar));
            if (!saved)
                return R::failure(saved.fault());
            const QDateTime now = m_clock();
            if (auto s = requests.appendHistory(saved->id, registrationHistory(now, actor)); !s)
                return R::failure(s.fault());
            // Registration is a change like any other: on the audit chain, in the same transaction.
            if (auto a = audit.append(registrationAudit(saved.value(), now, actor)); !a)
                return R::failure(a.fault());
            created << saved.value();
            if (form.linkDuplicates)
                if (auto s = linkToOpen(saved.value(), created, now, actor); !s)
                    return R::failure(s.fault());
        }
    }
    if (summary)
        if (auto a = audit.append(*summary); !a)
            return R::failure(a.fault());
    if (auto s = tx.commit(); !s)
        return R::failure(s.fault());
    return created;
}

Status IntakeService::linkToOpen(const Request &saved, const QList<Request> &created, const QDateTime &at,
                                 const QString &actor) const
{
    QList<qint64> justMade;
    for (const Request &r : created)
        justMade << r.id;
    const LinkRepository links(m_db);
    const auto open = links.openOf(saved.personId, {saved.type}, justMade);
    if (!open)
        return open.fault();
    if (open->isEmpty())
        return Status();
    // The oldest open one is the request the new one repeats.
    const DuplicateMatch &original = open->constFirst();
    if (auto s = links.insert(saved.id, original.id, QLatin1String(LinkRepository::kDuplicateOf), actor, at); !s)
        return s;
    AuditEntry entry;
    entry.at = at;
    entry.actor = actor;
    entry.entity = QStringLiteral("request");
    entry.entityId = saved.id;
    entry.requestId = saved.id;
    entry.action = QStringLiteral("request_linked");
    entry.afterJson = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("duplicate_of"), original.reference},
                                                                  {QStringLiteral("linked_id"), original.id}})
                                            .toJson(QJsonDocument::Compact));
    if (auto a = AuditLog(m_db).append(entry); !a)
        return a.fault();
    return Status();
}

Request IntakeService::draft(const IntakeForm &form, const Person &person, RequestType type,
                             const WorkingDayCalendar &calendar)
{
    Request r;
    r.personId = person.id;
    r.personName = person.name;
    r.type = type;
    r.status = RequestStatus::Received;
    r.channel = form.channel;
    r.requesterKind = form.requesterKind;
    r.entity = form.entity;
    r.priority = form.priority;
    r.receivedAt = form.receivedAt.toUTC();
    r.dueDate = DeadlineRule(calendar).dueDate(form.receivedAt.toLocalTime().date());
    r.summary = form.summary;
    r.demo = form.demo;
    return r;
}

HistoryEntry IntakeService::registrationHistory(const QDateTime &at, const QString &actor)
{
    return HistoryEntry{at, actor, historyActions().key(HistoryAction::Registered), QString(),
                        requestStatuses().key(RequestStatus::Received), QString()};
}

AuditEntry IntakeService::registrationAudit(const Request &saved, const QDateTime &at, const QString &actor)
{
    AuditEntry audit;
    audit.at = at;
    audit.actor = actor;
    audit.entity = QStringLiteral("request");
    audit.entityId = saved.id;
    audit.requestId = saved.id;
    audit.action = historyActions().key(HistoryAction::Registered);
    audit.afterJson = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("reference"), saved.reference},
                                                                  {QStringLiteral("type"), requestTypes().key(saved.type)},
                                                                  {QStringLiteral("person_id"), saved.personId},
                                                                  {QStringLiteral("channel"), channels().key(saved.channel)},
                                                                  {QStringLiteral("due"), saved.dueDate.toString(Qt::ISODate)}})
                                            .toJson(QJsonDocument::Compact));
    return audit;
}

Result<QList<Person>> IntakeService::lookup(const QString &identifier) const
{
    using Id = PersonRepository::Identifier;
    const QString typed = identifier.trimmed();
    if (typed.size() > kMaximumLookupLength)
        return Result<QList<Person>>::failure(ErrorKind::Invalid, tr("Find: at most %1 characters (now %2).")
                                                                      .arg(kMaximumLookupLength)
                                                                      .arg(typed.size()));
    QList<QPair<Id, QString>> tries;
    if (const auto phone = Validation::phone(typed))
        tries << qMakePair(Id::Phone, phone.value());
    if (const auto email = Validation::email(typed))
        tries << qMakePair(Id::Email, email.value());
    if (const auto id = Validation::residentId(typed))
        tries << qMakePair(Id::ResidentId, id.value());
    if (!typed.isEmpty())
        tries << qMakePair(Id::Account, typed);

    const PersonRepository people(m_db);
    QList<Person> found;
    for (const auto &[kind, value] : std::as_const(tries)) {
        auto r = people.findBy(kind, value);
        if (!r)
            return r;
        for (const Person &p : r.value())
            if (std::none_of(found.cbegin(), found.cend(), [&](const Person &f) { return f.id == p.id; }))
                found << p;
    }
    return found;
}

} // namespace pd
