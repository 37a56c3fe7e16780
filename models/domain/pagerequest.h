#pragma once

#include <QVariant>

namespace pd {

// Which rows of a long, sorted list to read: by position from either end, or next to a row
// already known (keyset: its sort key and id), which costs the same wherever the row is.
struct PageRequest
{
    enum class Anchor { Start, End, After, Before };
    Anchor anchor = Anchor::Start;
    qint64 offset = 0; // rows to skip from the anchor end (Start/End)
    int limit = 100;
    QVariant key;      // After/Before: the neighbour row's sort key ...
    qint64 keyId = 0;  // ... and id
    qint64 total = -1; // how many rows the query matches, when the caller knows (-1: unknown)
};

} // namespace pd
