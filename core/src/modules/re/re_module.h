// What the files of the re module share (re_module.cpp: the module's functions and its
// compile cache; re_ops.cpp: the searches, findall, finditer, sub and split of a Pattern;
// re_objects.cpp: the Pattern and Match types, their attributes, methods and repr).
//
// Pattern and Match are builtin types in CPython (_sre), so here they are native types
// (makeNativeType) whose instances keep their state under hidden keys: a Pattern its pattern
// str (the object the program gave, as .pattern returns it), its flags and group count; a
// Match its string, its Pattern, pos, endpos and the spans of its groups. A Pattern keeps no
// compiled program: each use parses its text again (patterns are short, and this keeps every
// piece of state an object of the heap). The tracer draws a Pattern as `re.Pattern` with its
// pattern text and a Match as `re.Match` with its span and matched text.
#pragma once

#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "modules/re/re_engine.h"

#include <optional>

namespace memstep::core::modules::re {

using interp::CallArgs;

// The module's types; the Pattern type holds the others under hidden keys.
struct Types {
    rt::TypeObject* pattern = nullptr;
    rt::TypeObject* match = nullptr;
    rt::TypeObject* error = nullptr;
    rt::TypeObject* iterator = nullptr; // callable_iterator, what finditer returns
};
// The Pattern type holds the others: the one place that reads them.
Types typesOfPatternType(rt::TypeObject* pattern);
Types typesOf(Object* anyPatternOrMatch);
// Makes the types (once per interpreter's module); re_objects.cpp.
Types makeTypes(Interpreter& in);

bool isPattern(const Object* o);
bool isMatch(const Object* o);

// Raises what a parse error is in CPython: re.error (with msg, pattern, pos, lineno and colno),
// OverflowError, ValueError, or ends the run as Unsupported. `source` is the pattern (or the
// replacement template) str.
ObjRef raiseParseError(Interpreter& in, const Types& types, const ParseError& e, Object* source);
// re.error(msg) without a position.
ObjRef raiseReError(Interpreter& in, const Types& types, const std::string& msg, Object* source,
                    std::int64_t pos);

// A new Pattern of `text` (a str) with these flags, or null with the error raised.
ObjRef compilePattern(Interpreter& in, const Types& types, ObjRef text, std::int64_t flags);
// The program of a Pattern (its text parsed again; it parsed once already).
std::optional<Program> programOf(Interpreter& in, Object* pattern);

// string[b:e] as _sre's getslice makes it: the string itself when it is all of it, the
// cached '' and one-character strs.
ObjRef slice(Interpreter& in, Object* string, std::int64_t b, std::int64_t e);
// A Match of `pattern` over `string`.
ObjRef newMatch(Interpreter& in, Object* pattern, ObjRef string, std::int64_t pos,
                std::int64_t endpos, const MatchResult& r);

// The string argument of a Pattern method (or Scanner.scan); null with TypeError set for
// anything but a str (bytes end the run as Unsupported).
Object* stringArg(Interpreter& in, Object* o);

// Runs the program, turning a search given up into the run's stop or an Unsupported;
// nullopt (no exception) for no match.
std::optional<MatchResult> find(Interpreter& in, const Program& p, const std::u32string& text,
                                std::int64_t pos, std::int64_t endpos, MatchMode mode,
                                bool mustAdvance);

// The Pattern methods (self is a Pattern; args as the program passed them). re_ops.cpp.
ObjRef patternSearch(Interpreter& in, Object* self, CallArgs& args, MatchMode mode,
                     const char* name);
ObjRef patternFindall(Interpreter& in, Object* self, CallArgs& args);
ObjRef patternFinditer(Interpreter& in, Object* self, CallArgs& args);
ObjRef patternSub(Interpreter& in, Object* self, CallArgs& args, bool withCount, const char* name);
ObjRef patternSplit(Interpreter& in, Object* self, CallArgs& args);
// The expansion of a replacement template for one match (Match.expand, sub).
ObjRef expandTemplate(Interpreter& in, Object* match, Object* templ);

// re.RegexFlag (re_flags.cpp): whether an object is one of its members, a member's int value,
// and the class with its members made in module `m` (re.I, re.IGNORECASE...; false with the
// exception set).
bool isRegexFlag(Object* o);
std::int64_t regexFlagValue(Object* flag);
bool addFlags(Interpreter& in, rt::ModuleObject& m);

// re.Scanner's class (re_scanner.cpp); it raises a bad phrase's error with `patternType`'s
// re.error.
rt::TypeObject* makeScanner(Interpreter& in, rt::TypeObject* patternType);

// A Python-function call's arguments bound to `params` (the last `defaults.size()` of them
// optional): CPython's TypeErrors for a function `name` otherwise. False with the error set.
bool bindArgs(Interpreter& in, CallArgs& args, const char* name,
              const std::vector<const char*>& params, const ObjVec& defaults, ObjVec& out);

} // namespace memstep::core::modules::re
