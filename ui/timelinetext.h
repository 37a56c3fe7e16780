#pragma once

#include "domain/requestview.h"

#include <QCoreApplication>

namespace pd {

// How a request's history and its pending proposal read, in the UI language: the detail panel,
// the conflict dialog and the approval dialog say them the same way.
class TimelineText final
{
    Q_DECLARE_TR_FUNCTIONS(TimelineText)

public:
    // The line's title ("Approve", "Assigned to 张伟", "Note"…).
    static QString title(const TimelineEntry &entry);
    // What changed or was written, below the title ("Awaiting approval → Completed", the note…).
    static QStringList details(const TimelineEntry &entry);
    // What a proposal asks the approver to decide, as a noun ("Refusal of the request").
    static QString proposal(RequestAction proposed);
    // The status the request takes when the proposal is approved.
    static RequestStatus approvedStatus(RequestAction proposed);
    // The whole proposal: what, by whom and when, the reasons and the explanation or note.
    static QString proposalText(const RequestView &view);
};

} // namespace pd
