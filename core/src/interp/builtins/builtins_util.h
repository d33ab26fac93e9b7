// Small helpers shared by the builtin functions and the builtin methods: argument checks
// with CPython's messages, and conversions of arguments to C++ values.
#pragma once

#include "interp/interpreter.h"
#include "numeric/numeric_result.h"

#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace memstep::core::interp {

using rt::CallArgs;

// "len() takes exactly one argument (2 given)" style checks; false with TypeError set.
bool noKeywords(Interpreter& in, CallArgs& args, const char* name);
bool argCount(Interpreter& in, CallArgs& args, const char* name, std::size_t min, std::size_t max);
// Both checks of a function that takes nothing: "time() takes no arguments (1 given)".
bool noArguments(Interpreter& in, CallArgs& args, const char* name);
// A slot wrapper's check (object.__repr__, list.__len__, a method-wrapper): no keywords
// ("wrapper __repr__() takes no keyword arguments") and exactly n arguments past self
// ("expected 1 argument, got 0").
bool wrapperArgs(Interpreter& in, CallArgs& args, const char* name, std::size_t n);
// Takes a keyword argument out of args (nullptr when absent).
ObjRef takeKeyword(CallArgs& args, std::string_view name);
// The same checks for a method of a builtin type called on `self`, as CPython's method
// descriptors make them before the method runs: keywords to a method that takes none, and the
// count of a METH_NOARGS or METH_O method, name the type ("str.count() takes no keyword
// arguments", "str.join() takes exactly one argument (0 given)"); other counts are checked by
// the method's own parser, which names the method alone ("get expected at least 1 argument,
// got 0").
std::string methodName(Interpreter& in, const Object* self, std::string_view name);
bool noKeywords(Interpreter& in, CallArgs& args, const Object* self, const char* name);
bool argCount(Interpreter& in, CallArgs& args, const Object* self, const char* name,
              std::size_t min, std::size_t max);
// The keyword check of a METH_VARARGS method (str.find and its family, set.union...). Under
// sys.settrace, whose steps memstep shows, CPython 3.11 calls a method through a bound builtin
// (ceval's trace_call_function) and cfunction_call names the method alone: "count() takes no
// keyword arguments" (a run without a tracer says "str.count()").
bool varargsNoKeywords(Interpreter& in, CallArgs& args, const char* name);
// The count check of the methods still parsed by PyArg_ParseTuple (str.find and its family):
// "find() takes at least 1 argument (0 given)", "find() takes at most 3 arguments (4 given)".
bool parseTupleCount(Interpreter& in, CallArgs& args, const char* name, std::size_t min,
                     std::size_t max);
// The count check of a method whose parser also takes keywords (_PyArg_UnpackKeywords), made
// before any keyword is read: "split() takes at most 2 arguments (3 given)", counting the
// keywords, then "to_bytes() takes at most 2 positional arguments (3 given)" or "sort() takes
// no positional arguments".
bool keywordParserCount(Interpreter& in, const CallArgs& args, const char* name,
                        std::size_t maxPositional, std::size_t maxTotal);
// Argument Clinic's keyword parser (_PyArg_UnpackKeywords) for a function whose parameters
// `names` are each given by position or keyword, the first `required` of them required (the
// others in a row at the end): the keywords are moved into args.positional, where one not
// given before one given by keyword is a null ObjRef (callers read each as "not given"). False with
// CPython's error, in its order: the count, a missing required argument ("round() missing
// required argument 'number' (pos 1)"), one given by name and position, an unknown keyword.
bool clinicArgs(Interpreter& in, CallArgs& args, const char* name,
                std::initializer_list<const char*> names, std::size_t required);
// An Argument Clinic `str` parameter (null: not given): "str() argument 'encoding' must be str,
// not int" when it is something else; false then.
bool clinicStrArg(Interpreter& in, const char* function, const char* parameter, Object* v);
// A start or end argument of find, count, index... (CPython's _PyEval_SliceIndex): an int,
// clamped to half int64's range when bigger; None is refused unless noneAllowed (list.index's
// start and stop take no None). Nullopt with TypeError set.
std::optional<std::int64_t> sliceIndexArg(Interpreter& in, Object* o, bool noneAllowed);
// Rejects leftover keywords: "'x' is an invalid keyword argument for print()".
bool noMoreKeywords(Interpreter& in, CallArgs& args, const char* name);
// Names as CPython lists missing arguments: "'x'", "'x' and 'y'", "'x', 'y', and 'z'".
std::string joinNames(const std::vector<std::string>& names);

inline bool isStr(const Object* o) {
    return o->tag == rt::Tag::Str;
}
inline const std::string& text(const Object* o) {
    return static_cast<const rt::StrObject*>(o)->text;
}
// An int argument as int64 ("'str' object cannot be interpreted as an integer").
std::optional<std::int64_t> intArg(Interpreter& in, Object* o);

// A number result as an int object, or its error raised.
ObjRef intFromResult(Interpreter& in, numeric::Result<numeric::BigInt> r);
// pow(base, exp, mod) of three ints or bools, as long_pow computes it (its ValueErrors too).
ObjRef intPowMod(Interpreter& in, Object* base, Object* exp, Object* mod);
// A float, int or bool argument as a double; false with TypeError/OverflowError set.
bool toDouble(Interpreter& in, Object* o, double& d);
// A conversion dunder's result (`want`: Int or Float), checked with CPython's TypeError
// ("__int__ returned non-int (type str)", "A.__float__ returned non-float (type int)").
ObjRef checkNumberResult(Interpreter& in, ObjRef r, const char* dunder, rt::Tag want, Object* self);
// Replaces `key`, when it is a program's object with __index__, by the int that returns
// (kept alive by `hold`); false with the exception set.
bool indexKey(Interpreter& in, Object*& key, ObjRef& hold);
// An index key (an int, a bool or a program's object with __index__) as a machine int, as
// PyNumber_AsSsize_t(key, IndexError) gives it to a sequence's subscript: "cannot fit 'int'
// into an index-sized integer" for one too big; nullopt with the error set.
std::optional<std::int64_t> sizedIndexKey(Interpreter& in, Object* key);
// PyFloat_AsDouble: toDouble, and for a program's object the float its __float__ returns
// (else the int its __index__ returns), as the math functions take their arguments.
bool floatArg(Interpreter& in, Object* o, double& d);

// The builtin functions, by file; the interpreter registers them all (builtins.cpp).
struct BuiltinDef {
    const char* name;
    rt::NativeFn fn;
};
std::span<const BuiltinDef> functionBuiltins(); // builtin_functions.cpp
std::span<const BuiltinDef> numberBuiltins();   // builtin_numbers.cpp
std::span<const BuiltinDef> typeBuiltins();     // builtin_types.cpp (object)
std::span<const BuiltinDef> execBuiltins();     // builtin_exec.cpp

// The builtin methods, one table per type Tag.
using MethodTables = std::vector<std::unordered_map<std::string, rt::NativeFn>>;
// Fills every table (methods.cpp), from each type's own file:
void registerMethods(MethodTables& tables);
void registerStrMethods(MethodTables& tables);     // str_methods.cpp
void registerStrCaseMethods(MethodTables& tables); // str_case.cpp, from registerStrMethods
void registerListMethods(MethodTables& tables);    // list_methods.cpp (list and tuple)
void registerDictMethods(MethodTables& tables);    // dict_methods.cpp
void registerSetMethods(MethodTables& tables);     // set_methods.cpp (set and frozenset)
void registerNumberMethods(MethodTables& tables);  // number_methods.cpp (int, bool, float, range)
void registerSliceMethods(MethodTables& tables);   // slice_objects.cpp
void registerStrTranslate(MethodTables& tables);   // str_translate.cpp (maketrans, translate)
void registerDunderMethods(MethodTables& tables);  // type_methods.cpp (__len__, __getitem__...)
void registerNumberDunders(MethodTables& tables);  // number_dunders.cpp (__add__, __eq__...)
// Whether the method `name` of the type of tag is a slot wrapper (list.__len__) rather than a
// method_descriptor (list.__getitem__, list.append), and whether it is a classmethod or a
// staticmethod, bound to the type even when read from an instance (dict.fromkeys).
bool isSlotWrapper(rt::Tag tag, std::string_view name);
bool isClassMethod(rt::Tag tag, std::string_view name);
// Calls a method read from its type with self first, checking self's type with CPython's
// messages (type_methods.cpp).
ObjRef callMethodDescriptor(Interpreter& in, rt::BuiltinObject* d, CallArgs& args);
// The data attributes of int, bool and float (real, imag, numerator, denominator); null when
// `name` is none of them (number_methods.cpp).
ObjRef numberAttribute(Interpreter& in, Object* o, const std::string& name);
// range's and slice's start, stop and step (slice_objects.cpp): null without an exception
// for any other name.
ObjRef rangeOrSliceAttribute(Interpreter& in, Object* o, const std::string& name);
// slice(stop), slice(start, stop[, step]) (slice_objects.cpp).
ObjRef tSlice(Interpreter& in, Object*, CallArgs& args);
// The complex type (complex_type.cpp): complex(...), z.real and z.imag (null for another
// name), format(z, spec) for a non-empty spec, and its methods.
ObjRef complexConstruct(Interpreter& in, Object* self, CallArgs& args);
ObjRef complexAttribute(Interpreter& in, Object* o, const std::string& name);
ObjRef formatComplexValue(Interpreter& in, Object* o, const std::string& spec);
void registerComplexMethods(MethodTables& tables);

// Byte-at-a-time loops over a text poll the time limit once per this many bytes.
constexpr std::size_t kTextChunk = 4096;
// A str's text a character at a time (str_methods.cpp). The bytes of the character starting at
// t[i] (1 for a stray byte), and where the one ending at t[e - 1] starts.
std::size_t charLengthAt(std::string_view t, std::size_t i);
std::size_t charStartBefore(std::string_view t, std::size_t e);
// Whether the character at t[i] is Python's whitespace (str.isspace): what strip() and split()
// take away, "\u3000" and "\xa0" too.
bool isSpaceAt(std::string_view t, std::size_t i);

// Substring search that polls the run's time limit (str_methods.cpp): a naive search for a
// needle of 10**5 characters in 10**7 is 10**12 comparisons inside one step. findText: the
// first start >= from of `needle` in `hay`; rfindText: the last start <= from. npos when there
// is none, nullopt when the run was stopped.
std::optional<std::size_t> findText(Interpreter& in, std::string_view hay, std::string_view needle,
                                    std::size_t from = 0);
std::optional<std::size_t> rfindText(Interpreter& in, std::string_view hay, std::string_view needle,
                                     std::size_t from = std::string_view::npos);

// KeyError(key) with CPython's message (the key's repr), shared by dict and set.
ObjRef keyError(Interpreter& in, Object* key);

// list.sort's sort of `items` (keys from `key` first, each once, in order): the comparisons
// CPython 3.11 makes, in its order (timsort.h). False with the exception set, `items` then
// left as far as the merges got, as CPython leaves them.
bool sortValues(Interpreter& in, ObjVec& items, Object* key, bool reverse);
// The same order of comparisons for items compared by `less(x, y)`, "item x < item y" (1, 0,
// or -1 with the exception set): `order` holds the items' indexes and is left sorted
// (pprint's _safe_key falls back to the types' names where `<` raises TypeError).
bool sortOrder(Interpreter& in, std::vector<std::size_t>& order,
               const std::function<int(std::size_t, std::size_t)>& less);
// dict(src) / d.update(src): copies a dict's entries, a mapping's (an object with `keys`) or
// an iterable's key/value pairs into `d`, with CPython's errors for elements that are not
// pairs; false with the exception set.
bool dictUpdateFrom(Interpreter& in, rt::DictObject* d, Object* src);
// dict_merge's generic path for a mapping that is not a dict: PyMapping_Keys(src) calls
// src.keys() once and walks a list it returns as it stands, anything else drained into a new
// list first (so every key comes before the first src[key]); `each` gets the keys in order
// and reads src[key] itself. False with the exception set.
bool forEachMappingKey(Interpreter& in, Object* src, const std::function<bool(ObjRef)>& each);
// `d` updated from such a mapping: src[key] for each key in turn.
bool dictMergeMapping(Interpreter& in, rt::DictObject* d, Object* src);
// reversed() of an instance of the program's class with __getitem__ and no __reversed__: its
// __len__ runs now, then each next() asks o[i] from len - 1 down to 0 (IndexError ends it).
ObjRef reversedSequence(Interpreter& in, Object* o);
// PyObject_LengthHint of such a reversed() iterator `o` (any other object: nothing to ask):
// len() of its sequence again while it has one. False with the exception set.
bool reversedLengthHint(Interpreter& in, Object* o);
// set(iterable) with CPython's set_update_internal shortcuts.
bool setUpdate(Interpreter& in, rt::SetObject* s, Object* iterable);
// str.format / format() helpers.
ObjRef formatValue(Interpreter& in, Object* value, const std::string& spec);
// str() or repr() text of `of` as a str object: an int's digits are a new object even when
// one character (CPython's long_to_decimal_string bypasses the one-character cache).
ObjRef convertedText(Interpreter& in, const Object* of, std::string text);
// PyObject_Str ('s'), PyObject_Repr ('r') or PyObject_ASCII ('a') of `o` as an object: an
// exact str is its own str, and what the program's __str__/__repr__ returned is handed back
// as it is (ascii() of it too when it is all ASCII); other text is a new str.
ObjRef convertObject(Interpreter& in, Object* o, char conversion);
// str.format (mapping null) and str.format_map (fields named by key read from mapping).
ObjRef strFormat(Interpreter& in, const std::string& format, CallArgs& args,
                 Object* mapping = nullptr);
// ascii(): repr text with every non-ASCII character as \\xNN, \\uNNNN or \\UNNNNNNNN.
std::string asciiEscape(const std::string& utf8);
// `format % args` for str (registered as the hidden builtin __percent_format__).
ObjRef percentFormat(Interpreter& in, Object* self, CallArgs& args);

} // namespace memstep::core::interp
