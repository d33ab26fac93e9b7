// The weakref module's basics: weakref.ref (ReferenceType) and getweakrefcount.
//
// A weak reference answers its object while the object lives and None once CPython would have
// freed it. CPython frees an object when its reference count reaches zero; memstep counts
// references the same way (runtime/object.h), but the tracer holds the objects the diagram
// shows until the step closes, so an object is alive here when the program's own references to
// it (its count minus the tracer's, Tracer::heldRefs) are more than none. What CPython keeps
// longer than its count says is refused by name instead of guessed: an object only a reference
// cycle keeps (CPython frees it when its collector runs, at a moment the program does not
// choose), an object read dead while an exception is handled or kept (its traceback may hold
// the frame that held it), callbacks, and the module's other names (proxy, WeakValueDictionary).
//
// The trace draws a weak reference as an object of type ReferenceType with no arrow: the
// object it names may be freed while it lives, and an arrow would say it keeps it.
#include "interp/builtins/builtins_util.h"
#include "interp/tracing/tracer.h"
#include "modules/modules.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace memstep::core::modules {

using interp::CallArgs;

namespace weakref {
namespace {

struct WeakRefObject : rt::InstanceObject {
    ~WeakRefObject() override {
        if (heap)
            heap->forgetWeakRef(this);
    }
    bool proxy = false; // a weakref.proxy: ProxyType or CallableProxyType
    bool hashed = false;
    std::int64_t hash = 0; // cached once asked while the object lived, as CPython does
};

WeakRefObject* asWeakRefOrProxy(Object* o) {
    return o && o->tag == rt::Tag::Instance ? dynamic_cast<WeakRefObject*>(o) : nullptr;
}

WeakRefObject* asWeakRef(Object* o) {
    WeakRefObject* r = asWeakRefOrProxy(o);
    return r && !r->proxy ? r : nullptr;
}

// The references the program holds to `o`.
std::int64_t programRefs(Interpreter& in, const Object* o) {
    std::int64_t held = in.tracer() ? in.tracer()->heldRefs(o) : 0;
    return static_cast<std::int64_t>(o->refs) - held;
}

// True when `o` is kept alive only by references among objects reachable from it: garbage
// that CPython frees only when its cycle collector runs. The collector's own test on the
// objects reachable from `o`: each one's references from outside that set keep it and what
// it reaches alive.
bool onlyInCycle(Interpreter& in, Object* o) {
    std::unordered_map<Object*, std::int64_t> outside;
    std::vector<Object*> order{o};
    outside[o] = 0;
    for (std::size_t i = 0; i < order.size(); ++i)
        interp::Tracer::forEachChild(order[i], [&](Object* c) {
            if (outside.emplace(c, 0).second)
                order.push_back(c);
        });
    for (Object* x : order)
        outside[x] += programRefs(in, x);
    for (Object* x : order)
        interp::Tracer::forEachChild(x, [&](Object* c) { --outside[c]; });
    std::vector<Object*> live;
    std::unordered_map<Object*, bool> reached;
    for (Object* x : order)
        if (outside[x] > 0 || x->immortal) {
            live.push_back(x);
            reached[x] = true;
        }
    while (!live.empty()) {
        Object* x = live.back();
        live.pop_back();
        interp::Tracer::forEachChild(x, [&](Object* c) {
            if (!reached[c]) {
                reached[c] = true;
                live.push_back(c);
            }
        });
    }
    return !reached[o];
}

// True when the program still holds an exception that was raised: CPython's traceback keeps
// the frames it passed through, and their variables, which memstep let go when they returned.
bool tracebackAlive(Interpreter& in) {
    bool alive = false;
    in.heap().forEachLive([&](Object* o) {
        if (!alive && o->tag == rt::Tag::Exception &&
            !static_cast<rt::ExceptionObject*>(o)->traceback.empty() && programRefs(in, o) > 0)
            alive = true;
    });
    return alive;
}

// The referent as CPython's weak reference would answer it now: null for None (dead), or
// null with the run aborted (*refused) where memstep cannot know.
Object* referentNow(Interpreter& in, WeakRefObject* ref, bool* refused) {
    *refused = false;
    Object* o = in.heap().weakReferent(ref);
    if (o && programRefs(in, o) > 0) {
        if (!onlyInCycle(in, o))
            return o;
        *refused = true;
        in.abortUnsupported("a weak reference to an object only a reference cycle keeps "
                            "(CPython frees it when its cycle collector runs)");
        return nullptr;
    }
    if (in.handlingException() || tracebackAlive(in)) {
        *refused = true;
        in.abortUnsupported("a weak reference to a freed object read while an exception is "
                            "handled or kept (its traceback may keep the object in CPython)");
    }
    return nullptr;
}

// Why CPython refuses a weak reference to `o` (its type has no weakref slot), or empty when
// it makes one; Unsupported (aborted, *refused) for the types memstep does not weakly refer to.
std::string notWeakReferable(Interpreter& in, Object* o, bool* refused) {
    *refused = false;
    auto cannot = [&](const std::string& type) {
        return "cannot create weak reference to '" + type + "' object";
    };
    if (o->subclassed || o->tag == rt::Tag::Exception) {
        *refused = true;
        in.abortUnsupported(std::string("weakref.ref of a '") + in.typeName(o) + "' object");
        return {};
    }
    switch (o->tag) {
    case rt::Tag::Function:
        return {};
    case rt::Tag::Instance: {
        auto* inst = static_cast<rt::InstanceObject*>(o);
        if (inst->cls == in.objectType())
            return cannot("object");
        if (!inst->cls->isUser || inst->cls->isLibrary) {
            *refused = true;
            in.abortUnsupported(std::string("weakref.ref of a '") + in.typeName(o) + "' object");
            return {};
        }
        // A class whose every class has __slots__ (none naming __weakref__) has no weakref slot.
        return inst->cls->noDict ? cannot(inst->cls->name) : std::string{};
    }
    case rt::Tag::None:
    case rt::Tag::Bool:
    case rt::Tag::Int:
    case rt::Tag::Float:
    case rt::Tag::Complex:
    case rt::Tag::Str:
    case rt::Tag::Bytes:
    case rt::Tag::ByteArray:
    case rt::Tag::List:
    case rt::Tag::Tuple:
    case rt::Tag::Dict:
    case rt::Tag::Range:
    case rt::Tag::Slice:
    case rt::Tag::Ellipsis:
        return cannot(in.typeName(o));
    default:
        *refused = true;
        in.abortUnsupported(std::string("weakref.ref of a '") + in.typeName(o) + "' object");
        return {};
    }
}

// The weak reference of class `type` to `o` without a callback: the one the program still
// holds when there is one (CPython shares it), else a new one; null with CPython's TypeError
// for an object it cannot refer to weakly, or refused.
ObjRef sharedWeakRef(Interpreter& in, rt::TypeObject* type, Object* o, bool proxy) {
    bool refused = false;
    std::string why = notWeakReferable(in, o, &refused);
    if (refused)
        return nullptr;
    if (!why.empty())
        return in.raise("TypeError", why);
    if (const std::vector<Object*>* refs = in.heap().weakRefsTo(o))
        for (Object* r : *refs)
            if (static_cast<rt::InstanceObject*>(r)->cls == type && programRefs(in, r) > 0)
                return ObjRef(r);
    auto* ref = in.heap().make<WeakRefObject>();
    ObjRef out(ref);
    ref->cls = type;
    ref->proxy = proxy;
    in.heap().addWeakRef(ref, o);
    return out;
}

// weakref.ref(object[, callback]).
ObjRef refCall(Interpreter& in, Object* cls, CallArgs& args) {
    auto* type = static_cast<rt::TypeObject*>(cls);
    if (type->mro.size() != 2)
        return in.abortUnsupported("a subclass of weakref.ref");
    if (!args.keywords.empty())
        return in.raise("TypeError", "ref() takes no keyword arguments");
    std::size_t n = args.positional.size();
    if (n < 1 || n > 2)
        return in.raise("TypeError", std::string("__new__ expected at ") +
                                         (n < 1 ? "least 1 argument" : "most 2 arguments") +
                                         ", got " + std::to_string(n));
    if (n == 2 && args.positional[1]->tag != rt::Tag::None)
        return in.abortUnsupported("weakref.ref with a callback");
    return sharedWeakRef(in, type, args.positional[0].get(), false);
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

// weakref.proxy(object[, callback]): a ProxyType, or a CallableProxyType for a callable
// object, shared as a weak reference is. `self` is the pair of those classes it was bound to.
ObjRef proxyCall(Interpreter& in, Object* self, CallArgs& args) {
    const ObjVec& classes = static_cast<rt::TupleObject*>(self)->items;
    auto* plain = static_cast<rt::TypeObject*>(classes[0].get());
    auto* callable = static_cast<rt::TypeObject*>(classes[1].get());
    if (!args.keywords.empty())
        return in.raise("TypeError", "proxy() takes no keyword arguments");
    std::size_t n = args.positional.size();
    if (n < 1 || n > 2)
        return in.raise("TypeError", std::string("proxy expected at ") +
                                         (n < 1 ? "least 1 argument" : "most 2 arguments") +
                                         ", got " + std::to_string(n));
    if (n == 2 && args.positional[1]->tag != rt::Tag::None)
        return in.abortUnsupported("weakref.proxy with a callback");
    Object* o = args.positional[0].get();
    bool isCallable = o->tag == rt::Tag::Function ||
                      (o->tag == rt::Tag::Instance && in.lookupInType(in.typeOf(o), "__call__"));
    return sharedWeakRef(in, isCallable ? callable : plain, o, true);
}

// The object the proxy `self` stands for now: null with ReferenceError once it is gone, with
// CPython's TypeError for another self, or refused where memstep cannot know.
Object* proxyReferent(Interpreter& in, Object* self, const char* method) {
    WeakRefObject* ref = asWeakRefOrProxy(self);
    if (!ref || !ref->proxy) {
        in.raise("TypeError", std::string("descriptor '") + method +
                                  "' requires a 'weakref.ProxyType' object but received a '" +
                                  in.typeName(self) + "'");
        return nullptr;
    }
    bool refused = false;
    Object* o = referentNow(in, ref, &refused);
    if (!o && !refused)
        in.raise("ReferenceError", "weakly-referenced object no longer exists");
    return o;
}

// An operand of a proxy's operation: a proxy stands for its object there too (UNWRAP).
Object* unwrapped(Interpreter& in, Object* o, const char* method) {
    WeakRefObject* ref = asWeakRefOrProxy(o);
    return ref && ref->proxy ? proxyReferent(in, o, method) : o;
}

// The one str argument of __getattribute__ and __delattr__, or the first of __setattr__.
const std::string* attrName(Interpreter& in, CallArgs& args, std::size_t count) {
    if (args.positional.size() != count || !args.keywords.empty()) {
        in.raise("TypeError", "expected " + std::to_string(count) + " argument" +
                                  (count == 1 ? "" : "s") + ", got " +
                                  std::to_string(args.positional.size()));
        return nullptr;
    }
    Object* name = args.positional[0].get();
    if (name->tag != rt::Tag::Str) {
        in.raise("TypeError",
                 std::string("attribute name must be string, not '") + in.typeName(name) + "'");
        return nullptr;
    }
    return &interp::text(name);
}

ObjRef proxyGetAttr(Interpreter& in, Object* self, CallArgs& args) {
    const std::string* name = attrName(in, args, 1);
    Object* o = name ? proxyReferent(in, self, "__getattribute__") : nullptr;
    return o ? in.getAttr(o, *name) : nullptr;
}

ObjRef proxySetAttr(Interpreter& in, Object* self, CallArgs& args) {
    const std::string* name = attrName(in, args, 2);
    Object* o = name ? proxyReferent(in, self, "__setattr__") : nullptr;
    return o && in.setAttr(o, *name, args.positional[1]) ? in.none() : nullptr;
}

ObjRef proxyDelAttr(Interpreter& in, Object* self, CallArgs& args) {
    const std::string* name = attrName(in, args, 1);
    Object* o = name ? proxyReferent(in, self, "__delattr__") : nullptr;
    return o && in.delAttr(o, *name) ? in.none() : nullptr;
}

// '<weakproxy at 0x...; to Node at 0x...>': a dead proxy names None, what CPython 3.11 reads
// from its cleared reference.
ObjRef proxyRepr(Interpreter& in, Object* self, CallArgs&) {
    WeakRefObject* ref = asWeakRefOrProxy(self);
    if (!ref || !ref->proxy) {
        proxyReferent(in, self, "__repr__"); // its TypeError
        return nullptr;
    }
    bool refused = false;
    Object* o = referentNow(in, ref, &refused);
    if (refused)
        return nullptr;
    if (!o)
        o = in.none().get();
    return in.newStr("<weakproxy at " + hexId(in, self) + " to " + in.typeName(o) + " at " +
                     hexId(in, o) + ">");
}

ObjRef proxyStr(Interpreter& in, Object* self, CallArgs&) {
    Object* o = proxyReferent(in, self, "__str__");
    if (!o)
        return nullptr;
    std::optional<std::string> s = in.str(o);
    return s ? in.newStr(*s) : nullptr;
}

ObjRef proxyCompare(Interpreter& in, Object* self, CallArgs& args, syntax::CmpOperator op,
                    const char* method) {
    if (args.positional.size() != 1)
        return in.raise("TypeError",
                        "expected 1 argument, got " + std::to_string(args.positional.size()));
    Object* a = proxyReferent(in, self, method);
    Object* b = a ? unwrapped(in, args.positional[0].get(), method) : nullptr;
    if (!b)
        return nullptr;
    int r = in.compare(op, a, b);
    return r < 0 ? nullptr : in.boolean(r == 1);
}

template <syntax::CmpOperator Op>
ObjRef proxyCompareOp(Interpreter& in, Object* self, CallArgs& args) {
    static constexpr const char* kNames[] = {"__eq__", "__ne__", "__lt__",
                                             "__le__", "__gt__", "__ge__"};
    static constexpr syntax::CmpOperator kOps[] = {
        syntax::CmpOperator::Eq,  syntax::CmpOperator::NotEq, syntax::CmpOperator::Lt,
        syntax::CmpOperator::LtE, syntax::CmpOperator::Gt,    syntax::CmpOperator::GtE};
    std::size_t i = 0;
    while (kOps[i] != Op)
        ++i;
    return proxyCompare(in, self, args, Op, kNames[i]);
}

ObjRef proxyBool(Interpreter& in, Object* self, CallArgs&) {
    Object* o = proxyReferent(in, self, "__bool__");
    int r = o ? in.truthy(o) : -1;
    return r < 0 ? nullptr : in.boolean(r == 1);
}

// len(), iter(), x in p, p[k]: the builtin operation on the object, so its errors name it.
ObjRef proxyLen(Interpreter& in, Object* self, CallArgs&) {
    Object* o = proxyReferent(in, self, "__len__");
    if (!o)
        return nullptr;
    CallArgs call;
    call.positional.push_back(ObjRef(o));
    return in.call(in.builtin("len").get(), call);
}

ObjRef proxyIter(Interpreter& in, Object* self, CallArgs&) {
    Object* o = proxyReferent(in, self, "__iter__");
    return o ? in.iter(o) : nullptr;
}

ObjRef proxyContains(Interpreter& in, Object* self, CallArgs& args) {
    Object* o = args.positional.size() == 1 ? proxyReferent(in, self, "__contains__") : nullptr;
    int r = o ? in.contains(o, args.positional[0].get()) : -1;
    return r < 0 ? nullptr : in.boolean(r == 1);
}

ObjRef proxyGetItem(Interpreter& in, Object* self, CallArgs& args) {
    Object* o = args.positional.size() == 1 ? proxyReferent(in, self, "__getitem__") : nullptr;
    Object* key = o ? unwrapped(in, args.positional[0].get(), "__getitem__") : nullptr;
    return key ? in.subscript(o, key) : nullptr;
}

ObjRef proxySetItem(Interpreter& in, Object* self, CallArgs& args) {
    Object* o = args.positional.size() == 2 ? proxyReferent(in, self, "__setitem__") : nullptr;
    return o && in.storeSubscript(o, args.positional[0].get(), args.positional[1]) ? in.none()
                                                                                   : nullptr;
}

ObjRef proxyDelItem(Interpreter& in, Object* self, CallArgs& args) {
    Object* o = args.positional.size() == 1 ? proxyReferent(in, self, "__delitem__") : nullptr;
    return o && in.deleteSubscript(o, args.positional[0].get()) ? in.none() : nullptr;
}

ObjRef proxyCallInstance(Interpreter& in, Object* self, CallArgs& args) {
    Object* o = proxyReferent(in, self, "__call__");
    return o ? in.call(o, args) : nullptr;
}

// The proxy classes' methods: each forwards to the object, as CPython's proxy slots do.
void addProxyMethods(Interpreter& in, rt::TypeObject* t) {
    t->noDict = true;
    addNativeMethod(in, t, "__getattribute__", proxyGetAttr);
    addNativeMethod(in, t, "__setattr__", proxySetAttr);
    addNativeMethod(in, t, "__delattr__", proxyDelAttr);
    addNativeMethod(in, t, "__repr__", proxyRepr);
    addNativeMethod(in, t, "__str__", proxyStr);
    addNativeMethod(in, t, "__eq__", proxyCompareOp<syntax::CmpOperator::Eq>);
    addNativeMethod(in, t, "__ne__", proxyCompareOp<syntax::CmpOperator::NotEq>);
    addNativeMethod(in, t, "__lt__", proxyCompareOp<syntax::CmpOperator::Lt>);
    addNativeMethod(in, t, "__le__", proxyCompareOp<syntax::CmpOperator::LtE>);
    addNativeMethod(in, t, "__gt__", proxyCompareOp<syntax::CmpOperator::Gt>);
    addNativeMethod(in, t, "__ge__", proxyCompareOp<syntax::CmpOperator::GtE>);
    addNativeMethod(in, t, "__bool__", proxyBool);
    addNativeMethod(in, t, "__len__", proxyLen);
    addNativeMethod(in, t, "__iter__", proxyIter);
    addNativeMethod(in, t, "__contains__", proxyContains);
    addNativeMethod(in, t, "__getitem__", proxyGetItem);
    addNativeMethod(in, t, "__setitem__", proxySetItem);
    addNativeMethod(in, t, "__delitem__", proxyDelItem);
    // A proxy is unhashable (its type compares but defines no hash).
    t->dict.set("__hash__", in.none());
    // CPython forwards arithmetic too; memstep's operators would not reach the object.
    for (const char* name :
         {"__add__",     "__radd__",     "__sub__",      "__rsub__",      "__mul__",    "__rmul__",
          "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__",    "__rmod__",
          "__pow__",     "__rpow__",     "__neg__",      "__pos__",       "__abs__",    "__index__",
          "__int__",     "__float__",    "__next__",     "__reversed__",  "__matmul__", "__and__",
          "__or__",      "__xor__",      "__lshift__",   "__rshift__",    "__invert__"})
        addRefusedMethod(in, t, name);
}

const rt::Metaclass kRefMeta = [] {
    rt::Metaclass m;
    m.call = refCall;
    return m;
}();

// ProxyType(...): only weakref.proxy makes proxies.
const rt::Metaclass kProxyMeta = [] {
    rt::Metaclass m;
    m.call = [](Interpreter& in, Object* cls, CallArgs&) {
        return in.raise("TypeError", "cannot create '" + static_cast<rt::TypeObject*>(cls)->name +
                                         "' instances");
    };
    return m;
}();

} // namespace
} // namespace weakref

bool isMissingWeakrefAttribute(std::string_view name) {
    // dir(weakref) in CPython 3.11 minus what fillWeakref provides, sorted.
    static const std::vector<std::string_view> kMissing = {
        "KeyedRef", "WeakKeyDictionary",   "WeakMethod",
        "WeakSet",  "WeakValueDictionary", "_IterationGuard",
        "__all__",  "_collections_abc",    "_remove_dead_weakref",
        "finalize", "getweakrefs",         "itertools",
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
    rt::TypeObject* proxy = makeNativeClass(in, "weakref", "ProxyType", &weakref::kProxyMeta);
    rt::TypeObject* callable =
        makeNativeClass(in, "weakref", "CallableProxyType", &weakref::kProxyMeta);
    weakref::addProxyMethods(in, proxy);
    weakref::addProxyMethods(in, callable);
    addNativeMethod(in, callable, "__call__", weakref::proxyCallInstance);
    m.set("ProxyType", ObjRef(proxy));
    m.set("CallableProxyType", ObjRef(callable));
    m.set("ProxyTypes", in.heap().newTuple({ObjRef(proxy), ObjRef(callable)}));
    m.set("proxy", in.makeBuiltin("proxy", weakref::proxyCall,
                                  in.heap().newTuple({ObjRef(proxy), ObjRef(callable)})));
}

} // namespace memstep::core::modules
