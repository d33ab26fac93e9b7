// Methods read from a builtin type and called with self first (`str.center("a", 5)`,
// `list.append(xs, 1)`, `sorted(words, key=str.lower)`), and the container dunders a program
// may call by name (`d.__getitem__(k)`, `it.__next__()`).
//
// CPython keeps one descriptor object per method in the type's dict, so `str.center is
// str.center`; the interpreter keeps the descriptors it made (Interpreter::typeMethod). Which
// kind each is (a method_descriptor or a slot wrapper) decides its type name, its repr and the
// wording of its errors, so the table below follows CPython 3.11 name by name.
#include "interp/attributes/attribute_hooks.h"
#include "interp/builtins/builtins_util.h"

namespace memstep::core::interp {

namespace {

using rt::BuiltinKind;

// list.__getitem__, dict.__getitem__ and dict/set.__contains__ are METH_O methods, not slot
// wrappers: "list.__getitem__() takes exactly one argument (0 given)".
bool isMethodO(rt::Tag tag, std::string_view name) {
    if (name == "__getitem__")
        return tag == rt::Tag::List || tag == rt::Tag::Dict;
    if (name == "__contains__")
        return tag == rt::Tag::Dict || tag == rt::Tag::Set || tag == rt::Tag::FrozenSet;
    return false;
}

bool oneArg(Interpreter& in, Object* self, CallArgs& args, const char* name) {
    if (isMethodO(self->tag, name)) {
        std::string q = std::string(in.typeName(self)) + "." + name;
        return noKeywords(in, args, q.c_str()) && argCount(in, args, q.c_str(), 1, 1);
    }
    return wrapperArgs(in, args, name, 1);
}

ObjRef dLen(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgs(in, args, "__len__", 0))
        return nullptr;
    // list.__len__ of a subclass defining its own: the list's size, not the override.
    if (overridesLen(in, self))
        return in.heap().newInt(
            static_cast<std::int64_t>(static_cast<rt::ListObject*>(self)->items.size()));
    ObjRef len = in.builtin("len");
    CallArgs inner;
    inner.positional.push_back(ObjRef(self));
    return in.call(len.get(), inner);
}

ObjRef dContains(Interpreter& in, Object* self, CallArgs& args) {
    if (!oneArg(in, self, args, "__contains__"))
        return nullptr;
    int r = in.contains(self, args.positional[0].get());
    return r < 0 ? nullptr : in.boolean(r == 1);
}

ObjRef dGetItem(Interpreter& in, Object* self, CallArgs& args) {
    if (!oneArg(in, self, args, "__getitem__"))
        return nullptr;
    return in.subscript(self, args.positional[0].get(), true);
}

ObjRef dSetItem(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgs(in, args, "__setitem__", 2))
        return nullptr;
    if (!in.storeSubscript(self, args.positional[0].get(), args.positional[1], true))
        return nullptr;
    return in.none();
}

ObjRef dDelItem(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgs(in, args, "__delitem__", 1))
        return nullptr;
    if (!in.deleteSubscript(self, args.positional[0].get(), true))
        return nullptr;
    return in.none();
}

ObjRef dIter(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgs(in, args, "__iter__", 0))
        return nullptr;
    return in.iter(self);
}

ObjRef dNext(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgs(in, args, "__next__", 0))
        return nullptr;
    ObjRef v = in.next(self);
    if (v || in.hasException() || in.aborted())
        return v;
    // A generator's end carries its return value, as next() would raise it.
    return in.raiseStopIteration(in.takeGeneratorReturn(self));
}

// str(x) and repr(x) by name: (5).__str__(), list.__repr__(xs).
ObjRef dStr(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgs(in, args, "__str__", 0))
        return nullptr;
    CallArgs inner;
    inner.positional.push_back(ObjRef(self));
    // list.__str__ is object.__str__: repr(self), the subclass's __repr__ included.
    return in.call(in.builtin(self->subclassed ? "repr" : "str").get(), inner);
}

ObjRef dRepr(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgs(in, args, "__repr__", 0))
        return nullptr;
    if (self->subclassed) { // super().__repr__() in class Stack(list): list's own text
        auto text = in.repr(self, true);
        return text ? in.newStr(*text) : nullptr;
    }
    CallArgs inner;
    inner.positional.push_back(ObjRef(self));
    return in.call(in.builtin("repr").get(), inner);
}

struct DunderDef {
    const char* name;
    rt::NativeFn fn;
    std::initializer_list<rt::Tag> tags;
};

// The dunders CPython 3.11's types have among these (bool, int and float have none of them).
const DunderDef kDunders[] = {
    {"__len__",
     dLen,
     {rt::Tag::Str, rt::Tag::List, rt::Tag::Tuple, rt::Tag::Dict, rt::Tag::Set, rt::Tag::FrozenSet,
      rt::Tag::Range, rt::Tag::Bytes, rt::Tag::ByteArray}},
    {"__contains__",
     dContains,
     {rt::Tag::Str, rt::Tag::List, rt::Tag::Tuple, rt::Tag::Dict, rt::Tag::Set, rt::Tag::FrozenSet,
      rt::Tag::Range, rt::Tag::Bytes, rt::Tag::ByteArray}},
    {"__getitem__",
     dGetItem,
     {rt::Tag::Str, rt::Tag::List, rt::Tag::Tuple, rt::Tag::Dict, rt::Tag::Range, rt::Tag::Bytes,
      rt::Tag::ByteArray}},
    {"__setitem__", dSetItem, {rt::Tag::List, rt::Tag::Dict, rt::Tag::ByteArray}},
    {"__delitem__", dDelItem, {rt::Tag::List, rt::Tag::Dict, rt::Tag::ByteArray}},
    {"__iter__",
     dIter,
     {rt::Tag::Str, rt::Tag::List, rt::Tag::Tuple, rt::Tag::Dict, rt::Tag::Set, rt::Tag::FrozenSet,
      rt::Tag::Range, rt::Tag::Iterator, rt::Tag::Bytes, rt::Tag::ByteArray}},
    {"__next__", dNext, {rt::Tag::Iterator}},
    {"__str__",
     dStr,
     {rt::Tag::Int, rt::Tag::Bool, rt::Tag::Float, rt::Tag::Str, rt::Tag::List, rt::Tag::Tuple,
      rt::Tag::Dict, rt::Tag::Set, rt::Tag::FrozenSet, rt::Tag::Range}},
    {"__repr__",
     dRepr,
     {rt::Tag::Int, rt::Tag::Bool, rt::Tag::Float, rt::Tag::Str, rt::Tag::List, rt::Tag::Tuple,
      rt::Tag::Dict, rt::Tag::Set, rt::Tag::FrozenSet, rt::Tag::Range}},
};

// True when obj may be the self of a method of `owner` (bool is an int; a Counter a dict).
bool appliesTo(rt::TypeObject* owner, Object* obj) {
    if (obj->tag == owner->instanceTag || owner->name == "object")
        return true;
    return owner->instanceTag == rt::Tag::Int && obj->tag == rt::Tag::Bool;
}

} // namespace

bool wrapperArgs(Interpreter& in, CallArgs& args, const char* name, std::size_t n) {
    if (!args.keywords.empty()) {
        in.raise("TypeError", std::string("wrapper ") + name + "() takes no keyword arguments");
        return false;
    }
    if (args.positional.size() == n)
        return true;
    // slot_tp_setattro's and the mapping assignment wrapper's message starts with a space.
    in.raise("TypeError", std::string(n == 2 ? " " : "") + "expected " + std::to_string(n) +
                              " argument" + (n == 1 ? "" : "s") + ", got " +
                              std::to_string(args.positional.size()));
    return false;
}

void registerDunderMethods(MethodTables& t) {
    for (const DunderDef& d : kDunders)
        for (rt::Tag tag : d.tags)
            t[static_cast<std::size_t>(tag)][d.name] = d.fn;
}

bool isClassMethod(rt::Tag tag, std::string_view name) {
    return (tag == rt::Tag::Dict && name == "fromkeys") ||
           (tag == rt::Tag::Str && name == "maketrans") ||
           ((tag == rt::Tag::Int || tag == rt::Tag::Bool) && name == "from_bytes") ||
           ((tag == rt::Tag::Float || tag == rt::Tag::Bytes || tag == rt::Tag::ByteArray) &&
            name == "fromhex");
}

ObjRef Interpreter::typeMethod(rt::TypeObject* t, const std::string& name) {
    // A collections dict type (OrderedDict, defaultdict) inherits dict's classmethod fromkeys,
    // bound to itself; Counter's own fromkeys is in its namespace and found before this.
    if (!t->isUser && t->instanceTag == rt::Tag::Dict && t != builtinType(rt::Tag::Dict) &&
        isClassMethod(rt::Tag::Dict, name)) {
        const auto& dictMethods = m_methods[static_cast<std::size_t>(rt::Tag::Dict)];
        if (auto it = dictMethods.find(name); it != dictMethods.end())
            return makeBuiltin(name, it->second, ObjRef(t));
    }
    if (t->isUser || t->instanceTag == rt::Tag::None || t->instanceTag == rt::Tag::Type ||
        static_cast<std::size_t>(t->instanceTag) >= m_methods.size() ||
        t != builtinType(t->instanceTag))
        return nullptr;
    rt::Tag tag = t->instanceTag;
    const auto& table = m_methods[static_cast<std::size_t>(tag)];
    auto it = table.find(name);
    if (it == table.end())
        return nullptr;
    // A classmethod binds anew at each access (dict.fromkeys is not dict.fromkeys); the type
    // keeps one object for a staticmethod (str.maketrans) and for each method.
    bool isStatic = tag == rt::Tag::Str && name == "maketrans";
    if (isClassMethod(tag, name) && !isStatic)
        return makeBuiltin(name, it->second, ObjRef(t));
    // bool's methods are int's (bool.bit_length is int.bit_length) but for its own &, | and ^.
    bool ownByBool = name == "__and__" || name == "__rand__" || name == "__or__" ||
                     name == "__ror__" || name == "__xor__" || name == "__rxor__" ||
                     name == "__repr__";
    rt::TypeObject* owner = tag == rt::Tag::Bool && !ownByBool ? builtinType(rt::Tag::Int) : t;
    // Only str has a __str__ of its own: int.__str__ is object.__str__.
    if (name == "__str__" && tag != rt::Tag::Str)
        owner = m_objectType;
    std::string key = owner->name + "." + name;
    if (auto found = m_typeMethods.find(key); found != m_typeMethods.end())
        return found->second;
    if (isStatic) {
        ObjRef s = makeBuiltin(name, it->second, ObjRef(t));
        m_typeMethods.emplace(std::move(key), s);
        return s;
    }
    ObjRef d = makeBuiltin(name, it->second);
    auto* b = static_cast<rt::BuiltinObject*>(d.get());
    b->kind = isSlotWrapper(tag, name) ? rt::BuiltinKind::WrapperDescriptor
                                       : rt::BuiltinKind::MethodDescriptor;
    b->owner = owner;
    m_typeMethods.emplace(std::move(key), d);
    return d;
}

bool isSlotWrapper(rt::Tag tag, std::string_view name) {
    return name.size() > 4 && name.starts_with("__") && name.ends_with("__") &&
           !isMethodO(tag, name);
}

ObjRef callMethodDescriptor(Interpreter& in, rt::BuiltinObject* d, CallArgs& args) {
    const std::string& type = d->owner->name;
    bool wrapper = d->kind == BuiltinKind::WrapperDescriptor;
    if (args.positional.empty()) {
        if (wrapper)
            return in.raise("TypeError", "descriptor '" + d->name + "' of '" + type +
                                             "' object needs an argument");
        return in.raise("TypeError",
                        "unbound method " + type + "." + d->name + "() needs an argument");
    }
    ObjRef self = args.positional.front();
    if (!appliesTo(d->owner, self.get())) {
        std::string other = in.typeName(self.get());
        if (wrapper)
            return in.raise("TypeError", "descriptor '" + d->name + "' requires a '" + type +
                                             "' object but received a '" + other + "'");
        return in.raise("TypeError", "descriptor '" + d->name + "' for '" + type +
                                         "' objects doesn't apply to a '" + other + "' object");
    }
    args.positional.erase(args.positional.begin());
    return d->fn(in, self.get(), args);
}

} // namespace memstep::core::interp
