#pragma once

// A small queue whose every row is known (tst_repositories): seven people, two staff members and
// 180 requests with random but seeded attributes, so that each filter's answer can be computed
// in C++ and compared with what the repository returns.

#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/queuerepository.h"
#include "storage/requestrepository.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"

#include <QRandomGenerator>

#include <algorithm>
#include <functional>

namespace pd::test {

inline const QDate kFixtureToday(2026, 11, 30); // a Monday

struct QueueFixture
{
    QMap<QString, Person> people; // by a short key
    QList<Request> requests;
    qint64 zhang = 0, li = 0;     // staff ids
};

inline Person person(const char *name, const char *account, const char *email, const char *phone)
{
    return Person{0, QString::fromUtf8(name), QString::fromUtf8(account), QString::fromUtf8(email),
                  QString::fromUtf8(phone), QString(), QString(), QStringLiteral("zh_CN")};
}

inline bool populateQueue(const Database &db, QueueFixture &f)
{
    const StaffRepository staff(db);
    f.zhang = staff.insert({0, QStringLiteral("zhang.wei"), QStringLiteral("张伟"), QStringLiteral("agent")}).value();
    f.li = staff.insert({0, QStringLiteral("li.na"), QStringLiteral("李娜"), QStringLiteral("agent")}).value();

    Transaction tx(db);
    const PersonRepository peopleRepo(db);
    f.people.insert(QStringLiteral("wangfang"), person("王芳", "wf2026", "wang.fang@example.com", "+8613800138000"));
    f.people.insert(QStringLiteral("wangfangfang"), person("王芳芳", "wff", "fangfang@example.cn", "+8613912345678"));
    f.people.insert(QStringLiteral("lina"), person("李娜", "lina88", "li.na@example.net", "+8615012345678"));
    f.people.insert(QStringLiteral("emily"), person("Emily Chen", "u10000004", "emily.chen@example.org", "+447400123456"));
    f.people.insert(QStringLiteral("ana"), person("Ana Bell", "abell", "ana.bell@example.com", "+8618612345678"));
    f.people.insert(QStringLiteral("zhao"), person("赵强", "zq", "", "+8613800139999"));
    // A name outside the Basic Multilingual Plane: 𠀀 is one character, two UTF-16 units.
    f.people.insert(QStringLiteral("wangbmp"), person("王𠀀", "wz", "", "+8613700001111"));
    for (auto it = f.people.begin(); it != f.people.end(); ++it) {
        const auto id = peopleRepo.insert(it.value());
        if (!id)
            return false;
        it->id = id.value();
    }

    const RequestRepository requests(db);
    QRandomGenerator rng(7);
    const QStringList keys = f.people.keys();
    const auto types = requestTypes().all();
    const auto statuses = requestStatuses().all();
    QDateTime previous;
    for (int i = 0; i < 180; ++i) {
        const Person &p = f.people.value(keys.at(rng.bounded(keys.size())));
        Request r;
        r.personId = p.id;
        r.personName = p.name;
        r.type = types.at(rng.bounded(types.size()));
        r.status = statuses.at(rng.bounded(statuses.size()));
        r.channel = channels().all().at(rng.bounded(channels().all().size()));
        r.entity = entities().all().at(rng.bounded(3));
        // Some share their time of receipt (ties in the sort key), some fall in 2025.
        r.receivedAt = i % 5 == 1 ? previous
                                  : QDateTime(kFixtureToday.addDays(-int(rng.bounded(400))), QTime(int(rng.bounded(24)), 0), Qt::UTC);
        previous = r.receivedAt;
        r.dueDate = kFixtureToday.addDays(int(rng.bounded(40)) - 20);
        switch (rng.bounded(3)) {
        case 0: break;
        case 1: r.assigneeId = f.zhang; r.assigneeName = QStringLiteral("张伟"); break;
        default: r.assigneeId = f.li; r.assigneeName = QStringLiteral("李娜"); break;
        }
        auto saved = requests.insert(r);
        if (!saved)
            return false;
        f.requests << saved.value();
    }
    return tx.commit().ok();
}

inline QList<qint64> expectedIds(const QueueFixture &f, const std::function<bool(const Request &)> &keep)
{
    QList<qint64> ids;
    for (const Request &r : f.requests)
        if (keep(r))
            ids << r.id;
    return ids;
}

inline QList<qint64> idsOf(const QList<QueueRow> &rows)
{
    QList<qint64> ids;
    for (const QueueRow &r : rows)
        ids << r.request.id;
    return ids;
}

inline QList<qint64> allIds(const Database &db, const QueueQuery &query)
{
    QueuePage page;
    page.limit = 100000;
    const auto rows = QueueRepository(db).page(query, page);
    if (!rows) {
        qWarning() << rows.error();
        return {-1};
    }
    return idsOf(rows.value());
}

inline QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

inline const char *sqlColumn(QueueColumn c)
{
    switch (c) {
    case QueueColumn::Reference: return "reference";
    case QueueColumn::Type: return "type";
    case QueueColumn::Status: return "status";
    case QueueColumn::Person: return "person_name";
    case QueueColumn::Channel: return "channel";
    case QueueColumn::Due:
    case QueueColumn::DaysLeft: return "due_date";
    case QueueColumn::Assignee: return "assignee_name";
    case QueueColumn::Priority: return "priority";
    default: return "received_at";
    }
}

// The whole ORDER BY of a sorted queue, written out: "working days left" puts the closed requests
// (completed, rejected, withdrawn, unverifiable: no days left) after the open ones in both
// directions, among themselves by id.
inline QString orderBySql(QueueColumn c, const QString &dir)
{
    if (c != QueueColumn::DaysLeft)
        return QStringLiteral(" ORDER BY %1 %2, id %2").arg(QLatin1String(sqlColumn(c)), dir);
    const QString closed = QStringLiteral("status IN ('completed', 'rejected', 'withdrawn', 'unverifiable')");
    return QStringLiteral(" ORDER BY CASE WHEN %1 THEN 1 ELSE 0 END, CASE WHEN %1 THEN '' ELSE due_date END %2, id %2")
        .arg(closed, dir);
}


} // namespace pd::test
