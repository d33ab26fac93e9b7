// Comparisons of builtin kinds that compare() hands over (operators.cpp): slices, dict
// views as sets, Counter's ==, and the orderings left at the end.
#include "interp/operators/binary_operators.h"

#include <utility>

namespace memstep::core::interp::ops {

using syntax::CmpOperator;
using syntax::toString;

// The ordering of what is left once numbers, text and sequences are done: sets by inclusion,
// else CPython's TypeError.
int orderOthers(Interpreter& in, CmpOperator op, Object* a, Object* b) {
    if (in.libraryDictType(a) || in.libraryDictType(b)) {
        in.abortUnsupported(std::string("ordering comparisons with a '") +
                            in.typeName(in.libraryDictType(a) ? a : b) + "' are not supported");
        return -1;
    }
    bool aSet = a->tag == rt::Tag::Set || a->tag == rt::Tag::FrozenSet;
    bool bSet = b->tag == rt::Tag::Set || b->tag == rt::Tag::FrozenSet;
    if (aSet && bSet)
        return in.compareSets(op, static_cast<rt::SetObject*>(a), static_cast<rt::SetObject*>(b));
    in.raise("TypeError", std::string("'") + toString(op) +
                              "' not supported between instances of '" + in.typeName(a) +
                              "' and '" + in.typeName(b) + "'");
    return -1;
}

// Counter's own == (a missing element counts 0), tried from either side.
int libraryEquality(Interpreter& in, CmpOperator op, Object* a, Object* b) {
    for (Object* self : {a, b}) {
        bool found = false;
        ObjRef r = Interpreter::libraryDictType(self)
                       ? in.callLibraryDunder(self, "__eq__", {ObjRef(self == a ? b : a)}, &found)
                       : nullptr;
        if (found && !r)
            return -1;
        if (found && r.get() != in.notImplemented().get()) {
            int t = in.truthy(r.get());
            return t < 0 ? -1 : op == CmpOperator::Eq ? t : !t;
        }
    }
    return kNotHandled;
}

bool isSetLikeView(const Object* o) {
    return o->tag == rt::Tag::DictView &&
           static_cast<const rt::DictViewObject*>(o)->kind != rt::DictViewObject::Kind::Values;
}

std::int64_t setLikeSize(Object* o) {
    if (o->tag == rt::Tag::DictView)
        return static_cast<std::int64_t>(
            static_cast<rt::DictObject*>(static_cast<rt::DictViewObject*>(o)->dict.get())->used);
    return static_cast<std::int64_t>(static_cast<rt::SetObject*>(o)->used);
}

namespace {

// Whether every item of `inner` is in `outer` (all_contained_in); -1 on error.
int allContainedIn(Interpreter& in, Object* inner, Object* outer) {
    ObjRef it = in.iter(inner);
    if (!it)
        return -1;
    while (ObjRef item = in.next(it.get())) {
        int found = in.contains(outer, item.get());
        if (found <= 0)
            return found;
    }
    return in.hasException() ? -1 : 1;
}

} // namespace

// dictview_richcompare: a keys or items view against a set or another such view compares as
// sets do, by size and inclusion (from the right, the operator mirrored).
int compareViews(Interpreter& in, CmpOperator op, Object* a, Object* b) {
    if (!isSetLikeView(a)) {
        if (!isSetLikeView(b))
            return kNotHandled;
        std::swap(a, b);
        op = op == CmpOperator::Lt    ? CmpOperator::Gt
             : op == CmpOperator::Gt  ? CmpOperator::Lt
             : op == CmpOperator::LtE ? CmpOperator::GtE
             : op == CmpOperator::GtE ? CmpOperator::LtE
                                      : op;
    }
    const bool setLike = b->tag == rt::Tag::Set || b->tag == rt::Tag::FrozenSet || isSetLikeView(b);
    if (!setLike)
        return kNotHandled;
    const std::int64_t x = setLikeSize(a), y = setLikeSize(b);
    switch (op) {
    case CmpOperator::Eq:
        return x == y ? allContainedIn(in, a, b) : 0;
    case CmpOperator::NotEq: {
        int same = x == y ? allContainedIn(in, a, b) : 0;
        return same < 0 ? -1 : !same;
    }
    case CmpOperator::Lt:
        return x < y ? allContainedIn(in, a, b) : 0;
    case CmpOperator::LtE:
        return x <= y ? allContainedIn(in, a, b) : 0;
    case CmpOperator::Gt:
        return x > y ? allContainedIn(in, b, a) : 0;
    case CmpOperator::GtE:
        return x >= y ? allContainedIn(in, b, a) : 0;
    default:
        return kNotHandled;
    }
}

// slice_richcompare: a slice is equal to itself; two slices compare as the tuples
// (start, stop, step).
int compareSlices(Interpreter& in, CmpOperator op, Object* a, Object* b) {
    if (a == b)
        return op == CmpOperator::Eq || op == CmpOperator::LtE || op == CmpOperator::GtE;
    auto parts = [](Object* o) {
        auto* x = static_cast<rt::SliceObject*>(o);
        return ObjVec{x->start, x->stop, x->step};
    };
    return in.compareSequences(op, parts(a), parts(b));
}

} // namespace memstep::core::interp::ops
