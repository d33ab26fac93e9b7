#include "step_caption.h"

#include "object_text.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string_view>

namespace memstep::ui {

namespace {

using core::Event;
using core::EventKind;
using core::FrameId;
using core::HeapObject;
using core::MutateOp;
using core::ObjectId;
using core::ProgramState;

// Beyond these a value is cut with "…": a caption is read in one glance.
constexpr std::size_t kMaxItems = 5;
constexpr int kMaxDepth = 2;
constexpr std::size_t kMaxText = 40;
constexpr std::size_t kMaxSentences = 5;
constexpr std::size_t kMaxFreedNamed = 3;
const char* const kEllipsis = "\xE2\x80\xA6";

const HeapObject* findObject(const ProgramState& state, ObjectId id) {
    auto it = state.heap.find(id);
    return it == state.heap.end() ? nullptr : &it->second;
}

std::string clip(std::string text) {
    if (text.size() <= kMaxText) {
        return text;
    }
    // Cut on a UTF-8 character boundary.
    std::size_t cut = kMaxText;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    return text.substr(0, cut) + kEllipsis;
}

bool isNamed(const std::string& type) {
    return type == "function" || type == "class" || type == "module" || type == "method" ||
           type == "builtin_function_or_method";
}

std::string shortValue(const ProgramState& state, ObjectId id, int depth = 0,
                       const std::string& as = {});

std::string joinItems(const ProgramState& state, const std::vector<ObjectId>& items, int depth) {
    std::string text;
    for (std::size_t i = 0; i < items.size() && i < kMaxItems; ++i) {
        if (i > 0) {
            text += ", ";
        }
        text += shortValue(state, items[i], depth + 1);
    }
    if (items.size() > kMaxItems) {
        text += std::string(", ") + kEllipsis;
    }
    return text;
}

// `as`: the type whose text to give (a deque's items written as a list's, a Counter's
// entries as a dict's); the object's own type when empty.
std::string shortValue(const ProgramState& state, ObjectId id, int depth, const std::string& as) {
    const HeapObject* object = findObject(state, id);
    if (object == nullptr) {
        return "?";
    }
    const std::string& type = as.empty() ? object->type : as;
    if (type == "str") {
        return "'" + clip(object->value) + "'";
    }
    if (type == "list" || type == "tuple" || type == "set" || type == "frozenset") {
        const char* open = type == "list" ? "[" : type == "tuple" ? "(" : "{";
        const char* close = type == "list" ? "]" : type == "tuple" ? ")" : "}";
        if (object->items.empty() && (type == "set" || type == "frozenset")) {
            return type + "()";
        }
        if (depth >= kMaxDepth && !object->items.empty()) {
            return std::string(open) + kEllipsis + close;
        }
        std::string inner = joinItems(state, object->items, depth);
        if (type == "tuple" && object->items.size() == 1) {
            inner += ",";
        }
        return open + inner + close;
    }
    if (type == "deque") {
        return "deque(" + shortValue(state, id, depth, "list") + ")";
    }
    if (isMappingLike(*object) && type != "dict") {
        return type + "(" + shortValue(state, id, depth, "dict") + ")";
    }
    if (type == "dict") {
        if (depth >= kMaxDepth && !object->entries.empty()) {
            return std::string("{") + kEllipsis + "}";
        }
        std::string text = "{";
        for (std::size_t i = 0; i < object->entries.size() && i < kMaxItems; ++i) {
            if (i > 0) {
                text += ", ";
            }
            text += shortValue(state, object->entries[i].first, depth + 1) + ": " +
                    shortValue(state, object->entries[i].second, depth + 1);
        }
        if (object->entries.size() > kMaxItems) {
            text += std::string(", ") + kEllipsis;
        }
        return text + "}";
    }
    if (type == "instance") {
        return object->className + " object";
    }
    if (isNamed(type)) {
        return object->name;
    }
    return clip(object->value);
}

// "int 10", "list [1, 2]", "function f", "Point object", "None".
std::string describe(const ProgramState& state, ObjectId id) {
    const HeapObject* object = findObject(state, id);
    if (object == nullptr) {
        return "?";
    }
    if (object->type == "NoneType" || object->type == "instance") {
        return shortValue(state, id);
    }
    if (object->type == "builtin_function_or_method") {
        return "built-in function " + object->name;
    }
    // An exception without a message has no value to show: "the ValueError", not
    // "the ValueError  is".
    const std::string value = shortValue(state, id);
    return value.empty() ? object->type : object->type + " " + value;
}

// "the int 10" / "a new int 11" / "None".
std::string objectPhrase(const ProgramState& state, ObjectId id, bool isNew) {
    const HeapObject* object = findObject(state, id);
    if (object != nullptr && object->type == "NoneType") {
        return "None";
    }
    return (isNew ? "a new " : "the ") + describe(state, id);
}

std::string functionName(const ProgramState& state, FrameId frame) {
    for (const auto* frames : {&state.frames, &state.suspended}) {
        for (const core::FrameState& f : *frames) {
            if (f.id == frame) {
                return f.function;
            }
        }
    }
    return "?";
}

// Names in `state`'s frames referring to `id`, except `except` in frame `exceptFrame`.
std::vector<std::string> namesOf(const ProgramState& state, ObjectId id, FrameId exceptFrame,
                                 const std::string& except) {
    std::vector<std::string> names;
    for (const core::FrameState& frame : state.frames) {
        for (const core::NamedRef& var : frame.vars) {
            if (var.second == id && !(frame.id == exceptFrame && var.first == except) &&
                std::find(names.begin(), names.end(), var.first) == names.end()) {
                names.push_back(var.first);
            }
        }
    }
    return names;
}

std::string joinAnd(const std::vector<std::string>& parts) {
    std::string text;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            text += i + 1 == parts.size() ? " and " : ", ";
        }
        text += parts[i];
    }
    return text;
}

std::string describeMutation(const ProgramState& before, const ProgramState& after,
                             const Event& event) {
    const HeapObject* object = findObject(after, event.object);
    const std::string type = object != nullptr ? object->type : std::string();
    const std::string value = shortValue(after, event.value);
    std::string change;
    switch (event.op) {
    case MutateOp::SetItem:
        if (isMappingLike(*object)) {
            const HeapObject* old = findObject(before, event.object);
            bool existed = false;
            if (old != nullptr) {
                for (const auto& entry : old->entries) {
                    existed = existed || entry.first == event.key;
                }
            }
            const std::string key = shortValue(after, event.key);
            change = existed ? "key " + key + " now maps to " + value
                             : "key " + key + " added, mapping to " + value;
        } else {
            change = "item " + std::to_string(event.index) + " set to " + value;
        }
        break;
    case MutateOp::Insert:
        if (object != nullptr && isIndexedSequence(*object) &&
            event.index + 1 == std::int64_t(object->items.size())) {
            change = "item " + value + " appended";
        } else if (object != nullptr && isIndexedSequence(*object)) {
            change = value + " inserted at index " + std::to_string(event.index);
        } else {
            change = value + " added";
        }
        break;
    case MutateOp::Remove:
        if (object != nullptr && isMappingLike(*object)) {
            change = "key " + shortValue(before, event.key) + " removed";
        } else if (object != nullptr && isIndexedSequence(*object)) {
            change = "the item at index " + std::to_string(event.index) + " removed";
        } else {
            change = "an item removed";
        }
        break;
    case MutateOp::SetAttr:
        change = "attribute " + event.name + " set to " + value;
        break;
    case MutateOp::DelAttr:
        change = "attribute " + event.name + " deleted";
        break;
    case MutateOp::Clear:
        change = "emptied";
        break;
    case MutateOp::Replace:
        change = "its contents replaced";
        break;
    }
    return "the " + describe(after, event.object) + " was changed: " + change;
}

// Sentences that open with the caption's own words start with a capital; those that open
// with a name from the program keep its spelling (`a` is not `A` in Python).
bool opensWithName(const std::string& sentence, const ProgramState& before,
                   const ProgramState& after, const std::vector<Event>& events) {
    std::set<std::string> names;
    for (const Event& event : events) {
        names.insert(event.name);
        names.insert(event.function);
    }
    for (const ProgramState* state : {&before, &after}) {
        for (const core::FrameState& frame : state->frames) {
            names.insert(frame.function);
        }
        for (const core::FrameState& frame : state->suspended) {
            names.insert(frame.function);
        }
    }
    for (const std::string& name : names) {
        if (!name.empty() && sentence.compare(0, name.size(), name) == 0 &&
            (sentence.size() == name.size() || sentence[name.size()] == ' ' ||
             sentence[name.size()] == '(' || sentence[name.size()] == '\'')) {
            return true;
        }
    }
    return false;
}

} // namespace

namespace {

// The function a frame runs, as a caption names who raises: "parse", or "the program" for the
// module's own code.
std::string raiserName(const std::string& function) {
    return function == "<module>" ? "the program" : function;
}

// "ValueError: bad value" for the exception object `id`, from its type and `value`.
std::string exceptionText(const ProgramState& state, ObjectId id) {
    const HeapObject* object = findObject(state, id);
    if (object == nullptr) {
        return "the error";
    }
    const std::string type = object->type == "instance" ? object->className : object->type;
    return object->value.empty() ? type : type + ": " + clip(object->value);
}

std::string exceptionType(const ProgramState& state, ObjectId id) {
    const HeapObject* object = findObject(state, id);
    if (object == nullptr) {
        return "the error";
    }
    return object->type == "instance" ? object->className : object->type;
}

// "f(1, 2) called: new frame with a -> 1, b -> 2" for the FramePush events[push]; the binds of
// its parameters that follow are said here and marked done.
std::string callSentence(const ProgramState& after, const std::vector<Event>& events,
                         std::size_t push, std::vector<bool>& done) {
    const Event& event = events[push];
    if (event.function == "<module>") {
        return "the program starts with an empty global frame";
    }
    if (event.isClassBody) {
        return "the body of class " + event.function + " runs in a new frame";
    }
    if (event.suspended) {
        return event.function + " resumes where it paused, with its variables";
    }
    // The parameters are the binds into the new frame that follow in this step.
    std::vector<std::string> args;
    std::vector<std::string> bound;
    for (std::size_t j = push + 1; j < events.size(); ++j) {
        const Event& bind = events[j];
        if (bind.kind == EventKind::Bind && bind.frame == event.frame) {
            args.push_back(shortValue(after, bind.object));
            bound.push_back(bind.name + " -> " + shortValue(after, bind.object));
            done[j] = true;
        }
    }
    std::string text = event.function + "(";
    for (std::size_t k = 0; k < args.size(); ++k) {
        text += (k > 0 ? ", " : "") + args[k];
    }
    text += ") called: new frame";
    for (std::size_t k = 0; k < bound.size(); ++k) {
        text += (k > 0 ? ", " : " with ") + bound[k];
    }
    return text;
}

// The objects a step allocates and frees.
struct Lifetimes {
    std::set<ObjectId> allocated;
    std::set<ObjectId> freed;
};

Lifetimes lifetimes(const std::vector<Event>& events) {
    Lifetimes result;
    for (const Event& event : events) {
        if (event.kind == EventKind::Allocate) {
            result.allocated.insert(event.object);
        } else if (event.kind == EventKind::Free) {
            result.freed.insert(event.object);
        }
    }
    return result;
}

std::string bindSentence(const ProgramState& after, const Event& event, const core::StepInfo& info,
                         const Lifetimes& life) {
    if (info.handling && event.object == *info.handling &&
        life.allocated.count(event.object) == 0) {
        return "the clause except " + exceptionType(after, event.object) + " catches it as " +
               event.name;
    }
    const bool isNew = life.allocated.count(event.object) != 0;
    const std::vector<std::string> others = namesOf(after, event.object, event.frame, event.name);
    if (!isNew && !others.empty()) {
        return event.name + " refers to the same " + describe(after, event.object) + " as " +
               joinAnd(others);
    }
    return event.name + " refers to " + objectPhrase(after, event.object, isNew);
}

std::string rebindSentence(const ProgramState& before, const ProgramState& after,
                           const Event& event, const Lifetimes& life) {
    const bool isNew = life.allocated.count(event.object) != 0;
    const std::vector<std::string> others = namesOf(after, event.object, event.frame, event.name);
    std::string text;
    if (!isNew && !others.empty()) {
        text = event.name + " now refers to the same " + describe(after, event.object) + " as " +
               joinAnd(others);
    } else {
        text = event.name + " now refers to " + objectPhrase(after, event.object, isNew);
    }
    // Names that referred to the old object before and still do: a name rebound in the same
    // step (a swap) does not "still" refer to anything.
    std::vector<std::string> stay;
    const std::vector<std::string> wasThere = namesOf(before, event.from, event.frame, event.name);
    for (const std::string& name : namesOf(after, event.from, event.frame, event.name)) {
        if (std::find(wasThere.begin(), wasThere.end(), name) != wasThere.end()) {
            stay.push_back(name);
        }
    }
    if (!stay.empty() && life.freed.count(event.from) == 0) {
        text += "; " + joinAnd(stay) +
                (stay.size() == 1 ? " still refers to " : " still refer to ") +
                shortValue(after, event.from);
    }
    return text;
}

std::string returnSentence(const ProgramState& before, const ProgramState& after,
                           const Event& event) {
    const std::string function = functionName(before, event.frame);
    const core::FrameState* popped = before.frames.empty() ? nullptr : &before.frames.back();
    if (function == "<module>") {
        return "the program ends";
    }
    if (popped != nullptr && popped->id == event.frame && popped->raising) {
        return function + "'s frame is gone, ended by the error";
    }
    if (event.suspended) {
        return function + " is paused: its frame keeps its variables for the next next()";
    }
    if (popped == nullptr || popped->id != event.frame) {
        return "the paused " + function + " is gone with its generator";
    }
    const std::string value =
        event.object.valid()
            ? shortValue(before.heap.count(event.object) != 0 ? before : after, event.object)
            : "None";
    return function + " returned " + value + ": its frame is gone";
}

// One sentence for all of a step's frees; empty when none is worth saying.
std::string freedSentence(const ProgramState& before, const std::vector<Event>& events) {
    // None is never freed in CPython: when the diagram stops drawing it, the caption says
    // nothing rather than something false.
    std::vector<std::string> names;
    std::string container;
    for (const Event& other : events) {
        const HeapObject* object = findObject(before, other.object);
        if (other.kind != EventKind::Free || (object != nullptr && object->type == "NoneType")) {
            continue;
        }
        names.push_back("the " + describe(before, other.object));
        const bool holds =
            object != nullptr && (!object->items.empty() || !object->entries.empty());
        if (container.empty() && holds) {
            container = names.back();
        }
    }
    if (names.empty()) {
        return {};
    }
    if (names.size() == 1) {
        return names.front() + " is no longer referenced and is freed";
    }
    if (names.size() <= kMaxFreedNamed) {
        return joinAnd(names) + " are no longer referenced and are freed";
    }
    if (!container.empty()) {
        return container + " and " + std::to_string(names.size() - 1) +
               " other objects are no longer referenced and are freed";
    }
    return std::to_string(names.size()) + " objects are no longer referenced and are freed";
}

// `printed "hello"`; empty when only newlines were printed.
std::string outputSentence(const Event& event) {
    std::string text = event.text;
    while (!text.empty() && text.back() == '\n') {
        text.pop_back();
    }
    return text.empty() ? std::string() : "printed \"" + clip(text) + "\"";
}

std::string raiseSentence(const ProgramState& after, const Event& event) {
    const std::string who =
        after.frames.empty() ? "the program" : raiserName(after.frames.back().function);
    return who + " raises " + event.text +
           (event.message.empty() ? "" : ": " + clip(event.message));
}

// What the events say, in event order.
std::vector<std::string> eventSentences(const ProgramState& before, const ProgramState& after,
                                        const std::vector<Event>& events,
                                        const core::StepInfo& info) {
    const Lifetimes life = lifetimes(events);
    std::vector<std::string> sentences;
    std::vector<bool> done(events.size(), false);
    bool freeSaid = false;
    auto addIfAny = [&sentences](std::string sentence) {
        if (!sentence.empty()) {
            sentences.push_back(std::move(sentence));
        }
    };
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (done[i]) {
            continue;
        }
        const Event& event = events[i];
        switch (event.kind) {
        case EventKind::FramePush:
            sentences.push_back(callSentence(after, events, i, done));
            break;
        case EventKind::Bind:
            sentences.push_back(bindSentence(after, event, info, life));
            break;
        case EventKind::Rebind:
            sentences.push_back(rebindSentence(before, after, event, life));
            break;
        case EventKind::Unbind:
            sentences.push_back("the name " + event.name + " is deleted");
            break;
        case EventKind::Mutate:
            sentences.push_back(describeMutation(before, after, event));
            break;
        case EventKind::FramePop:
            sentences.push_back(returnSentence(before, after, event));
            break;
        case EventKind::Free:
            if (!freeSaid) {
                freeSaid = true;
                addIfAny(freedSentence(before, events));
            }
            break;
        case EventKind::Output:
            addIfAny(outputSentence(event));
            break;
        case EventKind::Raise:
            sentences.push_back(raiseSentence(after, event));
            break;
        case EventKind::Allocate:
            break; // said by the bind, rebind or mutation that uses it
        }
    }
    return sentences;
}

// What the step's kind says beyond its events: an error leaving a frame or stopping the
// program, a value about to be returned or yielded, an exception arriving or being checked.
void addStepSentences(const ProgramState& before, const ProgramState& after,
                      const std::vector<Event>& events, const core::StepInfo& info,
                      std::vector<std::string>& sentences) {
    const bool raised = std::any_of(events.begin(), events.end(),
                                    [](const Event& e) { return e.kind == EventKind::Raise; });
    if (info.kind == core::StepKind::Return && info.raising && !after.frames.empty()) {
        const core::FrameState& frame = after.frames.back();
        if (after.frames.size() == 1) {
            // Nothing catches it: this is where the program crashes.
            sentences.push_back("the program stops: " + exceptionText(after, *info.raising));
        } else {
            sentences.push_back("the error leaves " + frame.function);
        }
    } else if (info.kind == core::StepKind::Return && info.yielded && !after.frames.empty()) {
        const core::FrameState& frame = after.frames.back();
        const std::string value = info.returnValue ? shortValue(after, *info.returnValue) : "None";
        sentences.push_back(frame.function + " yields " + value);
    } else if (info.kind == core::StepKind::Return && !after.frames.empty() &&
               after.frames.back().function != "<module>") {
        const core::FrameState& frame = after.frames.back();
        const std::string value = info.returnValue ? shortValue(after, *info.returnValue) : "None";
        sentences.push_back(frame.function + " is about to return " + value);
    }
    if (info.kind == core::StepKind::Exception && info.raising && !raised &&
        !after.frames.empty()) {
        // Not raised here: it came up from a call this frame made.
        sentences.push_back("the " + exceptionType(after, *info.raising) + " reaches " +
                            raiserName(after.frames.back().function));
    }
    if (info.kind == core::StepKind::Line && info.handling && !before.frames.empty() &&
        before.frames.back().raising == info.handling && !after.frames.empty() &&
        before.frames.back().id == after.frames.back().id) {
        sentences.push_back("an except clause checks the " + exceptionType(after, *info.handling));
    }
    if (sentences.empty()) {
        if (info.kind == core::StepKind::Exception && info.exception) {
            sentences.push_back(info.exception->type + " raised");
        } else {
            sentences.push_back("line " + std::to_string(info.line) +
                                " runs next; nothing changed in memory");
        }
    }
}

// The first kMaxSentences sentences joined with "; ", and how many more were left out.
std::string joinSentences(const std::vector<std::string>& sentences) {
    std::string caption;
    for (std::size_t i = 0; i < sentences.size() && i < kMaxSentences; ++i) {
        caption += (i > 0 ? "; " : "") + sentences[i];
    }
    if (sentences.size() > kMaxSentences) {
        caption += "; and " + std::to_string(sentences.size() - kMaxSentences) + " more changes";
    }
    return caption;
}

} // namespace

std::string describeObject(const ProgramState& state, ObjectId id) {
    return describe(state, id);
}

std::string describeStep(const ProgramState& before, const ProgramState& after,
                         const std::vector<Event>& events, const core::StepInfo& info) {
    std::vector<std::string> sentences = eventSentences(before, after, events, info);
    addStepSentences(before, after, events, info, sentences);
    std::string caption = joinSentences(sentences);
    if (!opensWithName(caption, before, after, events)) {
        caption[0] = char(std::toupper(static_cast<unsigned char>(caption[0])));
    }
    // A caption ending in a cut value ends with its ellipsis, not "….".
    const std::string_view ellipsis(kEllipsis);
    if (caption.size() >= ellipsis.size() &&
        caption.compare(caption.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0) {
        return caption;
    }
    return caption + ".";
}

} // namespace memstep::ui
