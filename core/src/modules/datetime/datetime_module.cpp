// The datetime module: date, datetime, time, timedelta and the time zones (datetime.h), made
// as CPython 3.11's _datetime makes them: the same validation messages, attributes, text and
// arithmetic. The methods not written here (isocalendar, fromtimestamp...) are refused by
// name, so a program never meets a false AttributeError. date.today() and datetime.now() read
// the local clock, as CPython does.
#include "interp/builtins/builtins_util.h"
#include "modules/datetime/datetime.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace memstep::core::modules::datetime {

using interp::CallArgs;

DtObject* asKind(Object* o, Kind kind, bool orSub) {
    if (!o || o->tag != rt::Tag::Instance)
        return nullptr;
    auto* d = dynamic_cast<DtObject*>(o);
    if (!d)
        return nullptr;
    Kind k = classOf(d)->kind;
    return k == kind || (orSub && kind == Kind::Date && k == Kind::DateTime) ? d : nullptr;
}

namespace {

const char* kindName(Kind k) {
    switch (k) {
    case Kind::Date:
        return "datetime.date";
    case Kind::DateTime:
        return "datetime.datetime";
    case Kind::Time:
        return "datetime.time";
    case Kind::TzInfo:
        return "datetime.tzinfo";
    case Kind::Zone:
        return "datetime.timezone";
    case Kind::Delta:
        break;
    }
    return "datetime.timedelta";
}

} // namespace

DtObject* selfOf(Interpreter& in, Object* self, Kind kind, const char* method, bool orSub) {
    DtObject* d = asKind(self, kind, orSub);
    if (!d)
        in.raise("TypeError", std::string("descriptor '") + method + "' for '" + kindName(kind) +
                                  "' objects doesn't apply to a '" + in.typeName(self) +
                                  "' object");
    return d;
}

void addComparisons(Interpreter& in, DtClass* t, const std::array<rt::NativeFn, 6>& byOp) {
    static constexpr const char* kNames[] = {"__eq__", "__ne__", "__lt__",
                                             "__le__", "__gt__", "__ge__"};
    for (std::size_t op = 0; op < byOp.size(); ++op)
        addNativeMethod(in, t, kNames[op], byOp[op]);
}

bool noArgs(Interpreter& in, CallArgs& args, const std::string& who) {
    return interp::noArguments(in, args, who.c_str());
}

bool intArgs(Interpreter& in, CallArgs& args, const char* who,
             std::initializer_list<const char*> names, std::size_t required,
             std::vector<std::int64_t*> out, std::vector<bool>* given) {
    const std::vector<const char*> params(names);
    const std::string whoText = who;
    const std::string forWho = whoText == "function" ? "this function" : whoText;
    std::size_t total = args.positional.size() + args.keywords.size();
    if (total > params.size()) {
        in.raise("TypeError", whoText + " takes at most " + std::to_string(params.size()) +
                                  " argument" + (params.size() == 1 ? "" : "s") + " (" +
                                  std::to_string(total) + " given)");
        return false;
    }
    ObjVec slots(params.size());
    std::string unknown;
    for (std::size_t i = 0; i < args.positional.size(); ++i)
        slots[i] = args.positional[i];
    for (rt::KwArg& k : args.keywords) {
        auto at =
            std::find_if(params.begin(), params.end(), [&](const char* p) { return *k.name == p; });
        if (at == params.end()) { // reported after the missing arguments, as CPython does
            if (unknown.empty())
                unknown = *k.name;
            continue;
        }
        std::size_t i = static_cast<std::size_t>(at - params.begin());
        if (slots[i]) {
            in.raise("TypeError", "argument for " + whoText + " given by name ('" + *k.name +
                                      "') and position (" + std::to_string(i + 1) + ")");
            return false;
        }
        slots[i] = k.value;
    }
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (given)
            given->push_back(static_cast<bool>(slots[i]));
        if (!slots[i]) {
            if (i < required) {
                in.raise("TypeError", whoText + " missing required argument '" + params[i] +
                                          "' (pos " + std::to_string(i + 1) + ")");
                return false;
            }
            continue;
        }
        if (!unknown.empty())
            continue;
        if (slots[i]->tag == rt::Tag::Float) {
            in.raise("TypeError", "'float' object cannot be interpreted as an integer");
            return false;
        }
        auto v = interp::intArg(in, slots[i].get());
        if (!v)
            return false;
        *out[i] = *v;
    }
    if (!unknown.empty()) {
        in.raise("TypeError", "'" + unknown + "' is an invalid keyword argument for " + forWho);
        return false;
    }
    return true;
}

ObjRef newDate(Interpreter& in, DtClass* cls, std::int64_t y, std::int64_t m, std::int64_t d) {
    auto* o = in.heap().make<DtObject>();
    ObjRef out(o);
    o->cls = cls->date;
    o->year = y;
    o->month = m;
    o->day = d;
    return out;
}

ObjRef fromTm(Interpreter& in, DtClass* cls, const std::tm& tm, std::int64_t us) {
    DtFields f;
    f.year = tm.tm_year + 1900;
    f.month = tm.tm_mon + 1;
    f.day = tm.tm_mday;
    if (cls->kind == Kind::Date)
        return newDate(in, cls, f.year, f.month, f.day);
    f.hour = tm.tm_hour;
    f.minute = tm.tm_min;
    f.second = std::min(tm.tm_sec, 59);
    f.microsecond = us;
    return newDateTime(in, cls, f);
}

ObjRef newDateTime(Interpreter& in, DtClass* cls, const DtFields& f, ObjRef tz) {
    auto* o = in.heap().make<DtObject>();
    ObjRef out(o);
    o->cls = cls->dateTime;
    o->year = f.year;
    o->month = f.month;
    o->day = f.day;
    o->hour = f.hour;
    o->minute = f.minute;
    o->second = f.second;
    o->microsecond = f.microsecond;
    o->tz = std::move(tz);
    return out;
}

ObjRef newTime(Interpreter& in, DtClass* cls, const DtFields& f, ObjRef tz) {
    auto* o = in.heap().make<DtObject>();
    ObjRef out(o);
    o->cls = cls->time;
    o->hour = f.hour;
    o->minute = f.minute;
    o->second = f.second;
    o->microsecond = f.microsecond;
    o->tz = std::move(tz);
    return out;
}

namespace {

// The tzinfo argument (at position tzinfoPos or by name) into `tz` (null for None), `given`
// when it was passed; a nonzero fold is refused (it matters only to zones with gaps).
bool zoneArgs(Interpreter& in, CallArgs& args, std::size_t tzinfoPos, ObjRef& tz,
              bool* given = nullptr) {
    ObjRef arg = interp::takeKeyword(args, "tzinfo");
    ObjRef fold = interp::takeKeyword(args, "fold");
    if (args.positional.size() > tzinfoPos) {
        arg = args.positional[tzinfoPos];
        args.positional.resize(tzinfoPos);
    }
    if (given)
        *given = static_cast<bool>(arg);
    if (arg && !tzArgument(in, arg.get(), tz))
        return false;
    if (fold &&
        !(fold->tag == rt::Tag::Int && static_cast<rt::IntObject*>(fold.get())->small == 0 &&
          !static_cast<rt::IntObject*>(fold.get())->isBig())) {
        in.abortUnsupported("datetime objects with fold=1");
        return false;
    }
    return true;
}

ObjRef construct(Interpreter& in, rt::TypeObject* type, CallArgs& args) {
    // A program's subclass is not a DtClass (not even a cast to one is defined): named by the
    // first of datetime's classes it has.
    for (const rt::TypeObject* t : type->mro)
        if (t->isLibrary && t != type)
            return in.abortUnsupported("a subclass of " + t->name);
        else if (t->isLibrary)
            break;
    auto* cls = static_cast<DtClass*>(type);
    DtFields f;
    ObjRef tz;
    switch (cls->kind) {
    case Kind::Delta:
        return deltaCall(in, cls, args);
    case Kind::Zone:
        return zoneCall(in, cls, args);
    case Kind::TzInfo: {
        auto* o = in.heap().make<DtObject>();
        ObjRef out(o);
        o->cls = cls;
        return out;
    }
    case Kind::Date:
        if (!intArgs(in, args, "function", {"year", "month", "day"}, 3,
                     {&f.year, &f.month, &f.day}) ||
            !checkDate(in, f.year, f.month, f.day))
            return nullptr;
        return newDate(in, cls, f.year, f.month, f.day);
    case Kind::DateTime:
        if (args.positional.size() <= 9 && !zoneArgs(in, args, 7, tz))
            return nullptr;
        if (!intArgs(in, args, "function",
                     {"year", "month", "day", "hour", "minute", "second", "microsecond"}, 3,
                     {&f.year, &f.month, &f.day, &f.hour, &f.minute, &f.second, &f.microsecond}) ||
            !checkDate(in, f.year, f.month, f.day) ||
            !checkTime(in, f.hour, f.minute, f.second, f.microsecond))
            return nullptr;
        return newDateTime(in, cls, f, tz);
    case Kind::Time:
        if (args.positional.size() <= 5 && !zoneArgs(in, args, 4, tz))
            return nullptr;
        if (!intArgs(in, args, "function", {"hour", "minute", "second", "microsecond"}, 0,
                     {&f.hour, &f.minute, &f.second, &f.microsecond}) ||
            !checkTime(in, f.hour, f.minute, f.second, f.microsecond))
            return nullptr;
        return newTime(in, cls, f, tz);
    }
    return nullptr;
}

const rt::Metaclass kMeta = [] {
    rt::Metaclass m;
    m.call = [](Interpreter& in, Object* cls, CallArgs& args) {
        return construct(in, static_cast<rt::TypeObject*>(cls), args);
    };
    return m;
}();

// ---- attributes and methods of date, datetime and time ---------------------------------

template <std::int64_t DtFields::*Member, Kind K>
ObjRef fieldGetter(Interpreter& in, Object* self, CallArgs&) {
    DtObject* d = selfOf(in, self, K, "field");
    return d ? in.heap().newInt(d->*Member) : nullptr;
}

ObjRef tzinfoGetter(Interpreter& in, Object* self, CallArgs&) {
    DtObject* d = asKind(self, Kind::DateTime);
    if (!d)
        d = selfOf(in, self, Kind::Time, "tzinfo");
    return !d ? nullptr : d->tz ? d->tz : in.none();
}

ObjRef zeroGetter(Interpreter& in, Object*, CallArgs&) {
    return in.heap().newInt(std::int64_t{0});
}

std::string shortName(const DtObject* d) {
    const std::string& n = classOf(d)->name;
    return n.substr(n.find('.') + 1);
}

ObjRef weekday(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = selfOf(in, self, Kind::Date, "weekday");
    if (!d || !noArgs(in, args, shortName(d) + ".weekday"))
        return nullptr;
    return in.heap().newInt((toOrdinal(d->year, d->month, d->day) + 6) % 7);
}

ObjRef isoweekday(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = selfOf(in, self, Kind::Date, "isoweekday");
    if (!d || !noArgs(in, args, shortName(d) + ".isoweekday"))
        return nullptr;
    return in.heap().newInt((toOrdinal(d->year, d->month, d->day) + 6) % 7 + 1);
}

// ctime(): "Mon Jan  1 00:00:00 2024", the day padded with a space.
ObjRef ctime(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = selfOf(in, self, Kind::Date, "ctime");
    if (!d || !noArgs(in, args, shortName(d) + ".ctime"))
        return nullptr;
    ObjRef text = strftimeText(in, d, "%a %b ");
    if (!text)
        return nullptr;
    char rest[64];
    std::snprintf(rest, sizeof rest, "%2lld %02lld:%02lld:%02lld %04lld",
                  static_cast<long long>(d->day), static_cast<long long>(d->hour),
                  static_cast<long long>(d->minute), static_cast<long long>(d->second),
                  static_cast<long long>(d->year));
    return in.newStr(interp::text(text.get()) + rest);
}

ObjRef toordinal(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = selfOf(in, self, Kind::Date, "toordinal");
    if (!d || !noArgs(in, args, shortName(d) + ".toordinal"))
        return nullptr;
    return in.heap().newInt(toOrdinal(d->year, d->month, d->day));
}

DtObject* anyOf(Interpreter& in, Object* self, const char* method) {
    DtObject* d = asKind(self, Kind::Date, true);
    if (!d)
        d = asKind(self, Kind::Time);
    if (!d)
        selfOf(in, self, Kind::Date, method);
    return d;
}

// isoText with the UTC offset of an aware object after it; null with the error set.
ObjRef isoWithOffset(Interpreter& in, const DtObject* d, const std::string& sep,
                     const std::string& timespec = "auto") {
    std::optional<__int128> offset;
    if (!offsetOf(in, d, offset))
        return nullptr;
    return in.newStr(isoText(d, sep, timespec) + (offset ? offsetText(*offset, ":") : ""));
}

// isoformat(sep='T', timespec='auto') of a datetime, isoformat(timespec='auto') of a time
// (PyArg_ParseTupleAndKeywords' "|Cs" and "|s"); a date's takes nothing.
ObjRef isoformat(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = anyOf(in, self, "isoformat");
    if (!d)
        return nullptr;
    const Kind kind = classOf(d)->kind;
    if (kind == Kind::Date)
        return noArgs(in, args, shortName(d) + ".isoformat") ? isoWithOffset(in, d, "T") : nullptr;
    const bool dt = kind == Kind::DateTime;
    if (!(dt ? interp::clinicArgs(in, args, "isoformat", {"sep", "timespec"}, 0)
             : interp::clinicArgs(in, args, "isoformat", {"timespec"}, 0)))
        return nullptr;
    Object* sep = dt && !args.positional.empty() ? args.positional[0].get() : nullptr;
    Object* spec = args.positional.size() > (dt ? 1u : 0u) ? args.positional.back().get() : nullptr;
    if (sep && (sep->tag != rt::Tag::Str || static_cast<rt::StrObject*>(sep)->length != 1))
        return in.raise("TypeError", std::string("isoformat() argument 1 must be a unicode "
                                                 "character, not ") +
                                         in.typeName(sep));
    if (spec && spec->tag != rt::Tag::Str)
        return in.raise("TypeError", std::string("isoformat() argument ") + (dt ? "2" : "1") +
                                         " must be str, not " + in.typeName(spec));
    const std::string timespec = spec ? interp::text(spec) : "auto";
    if (!isTimespec(timespec))
        return in.raise("ValueError", "Unknown timespec value");
    return isoWithOffset(in, d, sep ? interp::text(sep) : "T", timespec);
}

ObjRef str(Interpreter& in, Object* self, CallArgs&) {
    DtObject* d = anyOf(in, self, "__str__");
    return d ? isoWithOffset(in, d, " ") : nullptr;
}

ObjRef repr(Interpreter& in, Object* self, CallArgs&) {
    DtObject* d = anyOf(in, self, "__repr__");
    if (!d)
        return nullptr;
    std::string text = reprText(d);
    if (d->tz) {
        auto zone = in.repr(d->tz.get());
        if (!zone)
            return nullptr;
        text.insert(text.size() - 1, ", tzinfo=" + *zone);
    }
    return in.newStr(std::move(text));
}

ObjRef strftime(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = anyOf(in, self, "strftime");
    ObjRef fmt = interp::takeKeyword(args, "format");
    if (!d || !interp::noMoreKeywords(in, args, "strftime"))
        return nullptr;
    if (fmt)
        args.positional.insert(args.positional.begin(), fmt);
    if (args.positional.size() != 1)
        return in.raise("TypeError", "strftime() takes exactly 1 argument (" +
                                         std::to_string(args.positional.size()) + " given)");
    Object* f = args.positional[0].get();
    if (f->tag != rt::Tag::Str)
        return in.raise("TypeError",
                        std::string("strftime() argument 1 must be str, not ") + in.typeName(f));
    return strftimeText(in, d, interp::text(f));
}

// format(d, spec): str(d) for an empty spec, else strftime(spec).
ObjRef formatFn(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = anyOf(in, self, "__format__");
    if (!d || !interp::noKeywords(in, args, "__format__") ||
        !interp::argCount(in, args, self, "__format__", 1, 1))
        return nullptr;
    Object* spec = args.positional[0].get();
    if (spec->tag != rt::Tag::Str)
        return in.raise("TypeError",
                        std::string("__format__() argument must be str, not ") + in.typeName(spec));
    if (interp::text(spec).empty())
        return isoWithOffset(in, d, " ");
    return strftimeText(in, d, interp::text(spec));
}

ObjRef replace(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = anyOf(in, self, "replace");
    if (!d)
        return nullptr;
    DtFields f = *d;
    ObjRef tz;
    bool tzGiven = false;
    switch (classOf(d)->kind) {
    case Kind::Date:
        if (!intArgs(in, args, "replace()", {"year", "month", "day"}, 0,
                     {&f.year, &f.month, &f.day}) ||
            !checkDate(in, f.year, f.month, f.day))
            return nullptr;
        return newDate(in, classOf(d), f.year, f.month, f.day);
    case Kind::DateTime:
        if (!zoneArgs(in, args, 7, tz, &tzGiven) ||
            !intArgs(in, args, "replace()",
                     {"year", "month", "day", "hour", "minute", "second", "microsecond"}, 0,
                     {&f.year, &f.month, &f.day, &f.hour, &f.minute, &f.second, &f.microsecond}) ||
            !checkDate(in, f.year, f.month, f.day) ||
            !checkTime(in, f.hour, f.minute, f.second, f.microsecond))
            return nullptr;
        return newDateTime(in, classOf(d), f, tzGiven ? tz : d->tz);
    default:
        if (!zoneArgs(in, args, 4, tz, &tzGiven) ||
            !intArgs(in, args, "replace()", {"hour", "minute", "second", "microsecond"}, 0,
                     {&f.hour, &f.minute, &f.second, &f.microsecond}) ||
            !checkTime(in, f.hour, f.minute, f.second, f.microsecond))
            return nullptr;
        return newTime(in, classOf(d), f, tzGiven ? tz : d->tz);
    }
}

ObjRef datePart(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = selfOf(in, self, Kind::DateTime, "date");
    if (!d || !noArgs(in, args, "datetime.date"))
        return nullptr;
    return newDate(in, classOf(d), d->year, d->month, d->day);
}

ObjRef timePart(Interpreter& in, Object* self, CallArgs& args) {
    DtObject* d = selfOf(in, self, Kind::DateTime, "time");
    if (!d || !noArgs(in, args, "datetime.time"))
        return nullptr;
    return newTime(in, classOf(d), *d);
}

// The class a classmethod was called through (args[0]), checked to be one of datetime's.
DtClass* clsArg(Interpreter& in, CallArgs& args, const char* name) {
    auto* cls = args.positional.empty() ? nullptr : args.positional[0].get();
    if (!cls || cls->tag != rt::Tag::Type || !static_cast<rt::TypeObject*>(cls)->isLibrary) {
        in.abortUnsupported(std::string(name) + " called without its class");
        return nullptr;
    }
    args.positional.erase(args.positional.begin());
    auto* t = static_cast<DtClass*>(static_cast<rt::TypeObject*>(cls));
    if (t->mro.size() != (t->kind == Kind::DateTime ? 3u : 2u)) {
        in.abortUnsupported(std::string(name) + " of a subclass");
        return nullptr;
    }
    return t;
}

ObjRef now(Interpreter& in, DtClass* cls, CallArgs& args, const char* name) {
    if (!noArgs(in, args, name))
        return nullptr;
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    std::tm local{};
    time_t secs = ts.tv_sec;
    localtime_r(&secs, &local);
    return fromTm(in, cls, local, ts.tv_nsec / 1000);
}

ObjRef today(Interpreter& in, Object*, CallArgs& args) {
    DtClass* cls = clsArg(in, args, "today");
    return cls ? now(in, cls, args, cls->kind == Kind::Date ? "date.today" : "datetime.today")
               : nullptr;
}

ObjRef nowFn(Interpreter& in, Object*, CallArgs& args) {
    DtClass* cls = clsArg(in, args, "now");
    if (!cls)
        return nullptr;
    ObjRef tzArg = interp::takeKeyword(args, "tz");
    if (!tzArg && !args.positional.empty()) {
        tzArg = args.positional[0];
        args.positional.erase(args.positional.begin());
    }
    ObjRef tz;
    if (tzArg && !tzArgument(in, tzArg.get(), tz))
        return nullptr;
    if (!tz)
        return now(in, cls, args, "datetime.now");
    if (!noArgs(in, args, "datetime.now"))
        return nullptr;
    // An aware now() is the UTC clock seen in tz.
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    __int128 utc = (static_cast<__int128>(toOrdinal(1970, 1, 1)) * 86400 + ts.tv_sec) * 1000000 +
                   ts.tv_nsec / 1000;
    auto* like = in.heap().make<DtObject>();
    ObjRef keep(like);
    like->cls = cls;
    return inZone(in, like, utc, tz);
}

ObjRef fromtimestamp(Interpreter& in, Object*, CallArgs& args) {
    DtClass* cls = clsArg(in, args, "fromtimestamp");
    return cls ? fromTimestamp(in, cls, args, false) : nullptr;
}

ObjRef utcfromtimestamp(Interpreter& in, Object*, CallArgs& args) {
    DtClass* cls = clsArg(in, args, "utcfromtimestamp");
    return cls ? fromTimestamp(in, cls, args, true) : nullptr;
}

ObjRef fromisoformat(Interpreter& in, Object*, CallArgs& args) {
    DtClass* cls = clsArg(in, args, "fromisoformat");
    if (!cls || !interp::noKeywords(in, args, "fromisoformat"))
        return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "fromisoformat() takes exactly one argument (" +
                                         std::to_string(args.positional.size()) + " given)");
    return fromIsoFormat(in, cls, args.positional[0].get());
}

ObjRef strptime(Interpreter& in, Object*, CallArgs& args) {
    DtClass* cls = clsArg(in, args, "strptime");
    if (!cls || !interp::noKeywords(in, args, "strptime"))
        return nullptr;
    if (args.positional.size() != 2)
        return in.raise("TypeError", "strptime() takes exactly 2 arguments (" +
                                         std::to_string(args.positional.size()) + " given)");
    for (std::size_t i = 0; i < 2; ++i)
        if (args.positional[i]->tag != rt::Tag::Str)
            return in.raise("TypeError", "strptime() argument " + std::to_string(i + 1) +
                                             " must be str, not " +
                                             (args.positional[i]->tag == rt::Tag::None
                                                  ? std::string("None")
                                                  : in.typeName(args.positional[i].get())));
    return strptimeDateTime(in, cls, args.positional[0].get(), args.positional[1].get());
}

ObjRef fromordinal(Interpreter& in, Object*, CallArgs& args) {
    DtClass* cls = clsArg(in, args, "fromordinal");
    if (!cls || !interp::noKeywords(in, args, "fromordinal"))
        return nullptr;
    std::int64_t n = 0;
    if (!intArgs(in, args, "fromordinal()", {"ordinal"}, 1, {&n}))
        return nullptr;
    if (n < 1 || n > kMaxOrdinal)
        return in.raise("ValueError", "ordinal must be >= 1");
    DtFields f;
    fromOrdinal(n, f.year, f.month, f.day);
    return cls->kind == Kind::Date ? newDate(in, cls, f.year, f.month, f.day)
                                   : newDateTime(in, cls, f);
}

// copy.copy and copy.deepcopy rebuild the object through __reduce_ex__ in CPython: a new
// object with the same fields.
ObjRef copyFn(Interpreter& in, Object* self, CallArgs&) {
    DtObject* d = asKind(self, Kind::Date, true);
    if (!d)
        d = asKind(self, Kind::Time);
    if (!d)
        d = asKind(self, Kind::Delta);
    if (!d && (d = asKind(self, Kind::Zone)))
        return newZone(in, classOf(d), d->offset, d->name);
    if (!d)
        return selfOf(in, self, Kind::Date, "__copy__"), nullptr;
    auto* o = in.heap().make<DtObject>();
    ObjRef out(o);
    o->cls = d->cls;
    static_cast<DtFields&>(*o) = *d;
    o->tz = d->tz;
    o->offset = d->offset;
    o->name = d->name;
    return out;
}

ObjRef setAttr(Interpreter& in, Object* self, CallArgs& args) {
    if (args.positional.empty() || args.positional[0]->tag != rt::Tag::Str)
        return in.abortUnsupported("setting an attribute of a datetime object this way");
    const std::string& name = interp::text(args.positional[0].get());
    rt::TypeObject* t = static_cast<rt::InstanceObject*>(self)->cls;
    if (in.lookupInType(t, name))
        return in.raise("AttributeError",
                        "attribute '" + name + "' of '" + t->name + "' objects is not writable");
    return in.raise("AttributeError", "'" + t->name + "' object has no attribute '" + name + "'");
}

void classMethod(Interpreter& in, rt::TypeObject* t, const char* name, rt::NativeFn fn) {
    auto* d = in.heap().make<rt::DescriptorObject>();
    d->kind = rt::DescriptorObject::Kind::ClassMethod;
    d->func = in.makeBuiltin(name, fn);
    t->dict.set(name, ObjRef(d));
}

DtClass* makeClass(Interpreter& in, const char* name, Kind kind) {
    auto* t = in.heap().make<DtClass>();
    in.keepAlive(ObjRef(t));
    t->kind = kind;
    t->name = std::string("datetime.") + name;
    t->qualname = name;
    t->nameObject = in.newStr(name);
    t->isUser = true;
    t->isLibrary = true;
    t->meta = &kMeta;
    t->instanceTag = rt::Tag::Instance;
    t->bases = {in.objectType()};
    t->base = in.objectType();
    t->layout = in.objectType();
    t->mro = {t, in.objectType()};
    t->dict.set("__module__", in.newStr("datetime"));
    return t;
}

void fillDateClass(Interpreter& in, DtClass* t) {
    addNativeProperty(in, t, "year", fieldGetter<&DtFields::year, Kind::Date>);
    addNativeProperty(in, t, "month", fieldGetter<&DtFields::month, Kind::Date>);
    addNativeProperty(in, t, "day", fieldGetter<&DtFields::day, Kind::Date>);
    addNativeMethod(in, t, "weekday", weekday);
    addNativeMethod(in, t, "isoweekday", isoweekday);
    addNativeMethod(in, t, "toordinal", toordinal);
    addNativeMethod(in, t, "ctime", ctime);
    addNativeMethod(in, t, "isoformat", isoformat);
    addNativeMethod(in, t, "strftime", strftime);
    addNativeMethod(in, t, "replace", replace);
    addNativeMethod(in, t, "__str__", str);
    addNativeMethod(in, t, "__repr__", repr);
    addNativeMethod(in, t, "__format__", formatFn);
    addNativeMethod(in, t, "__setattr__", setAttr);
    addNativeMethod(in, t, "__delattr__", setAttr);
    classMethod(in, t, "today", today);
    classMethod(in, t, "fromisoformat", fromisoformat);
    classMethod(in, t, "fromordinal", fromordinal);
    classMethod(in, t, "fromtimestamp", fromtimestamp);
    for (const char* name : {"fromisocalendar", "isocalendar", "timetuple"})
        addRefusedMethod(in, t, name);
    addDateArithmetic(in, t);
}

void fillDateTimeClass(Interpreter& in, DtClass* t) {
    using D = DtFields;
    addNativeProperty(in, t, "hour", fieldGetter<&D::hour, Kind::DateTime>);
    addNativeProperty(in, t, "minute", fieldGetter<&D::minute, Kind::DateTime>);
    addNativeProperty(in, t, "second", fieldGetter<&D::second, Kind::DateTime>);
    addNativeProperty(in, t, "microsecond", fieldGetter<&D::microsecond, Kind::DateTime>);
    addNativeProperty(in, t, "tzinfo", tzinfoGetter);
    addNativeProperty(in, t, "fold", zeroGetter);
    addNativeMethod(in, t, "date", datePart);
    addNativeMethod(in, t, "time", timePart);
    addNativeMethod(in, t, "replace", replace);
    addNativeMethod(in, t, "isoformat", isoformat);
    classMethod(in, t, "now", nowFn);
    classMethod(in, t, "today", today);
    classMethod(in, t, "fromisoformat", fromisoformat);
    classMethod(in, t, "fromordinal", fromordinal);
    classMethod(in, t, "strptime", strptime);
    classMethod(in, t, "fromtimestamp", fromtimestamp);
    classMethod(in, t, "utcfromtimestamp", utcfromtimestamp);
    for (const char* name :
         {"combine", "utcnow", "utctimetuple", "timetuple", "fromisocalendar", "isocalendar"})
        addRefusedMethod(in, t, name);
    addDateArithmetic(in, t);
    addZoneMethods(in, t);
}

void fillTimeClass(Interpreter& in, DtClass* t) {
    using D = DtFields;
    addNativeProperty(in, t, "hour", fieldGetter<&D::hour, Kind::Time>);
    addNativeProperty(in, t, "minute", fieldGetter<&D::minute, Kind::Time>);
    addNativeProperty(in, t, "second", fieldGetter<&D::second, Kind::Time>);
    addNativeProperty(in, t, "microsecond", fieldGetter<&D::microsecond, Kind::Time>);
    addNativeProperty(in, t, "tzinfo", tzinfoGetter);
    addNativeProperty(in, t, "fold", zeroGetter);
    addNativeMethod(in, t, "isoformat", isoformat);
    addNativeMethod(in, t, "strftime", strftime);
    addNativeMethod(in, t, "replace", replace);
    addNativeMethod(in, t, "__str__", str);
    addNativeMethod(in, t, "__repr__", repr);
    addNativeMethod(in, t, "__format__", formatFn);
    addNativeMethod(in, t, "__setattr__", setAttr);
    addNativeMethod(in, t, "__delattr__", setAttr);
    classMethod(in, t, "fromisoformat", fromisoformat);
    addDateArithmetic(in, t);
    addZoneMethods(in, t);
}

} // namespace
} // namespace memstep::core::modules::datetime

namespace memstep::core::modules {

void fillDatetime(Interpreter& in, rt::ModuleObject& m) {
    using namespace datetime;
    DtClass* date = makeClass(in, "date", Kind::Date);
    DtClass* dateTime = makeClass(in, "datetime", Kind::DateTime);
    DtClass* time = makeClass(in, "time", Kind::Time);
    DtClass* delta = makeClass(in, "timedelta", Kind::Delta);
    DtClass* tzinfo = makeClass(in, "tzinfo", Kind::TzInfo);
    DtClass* zone = makeClass(in, "timezone", Kind::Zone);
    dateTime->bases = {date};
    dateTime->base = date;
    dateTime->mro = {dateTime, date, in.objectType()};
    zone->bases = {tzinfo};
    zone->base = tzinfo;
    zone->mro = {zone, tzinfo, in.objectType()};
    for (DtClass* c : {date, dateTime, time, delta, tzinfo, zone}) {
        c->date = date;
        c->dateTime = dateTime;
        c->time = time;
        c->delta = delta;
        c->tzinfo = tzinfo;
        c->zone = zone;
    }
    fillDeltaClass(in, delta);
    fillDateClass(in, date);
    fillDateTimeClass(in, dateTime);
    fillTimeClass(in, time);
    fillZoneClasses(in, tzinfo, zone);
    for (const char* name : {"__setattr__", "__delattr__"}) {
        addNativeMethod(in, delta, name, setAttr);
        addNativeMethod(in, zone, name, setAttr);
    }
    for (DtClass* c : {date, dateTime, time, delta, zone}) {
        addNativeMethod(in, c, "__copy__", copyFn);
        addNativeMethod(in, c, "__deepcopy__", copyFn);
    }
    date->dict.set("min", newDate(in, date, 1, 1, 1));
    date->dict.set("max", newDate(in, date, 9999, 12, 31));
    date->dict.set("resolution", newDelta(in, delta, 86400000000));
    DtFields f;
    dateTime->dict.set("min", newDateTime(in, dateTime, f));
    DtFields last;
    last.year = 9999;
    last.month = 12;
    last.day = 31;
    last.hour = 23;
    last.minute = 59;
    last.second = 59;
    last.microsecond = 999999;
    dateTime->dict.set("max", newDateTime(in, dateTime, last));
    dateTime->dict.set("resolution", newDelta(in, delta, 1));
    time->dict.set("min", newTime(in, time, f));
    time->dict.set("max", newTime(in, time, last));
    time->dict.set("resolution", newDelta(in, delta, 1));
    m.set("MAXYEAR", in.heap().newInt(std::int64_t{9999}));
    m.set("MINYEAR", in.heap().newInt(std::int64_t{1}));
    m.set("date", ObjRef(date));
    m.set("datetime", ObjRef(dateTime));
    m.set("time", ObjRef(time));
    m.set("timedelta", ObjRef(delta));
    m.set("tzinfo", ObjRef(tzinfo));
    m.set("timezone", ObjRef(zone));
    m.set("UTC", *zone->dict.find("utc"));
}

bool isMissingDatetimeAttribute(std::string_view name) {
    // dir(datetime) in CPython 3.11 minus what fillDatetime provides, sorted.
    static const std::vector<std::string_view> kMissing = {"__all__", "datetime_CAPI", "sys"};
    return isModuleDunder(ModuleOrigin::Source, name) ||
           std::binary_search(kMissing.begin(), kMissing.end(), name);
}

} // namespace memstep::core::modules
