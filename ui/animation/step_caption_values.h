// How a step caption names objects and values: short values as Python writes them ("[1, 2, 3]",
// "'abc'", cut with "…" past a few items), an object's label ("int 10", "list [1, 2]",
// "function f", a Point instance), the names referring to an object, and the exception a step
// raises. Python's text is kept as it is; the few words of the caption's own (an instance, a
// built-in function) are translated in the context "StepCaption".
#pragma once

#include "memstep/trace.h"

#include <QString>
#include <string>
#include <vector>

namespace memstep::ui::caption {

const core::HeapObject* findObject(const core::ProgramState& state, core::ObjectId id);

// `text` cut to a caption's length, on a UTF-8 character boundary, with "…".
std::string clip(std::string text);

// The value as Python writes it, short: "10", "'abc'", "[1, 2, …]", "f"; "?" when `state` does
// not hold it. `as`: the type whose text to give (a deque's items written as a list's); the
// object's own type when empty.
std::string shortValue(const core::ProgramState& state, core::ObjectId id, int depth = 0,
                       const std::string& as = {});

// The object as a caption names it, marked as Python's text where it is: "int 10",
// "list [1, 2]", "function f", "None", "ValueError", a Point instance, a built-in function.
QString label(const core::ProgramState& state, core::ObjectId id);

// True when the object is None (a caption says "None", never "the None").
bool isNone(const core::ProgramState& state, core::ObjectId id);

// The function a frame of `state` runs; "?" when there is none with that id.
std::string functionName(const core::ProgramState& state, core::FrameId frame);

// Names in `state`'s frames referring to `id`, except `except` in frame `exceptFrame`.
std::vector<std::string> namesOf(const core::ProgramState& state, core::ObjectId id,
                                 core::FrameId exceptFrame, const std::string& except);

// "ValueError: bad value" for the exception object `id`, and its type alone ("ValueError");
// "?" when `state` does not hold it.
std::string exceptionText(const core::ProgramState& state, core::ObjectId id);
std::string exceptionType(const core::ProgramState& state, core::ObjectId id);

} // namespace memstep::ui::caption
