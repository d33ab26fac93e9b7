// Names a library turns into str objects (an enum's member names, an ABC's abstract method
// names), as CPython interns identifiers: one object per name, the program's own str constant
// when it has one with that text, so `is` and the diagram's sharing match CPython's.
#pragma once

#include "modules/modules.h"

namespace memstep::core::modules {

// The str for `name`: the program's constant of that text (its own or one a library added),
// else a new one added to the interpreter's constants, where the source text doctest runs
// finds it too (Interpreter::internSnippetConstants).
ObjRef internedName(Interpreter& in, const std::string& name);

} // namespace memstep::core::modules
