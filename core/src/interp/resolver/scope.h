// The symbol table of one scope (module, function, lambda, comprehension, class body), as the
// resolver builds it in its first pass, and the steps of its second pass that lay out a
// function's variables.
#pragma once

#include "interp/interpreter.h"
#include "syntax/ast.h"

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace memstep::core::interp {

struct Scope {
    CodeInfo* code = nullptr;
    Scope* parent = nullptr;
    bool isComprehension() const { return code->kind == CodeInfo::Kind::Comprehension; }
    bool isModule() const { return code->kind == CodeInfo::Kind::Module; }
    bool isClass() const { return code->kind == CodeInfo::Kind::Class; }
    std::vector<std::string> boundOrder;
    std::set<std::string> bound;
    std::set<std::string> globalDecl;
    std::set<std::string> nonlocalDecl;
    std::vector<const syntax::Name*> uses;
    std::set<std::string> cells;
    std::vector<std::unique_ptr<Scope>> children;

    void bind(const std::string& n) {
        if (bound.insert(n).second)
            boundOrder.push_back(n);
    }
};

// Whether scope s binds n itself (not declared global or nonlocal there).
inline bool bindsLocally(const Scope& s, const std::string& n) {
    return s.bound.count(n) && !s.globalDecl.count(n) && !s.nonlocalDecl.count(n);
}

// Binds a function's parameters, which take its first slots in CPython's co_varnames order
// (positional ones, keyword-only ones, then *args and **kwargs), and fills its signature.
void bindParams(const syntax::Arguments& a, Scope& fn);
// Sorts the free variables of s and every scope inside it by name, as CPython orders co_freevars
// (the closure the diagram shows follows that order).
void sortFreeNames(Scope& s);
// Gives each variable a function binds itself a slot, in binding order, marking the ones
// captured by inner functions as cells; for s and every scope inside it.
void assignSlots(Scope& s);
// Writes into every Name node where its value lives (local slot, cell, free variable, class
// namespace or global slot), for s and every scope inside it, and where each function's free
// variables come from in the scope around it.
void resolveUses(Scope& s, Interpreter& in);
// The ScopeInfo of an expression that opens a scope (a comprehension, a lambda), or null.
syntax::ScopeInfo* scopeInfoOf(const syntax::Expr& e);
// CPython's symbol-table error for `n` in scope s, whose name goes to `target`
// (`inIterable`: inside a comprehension's iterable): where its carets go and its message.
struct ScopeError {
    const syntax::Location* at;
    std::string message;
};
std::optional<ScopeError> namedExprError(const syntax::NamedExpr& n, const Scope& s,
                                         const Scope& target, bool inIterable);
// The docstring of a body: its first statement when that is a str literal alone, else null.
const syntax::Stmt* docstringOf(const syntax::StmtList& body);
// n's index in v, or -1.
int indexOf(const std::vector<std::string>& v, const std::string& n);

} // namespace memstep::core::interp
