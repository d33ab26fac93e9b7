// Binary operators on set, frozenset and dict: the set algebra through the set methods (so
// the result types are CPython's), dict union, and the set algebra of a dict's keys and items
// views.
#include "interp/operators/binary_operators.h"
#include "runtime/dict_table.h"

namespace memstep::core::interp::ops {

using namespace syntax;

BinaryResult setBinary(Interpreter& in, Operator op, Object* a, Object* b, bool inplace) {
    if (b->tag != rt::Tag::Set && b->tag != rt::Tag::FrozenSet)
        return std::nullopt;
    if (op != Operator::BitOr && op != Operator::BitAnd && op != Operator::Sub &&
        op != Operator::BitXor)
        return std::nullopt;
    const char* name = op == Operator::BitOr    ? "union"
                       : op == Operator::BitAnd ? "intersection"
                       : op == Operator::Sub    ? "difference"
                                                : "symmetric_difference";
    if (inplace && a->tag == rt::Tag::Set) {
        std::string n = std::string(name) + "_update";
        if (op == Operator::BitOr)
            n = "update";
        ObjRef m = in.method(a, n);
        rt::CallArgs args;
        args.positional.push_back(ObjRef(b));
        if (!in.call(m.get(), args))
            return ObjRef();
        return ObjRef(a);
    }
    ObjRef m = in.method(a, name);
    rt::CallArgs args;
    args.positional.push_back(ObjRef(b));
    return in.call(m.get(), args);
}

namespace {

ObjRef callMethod(Interpreter& in, Object* self, const char* name, Object* arg) {
    ObjRef m = in.method(self, name);
    if (!m)
        return nullptr;
    rt::CallArgs args;
    if (arg)
        args.positional.push_back(ObjRef(arg));
    return in.call(m.get(), args);
}

// set(x): for a keys view CPython makes it from the dict itself, in the same order.
ObjRef newSetOf(Interpreter& in, Object* x) {
    rt::CallArgs args;
    args.positional.push_back(ObjRef(x));
    return in.call(in.builtinType(rt::Tag::Set), args);
}

// _PyDictView_Intersect: the view on the left (swapped if it came right); a bigger exact set
// intersects itself with the view, a bigger view is walked by the smaller; else the other
// side is walked and each item the view holds is added.
ObjRef viewIntersect(Interpreter& in, Object* self, Object* other) {
    if (!isSetLikeView(self))
        std::swap(self, other);
    const std::int64_t selfLength = setLikeSize(self);
    if (other->tag == rt::Tag::Set && selfLength <= setLikeSize(other))
        return callMethod(in, other, "intersection", self);
    if (isSetLikeView(other) && setLikeSize(other) > selfLength)
        std::swap(self, other);
    ObjRef result = newSetOf(in, in.heap().newTuple({}).get());
    ObjRef it = result ? in.iter(other) : nullptr;
    if (!it)
        return nullptr;
    while (ObjRef key = in.next(it.get())) {
        int found = in.contains(self, key.get());
        if (found < 0 || (found && !callMethod(in, result.get(), "add", key.get())))
            return nullptr;
    }
    return in.hasException() ? nullptr : result;
}

} // namespace

BinaryResult viewBinary(Interpreter& in, Operator op, Object* a, Object* b) {
    const char* update = op == Operator::BitOr    ? "update"
                         : op == Operator::Sub    ? "difference_update"
                         : op == Operator::BitXor ? "symmetric_difference_update"
                                                  : nullptr;
    if (op == Operator::BitAnd)
        return viewIntersect(in, a, b);
    if (!update)
        return std::nullopt;
    if (op == Operator::BitXor && isSetLikeView(a) && isSetLikeView(b) &&
        static_cast<rt::DictViewObject*>(a)->kind == rt::DictViewObject::Kind::Items)
        return in.abortUnsupported("`^` of two dict_items views is not supported");
    // dictviews_or, _sub and _xor: set(a), updated in place by b.
    ObjRef result = newSetOf(in, a);
    if (!result || !callMethod(in, result.get(), update, b))
        return ObjRef();
    return result;
}

BinaryResult dictBinary(Interpreter& in, Operator op, Object* a, Object* b, bool inplace) {
    if (op != Operator::BitOr || b->tag != rt::Tag::Dict)
        return std::nullopt;
    auto* x = static_cast<rt::DictObject*>(a);
    auto* y = static_cast<rt::DictObject*>(b);
    rt::DictObject* target = x;
    ObjRef out(a);
    if (!inplace) {
        auto d = in.heap().newDict();
        for (const rt::DictEntry& e : x->entries)
            if (e.key)
                d->insertNew(e.key, e.hash, e.value);
        d->table = rt::dicttable::copied(*x); // PyDict_Copy, then the merge
        in.heap().recharge(d.get(), 3 * static_cast<std::int64_t>(rt::kSlotBytes * d->used));
        out = d;
        target = d.get();
    }
    if (!in.dictMerge(target, y))
        return ObjRef();
    return out;
}

} // namespace memstep::core::interp::ops
