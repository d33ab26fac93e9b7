// The trace: everything a program did, step by step, as the diagram needs it.
//
// A step is a point where CPython 3.11's sys.settrace would report an event (line, call,
// return, exception). Each step stores only the events that led to it from the previous
// step; full states are kept as periodic checkpoints, so a million-step trace stays small
// and any step's state is rebuilt by replaying at most one checkpoint interval of events.
// The value types here (HeapObject, FrameState, ProgramState, Event) are the public shape
// of ../shared/trace-format.md; the recorder encodes them compactly inside.
#pragma once

#include "memstep/diagnostic.h"
#include "memstep/ids.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace memstep::core {

using NamedRef = std::pair<std::string, ObjectId>;

// One object on the heap as the diagram draws it. Which fields are used depends on `type`
// (see trace-format.md): scalars and range use `value`; list/tuple/set/frozenset `items`;
// dict `entries`; instance `className` + `attrs`; class, function, module, method and
// builtin_function_or_method `name` (class also `attrs` and `bases`; function `params`,
// `defaults`, `closure`).
struct HeapObject {
    std::string type;
    std::string value;
    std::vector<ObjectId> items;
    std::vector<std::pair<ObjectId, ObjectId>> entries;
    std::string name;
    std::string className;
    std::vector<NamedRef> attrs;
    // class: the names of its direct bases as __bases__ lists them, empty for a class whose
    // only base is `object` (that base says nothing a student needs) and for builtin classes.
    // Names rather than ids: a base class need not be reachable, and the box only shows text.
    std::vector<std::string> bases;
    std::vector<std::string> params;
    std::vector<ObjectId> defaults;
    std::vector<NamedRef> closure;
    // generator: its frame while the generator is paused at a `yield` (that frame is then in
    // ProgramState::suspended); invalid while it runs, before it starts and once it is done.
    FrameId frame;
    // An exception whose str() is empty still shows `"value": ""` (CPython's str() of it);
    // only set with an empty `value`, so that every other object keeps one representation.
    bool emptyValueShown = false;

    bool operator==(const HeapObject&) const = default;
};

// Calls f(id) for every reference `o` holds, once per reference (a list holding x twice: twice).
template <class F> void forEachReference(const HeapObject& o, F&& f) {
    for (ObjectId id : o.items)
        f(id);
    for (const auto& [key, value] : o.entries) {
        f(key);
        f(value);
    }
    for (const NamedRef& a : o.attrs)
        f(a.second);
    for (ObjectId id : o.defaults)
        f(id);
    for (const NamedRef& c : o.closure)
        f(c.second);
}

struct FrameState {
    FrameId id;
    std::string function; // "<module>", "f", or the class name for a class body
    bool isClassBody = false;
    int line = 0;
    std::vector<NamedRef> vars;          // in binding order
    std::optional<ObjectId> returnValue; // set on the frame's `return` step
    // Set on the innermost frame on an `exception` step and on the `return` step of a frame
    // the exception unwinds: the exception instance it is raising (in `heap`: its type and
    // `value`, the message). A frame with `raising` has no real return value.
    std::optional<ObjectId> raising;
    bool yielded = false; // its `return` step is a generator stopping at a `yield`

    bool operator==(const FrameState&) const = default;
};

struct ProgramState {
    std::vector<FrameState> frames; // outermost first
    // Frames of generators paused at a `yield`, with the variables they keep until the next
    // next(): in the order they were paused. Their variables hold objects as frames' do, for
    // as long as the generator object is in `heap`.
    std::vector<FrameState> suspended;
    std::map<ObjectId, HeapObject> heap;
    std::string stdoutText;

    bool operator==(const ProgramState&) const = default;
};

enum class EventKind {
    FramePush, // frame, function, isClassBody; suspended: the paused frame comes back
    FramePop,  // frame, object = return value; suspended: the frame is paused, not gone
    Allocate,  // object, contents
    Bind,      // frame, name, object
    Rebind,    // frame, name, from, object (= "to")
    Unbind,    // frame, name
    Mutate,    // object, op, and per op: index / key / name / value / contents
    Free,      // object
    Output,    // text
    Raise,     // text = exception type, message, object = the exception instance
};

// How a Mutate event changes its object; applying it must give exactly the new contents.
enum class MutateOp {
    SetItem, // list: items[index] = value; dict: entries[key] = value (appended when new)
    Insert,  // list: insert value at index; set/frozenset: insert value at index of `items`
    Remove,  // list/set: erase items[index]; dict: erase the entry with `key`
    SetAttr, // instance/class: attrs[name] = value (appended when new)
    DelAttr, // instance/class: erase attrs[name]
    Clear,   // empty items / entries / attrs
    Replace, // whole new contents (sort, reverse, set rehash...): `contents`
};

struct Event {
    EventKind kind{};
    FrameId frame;
    std::string function; // FramePush
    bool isClassBody = false;
    // FramePop: the innermost frame moves to ProgramState::suspended (a `yield`), or a frame
    // already there is dropped (its generator is gone) when this is false. FramePush: the
    // frame comes back from `suspended` with its variables.
    bool suspended = false;
    std::string name; // Bind/Rebind/Unbind: variable; SetAttr/DelAttr: attribute
    ObjectId object;  // Allocate/Free/Mutate target; Bind/Rebind new target; FramePop return
    ObjectId from;    // Rebind: previous target
    MutateOp op{};
    // Mutate SetItem/Insert/Remove on a sequence or set. On a dict, a hint: the entry's
    // position in `entries` (their count for a new key), or -1; see findEntry(). FramePush:
    // the line the frame is at (a paused generator's frame listed in `suspended`), else 0.
    std::int64_t index = 0;
    ObjectId key;        // Mutate on a dict
    ObjectId value;      // Mutate: the object stored
    HeapObject contents; // Allocate; Mutate Replace
    std::string text;    // Output: text; Raise: exception type
    std::string message; // Raise

    bool operator==(const Event&) const = default;
};

enum class StepKind { Line, Call, Return, Exception };

struct ExceptionInfo {
    std::string type;
    std::string message;
    bool operator==(const ExceptionInfo&) const = default;
};

struct StepInfo {
    StepKind kind = StepKind::Line;
    int line = 0;                           // the active (innermost) frame's line
    std::optional<ObjectId> returnValue;    // Return steps: what the frame returns
    std::optional<ExceptionInfo> exception; // Exception steps
    // The exception in flight: on Exception steps, and on the Return step of a frame it
    // unwinds (whose returnValue is then CPython's None, not a real result).
    std::optional<ObjectId> raising;
    // The exception an `except` or `finally` block is handling (CPython's sys.exc_info()),
    // also on the `except` line that is about to catch it. Like `raising` it is a root of
    // the heap, so the object stays the same box from `raise` to `except ... as err`.
    std::optional<ObjectId> handling;
    bool yielded = false; // Return steps: a generator stopping at `yield`, not returning
    bool operator==(const StepInfo&) const = default;
};

// Where `key` sits in a dict's entries, or -1. `hint` is a Mutate event's `index`: a position
// that is checked and used, so a step that updates one key of a 20,000-entry dict does not scan
// it; any other hint (a reader that lost it, -1) falls back to a scan. A hint equal to the
// number of entries says the key is new, and is trusted: that is how the recorder appends.
std::ptrdiff_t findEntry(const HeapObject& dict, ObjectId key, std::int64_t hint);

// Applies one event to a state. Returns false (leaving a description in *why) when the
// event does not fit the state, e.g. a bind to an unknown frame; the recorder's own
// consistency tests rely on it.
bool applyEvent(ProgramState& state, const Event& event, std::string* why = nullptr);

// Sets the step's line on the innermost frame and, on a Return step, its return value (a
// frame carries a return value only on its Return step), as the recorder does after a
// step's events.
void applyStepInfo(ProgramState& state, const StepInfo& info);

struct TraceStats {
    std::size_t steps = 0;
    std::size_t events = 0;
    std::size_t memoryBytes = 0; // what the trace itself holds, checkpoints included
};

class TraceStorage; // compact encoding, private to the core

// An immutable recorded program. Cheap to move; copies share storage.
class Trace {
public:
    Trace();
    ~Trace();
    Trace(const Trace&);
    Trace& operator=(const Trace&);
    Trace(Trace&&) noexcept;
    Trace& operator=(Trace&&) noexcept;

    const std::string& source() const;
    std::size_t stepCount() const;
    StepInfo stepInfo(std::size_t step) const;
    std::vector<Event> events(std::size_t step) const;
    // Full state at a step, rebuilt from the nearest checkpoint. Precondition: step < stepCount().
    ProgramState state(std::size_t step) const;
    TraceStats stats() const;

private:
    friend class TraceRecorder;
    std::shared_ptr<const TraceStorage> m_storage;
};

// Builds a Trace while a program runs: events are added as they happen, and each step is
// closed with endStep(). The recorder keeps the current state by applying the events itself,
// so states and events can never disagree.
class TraceRecorder {
public:
    // checkpointInterval: steps between full snapshots; smaller is faster to seek, larger smaller.
    explicit TraceRecorder(std::string source, std::size_t checkpointInterval = 256);
    ~TraceRecorder();
    TraceRecorder(TraceRecorder&&) noexcept;
    TraceRecorder& operator=(TraceRecorder&&) noexcept;

    void addEvent(Event event);
    void endStep(const StepInfo& info);
    // The state after every event added so far (events of the open step included).
    const ProgramState& current() const;
    std::size_t stepCount() const;
    // Events that did not fit the current state (see applyEvent) are dropped, not recorded;
    // these say how many and why the last one was refused ("" when none was).
    std::size_t rejectedEvents() const;
    const std::string& lastRejection() const;
    // Ends recording. Events added after the last endStep() are dropped.
    Trace finish();

private:
    std::unique_ptr<TraceStorage> m_storage;
    ProgramState m_current;
    std::size_t m_rejectedEvents = 0;
    std::string m_lastRejection;
};

} // namespace memstep::core
