// datetime.timedelta: its constructor (delta_new's exact accumulation, float arguments
// included), attributes, text and arithmetic, as _datetimemodule.c computes them.
#include "interp/builtins/builtins_util.h"
#include "interp/operators/binary_operators.h"
#include "modules/datetime/datetime.h"
#include "modules/stdlib/fractions.h"

#include <climits>
#include <cmath>

namespace memstep::core::modules::datetime {

using interp::CallArgs;

namespace {

// A Python int of `v`; past int64 (only the most extreme timedeltas) refused.
ObjRef intOf(Interpreter& in, __int128 v) {
    if (v > INT64_MAX || v < INT64_MIN)
        return in.abortUnsupported("a timedelta of more than 2**63 microseconds in an int");
    return in.heap().newInt(static_cast<std::int64_t>(v));
}

// accum() of delta_new: adds num * factor to *sofar, the fraction of a float to *leftover.
bool accumulate(Interpreter& in, Object* num, std::int64_t factor, __int128& sofar,
                double& leftover) {
    if (num->tag == rt::Tag::Int || num->tag == rt::Tag::Bool) {
        auto v = interp::intArg(in, num);
        if (!v)
            return in.clearException(), in.abortUnsupported("a timedelta argument past 2**63"),
                   false;
        sofar += static_cast<__int128>(*v) * factor;
        return true;
    }
    if (num->tag != rt::Tag::Float) {
        in.raise("TypeError", std::string("unsupported type for timedelta ") +
                                  (factor == 1             ? "microseconds"
                                   : factor == 1000        ? "milliseconds"
                                   : factor == 1000000     ? "seconds"
                                   : factor == 60000000    ? "minutes"
                                   : factor == 3600000000  ? "hours"
                                   : factor == 86400000000 ? "days"
                                                           : "weeks") +
                                  " component: " + in.typeName(num));
        return false;
    }
    double x = static_cast<rt::FloatObject*>(num)->value;
    // accum() turns the product into an int with PyLong_FromDouble, which refuses these.
    if (std::isinf(x)) {
        in.raise("OverflowError", "cannot convert float infinity to integer");
        return false;
    }
    if (std::isnan(x)) {
        in.raise("ValueError", "cannot convert float NaN to integer");
        return false;
    }
    if (std::fabs(x) * static_cast<double>(factor) > 1e20) {
        in.abortUnsupported("a timedelta argument past 10**20 microseconds");
        return false;
    }
    double intPart = 0;
    double frac = std::modf(x, &intPart);
    sofar += static_cast<__int128>(intPart) * factor;
    if (frac == 0.0)
        return true;
    double scaled = static_cast<double>(factor) * frac;
    frac = std::modf(scaled, &intPart);
    sofar += static_cast<__int128>(intPart);
    leftover += frac;
    return true;
}

DtObject* deltaOf(Object* o) {
    return asKind(o, Kind::Delta);
}

DtObject* selfDelta(Interpreter& in, Object* self, const char* method) {
    return selfOf(in, self, Kind::Delta, method);
}

__int128 floorDiv128(__int128 a, __int128 b) {
    __int128 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Round-half-even a / b (divide_nearest).
__int128 divideNearest(__int128 a, __int128 b) {
    __int128 q = floorDiv128(a, b);
    __int128 r = a - q * b; // 0 <= r < |b| in b's sign
    __int128 twice = 2 * r;
    if (b < 0) {
        twice = -twice;
        b = -b;
    }
    if (twice > b || (twice == b && (q & 1)))
        ++q;
    return q;
}

} // namespace

__int128 totalMicroseconds(const DtObject* d) {
    return static_cast<__int128>(d->days) * kUsPerDay +
           static_cast<__int128>(d->seconds) * 1000000 + d->microseconds;
}

ObjRef newDelta(Interpreter& in, DtClass* cls, __int128 us) {
    __int128 days = floorDiv128(us, kUsPerDay);
    __int128 rest = us - days * kUsPerDay;
    if (days > INT_MAX || days < INT_MIN)
        return in.raise("OverflowError", "Python int too large to convert to C int");
    if (days > kMaxDeltaDays || days < -kMaxDeltaDays)
        return in.raise("OverflowError", "days=" + std::to_string(static_cast<std::int64_t>(days)) +
                                             "; must have magnitude <= 999999999");
    auto* d = in.heap().make<DtObject>();
    ObjRef out(d);
    d->cls = cls->delta;
    d->days = static_cast<std::int64_t>(days);
    d->seconds = static_cast<std::int64_t>(rest / 1000000);
    d->microseconds = static_cast<std::int64_t>(rest % 1000000);
    return out;
}

namespace {

using numeric::BigInt;

BigInt bigMicroseconds(const DtObject* d) {
    return BigInt::fromInt64(d->days) * BigInt::fromInt64(86400000000) +
           BigInt::fromInt64(d->seconds * 1000000 + d->microseconds);
}

// A timedelta of `us` microseconds, however big: CPython's OverflowErrors past its range.
ObjRef deltaFromBig(Interpreter& in, DtClass* cls, const BigInt& us) {
    BigInt day = BigInt::fromInt64(86400000000);
    BigInt days, rest;
    mpz_fdiv_qr(days.gmp(), rest.gmp(), us.gmp(), day.gmp());
    if (!days.fitsInt64() || days.toInt64() > INT_MAX || days.toInt64() < INT_MIN)
        return in.raise("OverflowError", "Python int too large to convert to C int");
    return newDelta(in, cls, static_cast<__int128>(days.toInt64()) * kUsPerDay + rest.toInt64());
}

// Round-half-even a / b, b != 0 (_PyLong_DivmodNear's quotient).
BigInt divideNearestBig(BigInt a, BigInt b) {
    if (b.isNegative()) {
        a = -a;
        b = -b;
    }
    BigInt q, r;
    mpz_fdiv_qr(q.gmp(), r.gmp(), a.gmp(), b.gmp());
    BigInt twice = r + r;
    int c = mpz_cmp(twice.gmp(), b.gmp());
    if (c > 0 || (c == 0 && mpz_odd_p(q.gmp())))
        q += BigInt::fromInt64(1);
    return q;
}

} // namespace

ObjRef deltaCall(Interpreter& in, DtClass* cls, CallArgs& args) {
    static const char* const kNames[] = {"days",    "seconds", "microseconds", "milliseconds",
                                         "minutes", "hours",   "weeks"};
    if (args.positional.size() + args.keywords.size() > 7)
        return in.raise("TypeError",
                        "__new__() takes at most 7 arguments (" +
                            std::to_string(args.positional.size() + args.keywords.size()) +
                            " given)");
    ObjRef given[7];
    for (std::size_t i = 0; i < args.positional.size(); ++i)
        given[i] = args.positional[i];
    for (rt::KwArg& k : args.keywords) {
        std::size_t i = 0;
        while (i < 7 && *k.name != kNames[i])
            ++i;
        if (i == 7)
            return in.raise("TypeError",
                            "'" + *k.name + "' is an invalid keyword argument for __new__()");
        if (given[i])
            return in.raise("TypeError", "argument for __new__() given by name ('" + *k.name +
                                             "') and position (" + std::to_string(i + 1) + ")");
        given[i] = k.value;
    }
    // delta_new's order: microseconds, milliseconds, seconds, minutes, hours, days, weeks.
    static const std::pair<int, std::int64_t> kOrder[] = {
        {2, 1},          {3, 1000},        {1, 1000000},     {4, 60000000},
        {5, 3600000000}, {0, 86400000000}, {6, 604800000000}};
    __int128 us = 0;
    double leftover = 0;
    for (const auto& [slot, factor] : kOrder)
        if (given[slot] && !accumulate(in, given[slot].get(), factor, us, leftover))
            return nullptr;
    if (leftover != 0.0) {
        double whole = std::round(leftover);
        if (std::fabs(whole - leftover) == 0.5) {
            double odd = (us & 1) ? 1.0 : 0.0;
            whole = 2.0 * std::round((leftover + odd) * 0.5) - odd;
        }
        us += static_cast<__int128>(whole);
    }
    return newDelta(in, cls, us);
}

namespace {

ObjRef field(Interpreter& in, Object* self, const char* name, std::int64_t DtFields::*member) {
    DtObject* d = selfDelta(in, self, name);
    return d ? in.heap().newInt(d->*member) : nullptr;
}

ObjRef days(Interpreter& in, Object* self, CallArgs&) {
    return field(in, self, "days", &DtFields::days);
}
ObjRef seconds(Interpreter& in, Object* self, CallArgs&) {
    return field(in, self, "seconds", &DtFields::seconds);
}
ObjRef microseconds(Interpreter& in, Object* self, CallArgs&) {
    return field(in, self, "microseconds", &DtFields::microseconds);
}

ObjRef totalSeconds(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = selfDelta(in, self, "total_seconds");
    if (!d || !noArgs(in, args, "timedelta.total_seconds"))
        return nullptr;
    ObjRef us = intOf(in, totalMicroseconds(d));
    ObjRef million = in.heap().newInt(std::int64_t{1000000});
    return us ? in.binary(syntax::Operator::Div, us.get(), million.get()) : nullptr;
}

ObjRef repr(Interpreter& in, Object* self, CallArgs&) {
    DtObject* d = selfDelta(in, self, "__repr__");
    return d ? in.newStr(reprText(d)) : nullptr;
}

ObjRef str(Interpreter& in, Object* self, CallArgs&) {
    DtObject* d = selfDelta(in, self, "__str__");
    return d ? in.newStr(isoText(d)) : nullptr;
}

ObjRef hash(Interpreter& in, Object* self, CallArgs&) {
    DtObject* d = selfDelta(in, self, "__hash__");
    if (!d)
        return nullptr;
    // delta_hash: the hash of the tuple of its three fields.
    ObjRef t = in.heap().newTuple({in.heap().newInt(d->days), in.heap().newInt(d->seconds),
                                   in.heap().newInt(d->microseconds)});
    auto h = in.hash(t.get());
    return h ? in.heap().newInt(*h) : nullptr;
}

ObjRef boolFn(Interpreter& in, Object* self, CallArgs&) {
    DtObject* d = selfDelta(in, self, "__bool__");
    return d ? in.boolean(totalMicroseconds(d) != 0) : nullptr;
}

// The other operand of a binary method; NotImplemented's null when it is not a timedelta.
ObjRef binaryArg(Interpreter& in, Object* self, CallArgs& args, const char* name, DtObject*& a,
                 Object*& b) {
    a = selfDelta(in, self, name);
    if (!a || !interp::argCount(in, args, self, name, 1, 1))
        return nullptr;
    b = args.positional[0].get();
    return in.none();
}

ObjRef addSub(Interpreter& in, Object* self, CallArgs& args, bool sub, bool reflected) {
    DtObject* a = nullptr;
    Object* b = nullptr;
    if (!binaryArg(in, self, args, sub ? "__sub__" : "__add__", a, b))
        return nullptr;
    DtObject* other = deltaOf(b);
    if (!other)
        return in.notImplemented();
    __int128 x = totalMicroseconds(a), y = totalMicroseconds(other);
    if (reflected)
        std::swap(x, y);
    return newDelta(in, classOf(a), sub ? x - y : x + y);
}

ObjRef add(Interpreter& in, Object* self, CallArgs& args) {
    return addSub(in, self, args, false, false);
}
ObjRef sub(Interpreter& in, Object* self, CallArgs& args) {
    return addSub(in, self, args, true, false);
}
ObjRef rsub(Interpreter& in, Object* self, CallArgs& args) {
    return addSub(in, self, args, true, true);
}

ObjRef mul(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* a = nullptr;
    Object* b = nullptr;
    if (!binaryArg(in, self, args, "__mul__", a, b))
        return nullptr;
    if (b->tag == rt::Tag::Float) {
        // multiply_timedelta_float: us * n / d of the float's integer ratio, rounded to even.
        fractions::Rational r;
        if (!fractions::fromFloat(in, static_cast<rt::FloatObject*>(b)->value, r))
            return nullptr;
        return deltaFromBig(in, classOf(a), divideNearestBig(bigMicroseconds(a) * r.n, r.d));
    }
    if (b->tag != rt::Tag::Int && b->tag != rt::Tag::Bool)
        return in.notImplemented();
    return deltaFromBig(in, classOf(a), bigMicroseconds(a) * interp::ops::bigValue(b));
}

// /, // and % (op '/', 'f', '%') and divmod ('d').
ObjRef divide(Interpreter& in, Object* self, CallArgs& args, char op) {
    DtObject* a = nullptr;
    Object* b = nullptr;
    if (!binaryArg(in, self, args, "__truediv__", a, b))
        return nullptr;
    __int128 x = totalMicroseconds(a);
    if (DtObject* other = deltaOf(b)) {
        __int128 y = totalMicroseconds(other);
        if (y == 0)
            return in.raise("ZeroDivisionError",
                            op == '/' ? "division by zero" : "integer division or modulo by zero");
        if (op == '/') {
            ObjRef xs = intOf(in, x), ys = intOf(in, y);
            return xs && ys ? in.binary(syntax::Operator::Div, xs.get(), ys.get()) : nullptr;
        }
        __int128 q = floorDiv128(x, y);
        if (op == 'f')
            return intOf(in, q);
        ObjRef rest = newDelta(in, classOf(a), x - q * y);
        if (op == '%' || !rest)
            return rest;
        ObjRef qs = intOf(in, q);
        return qs ? in.heap().newTuple({qs, rest}) : nullptr;
    }
    if (op == '%' || op == 'd')
        return in.notImplemented();
    if (b->tag == rt::Tag::Float) {
        if (op == 'f')
            return in.notImplemented();
        // truedivide_timedelta_float: us * d / n of the float's integer ratio, rounded to even.
        fractions::Rational r;
        if (!fractions::fromFloat(in, static_cast<rt::FloatObject*>(b)->value, r))
            return nullptr;
        if (r.n.isZero())
            return in.raise("ZeroDivisionError", "integer division or modulo by zero");
        return deltaFromBig(in, classOf(a), divideNearestBig(bigMicroseconds(a) * r.d, r.n));
    }
    if (b->tag != rt::Tag::Int && b->tag != rt::Tag::Bool)
        return in.notImplemented();
    auto n = interp::intArg(in, b);
    if (!n)
        return in.clearException(), in.abortUnsupported("a timedelta divided by a huge int");
    if (*n == 0)
        return in.raise("ZeroDivisionError", "integer division or modulo by zero");
    return newDelta(in, classOf(a), op == 'f' ? floorDiv128(x, *n) : divideNearest(x, *n));
}

ObjRef truediv(Interpreter& in, Object* self, CallArgs& args) {
    return divide(in, self, args, '/');
}
ObjRef floordiv(Interpreter& in, Object* self, CallArgs& args) {
    return divide(in, self, args, 'f');
}
ObjRef mod(Interpreter& in, Object* self, CallArgs& args) {
    return divide(in, self, args, '%');
}
ObjRef divmod(Interpreter& in, Object* self, CallArgs& args) {
    return divide(in, self, args, 'd');
}

ObjRef unaryOp(Interpreter& in, Object* self, int sign, const char* name) {
    DtObject* d = selfDelta(in, self, name);
    if (!d)
        return nullptr;
    __int128 us = totalMicroseconds(d);
    if (sign == 0)
        us = us < 0 ? -us : us;
    return newDelta(in, classOf(d), sign < 0 ? -us : us);
}

ObjRef neg(Interpreter& in, Object* self, CallArgs&) {
    return unaryOp(in, self, -1, "__neg__");
}
ObjRef pos(Interpreter& in, Object* self, CallArgs&) {
    return unaryOp(in, self, 1, "__pos__");
}
ObjRef absFn(Interpreter& in, Object* self, CallArgs&) {
    return unaryOp(in, self, 0, "__abs__");
}

// The six comparisons: NotImplemented for anything but a timedelta.
template <int Op> ObjRef compare(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* a = nullptr;
    Object* b = nullptr;
    if (!binaryArg(in, self, args, "__eq__", a, b))
        return nullptr;
    DtObject* other = deltaOf(b);
    if (!other)
        return in.notImplemented();
    __int128 x = totalMicroseconds(a), y = totalMicroseconds(other);
    return in.boolean(compareKeys(Op, x, y));
}

} // namespace

void fillDeltaClass(Interpreter& in, DtClass* t) {
    addNativeProperty(in, t, "days", days);
    addNativeProperty(in, t, "seconds", seconds);
    addNativeProperty(in, t, "microseconds", microseconds);
    addNativeMethod(in, t, "total_seconds", totalSeconds);
    addNativeMethod(in, t, "__repr__", repr);
    addNativeMethod(in, t, "__str__", str);
    addNativeMethod(in, t, "__hash__", hash);
    addNativeMethod(in, t, "__bool__", boolFn);
    addNativeMethod(in, t, "__add__", add);
    addNativeMethod(in, t, "__radd__", add);
    addNativeMethod(in, t, "__sub__", sub);
    addNativeMethod(in, t, "__rsub__", rsub);
    addNativeMethod(in, t, "__mul__", mul);
    addNativeMethod(in, t, "__rmul__", mul);
    addNativeMethod(in, t, "__truediv__", truediv);
    addNativeMethod(in, t, "__floordiv__", floordiv);
    addNativeMethod(in, t, "__mod__", mod);
    addNativeMethod(in, t, "__divmod__", divmod);
    addNativeMethod(in, t, "__neg__", neg);
    addNativeMethod(in, t, "__pos__", pos);
    addNativeMethod(in, t, "__abs__", absFn);
    addComparisons(in, t, {compare<0>, compare<1>, compare<2>, compare<3>, compare<4>, compare<5>});
    t->dict.set("min", newDelta(in, t, -static_cast<__int128>(kMaxDeltaDays) * kUsPerDay));
    t->dict.set("max", newDelta(in, t, (kMaxDeltaDays + 1) * kUsPerDay - 1));
    t->dict.set("resolution", newDelta(in, t, 1));
}

} // namespace memstep::core::modules::datetime
