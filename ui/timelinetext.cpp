#include "timelinetext.h"

#include "common/displayformat.h"
#include "domain/enums.h"

namespace pd {

QString TimelineText::title(const TimelineEntry &e)
{
    switch (e.kind) {
    case TimelineEntry::Kind::History:
        if (const auto action = requestActions().fromKey(e.historyAction))
            return requestActions().label(*action);
        return historyActions().labelForKey(e.historyAction);
    case TimelineEntry::Kind::Note:
        return tr("Internal note");
    case TimelineEntry::Kind::Sent:
        return tr("Sent to the requester");
    case TimelineEntry::Kind::Received:
        return tr("Received from the requester");
    case TimelineEntry::Kind::Escalated:
        return tr("Escalated to %1").arg(authorities().label(e.authority));
    case TimelineEntry::Kind::Assigned:
        return e.text.isEmpty() ? tr("Unassigned") : tr("Assigned to %1").arg(e.text);
    case TimelineEntry::Kind::Priority:
        return tr("Priority: %1").arg(priorities().labelForKey(e.text));
    }
    return {};
}

QStringList TimelineText::details(const TimelineEntry &e)
{
    QStringList out;
    switch (e.kind) {
    case TimelineEntry::Kind::History:
        if (e.fromStatus.isEmpty())
            out << requestStatuses().labelForKey(e.toStatus);
        else
            out << requestStatuses().labelForKey(e.fromStatus) + QStringLiteral(" → ") + requestStatuses().labelForKey(e.toStatus);
        if (!e.text.isEmpty())
            out << e.text;
        break;
    case TimelineEntry::Kind::Escalated:
        for (const QString &part : {e.theirReference, e.text})
            if (!part.isEmpty())
                out << part;
        break;
    case TimelineEntry::Kind::Assigned:
    case TimelineEntry::Kind::Priority:
        break;
    case TimelineEntry::Kind::Note:
    case TimelineEntry::Kind::Sent:
    case TimelineEntry::Kind::Received:
        out << e.text;
        break;
    }
    return out;
}

QString TimelineText::proposal(RequestAction proposed)
{
    switch (proposed) {
    case RequestAction::ProposeDeletion:
        return tr("Deletion of the person's data");
    case RequestAction::ProposeCancellation:
        return tr("Cancellation of the person's account");
    default:
        return tr("Refusal of the request");
    }
}

RequestStatus TimelineText::approvedStatus(RequestAction proposed)
{
    return proposed == RequestAction::ProposeRefusal ? RequestStatus::Rejected : RequestStatus::Completed;
}

QString TimelineText::proposalText(const RequestView &view)
{
    if (!view.pending)
        return {};
    const Approval &a = *view.pending;
    QStringList lines{tr("Proposed: %1").arg(proposal(a.action)),
                      tr("By %1 on %2").arg(view.proposedByName.isEmpty() ? a.proposedBy : view.proposedByName,
                                            DisplayFormat::proseDateTime(a.proposedAt))};
    QStringList reasons;
    for (RefusalReason reason : a.reasons)
        reasons << refusalReasons().label(reason);
    if (!reasons.isEmpty())
        lines << tr("Reasons: %1").arg(reasons.join(tr(", ")));
    if (!a.explanation.isEmpty())
        lines << (a.action == RequestAction::ProposeRefusal ? tr("Explanation to the requester: %1") : tr("Note: %1"))
                     .arg(a.explanation);
    lines << tr("If approved, the request becomes: %1.").arg(requestStatuses().label(approvedStatus(a.action)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace pd
