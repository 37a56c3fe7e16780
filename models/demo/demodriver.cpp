#include "demodriver.h"

#include "demoplanner.h"

namespace pd {

struct DemoDriver::Script
{
    QList<DemoStep> steps;
    qsizetype next = 0;
};

DemoDriver::~DemoDriver()
{
    qDeleteAll(m_scripts);
}

qint64 DemoDriver::total() const
{
    return m_stopped ? m_registered.load() : m_planner.total();
}

bool DemoDriver::intakeOpen() const
{
    return !m_stopped && (m_next || !m_planner.atEnd());
}

bool DemoDriver::done() const
{
    return !intakeOpen() && m_due.empty();
}

Status DemoDriver::schedule(qint64 requestId, QList<DemoStep> steps)
{
    if (steps.isEmpty())
        return m_sink.finished(requestId);
    const QDateTime first = steps.constFirst().at;
    m_scripts.insert(requestId, new Script{std::move(steps), 0});
    m_due.push(Due{first, m_order++, requestId});
    return {};
}

Status DemoDriver::step()
{
    if (intakeOpen() && !m_next)
        m_next = m_planner.next();
    const bool takeIn = intakeOpen() && (m_due.empty() || !(m_due.top().at < m_next->form.receivedAt.toUTC()));
    if (takeIn) {
        const DemoSubmission submission = std::move(*m_next);
        m_next.reset();
        const auto created = m_sink.registerSubmission(submission);
        if (!created)
            return Status::failure(created.fault());
        m_registered += created->size();
        for (qsizetype i = 0; i < created->size(); ++i)
            if (auto s = schedule(created->at(i).id, submission.scripts.value(i)); !s)
                return s;
        return {};
    }
    if (m_due.empty())
        return {};
    const Due due = m_due.top();
    m_due.pop();
    Script *script = m_scripts.value(due.requestId);
    if (auto s = m_sink.apply(due.requestId, script->steps.at(script->next++)); !s)
        return s;
    if (script->next < script->steps.size()) {
        m_due.push(Due{script->steps.at(script->next).at, m_order++, due.requestId});
        return {};
    }
    delete m_scripts.take(due.requestId);
    return m_sink.finished(due.requestId);
}

} // namespace pd
