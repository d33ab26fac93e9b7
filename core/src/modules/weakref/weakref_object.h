// The weak reference object the weakref module's names share (ref, proxy and the weak
// dictionaries' entries), and how memstep decides whether its object still lives.
//
// A weak reference answers its object while the object lives and None once CPython would have
// freed it. CPython frees an object when its reference count reaches zero; memstep counts
// references the same way (runtime/object.h), but the tracer holds the objects the diagram
// shows until the step closes, so an object is alive here when the program's own references to
// it (its count minus the tracer's, Tracer::heldRefs) are more than none. What CPython keeps
// longer than its count says is refused by name instead of guessed: an object only a reference
// cycle keeps (CPython frees it when its collector runs, at a moment the program does not
// choose) and an object read dead while an exception is handled or kept (its traceback may
// hold the frame that held it).
#pragma once

#include "interp/interpreter.h"
#include "runtime/module.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace memstep::core::modules::weakref {

using interp::Interpreter;
using rt::Object;
using rt::ObjRef;

struct WeakRefObject : rt::InstanceObject {
    ~WeakRefObject() override {
        if (heap)
            heap->forgetWeakRef(this);
    }
    bool proxy = false; // a weakref.proxy: ProxyType or CallableProxyType
    // A weak dictionary's or set's own (CPython's have a callback): never shared.
    bool owned = false;
    bool hashed = false;
    std::int64_t hash = 0; // cached once asked while the object lived, as CPython does
};

// A weak reference or proxy, or null for another object.
WeakRefObject* asWeakRefOrProxy(Object* o);
// A weak reference (not a proxy), or null.
WeakRefObject* asWeakRef(Object* o);

// The references the program holds to `o`.
std::int64_t programRefs(Interpreter& in, const Object* o);

// The referent as CPython's weak reference would answer it now: null for None (dead), or
// null with the run aborted (*refused) where memstep cannot know.
Object* referentNow(Interpreter& in, WeakRefObject* ref, bool* refused);

// The object of ref(object[, callback]) and proxy(object[, callback]): null with CPython's
// TypeError for the arguments (`name` as "ref() takes no keyword arguments" names it,
// `counted` as its count message does), or refused for a callback, which memstep does not
// call (`what` names the function in the refusal).
Object* weakTarget(Interpreter& in, rt::CallArgs& args, const char* name, const char* counted,
                   const char* what);

// The argument check of a method `cls.method` written in Python: positional `names` after
// self, the first `required` of them required; keywords are refused by name. False with the
// error set.
bool pythonArgs(Interpreter& in, rt::CallArgs& args, const char* cls, const char* method,
                std::initializer_list<const char*> names, std::size_t required);

// o.name(*args): a weak container's call of its dict's or set's own method, whose errors are
// CPython's.
ObjRef callMethodOf(Interpreter& in, Object* o, const char* name, rt::ObjVec args);

// A weak mapping's live (key, value) entries, in order.
using Entries = std::vector<std::pair<ObjRef, ObjRef>>;

// keys(), values() or items() (`part` 0, 1, 2) of a weak mapping's `entries` taken now: an
// iterator over a list of them (CPython's are generators over the mapping).
ObjRef entriesIterator(Interpreter& in, const Entries& entries, int part);

// True when the pending error is a TypeError, then cleared: `x in` a weak container is False
// for an object no weak reference can name (CPython catches that TypeError).
bool clearedTypeError(Interpreter& in);

// The class of a weak container written in Python (`WeakSet`, `WeakValueDictionary`): a
// native class named without its module, as CPython's tp_name of such a class is, and
// unhashable; `methods` are its own, `refused` the names it ends as Unsupported.
struct NamedMethod {
    const char* name;
    rt::NativeFn fn;
};
rt::TypeObject* makeWeakContainerClass(Interpreter& in, const char* module, const char* name,
                                       const rt::Metaclass* meta,
                                       std::initializer_list<NamedMethod> methods,
                                       std::initializer_list<const char*> refused);

// The (key, value) pairs an update of a weak mapping reads from `source`: a dict's entries,
// or dict(source)'s (a mapping's items or an iterable of pairs); false with the error set.
bool mappingItems(Interpreter& in, const ObjRef& source, Entries& out);

// True when the weak container's reference `ref` is known dead (its entry to drop); false
// when it lives or, with *refused set, memstep cannot know.
bool knownDead(Interpreter& in, Object* ref, bool* refused);

// A new weak mapping of class `cls` (WeakValueDictionary(...), WeakKeyDictionary(...)): its
// dict made, then filled by `fill` from the call's arguments; a subclass is refused, naming
// the class `name`.
ObjRef newWeakMapping(Interpreter& in, Object* cls, const char* name, rt::CallArgs& args,
                      bool (*fill)(Interpreter&, Object*, rt::CallArgs&, const char*));

// A new weak reference of class `type` to `o`, `owned` by a weak dictionary or set (then never
// shared); null with CPython's TypeError for an object it cannot refer to weakly, or refused.
ObjRef newWeakRef(Interpreter& in, rt::TypeObject* type, Object* o, bool owned);

// The weak reference of class `type` to `o` without a callback: the one the program still
// holds when there is one (CPython shares it), else a new one; errors as newWeakRef.
ObjRef sharedWeakRef(Interpreter& in, rt::TypeObject* type, Object* o, bool proxy);

// weakref.proxy, ProxyType, CallableProxyType and ProxyTypes, added to the module `m`.
void addProxy(Interpreter& in, rt::ModuleObject& m);

// weakref.WeakValueDictionary, added to the module `m`.
void addWeakValueDictionary(Interpreter& in, rt::ModuleObject& m);

// weakref.WeakKeyDictionary, added to the module `m`; its keys' references are of class
// `refType`.
void addWeakKeyDictionary(Interpreter& in, rt::ModuleObject& m, rt::TypeObject* refType);

// weakref.WeakSet, added to the module `m`; its references are of class `refType`.
void addWeakSet(Interpreter& in, rt::ModuleObject& m, rt::TypeObject* refType);

} // namespace memstep::core::modules::weakref
