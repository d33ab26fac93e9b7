// weakref.WeakSet: a set whose items are held weakly (the instances of a class, tracked
// without keeping them alive).
//
// CPython's (Lib/_weakrefset.py) is a set of weak references whose callback removes each one
// when its object dies. memstep keeps the same set of its own weak references (ReferenceType,
// so they hash and compare as CPython's do: as their object while it lives), without
// callbacks: dead ones are dropped when the program next counts or walks the set, which no
// program can tell from CPython's removal at the death. Lookups need no dropping: a dead
// reference equals only itself, and no new reference can be one.
//
// The trace draws one by its type only, as CPython's reference draws a library class's object.
// iter() is a generator in CPython; here it walks a list of the live items taken at the call.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "modules/weakref/weakref_object.h"

namespace memstep::core::modules::weakref {

using interp::CallArgs;

namespace {

rt::SetObject* dataOf(Object* self) {
    return static_cast<rt::SetObject*>(nativeState(self, "data"));
}

bool isWeakSet(Object* o) {
    return o->tag == rt::Tag::Instance &&
           static_cast<rt::InstanceObject*>(o)->cls->name == "WeakSet";
}

// ReferenceType, which the class keeps under a name no program can write.
rt::TypeObject* refClass(Object* self) {
    const ObjRef* t = static_cast<rt::InstanceObject*>(self)->cls->dict.find(" ref");
    return static_cast<rt::TypeObject*>(t->get());
}

Object* selfSet(Interpreter& in, Object* self, const char* method) {
    if (isWeakSet(self))
        return self;
    in.raise("TypeError", std::string("descriptor '") + method +
                              "' for 'WeakSet' objects doesn't apply to a '" + in.typeName(self) +
                              "' object");
    return nullptr;
}

// The method's argument count as Python checks it: exactly `count` after self.
bool countIs(Interpreter& in, CallArgs& args, const char* method, std::size_t count,
             const char* name = nullptr) {
    std::string qual = std::string("WeakSet.") + method + "()";
    if (!args.keywords.empty()) {
        in.abortUnsupported("keyword arguments to " + qual);
        return false;
    }
    std::size_t n = args.positional.size();
    if (n == count)
        return true;
    if (n < count)
        in.raise("TypeError", qual + " missing 1 required positional argument: '" + name + "'");
    else
        in.raise("TypeError", qual + " takes " + std::to_string(count + 1) +
                                  " positional argument" + (count == 0 ? "" : "s") + " but " +
                                  std::to_string(n + 1) + " were given");
    return false;
}

// Drops the references whose object is dead; false when memstep cannot know (refused).
bool purge(Interpreter& in, Object* self) {
    rt::SetObject* s = dataOf(self);
    for (std::size_t i = 0; i < s->table.size(); ++i) {
        Object* r = s->table[i].key.get();
        bool refused = false;
        if (r && knownDead(in, r, &refused))
            in.setRemoveAt(s, static_cast<std::int64_t>(i));
        if (refused)
            return false;
    }
    return true;
}

// The live items, in the set's order; false when refused.
bool liveItems(Interpreter& in, Object* self, ObjVec& out) {
    if (!purge(in, self))
        return false;
    for (const rt::SetEntry& e : dataOf(self)->table)
        if (e.key && e.hash != -1)
            out.emplace_back(in.heap().weakReferent(e.key.get()));
    return true;
}

bool addItem(Interpreter& in, Object* self, Object* item) {
    ObjRef ref = newWeakRef(in, refClass(self), item, true);
    return ref && in.setAdd(dataOf(self), std::move(ref));
}

// update(other) and the constructor's argument: each item of `other` added.
bool addAll(Interpreter& in, Object* self, Object* other) {
    ObjVec items;
    if (isWeakSet(other) ? !liveItems(in, other, items) : !in.collect(other, items))
        return false;
    for (const ObjRef& item : items)
        if (!addItem(in, self, item.get()))
            return false;
    return true;
}

const rt::Metaclass kSetMeta = [] {
    rt::Metaclass m;
    m.call = [](Interpreter& in, Object* cls, CallArgs& args) -> ObjRef {
        auto* type = static_cast<rt::TypeObject*>(cls);
        if (type->mro.size() != 2)
            return in.abortUnsupported("a subclass of weakref.WeakSet");
        if (!args.keywords.empty())
            return in.abortUnsupported("keyword arguments to WeakSet()");
        if (args.positional.size() > 1)
            return in.raise("TypeError",
                            "WeakSet.__init__() takes from 1 to 2 positional arguments but " +
                                std::to_string(args.positional.size() + 1) + " were given");
        ObjRef out;
        rt::InstanceObject* self = newNativeInstance(in, type, out);
        setNativeState(self, "data", in.heap().newSet());
        if (!args.positional.empty() && args.positional[0]->tag != rt::Tag::None &&
            !addAll(in, self, args.positional[0].get()))
            return nullptr;
        return out;
    };
    return m;
}();

ObjRef wsAdd(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfSet(in, self, "add") || !countIs(in, args, "add", 1, "item"))
        return nullptr;
    return addItem(in, self, args.positional[0].get()) ? in.none() : nullptr;
}

// discard and remove: the set's own, given a reference to the item.
ObjRef wsTake(Interpreter& in, Object* self, CallArgs& args, const char* method) {
    if (!selfSet(in, self, method) || !countIs(in, args, method, 1, "item"))
        return nullptr;
    ObjRef probe = newWeakRef(in, refClass(self), args.positional[0].get(), false);
    return probe ? callMethodOf(in, dataOf(self), method, {probe}) : nullptr;
}

ObjRef wsDiscard(Interpreter& in, Object* self, CallArgs& args) {
    return wsTake(in, self, args, "discard");
}

ObjRef wsRemove(Interpreter& in, Object* self, CallArgs& args) {
    return wsTake(in, self, args, "remove");
}

// x in s (clearedTypeError says when it is False).
ObjRef wsContains(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfSet(in, self, "__contains__") || !countIs(in, args, "__contains__", 1, "item"))
        return nullptr;
    ObjRef probe = newWeakRef(in, refClass(self), args.positional[0].get(), false);
    if (!probe)
        return clearedTypeError(in) ? in.boolean(false) : nullptr;
    int r = in.contains(dataOf(self), probe.get());
    return r < 0 ? nullptr : in.boolean(r == 1);
}

ObjRef wsLen(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfSet(in, self, "__len__") || !countIs(in, args, "__len__", 0) || !purge(in, self))
        return nullptr;
    return in.heap().newInt(static_cast<std::int64_t>(dataOf(self)->used));
}

ObjRef wsIter(Interpreter& in, Object* self, CallArgs& args) {
    ObjVec items;
    if (!selfSet(in, self, "__iter__") || !countIs(in, args, "__iter__", 0) ||
        !liveItems(in, self, items))
        return nullptr;
    ObjRef list = in.heap().newList(std::move(items));
    return in.iter(list.get());
}

ObjRef wsClear(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfSet(in, self, "clear") || !countIs(in, args, "clear", 0))
        return nullptr;
    return callMethodOf(in, dataOf(self), "clear", {});
}

ObjRef wsPop(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfSet(in, self, "pop") || !countIs(in, args, "pop", 0) || !purge(in, self))
        return nullptr;
    if (dataOf(self)->used == 0) {
        auto* e = in.heap().make<rt::ExceptionObject>();
        e->type = in.exceptionType("KeyError");
        e->args.push_back(in.newStr("pop from empty WeakSet"));
        e->message = "'pop from empty WeakSet'";
        return in.raiseObject(ObjRef(e));
    }
    ObjRef ref = callMethodOf(in, dataOf(self), "pop", {});
    return ref ? ObjRef(in.heap().weakReferent(ref.get())) : nullptr;
}

ObjRef wsUpdate(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfSet(in, self, "update") || !countIs(in, args, "update", 1, "other"))
        return nullptr;
    return addAll(in, self, args.positional[0].get()) ? in.none() : nullptr;
}

ObjRef wsCopy(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfSet(in, self, "copy") || !countIs(in, args, "copy", 0))
        return nullptr;
    CallArgs call;
    call.positional.push_back(ObjRef(self));
    return kSetMeta.call(in, static_cast<rt::InstanceObject*>(self)->cls, call);
}

// == another WeakSet: the same live items (NotImplemented for anything else).
ObjRef wsEq(Interpreter& in, Object* self, CallArgs& args) {
    if (!selfSet(in, self, "__eq__") || !countIs(in, args, "__eq__", 1, "other"))
        return nullptr;
    Object* other = args.positional[0].get();
    if (!isWeakSet(other))
        return in.notImplemented();
    if (!purge(in, self) || !purge(in, other))
        return nullptr;
    int r = in.setsEqual(dataOf(self), dataOf(other));
    return r < 0 ? nullptr : in.boolean(r == 1);
}

ObjRef wsRepr(Interpreter& in, Object* self, CallArgs&) {
    if (!selfSet(in, self, "__repr__"))
        return nullptr;
    std::optional<std::string> text = in.repr(dataOf(self));
    return text ? in.newStr(*text) : nullptr;
}

} // namespace

void addWeakSet(Interpreter& in, rt::ModuleObject& m, rt::TypeObject* refType) {
    rt::TypeObject* t = makeWeakContainerClass(in, "_weakrefset", "WeakSet", &kSetMeta,
                                               {{"add", wsAdd},
                                                {"discard", wsDiscard},
                                                {"remove", wsRemove},
                                                {"__contains__", wsContains},
                                                {"__len__", wsLen},
                                                {"__iter__", wsIter},
                                                {"clear", wsClear},
                                                {"pop", wsPop},
                                                {"update", wsUpdate},
                                                {"copy", wsCopy},
                                                {"__eq__", wsEq},
                                                {"__repr__", wsRepr}},
                                               {"union",
                                                "intersection",
                                                "difference",
                                                "symmetric_difference",
                                                "issubset",
                                                "issuperset",
                                                "isdisjoint",
                                                "difference_update",
                                                "intersection_update",
                                                "symmetric_difference_update",
                                                "__or__",
                                                "__and__",
                                                "__sub__",
                                                "__xor__",
                                                "__ior__",
                                                "__iand__",
                                                "__isub__",
                                                "__ixor__",
                                                "__le__",
                                                "__lt__",
                                                "__ge__",
                                                "__gt__",
                                                "__reduce__",
                                                "__class_getitem__"});
    t->dict.set(" ref", ObjRef(refType));
    m.set("WeakSet", ObjRef(t));
}

} // namespace memstep::core::modules::weakref
