#pragma once

#include "../common/result.h"
#include "../domain/records.h"

#include <QCoreApplication>

namespace pd {

class Database;

class RequestRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RequestRepository)

public:
    explicit RequestRepository(const Database &db) : m_db(db) {}

    // Gives the request its id and a reference (DSR-<year>-<number>) and writes it. Call inside
    // a Transaction when several writes belong together.
    Result<Request> insert(Request request) const;
    Result<Request> get(qint64 id) const;
    // The request with this reference (as typed: upper-cased first), or NotFound.
    Result<qint64> idForReference(const QString &reference) const;
    // Writes status, due date, assignee, priority and the pause fields if the stored version is
    // still `request.version`; fails with a "changed by someone else" message otherwise.
    // Returns the request with its new version.
    Result<Request> updateWorkflowFields(Request request) const;
    Result<QList<HistoryEntry>> history(qint64 requestId) const;
    Status appendHistory(qint64 requestId, const HistoryEntry &entry) const;

    // Requests that are not demo data.
    Result<qint64> countReal() const;

    // The next free reference for a year; advances the counter.
    Result<QString> allocateReference(int year) const;
    static QString formatReference(int year, qint64 number);

private:
    const Database &m_db;
};

} // namespace pd
