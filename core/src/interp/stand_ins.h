// Builtins standing in for functions a library writes in Python (heapq.nsmallest,
// doctest.testmod, random.Random.choice): what CPython shows them as.
#pragma once

#include "runtime/callable.h"
#include "runtime/object.h"

namespace memstep::core::interp {

// Whether `b` is a method its class keeps in its own namespace, bound to that class (a
// library class's method may keep its class as self to find its signature).
inline bool isOwnClassMethod(const rt::BuiltinObject* b) {
    if (!b->self || b->self->tag != rt::Tag::Type)
        return false;
    const rt::ObjRef* kept = static_cast<const rt::TypeObject*>(b->self.get())->dict.find(b->name);
    return kept && kept->get() == b;
}

// A stand-in read from its module or its class: a plain `function` in CPython (its repr,
// its type), where one bound to an object is a method.
inline bool isPythonFunctionStandIn(const rt::BuiltinObject* b) {
    return b->python && b->kind == rt::BuiltinKind::Function && (!b->self || isOwnClassMethod(b));
}

} // namespace memstep::core::interp
