#include "letterdesk.h"

#include "../storage/requestrepository.h"
#include "../workflow/requestrules.h"
#include "privatefiles.h"
#include "session.h"

namespace pd {

LetterService LetterDesk::service() const
{
    return LetterService(m_db, [this] { return m_session.now(); });
}

Result<QList<LetterInfo>> LetterDesk::list(qint64 requestId) const
{
    const auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return request.fault();
    if (auto s = RequestRules::mayView(m_session.actor(), request.value()); !s)
        return s.fault();
    return service().list(requestId);
}

Result<LetterInfo> LetterDesk::write(qint64 requestId, LetterKind kind, const QString &language) const
{
    auto details = service().detailsFromRequest(requestId, kind);
    if (!details)
        return details.fault();
    LetterDetails d = details.value();
    if (!language.isEmpty())
        d.language = language;
    return write(requestId, kind, d);
}

Result<LetterInfo> LetterDesk::write(qint64 requestId, LetterKind kind, const LetterDetails &details) const
{
    const auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return request.fault();
    if (auto s = RequestRules::mayWriteLetter(m_session.actor(), request.value(), kind); !s)
        return s.fault();
    return service().generate(requestId, kind, details, m_session.actor());
}

Result<QByteArray> LetterDesk::pdf(qint64 letterId) const
{
    return service().pdf(letterId, m_session.actor());
}

Result<QString> LetterDesk::open(qint64 letterId) const
{
    const auto bytes = pdf(letterId);
    if (!bytes)
        return bytes.fault();
    return m_session.privateFiles().write(QStringLiteral("letter-%1").arg(letterId), QStringLiteral(".pdf"), bytes.value());
}

Status LetterDesk::recordCopy(qint64 letterId, LetterService::Copy copy) const
{
    return service().recordCopy(letterId, copy, m_session.actor());
}

} // namespace pd
