// The abc module: ABC, abstractmethod and ABCMeta, as far as a program uses them through
// `class Shape(ABC)`.
//
// ABC is a library class whose metaclass (rt::Metaclass) does what ABCMeta.__new__ does when
// a class derived from it is made: it stores __abstractmethods__ (the names still abstract)
// and _abc_impl, and calling a class whose __abstractmethods__ is not empty raises CPython's
// TypeError. abstractmethod() sets a function's __isabstractmethod__ and remembers what it
// marked (functions, and the properties and methods memstep's descriptors cannot carry an
// attribute on) in a list of its own, which ABCMeta reads, also for a class written with
// `metaclass=ABCMeta`. Calling ABCMeta itself and register() are refused as Unsupported.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "modules/stdlib/interned_names.h"

#include <algorithm>
#include <iterator>

namespace memstep::core::modules {

using interp::CallArgs;

namespace {

// The functions abstractmethod() marked: the list its builtin is bound to.
rt::ListObject* marked(Interpreter& in) {
    auto* m = static_cast<rt::ModuleObject*>(in.importModule("abc").get());
    auto* fn = static_cast<rt::BuiltinObject*>(m->find("abstractmethod"));
    return static_cast<rt::ListObject*>(fn->self.get());
}

bool isMarked(Interpreter& in, Object* v) {
    if (v->tag == rt::Tag::Descriptor) { // property, classmethod, staticmethod of one
        auto* d = static_cast<rt::DescriptorObject*>(v);
        Object* inner =
            d->kind == rt::DescriptorObject::Kind::Property ? d->getter.get() : d->func.get();
        return inner && isMarked(in, inner);
    }
    const ObjVec& items = marked(in)->items;
    return std::any_of(items.begin(), items.end(), [&](const ObjRef& f) { return f.get() == v; });
}

ObjRef abstractmethod(Interpreter& in, Object* self, CallArgs& args) {
    if (ObjRef f = interp::takeKeyword(args, "funcobj"))
        args.positional.push_back(f);
    if (!interp::noMoreKeywords(in, args, "abstractmethod"))
        return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError",
                        args.positional.empty()
                            ? "abstractmethod() missing 1 required positional argument: 'funcobj'"
                            : "abstractmethod() takes 1 positional argument but " +
                                  std::to_string(args.positional.size()) + " were given");
    Object* f = args.positional[0].get();
    if (f->tag != rt::Tag::Function && f->tag != rt::Tag::Descriptor)
        return in.abortUnsupported("abstractmethod() of a '" + std::string(in.typeName(f)) +
                                   "' is not supported");
    static_cast<rt::ListObject*>(self)->items.push_back(args.positional[0]);
    // funcobj.__isabstractmethod__ = True, which the diagram shows on the function.
    if (f->tag == rt::Tag::Function && !in.setAttr(f, "__isabstractmethod__", in.boolean(true)))
        return nullptr;
    return args.positional[0];
}

// ABCMeta.__new__: the names abstract in the class, then those its bases left abstract and
// it did not override.
ObjRef abcCreated(Interpreter& in, rt::TypeObject* cls) {
    // A name inherited still abstract is the base's str object, as in CPython (interned).
    ObjVec strs;
    auto has = [&](const std::string& name) {
        return std::any_of(strs.begin(), strs.end(),
                           [&](const ObjRef& s) { return interp::text(s.get()) == name; });
    };
    for (const auto& [name, value] : cls->dict.items)
        if (isMarked(in, value.get()))
            strs.push_back(internedName(in, name));
    for (rt::TypeObject* base : cls->bases) {
        ObjRef inherited = in.lookupInType(base, "__abstractmethods__");
        if (!inherited || inherited->tag != rt::Tag::FrozenSet)
            continue;
        ObjVec items;
        if (!in.collect(inherited.get(), items))
            return nullptr;
        for (const ObjRef& n : items) {
            const std::string& name = interp::text(n.get());
            ObjRef v = in.lookupInType(cls, name);
            if (v && isMarked(in, v.get()) && !has(name))
                strs.push_back(n);
        }
    }
    CallArgs a;
    a.positional.push_back(in.heap().newTuple(strs));
    ObjRef set = in.call(in.builtinType(rt::Tag::FrozenSet), a);
    if (!set)
        return nullptr;
    cls->dict.set("__abstractmethods__", set);
    auto* m = static_cast<rt::ModuleObject*>(in.importModule("abc").get());
    ObjRef impl;
    const ObjRef* data = static_cast<rt::TypeObject*>(m->find("ABCMeta"))->dict.find(" data");
    newNativeInstance(in, static_cast<rt::TypeObject*>(data->get()), impl);
    cls->dict.set("_abc_impl", impl);
    return ObjRef(cls);
}

// object.__new__'s check: no instance of a class that is still abstract.
ObjRef abcCall(Interpreter& in, Object* self, CallArgs& args) {
    auto* cls = static_cast<rt::TypeObject*>(self);
    if (!cls->isUser)
        return in.raise("TypeError", "Can't instantiate abstract class ABC with abstract "
                                     "methods");
    ObjRef abstract = in.lookupInType(cls, "__abstractmethods__");
    ObjVec items;
    if (abstract && abstract->tag == rt::Tag::FrozenSet && !in.collect(abstract.get(), items))
        return nullptr;
    if (!items.empty()) {
        std::vector<std::string> names;
        for (const ObjRef& n : items)
            names.push_back(interp::text(n.get()));
        std::sort(names.begin(), names.end());
        std::string joined;
        for (const std::string& n : names)
            joined += (joined.empty() ? "" : ", ") + n;
        return in.raise("TypeError", "Can't instantiate abstract class " + cls->name +
                                         " with abstract method" + (names.size() > 1 ? "s " : " ") +
                                         joined);
    }
    return in.instantiate(cls, args);
}

ObjRef abcClassAttr(Interpreter& in, rt::TypeObject*, const std::string& name) {
    if (name == "register" || name.starts_with("_abc_") || name == "_dump_registry")
        return in.abortUnsupported("ABCMeta." + name + " is not supported");
    return nullptr;
}

} // namespace

rt::Metaclass abcMetaclass() {
    rt::Metaclass m;
    m.created = abcCreated;
    m.call = abcCall;
    m.classAttr = abcClassAttr;
    return m;
}

namespace {

const rt::Metaclass kAbcMeta = abcMetaclass();

ObjRef abcMetaNew(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("calling abc.ABCMeta is not supported");
}

} // namespace

void fillAbc(Interpreter& in, rt::ModuleObject& m) {
    ObjRef fn = in.makeBuiltin("abstractmethod", abstractmethod, in.heap().newList({}));
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = "abstractmethod";
    sig->params = {"funcobj"};
    sig->positional = 1;
    static_cast<rt::BuiltinObject*>(fn.get())->python = std::move(sig);
    m.set("abstractmethod", fn);

    rt::TypeObject* meta = makeNativeType(in, "abc", "ABCMeta", abcMetaNew);
    meta->base = in.builtinType(rt::Tag::Type); // class Shape(metaclass=ABCMeta)
    meta->makes = &kAbcMeta;
    rt::TypeObject* data = makeNativeType(in, "_abc", "_abc_data", nullptr);
    meta->dict.set(" data", ObjRef(data));
    m.set("ABCMeta", ObjRef(meta));

    rt::TypeObject* abc = makeNativeType(in, "abc", "ABC", nullptr);
    abc->nameObject = in.newStr("ABC");
    abc->layout = in.objectType();
    abc->meta = &kAbcMeta;
    abc->metaclass = meta;
    CallArgs none;
    abc->dict.set("__abstractmethods__", in.call(in.builtinType(rt::Tag::FrozenSet), none));
    m.set("ABC", ObjRef(abc));
}

bool isMissingAbcAttribute(std::string_view name) {
    // The rest of dir(abc) in CPython 3.11, sorted for binary search.
    static constexpr std::string_view kMissing[] = {
        "_abc_init",        "_abc_instancecheck",   "_abc_register",   "_abc_subclasscheck",
        "_get_dump",        "_reset_caches",        "_reset_registry", "abstractclassmethod",
        "abstractproperty", "abstractstaticmethod", "get_cache_token", "update_abstractmethods",
    };
    return isModuleDunder(ModuleOrigin::Frozen, name) ||
           std::binary_search(std::begin(kMissing), std::end(kMissing), name);
}

} // namespace memstep::core::modules
