// TraceStorage: how a Trace keeps its steps, private to the core.
//
// This first version stores events and checkpoints as plain value types: simple and
// obviously correct, but large. The interface is what Trace and TraceRecorder rely on, so the
// encoding can become compact without touching them.
#pragma once

#include "memstep/trace.h"

#include <cstddef>
#include <string>
#include <vector>

namespace memstep::core {

class TraceStorage {
public:
    TraceStorage(std::string source, std::size_t checkpointInterval);

    // Recording. addEvent() takes events that already applied cleanly to `current`.
    void addEvent(const Event& event);
    void endStep(const StepInfo& info, const ProgramState& current);
    void dropOpenStep();

    // Reading.
    const std::string& source() const { return m_source; }
    std::size_t stepCount() const { return m_steps.size(); }
    StepInfo stepInfo(std::size_t step) const;
    std::vector<Event> events(std::size_t step) const;
    ProgramState state(std::size_t step) const;
    TraceStats stats() const;

private:
    struct Checkpoint {
        std::size_t step;
        ProgramState state;
    };

    std::string m_source;
    std::size_t m_checkpointInterval;
    std::vector<StepInfo> m_steps;
    std::vector<std::vector<Event>> m_events;
    std::vector<Event> m_open;
    std::vector<Checkpoint> m_checkpoints;
};

} // namespace memstep::core
