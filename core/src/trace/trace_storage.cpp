// The byte layouts (all numbers varints, strings as StringPool indexes, ids as their value):
//   step       = flags(kind | hasReturn << 2 | hasException << 3 | hasRaising << 4 |
//                hasHandling << 5 | yielded << 6 | eventCount << 7), line (signed),
//                [returnValue], [exception type, message], [raising], [handling], events...
//   event      = head(kind | field mask << 4, see EventField), then each present field in
//                mask order; an Output's text is (offset, length) in m_output
//   object     = mask(see ObjectField), then each present field; lists are count + items
//   checkpoint = frames, suspended frames (each a count, then per frame: id, function, flags,
//                line, [return], [raising], vars),
//                heapCount, objects (id - previous id, object), stdout length
#include "trace/trace_storage.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

namespace memstep::core {

namespace {

constexpr std::uint64_t kObject = std::uint64_t{1} << 4;
constexpr std::uint64_t kFrame = std::uint64_t{1} << 5;
constexpr std::uint64_t kName = std::uint64_t{1} << 6;
constexpr std::uint64_t kFrom = std::uint64_t{1} << 7;
constexpr std::uint64_t kContents = std::uint64_t{1} << 8;
constexpr std::uint64_t kValue = std::uint64_t{1} << 9;
constexpr std::uint64_t kIndex = std::uint64_t{1} << 10;
constexpr std::uint64_t kKey = std::uint64_t{1} << 11;
constexpr std::uint64_t kOpShift = 12; // three bits
constexpr std::uint64_t kFunction = std::uint64_t{1} << 15;
constexpr std::uint64_t kClassBody = std::uint64_t{1} << 16;
constexpr std::uint64_t kText = std::uint64_t{1} << 17;
constexpr std::uint64_t kMessage = std::uint64_t{1} << 18;
constexpr std::uint64_t kSuspended = std::uint64_t{1} << 19;

constexpr std::uint64_t kObjType = std::uint64_t{1} << 0;
constexpr std::uint64_t kObjValue = std::uint64_t{1} << 1;
constexpr std::uint64_t kObjItems = std::uint64_t{1} << 2;
constexpr std::uint64_t kObjEntries = std::uint64_t{1} << 3;
constexpr std::uint64_t kObjAttrs = std::uint64_t{1} << 4;
constexpr std::uint64_t kObjName = std::uint64_t{1} << 5;
constexpr std::uint64_t kObjClassName = std::uint64_t{1} << 6;
constexpr std::uint64_t kObjParams = std::uint64_t{1} << 7;
constexpr std::uint64_t kObjDefaults = std::uint64_t{1} << 8;
constexpr std::uint64_t kObjClosure = std::uint64_t{1} << 9;
constexpr std::uint64_t kObjFrame = std::uint64_t{1} << 11;
constexpr std::uint64_t kObjBases = std::uint64_t{1} << 12;
// The value is an int's decimal text stored as a signed varint instead of a pooled string:
// a program that counts makes a new int every step, and interning each one's text would
// fill the pool and its lookup table with strings never seen again.
constexpr std::uint64_t kObjIntValue = std::uint64_t{1} << 10;

// A checkpoint is due once the events since the previous one take 1/kCheckpointEventShare of
// its bytes. Replaying a byte of events costs about what decoding a byte of checkpoint does (an
// event allocates or frees a node of the heap map much as a decoded object does), so with 2 no
// state costs more than one and a half checkpoint decodes, and checkpoints take at most twice
// the events' memory. With 1 (equal bytes), a 20,000-object heap read for 60,000 steps took
// ~3.5 ms CPU at the steps just before a checkpoint, half of it replay.
constexpr std::uint64_t kCheckpointEventShare = 2;

constexpr std::uint64_t kHasReturn = std::uint64_t{1} << 2;
constexpr std::uint64_t kHasException = std::uint64_t{1} << 3;
constexpr std::uint64_t kHasRaising = std::uint64_t{1} << 4;
constexpr std::uint64_t kHasHandling = std::uint64_t{1} << 5;
constexpr std::uint64_t kYielded = std::uint64_t{1} << 6;
constexpr std::uint64_t kEventCountShift = 7;
// Checkpoint frame flags.
constexpr std::uint64_t kFrameClassBody = 1;
constexpr std::uint64_t kFrameReturn = 2;
constexpr std::uint64_t kFrameRaising = 4;
constexpr std::uint64_t kFrameYielded = 8;

// Common names go first so that they get the shortest indexes.
// clang-format off
constexpr const char* kPreinterned[] = {
    "int", "str", "float", "bool", "NoneType", "list", "tuple", "dict", "set", "frozenset",
    "instance", "class", "function", "method", "module", "range", "builtin_function_or_method",
    "<module>", "None", "True", "False", "self", "i", "x", "n", "j", "result"
};
// clang-format on

// The value of decimal text that std::to_string gives back exactly ("-12", never "012",
// "-0" or "+1"), in a range that cannot overflow.
std::optional<std::int64_t> canonicalInt(std::string_view text) {
    const bool negative = !text.empty() && text[0] == '-';
    const std::string_view digits = negative ? text.substr(1) : text;
    if (digits.empty() || digits.size() > 18 ||
        (digits[0] == '0' && (digits.size() > 1 || negative))) {
        return std::nullopt;
    }
    std::int64_t value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
}

} // namespace

TraceStorage::TraceStorage(std::string source, std::size_t checkpointInterval)
    : m_source(std::move(source)),
      m_checkpointInterval(std::max<std::size_t>(1, checkpointInterval)) {
    for (const char* name : kPreinterned) {
        m_strings.intern(name);
    }
}

void TraceStorage::encodeString(ByteWriter& out, std::string_view text) {
    out.put(m_strings.intern(text));
}

std::string TraceStorage::decodeString(ByteReader& in) const {
    return std::string(m_strings.view(in.get32()));
}

void TraceStorage::encodeObject(ByteWriter& out, const HeapObject& o) {
    std::uint64_t mask = 0;
    mask |= o.type.empty() ? 0 : kObjType;
    std::optional<std::int64_t> intValue;
    if (!o.value.empty() && o.type == "int") {
        intValue = canonicalInt(o.value);
    }
    mask |= o.value.empty() && !o.emptyValueShown ? 0 : (intValue ? kObjIntValue : kObjValue);
    mask |= o.items.empty() ? 0 : kObjItems;
    mask |= o.entries.empty() ? 0 : kObjEntries;
    mask |= o.attrs.empty() ? 0 : kObjAttrs;
    mask |= o.name.empty() ? 0 : kObjName;
    mask |= o.className.empty() ? 0 : kObjClassName;
    mask |= o.params.empty() ? 0 : kObjParams;
    mask |= o.defaults.empty() ? 0 : kObjDefaults;
    mask |= o.closure.empty() ? 0 : kObjClosure;
    mask |= o.frame.valid() ? kObjFrame : 0;
    mask |= o.bases.empty() ? 0 : kObjBases;
    out.put(mask);
    auto putRefs = [&](const std::vector<NamedRef>& refs) {
        out.put(refs.size());
        for (const auto& [name, id] : refs) {
            encodeString(out, name);
            out.put(id.value);
        }
    };
    auto putIds = [&](const std::vector<ObjectId>& ids) {
        out.put(ids.size());
        for (ObjectId id : ids) {
            out.put(id.value);
        }
    };
    if (mask & kObjType) {
        encodeString(out, o.type);
    }
    if (mask & kObjValue) {
        encodeString(out, o.value);
    }
    if (mask & kObjIntValue) {
        out.putSigned(*intValue);
    }
    if (mask & kObjItems) {
        putIds(o.items);
    }
    if (mask & kObjEntries) {
        out.put(o.entries.size());
        for (const auto& [key, value] : o.entries) {
            out.put(key.value);
            out.put(value.value);
        }
    }
    if (mask & kObjAttrs) {
        putRefs(o.attrs);
    }
    if (mask & kObjName) {
        encodeString(out, o.name);
    }
    if (mask & kObjClassName) {
        encodeString(out, o.className);
    }
    if (mask & kObjParams) {
        out.put(o.params.size());
        for (const auto& param : o.params) {
            encodeString(out, param);
        }
    }
    if (mask & kObjDefaults) {
        putIds(o.defaults);
    }
    if (mask & kObjClosure) {
        putRefs(o.closure);
    }
    if (mask & kObjFrame) {
        out.put(o.frame.value);
    }
    if (mask & kObjBases) {
        out.put(o.bases.size());
        for (const auto& base : o.bases) {
            encodeString(out, base);
        }
    }
}

HeapObject TraceStorage::decodeObject(ByteReader& in) const {
    HeapObject o;
    decodeObject(in, o);
    return o;
}

void TraceStorage::decodeObject(ByteReader& in, HeapObject& o) const {
    const std::uint64_t mask = in.get();
    auto getRefs = [&](std::vector<NamedRef>& refs) {
        refs.resize(in.getCount());
        for (auto& [name, id] : refs) {
            name = decodeString(in);
            id.value = in.get32();
        }
    };
    auto getIds = [&](std::vector<ObjectId>& ids) {
        ids.resize(in.getCount());
        for (ObjectId& id : ids) {
            id.value = in.get32();
        }
    };
    if (mask & kObjType) {
        o.type = decodeString(in);
    }
    if (mask & kObjValue) {
        o.value = decodeString(in);
        o.emptyValueShown = o.value.empty();
    }
    if (mask & kObjIntValue) {
        o.value = std::to_string(in.getSigned());
    }
    if (mask & kObjItems) {
        getIds(o.items);
    }
    if (mask & kObjEntries) {
        o.entries.resize(in.getCount());
        for (auto& [key, value] : o.entries) {
            key.value = in.get32();
            value.value = in.get32();
        }
    }
    if (mask & kObjAttrs) {
        getRefs(o.attrs);
    }
    if (mask & kObjName) {
        o.name = decodeString(in);
    }
    if (mask & kObjClassName) {
        o.className = decodeString(in);
    }
    if (mask & kObjParams) {
        o.params.resize(in.getCount());
        for (auto& param : o.params) {
            param = decodeString(in);
        }
    }
    if (mask & kObjDefaults) {
        getIds(o.defaults);
    }
    if (mask & kObjClosure) {
        getRefs(o.closure);
    }
    if (mask & kObjFrame) {
        o.frame.value = in.get32();
    }
    if (mask & kObjBases) {
        o.bases.resize(in.getCount());
        for (auto& base : o.bases) {
            base = decodeString(in);
        }
    }
}

void TraceStorage::encodeEvent(ByteWriter& out, const Event& e) {
    const bool hasContents = e.contents != HeapObject{};
    std::uint64_t head = static_cast<std::uint64_t>(e.kind);
    head |= e.object.valid() ? kObject : 0;
    head |= e.frame.valid() ? kFrame : 0;
    head |= e.name.empty() ? 0 : kName;
    head |= e.from.valid() ? kFrom : 0;
    head |= hasContents ? kContents : 0;
    head |= e.value.valid() ? kValue : 0;
    head |= e.index != 0 ? kIndex : 0;
    head |= e.key.valid() ? kKey : 0;
    head |= static_cast<std::uint64_t>(e.op) << kOpShift;
    head |= e.function.empty() ? 0 : kFunction;
    head |= e.isClassBody ? kClassBody : 0;
    head |= e.suspended ? kSuspended : 0;
    head |= e.text.empty() ? 0 : kText;
    head |= e.message.empty() ? 0 : kMessage;
    out.put(head);
    if (head & kObject) {
        out.put(e.object.value);
    }
    if (head & kFrame) {
        out.put(e.frame.value);
    }
    if (head & kName) {
        encodeString(out, e.name);
    }
    if (head & kFrom) {
        out.put(e.from.value);
    }
    if (head & kContents) {
        encodeObject(out, e.contents);
    }
    if (head & kValue) {
        out.put(e.value.value);
    }
    if (head & kIndex) {
        out.putSigned(e.index);
    }
    if (head & kKey) {
        out.put(e.key.value);
    }
    if (head & kFunction) {
        encodeString(out, e.function);
    }
    if (head & kText) {
        if (e.kind == EventKind::Output) {
            out.put(m_output.size());
            out.put(e.text.size());
            m_output += e.text;
        } else {
            encodeString(out, e.text);
        }
    }
    if (head & kMessage) {
        encodeString(out, e.message);
    }
}

Event TraceStorage::decodeEvent(ByteReader& in) const {
    Event e;
    const std::uint64_t head = in.get();
    e.kind = static_cast<EventKind>(head & 0xf);
    e.op = static_cast<MutateOp>((head >> kOpShift) & 0x7);
    e.isClassBody = (head & kClassBody) != 0;
    e.suspended = (head & kSuspended) != 0;
    if (head & kObject) {
        e.object.value = in.get32();
    }
    if (head & kFrame) {
        e.frame.value = in.get32();
    }
    if (head & kName) {
        e.name = decodeString(in);
    }
    if (head & kFrom) {
        e.from.value = in.get32();
    }
    if (head & kContents) {
        e.contents = decodeObject(in);
    }
    if (head & kValue) {
        e.value.value = in.get32();
    }
    if (head & kIndex) {
        e.index = in.getSigned();
    }
    if (head & kKey) {
        e.key.value = in.get32();
    }
    if (head & kFunction) {
        e.function = decodeString(in);
    }
    if (head & kText) {
        if (e.kind == EventKind::Output) {
            const std::uint64_t offset = in.get();
            const std::uint64_t length = in.get();
            if (offset <= m_output.size()) {
                e.text = m_output.substr(offset, length);
            }
        } else {
            e.text = decodeString(in);
        }
    }
    if (head & kMessage) {
        e.message = decodeString(in);
    }
    return e;
}

void TraceStorage::encodeState(ByteWriter& out, const ProgramState& state) {
    encodeFrames(out, state.frames);
    encodeFrames(out, state.suspended);
    out.put(state.heap.size());
    std::uint32_t previous = 0;
    for (const auto& [id, object] : state.heap) {
        out.put(id.value - previous);
        previous = id.value;
        encodeObject(out, object);
    }
    out.put(state.stdoutText.size());
}

void TraceStorage::encodeFrames(ByteWriter& out, const std::vector<FrameState>& frames) {
    out.put(frames.size());
    for (const FrameState& frame : frames) {
        out.put(frame.id.value);
        encodeString(out, frame.function);
        out.put((frame.isClassBody ? kFrameClassBody : 0) | (frame.returnValue ? kFrameReturn : 0) |
                (frame.raising ? kFrameRaising : 0) | (frame.yielded ? kFrameYielded : 0));
        out.putSigned(frame.line);
        if (frame.returnValue) {
            out.put(frame.returnValue->value);
        }
        if (frame.raising) {
            out.put(frame.raising->value);
        }
        out.put(frame.vars.size());
        for (const auto& [name, id] : frame.vars) {
            encodeString(out, name);
            out.put(id.value);
        }
    }
}

ProgramState TraceStorage::decodeState(const Checkpoint& checkpoint) const {
    ByteReader in(m_checkpointBytes.data() + checkpoint.offset,
                  m_checkpointBytes.data() + m_checkpointBytes.size());
    ProgramState state;
    decodeFrames(in, state.frames);
    decodeFrames(in, state.suspended);
    const std::size_t objects = in.getCount();
    std::uint32_t id = 0;
    for (std::size_t i = 0; i < objects; ++i) {
        id += in.get32();
        // Decoded in place: a checkpoint of a big heap is mostly this loop, and a temporary
        // HeapObject moved into the node would cost a construction and destruction per object.
        const auto node =
            state.heap.emplace_hint(state.heap.end(), std::piecewise_construct,
                                    std::forward_as_tuple(ObjectId{id}), std::forward_as_tuple());
        decodeObject(in, node->second);
    }
    state.stdoutText = m_output.substr(0, std::min<std::size_t>(in.get(), m_output.size()));
    return state;
}

void TraceStorage::decodeFrames(ByteReader& in, std::vector<FrameState>& frames) const {
    frames.resize(in.getCount());
    for (FrameState& frame : frames) {
        frame.id.value = in.get32();
        frame.function = decodeString(in);
        const std::uint64_t flags = in.get();
        frame.isClassBody = (flags & kFrameClassBody) != 0;
        frame.yielded = (flags & kFrameYielded) != 0;
        frame.line = static_cast<int>(in.getSigned());
        if (flags & kFrameReturn) {
            frame.returnValue = ObjectId{in.get32()};
        }
        if (flags & kFrameRaising) {
            frame.raising = ObjectId{in.get32()};
        }
        frame.vars.resize(in.getCount());
        for (auto& [name, id] : frame.vars) {
            name = decodeString(in);
            id.value = in.get32();
        }
    }
}

void TraceStorage::addEvent(const Event& event) {
    ByteWriter out(m_open);
    encodeEvent(out, event);
    ++m_openEvents;
}

void TraceStorage::endStep(const StepInfo& info, const ProgramState& current) {
    m_steps.push_back(m_bytes.size());
    ByteWriter out(m_bytes);
    std::uint64_t flags = static_cast<std::uint64_t>(info.kind);
    flags |= info.returnValue ? kHasReturn : 0;
    flags |= info.exception ? kHasException : 0;
    flags |= info.raising ? kHasRaising : 0;
    flags |= info.handling ? kHasHandling : 0;
    flags |= info.yielded ? kYielded : 0;
    flags |= static_cast<std::uint64_t>(m_openEvents) << kEventCountShift;
    out.put(flags);
    out.putSigned(info.line);
    if (info.returnValue) {
        out.put(info.returnValue->value);
    }
    if (info.exception) {
        encodeString(out, info.exception->type);
        encodeString(out, info.exception->message);
    }
    if (info.raising) {
        out.put(info.raising->value);
    }
    if (info.handling) {
        out.put(info.handling->value);
    }
    m_bytes.insert(m_bytes.end(), m_open.begin(), m_open.end());
    m_eventCount += m_openEvents;
    m_open.clear();
    m_openEvents = 0;
    m_outputAtStepEnd = m_output.size();

    const std::uint64_t step = m_steps.size() - 1;
    const std::uint64_t stepsSince =
        m_checkpoints.empty() ? step + 1 : step - m_checkpoints.back().step;
    if (stepsSince >= m_checkpointInterval &&
        kCheckpointEventShare * (m_bytes.size() - m_bytesAtCheckpoint) >= m_lastCheckpointSize) {
        const std::size_t offset = m_checkpointBytes.size();
        ByteWriter checkpoint(m_checkpointBytes);
        encodeState(checkpoint, current);
        m_checkpoints.push_back({step, offset});
        m_lastCheckpointSize = m_checkpointBytes.size() - offset;
        m_bytesAtCheckpoint = m_bytes.size();
    }
}

void TraceStorage::finish() {
    m_open.clear();
    m_open.shrink_to_fit();
    m_openEvents = 0;
    m_output.resize(m_outputAtStepEnd);
    m_output.shrink_to_fit();
    m_bytes.shrink_to_fit();
    m_steps.shrink_to_fit();
    m_checkpointBytes.shrink_to_fit();
    m_checkpoints.shrink_to_fit();
    m_strings.freeze();
}

ByteReader TraceStorage::openStep(std::size_t step, StepInfo& info, std::size_t& eventCount) const {
    const std::uint8_t* end = m_bytes.data() + m_bytes.size();
    if (step + 1 < m_steps.size()) {
        end = m_bytes.data() + m_steps[step + 1];
    }
    ByteReader in(m_bytes.data() + m_steps[step], end);
    const std::uint64_t flags = in.get();
    info.kind = static_cast<StepKind>(flags & 0x3);
    info.line = static_cast<int>(in.getSigned());
    if (flags & kHasReturn) {
        info.returnValue = ObjectId{in.get32()};
    }
    if (flags & kHasException) {
        ExceptionInfo exception;
        exception.type = decodeString(in);
        exception.message = decodeString(in);
        info.exception = std::move(exception);
    }
    if (flags & kHasRaising) {
        info.raising = ObjectId{in.get32()};
    }
    if (flags & kHasHandling) {
        info.handling = ObjectId{in.get32()};
    }
    info.yielded = (flags & kYielded) != 0;
    eventCount = static_cast<std::size_t>(flags >> kEventCountShift);
    return in;
}

StepInfo TraceStorage::stepInfo(std::size_t step) const {
    StepInfo info;
    std::size_t count = 0;
    openStep(step, info, count);
    return info;
}

std::vector<Event> TraceStorage::events(std::size_t step) const {
    StepInfo info;
    std::size_t count = 0;
    ByteReader in = openStep(step, info, count);
    std::vector<Event> events;
    events.reserve(count);
    for (std::size_t i = 0; i < count && !in.atEnd(); ++i) {
        events.push_back(decodeEvent(in));
    }
    return events;
}

void TraceStorage::replayStep(ProgramState& state, std::size_t step) const {
    StepInfo info;
    std::size_t count = 0;
    ByteReader in = openStep(step, info, count);
    for (std::size_t i = 0; i < count && !in.atEnd(); ++i) {
        applyEvent(state, decodeEvent(in));
    }
    applyStepInfo(state, info);
}

ProgramState TraceStorage::state(std::size_t step) const {
    auto after = std::upper_bound(
        m_checkpoints.begin(), m_checkpoints.end(), step,
        [](std::size_t s, const Checkpoint& checkpoint) { return s < checkpoint.step; });
    ProgramState state;
    std::size_t next = 0;
    if (after != m_checkpoints.begin()) {
        state = decodeState(*std::prev(after));
        next = std::prev(after)->step + 1;
    }
    for (; next <= step && next < m_steps.size(); ++next) {
        replayStep(state, next);
    }
    return state;
}

TraceStats TraceStorage::stats() const {
    TraceStats stats;
    stats.steps = m_steps.size();
    stats.events = m_eventCount;
    stats.memoryBytes = sizeof(*this) + m_source.capacity() + m_strings.memoryBytes() +
                        m_bytes.capacity() + m_steps.capacity() * sizeof(std::uint64_t) +
                        m_output.capacity() + m_checkpointBytes.capacity() +
                        m_checkpoints.capacity() * sizeof(Checkpoint) + m_open.capacity();
    return stats;
}

} // namespace memstep::core
