// re.Pattern and re.Match (re_module.h): their attributes, methods, repr and trace value, and
// the Match's group accessors as _sre.c words their errors.
#include "interp/attributes/library_class.h"
#include "modules/re/re_module.h"
#include "numeric/float_format.h"
#include "numeric/utf8.h"

#include <cstdio>

namespace memstep::core::modules::re {

namespace {

rt::InstanceObject* I(Object* o) {
    return static_cast<rt::InstanceObject*>(o);
}

std::int64_t intState(Object* self, std::string_view key) {
    Object* v = nativeState(self, key);
    return v && v->tag == rt::Tag::Int ? static_cast<rt::IntObject*>(v)->small : -1;
}

const std::string& textOf(Object* str) {
    return static_cast<rt::StrObject*>(str)->text;
}

// A Match's span of group g: (-1, -1) when it did not take part.
std::pair<std::int64_t, std::int64_t> spanOf(Object* m, std::int64_t g) {
    auto* spans = static_cast<rt::TupleObject*>(nativeState(m, "spans"));
    const auto at = static_cast<std::size_t>(2 * g);
    return {static_cast<rt::IntObject*>(spans->items[at].get())->small,
            static_cast<rt::IntObject*>(spans->items[at + 1].get())->small};
}

std::int64_t groupCount(Object* m) {
    return static_cast<std::int64_t>(
               static_cast<rt::TupleObject*>(nativeState(m, "spans"))->items.size() / 2) -
           1;
}

// "Match.group() takes no keyword arguments", as a method of a builtin type words it.
bool methodNoKeywords(Interpreter& in, const CallArgs& args, const char* name) {
    if (args.keywords.empty())
        return true;
    in.raise("TypeError", std::string("Match.") + name + "() takes no keyword arguments");
    return false;
}

// The group a Match.group()-style argument names (an int or a group name); -1 with
// IndexError("no such group") set.
std::int64_t groupIndex(Interpreter& in, Object* m, Object* key) {
    std::int64_t g = -1;
    if (key->tag == rt::Tag::Int || key->tag == rt::Tag::Bool) {
        auto v = interp::intArg(in, key);
        in.clearException();
        if (v)
            g = *v;
    } else {
        // Looked up in the pattern's groupindex, a dict only when it has named groups: a key
        // that cannot be hashed fails there.
        auto p = programOf(in, nativeState(m, "re"));
        if (!p)
            return -1;
        if (!p->names.empty() && !in.hash(key))
            return -1;
        if (key->tag == rt::Tag::Str)
            for (const auto& [name, gid] : p->names)
                if (name == textOf(key))
                    g = gid;
    }
    if (g < 0 || g > groupCount(m)) {
        in.raise("IndexError", "no such group");
        return -1;
    }
    return g;
}

// The text of group g, or `dflt` when it did not take part.
ObjRef groupValue(Interpreter& in, Object* m, std::int64_t g, ObjRef dflt) {
    auto [b, e] = spanOf(m, g);
    if (b < 0)
        return dflt;
    return slice(in, nativeState(m, "string"), b, e);
}

ObjRef matchGroup(Interpreter& in, Object* self, CallArgs& args) {
    if (!methodNoKeywords(in, args, "group"))
        return nullptr;
    if (args.positional.empty())
        return groupValue(in, self, 0, in.none());
    ObjVec out;
    for (const ObjRef& a : args.positional) {
        std::int64_t g = groupIndex(in, self, a.get());
        if (g < 0)
            return nullptr;
        out.push_back(groupValue(in, self, g, in.none()));
    }
    if (out.size() == 1)
        return out[0];
    return in.heap().newTuple(std::move(out));
}

// m[g], reached through the type's __getitem__ (self is the Match, the key the argument).
ObjRef matchGetItem(Interpreter& in, Object* self, CallArgs& args) {
    if (!self || !isMatch(self) || !interp::argCount(in, args, "__getitem__", 1, 1))
        return in.hasException() ? nullptr
                                 : in.abortUnsupported(
                                       "re.Match.__getitem__ read from the class is not supported");
    std::int64_t g = groupIndex(in, self, args.positional[0].get());
    return g < 0 ? nullptr : groupValue(in, self, g, in.none());
}

ObjRef matchGroups(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::clinicArgs(in, args, "groups", {"default"}, 0))
        return nullptr;
    ObjRef dflt = args.positional.empty() ? in.none() : args.positional[0];
    ObjVec out;
    for (std::int64_t g = 1; g <= groupCount(self); ++g)
        out.push_back(groupValue(in, self, g, dflt));
    return in.heap().newTuple(std::move(out));
}

ObjRef matchGroupdict(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::clinicArgs(in, args, "groupdict", {"default"}, 0))
        return nullptr;
    ObjRef dflt = args.positional.empty() ? in.none() : args.positional[0];
    auto p = programOf(in, nativeState(self, "re"));
    auto d = in.heap().newDict();
    if (p)
        for (const auto& [name, gid] : p->names)
            if (!in.dictSet(d.get(), in.newStr(name), groupValue(in, self, gid, dflt)))
                return nullptr;
    return d;
}

// start(), end() and span() of group 0 or the group named.
std::int64_t spanGroup(Interpreter& in, Object* self, CallArgs& args, const char* name) {
    if (!methodNoKeywords(in, args, name))
        return -1;
    if (args.positional.size() > 1) {
        in.raise("TypeError", std::string(name) + " expected at most 1 argument, got " +
                                  std::to_string(args.positional.size()));
        return -1;
    }
    if (args.positional.empty())
        return 0;
    return groupIndex(in, self, args.positional[0].get());
}

ObjRef matchStart(Interpreter& in, Object* self, CallArgs& args) {
    std::int64_t g = spanGroup(in, self, args, "start");
    return g < 0 ? nullptr : in.heap().newInt(spanOf(self, g).first);
}

ObjRef matchEnd(Interpreter& in, Object* self, CallArgs& args) {
    std::int64_t g = spanGroup(in, self, args, "end");
    return g < 0 ? nullptr : in.heap().newInt(spanOf(self, g).second);
}

ObjRef spanTuple(Interpreter& in, Object* self, std::int64_t g) {
    auto [b, e] = spanOf(self, g);
    return in.heap().newTuple({in.heap().newInt(b), in.heap().newInt(e)});
}

ObjRef matchSpan(Interpreter& in, Object* self, CallArgs& args) {
    std::int64_t g = spanGroup(in, self, args, "span");
    return g < 0 ? nullptr : spanTuple(in, self, g);
}

ObjRef matchExpand(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::clinicArgs(in, args, "expand", {"template"}, 1))
        return nullptr;
    return expandTemplate(in, self, args.positional[0].get());
}

ObjRef matchAttr(Interpreter& in, Object* self, const std::string& name) {
    static const std::pair<const char*, rt::NativeFn> kMethods[] = {
        {"group", matchGroup},   {"groups", matchGroups}, {"groupdict", matchGroupdict},
        {"start", matchStart},   {"end", matchEnd},       {"span", matchSpan},
        {"expand", matchExpand},
    };
    for (const auto& [n, fn] : kMethods)
        if (name == n)
            return in.makeBuiltin(n, fn, ObjRef(self));
    if (name == "string" || name == "re")
        return ObjRef(nativeState(self, name));
    if (name == "pos" || name == "endpos") // a new int at each read, as _sre's members give
        return in.heap().newInt(intState(self, name));
    if (name == "lastindex") {
        std::int64_t last = intState(self, "lastindex");
        return last < 0 ? in.none() : in.heap().newInt(last);
    }
    if (name == "lastgroup") {
        std::int64_t last = intState(self, "lastindex");
        auto p = programOf(in, nativeState(self, "re"));
        if (p)
            for (const auto& [n, gid] : p->names)
                if (gid == last)
                    return in.newStr(n);
        return in.none();
    }
    if (name == "regs") {
        ObjVec spans;
        for (std::int64_t g = 0; g <= groupCount(self); ++g)
            spans.push_back(spanTuple(in, self, g));
        return in.heap().newTuple(std::move(spans));
    }
    return nullptr;
}

// The matched text's repr, as the trace and repr() show it.
std::string matchText(Object* self) {
    auto [b, e] = spanOf(self, 0);
    std::u32string text = numeric::codePoints(textOf(nativeState(self, "string")));
    return numeric::pyStringRepr(
        encode(text, static_cast<std::size_t>(b), static_cast<std::size_t>(e)));
}

std::string matchSpanText(Object* self) {
    auto [b, e] = spanOf(self, 0);
    return "span=(" + std::to_string(b) + ", " + std::to_string(e) + ")";
}

std::string matchTraceValue(Object* self) {
    return matchSpanText(self) + ", match=" + matchText(self);
}

ObjRef matchRepr(Interpreter& in, Object* self, CallArgs&) {
    auto [b, e] = spanOf(self, 0);
    std::u32string text = numeric::codePoints(textOf(nativeState(self, "string")));
    // %.50R: the repr cut to 50 characters.
    std::u32string r = numeric::codePoints(numeric::pyStringRepr(
        encode(text, static_cast<std::size_t>(b), static_cast<std::size_t>(e))));
    return in.newStr("<re.Match object; " + matchSpanText(self) + ", match=" + encode(r, 0, 50) +
                     ">");
}

ObjRef patternMethod(Interpreter& in, Object* self, CallArgs& args, const std::string& name) {
    if (name == "match")
        return patternSearch(in, self, args, MatchMode::Match, "match");
    if (name == "fullmatch")
        return patternSearch(in, self, args, MatchMode::FullMatch, "fullmatch");
    if (name == "search")
        return patternSearch(in, self, args, MatchMode::Search, "search");
    if (name == "findall")
        return patternFindall(in, self, args);
    if (name == "finditer")
        return patternFinditer(in, self, args);
    if (name == "sub")
        return patternSub(in, self, args, false, "sub");
    if (name == "subn")
        return patternSub(in, self, args, true, "subn");
    return patternSplit(in, self, args);
}

template <const char* Name> ObjRef patternCall(Interpreter& in, Object* self, CallArgs& args) {
    return patternMethod(in, self, args, Name);
}

constexpr char kMatch[] = "match", kFullmatch[] = "fullmatch", kSearch[] = "search",
               kFindall[] = "findall", kFinditer[] = "finditer", kSub[] = "sub", kSubn[] = "subn",
               kSplit[] = "split";

ObjRef patternAttr(Interpreter& in, Object* self, const std::string& name) {
    static const std::pair<const char*, rt::NativeFn> kMethods[] = {
        {kMatch, patternCall<kMatch>},       {kFullmatch, patternCall<kFullmatch>},
        {kSearch, patternCall<kSearch>},     {kFindall, patternCall<kFindall>},
        {kFinditer, patternCall<kFinditer>}, {kSub, patternCall<kSub>},
        {kSubn, patternCall<kSubn>},         {kSplit, patternCall<kSplit>},
    };
    for (const auto& [n, fn] : kMethods)
        if (name == n)
            return in.makeBuiltin(n, fn, ObjRef(self));
    if (name == "pattern")
        return ObjRef(nativeState(self, name));
    if (name == "flags" || name == "groups")
        return in.heap().newInt(intState(self, name));
    if (name == "groupindex") {
        auto d = in.heap().newDict();
        if (auto p = programOf(in, self))
            for (const auto& [n, gid] : p->names)
                if (!in.dictSet(d.get(), in.newStr(n), in.heap().newInt(gid)))
                    return nullptr;
        return d;
    }
    if (name == "scanner")
        return in.abortUnsupported("re.Pattern.scanner() is not supported");
    return nullptr;
}

// Pattern's repr: re.compile('a+', re.IGNORECASE|re.MULTILINE), the pattern's repr cut to 200
// characters, UNICODE left out where it is the default.
ObjRef patternRepr(Interpreter& in, Object* self, CallArgs&) {
    std::u32string r =
        numeric::codePoints(numeric::pyStringRepr(textOf(nativeState(self, "pattern"))));
    std::string out = "re.compile(" + encode(r, 0, 200);
    std::int64_t flags = intState(self, "flags");
    if ((flags & (kLocale | kUnicode | kAscii)) == kUnicode)
        flags &= ~kUnicode;
    if (flags) {
        static const std::pair<std::int64_t, const char*> kNames[] = {
            {kTemplate, "re.TEMPLATE"},   {kIgnoreCase, "re.IGNORECASE"}, {kLocale, "re.LOCALE"},
            {kMultiline, "re.MULTILINE"}, {kDotAll, "re.DOTALL"},         {kUnicode, "re.UNICODE"},
            {kVerbose, "re.VERBOSE"},     {kDebug, "re.DEBUG"},           {kAscii, "re.ASCII"},
        };
        std::string names;
        for (const auto& [bit, n] : kNames) {
            if (!(flags & bit))
                continue;
            names += (names.empty() ? "" : "|") + std::string(n);
            flags &= ~bit;
        }
        if (flags) {
            char hex[32];
            std::snprintf(hex, sizeof hex, "0x%llx", static_cast<unsigned long long>(flags));
            names += (names.empty() ? "" : "|") + std::string(hex);
        }
        out += ", " + names;
    }
    return in.newStr(out + ")");
}

std::string patternTraceValue(Object* self) {
    return textOf(nativeState(self, "pattern"));
}

// == between Patterns: the same pattern and flags (CPython also compares the compiled code,
// which follows from those two).
int patternCompare(Interpreter& in, int op, Object* a, Object* b) {
    auto cmp = static_cast<syntax::CmpOperator>(op);
    if (cmp != syntax::CmpOperator::Eq && cmp != syntax::CmpOperator::NotEq) {
        in.raise("TypeError", std::string("'") + syntax::toString(cmp) +
                                  "' not supported between instances of 're.Pattern' and '" +
                                  in.typeName(b) + "'");
        return -1;
    }
    const bool same =
        a == b ||
        (isPattern(b) && textOf(nativeState(a, "pattern")) == textOf(nativeState(b, "pattern")) &&
         intState(a, "flags") == intState(b, "flags"));
    return cmp == syntax::CmpOperator::Eq ? same : !same;
}

ObjRef noConstruct(Interpreter& in, Object* self, CallArgs&) {
    return in.raise("TypeError",
                    "cannot create '" + static_cast<rt::TypeObject*>(self)->name + "' instances");
}

} // namespace

bool isPattern(const Object* o) {
    return o->tag == rt::Tag::Instance &&
           I(const_cast<Object*>(o))->cls->traceValue == patternTraceValue;
}

bool isMatch(const Object* o) {
    return o->tag == rt::Tag::Instance &&
           I(const_cast<Object*>(o))->cls->traceValue == matchTraceValue;
}

Types typesOfPatternType(rt::TypeObject* pt) {
    Types t;
    t.pattern = pt;
    t.match = static_cast<rt::TypeObject*>(pt->dict.find(" match")->get());
    t.error = static_cast<rt::TypeObject*>(pt->dict.find(" error")->get());
    t.iterator = static_cast<rt::TypeObject*>(pt->dict.find(" iterator")->get());
    return t;
}

Types typesOf(Object* o) {
    Object* pattern = isMatch(o) ? nativeState(o, "re") : o;
    rt::TypeObject* pt = I(pattern)->cls;
    return typesOfPatternType(pt);
}

Types makeTypes(Interpreter& in) {
    Types t;
    t.pattern = makeNativeType(in, "re", "Pattern", noConstruct);
    t.pattern->name = "re.Pattern"; // tp_name: "'re.Pattern' object has no attribute ..."
    t.pattern->qualname = "re.Pattern";
    t.pattern->instanceAttr = patternAttr;
    t.pattern->reprInstance = patternRepr;
    t.pattern->compareInstance = patternCompare;
    t.pattern->traceValue = patternTraceValue;
    t.match = makeNativeType(in, "re", "Match", noConstruct);
    t.match->name = "re.Match";
    t.match->qualname = "re.Match";
    t.match->instanceAttr = matchAttr;
    t.match->reprInstance = matchRepr;
    t.match->traceValue = matchTraceValue;
    t.match->dict.set("__getitem__", in.makeBuiltin("__getitem__", matchGetItem));
    t.iterator = makeNativeType(in, "builtins", "callable_iterator", nullptr);
    t.iterator->name = "callable_iterator";
    t.iterator->qualname = "callable_iterator";
    t.error = interp::newLibraryException(in, "re", "error", in.exceptionType("Exception"));
    t.pattern->dict.set(" match", ObjRef(t.match));
    t.pattern->dict.set(" error", ObjRef(t.error));
    t.pattern->dict.set(" iterator", ObjRef(t.iterator));
    return t;
}

ObjRef slice(Interpreter& in, Object* string, std::int64_t b, std::int64_t e) {
    auto* s = static_cast<rt::StrObject*>(string);
    if (b <= 0 && e >= s->length)
        return ObjRef(string);
    if (b >= e)
        return in.heap().emptyStr();
    if (s->ascii)
        return in.newStr(
            s->text.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(e - b)));
    return in.newStr(encode(numeric::codePoints(s->text), static_cast<std::size_t>(b),
                            static_cast<std::size_t>(e)));
}

ObjRef newMatch(Interpreter& in, Object* pattern, ObjRef string, std::int64_t pos,
                std::int64_t endpos, const MatchResult& r) {
    ObjRef out;
    rt::InstanceObject* m = newNativeInstance(in, typesOf(pattern).match, out);
    setNativeState(m, "string", std::move(string));
    setNativeState(m, "re", ObjRef(pattern));
    setNativeState(m, "pos", in.heap().newInt(pos));
    setNativeState(m, "endpos", in.heap().newInt(endpos));
    ObjVec spans;
    for (std::int64_t v : r.spans)
        spans.push_back(in.heap().newInt(v));
    setNativeState(m, "spans", in.heap().newTuple(std::move(spans)));
    setNativeState(m, "lastindex", in.heap().newInt(r.lastIndex));
    return out;
}

} // namespace memstep::core::modules::re
