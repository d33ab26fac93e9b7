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
    if (!noKeywords(in, args, "add"))
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
    if (!noKeywords(in, args, name))
        return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "set." + std::string(name) +
                                         "() takes exactly one argument (" +
                                         std::to_string(args.positional.size()) + " given)");
    auto h = in.hash(args.positional[0].get());
    if (!h)
        return nullptr;
    auto slot = SetOf(self)->find(args.positional[0].get(), *h);
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
    if (!noKeywords(in, args, "set.pop") || !argCount(in, args, "set.pop", 0, 0))
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
    if (!noKeywords(in, args, "set.clear") || !argCount(in, args, "set.clear", 0, 0))
        return nullptr;
    SetOf(self)->clear();
    in.containerCleared(self);
    return in.none();
}

Ref<rt::SetObject> copySet(Interpreter& in, rt::SetObject* s, bool frozen) {
    auto out = in.heap().newSet(frozen);
    out->merge(*s);
    return out;
}

ObjRef setCopy(Interpreter& in, Object* self, CallArgs& args) {
    if (std::string q = std::string(in.typeName(self)) + ".copy";
        !noKeywords(in, args, q.c_str()) || !argCount(in, args, q.c_str(), 0, 0))
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
    if (!noKeywords(in, args, "union"))
        return nullptr;
    auto out = copySet(in, SetOf(self), self->tag == rt::Tag::FrozenSet);
    for (const ObjRef& o : args.positional)
        if (!setUpdate(in, out.get(), o.get()))
            return nullptr;
    return out;
}

ObjRef intersect(Interpreter& in, rt::SetObject* so, Object* other, bool frozen) {
    auto result = in.heap().newSet(frozen);
    if (other->tag == rt::Tag::Set || other->tag == rt::Tag::FrozenSet) {
        rt::SetObject* big = so;
        rt::SetObject* small = SetOf(other);
        if (small->used > big->used)
            std::swap(big, small);
        for (const rt::SetEntry& e : small->table) {
            if (e.key && big->find(e.key.get(), e.hash) >= 0)
                result->add(e.key, e.hash);
            if (in.pollStop())
                return nullptr;
        }
        return result;
    }
    ObjRef it = in.iter(other);
    if (!it)
        return nullptr;
    while (true) {
        ObjRef x = in.next(it.get());
        if (!x)
            break;
        auto h = in.hash(x.get());
        if (!h)
            return nullptr;
        if (so->find(x.get(), *h) >= 0)
            result->add(x, *h);
    }
    if (in.hasException())
        return nullptr;
    return result;
}

ObjRef setIntersection(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "intersection"))
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
        Ref<rt::SetObject> o = asSet(in, other);
        if (!o)
            return nullptr;
        for (const rt::SetEntry& e : o->table) {
            if (!e.key)
                continue;
            auto slot = result->find(e.key.get(), e.hash);
            if (slot >= 0)
                result->removeAt(slot);
            if (in.pollStop())
                return nullptr;
        }
        return result;
    }
    auto result = in.heap().newSet(frozen);
    for (const rt::SetEntry& e : so->table) {
        if (!e.key)
            continue;
        bool found = other->tag == rt::Tag::Dict ? D(other)->find(e.key.get(), e.hash) >= 0
                                                 : SetOf(other)->find(e.key.get(), e.hash) >= 0;
        if (!found)
            result->add(e.key, e.hash);
        if (in.pollStop())
            return nullptr;
    }
    return result;
}

ObjRef setDifference(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "difference"))
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
    for (const rt::SetEntry& e : other->table) {
        if (!e.key)
            continue;
        auto slot = so->find(e.key.get(), e.hash);
        if (slot >= 0)
            so->removeAt(slot);
        else
            so->add(e.key, e.hash);
        if (in.pollStop())
            return false;
    }
    return true;
}

ObjRef setSymmetricDifference(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "symmetric_difference") ||
        !argCount(in, args, "symmetric_difference", 1, 1))
        return nullptr;
    auto result = in.heap().newSet(self->tag == rt::Tag::FrozenSet);
    if (!setUpdate(in, result.get(), args.positional[0].get()))
        return nullptr;
    if (!symmetricUpdate(in, result.get(), SetOf(self)))
        return nullptr;
    return result;
}

ObjRef setUpdateM(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "update"))
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
    ObjRef r = setIntersection(in, self, args);
    return replaceContents(in, self, r);
}
ObjRef setDifferenceUpdate(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "difference_update"))
        return nullptr;
    for (const ObjRef& o : args.positional) {
        Ref<rt::SetObject> other = asSet(in, o.get());
        if (!other)
            return nullptr;
        for (const rt::SetEntry& e : other->table) {
            if (!e.key)
                continue;
            auto slot = SetOf(self)->find(e.key.get(), e.hash);
            if (slot >= 0)
                SetOf(self)->removeAt(slot);
            if (in.pollStop())
                break;
        }
    }
    in.setReplaced(SetOf(self));
    if (in.aborted())
        return nullptr;
    return in.none();
}
ObjRef setSymmetricDifferenceUpdate(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "symmetric_difference_update") ||
        !argCount(in, args, "symmetric_difference_update", 1, 1))
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

ObjRef setRelation(Interpreter& in, Object* self, CallArgs& args, int kind) {
    const char* name = kind == 0 ? "issubset" : kind == 1 ? "issuperset" : "isdisjoint";
    if (!noKeywords(in, args, name) || !argCount(in, args, name, 1, 1))
        return nullptr;
    Ref<rt::SetObject> other = asSet(in, args.positional[0].get());
    if (!other)
        return nullptr;
    rt::SetObject* a = SetOf(self);
    rt::SetObject* b = other.get();
    if (kind == 1)
        std::swap(a, b);
    bool all = true, none = true;
    for (const rt::SetEntry& e : a->table) {
        if (!e.key)
            continue;
        if (b->find(e.key.get(), e.hash) >= 0)
            none = false;
        else
            all = false;
        if (in.pollStop())
            return nullptr;
    }
    return in.boolean(kind == 2 ? none : all);
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
