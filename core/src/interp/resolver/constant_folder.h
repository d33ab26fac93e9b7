// Constants folded and merged before a program runs, as CPython 3.11's compiler does.
//
// The AST optimiser folds operators on constants (`2 ** 8`, `-1`, `(1, 2)`, `'ab'[0]`) within its
// size limits, and the compiler makes equal constants of one file one object: two `1000`
// literals are the same object (`a is b` holds for them in CPython), while `1000` and `1000.0`
// are not. The folded object is recorded for its expression in Interpreter::constants.
#pragma once

#include "interp/code_info.h"
#include "runtime/object.h"
#include "syntax/ast.h"

#include <cstdint>
#include <map>
#include <string>

namespace memstep::core::interp {

class Interpreter;

class ConstantFolder {
public:
    explicit ConstantFolder(Interpreter& in);

    // Folds e if it is a constant, or an operation whose operands were folded (children
    // first: the resolver calls this after visiting e's subexpressions).
    void fold(const syntax::Expr& e);
    // The file's constant equal to v (v itself when it is the first): a class's __name__ is
    // merged with the string constants like any constant.
    rt::ObjRef merged(rt::ObjRef v);
    // The iterable of a `for` or a comprehension: CPython's optimiser (fold_iter) makes a set
    // display of constants, of any size, that frozenset constant itself, iterated directly.
    void foldIterable(const syntax::Expr& e);
    // The constant-pool slot (1 + index) of the str constant for a keyword argument's name:
    // CPython passes the names as a constant tuple, so a callee's **kwargs dict is keyed by
    // the very object the literal `'name'` is elsewhere in the file.
    std::uint32_t nameConstant(const std::string& name);
    // Sets the slots of the str objects a function of this code gives as its __name__ (the
    // interned name) and __qualname__ (CodeInfo::nameSlot).
    void nameCode(CodeInfo& code);

private:
    // Appends the key under which CPython's compiler would merge constant o (its type and
    // exact value); false for an object that is never merged.
    static bool constKey(const rt::Object* o, std::string& key);
    void store(const syntax::Expr& e, rt::ObjRef v);
    // The object a new str constant is: the run-time cache for most single latin-1
    // characters, a fresh object otherwise (see constant_folder.cpp).
    rt::ObjRef canonicalStr(rt::ObjRef v);
    // Merges v with an equal earlier constant (v itself, made canonical, when it is the first).
    rt::ObjRef mergedConstant(std::string key, rt::ObjRef v);
    const rt::Object* constOf(const syntax::Expr* e) const;
    // A set display of three or more constants: its frozenset (setDisplayConstants).
    void foldSetDisplay(const syntax::Expr& e);
    // The frozenset constant CPython's compiler makes of constant items; null if one is not.
    rt::ObjRef frozenConstant(const syntax::ExprList& elts);
    // `"..." % (a, b)` with only %s, %r and %a units, one per item: the f-string parts
    // CPython 3.11's optimiser (optimize_format) makes of it (percentAsFString).
    void planPercentFormat(const syntax::Expr& e, const std::string& format);
    static std::uint64_t intBits(const rt::Object* o);
    static bool isInt(const rt::Object* o);
    static std::size_t seqSize(const rt::Object* o);
    // CPython's safe_multiply / safe_power / safe_lshift / safe_mod.
    static bool safeToFold(syntax::Operator op, const rt::Object* a, const rt::Object* b);

    Interpreter& m_in;
    std::map<std::string, rt::ObjRef> m_merged;
};

} // namespace memstep::core::interp
