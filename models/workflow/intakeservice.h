#pragma once

#include "../common/clock.h"
#include "../common/result.h"
#include "../domain/records.h"

#include <QCoreApplication>

namespace pd {

class Database;
class WorkingDayCalendar;

// What the intake dialog collects. The person is either an existing one (personId) or new.
struct IntakeForm
{
    qint64 personId = 0;
    QString name, account, email, phone, idNumber, company;
    QString language = QStringLiteral("zh_CN");
    QList<RequestType> types;
    Channel channel = Channel::OnlineFeedback;
    RequesterKind requesterKind = RequesterKind::Self;
    Entity entity = Entity::Qianchuan;
    Priority priority = Priority::Normal;
    QDateTime receivedAt; // any zone; stored as UTC
    QString summary;
    bool demo = false; // demo data: the requests are marked as such
    // Each new request is linked to the oldest open request of the same person and type, if any
    // (a duplicate, flagged at intake), in the same transaction and audited ("request_linked").
    bool linkDuplicates = false;
};

// A problem with one field of the form, for the dialog to mark.
struct FieldError
{
    enum class Field { Name, Account, Email, Phone, IdNumber, Company, Types, ReceivedAt, Summary, Person };
    Field field;
    QString message;
};

// Registers requests: validates, finds or creates the person, and writes one request per type
// (sharing person and time of receipt) with their first history entry, all in one transaction.
class IntakeService final
{
    Q_DECLARE_TR_FUNCTIONS(IntakeService)

public:
    // Length limits, checked before anything else looks at the value.
    static constexpr int kMaximumPhoneLength = 40;
    static constexpr int kMaximumEmailLength = 254;
    static constexpr int kMaximumIdNumberLength = 40;
    static constexpr int kMaximumAccountLength = 64;
    static constexpr int kMaximumCompanyLength = 200;
    static constexpr int kMaximumSummaryLength = 4000;
    static constexpr int kMaximumLookupLength = 254;

    IntakeService(const Database &db, const WorkingDayCalendar &calendar, Clock clock = systemClock())
        : m_db(db), m_calendar(calendar), m_clock(std::move(clock))
    {
    }

    // Normalises the form in place (E.164 phone, lower-case e-mail...) and lists every problem.
    QList<FieldError> validate(IntakeForm &form) const;
    // Nothing is written unless everything is.
    Result<QList<Request>> submit(IntakeForm form, const QString &actor) const;
    // Several forms in one transaction: all are registered or none (an import). A new person on
    // several forms (the same name and phone, e-mail, account or ID number) is created once.
    // `summary`, if given, is appended to the audit log in the same transaction.
    Result<QList<Request>> submitAll(QList<IntakeForm> forms, const QString &actor, const AuditEntry *summary = nullptr) const;
    // What a registration writes besides the request row, decided without the database: submit()
    // writes them, and bulk loads (the demo data) write the same rows.
    static Request draft(const IntakeForm &form, const Person &person, RequestType type, const WorkingDayCalendar &calendar);
    static HistoryEntry registrationHistory(const QDateTime &at, const QString &actor);
    static AuditEntry registrationAudit(const Request &saved, const QDateTime &at, const QString &actor);

    // People whose phone, e-mail, account or ID number equals what was typed (normalised).
    Result<QList<Person>> lookup(const QString &identifier) const;

private:
    Status linkToOpen(const Request &saved, const QList<Request> &created, const QDateTime &at, const QString &actor) const;

    const Database &m_db;
    const WorkingDayCalendar &m_calendar;
    Clock m_clock;
};

} // namespace pd
