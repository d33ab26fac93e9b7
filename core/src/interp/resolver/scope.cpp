#include "interp/resolver/scope.h"

#include <algorithm>

namespace memstep::core::interp {

using syntax::Name;
using syntax::NameScope;

void sortFreeNames(Scope& s) {
    std::sort(s.code->freeNames.begin(), s.code->freeNames.end());
    for (auto& c : s.children)
        sortFreeNames(*c);
}

void assignSlots(Scope& s) {
    if (!s.isModule() && !s.isClass()) {
        for (const std::string& n : s.boundOrder) {
            if (!bindsLocally(s, n))
                continue;
            s.code->slotNames.push_back(n);
            s.code->slotIsCell.push_back(s.cells.count(n) > 0);
            if (s.code->slotIsCell.back())
                s.code->hasCells = true;
        }
    }
    for (auto& c : s.children)
        assignSlots(*c);
}

static void resolveUse(const syntax::Name& use, Scope& s, Interpreter& in) {
    const std::string& n = use.id;
    int depth = 0;
    Scope* cur = &s;
    // A generator expression runs later, so it must know when it reads a function's (or
    // comprehension's) variables through the frame chain.
    // True when a generator expression is among the scopes reading it: then the variable
    // must outlive cur's frame while that generator does (keepReadByGenexp).
    auto readsEnclosing = [&]() {
        bool genexp = false;
        for (Scope* c = &s; c != cur; c = c->parent) {
            c->code->readsEnclosing = true;
            genexp = genexp || c->code->name == "<genexpr>";
        }
        return genexp;
    };
    auto mark = [](std::vector<bool>& read, std::size_t size, int index) {
        read.resize(size);
        read[static_cast<std::size_t>(index)] = true;
    };
    // cur's free variable `free` (a cell of a scope around it), read `depth` scopes down.
    auto useFree = [&](int free) {
        use.scope = NameScope::Free;
        use.slot = free;
        use.depth = depth;
        if (readsEnclosing())
            mark(cur->code->freeReadByGenexp, cur->code->freeNames.size(), free);
    };
    while (true) {
        if (cur->isClass() && !cur->globalDecl.count(n)) {
            int free = indexOf(cur->code->freeNames, n);
            // A class body's variable of the function around it: in the body, the namespace
            // first, then the cell (loadName); a comprehension in the body reads the cell.
            if (free >= 0 && (depth > 0 || !bindsLocally(*cur, n))) {
                useFree(free);
                return;
            }
            // Class bodies look names up by name (namespace, then globals, then builtins);
            // the slot is the global to fall back on.
            use.scope = depth == 0 ? NameScope::ClassBody : NameScope::Global;
            use.slot = in.globalSlot(n);
            use.depth = 0;
            return;
        }
        if (cur->isModule() || cur->globalDecl.count(n)) {
            use.scope = NameScope::Global;
            use.slot = in.globalSlot(n);
            use.depth = depth;
            return;
        }
        if (bindsLocally(*cur, n)) {
            int slot = indexOf(cur->code->slotNames, n);
            use.scope = cur->cells.count(n) ? NameScope::Cell : NameScope::Local;
            use.slot = slot;
            use.depth = depth;
            if (readsEnclosing())
                mark(cur->code->slotReadByGenexp, cur->code->slotNames.size(), slot);
            return;
        }
        int free = indexOf(cur->code->freeNames, n);
        if (free >= 0) {
            useFree(free);
            return;
        }
        if (!cur->isComprehension()) {
            use.scope = NameScope::Global;
            use.slot = in.globalSlot(n);
            use.depth = 0;
            return;
        }
        cur = cur->parent;
        ++depth;
    }
}

void resolveUses(Scope& s, Interpreter& in) {
    for (const Name* use : s.uses)
        resolveUse(*use, s, in);
    // Where each free variable comes from in the enclosing function.
    if (!s.isModule() && !s.isComprehension()) {
        Scope* p = s.parent;
        while (p && p->isComprehension())
            p = p->parent;
        for (const std::string& n : s.code->freeNames) {
            if (n == "__class__" && p && p->isClass()) {
                s.code->freeSourceSlots.push_back(0);
                s.code->freeSourceIsFree.push_back(2);
                continue;
            }
            int slot = p ? indexOf(p->code->slotNames, n) : -1;
            if (slot >= 0 && bindsLocally(*p, n)) {
                s.code->freeSourceSlots.push_back(slot);
                s.code->freeSourceIsFree.push_back(0);
            } else {
                s.code->freeSourceSlots.push_back(p ? indexOf(p->code->freeNames, n) : -1);
                s.code->freeSourceIsFree.push_back(1);
            }
        }
    }
    for (auto& c : s.children)
        resolveUses(*c, in);
}

int indexOf(const std::vector<std::string>& v, const std::string& n) {
    auto it = std::find(v.begin(), v.end(), n);
    return it == v.end() ? -1 : static_cast<int>(it - v.begin());
}

} // namespace memstep::core::interp
