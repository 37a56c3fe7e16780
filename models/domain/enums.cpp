#include "enums.h"

namespace pd {

namespace {

constexpr EnumEntry<RequestType> kTypes[] = {
    {RequestType::Access, "access", QT_TRANSLATE_NOOP("RequestType", "Access")},
    {RequestType::Copy, "copy", QT_TRANSLATE_NOOP("RequestType", "Copy")},
    {RequestType::Portability, "portability", QT_TRANSLATE_NOOP("RequestType", "Portability")},
    {RequestType::Correction, "correction", QT_TRANSLATE_NOOP("RequestType", "Correction")},
    {RequestType::Restriction, "restriction", QT_TRANSLATE_NOOP("RequestType", "Restriction")},
    {RequestType::Deletion, "deletion", QT_TRANSLATE_NOOP("RequestType", "Deletion")},
    {RequestType::Explanation, "explanation", QT_TRANSLATE_NOOP("RequestType", "Explanation")},
    {RequestType::ConsentWithdrawal, "consent_withdrawal", QT_TRANSLATE_NOOP("RequestType", "Consent withdrawal")},
    {RequestType::AccountCancellation, "account_cancellation", QT_TRANSLATE_NOOP("RequestType", "Account cancellation")},
    {RequestType::Complaint, "complaint", QT_TRANSLATE_NOOP("RequestType", "Complaint / enquiry")},
};

constexpr EnumEntry<RequestStatus> kStatuses[] = {
    {RequestStatus::Received, "received", QT_TRANSLATE_NOOP("RequestStatus", "Received")},
    {RequestStatus::Verifying, "verifying", QT_TRANSLATE_NOOP("RequestStatus", "Verifying")},
    {RequestStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("RequestStatus", "In progress")},
    {RequestStatus::AwaitingApproval, "awaiting_approval", QT_TRANSLATE_NOOP("RequestStatus", "Awaiting approval")},
    {RequestStatus::Completed, "completed", QT_TRANSLATE_NOOP("RequestStatus", "Completed")},
    {RequestStatus::AwaitingRequester, "awaiting_requester", QT_TRANSLATE_NOOP("RequestStatus", "Awaiting requester")},
    {RequestStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("RequestStatus", "Rejected")},
    {RequestStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("RequestStatus", "Withdrawn")},
    {RequestStatus::Unverifiable, "unverifiable", QT_TRANSLATE_NOOP("RequestStatus", "Unverifiable")},
};

constexpr EnumEntry<Channel> kChannels[] = {
    {Channel::OnlineFeedback, "online_feedback", QT_TRANSLATE_NOOP("Channel", "Online feedback")},
    {Channel::Email, "email", QT_TRANSLATE_NOOP("Channel", "Email")},
    {Channel::Letter, "letter", QT_TRANSLATE_NOOP("Channel", "Written letter")},
    {Channel::Phone, "phone", QT_TRANSLATE_NOOP("Channel", "Phone hotline")},
    {Channel::InProduct, "in_product", QT_TRANSLATE_NOOP("Channel", "In-product")},
};

constexpr EnumEntry<RequesterKind> kRequesterKinds[] = {
    {RequesterKind::Self, "self", QT_TRANSLATE_NOOP("RequesterKind", "The person themselves")},
    {RequesterKind::AuthorisedAgent, "authorised_agent", QT_TRANSLATE_NOOP("RequesterKind", "Authorised agent")},
    {RequesterKind::CloseRelative, "close_relative", QT_TRANSLATE_NOOP("RequesterKind", "Close relative of a deceased person")},
};

constexpr EnumEntry<Entity> kEntities[] = {
    {Entity::Qianchuan, "qianchuan", QT_TRANSLATE_NOOP("Entity", "Qianchuan Network Technology (Shanghai) Co., Ltd.")},
    {Entity::Qianyu, "qianyu", QT_TRANSLATE_NOOP("Entity", "Qianyu Network Technology (Shanghai) Co., Ltd.")},
    {Entity::Both, "both", QT_TRANSLATE_NOOP("Entity", "Both companies")},
};

constexpr EnumEntry<Priority> kPriorities[] = {
    {Priority::Low, "low", QT_TRANSLATE_NOOP("Priority", "Low")},
    {Priority::Normal, "normal", QT_TRANSLATE_NOOP("Priority", "Normal")},
    {Priority::High, "high", QT_TRANSLATE_NOOP("Priority", "High")},
    {Priority::Urgent, "urgent", QT_TRANSLATE_NOOP("Priority", "Urgent")},
};

constexpr EnumEntry<HistoryAction> kHistoryActions[] = {
    {HistoryAction::Registered, "registered", QT_TRANSLATE_NOOP("HistoryAction", "Registered")},
    {HistoryAction::StatusChanged, "status_changed", QT_TRANSLATE_NOOP("HistoryAction", "Status changed")},
};

} // namespace

const EnumTable<RequestType> &requestTypes()
{
    static constexpr EnumTable<RequestType> t("RequestType", kTypes);
    return t;
}
const EnumTable<RequestStatus> &requestStatuses()
{
    static constexpr EnumTable<RequestStatus> t("RequestStatus", kStatuses);
    return t;
}
const EnumTable<Channel> &channels()
{
    static constexpr EnumTable<Channel> t("Channel", kChannels);
    return t;
}
const EnumTable<RequesterKind> &requesterKinds()
{
    static constexpr EnumTable<RequesterKind> t("RequesterKind", kRequesterKinds);
    return t;
}
const EnumTable<Entity> &entities()
{
    static constexpr EnumTable<Entity> t("Entity", kEntities);
    return t;
}
const EnumTable<Priority> &priorities()
{
    static constexpr EnumTable<Priority> t("Priority", kPriorities);
    return t;
}

const EnumTable<HistoryAction> &historyActions()
{
    static constexpr EnumTable<HistoryAction> t("HistoryAction", kHistoryActions);
    return t;
}

bool isOpen(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Completed:
    case RequestStatus::Rejected:
    case RequestStatus::Withdrawn:
    case RequestStatus::Unverifiable:
        return false;
    default:
        return true;
    }
}

QStringList openStatusKeys()
{
    QStringList keys;
    for (auto s : requestStatuses().all())
        if (isOpen(s))
            keys << requestStatuses().key(s);
    return keys;
}

} // namespace pd
