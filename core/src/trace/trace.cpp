// Trace and TraceRecorder: thin handles over TraceStorage.
//
// The recorder applies every event to its own current state before storing it, so the
// stored events are exactly the ones that fit; an event that does not fit is dropped,
// counted, and its reason kept for rejectedEvents()/lastRejection(), never a crash.
#include "memstep/trace.h"

#include "trace/trace_storage.h"

namespace memstep::core {

namespace {
const std::string kNoSource;
}

Trace::Trace() = default;
Trace::~Trace() = default;
Trace::Trace(const Trace&) = default;
Trace& Trace::operator=(const Trace&) = default;
Trace::Trace(Trace&&) noexcept = default;
Trace& Trace::operator=(Trace&&) noexcept = default;

const std::string& Trace::source() const {
    return m_storage ? m_storage->source() : kNoSource;
}

std::size_t Trace::stepCount() const {
    return m_storage ? m_storage->stepCount() : 0;
}

StepInfo Trace::stepInfo(std::size_t step) const {
    return step < stepCount() ? m_storage->stepInfo(step) : StepInfo{};
}

std::vector<Event> Trace::events(std::size_t step) const {
    return step < stepCount() ? m_storage->events(step) : std::vector<Event>{};
}

ProgramState Trace::state(std::size_t step) const {
    return step < stepCount() ? m_storage->state(step) : ProgramState{};
}

TraceStats Trace::stats() const {
    return m_storage ? m_storage->stats() : TraceStats{};
}

TraceRecorder::TraceRecorder(std::string source, std::size_t checkpointInterval)
    : m_storage(std::make_unique<TraceStorage>(std::move(source), checkpointInterval)) {}

TraceRecorder::~TraceRecorder() = default;
TraceRecorder::TraceRecorder(TraceRecorder&&) noexcept = default;
TraceRecorder& TraceRecorder::operator=(TraceRecorder&&) noexcept = default;

void TraceRecorder::addEvent(Event event) {
    if (!m_storage) {
        return;
    }
    if (applyEvent(m_current, event, &m_lastRejection)) {
        m_storage->addEvent(event);
    } else {
        ++m_rejectedEvents;
    }
}

void TraceRecorder::endStep(const StepInfo& info) {
    if (!m_storage) {
        return;
    }
    applyStepInfo(m_current, info);
    m_storage->endStep(info, m_current);
}

const ProgramState& TraceRecorder::current() const {
    return m_current;
}

std::size_t TraceRecorder::stepCount() const {
    return m_storage ? m_storage->stepCount() : 0;
}

std::size_t TraceRecorder::rejectedEvents() const {
    return m_rejectedEvents;
}

const std::string& TraceRecorder::lastRejection() const {
    return m_lastRejection;
}

Trace TraceRecorder::finish() {
    Trace trace;
    if (m_storage) {
        m_storage->finish();
        trace.m_storage = std::move(m_storage);
    }
    return trace;
}

} // namespace memstep::core
