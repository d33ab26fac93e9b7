// Types used as values in annotations: `list[int]` (types.GenericAlias) and `int | None`
// (types.UnionType), CPython 3.11's objects for them.
//
// Both are instances of builtin types whose attributes (`__origin__`, `__args__`) live in the
// instance's dict; the trace shows them as one box of their type, as the reference tracer
// does for any object without fields of its own. What a program does with them here: repr,
// calling a generic alias (`list[int]()` makes a list), `isinstance(x, int | str)`, and
// reading `__origin__` / `__args__`.
#include "interp/interpreter.h"

#include <algorithm>
#include <string>

namespace memstep::core::interp {

namespace {

// A built-in or library type as CPython names it: "list", "collections.deque" (a library
// type's module is in its name, or in its qualname: "collections.abc.Sequence").
std::string qualifiedName(const rt::TypeObject* t) {
    if (t->name.find('.') == std::string::npos && t->qualname.find('.') != std::string::npos)
        return t->qualname;
    return t->name;
}

// The types whose `T[...]` makes a generic alias in CPython 3.11 (the ones with
// __class_getitem__, and type).
bool isGenericBuiltin(const rt::TypeObject* t) {
    static const char* const kGeneric[] = {"list",
                                           "dict",
                                           "tuple",
                                           "set",
                                           "frozenset",
                                           "type",
                                           "enumerate",
                                           "collections.deque",
                                           "collections.defaultdict",
                                           "collections.OrderedDict",
                                           "collections.Counter",
                                           "functools.partial"};
    // Of the classes a module writes in Python or C, queue's (__class_getitem__ =
    // classmethod(GenericAlias) in Lib/queue.py).
    static const char* const kLibraryGeneric[] = {"Queue", "LifoQueue", "PriorityQueue",
                                                  "SimpleQueue"};
    if (t->isUser) {
        const ObjRef* module = t->dict.find("__module__");
        if (!t->isLibrary || !module || (*module)->tag != rt::Tag::Str)
            return false;
        const std::string& where = static_cast<const rt::StrObject*>(module->get())->text;
        if (where != "queue" && where != "_queue")
            return false;
        return std::any_of(std::begin(kLibraryGeneric), std::end(kLibraryGeneric),
                           [&](const char* n) { return t->qualname == n; });
    }
    const std::string name = qualifiedName(t);
    return name.starts_with("collections.abc.") ||
           std::any_of(std::begin(kGeneric), std::end(kGeneric),
                       [&](const char* n) { return name == n; });
}

} // namespace

void Interpreter::setupGenericAliases() {
    m_genericAliasType = addType("GenericAlias", rt::Tag::Instance, nullptr);
    m_unionType = addType("UnionType", rt::Tag::Instance, nullptr);
}

bool Interpreter::isGenericAlias(const Object* o) const {
    return o->tag == rt::Tag::Instance &&
           static_cast<const rt::InstanceObject*>(o)->cls == m_genericAliasType;
}

bool Interpreter::isUnion(const Object* o) const {
    return o->tag == rt::Tag::Instance &&
           static_cast<const rt::InstanceObject*>(o)->cls == m_unionType;
}

const ObjVec& Interpreter::aliasArgs(const Object* alias) {
    const ObjRef* args = static_cast<const rt::InstanceObject*>(alias)->attrs.find("__args__");
    return static_cast<rt::TupleObject*>(args->get())->items;
}

ObjRef Interpreter::genericAlias(rt::TypeObject* origin, Object* key) {
    // Callable[[int], str] is an alias of its own kind, with its own checks and repr.
    if (!origin->isUser && qualifiedName(origin) == "collections.abc.Callable")
        return abortUnsupported("`collections.abc.Callable[...]` is not supported");
    if (!isGenericBuiltin(origin))
        return raise("TypeError", "type '" + qualifiedName(origin) + "' is not subscriptable");
    ObjRef args(key);
    if (key->tag != rt::Tag::Tuple) {
        auto* tuple = m_heap->make<rt::TupleObject>();
        tuple->items.push_back(ObjRef(key));
        args = ObjRef(tuple);
    }
    auto* alias = m_heap->make<rt::InstanceObject>();
    alias->cls = m_genericAliasType;
    alias->attrs.set("__origin__", ObjRef(origin));
    alias->attrs.set("__args__", std::move(args));
    return ObjRef(alias);
}

// `a | b` for types, None, generic aliases and unions: the union of their flattened, distinct
// members (None as NoneType), or the single member itself. Null (no exception) when an
// operand is none of those: the operator's own TypeError follows.
ObjRef Interpreter::typeUnion(Object* a, Object* b) {
    auto unitable = [this](Object* o) {
        return o->tag == rt::Tag::Type || o->tag == rt::Tag::None || isGenericAlias(o) ||
               isUnion(o);
    };
    if (!unitable(a) || !unitable(b) || (a->tag == rt::Tag::None && b->tag == rt::Tag::None))
        return nullptr;
    ObjVec members;
    auto add = [&](Object* o) {
        ObjRef m = o->tag == rt::Tag::None ? ObjRef(builtinType(rt::Tag::None)) : ObjRef(o);
        if (std::none_of(members.begin(), members.end(),
                         [&](const ObjRef& x) { return x.get() == m.get(); }))
            members.push_back(std::move(m));
    };
    for (Object* o : {a, b}) {
        if (isUnion(o))
            for (const ObjRef& m : aliasArgs(o))
                add(m.get());
        else
            add(o);
    }
    if (members.size() == 1)
        return members.front();
    auto* tuple = m_heap->make<rt::TupleObject>();
    tuple->items = std::move(members);
    auto* u = m_heap->make<rt::InstanceObject>();
    u->cls = m_unionType;
    u->attrs.set("__args__", ObjRef(tuple));
    return ObjRef(u);
}

// CPython's ga_repr_item: `...` as is, a type by its qualified name (builtins without their
// module), anything else by its repr.
bool Interpreter::aliasItemRepr(Object* o, std::string& out) {
    if (o->tag == rt::Tag::Ellipsis) {
        out += "...";
        return true;
    }
    if (o->tag == rt::Tag::Type) {
        auto* t = static_cast<rt::TypeObject*>(o);
        const ObjRef* module = t->isLibrary ? t->dict.find("__module__") : nullptr;
        if (module && (*module)->tag == rt::Tag::Str) // queue.Queue
            out += static_cast<const rt::StrObject*>(module->get())->text + "." + t->qualname;
        else
            out += t->isUser ? "__main__." + t->qualname : qualifiedName(t);
        return true;
    }
    std::optional<std::string> r = repr(o);
    if (!r)
        return false;
    out += *r;
    return true;
}

bool Interpreter::aliasRepr(Object* alias, std::string& out) {
    const ObjVec& args = aliasArgs(alias);
    if (isUnion(alias)) {
        for (std::size_t i = 0; i < args.size(); ++i) {
            if (i > 0)
                out += " | ";
            if (args[i].get() == builtinType(rt::Tag::None))
                out += "None";
            else if (!aliasItemRepr(args[i].get(), out))
                return false;
        }
        return true;
    }
    auto* inst = static_cast<rt::InstanceObject*>(alias);
    if (!aliasItemRepr(inst->attrs.find("__origin__")->get(), out))
        return false;
    out += '[';
    if (args.empty())
        out += "()";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (i > 0)
            out += ", ";
        if (!aliasItemRepr(args[i].get(), out))
            return false;
    }
    out += ']';
    return true;
}

ObjRef Interpreter::aliasAttr(Object* alias, const std::string& name) {
    if (const ObjRef* v = static_cast<rt::InstanceObject*>(alias)->attrs.find(name))
        return *v;
    // CPython forwards most other names to the origin (`list[int].append`) and answers a few
    // itself (__parameters__, __unpacked__...): not modelled.
    return abortUnsupported("`." + name + "` of `" + typeName(alias) + "` is not supported");
}

// Equal aliases hash alike: a union's members in any order (so combined with xor), a
// generic alias's origin and arguments in order.
std::optional<std::int64_t> Interpreter::aliasHash(Object* alias) {
    const bool unordered = isUnion(alias);
    std::uint64_t h = 0;
    if (!unordered)
        h = pyId(static_cast<rt::InstanceObject*>(alias)->attrs.find("__origin__")->get());
    for (const ObjRef& a : aliasArgs(alias)) {
        std::optional<std::int64_t> ah = hash(a.get());
        if (!ah)
            return std::nullopt;
        const auto bits = static_cast<std::uint64_t>(*ah);
        h = unordered ? h ^ bits : h * 1000003U ^ bits;
    }
    auto out = static_cast<std::int64_t>(h);
    return out == -1 ? -2 : out;
}

ObjRef Interpreter::callGenericAlias(Object* alias, rt::CallArgs& args) {
    Object* origin = static_cast<rt::InstanceObject*>(alias)->attrs.find("__origin__")->get();
    return call(origin, args);
}

// isinstance's and issubclass's test (see interpreter.h), here beside the unions and generic
// aliases it accepts as `spec`.
ObjRef Interpreter::subtypeOfAny(rt::TypeObject* sub, Object* spec, const char* notAType) {
    ObjVec types;
    if (spec->tag == rt::Tag::Tuple)
        types = static_cast<rt::TupleObject*>(spec)->items;
    else if (isUnion(spec)) // isinstance(x, int | str)
        types = aliasArgs(spec);
    else
        types.push_back(ObjRef(spec));
    for (const ObjRef& t : types) {
        if (isGenericAlias(t.get())) {
            // notAType starts with the builtin's name: "isinstance() arg 2 must be...".
            std::string_view text(notAType);
            return raise("TypeError", std::string(text.substr(0, text.find(' '))) +
                                          " argument 2 cannot be a parameterized generic");
        }
        if (t->tag == rt::Tag::Instance) { // typing.List: its __subclasscheck__
            std::string_view text(notAType);
            bool found = false;
            ObjRef r = callLibraryDunder(
                t.get(), "__subclasscheck__",
                {ObjRef(sub), newStr(std::string(text.substr(0, text.find('('))))}, &found);
            if (found && (!r || r.get() == boolean(true).get()))
                return r;
            if (found)
                continue;
        }
        if (t->tag != rt::Tag::Type)
            return raise("TypeError", notAType);
        if (isSubtype(sub, static_cast<rt::TypeObject*>(t.get())))
            return boolean(true);
        if (aborted() || hasException())
            return nullptr; // a collections.abc class met a type it cannot judge, or a
                            // typing.Protocol raised (not @runtime_checkable)
    }
    return boolean(false);
}

} // namespace memstep::core::interp
