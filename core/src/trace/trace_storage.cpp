#include "trace/trace_storage.h"

#include <algorithm>

namespace memstep::core {

TraceStorage::TraceStorage(std::string source, std::size_t checkpointInterval)
    : m_source(std::move(source)), m_checkpointInterval(std::max<std::size_t>(1, checkpointInterval)) {}

void TraceStorage::addEvent(const Event& event) { m_open.push_back(event); }

void TraceStorage::endStep(const StepInfo& info, const ProgramState& current) {
    m_steps.push_back(info);
    m_events.push_back(std::move(m_open));
    m_open.clear();
    if (m_steps.size() % m_checkpointInterval == 0) {
        m_checkpoints.push_back({m_steps.size() - 1, current});
    }
}

void TraceStorage::dropOpenStep() { m_open.clear(); }

StepInfo TraceStorage::stepInfo(std::size_t step) const { return m_steps.at(step); }

std::vector<Event> TraceStorage::events(std::size_t step) const { return m_events.at(step); }

ProgramState TraceStorage::state(std::size_t step) const {
    ProgramState state;
    std::size_t next = 0;
    auto after = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), step,
                                  [](std::size_t s, const Checkpoint& c) { return s < c.step; });
    if (after != m_checkpoints.begin()) {
        state = std::prev(after)->state;
        next = std::prev(after)->step + 1;
    }
    for (; next <= step && next < m_steps.size(); ++next) {
        for (const Event& event : m_events[next]) {
            applyEvent(state, event);
        }
        applyStepInfo(state, m_steps[next]);
    }
    return state;
}

TraceStats TraceStorage::stats() const {
    std::size_t events = 0;
    for (const auto& step : m_events) {
        events += step.size();
    }
    return {m_steps.size(), events, 0};
}

} // namespace memstep::core
