// Methods of set and frozenset: the set algebra with CPython's result types (a frozenset's
// operations return frozensets) and the in-place updates of set.
#include "interp/builtins/builtins_util.h"

namespace memstep::core::interp {

namespace {

rt::DictObject* D(Object* o) {
    return static_cast<rt::DictObject*>(o);
}
rt::SetObject* SetOf(Object* o) {
    return static_cast<rt::SetObject*>(o);
}

ObjRef setAddM(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "add"))
        return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "set.add() takes exactly one argument (" +
                                         std::to_string(args.positional.size()) + " given)");
    if (!in.setAdd(SetOf(self), args.positional[0]))
        return nullptr;
    return in.none();
}

ObjRef setDiscardImpl(Interpreter& in, Object* self, CallArgs& args, bool raises) {
    const char* name = raises ? "remove" : "discard";
    if (!noKeywords(in, args, self, name))
        return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "set." + std::string(name) +
                                         "() takes exactly one argument (" +
                                         std::to_string(args.positional.size()) + " given)");
    auto h = in.hash(args.positional[0].get());
    if (!h)
        return nullptr;
    auto slot = SetOf(self)->find(args.positional[0].get(), *h, in);
    if (slot == rt::kLookupFailed)
        return nullptr;
    if (slot < 0) {
        if (raises)
            return keyError(in, args.positional[0].get());
        return in.none();
    }
    in.setRemoveAt(SetOf(self), slot);
    return in.none();
}
ObjRef setDiscard(Interpreter& in, Object* self, CallArgs& args) {
    return setDiscardImpl(in, self, args, false);
}
ObjRef setRemove(Interpreter& in, Object* self, CallArgs& args) {
    return setDiscardImpl(in, self, args, true);
}

ObjRef setPop(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "pop") || !argCount(in, args, self, "pop", 0, 0))
        return nullptr;
    auto* s = SetOf(self);
    if (s->used == 0) {
        auto* e = in.heap().make<rt::ExceptionObject>();
        e->type = in.exceptionType("KeyError");
        e->args.push_back(in.newStr("pop from an empty set"));
        e->message = "'pop from an empty set'";
        return in.raiseObject(ObjRef(e));
    }
    std::size_t i = s->finger & s->mask;
    while (!s->table[i].key)
        i = (i + 1) & s->mask;
    ObjRef key = s->table[i].key;
    s->finger = i + 1;
    in.setRemoveAt(s, static_cast<std::int64_t>(i));
    return key;
}

ObjRef setClear(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "clear") || !argCount(in, args, self, "clear", 0, 0))
        return nullptr;
    SetOf(self)->clear();
    in.containerCleared(self);
    return in.none();
}

Ref<rt::SetObject> copySet(Interpreter& in, rt::SetObject* s, bool frozen) {
    auto out = in.heap().newSet(frozen);
    out->merge(*s, in); // into an empty set: nothing is compared
    return out;
}

ObjRef setCopy(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "copy") || !argCount(in, args, self, "copy", 0, 0))
        return nullptr;
    if (self->tag == rt::Tag::FrozenSet)
        return ObjRef(self);
    return copySet(in, SetOf(self), false);
}

// A set view of any iterable argument (sets are used as they are).
Ref<rt::SetObject> asSet(Interpreter& in, Object* o) {
    if (o->tag == rt::Tag::Set || o->tag == rt::Tag::FrozenSet)
        return Ref<rt::SetObject>(SetOf(o));
    auto s = in.heap().newSet();
    if (!setUpdate(in, s.get(), o))
        return nullptr;
    return s;
}

ObjRef setUnion(Interpreter& in, Object* self, CallArgs& args) {
    if (!varargsNoKeywords(in, args, "union"))
        return nullptr;
    auto out = copySet(in, SetOf(self), self->tag == rt::Tag::FrozenSet);
    for (const ObjRef& o : args.positional)
        if (!setUpdate(in, out.get(), o.get()))
            return nullptr;
    return out;
}

// Each key of `small` (read afresh: a program's __eq__ may change it) with its hash, until
// `f` answers false; false when `f` failed.
template <class F> bool eachEntry(rt::SetObject* small, F&& f) {
    ObjRef keep(small);
    for (std::size_t i = 0; i < small->table.size(); ++i) {
        ObjRef key = small->table[i].key;
        if (!key)
            continue;
        int r = f(key, small->table[i].hash);
        if (r <= 0)
            return r == 0;
    }
    return true;
}

// Each item of an iterable with its hash, as eachEntry; false when iterating, hashing or `f`
// failed.
template <class F> bool eachItem(Interpreter& in, Object* iterable, F&& f) {
    ObjRef it = in.iter(iterable);
    if (!it)
        return false;
    while (true) {
        ObjRef x = in.next(it.get());
        if (!x)
            return !in.hasException();
        auto h = in.hash(x.get());
        if (!h)
            return false;
        int r = f(x, *h);
        if (r <= 0)
            return r == 0;
    }
}

// Answers of the lookups in eachEntry's and eachItem's callbacks: -1 failed, 0 stop, 1 go on.
int found(Interpreter& in, std::int64_t slot, bool* hit) {
    if (slot == rt::kLookupFailed || in.pollStop())
        return -1;
    *hit = slot >= 0;
    return 1;
}

ObjRef intersect(Interpreter& in, rt::SetObject* so, Object* other, bool frozen) {
    auto result = in.heap().newSet(frozen);
    ObjRef keep(so);
    auto addFound = [&](rt::SetObject* in_, ObjRef key, std::int64_t h) {
        bool hit = false;
        if (found(in, in_->find(key.get(), h, in), &hit) < 0)
            return -1;
        return !hit || result->add(std::move(key), h, in) >= 0 ? 1 : -1;
    };
    if (other->tag == rt::Tag::Set || other->tag == rt::Tag::FrozenSet) {
        rt::SetObject* big = so;
        rt::SetObject* small = SetOf(other);
        if (small->used > big->used)
            std::swap(big, small);
        ObjRef keepBig(big);
        if (!eachEntry(small, [&](ObjRef key, std::int64_t h) { return addFound(big, key, h); }))
            return nullptr;
        return result;
    }
    if (!eachItem(in, other, [&](ObjRef key, std::int64_t h) { return addFound(so, key, h); }))
        return nullptr;
    return result;
}

ObjRef setIntersection(Interpreter& in, Object* self, CallArgs& args) {
    if (!varargsNoKeywords(in, args, "intersection"))
        return nullptr;
    if (args.positional.empty())
        return copySet(in, SetOf(self), self->tag == rt::Tag::FrozenSet);
    ObjRef cur(self);
    for (const ObjRef& o : args.positional) {
        cur = intersect(in, SetOf(cur.get()), o.get(), self->tag == rt::Tag::FrozenSet);
        if (!cur)
            return nullptr;
    }
    return cur;
}

// CPython's set_difference_update_internal: each key of `other` discarded from `so`.
bool differenceUpdate(Interpreter& in, rt::SetObject* so, Object* other) {
    auto discard = [&](ObjRef key, std::int64_t h) {
        auto slot = so->find(key.get(), h, in);
        if (slot == rt::kLookupFailed || in.pollStop())
            return -1;
        if (slot >= 0)
            so->removeAt(slot);
        return 1;
    };
    // "If more than 1/4th are dummies, then resize them away": the table (its order, and
    // sys.getsizeof) after a difference_update is a fresh one sized for what is left.
    auto resizeAway = [so] {
        if (so->fill - so->used > so->mask / 4)
            so->resize(so->used > 50000 ? so->used * 2 : so->used * 4);
        return true;
    };
    if (other->tag != rt::Tag::Set && other->tag != rt::Tag::FrozenSet)
        return eachItem(in, other, discard) && resizeAway();
    if (other == so) {
        so->clear();
        return true;
    }
    ObjRef smaller(other);
    // A set more than 8 times larger is replaced by its intersection with `so` first.
    if ((SetOf(other)->used >> 3) > so->used) {
        smaller = intersect(in, so, other, false);
        if (!smaller)
            return false;
    }
    return eachEntry(SetOf(smaller.get()), discard) && resizeAway();
}

ObjRef difference(Interpreter& in, rt::SetObject* so, Object* other, bool frozen) {
    std::size_t otherSize = 0;
    bool sized = true;
    if (other->tag == rt::Tag::Set || other->tag == rt::Tag::FrozenSet)
        otherSize = SetOf(other)->used;
    else if (other->tag == rt::Tag::Dict)
        otherSize = D(other)->used;
    else
        sized = false;
    if (!sized || (so->used >> 2) > otherSize) {
        auto result = copySet(in, so, frozen);
        if (!differenceUpdate(in, result.get(), other))
            return nullptr;
        return result;
    }
    auto result = in.heap().newSet(frozen);
    ObjRef keep(other);
    bool ok = eachEntry(so, [&](ObjRef key, std::int64_t h) {
        auto pos = other->tag == rt::Tag::Dict ? D(other)->find(key.get(), h, in)
                                               : SetOf(other)->find(key.get(), h, in);
        bool hit = false;
        if (found(in, pos, &hit) < 0)
            return -1;
        return hit || result->add(std::move(key), h, in) >= 0 ? 1 : -1;
    });
    return ok ? result : nullptr;
}

ObjRef setDifference(Interpreter& in, Object* self, CallArgs& args) {
    if (!varargsNoKeywords(in, args, "difference"))
        return nullptr;
    if (args.positional.empty())
        return copySet(in, SetOf(self), self->tag == rt::Tag::FrozenSet);
    ObjRef cur(self);
    for (const ObjRef& o : args.positional) {
        cur = difference(in, SetOf(cur.get()), o.get(), self->tag == rt::Tag::FrozenSet);
        if (!cur)
            return nullptr;
    }
    return cur;
}

// False when the run was stopped.
bool symmetricUpdate(Interpreter& in, rt::SetObject* so, rt::SetObject* other) {
    ObjRef keep(so);
    return eachEntry(other, [&](ObjRef key, std::int64_t h) {
        auto slot = so->find(key.get(), h, in);
        if (slot == rt::kLookupFailed || in.pollStop())
            return -1;
        if (slot >= 0)
            so->removeAt(slot);
        else if (so->add(std::move(key), h, in) < 0)
            return -1;
        return 1;
    });
}

ObjRef setSymmetricDifference(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "symmetric_difference") ||
        !argCount(in, args, self, "symmetric_difference", 1, 1))
        return nullptr;
    auto result = in.heap().newSet(self->tag == rt::Tag::FrozenSet);
    if (!setUpdate(in, result.get(), args.positional[0].get()))
        return nullptr;
    if (!symmetricUpdate(in, result.get(), SetOf(self)))
        return nullptr;
    return result;
}

ObjRef setUpdateM(Interpreter& in, Object* self, CallArgs& args) {
    if (!varargsNoKeywords(in, args, "update"))
        return nullptr;
    for (const ObjRef& o : args.positional)
        if (!setUpdate(in, SetOf(self), o.get()))
            return nullptr;
    return in.none();
}

ObjRef replaceContents(Interpreter& in, Object* self, ObjRef result) {
    if (!result)
        return nullptr;
    auto* s = SetOf(self);
    auto* r = SetOf(result.get());
    s->table = r->table;
    s->mask = r->mask;
    s->fill = r->fill;
    s->used = r->used;
    in.setReplaced(s);
    return in.none();
}

ObjRef setIntersectionUpdate(Interpreter& in, Object* self, CallArgs& args) {
    if (!varargsNoKeywords(in, args, "intersection_update"))
        return nullptr;
    ObjRef r = setIntersection(in, self, args);
    return replaceContents(in, self, r);
}
ObjRef setDifferenceUpdate(Interpreter& in, Object* self, CallArgs& args) {
    if (!varargsNoKeywords(in, args, "difference_update"))
        return nullptr;
    bool ok = true;
    for (std::size_t i = 0; ok && i < args.positional.size(); ++i)
        ok = differenceUpdate(in, SetOf(self), args.positional[i].get());
    in.setReplaced(SetOf(self));
    if (!ok || in.aborted())
        return nullptr;
    return in.none();
}
ObjRef setSymmetricDifferenceUpdate(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "symmetric_difference_update") ||
        !argCount(in, args, self, "symmetric_difference_update", 1, 1))
        return nullptr;
    Ref<rt::SetObject> other = asSet(in, args.positional[0].get());
    if (!other)
        return nullptr;
    bool done = symmetricUpdate(in, SetOf(self), other.get());
    in.setReplaced(SetOf(self));
    if (!done)
        return nullptr;
    return in.none();
}

// issubset, issuperset and isdisjoint as CPython 3.11 runs them: which set is walked and
// where the walk stops decide which of the program's __eq__ calls happen.
ObjRef setRelation(Interpreter& in, Object* self, CallArgs& args, int kind) {
    const char* name = kind == 0 ? "issubset" : kind == 1 ? "issuperset" : "isdisjoint";
    if (!noKeywords(in, args, self, name) || !argCount(in, args, self, name, 1, 1))
        return nullptr;
    Object* other = args.positional[0].get();
    const bool otherIsSet = other->tag == rt::Tag::Set || other->tag == rt::Tag::FrozenSet;
    rt::SetObject* so = SetOf(self);
    if (kind == 0 || (kind == 1 && otherIsSet)) {
        Ref<rt::SetObject> o = asSet(in, other);
        if (!o)
            return nullptr;
        int r = kind == 0 ? in.setIsSubset(so, o.get()) : in.setIsSubset(o.get(), so);
        return r < 0 ? nullptr : in.boolean(r);
    }
    if (kind == 2 && other == self)
        return in.boolean(so->used == 0);
    // issuperset of an iterable: every item in `so`; isdisjoint: none.
    bool answer = true;
    auto check = [&](rt::SetObject* where, ObjRef key, std::int64_t h) {
        bool hit = false;
        if (found(in, where->find(key.get(), h, in), &hit) < 0)
            return -1;
        if (hit == (kind == 1))
            return 1;
        answer = false;
        return 0;
    };
    bool ok = true;
    if (kind == 2 && otherIsSet) {
        rt::SetObject* big = so;
        rt::SetObject* small = SetOf(other);
        if (small->used > big->used)
            std::swap(big, small);
        ObjRef keep(big);
        ok = eachEntry(small, [&](ObjRef key, std::int64_t h) { return check(big, key, h); });
    } else {
        ObjRef keep(so);
        ok = eachItem(in, other, [&](ObjRef key, std::int64_t h) { return check(so, key, h); });
    }
    return ok ? in.boolean(answer) : nullptr;
}
ObjRef setIssubset(Interpreter& in, Object* self, CallArgs& args) {
    return setRelation(in, self, args, 0);
}
ObjRef setIssuperset(Interpreter& in, Object* self, CallArgs& args) {
    return setRelation(in, self, args, 1);
}
ObjRef setIsdisjoint(Interpreter& in, Object* self, CallArgs& args) {
    return setRelation(in, self, args, 2);
}

// set.__init__(self, iterable=(), /), which a program's subclass inherits (Tags("ab")): empties
// the set, then adds the iterable's items with the builtin update. Its argument count names the
// object's class, as set_init's does ("Tags expected at most 1 argument, got 2").
ObjRef setInit(Interpreter& in, Object* self, CallArgs& args) {
    if (!args.keywords.empty())
        return in.raise("TypeError", "set() takes no keyword arguments");
    if (args.positional.size() > 1)
        return in.raise("TypeError", std::string(in.typeName(self)) +
                                         " expected at most 1 argument, got " +
                                         std::to_string(args.positional.size()));
    if (SetOf(self)->fill != 0) {
        SetOf(self)->clear();
        in.containerCleared(self);
    }
    if (!args.positional.empty() && !setUpdate(in, SetOf(self), args.positional[0].get()))
        return nullptr;
    return in.none();
}

} // namespace

void registerSetMethods(MethodTables& t) {
    auto reg = [&](rt::Tag tag, const char* name, rt::NativeFn fn) {
        t[static_cast<std::size_t>(tag)][name] = fn;
    };
    for (rt::Tag tag : {rt::Tag::Set, rt::Tag::FrozenSet}) {
        reg(tag, "copy", setCopy);
        reg(tag, "union", setUnion);
        reg(tag, "intersection", setIntersection);
        reg(tag, "difference", setDifference);
        reg(tag, "symmetric_difference", setSymmetricDifference);
        reg(tag, "issubset", setIssubset);
        reg(tag, "issuperset", setIssuperset);
        reg(tag, "isdisjoint", setIsdisjoint);
    }
    reg(rt::Tag::Set, "__init__", setInit);
    reg(rt::Tag::Set, "add", setAddM);
    reg(rt::Tag::Set, "discard", setDiscard);
    reg(rt::Tag::Set, "remove", setRemove);
    reg(rt::Tag::Set, "pop", setPop);
    reg(rt::Tag::Set, "clear", setClear);
    reg(rt::Tag::Set, "update", setUpdateM);
    reg(rt::Tag::Set, "intersection_update", setIntersectionUpdate);
    reg(rt::Tag::Set, "difference_update", setDifferenceUpdate);
    reg(rt::Tag::Set, "symmetric_difference_update", setSymmetricDifferenceUpdate);
}

} // namespace memstep::core::interp
