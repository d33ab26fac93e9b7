// The arithmetic and comparisons of date, datetime and time: date +/- timedelta (its days
// alone), date - date, datetime +/- timedelta, datetime - datetime, and the orderings, with
// CPython 3.11's answers where kinds mix (a date never equals a datetime; ordering them is a
// TypeError "can't compare datetime.datetime to datetime.date") and where aware objects meet
// (compared in UTC; aware and naive never equal).
#include "interp/builtins/builtins_util.h"
#include "modules/datetime/datetime.h"

#include <tuple>

namespace memstep::core::modules::datetime {

using interp::CallArgs;

__int128 usOfDay(const DtObject* d) {
    return ((static_cast<__int128>(d->hour) * 60 + d->minute) * 60 + d->second) * 1000000 +
           d->microsecond;
}

__int128 usOfDateTime(const DtObject* d) {
    return static_cast<__int128>(toOrdinal(d->year, d->month, d->day)) * kUsPerDay + usOfDay(d);
}

ObjRef dateTimeFromUs(Interpreter& in, const DtObject* like, __int128 us, ObjRef tz) {
    __int128 ordinal = us / kUsPerDay;
    if (us < kUsPerDay || ordinal > kMaxOrdinal)
        return in.raise("OverflowError", "date value out of range");
    DtFields f;
    fromOrdinal(static_cast<std::int64_t>(ordinal), f.year, f.month, f.day);
    auto rest = static_cast<std::int64_t>(us % kUsPerDay);
    f.microsecond = rest % 1000000;
    f.second = rest / 1000000 % 60;
    f.minute = rest / 60000000 % 60;
    f.hour = rest / 3600000000;
    return newDateTime(in, classOf(like), f, std::move(tz));
}

namespace {

DtObject* self(Interpreter& in, Object* o, CallArgs& args, const char* name, Object*& other) {
    DtObject* d = asKind(o, Kind::Date, true);
    if (!d)
        d = asKind(o, Kind::Time);
    if (!d) {
        selfOf(in, o, Kind::Date, name);
        return nullptr;
    }
    if (!interp::argCount(in, args, o, name, 1, 1))
        return nullptr;
    other = args.positional[0].get();
    return d;
}

ObjRef dateFromOrdinal(Interpreter& in, DtObject* like, __int128 ordinal) {
    if (ordinal < 1 || ordinal > kMaxOrdinal)
        return in.raise("OverflowError", "date value out of range");
    std::int64_t y = 0, m = 0, d = 0;
    fromOrdinal(static_cast<std::int64_t>(ordinal), y, m, d);
    return newDate(in, classOf(like), y, m, d);
}

// d + delta (sign 1) or d - delta (sign -1).
ObjRef shifted(Interpreter& in, DtObject* d, DtObject* delta, int sign) {
    if (classOf(d)->kind == Kind::Date)
        return dateFromOrdinal(in, d,
                               toOrdinal(d->year, d->month, d->day) +
                                   static_cast<__int128>(sign) * delta->days);
    return dateTimeFromUs(in, d, usOfDateTime(d) + sign * totalMicroseconds(delta), d->tz);
}

ObjRef add(Interpreter& in, Object* o, CallArgs& args) {
    Object* other = nullptr;
    DtObject* d = self(in, o, args, "__add__", other);
    if (!d)
        return nullptr;
    DtObject* delta = asKind(other, Kind::Delta);
    if (!delta || classOf(d)->kind == Kind::Time)
        return in.notImplemented();
    return shifted(in, d, delta, 1);
}

ObjRef sub(Interpreter& in, Object* o, CallArgs& args) {
    Object* other = nullptr;
    DtObject* d = self(in, o, args, "__sub__", other);
    if (!d)
        return nullptr;
    Kind kind = classOf(d)->kind;
    if (kind == Kind::Time)
        return in.notImplemented();
    if (DtObject* delta = asKind(other, Kind::Delta))
        return shifted(in, d, delta, -1);
    DtObject* same = asKind(other, kind);
    if (!same)
        return in.notImplemented();
    if (kind == Kind::Date)
        return newDelta(in, classOf(d),
                        (static_cast<__int128>(toOrdinal(d->year, d->month, d->day)) -
                         toOrdinal(same->year, same->month, same->day)) *
                            kUsPerDay);
    // Two aware datetimes are subtracted in UTC; one of each cannot be.
    std::optional<__int128> mine, theirs;
    if (d->tz != same->tz && (!offsetOf(in, d, mine) || !offsetOf(in, same, theirs)))
        return nullptr;
    if (mine.has_value() != theirs.has_value())
        return in.raise("TypeError", "can't subtract offset-naive and offset-aware datetimes");
    return newDelta(in, classOf(d),
                    usOfDateTime(d) - mine.value_or(0) - usOfDateTime(same) + theirs.value_or(0));
}

ObjRef rsub(Interpreter& in, Object* o, CallArgs& args) {
    Object* other = nullptr;
    return self(in, o, args, "__rsub__", other) ? in.notImplemented() : nullptr;
}

std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::int64_t,
           std::int64_t>
key(const DtObject* d) {
    return {d->year, d->month, d->day, d->hour, d->minute, d->second, d->microsecond};
}

template <int Op> ObjRef compare(Interpreter& in, Object* o, CallArgs& args) {
    Object* other = nullptr;
    DtObject* d = self(in, o, args, "__eq__", other);
    if (!d)
        return nullptr;
    Kind kind = classOf(d)->kind;
    DtObject* same = asKind(other, kind);
    if (!same) {
        // A datetime met with a plain date: unequal, and not ordered.
        if (kind == Kind::DateTime && asKind(other, Kind::Date)) {
            if (Op == 0 || Op == 1)
                return in.boolean(Op == 1);
            return in.raise("TypeError", "can't compare datetime.datetime to datetime.date");
        }
        return in.notImplemented();
    }
    // Aware objects compare in UTC; an aware one and a naive one are never equal, and
    // not ordered.
    std::optional<__int128> mine, theirs;
    if (d->tz != same->tz && (!offsetOf(in, d, mine) || !offsetOf(in, same, theirs)))
        return nullptr;
    if (mine.has_value() != theirs.has_value()) {
        if (Op == 0 || Op == 1)
            return in.boolean(Op == 1);
        return in.raise("TypeError", std::string("can't compare offset-naive and offset-aware ") +
                                         (kind == Kind::Time ? "times" : "datetimes"));
    }
    if (mine && *mine != *theirs) {
        __int128 x = (kind == Kind::Time ? usOfDay(d) : usOfDateTime(d)) - *mine;
        __int128 y = (kind == Kind::Time ? usOfDay(same) : usOfDateTime(same)) - *theirs;
        return in.boolean(compareKeys(Op, x, y));
    }
    auto x = key(d), y = key(same);
    return in.boolean(compareKeys(Op, x, y));
}

ObjRef hash(Interpreter& in, Object* o, CallArgs&) {
    DtObject* d = asKind(o, Kind::Date, true);
    if (!d)
        d = asKind(o, Kind::Time);
    if (!d)
        return selfOf(in, o, Kind::Date, "__hash__"), nullptr;
    // An aware object hashes its UTC moment, so equal moments hash alike.
    std::optional<__int128> offset;
    if (!offsetOf(in, d, offset))
        return nullptr;
    if (offset) {
        __int128 us = (classOf(d)->kind == Kind::Time ? usOfDay(d) : usOfDateTime(d)) - *offset;
        ObjRef t = in.heap().newTuple({in.heap().newInt(static_cast<std::int64_t>(us / 1000000)),
                                       in.heap().newInt(static_cast<std::int64_t>(us % 1000000))});
        auto r = in.hash(t.get());
        return r ? in.heap().newInt(*r) : nullptr;
    }
    auto [a, b, c, e, f, g, h] = key(d);
    ObjVec items;
    for (std::int64_t v : {a, b, c, e, f, g, h})
        items.push_back(in.heap().newInt(v));
    ObjRef t = in.heap().newTuple(std::move(items));
    auto r = in.hash(t.get());
    return r ? in.heap().newInt(*r) : nullptr;
}

} // namespace

void addDateArithmetic(Interpreter& in, DtClass* t) {
    if (t->kind != Kind::Time) {
        addNativeMethod(in, t, "__add__", add);
        addNativeMethod(in, t, "__radd__", add);
        addNativeMethod(in, t, "__sub__", sub);
        addNativeMethod(in, t, "__rsub__", rsub);
    }
    addComparisons(in, t, {compare<0>, compare<1>, compare<2>, compare<3>, compare<4>, compare<5>});
    addNativeMethod(in, t, "__hash__", hash);
}

} // namespace memstep::core::modules::datetime
