// The evaluator: walks the resolved AST of one program and reports each step to the tracer.
//
// A tree-walking interpreter keeps the mapping from what runs to the student's source
// obvious, and the resolver (resolver.cpp) removes the usual cost of one: every name is
// resolved before the run to a slot in the module's globals or in the frame's locals array,
// constants are folded and merged once, so the hot path touches no strings. Exceptions are
// values: an evaluation returns a null ObjRef (or Flow::Raise) with the pending exception in
// the interpreter, never a C++ exception. Native recursion is bounded: Python calls are
// counted against RunLimits::maxRecursionDepth, and nested expressions against a fixed
// native depth, so a student's program can never overflow the C++ stack.
#pragma once

#include "interp/code_info.h"
#include "interp/deadline.h"
#include "interp/module_library.h"
#include "memstep/diagnostic.h"
#include "memstep/ids.h"
#include "memstep/run_options.h"
#include "memstep/trace.h"
#include "numeric/work_poll.h"
#include "runtime/callable.h"
#include "runtime/heap.h"
#include "runtime/instance.h"
#include "syntax/ast.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace memstep::core::interp {

class Tracer;
struct GeneratorState;
class StackPool;
using rt::Object;
using rt::ObjRef;
using rt::ObjVec;
using rt::Ref;

enum class Flow : std::uint8_t { Normal, Break, Continue, Return, Raise };

// Why a run stopped early, beyond a Python exception.
struct Abort {
    std::string type;
    std::string message;
    int line = 0; // the innermost frame's line when it stopped
};

// One part of a `"..." % (a, b)` rewritten as an f-string: a literal, or FORMAT_VALUE of
// the tuple's item `field` with its conversion and format spec.
struct PercentPart {
    std::string literal;
    int field = -1; // the literal when negative
    char conversion = 0;
    std::string spec;
};

class Interpreter : public numeric::WorkPoll, public rt::KeyEquality {
public:
    // `modules`: what `import` may reach (run.cpp gives the standard library); none when null.
    // It must outlive the interpreter.
    Interpreter(const RunOptions& options, std::string_view source, TraceRecorder* recorder,
                const ModuleLibrary* modules = nullptr);
    ~Interpreter();
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    // Runs a resolved module on a native stack of its own. Returns the uncaught error, if any.
    std::optional<Diagnostic> run(const syntax::Module& module);
    // The same on the caller's stack, bounded by it (run()'s fallback without a stack of its own).
    std::optional<Diagnostic> runOnThisStack(const syntax::Module& module);

    const std::string& output() const { return m_output; }
    const std::string& sourceText() const { return m_source; } // the program's source
    std::uint64_t steps() const { return m_steps; }

    // For builtins, operators and the tracer.
    rt::Heap& heap() { return *m_heap; }
    ObjRef none() { return m_heap->none(); }
    ObjRef boolean(bool v) { return m_heap->boolean(v); }
    // The interned str of this value, as CPython's sys.intern gives it: the program's constant
    // when it has one made of name characters, else one object made on first use (a module's
    // __name__ is such a str).
    ObjRef internedStr(const std::string& value) { return intern(newStr(value)); }
    // sys.intern(s): the interned str equal to s, which is s itself when there was none.
    ObjRef intern(ObjRef s);
    ObjRef newStr(std::string s) { return m_heap->newStr(std::move(s)); }
    // Raises a Python exception; a numeric layer's MemoryLimit (a result too large for the
    // heap limit) ends the run instead, and its Stopped means the run already ended.
    ObjRef raise(const char* type, std::string message);
    ObjRef raiseObject(ObjRef exception);
    // Ends the run with the uncatchable MemoryLimit error: the program's objects would pass
    // RunLimits::maxHeapBytes. Never a MemoryError, which the program could catch. Always null.
    ObjRef memoryLimit();
    // The size in bits a new int may still take under the heap limit, for BigInt operations
    // whose result size the program chooses (**, <<, math.factorial).
    std::uint64_t intBitBudget() const;
    // Exceptions (exceptions.cpp): their own attributes (null when `name` is not one of
    // them), and `except` matching (1, 0, or -1 with TypeError set).
    ObjRef exceptionAttr(rt::ExceptionObject* e, const std::string& name);
    int exceptionMatches(Object* exc, Object* spec);
    // The exception's traceback object as CPython's __traceback__ would give it now (None
    // before it was raised), and whether `o` is one (with_statement.cpp).
    ObjRef tracebackObject(rt::ExceptionObject* e);
    bool isTraceback(const Object* o) const;
    bool hasException() const { return static_cast<bool>(m_exception); }
    // True while an except or finally block of the program runs.
    bool handlingException() const { return !m_handling.empty(); }
    void clearException() {
        m_exception = nullptr;
        m_raisePending = false;
    }
    // An exception already raised (and reported) goes on propagating: no new raise.
    ObjRef keepRaising(ObjRef e) {
        m_exception = std::move(e);
        return nullptr;
    }
    bool aborted() const { return m_abort.has_value(); }
    // Cancel and the time limit inside one long step (sum(range(10**10)) is a single step).
    // Every loop of a builtin over user-sized data reports its work here: `work` units done
    // since its last report (an item, or kPollBytes bytes of text). Only every kPollWork units
    // are the cancel flag and the clock looked at, so a report in a hot loop costs an add and
    // a compare. True once the run is aborted: the caller returns its error at once (the
    // abort's pending exception unwinds the step, and no handler of the program can catch it).
    static constexpr std::uint64_t kPollWork = std::uint64_t{1} << 16;
    static constexpr std::uint64_t kPollBytes = kBytesPerUnit; // bytes of text per unit of work
    bool pollStop(std::uint64_t work = 1) {
        m_nativeWork += work;
        return m_nativeWork >= kPollWork && pollStopNow();
    }
    bool stop(std::uint64_t work) override { return pollStop(work); } // numeric::WorkPoll
    void abort(std::string type, std::string message);
    // Stops the run with an Unsupported diagnostic that says where: "WHAT (line N)". Always null.
    ObjRef abortUnsupported(const std::string& what);
    // A class body binds (null: unbinds) name; fromDict: its locals() dict made the change.
    void classStore(Frame& f, const std::string& name, ObjRef value, bool fromDict = false);
    // The AttributeError for `name` missing on an object whose built-in type is `type`, or
    // Unsupported when CPython's type has that name (cpython_names.h): never a false error.
    // `obj` is the object that lacks it, kept for the traceback's "Did you mean" hint.
    ObjRef noAttribute(std::string_view type, const std::string& name, const std::string& message,
                       Object* obj = nullptr);
    // The same for an instance of class t (onClass: t itself), judged by the built-in type t
    // comes from: object for a plain class, ValueError for class MyError(ValueError).
    ObjRef noClassAttribute(rt::TypeObject* t, const std::string& name, const std::string& message,
                            bool onClass, Object* obj = nullptr);
    // The same for a builtin function, or for one of those that are classes in CPython (zip).
    ObjRef noBuiltinAttribute(rt::BuiltinObject* b, const std::string& name);
    rt::TypeObject* exceptionType(std::string_view name);
    rt::TypeObject* typeOf(const Object* o);
    const char* typeName(const Object* o);
    std::uint32_t ensureId(Object* o);
    std::uint64_t pyId(Object* o) { return pythonId(ObjectId{ensureId(o)}); } // id()

    ObjRef call(Object* callee, rt::CallArgs& args);
    ObjRef getAttr(Object* o, const std::string& name);
    // An attribute of an object of a library type (collections.deque...), found in its type's
    // namespace, which a module filled with builtins (bound to `o` here) and properties (their
    // getter called with `o`); null when the type has no such name.
    ObjRef libraryAttr(Object* o, const std::string& name);

    // The class system (classes.cpp, class_dunders.cpp).
    // obj.name = value / del obj.name (instances, classes); false with the exception set.
    bool setAttr(Object* o, const std::string& name, ObjRef value);
    // object.__setattr__ (value null: object.__delattr__) and object.__getattribute__ on a
    // program's object: what happens when its class defines no hook (attributes/).
    bool genericSetAttr(Object* o, const std::string& name, ObjRef value);
    ObjRef genericGetAttr(Object* o, const std::string& name);
    // Calls a library's __setattr__/__delattr__ (a frozen dataclass's) with `o` and `name`.
    bool callAttrHook(Object* hook, Object* o, const std::string& name, ObjRef value);
    bool delAttr(Object* o, const std::string& name);
    // A Python function's own attributes (function_attrs.cpp): __name__, __doc__... and its
    // __dict__; null without an exception when it has no such name of its own.
    ObjRef functionAttr(rt::FunctionObject* fn, const std::string& name);
    // f.name = value, or `del f.name` with value null; false with the exception set.
    bool setFunctionAttr(rt::FunctionObject* fn, const std::string& name, ObjRef value);
    // __qualname__'s text: what repr() and the errors of a call name.
    static std::string functionQualname(const rt::FunctionObject* fn);
    // True when `sub` is `base` or inherits from it (user and builtin types alike).
    bool isSubtype(rt::TypeObject* sub, rt::TypeObject* base);
    // The MRO of any type: user classes store theirs; a builtin type's `base` chain, object.
    std::vector<rt::TypeObject*> mroOf(rt::TypeObject* t);
    // isinstance's and issubclass's test: True when `sub` is a subtype of the type `spec` or
    // of any type in the tuple `spec`; null with TypeError(notAType) for any other spec.
    ObjRef subtypeOfAny(rt::TypeObject* sub, Object* spec, const char* notAType);
    // The attribute `name` found along a class's MRO (class dicts only), or null.
    ObjRef lookupInType(rt::TypeObject* type, std::string_view name);
    // A new instance of the program's class `cls`, its __init__ run with `args` (what calling
    // the class does, for a library metaclass's call hook).
    ObjRef instantiate(rt::TypeObject* cls, rt::CallArgs& args);
    ObjRef callClass(rt::TypeObject* t, rt::CallArgs& args); // type.__call__: t(...)
    // True for objects whose class the program defined (they may define dunder methods).
    static bool isUserObject(const Object* o);
    // The collections type of a defaultdict, Counter or OrderedDict; null for anything else.
    static rt::TypeObject* libraryDictType(const Object* o) {
        return o->tag == rt::Tag::Dict ? static_cast<const rt::DictObject*>(o)->cls : nullptr;
    }
    // The namedtuple class of a tuple made by one; null for anything else.
    static rt::TypeObject* namedTupleType(const Object* o) {
        return o->tag == rt::Tag::Tuple
                   ? static_cast<rt::TypeObject*>(static_cast<const rt::TupleObject*>(o)->cls.get())
                   : nullptr;
    }
    // Either of the two above: an object whose type a library module made.
    static rt::TypeObject* libraryType(const Object* o) {
        rt::TypeObject* t = libraryDictType(o);
        return t ? t : namedTupleType(o);
    }
    // Calls the builtin `name` a library type keeps in its namespace (its __missing__,
    // __repr__, __add__...) with `self` and `args`; null when the type has none (*found =
    // false) or when the call failed.
    ObjRef callLibraryDunder(Object* self, std::string_view name, rt::ObjVec args, bool* found);
    // Calls the dunder `name` of a user object's class with `self` first; null when the class
    // does not define it (*found = false, no exception) or when the call failed.
    ObjRef callDunder(Object* self, std::string_view name, rt::ObjVec args, bool* found);
    rt::TypeObject* objectType() { return m_objectType; }
    ObjRef notImplemented() { return m_notImplemented; }
    // Operator hooks for user objects (class_dunders.cpp); each fully handles the operation.
    ObjRef userBinary(syntax::Operator op, Object* a, Object* b, bool inplace);
    ObjRef userUnary(syntax::UnaryOperator op, Object* a);
    ObjRef userDivmod(Object* a, Object* b); // divmod() when a program's object takes part
    int userCompare(syntax::CmpOperator op, Object* a, Object* b);
    // The comparison's own result object (`a != b` may return whatever __ne__ returned).
    ObjRef userCompareObject(syntax::CmpOperator op, Object* a, Object* b);
    int userTruthy(Object* o);
    std::optional<std::int64_t> userLen(Object* o); // len(); nullopt with the exception set
    std::optional<std::int64_t> userHash(Object* o);
    ObjRef userSubscript(Object* o, Object* key);
    bool userStoreSubscript(Object* o, Object* key, ObjRef value);
    bool userDeleteSubscript(Object* o, Object* key);
    int userContains(Object* container, Object* item);
    ObjRef userIter(Object* o);
    ObjRef userNext(Object* o); // null at StopIteration (no exception) or on error
    ObjRef userText(Object* o, bool asStr, bool* handled); // its __str__/__repr__'s str
    // Attribute lookup on instances, classes, bound methods, descriptors and super objects.
    ObjRef classGetAttr(Object* o, const std::string& name);
    Object* pendingException() const { return m_exception.get(); }
    // Iteration: makes an iterator, or null with TypeError "'int' object is not iterable".
    ObjRef iter(Object* o);
    // Next item; null at the end (no exception) or on error (hasException()).
    ObjRef next(Object* iterator);
    // next() for a consumer that sees how the iteration ended (a for loop, `yield from`,
    // builtin next()): at the end, `endedBy` is the StopIteration a __next__ (or a function
    // a map called) raised, or null when the iterator simply ran out.
    ObjRef nextEnding(Object* iterator, ObjRef& endedBy);
    // The pending StopIteration ends the iteration: handed to nextEnding's caller, cleared.
    void endIteration();
    // The `exception` step a frame shows when an iteration it drives ends by `stop`.
    void reportEndedBy(Frame& f, Object* stop);
    // Collects an iterable into a vector; false on error. `hinted`: as list(), tuple() and
    // list.extend do, the iterable's lengthHint is taken once its iterator is made.
    bool collect(Object* iterable, ObjVec& out, bool hinted = false);
    bool drain(Object* iterator, ObjVec& out); // what an iterator has left; false on error
    // PyObject_LengthHint(o), which CPython takes to size a buffer of `have` + hint items of
    // `itemBytes` each: only a class's __len__ or __length_hint__ runs Python code (whose steps
    // the trace shows); a TypeError is passed over, other errors end it, and a buffer this
    // machine would refuse is CPython's MemoryError (not our heap limit). False on error.
    bool lengthHint(Object* o, std::size_t have, std::uint64_t itemBytes);
    // PyObject_LengthHint of a program's object: its __len__, or when that is missing or raises
    // TypeError its __length_hint__ (none, NotImplemented or a TypeError: `fallback`); nullopt
    // with the exception set.
    std::optional<std::int64_t> userLengthHint(Object* o, std::int64_t fallback);
    bool passOverTypeError();

    // Generators (generator.cpp). Resumes `g` with `sent` (null: next()): the yielded value,
    // or null when it finished (no exception) or failed (hasException()).
    ObjRef resumeGenerator(rt::IteratorObject* g, ObjRef sent);
    // A paused generator's frame shown on the stack without running (while a throw() passes
    // through it to the generator it delegates to, as CPython links the frames), and hidden
    // again. Pass `shown` false to do nothing (an expression's or a quiet generator).
    void showPausedFrame(GeneratorState& g, bool shown);
    void hidePausedFrame(GeneratorState& g, bool shown);
    bool isQuiet() const { return m_quiet > 0; }
    // A finished generator's return value, once (null if none or not a generator).
    ObjRef takeGeneratorReturn(Object* iterator);
    // Raises the StopIteration that ends a generator which returned `value`: bare for None
    // (or no value), carrying the value otherwise (str(exc) is str(value)). Always null.
    ObjRef raiseStopIteration(ObjRef value);
    // Lazy builtin iterators (map, filter, zip, enumerate, reversed over a list).
    ObjRef makeLazyIterator(rt::IteratorObject::Kind kind, const char* typeName, ObjRef source,
                            ObjVec iterators);

    // Generic aliases and unions of types (generic_alias.cpp): `list[int]`, `int | None`.
    // `T[key]` for a builtin type: the alias, or TypeError when T is not generic.
    ObjRef genericAlias(rt::TypeObject* origin, Object* key);
    // `a | b` of types: the union, or null with no exception when they are not types.
    ObjRef typeUnion(Object* a, Object* b);
    bool isGenericAlias(const Object* o) const;
    bool isUnion(const Object* o) const;
    // The members of a union or the arguments of a generic alias.
    static const ObjVec& aliasArgs(const Object* alias);
    bool aliasRepr(Object* alias, std::string& out); // false on error
    ObjRef callGenericAlias(Object* alias, rt::CallArgs& args);
    ObjRef aliasAttr(Object* alias, const std::string& name); // __origin__, __args__
    std::optional<std::int64_t> aliasHash(Object* alias);     // agrees with equality

    // Operators (operators.cpp).
    ObjRef binary(syntax::Operator op, Object* a, Object* b, bool inplace = false);
    ObjRef unary(syntax::UnaryOperator op, Object* a);
    // Rich comparison of two values; -1 on error.
    int compare(syntax::CmpOperator op, Object* a, Object* b);
    // compare's steps for two lists or two tuples' items, and for two sets; -1 on error.
    int compareSequences(syntax::CmpOperator op, const ObjVec& x, const ObjVec& y);
    // a == b (a != b when negated) of two lists or tuples: 1, 0, or -1 with the error set.
    int sequencesEqual(Object* a, Object* b, bool negate);
    int compareSets(syntax::CmpOperator op, rt::SetObject* x, rt::SetObject* y);
    int truthy(Object* o);                         // -1 on error
    int contains(Object* container, Object* item); // -1 on error
    // ==, dispatching to __eq__ for the program's classes (an error leaves the exception
    // pending and answers false: callers that can fail check hasException()).
    static bool isSequence(const Object* o) {
        return o->tag == rt::Tag::List || o->tag == rt::Tag::Deque || o->tag == rt::Tag::Tuple;
    }
    bool equals(Object* a, Object* b) {
        if (isUserObject(a) || isUserObject(b) || (a->tag == b->tag && isSequence(a)))
            return compare(syntax::CmpOperator::Eq, a, b) == 1;
        int r = rt::builtinEquality(a, b, this);
        return r == rt::kAskProgram ? compare(syntax::CmpOperator::Eq, a, b) == 1 : r == 1;
    }
    // A dict's or set's comparison of a stored key with a probe that involves a program object
    // (rt::KeyEquality): the == of PyObject_RichCompareBool, which runs its __eq__.
    int keysEqual(Object* stored, Object* probe) override;
    // == of two dicts (dict_equal) or sets (set_richcompare), looking keys up with the
    // program's __eq__ and comparing values with ==: 1, 0, or -1 with the error set.
    int dictsEqual(rt::DictObject* a, rt::DictObject* b);
    // One of the two for a and b of the same kind, whose builtin == asked for the program's.
    int containersEqual(Object* a, Object* b);
    int setsEqual(rt::SetObject* a, rt::SetObject* b);
    // set_issubset: every item of `a` found in `b` (1, 0, or -1 with the error set).
    int setIsSubset(rt::SetObject* a, rt::SetObject* b);
    // nullopt with TypeError set: a program's __hash__ runs (for a tuple's items too).
    std::optional<std::int64_t> hash(Object* o);
    // str() and repr() (`own`: list's own text of a subclass's object); nullopt on error.
    std::optional<std::string> str(Object* o);
    std::optional<std::string> repr(Object* o, bool own = false);
    // The str object a program's __str__/__repr__ returned for `o` (see repr.cpp).
    ObjRef ownText(Object* o, bool asStr, bool* handled);
    // o[key]... as PyObject_GetItem: a subclass's __getitem__ runs, unless `own` asks for the
    // builtin's (list.__getitem__ through super()); so do __setitem__ and __delitem__.
    ObjRef subscript(Object* o, Object* key, bool own = false);
    bool storeSubscript(Object* o, Object* key, ObjRef value, bool own = false);
    bool deleteSubscript(Object* o, Object* key, bool own = false);
    // Index from an int-like object; nullopt with TypeError set.
    std::optional<std::int64_t> indexValue(Object* o, const char* what);
    // PyIndex_Check and PyNumber_Index of a program's object (null with the exception set:
    // "__index__ returned non-int (type str)"). indexKey (builtins_util.h) uses them.
    bool hasUserIndex(Object* o);
    ObjRef userIndex(Object* o);

    void write(std::string_view text); // print()
    std::optional<std::string> readLine(std::string_view prompt, bool* eof);

    // Mutation helpers that keep the trace informed.
    void listInsert(rt::ListObject* l, std::int64_t index, ObjRef v);
    void listSet(rt::ListObject* l, std::int64_t index, ObjRef v);
    ObjRef listRemove(rt::ListObject* l, std::int64_t index);
    void listReplaced(rt::ListObject* l);                      // sort/reverse/bulk change
    bool dictSet(rt::DictObject* d, ObjRef key, ObjRef value); // false on unhashable
    // false when a program's __eq__ comparing the key failed.
    bool dictSetHashed(rt::DictObject* d, ObjRef key, std::int64_t hash, ObjRef value);
    // A key its caller knows is absent (its lookup just missed, or a copy's source): no
    // comparison runs.
    void dictInsertNew(rt::DictObject* d, ObjRef key, std::int64_t hash, ObjRef value);
    // CPython's dict_merge (d.update(src), {**src}, d | src): false with the error set.
    bool dictMerge(rt::DictObject* d, rt::DictObject* src);
    void dictEntrySet(rt::DictObject* d, std::int64_t pos, bool isNew, Object* value); // traces
    ObjRef dictRemoveAt(rt::DictObject* d, std::int64_t position); // returns the value
    bool setAdd(rt::SetObject* s, ObjRef key); // false on unhashable or a failed __eq__
    // The same with its hash: 1 added, 0 present, -1 failed.
    int setAddHashed(rt::SetObject* s, ObjRef key, std::int64_t hash);
    void setRemoveAt(rt::SetObject* s, std::int64_t slot);
    void setReplaced(rt::SetObject* s);
    void containerCleared(Object* o);

    Tracer* tracer() { return m_tracer.get(); }
    const RunOptions& options() const { return m_options; }
    // sys.getrecursionlimit() / setrecursionlimit(): the depth at which a Python call raises
    // RecursionError (RunLimits::maxRecursionDepth until the program sets its own). A limit
    // past kMaxRecursionLimit is kept, but a call deeper than that cap ends the run as
    // Unsupported rather than risk the native stack (nested evaluation has its own bound,
    // kMaxNativeDepth, which usually comes first).
    static constexpr int kMaxRecursionLimit = 10000;
    int recursionLimit() const { return m_recursionLimit; }
    int recursionDepth() const { return m_depth; }
    void setRecursionLimit(int limit) { m_recursionLimit = limit; }
    // True when one more Python call would pass the recursion limit (or the native stack);
    // then the RecursionError, or the Unsupported past the cap, is already set.
    bool recursionTooDeep();
    // Ends the run as Unsupported: a recursion within the program's limit but past memstep's
    // (kMaxRecursionLimit calls, or the native depth of nested evaluation).
    ObjRef recursionPastCap();

    // Builtins registry (builtins.cpp); setBuiltin binds the module library's (addBuiltins).
    ObjRef builtin(const std::string& name) const;
    void setBuiltin(const std::string& name, ObjRef value) { m_builtins[name] = std::move(value); }
    ObjRef method(Object* self, const std::string& name); // bound builtin method or null
    ObjRef makeBuiltin(std::string name, rt::NativeFn fn, ObjRef self = nullptr);
    // A builtin type's method read from the type (`str.center`, `dict.fromkeys`): the one
    // descriptor object CPython keeps for it, or null when the type has no such method
    // (type_methods.cpp).
    ObjRef typeMethod(rt::TypeObject* t, const std::string& name);
    rt::TypeObject* builtinType(rt::Tag tag) { return m_types[static_cast<std::size_t>(tag)]; }
    // Keeps a type object alive for the whole run, as every class is (a module's own types).
    void keepAlive(ObjRef type) { m_keepAlive.push_back(std::move(type)); }
    // The builtin type `name` (mappingproxy), made by `make` on first use.
    rt::TypeObject* lazyType(const std::string& name, rt::TypeObject* (*make)(Interpreter&));

    // The built-in module `name`, made on first import and shared by every later one
    // (imports.cpp); null with ImportError set for an unknown module.
    ObjRef importModule(const std::string& name);
    // True for a module the program may import (the resolver asks before the run).
    bool isKnownModule(std::string_view name) const {
        return m_library && m_library->isKnown(name);
    }
    std::vector<std::string> moduleStarNames(std::string_view name) const {
        return m_library ? m_library->starNames(name) : std::vector<std::string>{};
    }
    bool isMissingModuleAttribute(std::string_view module, std::string_view name) const {
        return m_library && m_library->isMissingAttribute(module, name);
    }

    // Source text compiled and run at run time (snippets.cpp), for doctest's examples.
    // Module-level names other than the program's: what such text reads and binds. While it
    // runs, its namespace stands in for the program's globals (swapped, not copied); frames
    // of the program's own functions run with the program's globals (ProgramGlobalsScope).
    struct Namespace {
        std::vector<ObjRef> values;
        std::vector<std::string> names;
        std::vector<bool> hidden; // all true: no frame of the trace shows these names
        std::unordered_map<std::string, int> index;
        std::vector<ObjRef> builtinBySlot;
        // globals()'s dict (namespace_dict.h) and, per slot, when it was bound (its order).
        ObjRef dict;
        std::vector<std::uint64_t> boundAt;
    };
    // The program's module-level names bound now, in slot order (doctest's finder reads them).
    std::vector<std::pair<std::string, ObjRef>> moduleItems() const;
    // A namespace holding `items` (`module.__dict__.copy()` from moduleItems(), or a dict's).
    static Namespace namespaceOf(const std::vector<std::pair<std::string, ObjRef>>& items);
    // Compiles `source` as compile(source, NAME, 'single') does (one statement; expression
    // statements outside any def show their value through sys.displayhook) and runs it in
    // `ns`, untraced, with sys.stdout going to `captured`. Functions of the program it calls
    // are traced as usual. False when it raised (the exception pending; a SyntaxError for
    // text that does not parse) or when the run was aborted (Unsupported for a class or a
    // generator function in the text). A generator expression, function or lambda made by
    // the text keeps `ns`: its body runs in it. `file` names the text in tracebacks.
    bool runSnippet(std::string_view source, const std::shared_ptr<Namespace>& ns,
                    const std::string& file, std::string& captured);
    // Sets builtins._ (sys.displayhook sets it; doctest sets it back to None after each test).
    void setBuiltinUnderscore(ObjRef value);
    // exec(text) / eval(text) with the program's own module scope (builtins/builtin_exec.cpp):
    // parses `source` (eval: one expression, its value in `value`) and runs it in the program's
    // globals, untraced as CPython's tracer takes no step in "<string>" code (functions of the
    // program it calls are traced). False when it raised (a SyntaxError as compile() reports
    // it for text that does not parse) or the run was aborted (Unsupported).
    bool runText(std::string_view source, bool evalMode, ObjRef& value);
    // exec(text, d) / eval(text, d) with a globals dict no one else holds (snippets.cpp): the
    // text runs in a namespace made of d's items, its functions keep that namespace.
    bool runTextIn(std::string_view source, bool evalMode, rt::DictObject* globals, ObjRef& value);
    // True when exec/eval without dicts would use the program's module namespace: called
    // from the program's module frame itself (not a function, class body or doctest text).
    bool atProgramModuleLevel() const;
    bool inOwnNamespace() const { return m_outsideGlobals; } // text with a namespace of its own
    bool inComprehension() const; // the innermost scope running is a comprehension
    // compile(source, '<string>', 'exec' or 'eval'): a code object holding the text compiled
    // against the program's globals (null: the SyntaxError raised, or the run aborted).
    ObjRef compileText(std::string_view source, bool evalMode);
    // exec(code) (evalMode false) or eval(code) of a code object compile() made: its text runs
    // as runText's does; false when it raised or the run was aborted.
    bool runCodeObject(Object* code, bool evalMode, ObjRef& value);
    bool isCodeObject(const Object* o) const;

    // Frames currently running (outermost first), for the tracer's consistency checks.
    const std::vector<Frame*>& frames() const { return m_frames; }
    const std::vector<ObjRef>& globals() const { return m_globals; }
    const std::vector<std::string>& globalNames() const { return m_globalNames; }
    // globals() (attributes/namespace_dict.h): the namespace in use as a dict, its owner
    // marker, and a change made through it (value null: deleted) carried to the namespace.
    ObjRef globalsDict();
    Object* namespaceOwner() const { return m_namespaceOwner.get(); }
    const Object* activeGlobalsDict() const { return m_globalsDict.get(); }
    void globalChangedInDict(const std::string& name, ObjRef value);
    // A function frame's f_locals, made on first use, refreshed (PyFrame_FastToLocals) now.
    rt::DictObject* frameLocals(Frame& f);
    void refreshFrameLocals(Frame& f);

    // Resolver results.
    int globalSlot(const std::string& name);
    std::unordered_map<const syntax::Expr*, ObjRef> constants;
    // The same values by Expr::constantSlot - 1, so evaluation needs no hash lookup.
    std::vector<ObjRef> constantPool;
    // Set displays of three or more constants: the frozenset constant CPython's compiler
    // makes for them; each evaluation is a new set updated from it (BUILD_SET, SET_UPDATE).
    std::unordered_map<const syntax::Expr*, ObjRef> setDisplayConstants;
    // `"..." % (a, b)` that CPython 3.11's AST optimiser turns into an f-string.
    std::unordered_map<const syntax::Expr*, std::vector<PercentPart>> percentAsFString;
    std::unordered_map<const syntax::StmtList*, const CodeInfo*> functionCodes;
    std::unordered_map<const syntax::ClassDef*, ObjRef> classNames; // each class's __name__ object
    std::vector<std::unique_ptr<CodeInfo>> codes;
    std::optional<Diagnostic> unsupported;
    // Module-level names CPython defines before the first line (module_names.cpp).
    ObjRef mainName;  // "__main__", merged with the file's equal string constants
    ObjRef moduleDoc; // the module docstring's constant, or null (then __doc__ is None)
    // `from __future__ import annotations`: annotations are stored as their text, never run.
    bool futureAnnotations = false;
    // Constants annotations store without evaluating them: the target name of `x: T` and,
    // under futureAnnotations, each annotation's text, keyed by their expression.
    std::unordered_map<const syntax::Expr*, ObjRef> annotationConstants;

private:
    friend class Evaluator;
    friend class PatternMatcher;
    friend struct GeneratorState;
    ObjRef makeGenerator(rt::FunctionObject* fn, rt::CallArgs& args);
    ObjRef makeGeneratorExpression(const syntax::Expr& e, Frame& f);
    // The generator object that owns `state` (both ways of making a generator end here).
    ObjRef wrapGenerator(std::unique_ptr<GeneratorState> state);
    void runGeneratorBody(GeneratorState& g);
    ObjRef yieldValue(ObjRef value);
    ObjRef yieldFrom(Object* iterable);
    ObjRef delegateSend(Object* it, const ObjRef& sent, ObjRef& endedBy);
    ObjRef runGenerator(GeneratorState& g, ObjRef sent, bool traced);
    void closeGenerator(GeneratorState& g);
    void registerGeneratorMethods();
    bool enclosingAlive(const GeneratorState& g) const;
    void markReadByGenexp(Frame& f); // generators/outliving.cpp
    void keepReadByGenexps(Frame& dying);
    ObjRef nextLazy(rt::IteratorObject* it);
    void reportStopIteration(Frame& f, Object* value);
    void registerBuiltins();
    // Module-level names, `__builtins__`, `__import__` and annotations (module_names.cpp).
    void setupModuleBuiltins();
    void setupGenericAliases();
    bool aliasItemRepr(Object* o, std::string& out);
    void bindModuleNames();
    ObjRef builtinsModuleAttr(const std::string& name);
    ObjRef futureFeature(const std::string& name);
    Flow execAnnAssign(const syntax::AnnAssign& a, bool single, Frame& f);
    bool storeAnnotation(const syntax::AnnAssign& a, Frame& f);
    // A def's annotations, evaluated in CPython's order into the function's __annotations__.
    bool makeAnnotations(rt::FunctionObject* fn, const syntax::FunctionDef& d, Frame& f);
    void setupTypes();
    void setupClasses();      // object, super, property... (classes.cpp)
    void setupAttrBuiltins(); // getattr, setattr, hasattr... (attr_builtins.cpp)
    // classGetAttr on a class object: __name__, __mro__..., then what the MRO holds.
    ObjRef typeGetAttr(rt::TypeObject* t, const std::string& name);
    Flow execClassDef(const syntax::ClassDef& d, Frame& f);
    // execClassDef's steps (class_statement.cpp); each returns Flow::Normal or the flow to
    // return, having reported its error on `f`.
    // `origBases` gets the bases as written when a base's __mro_entries__ replaced one
    // (typing.Generic[T]), for the class's __orig_bases__; it stays empty otherwise.
    Flow evalClassBases(const syntax::ClassDef& d, Frame& f, ObjVec& baseObjects,
                        ObjVec& origBases);
    Flow runClassBody(const syntax::ClassDef& d, const CodeInfo* code, rt::AttrDict& ns, Frame& cf,
                      Frame& f);
    // A class made by a program's metaclass (or a function given as `metaclass=`), called
    // with the body's namespace as a dict; bindClass decorates and binds what it made.
    Flow classByMetaclass(const syntax::ClassDef& d, Frame& f, const CodeInfo* code, ObjRef meta,
                          const ObjVec& baseObjects, const ObjVec& origBases,
                          std::vector<ObjRef>& decorators);
    Flow bindClass(const syntax::ClassDef& d, Frame& f, std::vector<ObjRef>& decorators,
                   ObjRef cls);
    // The bases as classes, the instance layout and the MRO; false with the exception set.
    friend ObjRef typeNewClass(Interpreter& in, rt::TypeObject* metatype, rt::CallArgs& args);
    bool classBasesLayoutMro(const ObjVec& baseObjects, std::vector<rt::TypeObject*>& bases,
                             rt::TypeObject*& layout, std::vector<rt::TypeObject*>& mro);
    // The class object from a namespace; `classCell` (null: none) now points at it.
    ObjRef makeClass(const std::string& name, ObjRef nameObject, const std::string& qualname,
                     rt::AttrDict& ns, ObjRef classCell, const std::vector<rt::TypeObject*>& bases,
                     rt::TypeObject* layout, const std::vector<rt::TypeObject*>& mro);
    // A def's or class's decorators, evaluated in order each on its own line, then applied
    // innermost first once the target is made; false with the exception set.
    bool evalDecorators(const syntax::ExprList& decorators, Frame& f,
                        std::vector<ObjRef>& evaluated);
    ObjRef applyDecorators(const syntax::ExprList& decorators, std::vector<ObjRef>& evaluated,
                           ObjRef target, Frame& f);
    rt::TypeObject* addType(const std::string& name, rt::Tag tag, rt::NativeFn ctor,
                            rt::TypeObject* base = nullptr, bool exc = false);
    Flow execBlock(const syntax::StmtList& body, Frame& f); // statements (exec.cpp)
    Flow exec(const syntax::Stmt& s, Frame& f);
    Flow execAugAssign(const syntax::AugAssign& a, Frame& f);
    Flow execIf(const syntax::Stmt& s, Frame& f);
    Flow execWhile(const syntax::Stmt& s, Frame& f);
    Flow execFor(const syntax::Stmt& s, Frame& f);
    Flow execFunctionDef(const syntax::Stmt& s, Frame& f);
    Flow execAssert(const syntax::Assert& a, Frame& f);
    // A statement failed with the exception pending: reports it on `f`'s step.
    Flow failed(Frame& f) {
        reportException(f);
        return Flow::Raise;
    }
    ObjRef eval(const syntax::Expr& e, Frame& f); // evalNode, noting where it failed
    ObjRef evalNode(const syntax::Expr& e, Frame& f);
    ObjRef evalCall(const syntax::Call& c, Frame& f);
    // A call's arguments into `args` with CPython's steps (call_arguments.cpp); false on error.
    // `kwNames` keeps `**` keywords' names; viaMethod, self and callee name it in errors.
    bool evalCallArguments(const syntax::Call& c, Frame& f, rt::CallArgs& args,
                           std::vector<std::string>& kwNames, bool viaMethod, Object* self,
                           Object* callee);
    // Its keywords, after the positional ones; `exCall`: compiled to CALL_FUNCTION_EX.
    bool evalCallKeywords(const syntax::Call& c, Frame& f, rt::CallArgs& args,
                          std::vector<std::string>& kwNames, bool exCall, bool viaMethod,
                          Object* self, Object* callee);
    // eval's parts that build a value from parts (eval_displays.cpp).
    ObjRef evalBoolOp(const syntax::BoolOp& b, Frame& f);
    // A test compiled to jumps (if, while, assert...): 1, 0, or -1 on error.
    int conditionTruth(const syntax::Expr& test, Frame& f, int& jumpLine);
    ObjRef evalDisplay(const syntax::Expr& e, Frame& f); // list, tuple or set display
    ObjRef evalDict(const syntax::Expr& e, Frame& f);
    ObjRef evalSlice(const syntax::Slice& s, Frame& f);
    ObjRef evalJoinedStr(const syntax::JoinedStr& j, Frame& f);
    ObjRef evalPercentAsFString(const std::vector<PercentPart>& parts, const syntax::Tuple& items,
                                Frame& f);
    ObjRef evalFormattedValue(const syntax::FormattedValue& fv, Frame& f);
    ObjRef evalComprehension(const syntax::Expr& e, Frame& f);
    bool compGenerate(const syntax::Expr& e, const std::vector<syntax::Comprehension>& gens,
                      std::size_t level, Frame& cf, Object* result,
                      Object* firstIterator = nullptr);
    ObjRef evalCompare(const syntax::Compare& c, Frame& f);
    ObjRef evalBinOp(const syntax::Expr& e, Frame& f);
    ObjRef evalUnaryOp(const syntax::Expr& e, Frame& f);
    bool assign(const syntax::Expr& target, ObjRef value, Frame& f);
    bool unpack(const syntax::ExprList& targets, Object* value, Frame& f);
    bool del(const syntax::Expr& target, Frame& f);
    ObjRef loadName(const syntax::Name& n, Frame& f);
    bool storeName(const syntax::Name& n, ObjRef value, Frame& f);
    // A name found nowhere: NameError, or Unsupported for a builtin memstep lacks.
    ObjRef undefinedName(const std::string& id);
    static bool isMissingBuiltin(std::string_view name);
    void bindLocal(Frame& f, int slot, ObjRef value);
    bool bindDefinition(Frame& f, const std::string& name, ObjRef value);
    void bindGlobal(int slot, ObjRef value);
    // Every write to a global slot (null: unbind): traced, and mirrored into globals()'s dict.
    void setGlobal(std::size_t slot, ObjRef value, bool fromDict = false);
    // `import` and `from ... import` (imports.cpp); false with the exception set.
    bool execImport(const syntax::Stmt& s, Frame& f);
    // Binds a statement-level name (def, import) where the resolver placed it.
    void bindNamed(Frame& f, const std::string& name, ObjRef value);
    Frame* cellOwner(const rt::CellObject* cell); // the running frame holding it, if any
    // `line`: the def's (or lambda's), where the defaults are gathered.
    ObjRef makeFunction(const CodeInfo* code, const syntax::Arguments& args, Frame& f, int line);
    ObjRef callFunction(rt::FunctionObject* fn, rt::CallArgs& args);
    bool bindArguments(rt::FunctionObject* fn, rt::CallArgs& args, Frame& frame);
    // A new frame for a call of `fn` (a plain call or a generator's body): arguments bound,
    // captured variables turned into cells, numbered; false with the exception set.
    bool prepareFrame(rt::FunctionObject* fn, rt::CallArgs& args, Frame& frame);
    // The fast path for the commonest call (call_fast.cpp): `f(a, b)` or `obj.m(a, b)` on a
    // function whose parameters are all plain positional ones, each given exactly once.
    static bool isPlainCall(const rt::FunctionObject* fn, const syntax::Call& c,
                            std::size_t leading);
    // A method of a user instance's class that `obj.name` would bind (not shadowed by the
    // instance's own attribute, not a descriptor), or null when the general path must run.
    rt::FunctionObject* plainMethod(Object* self, const std::string& name);
    ObjRef callPlain(rt::FunctionObject* fn, Object* self, const syntax::Call& c, Frame& f);
    // Runs a frame whose parameters are bound: steps, body, return (shared by both paths).
    ObjRef runFrame(Frame& frame);
    void enterFunction(const rt::FunctionObject* fn, Frame& frame); // traced? its globals
    // Frames' locals vectors are reused (their capacity kept), saving an allocation per call.
    void takeLocals(Frame& frame, std::size_t slots);
    void recycleFrame(Frame& frame);
    ObjRef slice(Object* o, rt::SliceObject* s);
    // Steps: a line event when the line changes; the common "same line" answer is inline.
    bool mark(Frame& f, int line, bool force = false) {
        if (f.traced != &f || (line == f.line && !force)) {
            f.line = line; // exec text's and comprehensions': for their traceback entry
            return true;
        }
        return markNewLine(f, line);
    }
    bool markNewLine(Frame& f, int line);
    bool step(Frame& f, StepKind kind, int line, Object* returnValue = nullptr);
    // try/raise (exceptions.cpp).
    Flow execTry(const syntax::Try& t, Frame& f);
    Flow execRaise(const syntax::Raise& r, Frame& f);
    // `with` (with_statement.cpp): item `index` onwards around the body.
    Flow execWith(const syntax::With& w, Frame& f);
    Flow withItem(const syntax::With& w, std::size_t index, Frame& f);
    Flow execMatch(const syntax::Match& m, Frame& f); // patterns/match_statement.cpp
    ObjRef exceptionInstance(ObjRef v, const char* notDerived);
    void bindHandlerName(Frame& f, const std::string& name, ObjRef value);
    void unbindHandlerName(Frame& f, const std::string& name);
    // hints: with CPython's "Did you mean" hints, as python3 prints an uncaught error.
    std::string tracebackText(rt::ExceptionObject* e, bool hints);
    std::string systemExitText(rt::ExceptionObject* e);
    // CPython's "Did you mean" hint for an uncaught NameError or AttributeError: the closest
    // name (suggestions.cpp), or "" when it offers none.
    std::string suggestionFor(rt::ExceptionObject* e);
    std::vector<std::string> attributeCandidates(Object* o);
    // pollStop()'s slow half: looks at the cancel flag and the clock now.
    bool pollStopNow();
    void reportException(Frame& f);
    Diagnostic makeDiagnostic();
    const RunOptions& m_options;
    std::string m_source;
    std::vector<std::string> m_lines;
    std::unique_ptr<rt::Heap> m_heap;
    std::unique_ptr<Tracer> m_tracer;
    std::uint32_t m_nextId = 0;
    std::uint32_t m_nextFrame = 0;
    std::uint64_t m_steps = 0;
    Deadline m_deadline;
    std::uint64_t m_nativeWork = 0;     // work reported to pollStop() since the clock was last read
    int m_depth = 0;                    // Python frames
    int m_recursionLimit = 1000;        // set from RunLimits::maxRecursionDepth, then by sys
    int m_nativeDepth = 0;              // nested eval() calls
    int m_compareNesting = 0;           // nested sequencesEqual() calls
    const char* m_stackFloor = nullptr; // inside a generator: Python calls below it fail
    std::string m_output;
    bool m_outputTruncated = false;
    ObjRef m_exception;
    // nextEnding's caller: where endIteration() puts the StopIteration, and the frame count
    // it was asked at (a deeper frame's own iteration keeps its StopIteration to itself).
    ObjRef* m_endSink = nullptr;
    std::size_t m_endSinkDepth = 0;
    bool m_yieldStep = false;       // the Return step being recorded is a generator's yield
    bool m_raisePending = false;    // m_exception was just raised: its first step animates it
    std::vector<ObjRef> m_handling; // exceptions whose handlers (or finally) are running
    std::optional<Abort> m_abort;
    std::vector<Frame*> m_frames;
    std::vector<ObjVec> m_spareLocals; // emptied locals of finished frames, for reuse
    std::vector<GeneratorState*> m_runningGenerators; // innermost last
    std::vector<GeneratorState*> m_generators;        // started and not finished
    std::vector<GeneratorState*> m_genexpsReading;    // genexps reading a frame around them
    std::shared_ptr<StackPool> m_stackPool;           // native stacks for generators' bodies
    std::vector<const Frame*> m_comprehensionFrames;  // list/set/dict comprehensions running
    int m_quiet = 0; // > 0 while closing a dropped generator: nothing is traced or counted
    std::vector<ObjRef> m_globals;
    std::vector<std::string> m_globalNames;
    std::vector<bool> m_globalHidden; // dunder names are not shown
    // Namespace::boundAt and ::dict of the table in use; a namespace dict's owner marker.
    std::vector<std::uint64_t> m_globalBoundAt;
    std::uint64_t m_bindCount = 0;
    ObjRef m_globalsDict, m_namespaceOwner;
    std::unordered_map<std::string, int> m_globalIndex;
    std::unordered_map<std::string, ObjRef> m_builtins;
    // The builtin a global slot's name finds while the global is unset (filled on first use;
    // builtins never change once registered), so `len(x)` in a loop hashes no string.
    std::vector<ObjRef> m_builtinBySlot;
    std::vector<std::unordered_map<std::string, rt::NativeFn>> m_methods; // by Tag
    std::vector<ObjVec> m_spareArgBuffers; // emptied argument vectors for evalCall (eval.cpp)
    std::vector<rt::TypeObject*> m_types;  // by Tag
    std::unordered_map<std::string, ObjRef> m_typeMethods; // "str.center": its descriptor
    rt::TypeObject* m_builtinKindTypes[4] = {}; // method_descriptor... by rt::BuiltinKind
    std::unordered_map<std::string, rt::TypeObject*> m_exceptionTypes;
    // list_iterator, generator, zip..., lazyType()'s: one type per type name, made on first use.
    std::unordered_map<std::string, rt::TypeObject*> m_iteratorTypes;
    std::vector<ObjRef> m_keepAlive; // type objects (user classes too: they live for the whole run)
    rt::TypeObject* m_objectType = nullptr;
    rt::TypeObject* m_tracebackType = nullptr; // made when the first traceback object is
    // staticmethod, classmethod, property, member_descriptor (DescriptorObject::Kind)
    rt::TypeObject* m_descriptorTypes[4] = {};
    ObjRef m_notImplemented;
    const ModuleLibrary* m_library = nullptr;          // what `import` may reach
    std::unordered_map<std::string, ObjRef> m_modules; // imported so far, by name
    ObjRef m_builtinsModule;
    rt::TypeObject* m_genericAliasType = nullptr;             // types.GenericAlias
    rt::TypeObject* m_unionType = nullptr;                    // types.UnionType
    std::unordered_map<std::string, ObjRef> m_futureFeatures; // `from __future__ import` binds
    const CodeInfo* m_moduleCode = nullptr;
    // runSnippet: the program's globals, swapped out while source text runs (else null);
    // where print() writes instead of the program's stdout (else null); the parsed texts,
    // kept for the whole run since the resolver's tables point into them.
    Namespace* m_outsideGlobals = nullptr;
    std::shared_ptr<Namespace> m_activeSnippet; // the namespace swapped in while text runs
    std::string* m_capture = nullptr;
    std::vector<std::unique_ptr<syntax::Module>> m_snippetTrees;
    // CPython interns every str constant made only of name characters, in every code object:
    // such a constant of the text is the program's object with that value, or an earlier
    // text's. Filled from constantPool up to m_internedUpTo.
    std::unordered_map<std::string, ObjRef> m_internedStrings;
    std::size_t m_internedUpTo = 0;
    void internSnippetConstants(std::size_t replaceFrom); // entries before it only register
    // compile()'s code objects: their type (made on first use) and what each one holds; a
    // code object lives for the whole run (m_keepAlive), so its address stays its own.
    struct CompiledText {
        const CodeInfo* code = nullptr;
        bool evalMode = false;
    };
    rt::TypeObject* m_codeType = nullptr;
    std::unordered_map<const Object*, CompiledText> m_compiledTexts;
    // Parses and resolves text against the globals in place now (exec/eval/compile: `who`).
    const CodeInfo* compileSource(std::string_view source, bool evalMode, const char* who,
                                  bool inFunction);
    bool runCompiled(const CodeInfo* code, bool evalMode, ObjRef& value);
    void swapGlobals(Namespace& ns);
    bool displayValue(ObjRef value); // sys.displayhook
    friend class ProgramGlobalsScope;
    friend class GeneratorGlobalsScope;
};

// Resolves names to slots, folds and merges constants (resolver.cpp); sets `unsupported`.
void resolveModule(Interpreter& interp, const syntax::Module& module);
// The same for source text compiled at run time (runSnippet): its own module code, resolved
// against the globals in place now.
const CodeInfo* resolveSnippet(Interpreter& interp, const syntax::Module& module);

} // namespace memstep::core::interp
