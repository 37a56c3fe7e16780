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

constexpr EnumEntry<Role> kRoles[] = {
    {Role::Agent, "agent", QT_TRANSLATE_NOOP("Role", "Agent")},
    {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("Role", "Supervisor")},
    {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("Role", "Administrator")},
};

constexpr EnumEntry<RequestAction> kRequestActions[] = {
    {RequestAction::StartVerification, "start_verification", QT_TRANSLATE_NOOP("RequestAction", "Start verification")},
    {RequestAction::MarkVerified, "mark_verified", QT_TRANSLATE_NOOP("RequestAction", "Identity verified")},
    {RequestAction::RequestInformation, "request_information", QT_TRANSLATE_NOOP("RequestAction", "Ask the requester for more")},
    {RequestAction::InformationReceived, "information_received", QT_TRANSLATE_NOOP("RequestAction", "Requester replied")},
    {RequestAction::ProposeRefusal, "propose_refusal", QT_TRANSLATE_NOOP("RequestAction", "Propose refusal")},
    {RequestAction::ProposeDeletion, "propose_deletion", QT_TRANSLATE_NOOP("RequestAction", "Propose deletion")},
    {RequestAction::ProposeCancellation, "propose_cancellation", QT_TRANSLATE_NOOP("RequestAction", "Propose account cancellation")},
    {RequestAction::Approve, "approve", QT_TRANSLATE_NOOP("RequestAction", "Approve")},
    {RequestAction::SendBack, "send_back", QT_TRANSLATE_NOOP("RequestAction", "Send back")},
    {RequestAction::Complete, "complete", QT_TRANSLATE_NOOP("RequestAction", "Complete")},
    {RequestAction::Withdraw, "withdraw", QT_TRANSLATE_NOOP("RequestAction", "Withdrawn by the requester")},
    {RequestAction::MarkUnverifiable, "mark_unverifiable", QT_TRANSLATE_NOOP("RequestAction", "Identity cannot be verified")},
    {RequestAction::OverrideVerification, "override_verification", QT_TRANSLATE_NOOP("RequestAction", "Override verification")},
};

constexpr EnumEntry<VerificationMethod> kVerificationMethods[] = {
    {VerificationMethod::AccountLogin, "account_login", QT_TRANSLATE_NOOP("VerificationMethod", "Account login match")},
    {VerificationMethod::SmsCode, "sms_code", QT_TRANSLATE_NOOP("VerificationMethod", "SMS code")},
    {VerificationMethod::EmailCode, "email_code", QT_TRANSLATE_NOOP("VerificationMethod", "E-mail code")},
    {VerificationMethod::IdentityDocument, "identity_document", QT_TRANSLATE_NOOP("VerificationMethod", "Identity document")},
    {VerificationMethod::BusinessLicence, "business_licence", QT_TRANSLATE_NOOP("VerificationMethod", "Business licence")},
    {VerificationMethod::SignedLetter, "signed_letter", QT_TRANSLATE_NOOP("VerificationMethod", "Signed written request")},
    {VerificationMethod::PowerOfAttorney, "power_of_attorney", QT_TRANSLATE_NOOP("VerificationMethod", "Power of attorney")},
    {VerificationMethod::ProofOfKinship, "proof_of_kinship", QT_TRANSLATE_NOOP("VerificationMethod", "Proof of kinship")},
    {VerificationMethod::SupervisorOverride, "supervisor_override", QT_TRANSLATE_NOOP("VerificationMethod", "Supervisor override")},
};

constexpr EnumEntry<RefusalReason> kRefusalReasons[] = {
    {RefusalReason::Deceptive, "deceptive", QT_TRANSLATE_NOOP("RefusalReason", "Deceptive or fraudulent")},
    {RefusalReason::Impracticable, "impracticable", QT_TRANSLATE_NOOP("RefusalReason", "Impracticable")},
    {RefusalReason::HarmsOthers, "harms_others", QT_TRANSLATE_NOOP("RefusalReason", "Would harm another person's privacy")},
    {RefusalReason::IdentityNotVerified, "identity_not_verified", QT_TRANSLATE_NOOP("RefusalReason", "Identity not verified")},
    {RefusalReason::RetentionDuty, "retention_duty", QT_TRANSLATE_NOOP("RefusalReason", "A legal retention period has not expired")},
    {RefusalReason::Duplicate, "duplicate", QT_TRANSLATE_NOOP("RefusalReason", "Duplicate request")},
};

constexpr EnumEntry<Authority> kAuthorities[] = {
    {Authority::Cyberspace, "cyberspace", QT_TRANSLATE_NOOP("Authority", "Cyberspace administration")},
    {Authority::Telecom, "telecom", QT_TRANSLATE_NOOP("Authority", "Telecommunications authority")},
    {Authority::PublicSecurity, "public_security", QT_TRANSLATE_NOOP("Authority", "Public security")},
    {Authority::MarketRegulation, "market_regulation", QT_TRANSLATE_NOOP("Authority", "Market regulation")},
};

constexpr EnumEntry<LetterKind> kLetterKinds[] = {
    {LetterKind::Acknowledgement, "acknowledgement", QT_TRANSLATE_NOOP("LetterKind", "Acknowledgement")},
    {LetterKind::VerificationRequest, "verification_request", QT_TRANSLATE_NOOP("LetterKind", "Verification request")},
    {LetterKind::AwaitingRequester, "awaiting_requester", QT_TRANSLATE_NOOP("LetterKind", "Request for information")},
    {LetterKind::ExtensionNotice, "extension_notice", QT_TRANSLATE_NOOP("LetterKind", "Extension notice")},
    {LetterKind::Completion, "completion", QT_TRANSLATE_NOOP("LetterKind", "Completion")},
    {LetterKind::Refusal, "refusal", QT_TRANSLATE_NOOP("LetterKind", "Refusal")},
    {LetterKind::Explanation, "explanation", QT_TRANSLATE_NOOP("LetterKind", "Explanation")},
    {LetterKind::NoDataHeld, "no_data_held", QT_TRANSLATE_NOOP("LetterKind", "No data held")},
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

const EnumTable<Role> &roles()
{
    static constexpr EnumTable<Role> t("Role", kRoles);
    return t;
}
const EnumTable<RequestAction> &requestActions()
{
    static constexpr EnumTable<RequestAction> t("RequestAction", kRequestActions);
    return t;
}
const EnumTable<VerificationMethod> &verificationMethods()
{
    static constexpr EnumTable<VerificationMethod> t("VerificationMethod", kVerificationMethods);
    return t;
}
const EnumTable<RefusalReason> &refusalReasons()
{
    static constexpr EnumTable<RefusalReason> t("RefusalReason", kRefusalReasons);
    return t;
}
const EnumTable<Authority> &authorities()
{
    static constexpr EnumTable<Authority> t("Authority", kAuthorities);
    return t;
}
const EnumTable<LetterKind> &letterKinds()
{
    static constexpr EnumTable<LetterKind> t("LetterKind", kLetterKinds);
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

bool isClockRunning(RequestStatus status)
{
    return isOpen(status) && status != RequestStatus::AwaitingRequester;
}

bool answeredByPackage(RequestType type)
{
    return type == RequestType::Access || type == RequestType::Copy || type == RequestType::Portability;
}

QStringList clockRunningStatusKeys()
{
    QStringList keys;
    for (auto s : requestStatuses().all())
        if (isClockRunning(s))
            keys << requestStatuses().key(s);
    return keys;
}

} // namespace pd
