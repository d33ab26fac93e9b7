// Objects that run code or describe types: functions, builtins, type objects, exceptions,
// cells and iterators.
//
// A FunctionObject points at the resolver's CodeInfo for its body (owned by the interpreter
// for the whole run) and owns its defaults and closure cells, which is exactly what the
// heap-graph contract shows for a function. Builtins are one C++ function pointer plus an
// optional bound `self`, so `xs.append` costs one small object only when a program keeps it.
// Exceptions are ordinary objects whose type is a TypeObject in a single-inheritance chain,
// so `except LookupError` will work by walking `base`.
#pragma once

#include "runtime/attr_dict.h"
#include "runtime/object.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace memstep::core::interp {
class Interpreter;
struct CodeInfo;
} // namespace memstep::core::interp

namespace memstep::core::rt {

struct KwArg {
    const std::string* name; // interned or owned by the caller for the call's duration
    ObjRef value;
    // The str object naming it: the file's constant for `f(name=...)`, the dict's key for
    // `f(**d)`. A **kwargs dict is keyed by it, as in CPython (null: make a new str).
    ObjRef key;
};

struct CallArgs {
    ObjVec positional;
    std::vector<KwArg> keywords;
};

// A builtin's body: returns the result, or null with the interpreter's exception set.
using NativeFn = ObjRef (*)(interp::Interpreter& in, Object* self, CallArgs& args);

struct FunctionObject : Object {
    FunctionObject() : Object(Tag::Function) {}
    ~FunctionObject() override; // lets its __dict__ go as a plain dict (heap.cpp)
    const interp::CodeInfo* code = nullptr;
    std::string name;
    ObjVec defaults;                  // for the last positional parameters
    ObjVec kwDefaults;                // parallel to keyword-only parameters (null = required)
    std::vector<Ref<Object>> closure; // CellObjects, in the code's freeVars order
    ObjRef annotations;               // __annotations__ (a dict), made at def time or on first use
    // What the program assigned to __name__, __qualname__, __doc__ and __module__ (null: the
    // code's own; `del f.__doc__` stores None, which is what CPython then reads). `name` above
    // follows __name__ too: the diagram's box and the trace show it.
    ObjRef nameObject;
    ObjRef qualnameObject;
    ObjRef docObject;
    ObjRef moduleObject;
    AttrDict dict; // the function's own attributes (f.calls = 0), its __dict__ in CPython
    // `f.__dict__` once asked for: a dict kept equal to `dict` both ways (its `owner` is this
    // function), as an instance's is (interp/attributes/instance_dict.h). Null before.
    ObjRef dictObject;
    // A function defined by text that ran in a namespace of its own (a doctest example's copy
    // of the globals, an Interpreter::Namespace): its __globals__, swapped in while it runs.
    // Null for the program's functions and text run in the program's own module namespace.
    std::shared_ptr<void> textGlobals;
};

// A builtin standing in for a Python function of a library module (random.py's
// Random.randint): CPython shows that function, so the diagram draws it as a `function`
// with these parameters and defaults.
struct PythonSignature {
    std::string qualname;            // "Random.randint"
    std::vector<std::string> params; // signature order, as the heap-graph contract lists them
    std::size_t positional = 0;      // params[0, positional) may be passed by position
    ObjVec defaults;                 // __defaults__, for the last positional parameters
    // The function's non-empty closure cells as (free variable, value), co_freevars order
    // (a dataclass's generated __init__ closes over its default factories).
    std::vector<std::pair<std::string, ObjRef>> closure;
    // Its __dict__: what the library set on the function (the __wrapped__ of a dataclass's
    // __repr__, typing.NamedTuple's __mro_entries__), drawn as a function's attributes.
    std::vector<std::pair<std::string, ObjRef>> attrs;
};

// What CPython type a builtin stands for: builtin_function_or_method (functions, methods
// bound to their object), or a method of a builtin type read from the type (`str.center`, a
// method_descriptor; `list.__len__`, a wrapper_descriptor) or a slot method bound to its
// object (`[].__len__`, a method-wrapper).
enum class BuiltinKind : std::uint8_t {
    Function,
    MethodDescriptor,
    WrapperDescriptor,
    MethodWrapper
};

struct BuiltinObject : Object {
    BuiltinObject() : Object(Tag::Builtin) {}
    std::string name;
    NativeFn fn = nullptr;
    ObjRef self;                             // bound methods of builtin types
    std::unique_ptr<PythonSignature> python; // set only for stand-ins of Python functions
    BuiltinKind kind = BuiltinKind::Function;
    TypeObject* owner = nullptr; // descriptors: the type whose instances `fn` takes as self
};

// What a library's metaclass (enum's EnumType, abc's ABCMeta, typing's) does differently from
// `type` for the classes it makes. The program's subclasses inherit it (TypeObject::meta); each
// hook is optional (null: as `type` does) and gets the class as `self`.
struct Metaclass {
    // Before the body of class `name` runs, given its bases: the names the body starts with,
    // before __module__ (EnumType.__prepare__). False with the exception set.
    bool (*prepare)(interp::Interpreter& in, const std::string& name, const ObjVec& bases,
                    AttrDict& ns) = nullptr;
    // The class a class statement just made: finishes it (enum members, __abstractmethods__)
    // or replaces it (typing.NamedTuple). Returns what the statement binds; null with the
    // exception set.
    ObjRef (*created)(interp::Interpreter& in, TypeObject* cls) = nullptr;
    // A name the class body binds (`ns` its namespace so far): the value stored instead, as
    // EnumType's _EnumDict stores an auto()'s value. Null with the exception set.
    ObjRef (*store)(interp::Interpreter& in, AttrDict& ns, const std::string& name,
                    ObjRef value) = nullptr;
    NativeFn call = nullptr;        // C(...)
    NativeFn getItem = nullptr;     // C[key], the key the one argument
    NativeFn iter = nullptr;        // iter(C)
    NativeFn len = nullptr;         // len(C)
    NativeFn contains = nullptr;    // x in C, x the one argument; returns a bool
    const char* reprWord = "class"; // repr(C): <enum 'Color'>
    // `C.name = value`, or `del C.name` with value null, before it is done: false with the
    // exception set to refuse it (an enum's members).
    bool (*setClassAttr)(interp::Interpreter& in, TypeObject* cls, const std::string& name,
                         Object* value) = nullptr;
    // A name the class lacks (EnumType's __members__): null without an exception for none.
    ObjRef (*classAttr)(interp::Interpreter& in, TypeObject* cls,
                        const std::string& name) = nullptr;
};

struct TypeObject : Object {
    TypeObject() : Object(Tag::Type) {}
    std::string name;
    Tag instanceTag = Tag::None;  // builtin types: the tag of their instances
    TypeObject* base = nullptr;   // the first base (types live as long as the interpreter)
    NativeFn construct = nullptr; // type(...) call
    bool isException = false;     // BaseException or one of its subclasses (user ones too)
    // Classes defined by the program (interp/classes.cpp). Builtin types leave these empty
    // and are searched through `base` alone.
    bool isUser = false;
    // A class a module writes in Python (fractions.Fraction): found, called and dispatched as
    // a program's class, but drawn as CPython's reference draws a library class, by name only
    // (no namespace, no instance attributes). Set together with isUser.
    bool isLibrary = false;
    std::string qualname;           // "Outer.Inner", "f.<locals>.C"
    ObjRef nameObject;              // the str __name__ returns (one object, like CPython)
    std::vector<TypeObject*> bases; // as written (object when none)
    std::vector<TypeObject*> mro;   // C3 linearisation, the class itself first
    AttrDict dict;                  // the class namespace, in definition order
    // The builtin type whose instance layout this class extends: `object` for ordinary
    // classes, an exception type for `class MyError(ValueError)`.
    TypeObject* layout = nullptr;
    // An abstract base class of collections.abc: decides whether `sub` is a virtual subclass
    // of it (isinstance(x, Iterable)), as its __subclasshook__ and register() calls do.
    bool (*virtualSubclass)(interp::Interpreter& in, const TypeObject* abc,
                            TypeObject* sub) = nullptr;
    // Builtin types a module defines (functools.partial, operator.itemgetter): instances are
    // InstanceObjects keeping their state in `attrs` under names no program can spell, and
    // these hooks (null: as object()) call them, read their own attributes (null without an
    // exception: none of that name), give their repr (a str), and compare them (`op` is a
    // syntax::CmpOperator; -1 with the exception set).
    NativeFn callInstance = nullptr;
    ObjRef (*instanceAttr)(interp::Interpreter& in, Object* self,
                           const std::string& name) = nullptr;
    NativeFn reprInstance = nullptr;
    // The `value` the trace shows on an instance's box (re.Pattern: its pattern text); null:
    // none. It must run no code of the program.
    std::string (*traceValue)(Object* self) = nullptr;
    // The bytes an instance exports through the buffer protocol (array.array's items), which
    // bytes(x) and bytearray(x) copy; null: it has no buffer.
    const std::string* (*buffer)(Object* self) = nullptr;
    int (*compareInstance)(interp::Interpreter& in, int op, Object* a, Object* b) = nullptr;
    // Instances found on a class bind to the instance like functions (_lru_cache_wrapper has
    // a __get__ that does so; partial has none).
    bool instancesBind = false;
    // A library class with a metaclass of its own, and every class derived from it.
    const Metaclass* meta = nullptr;
    // The metaclass that made this class when it is not type: a program's subclass of type,
    // or a library's (EnumType, ABCMeta) whose part `meta` is. type() of the class.
    TypeObject* metaclass = nullptr;
    // A library's metaclass (abc.ABCMeta): what the classes `metaclass=` it makes get as meta.
    const Metaclass* makes = nullptr;
    // __slots__ (interp/attributes/slots.cpp): every slot of its instances, the bases' first,
    // each class's in its __slots__ order as written; and whether its instances have no
    // __dict__ (every program class of the MRO defines __slots__).
    std::vector<std::string> slotOrder;
    bool noDict = false;
    // Which of collections' classes written over a `data` attribute this library class is
    // (set where it is made): collections.abc counts it and its subclasses as a
    // MutableMapping, a MutableSequence or a Sequence, and UserDict's __getitem__ asks for
    // __missing__.
    enum class UserCollection : unsigned char { None, Dict, List, String };
    UserCollection userCollection = UserCollection::None;
    // What a program's class's namespace holds in CPython beyond `dict` (vars(C), a
    // mappingproxy: interp/attributes/class_namespace.cpp): how many of `dict`'s first entries
    // type() made (the body's names and the slots'), whether it added `__hash__ = None` itself,
    // and the `__dict__` and `__weakref__` descriptors it adds after those, made on first use.
    std::size_t madeEntries = 0;
    bool addedHash = false;
    ObjRef dictDescriptor;
    ObjRef weakrefDescriptor;
};

struct ExceptionObject : Object {
    ExceptionObject() : Object(Tag::Exception) {}
    TypeObject* type = nullptr;
    ObjVec args;
    std::string message; // str(exc)
    ObjRef cause;        // __cause__ (`raise X from Y`)
    ObjRef context;      // __context__: the exception being handled when this one was raised
    bool suppressContext = false; // __suppress_context__ (set by `from`)
    struct Where {
        std::string function;
        int line = 0;
        // Empty in the program's own file; else the file of code made from text at run time
        // ("<string>" for exec and eval, "<doctest NAME[i]>"), whose source line is not shown.
        std::string file;
        // The failing instruction's source range (CPython's co_positions), which the ~~~^^^
        // markers under the line show: UTF-8 byte columns, -1 when unknown (no markers).
        int endLine = 0;
        int column = -1;
        int endColumn = -1;
        // A binary operation or a subscript marks its parts apart: `partEnd` is where its left
        // operand (value) ends and `partStart` where its right operand starts (slice ends).
        enum class Shape : std::uint8_t { Plain, BinaryOp, Subscript };
        Shape shape = Shape::Plain;
        int partEnd = -1;
        int partStart = -1;
    };
    std::vector<Where> traceback; // innermost first
    // A SyntaxError raised by compile(), exec() or eval() of text: the lines the traceback
    // module prints above its last line (File "<string>", the text, its caret); else empty.
    std::string syntaxBlock;
    // The traceback object last handed out (__exit__'s third argument, __traceback__) and
    // the traceback depth it stands for: a deeper traceback is a new object in CPython.
    ObjRef tracebackObject;
    std::size_t tracebackDepth = 0;
    AttrDict attrs; // instances of user exception classes: their __dict__
    // OSError's errno, strerror, filename and filename2 (null reads as None; a None given as
    // the errno is not null and shows in str()) and BlockingIOError's characters_written (-1:
    // not given, reading it is an AttributeError).
    ObjRef osErrno, osStrerror, osFilename, osFilename2;
    std::int64_t charactersWritten = -1;
    // What CPython's "Did you mean" hint reads when it prints the traceback: the name that was
    // missing (NameError.name, AttributeError.name), the object that lacked it
    // (AttributeError.obj, held as CPython holds it) and the code of the frame a NameError
    // came from (its local variable names are the first candidates).
    std::string missingName;
    ObjRef missingFrom;
    const interp::CodeInfo* missingInCode = nullptr;
};

// A generator's execution state (interp/generators/generator.h). The runtime only owns it; at heap
// teardown it is told to forget its references without running any code.
struct GeneratorHandle {
    virtual ~GeneratorHandle() = default;
    virtual void dropReferences() = 0;
};

// An iterator a module writes in C++ (itertools): its next() and the references it holds.
struct NativeIterState {
    virtual ~NativeIterState() = default;
    // The next item; null at the end (no exception) or on error (the exception set).
    virtual ObjRef next(interp::Interpreter& in) = 0;
    // Heap teardown: forget every reference without running any code.
    virtual void dropReferences() = 0;
    // repr() for a type that has its own (count(5)): 1 when written to `out`, 0 for the
    // default "<itertools.NAME object at 0x...>", -1 on error (it may run a __repr__).
    virtual int repr(interp::Interpreter&, std::string&) { return 0; }
};

// Iteration state over a builtin container or a range, a lazy builtin iterator (map, filter,
// zip, enumerate, reversed: each step asks its sources for one item), or a generator.
struct IteratorObject : Object {
    enum class Kind : std::uint8_t {
        Seq,
        Range,
        Str,
        Bytes, // bytes and bytearray (live: a bytearray changed meanwhile is read as it is)
        DictKeys,
        DictValues,
        DictItems,
        Set,
        Values,
        Map,       // source: the function; values: one iterator per argument
        Filter,    // source: the predicate (None: truth); values: the iterator
        Zip,       // values: the iterators
        Enumerate, // cur: the next count; values: the iterator
        Reversed,  // source: the list; pos: next index from the end (live, like
                   // list_reverseiterator)
        Generator, // generator: its frame and native stack
        Native     // native: a module's own iterator (itertools.count, ...)
    };
    IteratorObject() : Object(Tag::Iterator) {}
    Kind kind = Kind::Seq;
    ObjRef source;
    ObjVec values; // Kind::Values: a materialised sequence
    std::int64_t pos = 0;
    std::int64_t cur = 0, stop = 0, step = 1; // Range
    std::size_t expectedSize = 0;             // dict/set: "changed size during iteration"
    std::string typeName;                     // list_iterator, range_iterator, ...
    std::unique_ptr<GeneratorHandle> generator;
    std::unique_ptr<NativeIterState> native;
    TypeObject* nativeType = nullptr; // Kind::Native: its module's type (itertools.count)
    bool exhausted = false;           // lazy kinds: a source ran out, so every later next() ends
};

struct DictViewObject : Object {
    enum class Kind : std::uint8_t { Keys, Values, Items };
    DictViewObject() : Object(Tag::DictView) {}
    Kind kind = Kind::Keys;
    ObjRef dict;
};

} // namespace memstep::core::rt
