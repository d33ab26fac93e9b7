// int's, bool's and float's operator dunders read by name (`(5).__add__(3)`, `int.__lt__`,
// `map(int.__mul__, xs, ys)`), as teaching "a + b calls a.__add__(b)" shows them.
//
// Each asks the interpreter's own operator, so the result (bool & bool is a bool, 7 // 0
// raises) is the operator's; what the dunder adds is CPython's refusal of an operand its type
// does not handle: int's methods take only ints (and bools), float's take ints and floats,
// and anything else answers NotImplemented rather than raising, so `(5).__eq__(5.0)` is
// NotImplemented while `5 == 5.0` is True.
#include "interp/builtins/builtins_util.h"

namespace memstep::core::interp {

namespace {

using syntax::CmpOperator;
using syntax::Operator;
using syntax::UnaryOperator;

// "expected 1 argument, got 0", as CPython's slot wrappers word it.
bool wrapperArgCount(Interpreter& in, CallArgs& args, std::size_t n) {
    if (!args.keywords.empty()) {
        in.abortUnsupported("keyword arguments to a number's operator dunder are not supported");
        return false;
    }
    if (args.positional.size() == n)
        return true;
    in.raise("TypeError", "expected " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") +
                              ", got " + std::to_string(args.positional.size()));
    return false;
}

bool isInt(const Object* o) {
    return o->tag == rt::Tag::Int || o->tag == rt::Tag::Bool;
}

// Whether self's type handles other: int's methods only ints, float's ints and floats.
bool handles(const Object* self, const Object* other) {
    return isInt(other) || (self->tag == rt::Tag::Float && other->tag == rt::Tag::Float);
}

template <Operator op, bool reflected>
ObjRef binaryDunder(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgCount(in, args, 1))
        return nullptr;
    Object* other = args.positional[0].get();
    if (!handles(self, other))
        return in.notImplemented();
    return reflected ? in.binary(op, other, self) : in.binary(op, self, other);
}

// __pow__ and __rpow__ take an optional modulus; only the two-operand form is here.
template <bool reflected> ObjRef powDunder(Interpreter& in, Object* self, CallArgs& args) {
    if (args.positional.size() == 2 && args.keywords.empty())
        return in.abortUnsupported("`__pow__` with a modulus is not supported");
    return binaryDunder<Operator::Pow, reflected>(in, self, args);
}

template <CmpOperator op> ObjRef compareDunder(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgCount(in, args, 1))
        return nullptr;
    Object* other = args.positional[0].get();
    if (!handles(self, other))
        return in.notImplemented();
    int r = in.compare(op, self, other);
    if (r < 0)
        return nullptr;
    return in.boolean(r == 1);
}

template <UnaryOperator op> ObjRef unaryDunder(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgCount(in, args, 0))
        return nullptr;
    return in.unary(op, self);
}

ObjRef boolDunder(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgCount(in, args, 0))
        return nullptr;
    int r = in.truthy(self);
    return r < 0 ? nullptr : in.boolean(r == 1);
}

// __abs__, __int__, __float__ and __index__ are what abs(), int() and float() answer.
template <const char* builtin> ObjRef builtinDunder(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgCount(in, args, 0))
        return nullptr;
    CallArgs inner;
    inner.positional.push_back(ObjRef(self));
    return in.call(in.builtin(builtin).get(), inner);
}

constexpr char kAbs[] = "abs";
constexpr char kInt[] = "int";
constexpr char kFloat[] = "float";

struct NumberDunder {
    const char* name;
    rt::NativeFn fn;
    bool onFloat; // float has it too (int and bool always do)
};

const NumberDunder kNumberDunders[] = {
    {"__add__", binaryDunder<Operator::Add, false>, true},
    {"__radd__", binaryDunder<Operator::Add, true>, true},
    {"__sub__", binaryDunder<Operator::Sub, false>, true},
    {"__rsub__", binaryDunder<Operator::Sub, true>, true},
    {"__mul__", binaryDunder<Operator::Mult, false>, true},
    {"__rmul__", binaryDunder<Operator::Mult, true>, true},
    {"__truediv__", binaryDunder<Operator::Div, false>, true},
    {"__rtruediv__", binaryDunder<Operator::Div, true>, true},
    {"__floordiv__", binaryDunder<Operator::FloorDiv, false>, true},
    {"__rfloordiv__", binaryDunder<Operator::FloorDiv, true>, true},
    {"__mod__", binaryDunder<Operator::Mod, false>, true},
    {"__rmod__", binaryDunder<Operator::Mod, true>, true},
    {"__pow__", powDunder<false>, true},
    {"__rpow__", powDunder<true>, true},
    {"__lshift__", binaryDunder<Operator::LShift, false>, false},
    {"__rlshift__", binaryDunder<Operator::LShift, true>, false},
    {"__rshift__", binaryDunder<Operator::RShift, false>, false},
    {"__rrshift__", binaryDunder<Operator::RShift, true>, false},
    {"__and__", binaryDunder<Operator::BitAnd, false>, false},
    {"__rand__", binaryDunder<Operator::BitAnd, true>, false},
    {"__or__", binaryDunder<Operator::BitOr, false>, false},
    {"__ror__", binaryDunder<Operator::BitOr, true>, false},
    {"__xor__", binaryDunder<Operator::BitXor, false>, false},
    {"__rxor__", binaryDunder<Operator::BitXor, true>, false},
    {"__eq__", compareDunder<CmpOperator::Eq>, true},
    {"__ne__", compareDunder<CmpOperator::NotEq>, true},
    {"__lt__", compareDunder<CmpOperator::Lt>, true},
    {"__le__", compareDunder<CmpOperator::LtE>, true},
    {"__gt__", compareDunder<CmpOperator::Gt>, true},
    {"__ge__", compareDunder<CmpOperator::GtE>, true},
    {"__neg__", unaryDunder<UnaryOperator::USub>, true},
    {"__pos__", unaryDunder<UnaryOperator::UAdd>, true},
    {"__invert__", unaryDunder<UnaryOperator::Invert>, false},
    {"__bool__", boolDunder, true},
    {"__abs__", builtinDunder<kAbs>, true},
    {"__int__", builtinDunder<kInt>, true},
    {"__float__", builtinDunder<kFloat>, true},
    {"__index__", builtinDunder<kInt>, false},
};

} // namespace

void registerNumberDunders(MethodTables& t) {
    for (const NumberDunder& d : kNumberDunders) {
        t[static_cast<std::size_t>(rt::Tag::Int)][d.name] = d.fn;
        t[static_cast<std::size_t>(rt::Tag::Bool)][d.name] = d.fn;
        if (d.onFloat)
            t[static_cast<std::size_t>(rt::Tag::Float)][d.name] = d.fn;
    }
}

} // namespace memstep::core::interp
