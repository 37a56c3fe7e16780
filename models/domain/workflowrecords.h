#pragma once

#include "records.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pd {

// A proposal that waits for a supervisor: a refusal, a deletion or an account cancellation.
struct Approval
{
    qint64 id = 0;
    qint64 requestId = 0;
    RequestAction action = RequestAction::ProposeRefusal; // what was proposed
    QList<RefusalReason> reasons;
    QString explanation;
    QString proposedBy;
    QDateTime proposedAt;
    QString decidedBy;
    QDateTime decidedAt;
    QString decision; // "", "approved", "sent_back"
    QString decisionNote;
};

struct Note
{
    QDateTime at;
    QString author;
    QString body;
};

struct Correspondence
{
    QDateTime at;
    QString direction; // "out" to the requester, "in" from the requester
    Channel channel = Channel::Email;
    QString summary;
    qint64 letterId = 0;
    QString recordedBy;
};

struct Escalation
{
    QDate escalatedOn;
    Authority authority = Authority::Cyberspace;
    QString theirReference;
    QString outcome;
    QString recordedBy;
};

} // namespace pd
