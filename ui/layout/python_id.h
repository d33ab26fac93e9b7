// The number id() prints for an object, derived from its trace ObjectId.
//
// The interpreter makes id() a pure function of the ObjectId, so the diagram can show the
// same number a student printed without asking the interpreter. The formula lives in
// memstep/ids.h, shared with the interpreter's built-in id().
#pragma once

#include "memstep/ids.h"

namespace memstep::ui {

using core::pythonId;

} // namespace memstep::ui
