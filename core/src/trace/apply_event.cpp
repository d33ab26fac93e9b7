// applyEvent / applyStepInfo: the one definition of what an event does to a state.
//
// The recorder, the trace's replay from checkpoints and the JSON writer all go through these
// two functions, so "the state at step N" means the same thing everywhere. Every check
// happens before the state is touched: a rejected event leaves the state exactly as it was.
//
// Semantics, per event kind:
//   FramePush  appends {frame, function, isClassBody}; the id must be new. With `suspended`,
//              moves that frame from `suspended` back onto the stack, variables and all.
//   FramePop   removes the frame with that id, which must be the innermost one; with
//              `suspended`, moves it to the end of `suspended` instead. A FramePop of a frame
//              in `suspended` (without the flag) drops it: its generator is gone.
//   Bind       appends (name, object) to the frame's vars; the name must not be bound yet.
//   Rebind     replaces the name's target in place; its current target must equal `from`.
//   Unbind     removes the name from the frame's vars.
//   Allocate   inserts heap[object] = contents; the id must be new.
//   Free       erases heap[object]; the object must exist.
//   Mutate     changes heap[object] by `op` (see MutateOp): sequences and sets use `index`
//              into `items`; a dict (type "dict", or any Mutate carrying a `key`) uses the
//              entry with `key`; SetAttr/DelAttr use `name` in `attrs`; Clear empties items,
//              entries and attrs; Replace sets the whole object to `contents`.
//   Output     appends `text` to stdoutText.
//   Raise      changes nothing (the step's ExceptionInfo carries the exception).
// applyStepInfo() then puts the step's line on the innermost frame; a frame shows a return
// value only on its own Return step (as CPython's 'return' event carries it), so any earlier
// one is cleared first.
// References to objects are not checked against the heap: an object may point at another
// that is allocated by a later event of the same step (cycles have no valid order).
#include "memstep/trace.h"

#include <algorithm>

namespace memstep::core {

namespace {

bool fail(std::string* why, std::string message) {
    if (why) {
        *why = std::move(message);
    }
    return false;
}

std::string frameText(FrameId id) {
    return "frame " + std::to_string(id.value);
}

FrameState* findFrame(ProgramState& state, FrameId id) {
    for (auto& frame : state.frames) {
        if (frame.id == id) {
            return &frame;
        }
    }
    return nullptr;
}

std::vector<FrameState>::iterator findSuspended(ProgramState& state, FrameId id) {
    return std::find_if(state.suspended.begin(), state.suspended.end(),
                        [&](const FrameState& frame) { return frame.id == id; });
}

std::vector<NamedRef>::iterator findName(std::vector<NamedRef>& refs, const std::string& name) {
    return std::find_if(refs.begin(), refs.end(),
                        [&](const NamedRef& ref) { return ref.first == name; });
}

bool isDictOp(const HeapObject& object, const Event& event) {
    return object.type == "dict" || event.key.valid();
}

bool applyMutate(ProgramState& state, const Event& event, std::string* why) {
    auto found = state.heap.find(event.object);
    if (found == state.heap.end()) {
        return fail(why, "mutate of unknown object " + toString(event.object));
    }
    HeapObject& object = found->second;
    const std::string target = toString(event.object);
    const auto size = static_cast<std::int64_t>(object.items.size());
    switch (event.op) {
    case MutateOp::SetItem:
        if (isDictOp(object, event)) {
            if (!event.key.valid()) {
                return fail(why, "set_item on dict " + target + " without a key");
            }
            std::ptrdiff_t entry = findEntry(object, event.key, event.index);
            if (entry < 0) {
                object.entries.emplace_back(event.key, event.value);
            } else {
                object.entries[static_cast<std::size_t>(entry)].second = event.value;
            }
            return true;
        }
        if (event.index < 0 || event.index >= size) {
            return fail(why, "set_item index " + std::to_string(event.index) +
                                 " out of range for " + target);
        }
        object.items[static_cast<std::size_t>(event.index)] = event.value;
        return true;
    case MutateOp::Insert:
        if (event.index < 0 || event.index > size) {
            return fail(why, "insert index " + std::to_string(event.index) + " out of range for " +
                                 target);
        }
        object.items.insert(object.items.begin() + event.index, event.value);
        return true;
    case MutateOp::Remove:
        if (isDictOp(object, event)) {
            std::ptrdiff_t entry = findEntry(object, event.key, event.index);
            if (entry < 0) {
                return fail(why,
                            "remove of missing key " + toString(event.key) + " from " + target);
            }
            object.entries.erase(object.entries.begin() + entry);
            return true;
        }
        if (event.index < 0 || event.index >= size) {
            return fail(why, "remove index " + std::to_string(event.index) + " out of range for " +
                                 target);
        }
        object.items.erase(object.items.begin() + event.index);
        return true;
    case MutateOp::SetAttr: {
        if (event.name.empty()) {
            return fail(why, "set_attr without a name on " + target);
        }
        auto attr = findName(object.attrs, event.name);
        if (attr == object.attrs.end()) {
            object.attrs.emplace_back(event.name, event.value);
        } else {
            attr->second = event.value;
        }
        return true;
    }
    case MutateOp::DelAttr: {
        auto attr = findName(object.attrs, event.name);
        if (attr == object.attrs.end()) {
            return fail(why, "del_attr of missing attribute '" + event.name + "' on " + target);
        }
        object.attrs.erase(attr);
        return true;
    }
    case MutateOp::Clear:
        object.items.clear();
        object.entries.clear();
        object.attrs.clear();
        return true;
    case MutateOp::Replace:
        object = event.contents;
        return true;
    }
    return fail(why, "unknown mutate op on " + target);
}

} // namespace

std::ptrdiff_t findEntry(const HeapObject& dict, ObjectId key, std::int64_t hint) {
    const auto size = static_cast<std::int64_t>(dict.entries.size());
    if (hint >= 0 && hint < size && dict.entries[static_cast<std::size_t>(hint)].first == key) {
        return static_cast<std::ptrdiff_t>(hint);
    }
    if (hint == size && size > 0) {
        return -1;
    }
    auto entry = std::find_if(dict.entries.begin(), dict.entries.end(),
                              [&](const auto& e) { return e.first == key; });
    return entry == dict.entries.end() ? -1 : entry - dict.entries.begin();
}

bool applyEvent(ProgramState& state, const Event& event, std::string* why) {
    switch (event.kind) {
    case EventKind::FramePush: {
        if (!event.frame.valid()) {
            return fail(why, "frame_push without a frame id");
        }
        if (findFrame(state, event.frame)) {
            return fail(why, "frame_push of existing " + frameText(event.frame));
        }
        auto paused = findSuspended(state, event.frame);
        if (event.suspended) {
            if (paused == state.suspended.end()) {
                return fail(why,
                            "resume of " + frameText(event.frame) + ", which is not suspended");
            }
            state.frames.push_back(std::move(*paused));
            state.suspended.erase(paused);
            return true;
        }
        if (paused != state.suspended.end()) {
            return fail(why, "frame_push of suspended " + frameText(event.frame));
        }
        FrameState frame;
        frame.id = event.frame;
        frame.function = event.function;
        frame.isClassBody = event.isClassBody;
        frame.line = static_cast<int>(event.index);
        state.frames.push_back(std::move(frame));
        return true;
    }
    case EventKind::FramePop: {
        if (!state.frames.empty() && state.frames.back().id == event.frame) {
            if (event.suspended) {
                FrameState frame = std::move(state.frames.back());
                frame.returnValue.reset();
                frame.raising.reset();
                frame.yielded = false;
                state.suspended.push_back(std::move(frame));
            }
            state.frames.pop_back();
            return true;
        }
        auto paused = findSuspended(state, event.frame);
        if (!event.suspended && paused != state.suspended.end()) {
            state.suspended.erase(paused);
            return true;
        }
        return fail(why, "frame_pop of " + frameText(event.frame) +
                             ", which is not the innermost frame");
    }
    case EventKind::Bind: {
        FrameState* frame = findFrame(state, event.frame);
        if (!frame) {
            return fail(why, "bind of '" + event.name + "' in unknown " + frameText(event.frame));
        }
        if (findName(frame->vars, event.name) != frame->vars.end()) {
            return fail(why,
                        "bind of '" + event.name + "', already bound in " + frameText(event.frame));
        }
        frame->vars.emplace_back(event.name, event.object);
        return true;
    }
    case EventKind::Rebind: {
        FrameState* frame = findFrame(state, event.frame);
        if (!frame) {
            return fail(why, "rebind of '" + event.name + "' in unknown " + frameText(event.frame));
        }
        auto var = findName(frame->vars, event.name);
        if (var == frame->vars.end()) {
            return fail(why, "rebind of unbound '" + event.name + "' in " + frameText(event.frame));
        }
        if (var->second != event.from) {
            return fail(why, "rebind of '" + event.name + "' from " + toString(event.from) +
                                 ", but it names " + toString(var->second));
        }
        var->second = event.object;
        return true;
    }
    case EventKind::Unbind: {
        FrameState* frame = findFrame(state, event.frame);
        if (!frame) {
            return fail(why, "unbind of '" + event.name + "' in unknown " + frameText(event.frame));
        }
        auto var = findName(frame->vars, event.name);
        if (var == frame->vars.end()) {
            return fail(why, "unbind of unbound '" + event.name + "' in " + frameText(event.frame));
        }
        frame->vars.erase(var);
        return true;
    }
    case EventKind::Allocate:
        if (!event.object.valid()) {
            return fail(why, "allocate without an object id");
        }
        if (!state.heap.try_emplace(event.object, event.contents).second) {
            return fail(why, "allocate of existing object " + toString(event.object));
        }
        return true;
    case EventKind::Free:
        if (state.heap.erase(event.object) == 0) {
            return fail(why, "free of unknown object " + toString(event.object));
        }
        return true;
    case EventKind::Mutate:
        return applyMutate(state, event, why);
    case EventKind::Output:
        state.stdoutText += event.text;
        return true;
    case EventKind::Raise:
        return true;
    }
    return fail(why, "unknown event kind");
}

void applyStepInfo(ProgramState& state, const StepInfo& info) {
    for (FrameState& frame : state.frames) {
        frame.returnValue.reset();
        frame.raising.reset();
        frame.yielded = false;
    }
    if (state.frames.empty()) {
        return;
    }
    FrameState& innermost = state.frames.back();
    innermost.line = info.line;
    if (info.kind == StepKind::Return) {
        innermost.returnValue = info.returnValue;
        innermost.yielded = info.yielded;
    }
    innermost.raising = info.raising;
}

} // namespace memstep::core
