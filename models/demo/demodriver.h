#pragma once

#include "../common/result.h"
#include "demosink.h"

#include <QDateTime>
#include <QHash>

#include <atomic>
#include <optional>
#include <queue>
#include <vector>

namespace pd {

class DemoPlanner;

// Plays a DemoPlanner's submissions and scripts into a DemoSink in time order across all
// requests: a step happens before a later submission is taken in. Deterministic: the same plan
// gives the same calls in the same order (ties keep the order they were scheduled in).
class DemoDriver final
{
public:
    DemoDriver(DemoPlanner &planner, DemoSink &sink) : m_planner(planner), m_sink(sink) {}
    ~DemoDriver();

    // One event: the earliest due step, or the next submission.
    Status step();
    bool done() const;
    qint64 registered() const { return m_registered; }
    qint64 total() const;
    // From any thread: take in no more submissions; steps under way still run to the end.
    void stopIntake() { m_stopped = true; }

private:
    struct Due
    {
        QDateTime at;
        qint64 order = 0;
        qint64 requestId = 0;
        bool operator>(const Due &o) const { return at != o.at ? at > o.at : order > o.order; }
    };
    struct Script;
    bool intakeOpen() const;
    Status schedule(qint64 requestId, QList<DemoStep> steps);

    DemoPlanner &m_planner;
    DemoSink &m_sink;
    std::priority_queue<Due, std::vector<Due>, std::greater<Due>> m_due;
    QHash<qint64, Script *> m_scripts;
    qint64 m_order = 0;
    std::atomic<qint64> m_registered{0}; // read by the thread that reports progress
    std::atomic<bool> m_stopped{false};
    std::optional<DemoSubmission> m_next; // planned but not yet taken in
};

} // namespace pd
