// vars(C): the class's namespace as CPython's type() leaves it, behind a mappingproxy
// (class_namespace.h).
#include "interp/attributes/class_namespace.h"

#include "interp/attributes/library_class.h"
#include "interp/builtins/builtins_util.h"

#include <algorithm>

namespace memstep::core::interp {

namespace {

// Native state keys start with a space: no attribute name a program writes has one.
const std::string kClassKey = " class";
const std::string kNameKey = " name";

rt::TypeObject* stateClass(Object* self) {
    const ObjRef* c = static_cast<rt::InstanceObject*>(self)->attrs.find(kClassKey);
    return c ? static_cast<rt::TypeObject*>(c->get()) : nullptr;
}

// A builtin type of the interpreter's whose objects are InstanceObjects (its __module__ builtins).
rt::TypeObject* makeBuiltinInstanceType(Interpreter& in, const char* name) {
    auto* t = in.heap().make<rt::TypeObject>();
    initLibraryClass(in, t, name, "builtins", name);
    t->noDict = true;
    return t;
}

// <attribute '__dict__' of 'C' objects>
ObjRef getsetRepr(Interpreter& in, Object* self, rt::CallArgs&) {
    const ObjRef* name = static_cast<rt::InstanceObject*>(self)->attrs.find(kNameKey);
    return in.newStr("<attribute '" + text(name->get()) + "' of '" + stateClass(self)->name +
                     "' objects>");
}

rt::TypeObject* makeGetsetType(Interpreter& in) {
    rt::TypeObject* t = makeBuiltinInstanceType(in, "getset_descriptor");
    t->reprInstance = getsetRepr;
    return t;
}

ObjRef& descriptorOf(Interpreter& in, rt::TypeObject* t, const char* name) {
    ObjRef& d = std::string_view(name) == "__dict__" ? t->dictDescriptor : t->weakrefDescriptor;
    if (!d) {
        auto* inst = in.heap().make<rt::InstanceObject>();
        d = ObjRef(inst);
        inst->cls = in.lazyType("getset_descriptor", makeGetsetType);
        inst->attrs.set(kClassKey, ObjRef(t));
        inst->attrs.set(kNameKey, in.internedStr(name));
    }
    return d;
}

bool hasSlotsOf(const rt::TypeObject* t) {
    return t->dict.find("__slots__") != nullptr;
}

// Whether type() gave the class a `__dict__` and a `__weakref__` descriptor of its own: only
// when no base gives its instances one already and it defines no __slots__ (CPython's
// type_new_descriptors; int and tuple objects cannot take a weakref, a set has one).
void addedDescriptors(Interpreter& in, rt::TypeObject* t, bool& dict, bool& weakref) {
    dict = weakref = false;
    if (hasSlotsOf(t))
        return;
    for (std::size_t i = 1; i < t->mro.size(); ++i)
        if (t->mro[i]->isUser && !hasSlotsOf(t->mro[i]))
            return;
    rt::TypeObject* layout = t->layout;
    dict = !layout->isException && layout != in.builtinType(rt::Tag::Type);
    weakref = layout != in.builtinType(rt::Tag::Type) && layout != in.builtinType(rt::Tag::Int) &&
              layout != in.builtinType(rt::Tag::Tuple) && layout != in.builtinType(rt::Tag::Set);
}

// The dict a proxy made by mappingProxyOf shows, kept under a key no program can spell.
const std::string kMappingKey = " mapping";

ObjRef proxyTarget(Interpreter& in, Object* self) {
    if (const ObjRef* d = static_cast<rt::InstanceObject*>(self)->attrs.find(kMappingKey))
        return *d;
    rt::TypeObject* t = stateClass(self);
    return classNamespaceDict(in, t);
}

// Each method answers as the class's dict does.
template <const char* kName> ObjRef forward(Interpreter& in, Object* self, rt::CallArgs& args) {
    ObjRef d = proxyTarget(in, self);
    if (!d)
        return nullptr;
    ObjRef m = in.getAttr(d.get(), kName);
    return m ? in.call(m.get(), args) : nullptr;
}

constexpr char kGetItem[] = "__getitem__";
constexpr char kContains[] = "__contains__";
constexpr char kLen[] = "__len__";
constexpr char kIter[] = "__iter__";
constexpr char kKeys[] = "keys";
constexpr char kValues[] = "values";
constexpr char kItems[] = "items";
constexpr char kGet[] = "get";
constexpr char kCopy[] = "copy";

ObjRef proxyRepr(Interpreter& in, Object* self, rt::CallArgs&) {
    ObjRef d = proxyTarget(in, self);
    if (!d)
        return nullptr;
    std::optional<std::string> inner = in.repr(d.get());
    return inner ? in.newStr("mappingproxy(" + *inner + ")") : nullptr;
}

// str() of a proxy is its dict's.
ObjRef proxyStr(Interpreter& in, Object* self, rt::CallArgs&) {
    ObjRef d = proxyTarget(in, self);
    if (!d)
        return nullptr;
    std::optional<std::string> inner = in.repr(d.get());
    return inner ? in.newStr(*inner) : nullptr;
}

// == and != compare the dicts (a proxy with another proxy's, or with a dict).
template <syntax::CmpOperator kOp>
ObjRef proxyCompare(Interpreter& in, Object* self, rt::CallArgs& args) {
    if (args.positional.size() != 1 || !args.keywords.empty())
        return in.raise("TypeError",
                        "expected 1 argument, got " + std::to_string(args.positional.size()));
    ObjRef d = proxyTarget(in, self);
    Object* other = args.positional[0].get();
    ObjRef o = other->tag == rt::Tag::Instance && in.typeOf(other) == in.typeOf(self)
                   ? proxyTarget(in, other)
                   : ObjRef(other);
    if (!d || !o)
        return nullptr;
    int r = in.compare(kOp, d.get(), o.get());
    return r < 0 ? nullptr : in.boolean(r == 1);
}

// A proxy has no __delitem__: CPython's message for a type without one.
ObjRef proxyDelItem(Interpreter& in, Object*, rt::CallArgs&) {
    return in.raise("TypeError", "'mappingproxy' object does not support item deletion");
}

rt::TypeObject* makeProxyType(Interpreter& in) {
    rt::TypeObject* t = makeBuiltinInstanceType(in, "mappingproxy");
    t->reprInstance = proxyRepr;
    addMethodDescriptor(in, t, "__getitem__", forward<kGetItem>);
    addMethodDescriptor(in, t, "__contains__", forward<kContains>);
    addMethodDescriptor(in, t, "__len__", forward<kLen>);
    addMethodDescriptor(in, t, "__iter__", forward<kIter>);
    addMethodDescriptor(in, t, "keys", forward<kKeys>);
    addMethodDescriptor(in, t, "values", forward<kValues>);
    addMethodDescriptor(in, t, "items", forward<kItems>);
    addMethodDescriptor(in, t, "get", forward<kGet>);
    addMethodDescriptor(in, t, "copy", forward<kCopy>);
    addMethodDescriptor(in, t, "__str__", proxyStr);
    addMethodDescriptor(in, t, "__eq__", proxyCompare<syntax::CmpOperator::Eq>);
    addMethodDescriptor(in, t, "__ne__", proxyCompare<syntax::CmpOperator::NotEq>);
    addMethodDescriptor(in, t, "__delitem__", proxyDelItem);
    return t;
}

} // namespace

ObjRef classNamespaceDict(Interpreter& in, rt::TypeObject* t) {
    if (!t->isUser)
        return in.abortUnsupported("the namespace of the built-in type '" + t->name +
                                   "' (`vars()`, `__dict__`) is not supported");
    if (t->meta || std::any_of(t->mro.begin(), t->mro.end(),
                               [](const rt::TypeObject* c) { return c->isLibrary; }))
        return in.abortUnsupported("the namespace of a class made with a library's class (an "
                                   "Enum, an ABC) is not supported");
    bool addsDict = false, addsWeakref = false;
    addedDescriptors(in, t, addsDict, addsWeakref);
    const auto& items = t->dict.items;
    const std::size_t made = std::min(t->madeEntries, items.size());
    const ObjRef* doc = t->dict.find("__doc__");
    const bool lateDoc = doc && std::find_if(items.begin(), items.begin() + made,
                                             [](const auto& e) { return e.first == "__doc__"; }) ==
                                    items.begin() + made;
    const ObjRef* hash = t->addedHash ? t->dict.find("__hash__") : nullptr;
    rt::Ref<rt::DictObject> d = in.heap().newDict();
    auto put = [&](const std::string& name, const ObjRef& v) {
        return in.dictSet(d.get(), in.internedStr(name), v);
    };
    for (std::size_t i = 0; i <= items.size(); ++i) {
        if (i == made) {
            if (addsDict && !put("__dict__", descriptorOf(in, t, "__dict__")))
                return nullptr;
            if (addsWeakref && !put("__weakref__", descriptorOf(in, t, "__weakref__")))
                return nullptr;
            if ((!doc || lateDoc) && !put("__doc__", lateDoc ? *doc : in.none()))
                return nullptr;
            if (hash && !put("__hash__", *hash))
                return nullptr;
        }
        if (i == items.size())
            break;
        const auto& [name, value] = items[i];
        if (name == "__qualname__" || (hash && &value == hash) || (lateDoc && name == "__doc__"))
            continue;
        if (!put(name, value))
            return nullptr;
    }
    return d;
}

ObjRef classNamespaceProxy(Interpreter& in, rt::TypeObject* t) {
    if (!classNamespaceDict(in, t)) // refused now rather than at its first use
        return nullptr;
    auto* p = in.heap().make<rt::InstanceObject>();
    ObjRef out(p);
    p->cls = in.lazyType("mappingproxy", makeProxyType);
    p->attrs.set(kClassKey, ObjRef(t));
    return out;
}

ObjRef mappingProxyOf(Interpreter& in, rt::DictObject* d) {
    auto* p = in.heap().make<rt::InstanceObject>();
    ObjRef out(p);
    p->cls = in.lazyType("mappingproxy", makeProxyType);
    p->attrs.set(kMappingKey, ObjRef(d));
    return out;
}

ObjRef attributeNamesForDir(Interpreter& in, Object* o) {
    // object's own namespace in CPython 3.11, which every class's MRO ends with.
    static constexpr const char* kObjectNames[] = {"__new__",
                                                   "__repr__",
                                                   "__hash__",
                                                   "__str__",
                                                   "__getattribute__",
                                                   "__setattr__",
                                                   "__delattr__",
                                                   "__lt__",
                                                   "__le__",
                                                   "__eq__",
                                                   "__ne__",
                                                   "__gt__",
                                                   "__ge__",
                                                   "__init__",
                                                   "__reduce_ex__",
                                                   "__reduce__",
                                                   "__getstate__",
                                                   "__subclasshook__",
                                                   "__init_subclass__",
                                                   "__format__",
                                                   "__sizeof__",
                                                   "__dir__",
                                                   "__class__",
                                                   "__doc__"};
    const bool isClass = o->tag == rt::Tag::Type;
    rt::TypeObject* t = isClass ? static_cast<rt::TypeObject*>(o) : in.typeOf(o);
    if ((!isClass && o->tag != rt::Tag::Instance) || !t->isUser || t->metaclass ||
        t->layout != in.objectType())
        return in.abortUnsupported("dir() of an object whose class defines no __dir__ is not "
                                   "supported beyond the program's plain classes and their "
                                   "instances");
    std::vector<std::string> names;
    if (!isClass)
        for (const auto& [name, value] : static_cast<rt::InstanceObject*>(o)->attrs.items)
            names.push_back(name);
    for (rt::TypeObject* c : t->mro) {
        if (c == in.objectType()) {
            names.insert(names.end(), std::begin(kObjectNames), std::end(kObjectNames));
            continue;
        }
        ObjRef d = classNamespaceDict(in, c);
        if (!d)
            return nullptr;
        for (const rt::DictEntry& e : static_cast<rt::DictObject*>(d.get())->entries)
            if (e.key)
                names.push_back(text(e.key.get()));
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    ObjVec items;
    for (const std::string& name : names)
        items.push_back(in.internedStr(name));
    return in.heap().newList(std::move(items));
}

bool namespaceMade(rt::TypeObject* t) {
    t->madeEntries = t->dict.items.size();
    return true;
}

void namespaceEntryDeleted(rt::TypeObject* t, const std::string& name) {
    for (std::size_t i = 0; i < t->madeEntries && i < t->dict.items.size(); ++i)
        if (t->dict.items[i].first == name) {
            --t->madeEntries;
            return;
        }
}

} // namespace memstep::core::interp
