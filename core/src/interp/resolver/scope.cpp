#include "interp/resolver/scope.h"

#include <algorithm>

namespace memstep::core::interp {

using syntax::Name;
using syntax::NameScope;

void bindParams(const syntax::Arguments& a, Scope& fn) {
    CodeInfo& c = *fn.code;
    for (const syntax::Arg& p : a.posOnlyArgs) {
        fn.bind(p.name);
        c.params.push_back(p.name);
    }
    c.posOnlyCount = a.posOnlyArgs.size();
    for (const syntax::Arg& p : a.args) {
        fn.bind(p.name);
        c.params.push_back(p.name);
    }
    for (const syntax::Arg& p : a.kwOnlyArgs) {
        fn.bind(p.name);
        c.kwOnlyParams.push_back(p.name);
    }
    int slot = static_cast<int>(c.params.size() + c.kwOnlyParams.size());
    if (a.varArg) {
        fn.bind(a.varArg->name);
        c.varArgSlot = slot++;
    }
    if (a.kwArg) {
        fn.bind(a.kwArg->name);
        c.varKwSlot = slot++;
    }
    c.paramSlots = static_cast<std::size_t>(slot);
    c.signature = c.params;
    if (a.varArg)
        c.signature.push_back(a.varArg->name);
    c.signature.insert(c.signature.end(), c.kwOnlyParams.begin(), c.kwOnlyParams.end());
    if (a.kwArg)
        c.signature.push_back(a.kwArg->name);
}

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
        Scope* fn = s.parent;
        while (fn && fn->isComprehension())
            fn = fn->parent;
        for (const std::string& n : s.code->freeNames) {
            // A comprehension around s that binds n keeps it in a cell of its own frame.
            Scope* p = s.parent;
            int hops = 0;
            while (p && p->isComprehension() && !bindsLocally(*p, n)) {
                p = p->parent;
                ++hops;
            }
            if (p && p->isComprehension()) {
                s.code->freeSourceSlots.push_back(indexOf(p->code->slotNames, n));
                s.code->freeSourceIsFree.push_back(3 + hops);
                continue;
            }
            p = fn;
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

syntax::ScopeInfo* scopeInfoOf(const syntax::Expr& e) {
    using syntax::ExprKind;
    switch (e.kind) {
    case ExprKind::ListComp:
        return &e.as<syntax::ListComp>().scope;
    case ExprKind::SetComp:
        return &e.as<syntax::SetComp>().scope;
    case ExprKind::DictComp:
        return &e.as<syntax::DictComp>().scope;
    case ExprKind::GeneratorExp:
        return &e.as<syntax::GeneratorExp>().scope;
    case ExprKind::Lambda:
        return &e.as<syntax::Lambda>().scope;
    default:
        return nullptr;
    }
}

std::optional<ScopeError> namedExprError(const syntax::NamedExpr& n, const Scope& s,
                                         const Scope& target, bool inIterable) {
    const std::string& name = n.target->as<Name>().id;
    if (inIterable)
        return ScopeError{&n, "assignment expression cannot be used in a comprehension "
                              "iterable expression"};
    for (const Scope* c = &s; c != &target; c = c->parent)
        if (c->bound.count(name))
            return ScopeError{n.target.get(), "assignment expression cannot rebind "
                                              "comprehension iteration variable '" +
                                                  name + "'"};
    if (&target != &s && target.isClass())
        return ScopeError{n.target.get(), "assignment expression within a comprehension "
                                          "cannot be used in a class body"};
    return std::nullopt;
}

int indexOf(const std::vector<std::string>& v, const std::string& n) {
    auto it = std::find(v.begin(), v.end(), n);
    return it == v.end() ? -1 : static_cast<int>(it - v.begin());
}

const syntax::Stmt* docstringOf(const syntax::StmtList& body) {
    using namespace syntax;
    if (body.empty() || body.front()->kind != StmtKind::ExprStmt)
        return nullptr;
    const Expr& doc = *body.front()->as<ExprStmt>().value;
    return doc.kind == ExprKind::Constant && doc.as<Constant>().constKind == ConstantKind::Str
               ? body.front().get()
               : nullptr;
}

} // namespace memstep::core::interp
