// A generator function of a library run natively (heapq.merge, Sequence.__iter__ of a
// UserList): the trade-off it makes is in the comment of LibraryGenerator.
#pragma once

#include "modules/modules.h"

#include <memory>
#include <string>

namespace memstep::core::modules {

// A generator function of the library (heapq.merge, Sequence.__iter__) run natively: `step`
// gives its items. It is a `generator` named `name`, drawn as CPython's reference draws one
// that has not started or has finished; paused at a yield, CPython's reference draws its
// frame with every local, which memstep does not, so advancing one the diagram shows is
// refused, naming `what`.
struct LibraryGenerator : rt::NativeIterState {
    std::string name, qualname, what;
    rt::IteratorObject* self = nullptr; // the generator (it owns this state)
    bool done = false;
    // The next item; null at the end (no exception) or on error.
    virtual ObjRef step(Interpreter& in) = 0;
    ObjRef next(Interpreter& in) final;
    int repr(Interpreter& in, std::string& out) final;
};
ObjRef newLibraryGenerator(Interpreter& in, std::unique_ptr<LibraryGenerator> state);

} // namespace memstep::core::modules
