#include "auditlog.h"

#include "../storage/database.h"
#include "../storage/auditstore.h"
#include "../storage/requestrow.h"
#include "../storage/transaction.h"

#include <QCryptographicHash>

namespace pd {

namespace {
constexpr char kSeparator = '\x1f';
constexpr int kVerifyPage = 2000;
} // namespace

QByteArray AuditLog::canonical(const AuditEntry &e)
{
    const QStringList fields{QString::number(e.id), storage::instantToText(e.at), e.actor, e.entity,
                             QString::number(e.entityId), QString::number(e.requestId), e.action, e.beforeJson,
                             e.afterJson, e.prevHash};
    return fields.join(QLatin1Char(kSeparator)).toUtf8();
}

QString AuditLog::computeHash(const AuditEntry &entry)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(entry), QCryptographicHash::Sha256).toHex());
}

void AuditLog::seal(AuditEntry &e, qint64 id, const QString &prevHash)
{
    e.id = id;
    e.prevHash = prevHash;
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    e.at = storage::instantFromText(storage::instantToText(e.at)); // the stored precision
    e.hash = computeHash(e);
}

Result<AuditEntry> AuditLog::append(AuditEntry e) const
{
    using R = Result<AuditEntry>;
    const AuditStore store(m_db);
    // The head row stays locked until the surrounding transaction ends, so concurrent writers on
    // PostgreSQL chain one after another; SQLite has a single writer anyway.
    const auto head = store.head(/*forUpdate=*/true);
    if (!head)
        return R::failure(head.fault());
    seal(e, head->lastId + 1, head->lastHash);
    if (auto s = store.insert(e); !s)
        return R::failure(s.fault());
    if (auto s = store.advanceHead(e.id, e.hash); !s)
        return R::failure(s.fault());
    return e;
}

Result<AuditLog::Verification> AuditLog::verify(const std::function<bool()> &cancelled) const
{
    using R = Result<Verification>;
    // The head and the whole chain are read in one snapshot: entries appended while the walk
    // runs (by another workstation or thread) must not look like a broken chain. The transaction
    // only reads and is rolled back.
    Transaction snapshot(m_db, Transaction::Mode::ReadOnly);
    if (!snapshot.begun())
        return R::failure(snapshot.begun().errorKind(), tr("Cannot read the audit log: %1").arg(snapshot.begun().error()));
    const AuditStore store(m_db);
    if (auto s = store.useOneSnapshot(); !s)
        return R::failure(s.fault());
    const auto head = store.head(/*forUpdate=*/false);
    if (!head)
        return R::failure(head.fault());

    Verification v;
    QString expectedPrev;
    qint64 previousId = 0;
    const auto fail = [&](qint64 id, const QString &problem) {
        v.intact = false;
        v.firstBadId = id;
        v.problem = problem;
        return v;
    };
    for (;;) {
        if (cancelled && cancelled())
            return R::failure(ErrorKind::Internal, tr("The verification was cancelled."));
        const auto page = store.entriesAfter(previousId, kVerifyPage);
        if (!page)
            return R::failure(page.fault());
        for (const AuditEntry &e : page.value()) {
            if (e.id != previousId + 1)
                return fail(e.id, tr("Entry %1 follows entry %2: the entries between them are missing.").arg(e.id).arg(previousId));
            if (e.prevHash != expectedPrev)
                return fail(e.id, tr("Entry %1 does not follow the entry before it (removed or reordered entries).").arg(e.id));
            if (computeHash(e) != e.hash)
                return fail(e.id, tr("Entry %1 was altered after it was written.").arg(e.id));
            expectedPrev = e.hash;
            previousId = e.id;
            ++v.entries;
        }
        if (page->size() < kVerifyPage)
            break;
    }
    if (previousId != head->lastId || expectedPrev != head->lastHash || v.entries != head->entries)
        return fail(previousId + 1, tr("The log ends at entry %1, but %2 entries were written: entries at the end are missing.")
                                        .arg(previousId)
                                        .arg(head->entries));
    v.intact = true;
    return v;
}

} // namespace pd
