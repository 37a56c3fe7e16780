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

const EnumTable<RequestType> &requestTypes();
const EnumTable<RequestStatus> &requestStatuses();
const EnumTable<Channel> &channels();
const EnumTable<RequesterKind> &requesterKinds();
const EnumTable<Entity> &entities();
const EnumTable<Priority> &priorities();
const EnumTable<HistoryAction> &historyActions();

// A request that is still being worked on: its deadline matters.
bool isOpen(RequestStatus status);
QStringList openStatusKeys();

} // namespace pd
