// One plain sentence (or a few) saying what a step did to memory, for the caption under the
// diagram and for screen readers.
//
// The sentence is built from the step's events and the states on either side of it, from whole
// sentence templates translated in the context "StepCaption" (step_caption_text.h says how), so
// it speaks the language whose Translations are installed. It names what a learner should notice:
// which name now refers to which object, whether that object is new, which other names still
// refer to the old one (the `a += 1` lesson), what changed inside a mutable object, and which
// objects are freed. Values are shown short (long lists and deep nesting are cut with "…").
#pragma once

#include "memstep/trace.h"

#include <string>
#include <vector>

namespace memstep::ui {

// before: the state shown before the step (empty for the first step); after: the step's state;
// events: the step's events (how before became after); info: the step's kind and line.
std::string describeStep(const core::ProgramState& before, const core::ProgramState& after,
                         const std::vector<core::Event>& events, const core::StepInfo& info);

// An object as a caption names it, e.g. "int 10", "list [1, 2]", "function f"; "?" when the
// state does not hold it.
std::string describeObject(const core::ProgramState& state, core::ObjectId id);

} // namespace memstep::ui
