// The rest of int's, bool's and float's operator dunders read by name (number_methods.cpp has
// + - * / // % and the comparisons): ** << >> & | ^, the unary ones, __bool__, __abs__,
// __int__, __float__ and __index__, as teaching "a + b calls a.__add__(b)" shows them.
//
// Each asks the interpreter's own operator, so the result (bool & bool is a bool, 1 << -1
// raises) is the operator's; what the dunder adds is CPython's refusal of an operand its type
// does not handle: int's methods take only ints (and bools), float's ints and floats, and
// anything else answers NotImplemented rather than raising.
#include "interp/builtins/builtins_util.h"

namespace memstep::core::interp {

namespace {

using syntax::Operator;
using syntax::UnaryOperator;

// "expected 1 argument, got 0" and "wrapper __pow__() takes no keyword arguments", as
// CPython's slot wrappers word them.
bool wrapperArgCount(Interpreter& in, CallArgs& args, const std::string& name, std::size_t n) {
    if (!args.keywords.empty()) {
        in.raise("TypeError", "wrapper " + name + "() takes no keyword arguments");
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

std::string binaryName(Operator op, bool reflected) {
    const char* base = op == Operator::Pow      ? "pow"
                       : op == Operator::LShift ? "lshift"
                       : op == Operator::RShift ? "rshift"
                       : op == Operator::BitAnd ? "and"
                       : op == Operator::BitOr  ? "or"
                                                : "xor";
    return std::string("__") + (reflected ? "r" : "") + base + "__";
}

template <Operator op, bool reflected>
ObjRef binaryDunder(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgCount(in, args, binaryName(op, reflected), 1))
        return nullptr;
    Object* other = args.positional[0].get();
    if (!handles(self, other))
        return in.notImplemented();
    return reflected ? in.binary(op, other, self) : in.binary(op, self, other);
}

// __pow__ and __rpow__ take an optional modulus (None is no modulus). With one, int's
// long_pow answers NotImplemented unless all three are ints, and float's float_pow refuses
// it before looking at the operands; __rpow__ swaps only the first two.
template <bool reflected> ObjRef powDunder(Interpreter& in, Object* self, CallArgs& args) {
    const std::size_t n = args.positional.size();
    if (args.keywords.empty() && (n == 0 || n > 2))
        // wrap_ternaryfunc unpacks its arguments under an empty name.
        return in.raise("TypeError", std::string(" expected at ") +
                                         (n == 0 ? "least 1 argument" : "most 2 arguments") +
                                         ", got " + std::to_string(n));
    if (!args.keywords.empty() || n == 1 || args.positional[1]->tag == rt::Tag::None) {
        if (n == 2)
            args.positional.pop_back();
        return binaryDunder<Operator::Pow, reflected>(in, self, args);
    }
    if (self->tag == rt::Tag::Float)
        return in.raise("TypeError",
                        "pow() 3rd argument not allowed unless all arguments are integers");
    Object* other = args.positional[0].get();
    Object* mod = args.positional[1].get();
    if (!isInt(other) || !isInt(mod))
        return in.notImplemented();
    return reflected ? intPowMod(in, other, self, mod) : intPowMod(in, self, other, mod);
}

template <UnaryOperator op> ObjRef unaryDunder(Interpreter& in, Object* self, CallArgs& args) {
    const char* name = op == UnaryOperator::USub   ? "__neg__"
                       : op == UnaryOperator::UAdd ? "__pos__"
                                                   : "__invert__";
    if (!wrapperArgCount(in, args, name, 0))
        return nullptr;
    return in.unary(op, self);
}

ObjRef boolDunder(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgCount(in, args, "__bool__", 0))
        return nullptr;
    int r = in.truthy(self);
    return r < 0 ? nullptr : in.boolean(r == 1);
}

// __abs__, __int__, __float__ and __index__ answer what abs(), int() and float() answer.
template <const char* dunder, const char* builtin>
ObjRef builtinDunder(Interpreter& in, Object* self, CallArgs& args) {
    if (!wrapperArgCount(in, args, dunder, 0))
        return nullptr;
    CallArgs inner;
    inner.positional.push_back(ObjRef(self));
    return in.call(in.builtin(builtin).get(), inner);
}

constexpr char kAbs[] = "abs";
constexpr char kInt[] = "int";
constexpr char kFloat[] = "float";
constexpr char kAbsName[] = "__abs__";
constexpr char kIntName[] = "__int__";
constexpr char kFloatName[] = "__float__";
constexpr char kIndexName[] = "__index__";

struct NumberDunder {
    const char* name;
    rt::NativeFn fn;
    bool onFloat; // float has it too (int and bool always do)
};

const NumberDunder kNumberDunders[] = {
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
    {"__neg__", unaryDunder<UnaryOperator::USub>, true},
    {"__pos__", unaryDunder<UnaryOperator::UAdd>, true},
    {"__invert__", unaryDunder<UnaryOperator::Invert>, false},
    {"__bool__", boolDunder, true},
    {"__abs__", builtinDunder<kAbsName, kAbs>, true},
    {"__int__", builtinDunder<kIntName, kInt>, true},
    {"__float__", builtinDunder<kFloatName, kFloat>, true},
    {"__index__", builtinDunder<kIndexName, kInt>, false},
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
