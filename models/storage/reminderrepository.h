#pragma once

#include "../common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

namespace pd {

class Database;

// The team_settings table and the verification_reminders table (schema 9).
class ReminderRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ReminderRepository)

public:
    // A request waiting for verification, with this wait's reminder row (if the row is from an
    // earlier wait, its times are left invalid).
    struct Waiting
    {
        qint64 id = 0;
        QString reference;
        QDateTime since, remindedAt, proposedAt;
    };

    explicit ReminderRepository(const Database &db) : m_db(db) {}

    Result<QMap<QString, QString>> settings(const QStringList &keys) const;
    Status setSetting(const QString &key, const QString &value, const QString &actor, const QDateTime &at) const;

    // The requests in "verifying" (demo ones left out unless onlyRequest names one), by id.
    Result<QList<Waiting>> waiting(qint64 onlyRequest = 0) const;
    // Records this wait's reminder; Conflict when it was already recorded (another workstation).
    Status recordReminder(qint64 requestId, const QDateTime &waitingSince, const QDateTime &at, qint64 letterId) const;
    // Records the closing proposal; Conflict when it was already proposed.
    Status recordProposal(qint64 requestId, const QDateTime &waitingSince, const QDateTime &at) const;

private:
    const Database &m_db;
};

} // namespace pd
