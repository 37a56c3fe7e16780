#pragma once

#include <QDateTime>

#include <functional>

namespace pd {

// The current time in UTC. Services take one so tests can move time (code expiry, deadlines).
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace pd
