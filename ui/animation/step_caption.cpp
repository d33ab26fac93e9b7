#include "step_caption.h"

#include "object_text.h"
#include "step_caption_text.h"
#include "step_caption_values.h"

#include <algorithm>
#include <map>
#include <set>

namespace memstep::ui {

namespace {

using caption::python;
using caption::StepCaption;
using core::Event;
using core::EventKind;
using core::HeapObject;
using core::MutateOp;
using core::ObjectId;
using core::ProgramState;

// Beyond these a caption is cut: it is read in one glance.
constexpr qsizetype kMaxSentences = 5;
constexpr std::size_t kMaxFreedNamed = 3;

QString value(const ProgramState& state, ObjectId id) {
    return python(caption::shortValue(state, id));
}

QStringList pythonTexts(const std::vector<std::string>& texts) {
    QStringList result;
    for (const std::string& text : texts) {
        result.append(python(text));
    }
    return result;
}

QString number(std::int64_t n) {
    return python(std::to_string(n));
}

// The change a mutation made, after "the list [1, 2] was changed: ".
QString mutationChange(const ProgramState& before, const ProgramState& after, const Event& event) {
    const HeapObject* object = caption::findObject(after, event.object);
    const QString item = value(after, event.value);
    const bool mapping = object != nullptr && isMappingLike(*object);
    const bool sequence = object != nullptr && isIndexedSequence(*object);
    switch (event.op) {
    case MutateOp::SetItem:
        if (mapping) {
            const HeapObject* old = caption::findObject(before, event.object);
            const bool existed =
                old != nullptr &&
                std::any_of(old->entries.begin(), old->entries.end(),
                            [&](const auto& entry) { return entry.first == event.key; });
            const QString key = value(after, event.key);
            return existed ? StepCaption::tr("key %1 now maps to %2").arg(key, item)
                           : StepCaption::tr("key %1 added, mapping to %2").arg(key, item);
        }
        //: %1 is the item's index, %2 its new value.
        return StepCaption::tr("item %1 set to %2").arg(number(event.index), item);
    case MutateOp::Insert:
        if (sequence && event.index + 1 == std::int64_t(object->items.size())) {
            //: %1 is the value appended at the end of a list.
            return StepCaption::tr("item %1 appended").arg(item);
        }
        if (sequence) {
            return StepCaption::tr("%1 inserted at index %2").arg(item, number(event.index));
        }
        //: %1 is the value added to a set.
        return StepCaption::tr("%1 added").arg(item);
    case MutateOp::Remove:
        if (mapping) {
            return StepCaption::tr("key %1 removed").arg(value(before, event.key));
        }
        if (sequence) {
            return StepCaption::tr("the item at index %1 removed").arg(number(event.index));
        }
        return StepCaption::tr("an item removed");
    case MutateOp::SetAttr:
        return StepCaption::tr("attribute %1 set to %2").arg(python(event.name), item);
    case MutateOp::DelAttr:
        return StepCaption::tr("attribute %1 deleted").arg(python(event.name));
    case MutateOp::Clear:
        //: A list, dict or set was emptied.
        return StepCaption::tr("emptied");
    case MutateOp::Replace:
        //: An object's contents were replaced as a whole (a list sorted in place, a slice set).
        return StepCaption::tr("its contents replaced");
    }
    return {};
}

QString mutationSentence(const ProgramState& before, const ProgramState& after,
                         const Event& event) {
    //: %1 names the object ("list [1, 2, 3]"), %2 says what changed ("item 3 appended").
    return StepCaption::tr("the %1 was changed: %2")
        .arg(caption::label(after, event.object), mutationChange(before, after, event));
}

// "f(1, 2) called: new frame with a -> 1, b -> 2" for the FramePush events[push]; the binds of
// its parameters that follow are said here and marked done.
QString callSentence(const ProgramState& after, const std::vector<Event>& events, std::size_t push,
                     std::vector<bool>& done) {
    const Event& event = events[push];
    if (event.function == "<module>") {
        return StepCaption::tr("the program starts with an empty global frame");
    }
    if (event.isClassBody) {
        return StepCaption::tr("the body of class %1 runs in a new frame")
            .arg(python(event.function));
    }
    if (event.suspended) {
        //: %1 is a generator function that was paused at a yield.
        return StepCaption::tr("%1 resumes where it paused, with its variables")
            .arg(python(event.function));
    }
    // The parameters are the binds into the new frame that follow in this step.
    std::string call = event.function + "(";
    QStringList bound;
    for (std::size_t j = push + 1; j < events.size(); ++j) {
        const Event& bind = events[j];
        if (bind.kind == EventKind::Bind && bind.frame == event.frame) {
            const std::string argument = caption::shortValue(after, bind.object);
            call += (bound.isEmpty() ? "" : ", ") + argument;
            bound.append(python(bind.name + " -> " + argument));
            done[j] = true;
        }
    }
    call += ")";
    if (bound.isEmpty()) {
        //: %1 is the call, as "f()".
        return StepCaption::tr("%1 called: new frame").arg(python(call));
    }
    //: %1 is the call, as "f(3, 4)"; %2 its parameters and what they refer to, "n -> 3, m -> 4".
    return StepCaption::tr("%1 called: new frame with %2")
        .arg(python(call), caption::joinCommas(bound));
}

// The objects a step allocates and frees, and the names it has bound so far to each object it
// made: in `x = y = []` both names get the one new list.
struct Lifetimes {
    std::set<ObjectId> allocated;
    std::set<ObjectId> freed;
    std::map<ObjectId, std::vector<std::string>> namedNew;
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

// "x refers to ..." for a first bind, "x now refers to ..." for a rebind.
QString refersSentence(const ProgramState& after, const Event& event, Lifetimes& life,
                       bool rebind) {
    const QString name = python(event.name);
    const QString object = caption::label(after, event.object);
    const bool isNew = life.allocated.count(event.object) != 0;
    // A new object already bound in this step is the same one again, not another new one.
    std::vector<std::string> others =
        isNew ? life.namedNew[event.object]
              : caption::namesOf(after, event.object, event.frame, event.name);
    if (isNew) {
        life.namedNew[event.object].push_back(event.name);
    }
    if (!others.empty()) {
        const QString names = caption::joinAnd(pythonTexts(others));
        //: %1 is a name, %2 the object it refers to ("int 10"), %3 the names already referring
        //: to that object.
        return rebind
                   ? StepCaption::tr("%1 now refers to the same %2 as %3").arg(name, object, names)
                   : StepCaption::tr("%1 refers to the same %2 as %3").arg(name, object, names);
    }
    if (caption::isNone(after, event.object)) {
        //: %2 is None.
        return rebind ? StepCaption::tr("%1 now refers to %2").arg(name, object)
                      : StepCaption::tr("%1 refers to %2").arg(name, object);
    }
    if (isNew) {
        //: %1 is a name, %2 the object just made ("int 11", "list [1, 2]").
        return rebind ? StepCaption::tr("%1 now refers to a new %2").arg(name, object)
                      : StepCaption::tr("%1 refers to a new %2").arg(name, object);
    }
    //: %1 is a name, %2 an object that existed before ("int 10", "function f").
    return rebind ? StepCaption::tr("%1 now refers to the %2").arg(name, object)
                  : StepCaption::tr("%1 refers to the %2").arg(name, object);
}

QString bindSentence(const ProgramState& after, const Event& event, const core::StepInfo& info,
                     Lifetimes& life) {
    if (info.handling && event.object == *info.handling &&
        life.allocated.count(event.object) == 0) {
        //: "except ValueError as err": %1 is the exception's type, %2 the name it is caught as.
        return StepCaption::tr("the clause except %1 catches it as %2")
            .arg(python(caption::exceptionType(after, event.object)), python(event.name));
    }
    return refersSentence(after, event, life, false);
}

QString rebindSentence(const ProgramState& before, const ProgramState& after, const Event& event,
                       Lifetimes& life) {
    QString text = refersSentence(after, event, life, true);
    // Names that referred to the old object before and still do: a name rebound in the same
    // step (a swap) does not "still" refer to anything.
    QStringList stay;
    const std::vector<std::string> wasThere =
        caption::namesOf(before, event.from, event.frame, event.name);
    for (const std::string& name : caption::namesOf(after, event.from, event.frame, event.name)) {
        if (std::find(wasThere.begin(), wasThere.end(), name) != wasThere.end()) {
            stay.append(python(name));
        }
    }
    if (stay.isEmpty() || life.freed.count(event.from) != 0) {
        return text;
    }
    const QString old = value(after, event.from);
    //: The other names that kept the old object after a name moved away from it: "b still
    //: refers to 10"; %2 is the old object's value.
    const QString still =
        stay.size() == 1 ? StepCaption::tr("%1 still refers to %2").arg(stay.front(), old)
                         //: As "%1 still refers to %2", for several names: "b and c".
                         : StepCaption::tr("%1 still refer to %2").arg(caption::joinAnd(stay), old);
    return StepCaption::tr("%1; %2").arg(text, still);
}

QString returnSentence(const ProgramState& before, const ProgramState& after, const Event& event) {
    const std::string function = caption::functionName(before, event.frame);
    const QString name = python(function);
    const core::FrameState* popped = before.frames.empty() ? nullptr : &before.frames.back();
    if (function == "<module>") {
        return StepCaption::tr("the program ends");
    }
    if (popped != nullptr && popped->id == event.frame && popped->raising) {
        return StepCaption::tr("%1's frame is gone, ended by the error").arg(name);
    }
    if (event.suspended) {
        //: %1 is a generator function stopped at a yield; next() is Python's built-in.
        return StepCaption::tr("%1 is paused: its frame keeps its variables for the next next()")
            .arg(name);
    }
    if (popped == nullptr || popped->id != event.frame) {
        //: A paused generator function is dropped with its generator object.
        return StepCaption::tr("the paused %1 is gone with its generator").arg(name);
    }
    const QString result =
        event.object.valid()
            ? value(before.heap.count(event.object) != 0 ? before : after, event.object)
            : python("None");
    return StepCaption::tr("%1 returned %2: its frame is gone").arg(name, result);
}

// One sentence for all of a step's frees; empty when none is worth saying.
QString freedSentence(const ProgramState& before, const std::vector<Event>& events) {
    // None is never freed in CPython: when the diagram stops drawing it, the caption says
    // nothing rather than something false.
    QStringList names;
    QString container;
    for (const Event& other : events) {
        const HeapObject* object = caption::findObject(before, other.object);
        if (other.kind != EventKind::Free || (object != nullptr && object->type == "NoneType")) {
            continue;
        }
        //: One object freed, in a sentence saying it is: "the int 300", "the list [1, 2]".
        names.append(
            StepCaption::tr("the %1", "a freed object").arg(caption::label(before, other.object)));
        const bool holds =
            object != nullptr && (!object->items.empty() || !object->entries.empty());
        if (container.isEmpty() && holds) {
            container = names.back();
        }
    }
    if (names.isEmpty()) {
        return {};
    }
    if (names.size() == 1) {
        //: %1 is one object: "the int 300".
        return StepCaption::tr("%1 is no longer referenced and is freed").arg(names.front());
    }
    if (std::size_t(names.size()) <= kMaxFreedNamed) {
        //: %1 is a list of objects: "the str 'b' and the int 2".
        return StepCaption::tr("%1 are no longer referenced and are freed")
            .arg(caption::joinAnd(names));
    }
    if (!container.isEmpty()) {
        //: %1 is one object holding others ("the list [1, 2, 3]"); %n how many others go with it.
        return StepCaption::tr("%1 and %n other objects are no longer referenced and are freed",
                               nullptr, int(names.size() - 1))
            .arg(container);
    }
    return StepCaption::tr("%n objects are no longer referenced and are freed", nullptr,
                           int(names.size()));
}

// `printed "hello"`; empty when only newlines were printed.
QString outputSentence(const Event& event) {
    std::string text = event.text;
    while (!text.empty() && text.back() == '\n') {
        text.pop_back();
    }
    //: %1 is what the program printed, as it printed it.
    return text.empty() ? QString()
                        : StepCaption::tr("printed \"%1\"").arg(python(caption::clip(text)));
}

QString raiseSentence(const ProgramState& after, const Event& event) {
    const QString exception =
        python(event.text + (event.message.empty() ? "" : ": " + caption::clip(event.message)));
    if (after.frames.empty() || after.frames.back().function == "<module>") {
        //: %1 is the exception as Python prints it: "ValueError: bad value".
        return StepCaption::tr("the program raises %1").arg(exception);
    }
    //: %1 is a function, %2 the exception as Python prints it: "ValueError: bad value".
    return StepCaption::tr("%1 raises %2").arg(python(after.frames.back().function), exception);
}

// What the events say, in event order.
QStringList eventSentences(const ProgramState& before, const ProgramState& after,
                           const std::vector<Event>& events, const core::StepInfo& info) {
    Lifetimes life = lifetimes(events);
    QStringList sentences;
    std::vector<bool> done(events.size(), false);
    bool freeSaid = false;
    auto addIfAny = [&sentences](const QString& sentence) {
        if (!sentence.isEmpty()) {
            sentences.append(sentence);
        }
    };
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (done[i]) {
            continue;
        }
        const Event& event = events[i];
        switch (event.kind) {
        case EventKind::FramePush:
            sentences.append(callSentence(after, events, i, done));
            break;
        case EventKind::Bind:
            sentences.append(bindSentence(after, event, info, life));
            break;
        case EventKind::Rebind:
            sentences.append(rebindSentence(before, after, event, life));
            break;
        case EventKind::Unbind:
            sentences.append(StepCaption::tr("the name %1 is deleted").arg(python(event.name)));
            break;
        case EventKind::Mutate:
            sentences.append(mutationSentence(before, after, event));
            break;
        case EventKind::FramePop:
            sentences.append(returnSentence(before, after, event));
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
            sentences.append(raiseSentence(after, event));
            break;
        case EventKind::Allocate:
            break; // said by the bind, rebind or mutation that uses it
        }
    }
    return sentences;
}

// A Return step's own sentence: the program crashing, an error leaving a frame, a value about
// to be returned or yielded; empty when the events said it all.
QString returnStepSentence(const ProgramState& after, const core::StepInfo& info) {
    if (info.kind != core::StepKind::Return || after.frames.empty()) {
        return {};
    }
    const core::FrameState& frame = after.frames.back();
    const QString function = python(frame.function);
    if (info.raising) {
        if (after.frames.size() == 1) {
            // Nothing catches it: this is where the program crashes.
            //: %1 is the exception as Python prints it: "ZeroDivisionError: division by zero".
            return StepCaption::tr("the program stops: %1")
                .arg(python(caption::exceptionText(after, *info.raising)));
        }
        //: %1 is the function the exception leaves.
        return StepCaption::tr("the error leaves %1").arg(function);
    }
    const QString result = info.returnValue ? value(after, *info.returnValue) : python("None");
    if (info.yielded) {
        return StepCaption::tr("%1 yields %2").arg(function, result);
    }
    if (frame.function != "<module>") {
        return StepCaption::tr("%1 is about to return %2").arg(function, result);
    }
    return {};
}

// What the step's kind says beyond its events: an error leaving a frame or stopping the
// program, a value about to be returned or yielded, an exception arriving or being checked.
void addStepSentences(const ProgramState& before, const ProgramState& after,
                      const std::vector<Event>& events, const core::StepInfo& info,
                      QStringList& sentences) {
    const QString returning = returnStepSentence(after, info);
    if (!returning.isEmpty()) {
        sentences.append(returning);
    }
    const bool raised = std::any_of(events.begin(), events.end(),
                                    [](const Event& e) { return e.kind == EventKind::Raise; });
    if (info.kind == core::StepKind::Exception && info.raising && !raised &&
        !after.frames.empty()) {
        // Not raised here: it came up from a call this frame made.
        const QString type = python(caption::exceptionType(after, *info.raising));
        const std::string& function = after.frames.back().function;
        if (function == "<module>") {
            //: %1 is an exception's type, come up from a function the program called.
            sentences.append(StepCaption::tr("the %1 reaches the program").arg(type));
        } else {
            //: %1 is an exception's type, %2 the function it comes up to from one it called.
            sentences.append(StepCaption::tr("the %1 reaches %2").arg(type, python(function)));
        }
    }
    if (info.kind == core::StepKind::Line && info.handling && !before.frames.empty() &&
        before.frames.back().raising == info.handling && !after.frames.empty() &&
        before.frames.back().id == after.frames.back().id) {
        //: %1 is an exception's type, which an except clause compares with its own.
        sentences.append(StepCaption::tr("an except clause checks the %1")
                             .arg(python(caption::exceptionType(after, *info.handling))));
    }
    if (sentences.isEmpty()) {
        if (info.kind == core::StepKind::Exception && info.exception) {
            //: %1 is an exception's type.
            sentences.append(StepCaption::tr("%1 raised").arg(python(info.exception->type)));
        } else {
            sentences.append(StepCaption::tr("line %1 runs next; nothing changed in memory")
                                 .arg(number(info.line)));
        }
    }
}

} // namespace

std::string describeObject(const ProgramState& state, ObjectId id) {
    return caption::plainText(caption::label(state, id));
}

std::string describeStep(const ProgramState& before, const ProgramState& after,
                         const std::vector<Event>& events, const core::StepInfo& info) {
    QStringList sentences = eventSentences(before, after, events, info);
    addStepSentences(before, after, events, info, sentences);
    return caption::finishCaption(sentences, kMaxSentences);
}

} // namespace memstep::ui
