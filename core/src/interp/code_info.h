// What the resolver (resolver/) records about each scope of a program for the interpreter:
// its slots, parameters, free variables and the objects its functions name themselves by; and
// the frame that runs such a scope, as CPython pairs its code objects and frames.
#pragma once

#include "memstep/ids.h"
#include "runtime/attr_dict.h"
#include "runtime/object.h"
#include "syntax/ast.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace memstep::core::rt {
struct Metaclass;
} // namespace memstep::core::rt

namespace memstep::core::interp {

// What the resolver knows about one scope: the module, a function, a lambda, a
// comprehension or a class body.
struct CodeInfo {
    enum class Kind : std::uint8_t { Module, Function, Lambda, Comprehension, Class };
    Kind kind = Kind::Module;
    std::string name;
    std::string
        qualname; // CPython's __qualname__: "C.method", "f.<locals>.g" (error messages use it)
    // The constant-pool slots (1 + index) of the str objects a function made from this code
    // gives as __name__ (CPython interns co_name: the literal 'f' elsewhere is the same
    // object) and __qualname__ (the name's object when equal, else one of the code's own).
    std::uint32_t nameSlot = 0;
    std::uint32_t qualnameSlot = 0;
    int firstLine = 0;
    // Code made from text at run time (exec, eval, compile, a doctest example): its file,
    // "<string>" or "<doctest NAME[i]>"; empty for the program's. Its frames take no steps.
    std::string textFile;
    std::vector<std::string> slotNames; // locals, parameters first
    std::vector<bool> slotIsCell;       // captured by an inner scope
    std::vector<std::string> freeNames; // taken from the enclosing function
    std::vector<int> freeSourceSlots;   // where the enclosing scope keeps each free name
    std::vector<int> freeSourceIsFree;  // 1 when the enclosing scope has it as a free name itself,
                                        // 2 for `__class__`: the enclosing class body's cell,
                                        // 3 + k for a cell of the comprehension k scopes out
    bool needsClassCell = false;        // class bodies: a method uses super() or __class__
    std::vector<std::string> params;    // positional parameters in order (slots 0..n-1)
    std::size_t posOnlyCount = 0;       // the first params that are positional-only
    std::vector<std::string> kwOnlyParams; // keyword-only parameters (slots after params)
    int varArgSlot = -1;                   // the *args slot, or -1
    int varKwSlot = -1;                    // the **kwargs slot, or -1
    std::size_t paramSlots = 0;            // slots 0..paramSlots-1 hold parameters
    std::vector<std::string> signature;    // trace order: positional, *args, keyword-only, **kwargs
    bool isGenerator = false;              // the body yields: calling it makes a generator
    bool hasCells = false;                 // some slot is captured by an inner scope (slotIsCell)
    bool readsEnclosing = false;           // comprehension: reads a variable of the scope around it
    // The slots (and free variables) a generator expression nested here reads: what a copy of
    // this scope's frame keeps once the frame ends while such a generator lives on (CPython's
    // cells of a genexpr's closure). Empty when none.
    std::vector<bool> slotReadByGenexp;
    std::vector<bool> freeReadByGenexp;
    bool setupAnnotations = false; // class bodies holding `x: T`: start with __annotations__ = {}
    const syntax::Stmt* docstring = nullptr; // functions: their docstring, which never runs
    const syntax::Arguments* args = nullptr;
    const syntax::StmtList* body = nullptr;
    const syntax::Expr* lambdaBody = nullptr;
    const CodeInfo* parent = nullptr;
};

// One running scope: the module, a function call, a class body or a comprehension.
struct Frame {
    FrameId id;
    const CodeInfo* code = nullptr;
    std::vector<rt::ObjRef> locals; // function and comprehension slots
    std::vector<rt::ObjRef> cells;  // free variables' cells (CellObjects), freeNames order
    Frame* outer = nullptr;         // comprehensions: the scope they read from
    // A generator expression's scope that ended before it: `outer` points into this copy of
    // the variables it reads (generators/outliving.cpp).
    std::shared_ptr<Frame> keptOuter;
    Frame* traced = nullptr; // the frame steps are reported for (itself unless comprehension)
    int line = 0;
    rt::ObjRef returnValue;
    bool exceptionReported = false;
    // Where the traceback's ~~~^^^ markers point: the statement running and the innermost
    // node whose evaluation failed (reportException takes and clears it).
    const syntax::Stmt* stmt = nullptr;
    const syntax::Location* failedAt = nullptr;
    const syntax::Expr* failedExpr = nullptr; // failedAt when it is an expression
    // Keeps `at` as where the pending error happened unless a node inside it already failed.
    bool failAt(const syntax::Expr& at) {
        if (!failedAt)
            failedAt = failedExpr = &at;
        return false;
    }
    bool failAt(const syntax::Location& at) { // a pattern's
        if (!failedAt)
            failedAt = &at;
        return false;
    }
    // A generator expression that may outlive this frame reads it: copy what it reads on exit.
    bool readByGenexp = false;
    bool display = false; // source text compiled in 'single' mode: expression values are shown
    bool text = false;    // text given to exec or eval: untraced, but its line is kept
    rt::AttrDict* classNamespace = nullptr; // class bodies: where their names live
    // Class bodies: the library metaclass making the class (EnumType), whose `store` sees each
    // name the body binds.
    const rt::Metaclass* classMeta = nullptr;
    rt::ObjRef classCell; // class bodies: the `__class__` cell, when needed
    // Class bodies: the dict locals() answers, once asked for (attributes/class_body_dict.h),
    // and whether a program's metaclass's __prepare__ made the namespace instead.
    rt::ObjRef classLocals;
    bool classPrepared = false;
    // A function's f_locals and the names only it holds, bound there by exec (the frame shows
    // them): made on first use, refreshed at each of its steps (attributes/frame_locals.cpp).
    rt::ObjRef localsDict;
    std::vector<std::pair<std::string, rt::ObjRef>> localsExtras;
    // A call of a function made from text in a namespace of its own: that namespace
    // (FunctionObject::textGlobals), in place while the frame runs.
    std::shared_ptr<void> textGlobals;
};

} // namespace memstep::core::interp
