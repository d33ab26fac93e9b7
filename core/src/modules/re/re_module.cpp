// The re module: compile, match, fullmatch, search, findall, finditer, sub, subn, split,
// escape and purge, the flags and re.error, as CPython 3.11's Lib/re/__init__.py gives them.
//
// Those functions are Python functions there, so here each is a builtin standing in for one
// (drawn as a `function` with CPython's parameters, binding its arguments as a Python call
// does, taking no steps); they compile the pattern through re's cache (_compile: the same
// Pattern object for the same pattern text and flags, so `re.compile('a') is
// re.compile('a')`) and call the Pattern's method, as CPython does. The flags (re.I...) are
// members of re.RegexFlag (re_flags.cpp).
#include "modules/re/re_module.h"

#include "numeric/utf8.h"

#include <algorithm>

namespace memstep::core::modules {

namespace re {

namespace {

// re._MAXCACHE: the compile cache drops its oldest Pattern past this many.
constexpr std::size_t kMaxCache = 512;

rt::ModuleObject* M(Object* o) {
    return static_cast<rt::ModuleObject*>(o);
}

rt::TypeObject* patternType(Object* module) {
    return static_cast<rt::TypeObject*>(M(module)->find("Pattern"));
}

Types moduleTypes(Object* module) {
    rt::TypeObject* pt = patternType(module);
    return typesOfPatternType(pt);
}

rt::ListObject* cacheOf(rt::TypeObject* patternType) {
    return static_cast<rt::ListObject*>(patternType->dict.find(" cache")->get());
}

// re._compile(pattern, flags).
ObjRef compileCached(Interpreter& in, Object* module, ObjRef pattern, Object* flagsArg) {
    std::optional<std::int64_t> flags;
    if (isRegexFlag(flagsArg)) // `flags = flags.value`
        flags = regexFlagValue(flagsArg);
    else if (flagsArg->tag == rt::Tag::Int || flagsArg->tag == rt::Tag::Bool)
        flags = interp::intArg(in, flagsArg);
    else
        return in.abortUnsupported(std::string("re flags of type '") + in.typeName(flagsArg) +
                                   "' are not supported");
    if (!flags)
        return nullptr;
    Types types = moduleTypes(module);
    rt::ListObject* cache = cacheOf(types.pattern);
    if (pattern->tag == rt::Tag::Str) {
        const std::string& text = static_cast<rt::StrObject*>(pattern.get())->text;
        for (const ObjRef& p : cache->items) {
            Object* cached = nativeState(p.get(), "pattern");
            if (static_cast<rt::StrObject*>(cached)->text == text &&
                static_cast<rt::IntObject*>(nativeState(p.get(), "given flags"))->small == *flags)
                return p;
        }
    }
    if (isPattern(pattern.get())) {
        if (*flags)
            return in.raise("ValueError", "cannot process flags argument with a compiled pattern");
        return pattern;
    }
    if (pattern->tag == rt::Tag::Bytes)
        return in.abortUnsupported("regular expressions on bytes are not supported");
    if (pattern->tag != rt::Tag::Str)
        return in.raise("TypeError", "first argument must be string or compiled pattern");
    if (*flags & (kTemplate | kDebug))
        return in.abortUnsupported("the re.TEMPLATE and re.DEBUG flags are not supported");
    ObjRef p = compilePattern(in, types, pattern, *flags);
    if (!p)
        return nullptr;
    setNativeState(static_cast<rt::InstanceObject*>(p.get()), "given flags",
                   in.heap().newInt(*flags));
    if (cache->items.size() >= kMaxCache)
        cache->items.erase(cache->items.begin());
    cache->items.push_back(p);
    return p;
}

template <const char* Name> ObjRef searchFn(Interpreter& in, Object* module, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, Name, {"pattern", "string", "flags"}, {in.heap().newInt(0)}, a))
        return nullptr;
    ObjRef p = compileCached(in, module, a[0], a[2].get());
    return p ? callMethod(in, p.get(), Name, {a[1]}) : nullptr;
}

template <const char* Name> ObjRef subFn(Interpreter& in, Object* module, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, Name, {"pattern", "repl", "string", "count", "flags"},
                  {in.heap().newInt(0), in.heap().newInt(0)}, a))
        return nullptr;
    ObjRef p = compileCached(in, module, a[0], a[4].get());
    return p ? callMethod(in, p.get(), Name, {a[1], a[2], a[3]}) : nullptr;
}

ObjRef splitFn(Interpreter& in, Object* module, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, "split", {"pattern", "string", "maxsplit", "flags"},
                  {in.heap().newInt(0), in.heap().newInt(0)}, a))
        return nullptr;
    ObjRef p = compileCached(in, module, a[0], a[3].get());
    return p ? callMethod(in, p.get(), "split", {a[1], a[2]}) : nullptr;
}

ObjRef compileFn(Interpreter& in, Object* module, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, "compile", {"pattern", "flags"}, {in.heap().newInt(0)}, a))
        return nullptr;
    return compileCached(in, module, a[0], a[1].get());
}

ObjRef purgeFn(Interpreter& in, Object* module, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, "purge", {}, {}, a))
        return nullptr;
    cacheOf(patternType(module))->items.clear();
    return in.none();
}

// _special_chars_map: what re.escape puts a backslash before.
bool isSpecial(char c) {
    return std::string_view("()[]{}?*+-|^$\\.&~# \t\n\r\v\f").find(c) != std::string_view::npos;
}

ObjRef escapeFn(Interpreter& in, Object*, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, "escape", {"pattern"}, {}, a))
        return nullptr;
    Object* p = a[0].get();
    if (p->tag == rt::Tag::Bytes || p->tag == rt::Tag::ByteArray)
        return in.abortUnsupported("re.escape() of bytes is not supported");
    if (p->tag != rt::Tag::Str)
        return in.raise("TypeError", std::string("decoding to str: need a bytes-like object, ") +
                                         in.typeName(p) + " found");
    std::string out;
    for (char c : static_cast<rt::StrObject*>(p)->text) {
        if (isSpecial(c))
            out += '\\';
        out += c;
    }
    return in.newStr(std::move(out)); // str.translate: a new str
}

ObjRef templateFn(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("re.template() (deprecated) is not supported");
}

constexpr char kMatch[] = "match", kFullmatch[] = "fullmatch", kSearch[] = "search",
               kFindall[] = "findall", kFinditer[] = "finditer", kSub[] = "sub", kSubn[] = "subn";

void addPython(Interpreter& in, rt::ModuleObject& m, const char* name, rt::NativeFn fn,
               std::vector<std::string> params, ObjVec defaults) {
    ObjRef f = in.makeBuiltin(name, fn, ObjRef(&m));
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = name;
    sig->positional = params.size();
    sig->params = std::move(params);
    sig->defaults = std::move(defaults);
    static_cast<rt::BuiltinObject*>(f.get())->python = std::move(sig);
    m.set(name, std::move(f));
}

} // namespace

bool bindArgs(Interpreter& in, CallArgs& args, const char* name,
              const std::vector<const char*>& params, const ObjVec& defaults, ObjVec& out) {
    const std::size_t n = params.size(), required = n - defaults.size();
    const std::string fn = std::string(name) + "()";
    const std::size_t given = args.positional.size();
    if (given > n) {
        const std::string takes =
            required == n ? std::to_string(n)
                          : "from " + std::to_string(required) + " to " + std::to_string(n);
        in.raise("TypeError", fn + " takes " + takes + " positional argument" +
                                  (n == 1 && required == n ? "" : "s") + " but " +
                                  std::to_string(given) +
                                  (given == 1 ? " was given" : " were given"));
        return false;
    }
    out.assign(n, nullptr);
    for (std::size_t i = 0; i < given; ++i)
        out[i] = args.positional[i];
    for (const auto& kw : args.keywords) {
        auto it = std::find_if(params.begin(), params.end(),
                               [&](const char* p) { return *kw.name == p; });
        if (it == params.end()) {
            in.raise("TypeError", fn + " got an unexpected keyword argument '" + *kw.name + "'");
            return false;
        }
        const auto at = static_cast<std::size_t>(it - params.begin());
        if (out[at]) {
            in.raise("TypeError", fn + " got multiple values for argument '" + *kw.name + "'");
            return false;
        }
        out[at] = kw.value;
    }
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < required; ++i)
        if (!out[i])
            missing.push_back(params[i]);
    if (!missing.empty()) {
        in.raise("TypeError", fn + " missing " + std::to_string(missing.size()) +
                                  " required positional argument" +
                                  (missing.size() == 1 ? "" : "s") + ": " +
                                  interp::joinNames(missing));
        return false;
    }
    for (std::size_t i = required; i < n; ++i)
        if (!out[i])
            out[i] = defaults[i - required];
    return true;
}

ObjRef raiseReError(Interpreter& in, const Types& types, const std::string& msg, Object* source,
                    std::int64_t pos) {
    auto* e = in.heap().make<rt::ExceptionObject>();
    ObjRef exc(e);
    e->type = types.error;
    std::string text = msg;
    ObjRef lineno = in.none(), colno = in.none();
    if (pos >= 0 && source && source->tag == rt::Tag::Str) {
        std::u32string s = numeric::codePoints(static_cast<rt::StrObject*>(source)->text);
        const auto upto = std::min<std::size_t>(static_cast<std::size_t>(pos), s.size());
        std::int64_t line = 1, lastNewline = -1;
        for (std::size_t i = 0; i < upto; ++i)
            if (s[i] == '\n') {
                ++line;
                lastNewline = static_cast<std::int64_t>(i);
            }
        lineno = in.heap().newInt(line);
        colno = in.heap().newInt(pos - lastNewline);
        text += " at position " + std::to_string(pos);
        if (s.find('\n') != std::u32string::npos)
            text += " (line " + std::to_string(line) + ", column " +
                    std::to_string(pos - lastNewline) + ")";
    }
    e->args = {in.newStr(text)};
    e->message = text;
    e->attrs.set("msg", in.newStr(msg));
    e->attrs.set("pattern", source && pos >= 0 ? ObjRef(source) : in.none());
    e->attrs.set("pos", pos >= 0 ? in.heap().newInt(pos) : in.none());
    e->attrs.set("lineno", lineno);
    e->attrs.set("colno", colno);
    return in.raiseObject(exc);
}

ObjRef raiseParseError(Interpreter& in, const Types& types, const ParseError& e, Object* source) {
    switch (e.kind) {
    case ParseError::Kind::Overflow:
        return in.raise("OverflowError", e.message);
    case ParseError::Kind::Value:
        return in.raise("ValueError", e.message);
    case ParseError::Kind::Unsupported:
        return in.abortUnsupported(e.message);
    case ParseError::Kind::Error:
        break;
    }
    return raiseReError(in, types, e.message, source, e.pos);
}

ObjRef compilePattern(Interpreter& in, const Types& types, ObjRef text, std::int64_t flags) {
    ParseError error;
    auto program =
        parse(numeric::codePoints(static_cast<rt::StrObject*>(text.get())->text), flags, error);
    if (!program)
        return raiseParseError(in, types, error, text.get());
    ObjRef out;
    rt::InstanceObject* p = newNativeInstance(in, types.pattern, out);
    setNativeState(p, "pattern", std::move(text));
    setNativeState(p, "flags", in.heap().newInt(program->flags));
    setNativeState(p, "groups", in.heap().newInt(program->groups));
    return out;
}

std::optional<Program> programOf(Interpreter& in, Object* pattern) {
    ParseError error;
    Object* given = nativeState(pattern, "given flags");
    const std::int64_t flags =
        given ? static_cast<rt::IntObject*>(given)->small
              : static_cast<rt::IntObject*>(nativeState(pattern, "flags"))->small;
    auto p = parse(
        numeric::codePoints(static_cast<rt::StrObject*>(nativeState(pattern, "pattern"))->text),
        flags, error);
    if (!p)
        in.abortUnsupported("a Pattern whose text no longer parses is not supported");
    return p;
}

} // namespace re

void fillRe(Interpreter& in, rt::ModuleObject& m) {
    using namespace re;
    Types t = makeTypes(in);
    t.pattern->dict.set(" cache", in.heap().newList());
    m.set("Pattern", ObjRef(t.pattern));
    m.set("Match", ObjRef(t.match));
    m.set("error", ObjRef(t.error));
    m.set("Scanner", ObjRef(makeScanner(in, t.pattern)));
    if (!addFlags(in, m))
        return;
    ObjRef zero = in.heap().newInt(0);
    addPython(in, m, "compile", compileFn, {"pattern", "flags"}, {zero});
    addPython(in, m, "match", searchFn<kMatch>, {"pattern", "string", "flags"}, {zero});
    addPython(in, m, "fullmatch", searchFn<kFullmatch>, {"pattern", "string", "flags"}, {zero});
    addPython(in, m, "search", searchFn<kSearch>, {"pattern", "string", "flags"}, {zero});
    addPython(in, m, "findall", searchFn<kFindall>, {"pattern", "string", "flags"}, {zero});
    addPython(in, m, "finditer", searchFn<kFinditer>, {"pattern", "string", "flags"}, {zero});
    addPython(in, m, "sub", subFn<kSub>, {"pattern", "repl", "string", "count", "flags"},
              {zero, zero});
    addPython(in, m, "subn", subFn<kSubn>, {"pattern", "repl", "string", "count", "flags"},
              {zero, zero});
    addPython(in, m, "split", splitFn, {"pattern", "string", "maxsplit", "flags"}, {zero, zero});
    addPython(in, m, "escape", escapeFn, {"pattern"}, {});
    addPython(in, m, "purge", purgeFn, {}, {});
    addPython(in, m, "template", templateFn, {"pattern", "flags"}, {zero});
}

bool isMissingReAttribute(std::string_view name) {
    // dir(re) in CPython 3.11 minus what memstep's module has, sorted.
    static const std::vector<std::string_view> kMissing = {
        "_MAXCACHE", "__all__",  "__path__",      "__version__",        "_cache",
        "_casefix",  "_compile", "_compile_repl", "_compiler",          "_constants",
        "_expand",   "_parser",  "_pickle",       "_special_chars_map", "_subx",
        "copyreg",   "enum",     "functools",
    };
    return isModuleDunder(ModuleOrigin::Source, name) ||
           std::binary_search(kMissing.begin(), kMissing.end(), name);
}

} // namespace memstep::core::modules
