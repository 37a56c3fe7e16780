#include "erasurerepository.h"

#include "database.h"
#include "requestrow.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd {

namespace {

Status failed(const QSqlQuery &q, const QString &what)
{
    return Status::failure(Database::classify(q.lastError()),
                           QCoreApplication::translate("ErasureRepository", "%1: %2").arg(what, Database::describe(q.lastError())));
}

} // namespace

Result<QString> ErasureRepository::approvedBy(qint64 requestId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT decision, decided_by FROM approvals WHERE request_id = ? "
                             "AND action IN ('propose_deletion', 'propose_cancellation') ORDER BY id DESC LIMIT 1"));
    q.addBindValue(requestId);
    if (!q.exec())
        return failed(q, tr("Cannot read the approvals")).fault();
    if (!q.next() || q.value(0).toString() != QLatin1String("approved"))
        return QString();
    return q.value(1).toString();
}

Result<QList<ErasureLine>> ErasureRepository::steps(qint64 requestId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT source_id, source_name, category, outcome, found, changed, held_until, remaining "
                             "FROM erasure_steps WHERE request_id = ? ORDER BY id"));
    q.addBindValue(requestId);
    if (!q.exec())
        return failed(q, tr("Cannot read what the deletion did")).fault();
    QList<ErasureLine> out;
    while (q.next()) {
        ErasureLine l;
        l.sourceId = q.value(0).toLongLong();
        l.source = q.value(1).toString();
        l.category = q.value(2).toString();
        const QString outcome = q.value(3).toString();
        l.action = outcome == QLatin1String("anonymised") ? QStringLiteral("anonymise")
                   : outcome == QLatin1String("deleted")  ? QStringLiteral("delete")
                                                          : QString();
        l.found = q.value(4).toLongLong();
        l.changed = q.value(5).toLongLong();
        l.heldUntil = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        l.kept = l.found - l.changed;
        l.remaining = q.value(7).toLongLong();
        l.done = true;
        out << l;
    }
    return out;
}

Status ErasureRepository::insertStep(qint64 requestId, const ErasureLine &l, const QString &by, const QDateTime &at) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO erasure_steps (request_id, source_id, source_name, category, outcome, found, changed, "
                             "held_until, carried_out_by, carried_out_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(requestId), QVariant(l.sourceId), QVariant(l.source), QVariant(l.category),
                              QVariant(l.outcome()), QVariant(l.found), QVariant(l.changed),
                              storage::text(l.heldUntil.isValid() ? l.heldUntil.toString(Qt::ISODate) : QString()), QVariant(by),
                              QVariant(storage::instantToText(at))})
        q.addBindValue(v);
    if (!q.exec())
        return failed(q, tr("Cannot record what the deletion did"));
    return {};
}

Status ErasureRepository::setRemaining(qint64 requestId, qint64 sourceId, const QString &category, qint64 remaining) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE erasure_steps SET remaining = ? WHERE request_id = ? AND source_id = ? AND category = ?"));
    for (const QVariant &v : {QVariant(remaining), QVariant(requestId), QVariant(sourceId), QVariant(category)})
        q.addBindValue(v);
    if (!q.exec())
        return failed(q, tr("Cannot record what the look-up found afterwards"));
    return {};
}

Status ErasureRepository::complete(qint64 requestId, const QString &by, const QDateTime &at, qint64 remaining) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO erasures (request_id, completed_by, completed_at, remaining) VALUES (?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(requestId), QVariant(by), QVariant(storage::instantToText(at)), QVariant(remaining)})
        q.addBindValue(v);
    if (!q.exec())
        return failed(q, tr("Cannot record the deletion as carried out"));
    return {};
}

Result<bool> ErasureRepository::completed(qint64 requestId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM erasures WHERE request_id = ?"));
    q.addBindValue(requestId);
    if (!q.exec() || !q.next())
        return failed(q, tr("Cannot read whether the deletion was carried out")).fault();
    return q.value(0).toLongLong() > 0;
}

Result<QSet<qint64>> ErasureRepository::erasedPeople() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT r.person_id FROM erasures e JOIN requests r ON r.id = e.request_id")))
        return failed(q, tr("Cannot read the erasures")).fault();
    QSet<qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

Result<qint64> ErasureRepository::insertHold(const LegalHold &h) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO legal_holds (request_id, person_id, source_id, source_name, category, held_until, cutoff) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : {QVariant(h.requestId), QVariant(h.personId), QVariant(h.sourceId), QVariant(h.source),
                              QVariant(h.category), QVariant(h.heldUntil.toString(Qt::ISODate)), QVariant(h.cutoff)})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return failed(q, tr("Cannot record the legal hold")).fault();
    return q.value(0).toLongLong();
}

Result<QList<LegalHold>> ErasureRepository::holdsWhere(const QString &condition, const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT h.id, h.request_id, r.reference, h.person_id, h.source_id, h.source_name, h.category, "
                             "h.held_until, h.cutoff, h.released_by, h.released_at, h.released_rows "
                             "FROM legal_holds h JOIN requests r ON r.id = h.request_id WHERE %1 ORDER BY h.held_until, h.id")
                  .arg(condition));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return failed(q, tr("Cannot read the legal holds")).fault();
    QList<LegalHold> out;
    while (q.next()) {
        LegalHold h;
        h.id = q.value(0).toLongLong();
        h.requestId = q.value(1).toLongLong();
        h.reference = q.value(2).toString();
        h.personId = q.value(3).toLongLong();
        h.sourceId = q.value(4).toLongLong();
        h.source = q.value(5).toString();
        h.category = q.value(6).toString();
        h.heldUntil = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        h.cutoff = q.value(8).toString();
        h.releasedBy = q.value(9).toString();
        if (!q.value(10).toString().isEmpty())
            h.releasedAt = storage::instantFromText(q.value(10).toString());
        h.releasedRows = q.value(11).toLongLong();
        out << h;
    }
    return out;
}

Result<QList<LegalHold>> ErasureRepository::openHolds(QDate dueOn) const
{
    if (dueOn.isValid())
        return holdsWhere(QStringLiteral("h.released_at = '' AND h.held_until <= ?"), {dueOn.toString(Qt::ISODate)});
    return holdsWhere(QStringLiteral("h.released_at = ''"), {});
}

Result<QList<LegalHold>> ErasureRepository::holdsFor(qint64 requestId) const
{
    return holdsWhere(QStringLiteral("h.request_id = ?"), {requestId});
}

Status ErasureRepository::release(qint64 holdId, const QString &by, const QDateTime &at, qint64 rows) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE legal_holds SET released_by = ?, released_at = ?, released_rows = ? WHERE id = ? AND released_at = ''"));
    for (const QVariant &v : {QVariant(by), QVariant(storage::instantToText(at)), QVariant(rows), QVariant(holdId)})
        q.addBindValue(v);
    if (!q.exec())
        return failed(q, tr("Cannot record the hold as ended"));
    if (q.numRowsAffected() != 1)
        return Status::failure(ErrorKind::Conflict, tr("The legal hold was ended meanwhile by someone else."));
    return {};
}

} // namespace pd
