// TraceStorage: how a Trace keeps its steps compactly, private to the core.
//
// Steps and their events are varint-encoded one after the other in a single byte stream
// (see byte_codec.h), names and scalar values are indexes into a StringPool, and everything
// the program printed is one string of which each step's stdout is a prefix. A million
// simple steps take tens of megabytes instead of gigabytes.
//
// Full states are kept as checkpoints, encoded the same way. A checkpoint is taken when at
// least `checkpointInterval` steps have passed AND the events written since the previous one
// take at least half as many bytes as that checkpoint did. The second rule bounds the
// checkpoints' memory by twice the events' (a program with a big heap does not copy it every
// few steps), and keeps replay cost below the state's own size, which decoding it costs anyway.
//
// Once recording ends, a TraceStorage is never modified again, so any number of threads may
// read it at once.
#pragma once

#include "memstep/trace.h"
#include "trace/byte_codec.h"
#include "trace/string_pool.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace memstep::core {

class TraceStorage {
public:
    TraceStorage(std::string source, std::size_t checkpointInterval);

    // Recording. addEvent() takes events that already applied cleanly to the recorder's state;
    // endStep() is given that state after the step, to checkpoint it when due.
    void addEvent(const Event& event);
    void endStep(const StepInfo& info, const ProgramState& current);
    // Forgets events added since the last endStep() and frees what only recording needed.
    void finish();

    // Reading. Preconditions: step < stepCount().
    const std::string& source() const { return m_source; }
    std::size_t stepCount() const { return m_steps.size(); }
    StepInfo stepInfo(std::size_t step) const;
    std::vector<Event> events(std::size_t step) const;
    ProgramState state(std::size_t step) const;
    TraceStats stats() const;

private:
    struct Checkpoint {
        std::uint64_t step;
        std::uint64_t offset; // into m_checkpointBytes
    };

    void encodeEvent(ByteWriter& out, const Event& event);
    void encodeObject(ByteWriter& out, const HeapObject& object);
    void encodeState(ByteWriter& out, const ProgramState& state);
    void encodeFrames(ByteWriter& out, const std::vector<FrameState>& frames);
    void decodeFrames(ByteReader& in, std::vector<FrameState>& frames) const;
    void encodeString(ByteWriter& out, std::string_view text);
    Event decodeEvent(ByteReader& in) const;
    HeapObject decodeObject(ByteReader& in) const;
    void decodeObject(ByteReader& in, HeapObject& into) const; // `into` is empty
    ProgramState decodeState(const Checkpoint& checkpoint) const;
    std::string decodeString(ByteReader& in) const;
    // A reader over step `step`, positioned after its info; *eventCount is set.
    ByteReader openStep(std::size_t step, StepInfo& info, std::size_t& eventCount) const;
    // Applies step `step`'s events and info to `state`.
    void replayStep(ProgramState& state, std::size_t step) const;

    std::string m_source;
    std::size_t m_checkpointInterval;
    StringPool m_strings;
    std::vector<std::uint8_t> m_bytes;  // every step: its info, then its events
    std::vector<std::uint64_t> m_steps; // where each step starts in m_bytes
    std::string m_output;               // everything printed, in order
    std::vector<std::uint8_t> m_checkpointBytes;
    std::vector<Checkpoint> m_checkpoints;
    std::size_t m_eventCount = 0;

    // Recording only.
    std::vector<std::uint8_t> m_open; // events of the step not ended yet
    std::size_t m_openEvents = 0;
    std::size_t m_outputAtStepEnd = 0;
    std::uint64_t m_bytesAtCheckpoint = 0;
    std::uint64_t m_lastCheckpointSize = 0;
};

} // namespace memstep::core
