// weakref.proxy: ProxyType and CallableProxyType, objects that stand for the object they
// refer to weakly. Each operation a program does on a proxy is done on its object (attributes,
// calls, len, iteration, indexing, membership, str, bool and comparisons), and raises
// ReferenceError once that object is gone. CPython forwards arithmetic too; memstep refuses it
// by name, since its operators would not reach the object.
//
// The trace draws a proxy as a box of its type with no arrow, as it draws a weak reference.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "modules/weakref/weakref_object.h"

namespace memstep::core::modules {

using interp::CallArgs;

namespace weakref {
namespace {} // namespace

// weakref.proxy(object[, callback]): a ProxyType, or a CallableProxyType for a callable
// object, shared as a weak reference is. `self` is the pair of those classes it was bound to.
ObjRef proxyCall(Interpreter& in, Object* self, CallArgs& args) {
    const ObjVec& classes = static_cast<rt::TupleObject*>(self)->items;
    auto* plain = static_cast<rt::TypeObject*>(classes[0].get());
    auto* callable = static_cast<rt::TypeObject*>(classes[1].get());
    Object* o = weakTarget(in, args, "proxy", "proxy", "weakref.proxy");
    if (!o)
        return nullptr;
    bool isCallable = o->tag == rt::Tag::Function ||
                      (o->tag == rt::Tag::Instance && in.lookupInType(in.typeOf(o), "__call__"));
    return sharedWeakRef(in, isCallable ? callable : plain, o, true);
}

namespace {

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

void addProxy(Interpreter& in, rt::ModuleObject& m) {
    rt::TypeObject* proxy = makeNativeClass(in, "weakref", "ProxyType", &kProxyMeta);
    rt::TypeObject* callable = makeNativeClass(in, "weakref", "CallableProxyType", &kProxyMeta);
    addProxyMethods(in, proxy);
    addProxyMethods(in, callable);
    addNativeMethod(in, callable, "__call__", proxyCallInstance);
    m.set("ProxyType", ObjRef(proxy));
    m.set("CallableProxyType", ObjRef(callable));
    m.set("ProxyTypes", in.heap().newTuple({ObjRef(proxy), ObjRef(callable)}));
    m.set("proxy", in.makeBuiltin("proxy", proxyCall,
                                  in.heap().newTuple({ObjRef(proxy), ObjRef(callable)})));
}

} // namespace weakref
} // namespace memstep::core::modules
