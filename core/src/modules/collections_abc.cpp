// collections.abc: the abstract base classes a program tests with isinstance() and
// issubclass(): Iterable, Iterator, Reversible, Sized, Container, Collection, Hashable,
// Callable, Sequence, MutableSequence, Mapping, MutableMapping, Set and MutableSet.
//
// They are classes with a virtualSubclass hook (rt::TypeObject) that answers what CPython's
// ABCMeta answers: builtin types by the ABCs they are registered with or implement, and the
// program's classes by the methods their MRO defines (the __subclasshook__ of the one-method
// ABCs; a program's class is a Mapping or a Sequence only through collections.UserDict,
// UserList or UserString, the ones it can inherit here: TypeObject::userCollection).
#include "modules/collections.h"
#include "modules/typing/typing.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace memstep::core::modules {

using rt::CallArgs;

namespace {

enum Ability : unsigned {
    kIterable = 1u << 0,
    kSized = 1u << 1,
    kContainer = 1u << 2,
    kReversible = 1u << 3,
    kHashable = 1u << 4,
    kCallable = 1u << 5,
    kIterator = 1u << 6,
    kSequence = 1u << 7,
    kMutableSequence = 1u << 8,
    kMapping = 1u << 9,
    kMutableMapping = 1u << 10,
    kSet = 1u << 11,
    kMutableSet = 1u << 12,
    kGenerator = 1u << 13,
    kJudged = 1u << 14, // a type known to be none of them (slice)
};

constexpr unsigned kCollection = kIterable | kSized | kContainer;

// What each ABC asks for, in the module's order of definition.
constexpr std::pair<std::string_view, unsigned> kAbcs[] = {
    {"Hashable", kHashable},
    {"Iterable", kIterable},
    {"Iterator", kIterator | kIterable},
    {"Generator", kGenerator | kIterator | kIterable},
    {"Reversible", kReversible | kIterable},
    {"Sized", kSized},
    {"Container", kContainer},
    {"Collection", kCollection},
    {"Callable", kCallable},
    {"Set", kSet | kCollection},
    {"MutableSet", kMutableSet | kSet | kCollection},
    {"Mapping", kMapping | kCollection},
    {"MutableMapping", kMutableMapping | kMapping | kCollection},
    {"Sequence", kSequence | kReversible | kCollection},
    {"MutableSequence", kMutableSequence | kSequence | kReversible | kCollection},
};

constexpr unsigned kSequenceLike = kSequence | kReversible | kCollection;

// What a builtin type (by CPython's tp_name) is registered as; 0 for one memstep cannot judge.
unsigned builtinAbilities(std::string_view name) {
    static constexpr std::pair<std::string_view, unsigned> kTypes[] = {
        {"list", kSequenceLike | kMutableSequence},
        {"collections.deque", kSequenceLike | kMutableSequence},
        {"tuple", kSequenceLike | kHashable},
        {"str", kSequenceLike | kHashable},
        {"range", kSequenceLike | kHashable},
        {"dict", kMapping | kMutableMapping | kCollection | kReversible},
        {"set", kSet | kMutableSet | kCollection},
        {"frozenset", kSet | kCollection | kHashable},
        {"int", kHashable},
        {"bool", kHashable},
        {"float", kHashable},
        {"NoneType", kHashable},
        {"ellipsis", kHashable},
        {"object", kHashable},
        {"module", kHashable},
        {"function", kHashable | kCallable},
        {"builtin_function_or_method", kHashable | kCallable},
        {"method", kHashable | kCallable},
        {"type", kHashable | kCallable},
        {"BaseException", kHashable},
        {"bytes", kSequenceLike | kHashable},
        {"bytearray", kSequenceLike | kMutableSequence},
        {"memoryview", kSequenceLike | kHashable}, // a library class (below)
        {"complex", kHashable},
        {"slice", kJudged}, // unhashable in 3.11
        {"NotImplementedType", kHashable},
        {"partial", kHashable | kCallable},
        {"re.Pattern", kHashable},
        {"re.Match", kHashable},
    };
    for (const auto& [n, abilities] : kTypes)
        if (n == name)
            return abilities;
    return 0;
}

// A program's class: the ABCs whose methods its MRO defines (None there means "not").
unsigned userAbilities(Interpreter& in, rt::TypeObject* t) {
    auto has = [&](std::string_view method) {
        ObjRef v = in.lookupInType(t, method);
        return v && v->tag != rt::Tag::None;
    };
    unsigned out = 0;
    out |= has("__iter__") ? kIterable : 0;
    out |= has("__len__") ? kSized : 0;
    out |= has("__contains__") ? kContainer : 0;
    out |= has("__reversed__") ? kReversible : 0;
    out |= has("__call__") ? kCallable : 0;
    out |= has("__next__") ? kIterator : 0;
    out |= has("__next__") && has("__iter__") && has("send") && has("throw") && has("close")
               ? kGenerator
               : 0;
    // __hash__ is None in a class that defines __eq__ without it, as type() makes it.
    bool hashable = true;
    for (rt::TypeObject* c : t->mro) {
        if (!c->isUser)
            continue;
        if (const ObjRef* h = c->dict.find("__hash__")) {
            hashable = (*h)->tag != rt::Tag::None;
            break;
        }
        if (c->dict.find("__eq__")) {
            hashable = false;
            break;
        }
    }
    return out | (hashable ? kHashable : 0u);
}

// Callable[[int], str]: collections.abc's _CallableGenericAlias, its arguments flattened.
ObjRef callableGetItem(Interpreter& in, Object* self, CallArgs& args) {
    Object* key = args.positional[0].get();
    if (key->tag != rt::Tag::Tuple || static_cast<rt::TupleObject*>(key)->items.size() != 2)
        return in.raise("TypeError", "Callable must be used as Callable[[arg, ...], result].");
    const ObjVec& items = static_cast<rt::TupleObject*>(key)->items;
    ObjVec flat;
    if (items[0]->tag == rt::Tag::List)
        flat = static_cast<rt::ListObject*>(items[0].get())->items;
    else if (items[0]->tag == rt::Tag::Ellipsis)
        flat.push_back(items[0]);
    else
        return in.abortUnsupported("collections.abc.Callable[...] whose arguments are not a list "
                                   "is not supported");
    flat.push_back(items[1]);
    auto* m = static_cast<rt::ModuleObject*>(in.importModule("collections.abc").get());
    auto* cls = static_cast<rt::TypeObject*>(
        static_cast<rt::TypeObject*>(m->find("Callable"))->dict.find(" alias")->get());
    ObjRef out;
    rt::InstanceObject* alias = newNativeInstance(in, cls, out);
    alias->attrs.set("__origin__", ObjRef(self));
    alias->attrs.set("__args__", in.heap().newTuple(std::move(flat)));
    return out;
}

ObjRef callableAliasRepr(Interpreter& in, Object* self, CallArgs&) {
    const auto* a = static_cast<rt::InstanceObject*>(self);
    const ObjVec& args = static_cast<rt::TupleObject*>(a->attrs.find("__args__")->get())->items;
    std::string out = "collections.abc.Callable[";
    if (args.size() == 2 && args[0]->tag == rt::Tag::Ellipsis) {
        out += "...";
    } else {
        out += "[";
        for (std::size_t i = 0; i + 1 < args.size(); ++i) {
            if (i > 0)
                out += ", ";
            if (!typing::typeRepr(in, args[i].get(), out))
                return nullptr;
        }
        out += "]";
    }
    out += ", ";
    if (!typing::typeRepr(in, args.back().get(), out))
        return nullptr;
    return in.newStr(out + "]");
}

const rt::Metaclass kCallableMeta = [] {
    rt::Metaclass m;
    m.getItem = callableGetItem;
    return m;
}();

bool isVirtualSubclass(Interpreter& in, const rt::TypeObject* abc, rt::TypeObject* sub) {
    unsigned wanted = 0;
    for (const auto& [name, abilities] : kAbcs)
        if (name == abc->name)
            wanted = abilities;
    unsigned abilities = 0;
    if (sub->isUser) {
        abilities = userAbilities(in, sub);
        // A class written in C that memstep makes as a library class is registered too.
        for (rt::TypeObject* t : sub->mro)
            if (t->isLibrary)
                abilities |= builtinAbilities(t->name);
        // collections.UserDict derives from MutableMapping, UserList from MutableSequence
        // and UserString from Sequence, and so do the program's subclasses of them.
        for (rt::TypeObject* t : sub->mro) {
            if (t->userCollection == rt::TypeObject::UserCollection::Dict)
                abilities |= kMutableMapping | kMapping | kCollection;
            if (t->userCollection == rt::TypeObject::UserCollection::List)
                abilities |= kMutableSequence | kSequenceLike;
            if (t->userCollection == rt::TypeObject::UserCollection::String)
                abilities |= kSequenceLike;
        }
    } else if (sub->instanceTag == rt::Tag::Iterator) {
        // Every iterator type (list_iterator, zip, generator...) has its own name.
        abilities = kHashable | kIterator | kIterable | (sub->name == "generator" ? kGenerator : 0);
    } else {
        for (rt::TypeObject* t = sub; t && !abilities; t = t->base)
            abilities = builtinAbilities(t->name);
        if (!abilities && sub->isException)
            abilities = kHashable;
    }
    if (!abilities && !sub->isUser) {
        in.abortUnsupported("isinstance() of a '" + sub->name + "' against collections.abc." +
                            abc->name + " is not supported");
        return false;
    }
    return (abilities & wanted) == wanted;
}

// The abstract methods of each ABC, sorted as CPython's message lists them.
std::string_view abstractMethods(std::string_view abc) {
    static constexpr std::pair<std::string_view, std::string_view> kAbstract[] = {
        {"Hashable", "__hash__"},
        {"Iterable", "__iter__"},
        {"Iterator", "__next__"},
        {"Generator", "send, throw"},
        {"Reversible", "__iter__, __reversed__"},
        {"Sized", "__len__"},
        {"Container", "__contains__"},
        {"Collection", "__contains__, __iter__, __len__"},
        {"Callable", "__call__"},
        {"Set", "__contains__, __iter__, __len__"},
        {"MutableSet", "__contains__, __iter__, __len__, add, discard"},
        {"Mapping", "__getitem__, __iter__, __len__"},
        {"MutableMapping", "__delitem__, __getitem__, __iter__, __len__, __setitem__"},
        {"Sequence", "__getitem__, __len__"},
        {"MutableSequence", "__delitem__, __getitem__, __len__, __setitem__, insert"},
    };
    for (const auto& [name, methods] : kAbstract)
        if (name == abc)
            return methods;
    return {};
}

// Iterable() and its kin: object.__new__ refuses arguments first, then an abstract class.
ObjRef abcNew(Interpreter& in, Object* type, CallArgs& args) {
    const std::string& name = static_cast<rt::TypeObject*>(type)->name;
    if (!args.positional.empty() || !args.keywords.empty())
        return in.raise("TypeError", name + "() takes no arguments");
    std::string_view methods = abstractMethods(name);
    bool several = methods.find(',') != std::string_view::npos;
    return in.raise("TypeError", "Can't instantiate abstract class " + name +
                                     " with abstract method" + (several ? "s " : " ") +
                                     std::string(methods));
}

} // namespace

void fillCollectionsAbc(Interpreter& in, rt::ModuleObject& m) {
    for (const auto& [name, abilities] : kAbcs) {
        auto* t = in.heap().make<rt::TypeObject>();
        ObjRef abc(t);
        t->name = std::string(name);
        t->qualname = "collections.abc." + t->name; // <class 'collections.abc.Iterable'>
        t->nameObject = in.newStr(t->name);         // a Python class: one __name__ object
        t->base = in.objectType();
        t->virtualSubclass = isVirtualSubclass;
        t->construct = abcNew;
        if (name == "Callable") { // Callable[[int], str]
            t->meta = &kCallableMeta;
            rt::TypeObject* alias =
                makeNativeType(in, "collections.abc", "_CallableGenericAlias", nullptr);
            alias->reprInstance = callableAliasRepr;
            alias->instanceAttr = typing::ownAttr;
            t->dict.set(" alias", ObjRef(alias));
        }
        m.set(t->name, std::move(abc));
    }
}

bool isMissingCollectionsAbcAttribute(std::string_view name) {
    // The rest of dir(collections.abc) in CPython 3.11, sorted for binary search.
    static constexpr std::string_view kMissing[] = {
        "AsyncGenerator",
        "AsyncIterable",
        "AsyncIterator",
        "Awaitable",
        "ByteString",
        "Coroutine",
        "ItemsView",
        "KeysView",
        "MappingView",
        "ValuesView",
        "_CallableGenericAlias",
        "__all__",
    };
    return isModuleDunder(ModuleOrigin::Source, name) ||
           std::binary_search(std::begin(kMissing), std::end(kMissing), name);
}

} // namespace memstep::core::modules
