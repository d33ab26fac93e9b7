// Binary operators on set, frozenset and dict: the set algebra through the set methods (so
// the result types are CPython's), and dict union.
#include "interp/operators/binary_operators.h"

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
        out = d;
        target = d.get();
    }
    if (!in.dictMerge(target, y))
        return ObjRef();
    return out;
}

} // namespace memstep::core::interp::ops
