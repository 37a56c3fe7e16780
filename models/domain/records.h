#pragma once

#include "enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace pd {

// A data subject (个人信息主体): whom requests are about.
struct Person
{
    qint64 id = 0;
    QString name;
    QString account;
    QString email;      // lower-cased
    QString phone;      // E.164
    QString idNumber;   // 18-character resident ID number, upper-case check character
    QString company;
    QString language;   // preferred language for letters: "zh_CN" or "en"
    QString creditCode{}; // enterprise accounts: unified social credit code (GB 32100); {} keeps older
                          // positional initialisers warning-free
};

struct Request
{
    qint64 id = 0;
    QString reference;  // DSR-2026-000123
    qint64 personId = 0;
    QString personName;
    RequestType type = RequestType::Access;
    RequestStatus status = RequestStatus::Received;
    Channel channel = Channel::OnlineFeedback;
    RequesterKind requesterKind = RequesterKind::Self;
    Entity entity = Entity::Qianchuan;
    QDateTime receivedAt; // UTC
    QDate dueDate;
    qint64 assigneeId = 0; // 0: unassigned
    QString assigneeName;
    Priority priority = Priority::Normal;
    QString summary;
    int version = 1;          // optimistic concurrency: every update checks and bumps it
    QString resumeStatus;     // while awaiting the requester: the status to return to
    QDate pausedOn;           // while awaiting the requester: the day the clock stopped
    bool demo = false;        // made by the demo generator
};

struct HistoryEntry
{
    QDateTime at; // UTC
    QString actor;
    QString action;
    QString fromStatus; // storage keys
    QString toStatus;
    QString note;
};

struct StaffUser
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role; // agent, supervisor, administrator
    bool demo = false; // a demo account (fixed, published password)
};

// Who is acting: the signed-in staff member (or "system" for automatic work). Every workflow
// call takes one; permissions are checked against its role.
struct Actor
{
    qint64 staffId = 0;
    QString username;
    Role role = Role::Agent;
    QString displayName; // for showing who is signed in
    bool mustChangePassword = false; // signed in with a password an administrator set
};

// One entry of the append-only audit log.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;        // UTC
    QString actor;       // username
    QString entity;      // "request", "person", "staff", "evidence", "letter", "session", ...
    qint64 entityId = 0;
    qint64 requestId = 0; // 0 when not about one request
    QString action;      // "transition", "field_edit", "login", "evidence_added", ...
    QString beforeJson;  // compact JSON, or empty
    QString afterJson;
    QString prevHash;    // hex SHA-256 of the previous entry ("" for the first)
    QString hash;        // hex SHA-256 over this entry's content and prevHash
};

} // namespace pd

Q_DECLARE_METATYPE(pd::Person)
