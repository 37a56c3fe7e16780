#pragma once

#include "enumtable.h"

namespace pd {

// The rights a person may exercise (DOMAIN.md, policy §4, §5, §2, §8).
enum class RequestType {
    Access, Copy, Portability, Correction, Restriction, Deletion,
    Explanation, ConsentWithdrawal, AccountCancellation, Complaint,
};

// Where a request stands (DOMAIN.md "Statuses").
enum class RequestStatus {
    Received, Verifying, InProgress, AwaitingApproval, Completed,
    AwaitingRequester, Rejected, Withdrawn, Unverifiable,
};

enum class Channel { OnlineFeedback, Email, Letter, Phone, InProduct };

// Who makes the request: the person, an authorised agent, or a close relative of a deceased person.
enum class RequesterKind { Self, AuthorisedAgent, CloseRelative };

// Which personal-information processor the request concerns.
enum class Entity { Qianchuan, Qianyu, Both };

enum class Priority { Low = 0, Normal = 1, High = 2, Urgent = 3 };

// What a history entry records.
enum class HistoryAction { Registered, StatusChanged };

// Staff roles (DOMAIN.md "Who uses it").
enum class Role { Agent, Supervisor, Administrator };

// What staff do to a request; the workflow's transition table is keyed by these.
enum class RequestAction {
    StartVerification, MarkVerified, RequestInformation, InformationReceived, ProposeRefusal,
    ProposeDeletion, ProposeCancellation, Approve, SendBack, Complete, Withdraw, MarkUnverifiable,
    OverrideVerification,
};

// Ways to verify a requester's identity (DOMAIN.md "Identity verification").
enum class VerificationMethod {
    AccountLogin, SmsCode, EmailCode, IdentityDocument, BusinessLicence, SignedLetter,
    PowerOfAttorney, ProofOfKinship, SupervisorOverride,
};

// Reasons a request may be refused (policy §4, PIPL Art. 50).
enum class RefusalReason {
    Deceptive, Impracticable, HarmsOthers, IdentityNotVerified, RetentionDuty, Duplicate,
};

// Regulators a complaint may be escalated to (policy §8).
enum class Authority { Cyberspace, Telecom, PublicSecurity, MarketRegulation };

enum class LetterKind {
    Acknowledgement, VerificationRequest, AwaitingRequester, ExtensionNotice, Completion, Refusal, Explanation,
    NoDataHeld, // an access, copy or portability request answered: every source searched, nothing held
};

const EnumTable<RequestType> &requestTypes();
const EnumTable<RequestStatus> &requestStatuses();
const EnumTable<Channel> &channels();
const EnumTable<RequesterKind> &requesterKinds();
const EnumTable<Entity> &entities();
const EnumTable<Priority> &priorities();
const EnumTable<HistoryAction> &historyActions();
const EnumTable<Role> &roles();
const EnumTable<RequestAction> &requestActions();
const EnumTable<VerificationMethod> &verificationMethods();
const EnumTable<RefusalReason> &refusalReasons();
const EnumTable<Authority> &authorities();
const EnumTable<LetterKind> &letterKinds();

// A request that is still being worked on.
bool isOpen(RequestStatus status);
QStringList openStatusKeys();
// An open request whose deadline clock runs: not while the requester is asked for information
// (the clock pauses, and resumes with the working days that were left). Only these can be overdue.
bool isClockRunning(RequestStatus status);
QStringList clockRunningStatusKeys();
// Access, copy and portability: answered with a package of what is held (or a "no data held" letter).
bool answeredByPackage(RequestType type);

} // namespace pd
