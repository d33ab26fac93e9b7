// The datetime module's classes (date, datetime, time, timedelta, and the time zones tzinfo and
// timezone), shared by its files: datetime_calendar.cpp (the calendar arithmetic, text and
// parsing), datetime_delta.cpp (timedelta), datetime_zone.cpp (tzinfo, timezone and what an
// aware object does with one) and datetime_module.cpp (date, datetime, time and the module).
//
// They are C types in CPython (_datetime), so here they are library classes (makeNativeClass)
// whose methods take no steps; their objects are drawn by name only, as the reference draws
// them. A class's name is CPython's tp_name ("datetime.date", as error messages write it), its
// __name__ the short one ("date", as the trace shows it). Each class knows its three siblings,
// so an operation can make an object of another kind (date - date is a timedelta) without
// any state outside the run's objects.
#pragma once

#include "modules/modules.h"

#include <array>
#include <cstdint>
#include <ctime>
#include <optional>
#include <string>

namespace memstep::core::modules::datetime {

enum class Kind : std::uint8_t { Date, DateTime, Time, Delta, TzInfo, Zone };

struct DtClass : rt::TypeObject {
    Kind kind = Kind::Date;
    DtClass* date = nullptr;
    DtClass* dateTime = nullptr;
    DtClass* time = nullptr;
    DtClass* delta = nullptr;
    DtClass* tzinfo = nullptr;
    DtClass* zone = nullptr;
};

// One object of any of the four kinds; the fields its kind does not use stay 0. A timedelta
// keeps CPython's normal form: 0 <= seconds < 86400, 0 <= microseconds < 1000000.
struct DtFields {
    std::int64_t year = 1, month = 1, day = 1;
    std::int64_t hour = 0, minute = 0, second = 0, microsecond = 0;
    std::int64_t days = 0, seconds = 0, microseconds = 0;
};
// A datetime or time also holds its tzinfo (null when naive, as None is); a timezone holds
// its offset (a timedelta) and its name (a str, null when not given). None of these can lead
// back to the object (a tzinfo is a timezone or a bare tzinfo()), so they never make a cycle
// and reference counting alone frees them.
struct DtObject : rt::InstanceObject, DtFields {
    ObjRef tz;
    ObjRef offset;
    ObjRef name;
};

inline DtClass* classOf(const Object* o) {
    return static_cast<DtClass*>(static_cast<const rt::InstanceObject*>(o)->cls);
}
// The object as a DtObject of `kind` (a datetime is also a date when `orSub`); null otherwise.
DtObject* asKind(Object* o, Kind kind, bool orSub = false);

constexpr std::int64_t kMaxDeltaDays = 999999999;
constexpr std::int64_t kMaxOrdinal = 3652059; // date(9999, 12, 31).toordinal()

// Calendar arithmetic (the proleptic Gregorian calendar, as datetime.py computes it).
bool isLeap(std::int64_t year);
std::int64_t daysInMonth(std::int64_t year, std::int64_t month);
std::int64_t toOrdinal(std::int64_t year, std::int64_t month, std::int64_t day);
void fromOrdinal(std::int64_t n, std::int64_t& year, std::int64_t& month, std::int64_t& day);
std::int64_t dayOfYear(const DtFields* d);

// Checks with CPython's ValueError messages ("month must be in 1..12"); false with it set.
bool checkDate(Interpreter& in, std::int64_t year, std::int64_t month, std::int64_t day);
bool checkTime(Interpreter& in, std::int64_t hour, std::int64_t minute, std::int64_t second,
               std::int64_t microsecond);

// New objects (no checks); `tz` is the tzinfo of an aware one.
ObjRef newDate(Interpreter& in, DtClass* cls, std::int64_t y, std::int64_t m, std::int64_t d);
ObjRef newDateTime(Interpreter& in, DtClass* cls, const DtFields& fields, ObjRef tz = nullptr);
ObjRef newTime(Interpreter& in, DtClass* cls, const DtFields& fields, ObjRef tz = nullptr);
// A date, or a naive datetime with `us` microseconds, of the C library's broken-down time (a
// leap second read as 59, as CPython's fromtimestamp reads it).
ObjRef fromTm(Interpreter& in, DtClass* cls, const std::tm& tm, std::int64_t us);
// A datetime's microseconds since date(1, 1, 1) counted as 1 day, its fields from that count
// (OverflowError "date value out of range" outside datetime's years) keeping `like`'s class.
__int128 usOfDateTime(const DtObject* d);
__int128 usOfDay(const DtObject* d);
ObjRef dateTimeFromUs(Interpreter& in, const DtObject* like, __int128 us, ObjRef tz);
constexpr __int128 kUsPerDay = 86400000000;
// A timedelta of `us` microseconds in all; OverflowError past CPython's range.
ObjRef newDelta(Interpreter& in, DtClass* cls, __int128 us);
__int128 totalMicroseconds(const DtObject* d);

// Text: repr(), str()/isoformat(), strftime(); the isoformat parser (null with the error set).
std::string reprText(const DtObject* d);
// timespec is one of isoformat's names (isTimespec): "auto", "hours" ... "microseconds".
std::string isoText(const DtObject* d, const std::string& sep = "T",
                    const std::string& timespec = "auto");
bool isTimespec(const std::string& spec);
ObjRef strftimeText(Interpreter& in, const DtObject* d, const std::string& format);
ObjRef fromIsoFormat(Interpreter& in, DtClass* cls, Object* text);
// datetime.strptime(data, format) of two str (datetime_strptime.cpp).
ObjRef strptimeDateTime(Interpreter& in, DtClass* cls, Object* data, Object* format);

// Time zones (datetime_zone.cpp). tzArgument: a tzinfo argument (None or not given: null),
// with CPython's TypeError when it is no tzinfo (false then). offsetOf: the utcoffset of an
// aware datetime or time in microseconds, nullopt in `out` when naive; false with the error
// a tzinfo without utcoffset raises. offsetText: "+05:30" (`sep` ":") or "+0530" (`sep` "").
bool tzArgument(Interpreter& in, Object* given, ObjRef& out);
bool offsetOf(Interpreter& in, const DtObject* d, std::optional<__int128>& out);
std::string offsetText(__int128 us, const char* sep);
// The tzname of an aware object (None when naive); null with the error set.
ObjRef tzNameOf(Interpreter& in, const DtObject* d);
// The datetime `utcUs` (usOfDateTime's count, in UTC) seen in time zone `tz`, aware.
ObjRef inZone(Interpreter& in, const DtObject* like, __int128 utcUs, const ObjRef& tz);
// A timezone of the local zone at UTC second `utcSeconds` (as astimezone() makes it).
ObjRef localZone(Interpreter& in, DtClass* cls, std::int64_t utcSeconds);
// date.fromtimestamp(t), datetime.fromtimestamp(t, tz=None) (`cls` says which) and, with
// `utc`, datetime.utcfromtimestamp(t): CPython's rounding of a float to microseconds (half to
// even), the local zone from the C library, the aware result in tz.
ObjRef fromTimestamp(Interpreter& in, DtClass* cls, rt::CallArgs& args, bool utc);
// The classes tzinfo and timezone (with utc, min, max), and the time-zone methods of
// datetime and time (utcoffset, dst, tzname; astimezone, timetz, timestamp for datetime).
void fillZoneClasses(Interpreter& in, DtClass* tzinfo, DtClass* zone);
ObjRef zoneCall(Interpreter& in, DtClass* cls, rt::CallArgs& args);
// timezone(offset, name) of checked arguments: timezone.utc itself for a zero offset unnamed.
ObjRef newZone(Interpreter& in, DtClass* cls, const ObjRef& offset, const ObjRef& name);
void addZoneMethods(Interpreter& in, DtClass* t);

// timedelta's class dict (datetime_delta.cpp) and its constructor.
void fillDeltaClass(Interpreter& in, DtClass* t);
ObjRef deltaCall(Interpreter& in, DtClass* cls, rt::CallArgs& args);
// date, datetime and time's arithmetic and comparisons (datetime_arith.cpp).
void addDateArithmetic(Interpreter& in, DtClass* t);

// Rich comparison number `op` (0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=) of two objects' keys, and
// the registration of a class's six comparison methods in that order (__eq__ ... __ge__).
template <class Key> bool compareKeys(int op, const Key& x, const Key& y) {
    switch (op) {
    case 0:
        return x == y;
    case 1:
        return x != y;
    case 2:
        return x < y;
    case 3:
        return x <= y;
    case 4:
        return x > y;
    default:
        return x >= y;
    }
}
void addComparisons(Interpreter& in, DtClass* t, const std::array<rt::NativeFn, 6>& byOp);

// The argument parser of CPython's datetime constructors and replace(): `names` in order, the
// first `required` required, ints only. False with CPython's TypeError set.
bool intArgs(Interpreter& in, rt::CallArgs& args, const char* who,
             std::initializer_list<const char*> names, std::size_t required,
             std::vector<std::int64_t*> out, std::vector<bool>* given = nullptr);
// The object a method was called on, of `kind` (a datetime passes for a date with `orSub`):
// "descriptor 'x' for 'datetime.date' objects doesn't apply to a 'int' object" otherwise.
DtObject* selfOf(Interpreter& in, Object* self, Kind kind, const char* method, bool orSub = true);
// `who() takes no arguments (1 given)` unless args is empty.
bool noArgs(Interpreter& in, rt::CallArgs& args, const std::string& who);

} // namespace memstep::core::modules::datetime
