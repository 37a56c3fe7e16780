#pragma once

#include "records.h"

#include <QDateTime>

namespace pd {

// What the staff page shows of an account: never its password hash, only whether it has one.
struct StaffAccount
{
    StaffUser user;
    bool active = false;
    bool hasPassword = false;
    QDateTime createdAt;   // UTC
    QDateTime lockedUntil; // UTC; invalid when not locked (it may lie in the past: the lock ended)
    bool mustChangePassword = false;
};

} // namespace pd
