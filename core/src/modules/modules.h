// The built-in modules a program may import: math, random, copy, collections (and
// collections.abc, reached only by `from collections.abc import ...`), heapq, bisect,
// functools, itertools, operator, string, doctest, dataclasses, enum, abc, sys, errno, fractions
// and statistics (in doctest/ and stdlib/), random (random/), typing (typing/), re (re/), cmath
// (cmath/), io and time (io/), datetime (datetime/), decimal (decimal/), array (array/), weakref
// (weakref/), struct (struct/), pprint (pprint/) and queue (queue/).
//
// memstep runs one file, so `import` only ever reaches these modules, each written in C++
// in its own file here (math_module.cpp, random_module.cpp, copy_module.cpp,
// collections_module.cpp, ...) to give
// CPython 3.11's results bit for bit. Any other module is refused before the run starts, by
// the resolver, with an Unsupported diagnostic naming it. The interpreter makes each module
// once per run (interp/imports.cpp), so every import of it binds the same object, as
// sys.modules does in CPython. The interpreter reaches these modules only through the
// ModuleLibrary that run.cpp hands it (standardLibrary()), so it never includes this header.
#pragma once

#include "interp/interpreter.h"
#include "runtime/module.h"

#include <string>
#include <string_view>
#include <vector>

namespace memstep::core::modules {

using interp::Interpreter;
using rt::Object;
using rt::ObjRef;
using rt::ObjVec;

// The modules above, for Interpreter's constructor. One shared, stateless object: each
// interpreter keeps its own module objects.
const interp::ModuleLibrary& standardLibrary();

// How CPython 3.11 made a module decides which dunders besides __name__ its object has
// (dir(module)); memstep's module objects have none of them, so each module's
// isMissing...Attribute answers isModuleDunder for its origin before its own names.
enum class ModuleOrigin {
    BuiltIn,   // compiled into python3 (itertools, sys): __doc__, __loader__, __package__, __spec__
    Extension, // a shared library (math): those and __file__
    Frozen,    // frozen into python3 (abc): those, __file__ and __builtins__
    Source,    // a .py file (random, typing...): those, __file__, __builtins__ and __cached__
};
bool isModuleDunder(ModuleOrigin origin, std::string_view name);

// Each module's attributes (its own file).
void fillMath(Interpreter& in, rt::ModuleObject& m);
void fillRandom(Interpreter& in, rt::ModuleObject& m);
void fillCopy(Interpreter& in, rt::ModuleObject& m);
void fillCollections(Interpreter& in, rt::ModuleObject& m);
void fillCollectionsAbc(Interpreter& in, rt::ModuleObject& m);
// A name of CPython's collections (collections.abc) that memstep's lacks
// (collections_module.cpp, collections_abc.cpp).
bool isMissingCollectionsAttribute(std::string_view name);
bool isMissingCollectionsAbcAttribute(std::string_view name);
void fillHeapq(Interpreter& in, rt::ModuleObject& m);
void fillBisect(Interpreter& in, rt::ModuleObject& m);
void fillFunctools(Interpreter& in, rt::ModuleObject& m);
void fillItertools(Interpreter& in, rt::ModuleObject& m);
void fillOperator(Interpreter& in, rt::ModuleObject& m);
void fillString(Interpreter& in, rt::ModuleObject& m);
void fillStringTemplate(Interpreter& in, rt::ModuleObject& m); // string_template.cpp
void fillDoctest(Interpreter& in, rt::ModuleObject& m);        // doctest/doctest_module.cpp
bool isMissingDoctestAttribute(std::string_view name);
void fillDataclasses(Interpreter& in, rt::ModuleObject& m); // stdlib/dataclasses_module.cpp
bool isMissingDataclassesAttribute(std::string_view name);
void fillTyping(Interpreter& in, rt::ModuleObject& m); // typing/typing_module.cpp
bool isMissingTypingAttribute(std::string_view name);
void fillEnum(Interpreter& in, rt::ModuleObject& m); // stdlib/enum_module.cpp
bool isMissingEnumAttribute(std::string_view name);
void fillAbc(Interpreter& in, rt::ModuleObject& m); // stdlib/abc_module.cpp
bool isMissingAbcAttribute(std::string_view name);
// ABCMeta as memstep has it: its work on a class just made (__abstractmethods__, _abc_impl),
// on calling one (no instance of a class still abstract) and the names it refuses
// (register...); typing.Protocol's metaclass derives it.
rt::Metaclass abcMetaclass();
void fillSys(Interpreter& in, rt::ModuleObject& m);   // stdlib/sys_module.cpp
void fillErrno(Interpreter& in, rt::ModuleObject& m); // stdlib/errno_module.cpp
bool isMissingSysAttribute(std::string_view name);
void fillWeakref(Interpreter& in, rt::ModuleObject& m); // weakref/weakref_module.cpp
void fillStruct(Interpreter& in, rt::ModuleObject& m);  // struct/struct_module.cpp
bool isMissingStructAttribute(std::string_view name);
// struct.__all__, the names `from struct import *` binds.
std::vector<std::string> structAll();
bool isMissingWeakrefAttribute(std::string_view name);
void fillFractions(Interpreter& in, rt::ModuleObject& m); // stdlib/fractions_module.cpp
bool isMissingFractionsAttribute(std::string_view name);
void fillStatistics(Interpreter& in, rt::ModuleObject& m); // stdlib/statistics_module.cpp
bool isMissingStatisticsAttribute(std::string_view name);
void fillRe(Interpreter& in, rt::ModuleObject& m); // re/re_module.cpp
bool isMissingReAttribute(std::string_view name);
void fillCmath(Interpreter& in, rt::ModuleObject& m); // cmath/cmath_module.cpp
bool isMissingCmathAttribute(std::string_view name);
void fillIo(Interpreter& in, rt::ModuleObject& m); // io/io_module.cpp
bool isMissingIoAttribute(std::string_view name);
void fillTime(Interpreter& in, rt::ModuleObject& m); // io/time_module.cpp
bool isMissingTimeAttribute(std::string_view name);
void fillDatetime(Interpreter& in, rt::ModuleObject& m); // datetime/datetime_module.cpp
bool isMissingDatetimeAttribute(std::string_view name);
void fillDecimal(Interpreter& in, rt::ModuleObject& m); // decimal/decimal_module.cpp
bool isMissingDecimalAttribute(std::string_view name);
void fillArray(Interpreter& in, rt::ModuleObject& m); // array/array_module.cpp
bool isMissingArrayAttribute(std::string_view name);
void fillPprint(Interpreter& in, rt::ModuleObject& m); // pprint/pprint_module.cpp
bool isMissingPprintAttribute(std::string_view name);
// Binds the builtin `memoryview` (memoryview/memoryview_type.cpp).
void addMemoryViewBuiltin(Interpreter& in);
void fillQueue(Interpreter& in, rt::ModuleObject& m); // queue/queue_classes.cpp
bool isMissingQueueAttribute(std::string_view name);
// queue.__all__, the names `from queue import *` binds.
std::vector<std::string> queueAll();

// True for a name that heapq, bisect, functools, itertools, operator or string has in
// CPython 3.11 and memstep's module lacks (missing_names.cpp).
bool isMissingCourseAttribute(std::string_view module, std::string_view name);

// Adds a builtin function `name` to a module; `bound` passes the module itself as the
// function's self (for modules with state).
void addFunction(Interpreter& in, rt::ModuleObject& m, const char* name, rt::NativeFn fn,
                 bool bound = false);
// Adds a builtin standing in for a function the module writes in Python (heapq.nlargest):
// drawn as a `function` with these parameters (signature order) and positional defaults.
void addPythonFunction(Interpreter& in, rt::ModuleObject& m, const char* name, rt::NativeFn fn,
                       std::vector<std::string> params, ObjVec defaults);

// A library's Python function's arguments bound to its signature as CPython binds them, with
// CPython's errors: keywords naming positional parameters become positional, keyword-only
// ones stay in `args.keywords`, absent optional positional ones are left out at the end.
// A method's `args` start with its self. False with the TypeError set.
bool bindArguments(Interpreter& in, const rt::PythonSignature& sig, rt::CallArgs& args);

// A builtin standing in for a function a module's Python class body writes (Random.randint),
// in the namespace of the class `t`: read from an instance it is a method bound to it, drawn
// as a `function` with these parameters (`self` first, the last `keywordOnly` of them
// keyword-only) and positional defaults. `fn` gets the class as its self, the instance first
// among the arguments.
void addPythonMethod(Interpreter& in, rt::TypeObject* t, const char* name, rt::NativeFn fn,
                     std::vector<std::string> params, ObjVec defaults, std::size_t keywordOnly = 0);

// A builtin type `name` of `module` (functools.partial): `construct` runs when it is called.
// Its instances (newNativeInstance) keep their state with setNativeState/nativeState, under
// keys no program can read as attributes; the type's hooks (TypeObject::callInstance...) give
// them their behaviour. The type lives as long as the interpreter.
rt::TypeObject* makeNativeType(Interpreter& in, const char* module, const char* name,
                               rt::NativeFn construct);
rt::InstanceObject* newNativeInstance(Interpreter& in, rt::TypeObject* cls, ObjRef& out);
void setNativeState(rt::InstanceObject* self, std::string_view key, ObjRef value);
Object* nativeState(Object* self, std::string_view key);
// A class a module writes in C (io.StringIO, datetime.date): a library class (found, called
// and drawn as CPython's reference draws a library class, by its __name__ only) whose
// `meta->call` makes its instances, the module's own subclasses of InstanceObject. Its name
// is CPython's tp_name (`_io.StringIO`, as error messages write it), its __module__ `module`;
// `meta` must outlive the run (a static).
rt::TypeObject* makeNativeClass(Interpreter& in, const char* module, const char* name,
                                const rt::Metaclass* meta);
// The same for a class object the module made itself, of a subclass of TypeObject that keeps
// the module's own facts (decimal's classes).
void initNativeClass(Interpreter& in, rt::TypeObject* t, const char* module, const char* name,
                     const rt::Metaclass* meta);
// A method of such a class: a method_descriptor read from the class, bound to an instance as a
// builtin_function_or_method, so `fn` gets the instance as its self.
void addNativeMethod(Interpreter& in, rt::TypeObject* t, const char* name, rt::NativeFn fn);
// A read-only attribute of such a class (a getset descriptor in CPython): `getter` gets the
// instance as its self.
void addNativeProperty(Interpreter& in, rt::TypeObject* t, const char* name, rt::NativeFn getter);
// The item at `pos` of a sequence such a class holds (array.array, memoryview): null without
// an exception past its end, null with one on error.
using ItemAt = ObjRef (*)(Interpreter& in, Object* sequence, std::size_t pos);
// An iterator of such a sequence (arrayiterator, memory_iterator): it reads the sequence afresh
// at each next() and forgets it once it ends. Its type is the one the class keeps under
// " iterator"; `typeName` is its __name__, `reprName` the name its repr shows.
ObjRef newSequenceIterator(Interpreter& in, rt::InstanceObject* sequence, const char* typeName,
                           const char* reprName, ItemAt itemAt);
// A method of such a class that memstep does not write: calling it ends as Unsupported,
// naming `Class.name`.
void addRefusedMethod(Interpreter& in, rt::TypeObject* t, const char* name);
// A data attribute of such a class that memstep does not write: reading it from an instance
// ends as Unsupported, naming `Class.name`.
void addRefusedAttribute(Interpreter& in, rt::TypeObject* t, const char* name);
// self.name(*args): the attribute found as Python finds it, then called.
ObjRef callMethod(Interpreter& in, Object* self, const char* name, ObjVec args);
// "0x..." of id(o), as a default repr shows it.
std::string hexId(Interpreter& in, Object* o);
// object.__repr__ of an object of a class a module writes in Python (random.Random,
// string.Template) or of a program's subclass of one: '<module.Qualname object at 0x...>'.
ObjRef libraryObjectRepr(Interpreter& in, Object* self, rt::CallArgs& args);
// True for what callable() accepts.
bool isCallable(Interpreter& in, Object* o);

} // namespace memstep::core::modules
