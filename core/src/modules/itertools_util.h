// What the two files of the itertools module share (itertools_module.cpp: the iterators
// that walk their arguments lazily; itertools_combinatorics.cpp: product, permutations,
// combinations, groupby and tee).
//
// Every itertools object is an IteratorObject of Kind::Native whose NativeIterState does
// the work of CPython's itertoolsmodule.c next function, asking its sources for one item
// at a time, so a key or predicate the program wrote runs exactly when CPython runs it.
// The diagram shows each by its type name only ("count", "chain"), as CPython's reference
// tracer does.
#pragma once

#include "modules/modules.h"

#include <memory>

namespace memstep::core::modules::itertools {

using interp::CallArgs;

// A new iterator of `type` (one of the module's types) running `state`.
ObjRef newIterator(Interpreter& in, Object* type, std::unique_ptr<rt::NativeIterState> state);

// Arguments of a type that takes keywords: (names[0], names[1], ...), the first `required`
// of them required, "NAME() missing required argument 'X' (pos N)" and "NAME() takes at
// most N arguments (M given)" as CPython's argument clinic words them. Absent ones stay null.
bool parseArgs(Interpreter& in, CallArgs& args, const char* name,
               std::initializer_list<const char*> names, std::size_t required, ObjVec& out);
// A positional-only type: "NAME expected N arguments, got M" and no keywords.
bool positionalArgs(Interpreter& in, CallArgs& args, const char* name, std::size_t min,
                    std::size_t max);
// Calls f(x) or, for a null or None f, answers x.
ObjRef applyKey(Interpreter& in, Object* f, ObjRef x);
// A type of the module whose call makes one of these iterators.
rt::TypeObject* addIteratorType(Interpreter& in, rt::ModuleObject& m, const char* name,
                                rt::NativeFn make);

void fillCombinatorics(Interpreter& in, rt::ModuleObject& m);

} // namespace memstep::core::modules::itertools
