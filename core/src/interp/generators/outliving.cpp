// Generator expressions that outlive the scope they read from.
//
// A generator expression reads the variables of the function (or comprehension) around it
// through its frame's `outer` chain, which is cheap and exact while that frame runs. CPython
// gives the genexpr cells of those variables instead, so it can run after the function has
// returned: `def scale(xs, k): return (x * k for x in xs)`. When a frame such a generator
// reads ends, this copies the variables it reads (only those: the rest are released as in
// CPython) into a frame of the generator's own, and points the chain at the copy. The function
// has returned, so nothing can rebind them any more; a variable an inner function shares is a
// cell, and the copy holds the same cell object, so both keep seeing each other's changes.
#include "interp/generators/generator.h"

#include <algorithm>

namespace memstep::core::interp {

namespace {

// Whether names are read through f's `outer`: only a comprehension's (a generator
// expression's among them) are, and never into the module, whose names are globals. (A
// class body's are read only through its cells: the function's variables it passes on.)
bool readsThroughOuter(const Frame& f) {
    const CodeInfo* code = f.code;
    return code->kind == CodeInfo::Kind::Comprehension && code->parent &&
           code->parent->kind != CodeInfo::Kind::Module;
}

// The variables of `dying` some generator expression reads, in a frame that outlives it.
std::shared_ptr<Frame> copyRead(const Frame& dying) {
    auto copy = std::make_shared<Frame>();
    const CodeInfo* code = dying.code;
    copy->id = dying.id;
    copy->code = code;
    copy->line = dying.line;
    if (readsThroughOuter(dying)) {
        copy->outer = dying.outer;
        copy->keptOuter = dying.keptOuter;
    }
    copy->locals.resize(dying.locals.size());
    for (std::size_t i = 0; i < code->slotReadByGenexp.size() && i < dying.locals.size(); ++i)
        if (code->slotReadByGenexp[i])
            copy->locals[i] = dying.locals[i];
    copy->cells.resize(dying.cells.size());
    for (std::size_t i = 0; i < code->freeReadByGenexp.size() && i < dying.cells.size(); ++i)
        if (code->freeReadByGenexp[i])
            copy->cells[i] = dying.cells[i];
    return copy;
}

} // namespace

void Interpreter::markReadByGenexp(Frame& f) {
    for (Frame* p = &f; p; p = readsThroughOuter(*p) ? p->outer : nullptr)
        p->readByGenexp = true;
}

void Interpreter::keepReadByGenexps(Frame& dying) {
    dying.readByGenexp = false;
    std::shared_ptr<Frame> copy;
    for (GeneratorState* g : m_genexpsReading) {
        for (Frame* p = &g->frame; p; p = readsThroughOuter(*p) ? p->outer : nullptr) {
            if (p->traced == &dying) // its steps were reported for that frame, now gone
                p->traced = nullptr;
            if (p->outer != &dying || !readsThroughOuter(*p))
                continue;
            if (!copy)
                copy = copyRead(dying);
            p->outer = copy.get();
            p->keptOuter = copy;
        }
    }
}

} // namespace memstep::core::interp
