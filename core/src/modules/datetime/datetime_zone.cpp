// Time zones: the abstract tzinfo, the fixed-offset timezone (timezone.utc, timezone(offset,
// name)), and what an aware datetime or time does with its tzinfo: utcoffset, dst, tzname,
// astimezone, timetz and timestamp, as CPython 3.11's _datetime answers them. A program's own
// subclass of tzinfo (a zone with daylight saving rules) is refused where it is made
// (datetime_module.cpp's construct), so every tzinfo met here is a timezone or a bare tzinfo(),
// whose methods raise NotImplementedError as CPython's do. The local zone (astimezone() with
// no argument, timestamp() of a naive datetime) is read from the C library, as CPython reads
// it, so it follows the TZ of the run.
#include "interp/builtins/builtins_util.h"
#include "modules/datetime/datetime.h"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace memstep::core::modules::datetime {

using interp::CallArgs;

namespace {

// date(1970, 1, 1) in usOfDateTime's count.
__int128 epochUs() {
    return static_cast<__int128>(toOrdinal(1970, 1, 1)) * kUsPerDay;
}

bool isZoneKind(const Object* o) {
    DtObject* d = asKind(const_cast<Object*>(o), Kind::Zone);
    return d || asKind(const_cast<Object*>(o), Kind::TzInfo);
}

ObjRef notImplementedBy(Interpreter& in, const char* method) {
    return in.raise("NotImplementedError",
                    std::string("a tzinfo subclass must implement ") + method + "()");
}

} // namespace

bool tzArgument(Interpreter& in, Object* given, ObjRef& out) {
    if (!given || given->tag == rt::Tag::None) {
        out = nullptr;
        return true;
    }
    if (!isZoneKind(given)) {
        in.raise("TypeError", std::string("tzinfo argument must be None or of a tzinfo subclass, "
                                          "not type '") +
                                  in.typeName(given) + "'");
        return false;
    }
    out = ObjRef(given);
    return true;
}

bool offsetOf(Interpreter& in, const DtObject* d, std::optional<__int128>& out) {
    out.reset();
    if (!d->tz)
        return true;
    DtObject* zone = asKind(d->tz.get(), Kind::Zone);
    if (!zone) {
        notImplementedBy(in, "utcoffset");
        return false;
    }
    out = totalMicroseconds(static_cast<DtObject*>(zone->offset.get()));
    return true;
}

std::string offsetText(__int128 us, const char* sep) {
    char sign = us < 0 ? '-' : '+';
    if (us < 0)
        us = -us;
    auto seconds = static_cast<long long>(us / 1000000);
    auto micro = static_cast<long long>(us % 1000000);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%c%02lld%s%02lld", sign, seconds / 3600, sep,
                  seconds / 60 % 60);
    std::string out = buf;
    if (seconds % 60 || micro) {
        std::snprintf(buf, sizeof buf, "%s%02lld", sep, seconds % 60);
        out += buf;
    }
    if (micro) {
        std::snprintf(buf, sizeof buf, ".%06lld", micro);
        out += buf;
    }
    return out;
}

namespace {

// A timezone's tzname: its name, else "UTC" for a zero offset, else "UTC+05:30".
ObjRef zoneName(Interpreter& in, const DtObject* zone) {
    if (zone->name)
        return zone->name;
    __int128 us = totalMicroseconds(static_cast<DtObject*>(zone->offset.get()));
    return in.newStr(us == 0 ? "UTC" : "UTC" + offsetText(us, ":"));
}

} // namespace

ObjRef tzNameOf(Interpreter& in, const DtObject* d) {
    if (!d->tz)
        return in.none();
    DtObject* zone = asKind(d->tz.get(), Kind::Zone);
    return zone ? zoneName(in, zone) : notImplementedBy(in, "tzname");
}

ObjRef inZone(Interpreter& in, const DtObject* like, __int128 utcUs, const ObjRef& tz) {
    DtObject* zone = asKind(tz.get(), Kind::Zone);
    if (!zone)
        return notImplementedBy(in, "utcoffset");
    return dateTimeFromUs(
        in, like, utcUs + totalMicroseconds(static_cast<DtObject*>(zone->offset.get())), tz);
}

ObjRef localZone(Interpreter& in, DtClass* cls, std::int64_t utcSeconds) {
    std::tm local{};
    auto t = static_cast<time_t>(utcSeconds);
    if (!localtime_r(&t, &local))
        return in.raise("OverflowError", "timestamp out of range for platform time_t");
    ObjRef offset = newDelta(in, cls, static_cast<__int128>(local.tm_gmtoff) * 1000000);
    return offset ? newZone(in, cls, offset, in.newStr(local.tm_zone ? local.tm_zone : ""))
                  : nullptr;
}

ObjRef newZone(Interpreter& in, DtClass* cls, const ObjRef& offset, const ObjRef& name) {
    if (!name && totalMicroseconds(static_cast<DtObject*>(offset.get())) == 0)
        if (const ObjRef* utc = cls->zone->dict.find("utc"))
            return *utc;
    auto* o = in.heap().make<DtObject>();
    ObjRef out(o);
    o->cls = cls->zone;
    o->offset = offset;
    o->name = name;
    return out;
}

ObjRef zoneCall(Interpreter& in, DtClass* cls, CallArgs& args) {
    if (!interp::clinicArgs(in, args, "timezone", {"offset", "name"}, 1))
        return nullptr;
    Object* offset = args.positional[0].get();
    DtObject* delta = asKind(offset, Kind::Delta);
    if (!delta)
        return in.raise("TypeError",
                        std::string("timezone() argument 1 must be datetime.timedelta, not ") +
                            in.typeName(offset));
    ObjRef name = args.positional.size() > 1 ? args.positional[1] : nullptr;
    if (name && name->tag != rt::Tag::Str)
        return in.raise("TypeError", std::string("timezone() argument 2 must be str, not ") +
                                         (name->tag == rt::Tag::None ? std::string("None")
                                                                     : in.typeName(name.get())));
    __int128 us = totalMicroseconds(delta);
    if (us <= -kUsPerDay || us >= kUsPerDay)
        return in.raise("ValueError", "offset must be a timedelta strictly between "
                                      "-timedelta(hours=24) and timedelta(hours=24), not " +
                                          reprText(delta) + ".");
    return newZone(in, cls, args.positional[0], name);
}

namespace {

// The timezone a method was called on, and its one argument, a datetime or None.
DtObject* zoneAndDt(Interpreter& in, Object* self, CallArgs& args, const char* method) {
    DtObject* zone = selfOf(in, self, Kind::Zone, method, false);
    if (!zone || !interp::noKeywords(in, args, self, method) ||
        !interp::argCount(in, args, self, method, 1, 1))
        return nullptr;
    Object* dt = args.positional[0].get();
    if (dt->tag != rt::Tag::None && !asKind(dt, Kind::DateTime)) {
        in.raise("TypeError", std::string(method) +
                                  "(dt) argument must be a datetime instance or None, not " +
                                  in.typeName(dt));
        return nullptr;
    }
    return zone;
}

ObjRef zoneUtcOffset(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* zone = zoneAndDt(in, self, args, "utcoffset");
    return zone ? zone->offset : nullptr;
}

ObjRef zoneDst(Interpreter& in, Object* self, CallArgs& args) {
    return zoneAndDt(in, self, args, "dst") ? in.none() : nullptr;
}

ObjRef zoneTzName(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* zone = zoneAndDt(in, self, args, "tzname");
    return zone ? zoneName(in, zone) : nullptr;
}

ObjRef zoneFromUtc(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* zone = selfOf(in, self, Kind::Zone, "fromutc", false);
    if (!zone || !interp::noKeywords(in, args, self, "fromutc") ||
        !interp::argCount(in, args, self, "fromutc", 1, 1))
        return nullptr;
    DtObject* dt = asKind(args.positional[0].get(), Kind::DateTime);
    if (!dt)
        return in.raise("TypeError", "fromutc: argument must be a datetime");
    if (dt->tz.get() != self)
        return in.raise("ValueError", "fromutc: dt.tzinfo is not self");
    return inZone(in, dt, usOfDateTime(dt), dt->tz);
}

ObjRef zoneRepr(Interpreter& in, Object* self, CallArgs&) {
    DtObject* zone = selfOf(in, self, Kind::Zone, "__repr__", false);
    if (!zone)
        return nullptr;
    const ObjRef* utc = classOf(zone)->dict.find("utc");
    if (utc && utc->get() == self)
        return in.newStr("datetime.timezone.utc");
    std::string text = "datetime.timezone(" + reprText(static_cast<DtObject*>(zone->offset.get()));
    if (zone->name) {
        auto name = in.repr(zone->name.get());
        if (!name)
            return nullptr;
        text += ", " + *name;
    }
    return in.newStr(text + ")");
}

ObjRef zoneStr(Interpreter& in, Object* self, CallArgs&) {
    DtObject* zone = selfOf(in, self, Kind::Zone, "__str__", false);
    return zone ? zoneName(in, zone) : nullptr;
}

// Two timezones are equal when their offsets are (their names do not count).
template <bool Equal> ObjRef zoneEq(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* zone = selfOf(in, self, Kind::Zone, Equal ? "__eq__" : "__ne__", false);
    if (!zone || !interp::argCount(in, args, self, Equal ? "__eq__" : "__ne__", 1, 1))
        return nullptr;
    DtObject* other = asKind(args.positional[0].get(), Kind::Zone);
    if (!other)
        return in.notImplemented();
    bool same = totalMicroseconds(static_cast<DtObject*>(zone->offset.get())) ==
                totalMicroseconds(static_cast<DtObject*>(other->offset.get()));
    return in.boolean(same == Equal);
}

ObjRef zoneHash(Interpreter& in, Object* self, CallArgs&) {
    DtObject* zone = selfOf(in, self, Kind::Zone, "__hash__", false);
    if (!zone)
        return nullptr;
    auto h = in.hash(zone->offset.get());
    return h ? in.heap().newInt(*h) : nullptr;
}

template <int Which> ObjRef baseMethod(Interpreter& in, Object* self, CallArgs& args) {
    static constexpr const char* kNames[] = {"utcoffset", "dst", "tzname"};
    if (!selfOf(in, self, Kind::TzInfo, kNames[Which], false) ||
        !interp::argCount(in, args, self, kNames[Which], 1, 1))
        return nullptr;
    return notImplementedBy(in, kNames[Which]);
}

// The aware object a datetime or time method was called on (its kind from the class).
DtObject* awareSelf(Interpreter& in, Object* self, CallArgs& args, const char* method) {
    DtObject* d = asKind(self, Kind::DateTime);
    if (!d)
        d = selfOf(in, self, Kind::Time, method, false);
    if (!d)
        return nullptr;
    const std::string& name = classOf(d)->name;
    return noArgs(in, args, name.substr(name.find('.') + 1) + "." + method) ? d : nullptr;
}

ObjRef utcoffset(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = awareSelf(in, self, args, "utcoffset");
    if (!d)
        return nullptr;
    if (!d->tz)
        return in.none();
    DtObject* zone = asKind(d->tz.get(), Kind::Zone);
    return zone ? zone->offset : notImplementedBy(in, "utcoffset");
}

ObjRef dst(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = awareSelf(in, self, args, "dst");
    if (!d)
        return nullptr;
    return !d->tz || asKind(d->tz.get(), Kind::Zone) ? in.none() : notImplementedBy(in, "dst");
}

ObjRef tzname(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = awareSelf(in, self, args, "tzname");
    return d ? tzNameOf(in, d) : nullptr;
}

// A naive datetime read as local time: its UTC second (mktime decides daylight saving).
std::int64_t localSeconds(const DtObject* d) {
    std::tm local{};
    local.tm_year = static_cast<int>(d->year - 1900);
    local.tm_mon = static_cast<int>(d->month - 1);
    local.tm_mday = static_cast<int>(d->day);
    local.tm_hour = static_cast<int>(d->hour);
    local.tm_min = static_cast<int>(d->minute);
    local.tm_sec = static_cast<int>(d->second);
    local.tm_isdst = -1;
    return static_cast<std::int64_t>(mktime(&local));
}

ObjRef astimezone(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = selfOf(in, self, Kind::DateTime, "astimezone", false);
    if (!d || !interp::clinicArgs(in, args, "astimezone", {"tz"}, 0))
        return nullptr;
    ObjRef tz;
    if (!args.positional.empty() && !tzArgument(in, args.positional[0].get(), tz))
        return nullptr;
    __int128 utc = 0;
    if (!d->tz) {
        utc = epochUs() + static_cast<__int128>(localSeconds(d)) * 1000000 + d->microsecond;
    } else {
        if (d->tz == tz) // conversion to its own zone gives the object itself
            return ObjRef(d);
        std::optional<__int128> offset;
        if (!offsetOf(in, d, offset))
            return nullptr;
        utc = usOfDateTime(d) - *offset;
    }
    if (!tz) {
        __int128 seconds = utc - epochUs();
        seconds = seconds >= 0 ? seconds / 1000000 : -((-seconds + 999999) / 1000000);
        tz = localZone(in, classOf(d), static_cast<std::int64_t>(seconds));
        if (!tz)
            return nullptr;
    }
    return inZone(in, d, utc, tz);
}

ObjRef timetz(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = selfOf(in, self, Kind::DateTime, "timetz", false);
    if (!d || !noArgs(in, args, "datetime.timetz"))
        return nullptr;
    return newTime(in, classOf(d), *d, d->tz);
}

ObjRef timestamp(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = selfOf(in, self, Kind::DateTime, "timestamp", false);
    if (!d || !noArgs(in, args, "datetime.timestamp"))
        return nullptr;
    if (!d->tz) // CPython adds the microseconds to the local second as floats
        return in.heap().newFloat(static_cast<double>(localSeconds(d)) +
                                  static_cast<double>(d->microsecond) / 1e6);
    std::optional<__int128> offset;
    if (!offsetOf(in, d, offset))
        return nullptr;
    // As (self - epoch).total_seconds(): the microseconds divided as ints are.
    ObjRef us = in.heap().newInt(static_cast<std::int64_t>(usOfDateTime(d) - *offset - epochUs()));
    ObjRef million = in.heap().newInt(std::int64_t{1000000});
    return in.binary(syntax::Operator::Div, us.get(), million.get());
}

// A timestamp as whole seconds and microseconds, as _PyTime_ObjectToTimeval splits it with
// ROUND_HALF_EVEN; false with CPython's error.
bool splitTimestamp(Interpreter& in, Object* v, std::int64_t& secs, std::int64_t& us) {
    if (v->tag != rt::Tag::Float) {
        auto n = interp::intArg(in, v);
        if (!n)
            return false;
        secs = *n;
        us = 0;
        return true;
    }
    double d = static_cast<rt::FloatObject*>(v)->value;
    if (std::isnan(d)) {
        in.raise("ValueError", "Invalid value NaN (not a number)");
        return false;
    }
    double whole = 0;
    double part = std::modf(d, &whole) * 1e6;
    double rounded = std::round(part);
    if (std::fabs(part - rounded) == 0.5)
        rounded = 2.0 * std::round(part / 2.0);
    if (rounded >= 1e6) {
        rounded -= 1e6;
        whole += 1.0;
    } else if (rounded < 0) {
        rounded += 1e6;
        whole -= 1.0;
    }
    if (!(whole >= -9.2e18 && whole < 9.2e18)) {
        in.raise("OverflowError", "timestamp out of range for platform time_t");
        return false;
    }
    secs = static_cast<std::int64_t>(whole);
    us = static_cast<std::int64_t>(rounded);
    return true;
}

} // namespace

ObjRef fromTimestamp(Interpreter& in, DtClass* cls, CallArgs& args, bool utc) {
    bool withZone = !utc && cls->kind == Kind::DateTime;
    if (!interp::clinicArgs(in, args, utc ? "utcfromtimestamp" : "fromtimestamp",
                            withZone ? std::initializer_list<const char*>{"timestamp", "tz"}
                                     : std::initializer_list<const char*>{"timestamp"},
                            1))
        return nullptr;
    std::int64_t secs = 0, us = 0;
    if (!splitTimestamp(in, args.positional[0].get(), secs, us))
        return nullptr;
    ObjRef tz;
    if (args.positional.size() > 1 && !tzArgument(in, args.positional[1].get(), tz))
        return nullptr;
    std::tm tm{};
    auto t = static_cast<time_t>(secs);
    bool local = !utc && !tz;
    if (secs < -62135596800 || secs > 253402300799 ||
        !(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm)))
        return in.raise("OverflowError", "timestamp out of range for platform time_t");
    ObjRef naive = fromTm(in, cls, tm, us);
    if (!tz || cls->kind == Kind::Date)
        return naive;
    auto* d = static_cast<DtObject*>(naive.get());
    return inZone(in, d, usOfDateTime(d), tz);
}

void fillZoneClasses(Interpreter& in, DtClass* tzinfo, DtClass* zone) {
    addNativeMethod(in, tzinfo, "utcoffset", baseMethod<0>);
    addNativeMethod(in, tzinfo, "dst", baseMethod<1>);
    addNativeMethod(in, tzinfo, "tzname", baseMethod<2>);
    addNativeMethod(in, zone, "utcoffset", zoneUtcOffset);
    addNativeMethod(in, zone, "dst", zoneDst);
    addNativeMethod(in, zone, "tzname", zoneTzName);
    addNativeMethod(in, zone, "fromutc", zoneFromUtc);
    addNativeMethod(in, zone, "__repr__", zoneRepr);
    addNativeMethod(in, zone, "__str__", zoneStr);
    addNativeMethod(in, zone, "__eq__", zoneEq<true>);
    addNativeMethod(in, zone, "__ne__", zoneEq<false>);
    addNativeMethod(in, zone, "__hash__", zoneHash);
    ObjRef zero = newDelta(in, zone, 0);
    zone->dict.set("utc", newZone(in, zone, zero, nullptr));
    constexpr __int128 kMinute = 60000000;
    zone->dict.set("min", newZone(in, zone, newDelta(in, zone, kMinute - kUsPerDay), nullptr));
    zone->dict.set("max", newZone(in, zone, newDelta(in, zone, kUsPerDay - kMinute), nullptr));
}

void addZoneMethods(Interpreter& in, DtClass* t) {
    addNativeMethod(in, t, "utcoffset", utcoffset);
    addNativeMethod(in, t, "dst", dst);
    addNativeMethod(in, t, "tzname", tzname);
    if (t->kind != Kind::DateTime)
        return;
    addNativeMethod(in, t, "astimezone", astimezone);
    addNativeMethod(in, t, "timetz", timetz);
    addNativeMethod(in, t, "timestamp", timestamp);
}

} // namespace memstep::core::modules::datetime
