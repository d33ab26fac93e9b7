// collections.UserString, as CPython 3.11's Lib/collections/__init__.py writes it: a Sequence
// whose objects keep their text in a str, their attribute `data`. Its methods hand their
// arguments to the str method of the same name on `self.data`; those giving text back give
// it as `self.__class__(result)`, so a program's subclass gets objects of itself and its
// __init__ runs for each, as in CPython. Iterating one is Sequence's generator reading
// `self[i]` through the class (each character a new object of the class).
#include "interp/builtins/builtins_util.h"
#include "modules/collections.h"
#include "modules/user_collections/user_collections.h"

#include <string>
#include <vector>

namespace memstep::core::modules {

using interp::CallArgs;

namespace userstring {
namespace {

using namespace user_collections;

bool isUserString(Interpreter& in, Object* o) {
    return isInstanceOf(in, o, Kind::String);
}

bool isStr(Interpreter& in, Object* o) {
    return in.isSubtype(in.typeOf(o), in.builtinType(rt::Tag::Str));
}

// `x.data` for a UserString, else x (what the methods taking a substring do first).
ObjRef unwrapped(Interpreter& in, const ObjRef& x) {
    return isUserString(in, x.get()) ? in.getAttr(x.get(), "data") : x;
}

ObjRef callBuiltin(Interpreter& in, const char* name, ObjRef arg) {
    CallArgs a;
    a.positional.push_back(std::move(arg));
    return in.call(in.builtin(name).get(), a);
}

// seq[:], which is seq itself for an exact str.
ObjRef wholeSlice(Interpreter& in, Object* seq) {
    auto* s = in.heap().make<rt::SliceObject>();
    ObjRef slice(s);
    s->start = s->stop = s->step = in.none();
    return in.subscript(seq, slice.get());
}

// __init__(self, seq): a str is the data; a UserString's data[:], anything else str(seq).
ObjRef init(Interpreter& in, Object*, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, Signature{"UserString.__init__", {"self", "seq"}, 2}, a))
        return nullptr;
    ObjRef data;
    if (isStr(in, a[1].get()))
        data = a[1];
    else if (isUserString(in, a[1].get())) {
        ObjRef other = in.getAttr(a[1].get(), "data");
        data = other ? wholeSlice(in, other.get()) : nullptr;
    } else
        data = callBuiltin(in, "str", a[1]);
    return data && in.setAttr(a[0].get(), "data", data) ? in.none() : nullptr;
}

// __str__, __int__, __float__, __complex__, __hash__: the builtin of that name of the data.
// Bound to the builtin's name.
ObjRef ofData(Interpreter& in, Object* name, CallArgs& args) {
    const std::string& n = interp::text(name);
    std::string qualname = "UserString.__" + n + "__";
    Call c;
    if (!bindCall(in, args, Signature{qualname.c_str(), {"self"}, 1}, c))
        return nullptr;
    return callBuiltin(in, n.c_str(), c.data);
}

ObjRef reprFn(Interpreter& in, Object*, CallArgs& args) {
    return dataRepr(in, args, "UserString");
}
ObjRef lenFn(Interpreter& in, Object*, CallArgs& args) {
    return dataLen(in, args, "UserString");
}

ObjRef getnewargsFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserString.__getnewargs__", {"self"}, 1}, c))
        return nullptr;
    ObjRef copy = wholeSlice(in, c.data.get());
    return copy ? in.heap().newTuple({copy}) : nullptr;
}

ObjRef containsFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserString.__contains__", {"self", "char"}, 2}, c))
        return nullptr;
    ObjRef ch = unwrapped(in, c.args[1]);
    int has = ch ? in.contains(c.data.get(), ch.get()) : -1;
    return has < 0 ? nullptr : in.boolean(has != 0);
}

ObjRef getItem(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserString.__getitem__", {"self", "index"}, 2}, c))
        return nullptr;
    ObjRef item = in.subscript(c.data.get(), c.args[1].get());
    return item ? callClass(in, c.self, {item}) : nullptr;
}

// __add__ and __radd__: a UserString's data (__add__ only) or a str joined as it is,
// anything else as str(other).
template <bool kReflected> ObjRef addFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    const char* qualname = kReflected ? "UserString.__radd__" : "UserString.__add__";
    if (!bindCall(in, args, Signature{qualname, {"self", "other"}, 2}, c))
        return nullptr;
    ObjRef other = c.args[1];
    if (!kReflected && isUserString(in, other.get()))
        other = in.getAttr(other.get(), "data");
    else if (!isStr(in, other.get()))
        other = callBuiltin(in, "str", other);
    if (!other)
        return nullptr;
    ObjRef joined = kReflected ? in.binary(syntax::Operator::Add, other.get(), c.data.get())
                               : in.binary(syntax::Operator::Add, c.data.get(), other.get());
    return joined ? callClass(in, c.self, {joined}) : nullptr;
}

// __mul__ (and __rmul__, the same function) and __mod__: self.__class__(self.data OP x).
template <syntax::Operator kOp> ObjRef operatorFn(Interpreter& in, Object*, CallArgs& args) {
    const bool mul = kOp == syntax::Operator::Mult;
    Call c;
    if (!bindCall(in, args,
                  Signature{mul ? "UserString.__mul__" : "UserString.__mod__",
                            {"self", mul ? "n" : "args"},
                            2},
                  c))
        return nullptr;
    ObjRef r = in.binary(kOp, c.data.get(), c.args[1].get());
    return r ? callClass(in, c.self, {r}) : nullptr;
}

// __rmod__(self, template): self.__class__(str(template) % self).
ObjRef rmodFn(Interpreter& in, Object*, CallArgs& args) {
    ObjVec a;
    if (!bindArgs(in, args, Signature{"UserString.__rmod__", {"self", "template"}, 2}, a))
        return nullptr;
    ObjRef text = callBuiltin(in, "str", a[1]);
    ObjRef r = text ? in.binary(syntax::Operator::Mod, text.get(), a[0].get()) : nullptr;
    return r ? callClass(in, a[0].get(), {r}) : nullptr;
}

// What a parameter of a forwarded method defaults to (Required: it has none).
enum class Default : unsigned char { Required, None, Zero, MaxSize, MinusOne, False, Eight };

// A method that calls the str method of its name on self.data with its parameters, in
// order, the absent ones given their defaults.
struct Forwarded {
    const char* name;
    std::vector<std::pair<const char*, Default>> params; // after self
    bool wraps = false;                                  // returns self.__class__(result)
    unsigned unwraps = 0; // the parameters (bit i: params[i]) a UserString gives its data for
    bool varargs = false; // name(self, <params>, *args): the rest passed on after them
};

constexpr auto kReq = Default::Required;
constexpr auto kMax = Default::MaxSize;

const Forwarded kForwarded[] = {
    {"capitalize", {}, true},
    {"casefold", {}, true},
    {"center", {{"width", kReq}}, true, 0, true},
    {"count", {{"sub", kReq}, {"start", Default::Zero}, {"end", kMax}}, false, 1},
    {"removeprefix", {{"prefix", kReq}}, true, 1},
    {"removesuffix", {{"suffix", kReq}}, true, 1},
    {"endswith", {{"suffix", kReq}, {"start", Default::Zero}, {"end", kMax}}},
    {"expandtabs", {{"tabsize", Default::Eight}}, true},
    {"find", {{"sub", kReq}, {"start", Default::Zero}, {"end", kMax}}, false, 1},
    {"format_map", {{"mapping", kReq}}},
    {"index", {{"sub", kReq}, {"start", Default::Zero}, {"end", kMax}}},
    {"isalpha", {}},
    {"isalnum", {}},
    {"isascii", {}},
    {"isdecimal", {}},
    {"isdigit", {}},
    {"isidentifier", {}},
    {"islower", {}},
    {"isnumeric", {}},
    {"isprintable", {}},
    {"isspace", {}},
    {"istitle", {}},
    {"isupper", {}},
    {"join", {{"seq", kReq}}},
    {"ljust", {{"width", kReq}}, true, 0, true},
    {"lower", {}, true},
    {"lstrip", {{"chars", Default::None}}, true},
    {"partition", {{"sep", kReq}}},
    {"replace", {{"old", kReq}, {"new", kReq}, {"maxsplit", Default::MinusOne}}, true, 3},
    {"rfind", {{"sub", kReq}, {"start", Default::Zero}, {"end", kMax}}, false, 1},
    {"rindex", {{"sub", kReq}, {"start", Default::Zero}, {"end", kMax}}},
    {"rjust", {{"width", kReq}}, true, 0, true},
    {"rpartition", {{"sep", kReq}}},
    {"rstrip", {{"chars", Default::None}}, true},
    {"split", {{"sep", Default::None}, {"maxsplit", Default::MinusOne}}},
    {"rsplit", {{"sep", Default::None}, {"maxsplit", Default::MinusOne}}},
    {"splitlines", {{"keepends", Default::False}}},
    {"startswith", {{"prefix", kReq}, {"start", Default::Zero}, {"end", kMax}}},
    {"strip", {{"chars", Default::None}}, true},
    {"swapcase", {}, true},
    {"title", {}, true},
    {"translate", {}, true, 0, true},
    {"upper", {}, true},
    {"zfill", {{"width", kReq}}, true},
};

// sys.maxsize, end's default: CPython's 64-bit builds.
constexpr std::int64_t kMaxSize = 9223372036854775807;

ObjRef defaultValue(Interpreter& in, Default d) {
    switch (d) {
    case Default::Zero:
        return in.heap().newInt(0);
    case Default::MaxSize:
        return in.heap().newInt(kMaxSize);
    case Default::MinusOne:
        return in.heap().newInt(-1);
    case Default::False:
        return in.boolean(false);
    case Default::Eight:
        return in.heap().newInt(8);
    default:
        return in.none();
    }
}

// Bound to the index of its entry in kForwarded.
ObjRef forwarded(Interpreter& in, Object* which, CallArgs& args) {
    const Forwarded& f =
        kForwarded[static_cast<std::size_t>(static_cast<rt::IntObject*>(which)->small)];
    std::string qualname = std::string("UserString.") + f.name;
    std::vector<const char*> params{"self"};
    std::size_t required = 1;
    for (const auto& [name, d] : f.params) {
        params.push_back(name);
        required += d == kReq;
    }
    // *args takes the positional arguments past the named parameters.
    CallArgs named = args;
    ObjVec rest;
    if (f.varargs && named.positional.size() > params.size()) {
        rest.assign(named.positional.begin() + static_cast<std::ptrdiff_t>(params.size()),
                    named.positional.end());
        named.positional.resize(params.size());
    }
    Call c;
    if (!bindCall(in, named, Signature{qualname.c_str(), params, required}, c))
        return nullptr;
    ObjRef method = in.getAttr(c.data.get(), f.name);
    if (!method)
        return nullptr;
    CallArgs a;
    for (std::size_t i = 0; i < f.params.size(); ++i) {
        ObjRef v = c.args[i + 1] ? c.args[i + 1] : defaultValue(in, f.params[i].second);
        if (f.unwraps & (1u << i))
            v = unwrapped(in, v);
        if (!v)
            return nullptr;
        a.positional.push_back(v);
    }
    a.positional.insert(a.positional.end(), rest.begin(), rest.end());
    ObjRef r = in.call(method.get(), a);
    return r && f.wraps ? callClass(in, c.self, {r}) : r;
}

// encode(self, encoding='utf-8', errors='strict'): None for either is its default.
ObjRef encodeFn(Interpreter& in, Object*, CallArgs& args) {
    Call c;
    if (!bindCall(in, args, Signature{"UserString.encode", {"self", "encoding", "errors"}, 1}, c))
        return nullptr;
    ObjRef method = in.getAttr(c.data.get(), "encode");
    if (!method)
        return nullptr;
    CallArgs a;
    a.positional.push_back(c.args[1] && c.args[1]->tag != rt::Tag::None ? c.args[1]
                                                                        : in.newStr("utf-8"));
    a.positional.push_back(c.args[2] && c.args[2]->tag != rt::Tag::None ? c.args[2]
                                                                        : in.newStr("strict"));
    return in.call(method.get(), a);
}

// format(self, /, *args, **kwds): the data's, given everything else.
ObjRef formatFn(Interpreter& in, Object*, CallArgs& args) {
    if (args.positional.empty())
        return in.raise("TypeError",
                        "UserString.format() missing 1 required positional argument: 'self'");
    ObjRef data = in.getAttr(args.positional[0].get(), "data");
    ObjRef method = data ? in.getAttr(data.get(), "format") : nullptr;
    if (!method)
        return nullptr;
    CallArgs a = args;
    a.positional.erase(a.positional.begin());
    return in.call(method.get(), a);
}

} // namespace
} // namespace userstring

ObjRef userStringClass(Interpreter& in) {
    using namespace userstring;
    rt::TypeObject* t =
        user_collections::libraryClass(in, "UserString", user_collections::Kind::String);
    auto method = [&](const char* name, rt::NativeFn fn, std::vector<std::string> params,
                      ObjRef self = nullptr) {
        return user_collections::addMethod(in, t, "UserString", name, fn, std::move(params),
                                           std::move(self));
    };
    method("__init__", init, {"self", "seq"});
    for (const char* name : {"__str__", "__int__", "__float__", "__complex__", "__hash__"}) {
        std::string builtin(name + 2, std::char_traits<char>::length(name) - 4);
        method(name, ofData, {"self"}, in.newStr(builtin));
    }
    method("__repr__", reprFn, {"self"});
    method("__getnewargs__", getnewargsFn, {"self"});
    user_collections::addComparisons(in, t, "string");
    method("__contains__", containsFn, {"self", "char"});
    method("__len__", lenFn, {"self"});
    method("__getitem__", getItem, {"self", "index"});
    method("__add__", addFn<false>, {"self", "other"});
    method("__radd__", addFn<true>, {"self", "other"});
    ObjRef mul = method("__mul__", operatorFn<syntax::Operator::Mult>, {"self", "n"});
    t->dict.set("__rmul__", mul); // __rmul__ = __mul__
    method("__mod__", operatorFn<syntax::Operator::Mod>, {"self", "args"});
    method("__rmod__", rmodFn, {"self", "template"});
    for (std::size_t i = 0; i < std::size(kForwarded); ++i) {
        std::vector<std::string> params{"self"};
        for (const auto& p : kForwarded[i].params)
            params.emplace_back(p.first);
        if (kForwarded[i].varargs)
            params.emplace_back("args");
        method(kForwarded[i].name, forwarded, std::move(params),
               in.heap().newInt(static_cast<std::int64_t>(i)));
    }
    method("encode", encodeFn, {"self", "encoding", "errors"});
    method("format", formatFn, {"self", "args", "kwds"});
    // maketrans = str.maketrans: the static method itself, which does not bind.
    if (ObjRef maketrans = in.getAttr(in.builtinType(rt::Tag::Str), "maketrans"))
        t->dict.set("maketrans", maketrans);
    else
        in.clearException();
    user_collections::addSequenceIteration(in, t);
    return user_collections::created(in, t);
}

} // namespace memstep::core::modules
