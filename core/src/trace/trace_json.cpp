// writeTraceJson: the trace in the public shape of trace-format.md, one step at a time.
//
// States are rebuilt by walking the steps in order and applying each step's events to the
// previous state (the same applyEvent the recorder used), so writing is linear in the trace,
// and only one step's text is held in memory before it goes to the stream. The compact form
// keeps one state, changed in place, and writes it out only at its key steps, which come once
// the events since the last one outnumber its objects, so its cost and size follow the events.
// Output is deterministic: heap keys in increasing id order (std::map), frames outermost
// first, fields in a fixed order, one step per line.
#include "memstep/trace_json.h"

#include "trace/utf8.h"

#include <array>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace memstep::core {

namespace {

void appendQuoted(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (std::size_t at = 0; at < text.size();) {
        const auto c = static_cast<unsigned char>(text[at]);
        if (c >= 0x80) {
            const Utf8Sequence sequence = utf8SequenceAt(text, at);
            if (sequence.error == Utf8Error::None) {
                out.append(text.substr(at, sequence.length));
                at += sequence.length;
            } else {
                out += "\xef\xbf\xbd"; // U+FFFD: the JSON must stay valid UTF-8
                at += sequence.length;
            }
            continue;
        }
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xf];
            } else {
                out += static_cast<char>(c);
            }
        }
        ++at;
    }
    out += '"';
}

void appendId(std::string& out, ObjectId id) {
    if (id.valid()) {
        out += "\"o";
        out += std::to_string(id.value);
        out += '"';
    } else {
        out += "null";
    }
}

void appendIds(std::string& out, const std::vector<ObjectId>& ids) {
    out += '[';
    for (std::size_t i = 0; i < ids.size(); ++i) {
        out += i ? ", " : "";
        appendId(out, ids[i]);
    }
    out += ']';
}

void appendNamedRefs(std::string& out, const std::vector<NamedRef>& refs) {
    out += '[';
    for (std::size_t i = 0; i < refs.size(); ++i) {
        out += i ? ", [" : "[";
        appendQuoted(out, refs[i].first);
        out += ", ";
        appendId(out, refs[i].second);
        out += ']';
    }
    out += ']';
}

// `, "key": ` before each field after the first.
void appendKey(std::string& out, std::string_view key, bool& first) {
    out += first ? "\"" : ", \"";
    first = false;
    out += key;
    out += "\": ";
}

bool isOneOf(std::string_view type, std::initializer_list<std::string_view> types) {
    for (std::string_view t : types) {
        if (t == type) {
            return true;
        }
    }
    return false;
}

// The object's fields without braces: "type" first, then the fields its type always has (see
// trace-format.md), then any other field that is not empty.
void appendObjectFields(std::string& out, const HeapObject& o, bool& first) {
    const std::string_view type = o.type;
    const bool scalar = isOneOf(type, {"int", "float", "str", "bool", "NoneType", "range"});
    const bool sequence = isOneOf(type, {"list", "tuple", "set", "frozenset"});
    const bool named =
        isOneOf(type, {"class", "function", "module", "method", "builtin_function_or_method"});
    appendKey(out, "type", first);
    appendQuoted(out, o.type);
    if (scalar || !o.value.empty() || o.emptyValueShown) {
        appendKey(out, "value", first);
        appendQuoted(out, o.value);
    }
    if (named || !o.name.empty()) {
        appendKey(out, "name", first);
        appendQuoted(out, o.name);
    }
    // Only when there are any: a class without bases keeps the shape it had before `bases`.
    if (!o.bases.empty()) {
        appendKey(out, "bases", first);
        out += '[';
        for (std::size_t i = 0; i < o.bases.size(); ++i) {
            out += i ? ", " : "";
            appendQuoted(out, o.bases[i]);
        }
        out += ']';
    }
    if (type == "instance" || !o.className.empty()) {
        appendKey(out, "class", first);
        appendQuoted(out, o.className);
    }
    if (sequence || !o.items.empty()) {
        appendKey(out, "items", first);
        appendIds(out, o.items);
    }
    if (type == "dict" || !o.entries.empty()) {
        appendKey(out, "entries", first);
        out += '[';
        for (std::size_t i = 0; i < o.entries.size(); ++i) {
            out += i ? ", [" : "[";
            appendId(out, o.entries[i].first);
            out += ", ";
            appendId(out, o.entries[i].second);
            out += ']';
        }
        out += ']';
    }
    if (isOneOf(type, {"instance", "class"}) || !o.attrs.empty()) {
        appendKey(out, "attrs", first);
        appendNamedRefs(out, o.attrs);
    }
    const bool function = type == "function";
    if (function || !o.params.empty()) {
        appendKey(out, "params", first);
        out += '[';
        for (std::size_t i = 0; i < o.params.size(); ++i) {
            out += i ? ", " : "";
            appendQuoted(out, o.params[i]);
        }
        out += ']';
    }
    if (function || !o.defaults.empty()) {
        appendKey(out, "defaults", first);
        appendIds(out, o.defaults);
    }
    if (function || !o.closure.empty()) {
        appendKey(out, "closure", first);
        appendNamedRefs(out, o.closure);
    }
    if (o.frame.valid()) {
        appendKey(out, "frame", first);
        out += std::to_string(o.frame.value);
    }
}

const char* opName(MutateOp op) {
    switch (op) {
    case MutateOp::SetItem:
        return "set_item";
    case MutateOp::Insert:
        return "insert";
    case MutateOp::Remove:
        return "remove";
    case MutateOp::SetAttr:
        return "set_attr";
    case MutateOp::DelAttr:
        return "del_attr";
    case MutateOp::Clear:
        return "clear";
    case MutateOp::Replace:
        return "replace";
    }
    return "unknown";
}

void appendEvent(std::string& out, const Event& e) {
    bool first = true;
    out += '{';
    appendKey(out, "kind", first);
    auto frame = [&] {
        appendKey(out, "frame", first);
        out += std::to_string(e.frame.value);
    };
    auto name = [&] {
        appendKey(out, "name", first);
        appendQuoted(out, e.name);
    };
    auto object = [&](std::string_view key, ObjectId id) {
        appendKey(out, key, first);
        appendId(out, id);
    };
    switch (e.kind) {
    case EventKind::FramePush:
        out += "\"frame_push\"";
        frame();
        appendKey(out, "function", first);
        appendQuoted(out, e.function);
        if (e.isClassBody) {
            appendKey(out, "is_class_body", first);
            out += "true";
        }
        if (e.suspended) {
            appendKey(out, "resume", first);
            out += "true";
        }
        if (e.index != 0) {
            appendKey(out, "line", first);
            out += std::to_string(e.index);
        }
        break;
    case EventKind::FramePop:
        out += "\"frame_pop\"";
        frame();
        object("return", e.object);
        if (e.suspended) {
            appendKey(out, "suspend", first);
            out += "true";
        }
        break;
    case EventKind::Allocate:
        out += "\"allocate\"";
        object("object", e.object);
        appendObjectFields(out, e.contents, first);
        break;
    case EventKind::Bind:
        out += "\"bind\"";
        frame();
        name();
        object("object", e.object);
        break;
    case EventKind::Rebind:
        out += "\"rebind\"";
        frame();
        name();
        object("from", e.from);
        object("to", e.object);
        break;
    case EventKind::Unbind:
        out += "\"unbind\"";
        frame();
        name();
        break;
    case EventKind::Mutate: {
        out += "\"mutate\"";
        object("object", e.object);
        appendKey(out, "op", first);
        out += '"';
        out += opName(e.op);
        out += '"';
        const bool indexed =
            e.op == MutateOp::SetItem || e.op == MutateOp::Insert || e.op == MutateOp::Remove;
        if (e.key.valid()) {
            object("key", e.key);
        } else if (indexed) {
            appendKey(out, "index", first);
            out += std::to_string(e.index);
        }
        if (!e.name.empty()) {
            name();
        }
        if (e.value.valid()) {
            object("value", e.value);
        }
        if (e.op == MutateOp::Replace) {
            appendKey(out, "contents", first);
            out += '{';
            bool innerFirst = true;
            appendObjectFields(out, e.contents, innerFirst);
            out += '}';
        }
        break;
    }
    case EventKind::Free:
        out += "\"free\"";
        object("object", e.object);
        break;
    case EventKind::Output:
        out += "\"output\"";
        appendKey(out, "text", first);
        appendQuoted(out, e.text);
        break;
    case EventKind::Raise:
        out += "\"raise\"";
        appendKey(out, "type", first);
        appendQuoted(out, e.text);
        appendKey(out, "message", first);
        appendQuoted(out, e.message);
        if (e.object.valid()) {
            object("object", e.object);
        }
        break;
    }
    out += '}';
}

const char* stepEventName(StepKind kind) {
    switch (kind) {
    case StepKind::Line:
        return "line";
    case StepKind::Call:
        return "call";
    case StepKind::Return:
        return "return";
    case StepKind::Exception:
        return "exception";
    }
    return "line";
}

// `{"event": ..., "line": ...` and, on an exception step, its "exception": what every step of
// either form starts with.
void appendStepHead(std::string& out, const StepInfo& info) {
    out += "{\"event\": \"";
    out += stepEventName(info.kind);
    out += "\", \"line\": ";
    out += std::to_string(info.line);
    if (info.exception) {
        out += ", \"exception\": {\"type\": ";
        appendQuoted(out, info.exception->type);
        out += ", \"message\": ";
        appendQuoted(out, info.exception->message);
        out += '}';
    }
    if (info.handling) {
        out += ", \"handling\": ";
        appendId(out, *info.handling);
    }
}

void appendFrames(std::string& out, const std::vector<FrameState>& frames) {
    out += '[';
    for (std::size_t i = 0; i < frames.size(); ++i) {
        const FrameState& frame = frames[i];
        out += i ? ", {\"id\": " : "{\"id\": ";
        out += std::to_string(frame.id.value);
        out += ", \"function\": ";
        appendQuoted(out, frame.function);
        if (frame.isClassBody) {
            out += ", \"kind\": \"class\"";
        }
        out += ", \"line\": ";
        out += std::to_string(frame.line);
        out += ", \"vars\": ";
        appendNamedRefs(out, frame.vars);
        if (frame.returnValue) {
            out += ", \"return\": ";
            appendId(out, *frame.returnValue);
        }
        if (frame.yielded) {
            out += ", \"yield\": true";
        }
        if (frame.raising) {
            out += ", \"raising\": ";
            appendId(out, *frame.raising);
        }
        out += '}';
    }
    out += ']';
}

void appendState(std::string& out, const ProgramState& state) {
    out += ", \"frames\": ";
    appendFrames(out, state.frames);
    if (!state.suspended.empty()) {
        out += ", \"suspended\": ";
        appendFrames(out, state.suspended);
    }
    out += ", \"heap\": {";
    bool firstObject = true;
    for (const auto& [id, object] : state.heap) {
        out += firstObject ? "" : ", ";
        firstObject = false;
        appendId(out, id);
        out += ": {";
        bool first = true;
        appendObjectFields(out, object, first);
        out += '}';
    }
    out += "}, \"stdout\": ";
    appendQuoted(out, state.stdoutText);
}

void appendEventsAndClose(std::string& out, const std::vector<Event>& events) {
    out += ", \"events\": [";
    for (std::size_t i = 0; i < events.size(); ++i) {
        out += i ? ", " : "";
        appendEvent(out, events[i]);
    }
    out += "]}";
}

// A step of the full form: the whole state after it.
void appendStep(std::string& out, const StepInfo& info, const ProgramState& state,
                const std::vector<Event>& events) {
    appendStepHead(out, info);
    appendState(out, state);
    appendEventsAndClose(out, events);
}

// A key step of the compact form: a full step marked "key".
void appendKeyStep(std::string& out, const StepInfo& info, const ProgramState& state,
                   const std::vector<Event>& events) {
    appendStepHead(out, info);
    out += ", \"key\": true";
    appendState(out, state);
    appendEventsAndClose(out, events);
}

// Any other step of the compact form. The full form shows a return value (and whether it is a
// yield, and the exception a frame raises) only on the innermost frame, which this step leaves
// out, so it carries them itself.
void appendEventStep(std::string& out, const StepInfo& info, const std::vector<Event>& events) {
    appendStepHead(out, info);
    if (info.kind == StepKind::Return && info.returnValue) {
        out += ", \"return\": ";
        appendId(out, *info.returnValue);
        if (info.yielded) {
            out += ", \"yield\": true";
        }
    }
    if (info.raising) {
        out += ", \"raising\": ";
        appendId(out, *info.raising);
    }
    appendEventsAndClose(out, events);
}

// Decides which steps of the compact form are key steps: the first, and then any step whose
// events would make more since the last key step than that key step has heap objects. A
// reader therefore never applies more events than the key step it starts from has objects,
// while key steps (each as big as its heap) come no more often than events add up to a heap.
class KeyStepRule {
public:
    // `events`: the step's own events; `heapAfter`: its heap size once they are applied.
    bool isKey(std::size_t events, std::size_t heapAfter) {
        const bool key = m_first || m_eventsSinceKey + events > m_keyHeap;
        m_first = false;
        if (key) {
            m_eventsSinceKey = 0;
            m_keyHeap = heapAfter;
        } else {
            m_eventsSinceKey += events;
        }
        return key;
    }

private:
    bool m_first = true;
    std::size_t m_eventsSinceKey = 0;
    std::size_t m_keyHeap = 0;
};

Diagnostic jsonLimitReached(const JsonOptions& options, std::size_t step, std::size_t steps,
                            int line) {
    std::string message = "the trace's JSON output reached " +
                          std::to_string(options.maxBytes >> 20) + " MB at step " +
                          std::to_string(step + 1) + " of " + std::to_string(steps) +
                          "; the later steps are left out - lower the step limit or raise the "
                          "JSON limit";
    return Diagnostic{kMemoryLimit, std::move(message), line, 0, {}};
}

} // namespace

std::string jsonQuote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    appendQuoted(out, text);
    return out;
}

void writeTraceJson(std::ostream& out, const RunResult& result) {
    writeTraceJson(out, result, result.trace.source());
}

void writeTraceJson(std::ostream& out, const RunResult& result, std::string_view source,
                    const JsonOptions& options) {
    std::string buffer = "{\"format\": \"memstep-trace\", \"version\": ";
    buffer += std::to_string(kTraceFormatVersion);
    if (options.compact) {
        buffer += ", \"compact\": true";
    }
    buffer += ", \"source\": ";
    appendQuoted(buffer, source);
    buffer += ", \"steps\": [";
    out << buffer;
    std::uint64_t written = buffer.size();
    const Trace& trace = result.trace;
    // The state after the last step written; the compact form changes it in place, so there it
    // is already the step being written (a copy per step would cost steps x heap, which that
    // form avoids). stdoutWritten: how much of its stdout the written steps had, for a cut.
    ProgramState state;
    ProgramState next; // the full form's step being written, still to become `state`
    std::size_t stdoutWritten = 0;
    KeyStepRule keys;
    std::optional<Diagnostic> cut;
    std::size_t stepsWritten = 0;
    for (std::size_t step = 0; step < trace.stepCount(); ++step) {
        const std::vector<Event> events = trace.events(step);
        const StepInfo info = trace.stepInfo(step);
        buffer.assign(step ? ",\n" : "\n");
        if (options.compact) {
            for (const Event& event : events) {
                applyEvent(state, event);
            }
            applyStepInfo(state, info);
            if (keys.isKey(events.size(), state.heap.size())) {
                appendKeyStep(buffer, info, state, events);
            } else {
                appendEventStep(buffer, info, events);
            }
        } else {
            next = state;
            for (const Event& event : events) {
                applyEvent(next, event);
            }
            applyStepInfo(next, info);
            appendStep(buffer, info, next, events);
        }
        if (options.maxBytes != 0 && written + buffer.size() > options.maxBytes) {
            cut = jsonLimitReached(options, step, trace.stepCount(), info.line);
            break;
        }
        written += buffer.size();
        out << buffer;
        ++stepsWritten;
        if (!options.compact) {
            state = std::move(next);
        }
        stdoutWritten = state.stdoutText.size();
    }
    buffer.assign(stepsWritten ? "\n], \"stdout\": " : "], \"stdout\": ");
    appendQuoted(buffer, cut ? std::string_view(state.stdoutText).substr(0, stdoutWritten)
                             : std::string_view(result.stdoutText));
    buffer += ", \"error\": ";
    const std::optional<Diagnostic>& error = cut ? cut : result.error;
    if (error) {
        buffer += "{\"type\": ";
        appendQuoted(buffer, error->type);
        buffer += ", \"message\": ";
        appendQuoted(buffer, error->message);
        buffer += ", \"line\": ";
        buffer += std::to_string(error->line);
        if (!error->traceback.empty()) {
            // What python3 would print on stderr, so a chained error can be checked whole.
            buffer += ", \"traceback\": ";
            appendQuoted(buffer, error->traceback);
        }
        buffer += '}';
    } else {
        buffer += "null";
    }
    buffer += "}\n";
    out << buffer;
}

} // namespace memstep::core
