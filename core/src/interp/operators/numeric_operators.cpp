// Binary operators on numbers: int and bool with an int64 fast path that moves to BigInt only
// when a result overflows, and float (with int operands converted as CPython converts them).
#include "interp/operators/binary_operators.h"
#include "numeric/float_format.h"

namespace memstep::core::interp::ops {

using namespace syntax;
using numeric::BigInt;

namespace {

// Both ints fit in int64: the result when it does too, nullopt to redo the operation in
// BigInt, `unsupported` set for an operator ints do not have (@).
std::optional<ObjRef> smallIntBinary(Interpreter& in, Operator op, Object* a, Object* b,
                                     std::int64_t x, std::int64_t y, bool& unsupported) {
    rt::Heap& h = in.heap();
    std::optional<std::int64_t> r;
    switch (op) {
    case Operator::Add:
        r = numeric::checkedAdd(x, y);
        break;
    case Operator::Sub:
        r = numeric::checkedSub(x, y);
        break;
    case Operator::Mult:
        r = numeric::checkedMul(x, y);
        break;
    case Operator::FloorDiv:
        if (y == 0)
            return in.raise("ZeroDivisionError", "integer division or modulo by zero");
        r = numeric::floorDivInt64(x, y);
        break;
    case Operator::Mod:
        if (y == 0)
            return in.raise("ZeroDivisionError", "integer modulo by zero");
        return h.newInt(numeric::floorModInt64(x, y));
    case Operator::Div: {
        if (y == 0)
            return in.raise("ZeroDivisionError", "division by zero");
        constexpr std::int64_t kExact = std::int64_t{1} << 53;
        if (x > -kExact && x < kExact && y > -kExact && y < kExact)
            return h.newFloat(static_cast<double>(x) / static_cast<double>(y));
        auto q = BigInt::fromInt64(x).trueDiv(BigInt::fromInt64(y));
        if (!q)
            return in.raise(q.error().type.c_str(), q.error().message);
        return h.newFloat(*q);
    }
    case Operator::Pow:
        if (y < 0) {
            if (x == 0)
                return in.raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
            auto p = numeric::floatPow(static_cast<double>(x), static_cast<double>(y));
            if (!p)
                return in.raise(p.error().type.c_str(), p.error().message);
            return h.newFloat(*p);
        }
        r = numeric::checkedPow(x, y);
        break;
    case Operator::LShift:
        if (y < 0)
            return in.raise("ValueError", "negative shift count");
        if (x == 0)
            return h.newInt(0);
        if (y < 62) {
            __int128 v = static_cast<__int128>(x) << y;
            if (v >= INT64_MIN && v <= INT64_MAX)
                return h.newInt(static_cast<std::int64_t>(v));
        }
        break;
    case Operator::RShift:
        if (y < 0)
            return in.raise("ValueError", "negative shift count");
        return h.newInt(y >= 64 ? (x < 0 ? -1 : 0) : (x >> y));
    case Operator::BitAnd:
        if (a->tag == rt::Tag::Bool && b->tag == rt::Tag::Bool)
            return in.boolean(x & y);
        return h.newInt(x & y);
    case Operator::BitOr:
        if (a->tag == rt::Tag::Bool && b->tag == rt::Tag::Bool)
            return in.boolean(x | y);
        return h.newInt(x | y);
    case Operator::BitXor:
        if (a->tag == rt::Tag::Bool && b->tag == rt::Tag::Bool)
            return in.boolean(x ^ y);
        return h.newInt(x ^ y);
    case Operator::MatMult:
        unsupported = true;
        return std::nullopt;
    }
    if (r)
        return h.newInt(*r);
    return std::nullopt;
}

BinaryResult bigIntBinary(Interpreter& in, Operator op, BigInt x, BigInt y) {
    rt::Heap& h = in.heap();
    auto fromResult = [&](numeric::Result<BigInt> res) -> ObjRef {
        if (!res) // a MemoryLimit or a stop ends the run inside raise()
            return in.raise(res.error().type.c_str(), res.error().message);
        return h.newInt(std::move(*res));
    };
    switch (op) {
    case Operator::Add:
        return h.newInt(x + y);
    case Operator::Sub:
        return h.newInt(x - y);
    case Operator::Mult: {
        if (x.bitLength() + y.bitLength() > in.intBitBudget())
            return in.memoryLimit();
        auto product = x.multiply(y, in);
        if (!product)
            return ObjRef(); // stopped: the abort's exception is pending
        return h.newInt(std::move(*product));
    }
    case Operator::FloorDiv:
        return fromResult(x.floorDiv(y));
    case Operator::Mod:
        return fromResult(x.mod(y));
    case Operator::Div: {
        auto q = x.trueDiv(y);
        if (!q)
            return in.raise(q.error().type.c_str(), q.error().message);
        return h.newFloat(*q);
    }
    case Operator::Pow:
        if (y.isNegative()) {
            auto xd = x.toDouble();
            if (!xd)
                return in.raise(xd.error().type.c_str(), xd.error().message);
            auto yd = y.toDouble();
            if (!yd)
                return in.raise(yd.error().type.c_str(), yd.error().message);
            auto p = numeric::floatPow(*xd, *yd);
            if (!p)
                return in.raise(p.error().type.c_str(), p.error().message);
            return h.newFloat(*p);
        }
        return fromResult(x.pow(y, &in, in.intBitBudget()));
    case Operator::LShift:
        return fromResult(x.shiftLeft(y, in.intBitBudget()));
    case Operator::RShift:
        return fromResult(x.shiftRight(y));
    case Operator::BitAnd:
        return h.newInt(x & y);
    case Operator::BitOr:
        return h.newInt(x | y);
    case Operator::BitXor:
        return h.newInt(x ^ y);
    default:
        return std::nullopt;
    }
}

// An int, bool or float operand as a double; false with OverflowError set for an int too
// large for one.
bool toDouble(Interpreter& in, Object* o, double& d) {
    if (o->tag == rt::Tag::Float) {
        d = static_cast<rt::FloatObject*>(o)->value;
        return true;
    }
    std::int64_t v = 0;
    if (smallValue(o, v)) {
        d = static_cast<double>(v);
        return true;
    }
    auto r = bigValue(o).toDouble();
    if (!r) {
        in.raise(r.error().type.c_str(), r.error().message);
        return false;
    }
    d = *r;
    return true;
}

// An int's magnitude in CPython's 30-bit digits: how many, and the most significant one.
std::pair<std::uint64_t, std::uint64_t> digits30(const rt::IntObject* i) {
    constexpr std::uint64_t kShift = 30;
    if (i->isBig()) {
        std::uint64_t n = (i->big->bitLength() + kShift - 1) / kShift;
        BigInt top = i->big->abs().shiftRight(kShift * (n - 1));
        return {n, static_cast<std::uint64_t>(top.toInt64())};
    }
    std::uint64_t m = i->small < 0 ? static_cast<std::uint64_t>(-(i->small + 1)) + 1
                                   : static_cast<std::uint64_t>(i->small);
    std::uint64_t n = 0;
    for (std::uint64_t rest = m; rest; rest >>= kShift)
        ++n;
    return {n, n == 0 ? 0 : m >> (kShift * (n - 1))};
}

// True when CPython 3.11's `a % b` is `a` itself: long_divrem answers |a| < |b| with `a`,
// judged on digits alone (fewer, or as many and a smaller top one), and l_mod keeps it when
// the signs agree; two one-digit operands take fast_mod instead, which makes a new int.
bool modReturnsLeft(const Object* a, const Object* b) {
    if (a->tag != rt::Tag::Int || b->tag != rt::Tag::Int)
        return false;
    auto* ia = static_cast<const rt::IntObject*>(a);
    auto* ib = static_cast<const rt::IntObject*>(b);
    auto [na, ta] = digits30(ia);
    auto [nb, tb] = digits30(ib);
    bool negA = ia->isBig() ? ia->big->isNegative() : ia->small < 0;
    bool negB = ib->isBig() ? ib->big->isNegative() : ib->small < 0;
    if (na == 0 || nb == 0 || negA != negB || (na == 1 && nb == 1))
        return false;
    return na < nb || (na == nb && ta < tb);
}

} // namespace

bool smallIntFastPath(rt::Heap& h, Operator op, Object* a, Object* b, ObjRef& out) {
    if (a->tag != rt::Tag::Int || b->tag != rt::Tag::Int)
        return false;
    auto* ia = static_cast<rt::IntObject*>(a);
    auto* ib = static_cast<rt::IntObject*>(b);
    if (ia->isBig() || ib->isBig())
        return false;
    const std::int64_t x = ia->small, y = ib->small;
    std::int64_t r = 0;
    switch (op) {
    case Operator::Add:
        if (__builtin_add_overflow(x, y, &r))
            return false;
        out = h.newInt(r);
        return true;
    case Operator::Sub:
        if (__builtin_sub_overflow(x, y, &r))
            return false;
        out = h.newInt(r);
        return true;
    case Operator::Mult:
        if (__builtin_mul_overflow(x, y, &r))
            return false;
        out = h.newInt(r);
        return true;
    case Operator::Mod: // floor modulo: the sign of the (positive) divisor
        if (y <= 0)
            return false;
        if (modReturnsLeft(a, b)) {
            out = ObjRef(a);
            return true;
        }
        out = h.newInt(x % y < 0 ? x % y + y : x % y);
        return true;
    case Operator::FloorDiv: // rounds toward minus infinity
        if (y <= 0)
            return false;
        out = h.newInt(x / y - (x % y < 0 ? 1 : 0));
        return true;
    default:
        return false;
    }
}

BinaryResult intBinary(Interpreter& in, Operator op, Object* a, Object* b) {
    if (op == Operator::Mod && modReturnsLeft(a, b))
        return ObjRef(a);
    std::int64_t x = 0, y = 0;
    if (smallValue(a, x) && smallValue(b, y)) {
        bool unsupported = false;
        std::optional<ObjRef> r = smallIntBinary(in, op, a, b, x, y, unsupported);
        if (unsupported)
            return std::nullopt;
        if (r)
            return r;
    }
    return bigIntBinary(in, op, bigValue(a), bigValue(b));
}

BinaryResult floatBinary(Interpreter& in, Operator op, Object* a, Object* b) {
    rt::Heap& h = in.heap();
    double x = 0, y = 0;
    if (!toDouble(in, a, x) || !toDouble(in, b, y))
        return ObjRef();
    numeric::Result<double> r = 0.0;
    switch (op) {
    case Operator::Add:
        return h.newFloat(x + y);
    case Operator::Sub:
        return h.newFloat(x - y);
    case Operator::Mult:
        return h.newFloat(x * y);
    case Operator::Div:
        r = numeric::floatTrueDiv(x, y);
        break;
    case Operator::FloorDiv:
        r = numeric::floatFloorDiv(x, y);
        break;
    case Operator::Mod:
        r = numeric::floatMod(x, y);
        break;
    case Operator::Pow:
        r = numeric::floatPow(x, y);
        break;
    default:
        return std::nullopt;
    }
    if (!r) {
        // A negative base to a fractional power: float_pow hands it to complex's power.
        if (r.error().type == kUnsupported)
            return complexBinary(in, op, h.newComplex(x, 0.0).get(), h.newComplex(y, 0.0).get());
        return in.raise(r.error().type.c_str(), r.error().message);
    }
    return h.newFloat(*r);
}

} // namespace memstep::core::interp::ops
