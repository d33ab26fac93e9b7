// re.RegexFlag: the flags re.I, re.M... as CPython 3.11 has them, members of an IntFlag.
//
// RegexFlag is a Python class there (an enum.IntFlag), so here it is a library class
// (TypeObject::isLibrary) whose methods are builtins standing in for enum.py's functions: the
// flags combine with | & ^ ~ (with each other and with ints) into members made once per value
// (`re.I | re.M` is the same object each time, as Flag's pseudo-member cache makes it), print
// as re.IGNORECASE|re.MULTILINE, compare and hash as their int, and convert with int(). What
// else an int subclass does (re.I + 1, ordering, iterating a flag) is refused as Unsupported
// rather than answered falsely, and so are isinstance(), type() and __class__ of a flag (its
// class here is no int); RegexFlag itself is not a name of the module.
#include "modules/re/re_module.h"

#include <cstdio>

namespace memstep::core::modules::re {

namespace {

// RegexFlag's members in definition order (the order repr() names them), then the aliases.
struct Member {
    const char* name;
    std::int64_t value;
};
constexpr Member kMembers[] = {
    {"ASCII", kAscii},     {"IGNORECASE", kIgnoreCase}, {"LOCALE", kLocale},
    {"UNICODE", kUnicode}, {"MULTILINE", kMultiline},   {"DOTALL", kDotAll},
    {"VERBOSE", kVerbose}, {"TEMPLATE", kTemplate},     {"DEBUG", kDebug},
};
constexpr std::int64_t kAllFlags = 511; // every member's bit: what ~ keeps

rt::InstanceObject* I(Object* o) {
    return static_cast<rt::InstanceObject*>(o);
}

std::int64_t valueOf(Object* member) {
    return static_cast<rt::IntObject*>(I(member)->attrs.find("_value_")->get())->small;
}

rt::TypeObject* flagClass(Object* member) {
    return I(member)->cls;
}

// The name Flag gives a value: its member's, or the members it holds joined by |.
std::string nameOf(std::int64_t value) {
    if (value == 0)
        return "NOFLAG";
    std::string out;
    for (const Member& m : kMembers)
        if (value & m.value)
            out += (out.empty() ? "" : "|") + std::string(m.name);
    return out;
}

std::string reprOf(std::int64_t value) {
    if (value == 0)
        return "re.NOFLAG";
    std::string out;
    std::int64_t rest = value;
    for (const Member& m : kMembers) {
        if (!(value & m.value))
            continue;
        out += (out.empty() ? "re." : "|re.") + std::string(m.name);
        rest &= ~m.value;
    }
    if (rest) { // bits no member has: _numeric_repr_ = hex
        char hex[32];
        std::snprintf(hex, sizeof hex, "0x%llx", static_cast<unsigned long long>(rest));
        out += (out.empty() ? "" : "|") + std::string(hex);
    }
    return out;
}

// The int value of an int, a bool or a RegexFlag; nullopt for anything else.
std::optional<std::int64_t> operandValue(Object* o) {
    if (isRegexFlag(o))
        return valueOf(o);
    if (o->tag == rt::Tag::Bool)
        return static_cast<rt::BoolObject*>(o)->value ? 1 : 0;
    if (o->tag == rt::Tag::Int && !static_cast<rt::IntObject*>(o)->isBig())
        return static_cast<rt::IntObject*>(o)->small;
    return std::nullopt;
}

template <int Op> ObjRef bitOp(Interpreter& in, Object*, CallArgs& args) {
    Object* self = args.positional[0].get();
    auto other = operandValue(args.positional[1].get());
    if (!other)
        return in.notImplemented();
    const std::int64_t a = valueOf(self);
    const std::int64_t v = Op == 0 ? (a | *other) : Op == 1 ? (a & *other) : (a ^ *other);
    return flagMember(in, flagClass(self), v);
}

ObjRef invertFn(Interpreter& in, Object*, CallArgs& args) {
    Object* self = args.positional[0].get();
    return flagMember(in, flagClass(self), kAllFlags & ~valueOf(self));
}

ObjRef reprFn(Interpreter& in, Object*, CallArgs& args) {
    return in.newStr(reprOf(valueOf(args.positional[0].get())));
}

ObjRef intFn(Interpreter& in, Object*, CallArgs& args) {
    return in.heap().newInt(valueOf(args.positional[0].get()));
}

ObjRef boolFn(Interpreter& in, Object*, CallArgs& args) {
    return in.boolean(valueOf(args.positional[0].get()) != 0);
}

ObjRef hashFn(Interpreter& in, Object*, CallArgs& args) {
    std::int64_t v = valueOf(args.positional[0].get());
    return in.heap().newInt(v == -1 ? -2 : v); // hash(int)
}

template <bool Equal> ObjRef eqFn(Interpreter& in, Object*, CallArgs& args) {
    auto other = operandValue(args.positional[1].get());
    if (!other)
        return in.notImplemented();
    return in.boolean((valueOf(args.positional[0].get()) == *other) == Equal);
}

ObjRef nameFn(Interpreter& in, Object*, CallArgs& args) {
    return in.newStr(nameOf(valueOf(args.positional[0].get())));
}

ObjRef unsupportedFn(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("re flags (re.RegexFlag) in arithmetic, ordering or iteration "
                               "are not supported; combine them with | and & only");
}

} // namespace

bool isRegexFlag(const Object* o) {
    if (o->tag != rt::Tag::Instance)
        return false;
    const rt::TypeObject* t = static_cast<const rt::InstanceObject*>(o)->cls;
    return t->isLibrary && t->name == "RegexFlag";
}

ObjRef flagMember(Interpreter& in, rt::TypeObject* cls, std::int64_t value) {
    auto* members = static_cast<rt::ListObject*>(cls->dict.find(" members")->get());
    for (const ObjRef& m : members->items)
        if (valueOf(m.get()) == value)
            return m;
    auto* inst = in.heap().make<rt::InstanceObject>();
    ObjRef out(inst);
    inst->cls = cls;
    inst->attrs.set("_value_", in.heap().newInt(value));
    inst->attrs.set("_name_", in.newStr(nameOf(value)));
    members->items.push_back(out);
    return out;
}

rt::TypeObject* makeRegexFlag(Interpreter& in) {
    auto* t = in.heap().make<rt::TypeObject>();
    ObjRef cls(t);
    in.keepAlive(cls);
    t->name = "RegexFlag";
    t->qualname = "RegexFlag";
    t->nameObject = in.newStr("RegexFlag");
    t->isUser = true;
    t->isLibrary = true;
    t->typeRefused = "a re flag (re.RegexFlag, an int subclass in CPython)";
    t->instanceTag = rt::Tag::Instance;
    t->bases = {in.objectType()};
    t->base = in.objectType();
    t->layout = in.objectType();
    t->mro = {t, in.objectType()};
    t->dict.set("__module__", in.newStr("re"));
    t->dict.set(" members", in.heap().newList());
    auto method = [&](const char* name, rt::NativeFn fn, std::vector<std::string> params) {
        ObjRef func = in.makeBuiltin(name, fn);
        auto sig = std::make_unique<rt::PythonSignature>();
        sig->qualname = std::string("Flag.") + name;
        sig->positional = params.size();
        sig->params = std::move(params);
        static_cast<rt::BuiltinObject*>(func.get())->python = std::move(sig);
        t->dict.set(name, func);
        return func;
    };
    for (const char* name : {"__or__", "__ror__"})
        method(name, bitOp<0>, {"self", "other"});
    for (const char* name : {"__and__", "__rand__"})
        method(name, bitOp<1>, {"self", "other"});
    for (const char* name : {"__xor__", "__rxor__"})
        method(name, bitOp<2>, {"self", "other"});
    method("__invert__", invertFn, {"self"});
    method("__repr__", reprFn, {"self"});
    method("__str__", reprFn, {"self"});
    method("__index__", intFn, {"self"});
    method("__int__", intFn, {"self"});
    method("__bool__", boolFn, {"self"});
    method("__hash__", hashFn, {"self"});
    method("__eq__", eqFn<true>, {"self", "other"});
    method("__ne__", eqFn<false>, {"self", "other"});
    for (const char* name :
         {"__add__",     "__radd__",     "__sub__",      "__rsub__",     "__mul__",
          "__rmul__",    "__truediv__",  "__rtruediv__", "__floordiv__", "__rfloordiv__",
          "__mod__",     "__rmod__",     "__pow__",      "__rpow__",     "__lshift__",
          "__rlshift__", "__rshift__",   "__rrshift__",  "__divmod__",   "__rdivmod__",
          "__lt__",      "__le__",       "__gt__",       "__ge__",       "__neg__",
          "__pos__",     "__abs__",      "__float__",    "__round__",    "__len__",
          "__iter__",    "__contains__", "__reversed__", "__format__"})
        method(name, unsupportedFn, {"self", "other"});
    auto property = [&](const char* name, rt::NativeFn fn) {
        ObjRef getter = method(name, fn, {"self"});
        auto* p = in.heap().make<rt::DescriptorObject>();
        p->kind = rt::DescriptorObject::Kind::Property;
        p->getter = std::move(getter);
        t->dict.set(name, ObjRef(p));
    };
    property("value", intFn);
    property("name", nameFn);
    return t;
}

void addFlags(Interpreter& in, rt::ModuleObject& m, rt::TypeObject* cls) {
    static const std::pair<const char*, std::int64_t> kNames[] = {
        {"A", kAscii},         {"ASCII", kAscii},
        {"DEBUG", kDebug},     {"DOTALL", kDotAll},
        {"I", kIgnoreCase},    {"IGNORECASE", kIgnoreCase},
        {"L", kLocale},        {"LOCALE", kLocale},
        {"M", kMultiline},     {"MULTILINE", kMultiline},
        {"NOFLAG", 0},         {"S", kDotAll},
        {"T", kTemplate},      {"TEMPLATE", kTemplate},
        {"U", kUnicode},       {"UNICODE", kUnicode},
        {"VERBOSE", kVerbose}, {"X", kVerbose},
    };
    for (const auto& [name, value] : kNames)
        m.set(name, flagMember(in, cls, value));
}

} // namespace memstep::core::modules::re
