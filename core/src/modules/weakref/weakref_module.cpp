// The weakref module: weakref.ref (ReferenceType), getweakrefcount, and the module's table;
// weakref_object.h says when a weak reference's object lives; weakref_proxy.cpp makes proxies, and
// weakref_value_dictionary.cpp, weakref_key_dictionary.cpp and weakref_set.cpp the weak containers.
//
// The trace draws a weak reference as an object of type ReferenceType with no arrow: the
// object it names may be freed while it lives, and an arrow would say it keeps it. Callbacks
// are refused by name: CPython calls one in the middle of a line, at the object's death, which
// memstep's steps do not place yet.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "modules/weakref/weakref_object.h"

#include <algorithm>
#include <optional>

namespace memstep::core::modules {

using interp::CallArgs;

namespace weakref {
namespace {

// weakref.ref(object[, callback]).
ObjRef refCall(Interpreter& in, Object* cls, CallArgs& args) {
    auto* type = static_cast<rt::TypeObject*>(cls);
    if (type->mro.size() != 2)
        return in.abortUnsupported("a subclass of weakref.ref");
    Object* o = weakTarget(in, args, "ref", "__new__", "weakref.ref");
    if (!o)
        return nullptr;
    return sharedWeakRef(in, type, o, false);
}

// The weak reference a slot wrapper of ReferenceType was called on; null with CPython's
// TypeError for another object (weakref.ref.__call__(obj)).
WeakRefObject* selfRef(Interpreter& in, Object* self, const char* method) {
    if (WeakRefObject* ref = asWeakRef(self))
        return ref;
    in.raise("TypeError", std::string("descriptor '") + method +
                              "' requires a 'weakref.ReferenceType' object but received a '" +
                              in.typeName(self) + "'");
    return nullptr;
}

// What the reference `self` refers to now (null: dead) for its method `method`; nullopt with
// the TypeError of another self, or the refusal of an answer memstep cannot know, set.
std::optional<Object*> referentFor(Interpreter& in, Object* self, const char* method) {
    WeakRefObject* ref = selfRef(in, self, method);
    if (!ref)
        return std::nullopt;
    bool refused = false;
    Object* o = referentNow(in, ref, &refused);
    if (refused)
        return std::nullopt;
    return o;
}

ObjRef refCallInstance(Interpreter& in, Object* self, CallArgs& args) {
    if (!args.keywords.empty())
        return in.raise("TypeError", "weakref() takes no keyword arguments");
    if (!args.positional.empty())
        return in.raise("TypeError", "weakref expected 0 arguments, got " +
                                         std::to_string(args.positional.size()));
    const std::optional<Object*> o = referentFor(in, self, "__call__");
    if (!o)
        return nullptr;
    return *o ? ObjRef(*o) : in.none();
}

ObjRef refRepr(Interpreter& in, Object* self, CallArgs&) {
    const std::optional<Object*> live = referentFor(in, self, "__repr__");
    if (!live)
        return nullptr;
    Object* o = *live;
    std::string out = "<weakref at " + hexId(in, self) + "; ";
    if (!o)
        return in.newStr(out + "dead>");
    out += std::string("to '") + in.typeName(o) + "' at " + hexId(in, o);
    if (o->tag == rt::Tag::Function) {
        ObjRef name = in.getAttr(o, "__name__");
        if (!name)
            return nullptr;
        if (name->tag == rt::Tag::Str)
            out += " (" + interp::text(name.get()) + ")";
    } else if (static_cast<rt::InstanceObject*>(o)->attrs.find("__name__")) {
        return in.abortUnsupported("the repr of a weak reference to an object with a __name__");
    }
    return in.newStr(out + ">");
}

// == and != (weakref_richcompare): the objects compared when both live, else identity.
ObjRef refCompare(Interpreter& in, Object* self, CallArgs& args, bool equal) {
    WeakRefObject* ref = selfRef(in, self, equal ? "__eq__" : "__ne__");
    if (!ref)
        return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", std::string("expected 1 argument, got ") +
                                         std::to_string(args.positional.size()));
    WeakRefObject* other = asWeakRef(args.positional[0].get());
    if (!other)
        return in.notImplemented();
    bool refused = false;
    Object* a = referentNow(in, ref, &refused);
    if (refused)
        return nullptr;
    Object* b = referentNow(in, other, &refused);
    if (refused)
        return nullptr;
    if (!a || !b)
        return in.boolean((self == other) == equal);
    int r = in.compare(equal ? syntax::CmpOperator::Eq : syntax::CmpOperator::NotEq, a, b);
    if (r < 0)
        return nullptr;
    return in.boolean(r == 1);
}

ObjRef refEq(Interpreter& in, Object* self, CallArgs& args) {
    return refCompare(in, self, args, true);
}

ObjRef refNe(Interpreter& in, Object* self, CallArgs& args) {
    return refCompare(in, self, args, false);
}

ObjRef refHash(Interpreter& in, Object* self, CallArgs&) {
    WeakRefObject* ref = selfRef(in, self, "__hash__");
    if (!ref)
        return nullptr;
    if (ref->hashed)
        return in.heap().newInt(ref->hash);
    bool refused = false;
    Object* o = referentNow(in, ref, &refused);
    if (refused)
        return nullptr;
    if (!o)
        return in.raise("TypeError", "weak object has gone away");
    std::optional<std::int64_t> h = in.hash(o);
    if (!h)
        return nullptr;
    ref->hashed = true;
    ref->hash = *h;
    return in.heap().newInt(*h);
}

// ref.__callback__: memstep makes weak references without a callback only.
ObjRef refCallback(Interpreter& in, Object*, CallArgs&) {
    return in.none();
}

ObjRef getWeakRefCount(Interpreter& in, Object*, CallArgs& args) {
    if (!args.keywords.empty())
        return in.raise("TypeError", "_weakref.getweakrefcount() takes no keyword arguments");
    if (args.positional.size() != 1)
        return in.raise("TypeError", "_weakref.getweakrefcount() takes exactly one argument (" +
                                         std::to_string(args.positional.size()) + " given)");
    std::int64_t n = 0;
    if (const std::vector<Object*>* refs = in.heap().weakRefsTo(args.positional[0].get()))
        for (Object* r : *refs)
            n += programRefs(in, r) > 0;
    return in.heap().newInt(n);
}

const rt::Metaclass kRefMeta = [] {
    rt::Metaclass m;
    m.call = refCall;
    return m;
}();

} // namespace
} // namespace weakref

bool isMissingWeakrefAttribute(std::string_view name) {
    // dir(weakref) in CPython 3.11 minus what fillWeakref provides, sorted.
    static const std::vector<std::string_view> kMissing = {
        "KeyedRef", "WeakMethod",       "_IterationGuard",
        "__all__",  "_collections_abc", "_remove_dead_weakref",
        "finalize", "getweakrefs",      "itertools",
        "sys",
    };
    return isModuleDunder(ModuleOrigin::Source, name) ||
           std::binary_search(kMissing.begin(), kMissing.end(), name);
}

void fillWeakref(Interpreter& in, rt::ModuleObject& m) {
    rt::TypeObject* t = makeNativeClass(in, "weakref", "ReferenceType", &weakref::kRefMeta);
    t->noDict = true; // no attribute of its own can be set: an AttributeError, as in CPython
    addNativeMethod(in, t, "__call__", weakref::refCallInstance);
    addNativeMethod(in, t, "__repr__", weakref::refRepr);
    addNativeMethod(in, t, "__eq__", weakref::refEq);
    addNativeMethod(in, t, "__ne__", weakref::refNe);
    addNativeMethod(in, t, "__hash__", weakref::refHash);
    addNativeProperty(in, t, "__callback__", weakref::refCallback);
    m.set("ReferenceType", ObjRef(t));
    addFunction(in, m, "getweakrefcount", weakref::getWeakRefCount);
    m.set("ref", ObjRef(t));
    weakref::addProxy(in, m);
    weakref::addWeakValueDictionary(in, m);
    weakref::addWeakSet(in, m, t);
    weakref::addWeakKeyDictionary(in, m, t);
}

} // namespace memstep::core::modules
