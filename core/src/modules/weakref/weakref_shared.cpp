// How memstep decides whether a weak reference's object lives (weakref_object.h).
#include "interp/tracing/tracer.h"
#include "modules/modules.h"
#include "modules/weakref/weakref_object.h"

#include <unordered_map>
#include <vector>

namespace memstep::core::modules::weakref {

WeakRefObject* asWeakRefOrProxy(Object* o) {
    return o && o->tag == rt::Tag::Instance ? dynamic_cast<WeakRefObject*>(o) : nullptr;
}

WeakRefObject* asWeakRef(Object* o) {
    WeakRefObject* r = asWeakRefOrProxy(o);
    return r && !r->proxy ? r : nullptr;
}

std::int64_t programRefs(Interpreter& in, const Object* o) {
    std::int64_t held = in.tracer() ? in.tracer()->heldRefs(o) : 0;
    return static_cast<std::int64_t>(o->refs) - held;
}

namespace {

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

} // namespace

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

Object* weakTarget(Interpreter& in, rt::CallArgs& args, const char* name, const char* counted,
                   const char* what) {
    if (!args.keywords.empty()) {
        in.raise("TypeError", std::string(name) + "() takes no keyword arguments");
        return nullptr;
    }
    std::size_t n = args.positional.size();
    if (n < 1 || n > 2) {
        in.raise("TypeError", std::string(counted) + " expected at " +
                                  (n < 1 ? "least 1 argument" : "most 2 arguments") + ", got " +
                                  std::to_string(n));
        return nullptr;
    }
    if (n == 2 && args.positional[1]->tag != rt::Tag::None) {
        in.abortUnsupported(std::string(what) + " with a callback");
        return nullptr;
    }
    return args.positional[0].get();
}

bool pythonArgs(Interpreter& in, rt::CallArgs& args, const char* cls, const char* method,
                std::initializer_list<const char*> names, std::size_t required) {
    std::string qual = std::string(cls) + "." + method + "()";
    if (!args.keywords.empty()) {
        in.abortUnsupported("keyword arguments to " + qual);
        return false;
    }
    std::size_t n = args.positional.size();
    std::size_t most = names.size();
    if (n < required) {
        std::vector<std::string> missing;
        for (std::size_t i = n; i < required; ++i)
            missing.push_back(std::string("'") + names.begin()[i] + "'");
        std::string list = missing.back();
        if (missing.size() > 1)
            list = missing[missing.size() - 2] + " and " + list;
        for (std::size_t i = missing.size(); i-- > 2;)
            list = missing[i - 2] + ", " + list;
        in.raise("TypeError", qual + " missing " + std::to_string(missing.size()) +
                                  " required positional argument" +
                                  (missing.size() == 1 ? "" : "s") + ": " + list);
        return false;
    }
    if (n > most) {
        std::string takes = required == most ? std::to_string(most + 1)
                                             : "from " + std::to_string(required + 1) + " to " +
                                                   std::to_string(most + 1);
        in.raise("TypeError", qual + " takes " + takes + " positional argument" +
                                  (most == 0 && required == 0 ? "" : "s") + " but " +
                                  std::to_string(n + 1) + (n + 1 == 1 ? " was" : " were") +
                                  " given");
        return false;
    }
    return true;
}

ObjRef callMethodOf(Interpreter& in, Object* o, const char* name, rt::ObjVec args) {
    ObjRef method = in.getAttr(o, name);
    if (!method)
        return nullptr;
    rt::CallArgs call;
    call.positional = std::move(args);
    return in.call(method.get(), call);
}

ObjRef entriesIterator(Interpreter& in, const Entries& entries, int part) {
    rt::ObjVec items;
    for (const auto& [k, v] : entries)
        items.push_back(part == 0 ? k : part == 1 ? v : in.heap().newTuple({k, v}));
    ObjRef list = in.heap().newList(std::move(items));
    return in.iter(list.get());
}

bool clearedTypeError(Interpreter& in) {
    Object* e = in.pendingException();
    if (in.aborted() || !e ||
        !in.isSubtype(static_cast<rt::ExceptionObject*>(e)->type, in.exceptionType("TypeError")))
        return false;
    in.clearException();
    return true;
}

rt::TypeObject* makeWeakContainerClass(Interpreter& in, const char* module, const char* name,
                                       const rt::Metaclass* meta,
                                       std::initializer_list<NamedMethod> methods,
                                       std::initializer_list<const char*> refused) {
    rt::TypeObject* t = makeNativeClass(in, module, name, meta);
    t->noDict = true;
    t->name = name;
    t->dict.set("__hash__", in.none());
    for (const NamedMethod& m : methods)
        addNativeMethod(in, t, m.name, m.fn);
    for (const char* r : refused)
        addRefusedMethod(in, t, r);
    return t;
}

bool mappingItems(Interpreter& in, const ObjRef& source, Entries& out) {
    ObjRef pairs = source;
    if (source->tag != rt::Tag::Dict) {
        rt::CallArgs call;
        call.positional.push_back(source);
        pairs = in.call(in.builtin("dict").get(), call);
        if (!pairs)
            return false;
    }
    for (const rt::DictEntry& e : static_cast<rt::DictObject*>(pairs.get())->entries)
        if (e.key)
            out.emplace_back(e.key, e.value);
    return true;
}

bool knownDead(Interpreter& in, Object* ref, bool* refused) {
    *refused = false;
    return !referentNow(in, static_cast<WeakRefObject*>(ref), refused) && !*refused;
}

ObjRef newWeakMapping(Interpreter& in, Object* cls, const char* name, rt::CallArgs& args,
                      bool (*fill)(Interpreter&, Object*, rt::CallArgs&, const char*)) {
    auto* type = static_cast<rt::TypeObject*>(cls);
    if (type->mro.size() != 2)
        return in.abortUnsupported(std::string("a subclass of weakref.") + name);
    ObjRef out;
    rt::InstanceObject* self = newNativeInstance(in, type, out);
    setNativeState(self, "data", in.heap().newDict());
    return fill(in, self, args, "__init__") ? out : nullptr;
}

ObjRef newWeakRef(Interpreter& in, rt::TypeObject* type, Object* o, bool owned) {
    bool refused = false;
    std::string why = notWeakReferable(in, o, &refused);
    if (refused)
        return nullptr;
    if (!why.empty())
        return in.raise("TypeError", why);
    auto* ref = in.heap().make<WeakRefObject>();
    ObjRef out(ref);
    ref->cls = type;
    ref->owned = owned;
    in.heap().addWeakRef(ref, o);
    return out;
}

ObjRef sharedWeakRef(Interpreter& in, rt::TypeObject* type, Object* o, bool proxy) {
    if (const std::vector<Object*>* refs = in.heap().weakRefsTo(o))
        for (Object* r : *refs)
            if (static_cast<rt::InstanceObject*>(r)->cls == type &&
                !static_cast<WeakRefObject*>(r)->owned && programRefs(in, r) > 0)
                return ObjRef(r);
    ObjRef out = newWeakRef(in, type, o, false);
    if (out)
        static_cast<WeakRefObject*>(out.get())->proxy = proxy;
    return out;
}

} // namespace memstep::core::modules::weakref
