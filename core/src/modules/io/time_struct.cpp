// The time module's calendar: struct_time, gmtime(), localtime(), mktime(), asctime() and
// strftime(), as CPython 3.11's timemodule.c makes them from the C library's own functions
// (gmtime_r, localtime_r, mktime, strftime), so their answers follow the run's TZ exactly as
// python3's do. A struct_time is what CPython's structseq is: a tuple of its nine fields, of a
// tuple subclass (isinstance(t, tuple), slicing, comparison, hashing and unpacking are the
// tuple's own), drawn as a tuple under its type's name; tm_zone and tm_gmtoff sit beside the
// items, as structseq's hidden fields do, where no program reaches them but through the names.
#include "interp/attributes/attribute_hooks.h"
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "runtime/instance.h"

#include <cmath>
#include <cstring>
#include <ctime>
#include <utility>

namespace memstep::core::modules {

using interp::CallArgs;

namespace timemod {
namespace {

constexpr const char* kFields[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",
                                   "tm_sec",  "tm_wday", "tm_yday", "tm_isdst"};
constexpr std::size_t kFieldCount = 9;
// The hidden fields' keys in the object's part: a space no attribute name can begin with.
constexpr const char* kZoneKey = " tm_zone";
constexpr const char* kGmtoffKey = " tm_gmtoff";

// The module's functions are bound to it (their self), where struct_time is found; a program
// that rebinds time.struct_time gets no struct_time class back (null).
rt::TypeObject* structType(Object* module) {
    Object* t = static_cast<rt::ModuleObject*>(module)->find("struct_time");
    return t && t->tag == rt::Tag::Type ? static_cast<rt::TypeObject*>(t) : nullptr;
}

bool isStruct(Object* o, rt::TypeObject* cls) {
    const rt::SubclassPart* part = o ? rt::subclassPart(o) : nullptr;
    return part && cls && o->tag == rt::Tag::Tuple && part->cls == cls;
}

Object* hiddenField(Object* self, const char* key) {
    const ObjRef* v = rt::subclassPart(self)->attrs.find(key);
    return v ? v->get() : nullptr;
}

// A struct_time of nine field values and its hidden zone and offset (None when not given).
ObjRef makeStructTime(Interpreter& in, rt::TypeObject* cls, ObjVec fields, ObjRef zone,
                      ObjRef gmtoff) {
    ObjRef items = in.heap().newTuple(std::move(fields));
    ObjRef out = interp::newValueSubObject(in, cls, items.get());
    rt::SubclassPart* part = rt::subclassPart(out.get());
    part->attrs.set(kZoneKey, std::move(zone));
    part->attrs.set(kGmtoffKey, std::move(gmtoff));
    return out;
}

ObjRef newStruct(Interpreter& in, rt::TypeObject* cls, const std::tm& tm, bool withZone) {
    ObjVec items;
    for (int v : {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                  (tm.tm_wday + 6) % 7, tm.tm_yday + 1, tm.tm_isdst})
        items.push_back(in.heap().newInt(std::int64_t{v}));
    return makeStructTime(in, cls, std::move(items),
                          withZone && tm.tm_zone ? in.newStr(tm.tm_zone) : in.none(),
                          withZone ? in.heap().newInt(std::int64_t{tm.tm_gmtoff}) : in.none());
}

const rt::Metaclass kStructMeta = [] {
    rt::Metaclass m;
    m.call = [](Interpreter& in, Object* cls, CallArgs& args) -> ObjRef {
        if (!interp::noKeywords(in, args, "struct_time") ||
            !interp::argCount(in, args, "struct_time", 1, 1))
            return nullptr;
        Object* seq = args.positional[0].get();
        if (seq->tag != rt::Tag::Tuple && seq->tag != rt::Tag::List)
            return in.abortUnsupported("time.struct_time() of something other than a tuple or a "
                                       "list");
        const ObjVec& items = seq->tag == rt::Tag::Tuple ? static_cast<rt::TupleObject*>(seq)->items
                                                         : static_cast<rt::ListObject*>(seq)->items;
        // Nine fields, then tm_zone and tm_gmtoff if given.
        if (items.size() < kFieldCount || items.size() > kFieldCount + 2)
            return in.raise("TypeError",
                            std::string("time.struct_time() takes an ") +
                                (items.size() < kFieldCount ? "at least 9" : "at most 11") +
                                "-sequence (" + std::to_string(items.size()) + "-sequence given)");
        return makeStructTime(in, static_cast<rt::TypeObject*>(cls),
                              ObjVec(items.begin(), items.begin() + kFieldCount),
                              items.size() > 9 ? items[9] : in.none(),
                              items.size() > 10 ? items[10] : in.none());
    };
    return m;
}();

// The seconds argument of gmtime/localtime/ctime: None or absent for now, else an int or a
// float (cut toward zero), "timestamp out of range for platform time_t" past time_t.
bool secondsArg(Interpreter& in, CallArgs& args, const char* name, time_t& out) {
    if (!interp::noKeywords(in, args, name) || !interp::argCount(in, args, name, 0, 1))
        return false;
    Object* v = args.positional.empty() ? nullptr : args.positional[0].get();
    if (!v || v->tag == rt::Tag::None) {
        out = ::time(nullptr);
        return true;
    }
    if (v->tag == rt::Tag::Float) {
        double d = static_cast<rt::FloatObject*>(v)->value;
        if (!std::isfinite(d) || std::fabs(d) > 1e17) {
            in.raise(std::isnan(d) ? "ValueError" : "OverflowError",
                     std::isnan(d) ? "Invalid value NaN (not a number)"
                                   : "timestamp out of range for platform time_t");
            return false;
        }
        out = static_cast<time_t>(d);
        return true;
    }
    auto n = interp::intArg(in, v);
    if (!n)
        return false;
    out = static_cast<time_t>(*n);
    return true;
}

ObjRef makeStruct(Interpreter& in, Object* module, CallArgs& args, const char* name, bool local) {
    rt::TypeObject* cls = structType(module);
    if (!cls)
        return in.abortUnsupported("time." + std::string(name) +
                                   "() after time.struct_time was "
                                   "rebound");
    time_t t = 0;
    if (!secondsArg(in, args, name, t))
        return nullptr;
    std::tm tm{};
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm)))
        return in.raise("OverflowError", "timestamp out of range for platform time_t");
    return newStruct(in, cls, tm, true);
}

ObjRef gmtime(Interpreter& in, Object* module, CallArgs& args) {
    return makeStruct(in, module, args, "gmtime", false);
}

ObjRef localtime(Interpreter& in, Object* module, CallArgs& args) {
    return makeStruct(in, module, args, "localtime", true);
}

// A struct_time or a 9-tuple into a tm ("Tuple or struct_time argument required" otherwise).
bool tmArg(Interpreter& in, Object* module, Object* v, const char* who, std::tm& tm) {
    Object* zone = nullptr;
    Object* gmtoff = nullptr;
    if (isStruct(v, structType(module))) {
        zone = hiddenField(v, kZoneKey);
        gmtoff = hiddenField(v, kGmtoffKey);
    }
    if (v->tag != rt::Tag::Tuple) {
        in.raise("TypeError", "Tuple or struct_time argument required");
        return false;
    }
    const ObjVec& items = static_cast<rt::TupleObject*>(v)->items;
    if (items.size() != kFieldCount) {
        in.raise("TypeError", std::string(who) + "(): illegal time tuple argument");
        return false;
    }
    std::int64_t f[kFieldCount];
    for (std::size_t i = 0; i < kFieldCount; ++i) {
        auto n = interp::intArg(in, items[i].get());
        if (!n)
            return false;
        f[i] = *n;
    }
    tm.tm_year = static_cast<int>(f[0] - 1900);
    tm.tm_mon = static_cast<int>(f[1] - 1);
    tm.tm_mday = static_cast<int>(f[2]);
    tm.tm_hour = static_cast<int>(f[3]);
    tm.tm_min = static_cast<int>(f[4]);
    tm.tm_sec = static_cast<int>(f[5]);
    tm.tm_wday = static_cast<int>((f[6] + 1) % 7);
    tm.tm_yday = static_cast<int>(f[7] - 1);
    tm.tm_isdst = static_cast<int>(f[8]);
    if (zone && zone->tag == rt::Tag::Str)
        tm.tm_zone = interp::text(zone).c_str();
    if (gmtoff && gmtoff->tag == rt::Tag::Int)
        tm.tm_gmtoff = static_cast<rt::IntObject*>(gmtoff)->small;
    return true;
}

ObjRef strftime(Interpreter& in, Object* module, CallArgs& args) {
    if (!interp::noKeywords(in, args, "strftime") || !interp::argCount(in, args, "strftime", 1, 2))
        return nullptr;
    Object* fmt = args.positional[0].get();
    if (fmt->tag != rt::Tag::Str)
        return in.raise("TypeError",
                        std::string("strftime() argument 1 must be str, not ") + in.typeName(fmt));
    std::tm tm{};
    if (args.positional.size() == 2) {
        if (!tmArg(in, module, args.positional[1].get(), "strftime", tm))
            return nullptr;
    } else {
        time_t now = ::time(nullptr);
        localtime_r(&now, &tm);
    }
    const std::string& format = interp::text(fmt);
    if (format.empty())
        return in.newStr("");
    // CPython grows its buffer until the text fits; so does this.
    for (std::size_t size = 1024; size <= format.size() * 256 + 1024; size *= 2) {
        std::string out(size, '\0');
        std::size_t n = std::strftime(out.data(), size, format.c_str(), &tm);
        if (n) {
            out.resize(n);
            return in.newStr(std::move(out));
        }
    }
    return in.newStr("");
}

ObjRef asctime(Interpreter& in, Object* module, CallArgs& args) {
    if (!interp::noKeywords(in, args, "asctime") || !interp::argCount(in, args, "asctime", 0, 1))
        return nullptr;
    std::tm tm{};
    if (!args.positional.empty()) {
        if (!tmArg(in, module, args.positional[0].get(), "asctime", tm))
            return nullptr;
    } else {
        time_t now = ::time(nullptr);
        localtime_r(&now, &tm);
    }
    static const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (tm.tm_mon < 0 || tm.tm_mon > 11 || tm.tm_wday < 0 || tm.tm_wday > 6)
        return in.abortUnsupported("asctime() of a time tuple out of range");
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", kDays[tm.tm_wday],
                  kMonths[tm.tm_mon], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                  tm.tm_year + 1900);
    return in.newStr(buf);
}

ObjRef mktime(Interpreter& in, Object* module, CallArgs& args) {
    if (!interp::noKeywords(in, args, "mktime") || !interp::argCount(in, args, "mktime", 1, 1))
        return nullptr;
    std::tm tm{};
    if (!tmArg(in, module, args.positional[0].get(), "mktime", tm))
        return nullptr;
    tm.tm_wday = -1; // mktime leaves it alone on failure, as CPython checks
    time_t t = ::mktime(&tm);
    if (t == static_cast<time_t>(-1) && tm.tm_wday == -1)
        return in.raise("OverflowError", "mktime argument out of range");
    return in.heap().newFloat(static_cast<double>(t));
}

// struct_time's own methods; the rest are the tuple's.
ObjRef structRepr(Interpreter& in, Object* self, CallArgs&) {
    const ObjVec& items = static_cast<rt::TupleObject*>(self)->items;
    std::string out = "time.struct_time(";
    for (std::size_t i = 0; i < kFieldCount; ++i) {
        auto r = in.repr(items[i].get());
        if (!r)
            return nullptr;
        out += (i ? ", " : "") + std::string(kFields[i]) + "=" + *r;
    }
    return in.newStr(out + ")");
}

template <std::size_t I> ObjRef field(Interpreter&, Object* self, CallArgs&) {
    return static_cast<rt::TupleObject*>(self)->items[I];
}

// A structseq's fields are read-only members: setting or deleting one says so.
ObjRef readonlyField(Interpreter& in, Object*, CallArgs&) {
    return in.raise("AttributeError", "readonly attribute");
}

ObjRef zoneField(Interpreter&, Object* self, CallArgs&) {
    return ObjRef(hiddenField(self, kZoneKey));
}

ObjRef gmtoffField(Interpreter&, Object* self, CallArgs&) {
    return ObjRef(hiddenField(self, kGmtoffKey));
}

// timezone, altzone, daylight and tzname, as CPython's init_timezone reads them: the local
// zone at the start of this year and half a year later (reversed south of the equator).
void setZoneNames(Interpreter& in, rt::ModuleObject& m) {
    constexpr time_t kYear = (365 * 24 + 6) * 3600;
    time_t t = ::time(nullptr) / kYear * kYear;
    std::tm jan{}, jul{};
    localtime_r(&t, &jan);
    t += kYear / 2;
    localtime_r(&t, &jul);
    long janZone = -jan.tm_gmtoff, julZone = -jul.tm_gmtoff;
    std::string janName = jan.tm_zone ? jan.tm_zone : "", julName = jul.tm_zone ? jul.tm_zone : "";
    if (janZone < julZone) {
        std::swap(janZone, julZone);
        std::swap(janName, julName);
    }
    m.set("timezone", in.heap().newInt(std::int64_t{janZone}));
    m.set("altzone", in.heap().newInt(std::int64_t{julZone}));
    m.set("daylight", in.heap().newInt(std::int64_t{janZone != julZone}));
    m.set("tzname", in.heap().newTuple({in.newStr(janName), in.newStr(julName)}));
}

} // namespace
} // namespace timemod

namespace timemod {
namespace {

void addField(Interpreter& in, rt::TypeObject* t, const char* name, rt::NativeFn getter) {
    addNativeProperty(in, t, name, getter);
    auto* p = static_cast<rt::DescriptorObject*>(t->dict.find(name)->get());
    p->setter = in.makeBuiltin(name, readonlyField);
    p->deleter = in.makeBuiltin(name, readonlyField);
}

} // namespace
} // namespace timemod

void fillTimeCalendar(Interpreter& in, rt::ModuleObject& m) {
    using namespace timemod;
    rt::TypeObject* t = makeNativeClass(in, "time", "struct_time", &kStructMeta);
    // A subclass of tuple with no __dict__: (time.struct_time, tuple, object).
    rt::TypeObject* tuple = in.builtinType(rt::Tag::Tuple);
    t->instanceTag = rt::Tag::Tuple;
    t->bases = {tuple};
    t->base = tuple;
    t->layout = tuple;
    t->mro = {t, tuple, in.objectType()};
    t->noDict = true;
    addNativeMethod(in, t, "__repr__", structRepr);
    addNativeMethod(in, t, "__str__", structRepr);
    addField(in, t, "tm_year", field<0>);
    addField(in, t, "tm_mon", field<1>);
    addField(in, t, "tm_mday", field<2>);
    addField(in, t, "tm_hour", field<3>);
    addField(in, t, "tm_min", field<4>);
    addField(in, t, "tm_sec", field<5>);
    addField(in, t, "tm_wday", field<6>);
    addField(in, t, "tm_yday", field<7>);
    addField(in, t, "tm_isdst", field<8>);
    addField(in, t, "tm_zone", zoneField);
    addField(in, t, "tm_gmtoff", gmtoffField);
    m.set("struct_time", ObjRef(t));
    addFunction(in, m, "gmtime", gmtime, true);
    addFunction(in, m, "localtime", localtime, true);
    addFunction(in, m, "strftime", strftime, true);
    addFunction(in, m, "asctime", asctime, true);
    addFunction(in, m, "mktime", mktime, true);
    setZoneNames(in, m);
}

} // namespace memstep::core::modules
