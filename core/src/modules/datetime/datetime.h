// The datetime module's four classes (date, datetime, time, timedelta), shared by its files:
// datetime_calendar.cpp (the calendar arithmetic, text and parsing), datetime_delta.cpp
// (timedelta) and datetime_module.cpp (date, datetime, time and the module).
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
#include <string>

namespace memstep::core::modules::datetime {

enum class Kind : std::uint8_t { Date, DateTime, Time, Delta };

struct DtClass : rt::TypeObject {
    Kind kind = Kind::Date;
    DtClass* date = nullptr;
    DtClass* dateTime = nullptr;
    DtClass* time = nullptr;
    DtClass* delta = nullptr;
};

// One object of any of the four kinds; the fields its kind does not use stay 0. A timedelta
// keeps CPython's normal form: 0 <= seconds < 86400, 0 <= microseconds < 1000000.
struct DtFields {
    std::int64_t year = 1, month = 1, day = 1;
    std::int64_t hour = 0, minute = 0, second = 0, microsecond = 0;
    std::int64_t days = 0, seconds = 0, microseconds = 0;
};
struct DtObject : rt::InstanceObject, DtFields {};

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

// New objects (no checks).
ObjRef newDate(Interpreter& in, DtClass* cls, std::int64_t y, std::int64_t m, std::int64_t d);
ObjRef newDateTime(Interpreter& in, DtClass* cls, const DtFields& fields);
ObjRef newTime(Interpreter& in, DtClass* cls, const DtFields& fields);
// A timedelta of `us` microseconds in all; OverflowError past CPython's range.
ObjRef newDelta(Interpreter& in, DtClass* cls, __int128 us);
__int128 totalMicroseconds(const DtObject* d);

// Text: repr(), str()/isoformat(), strftime(); the isoformat parser (null with the error set).
std::string reprText(const DtObject* d);
std::string isoText(const DtObject* d, const std::string& sep = "T");
ObjRef strftimeText(Interpreter& in, const DtObject* d, const std::string& format);
ObjRef fromIsoFormat(Interpreter& in, DtClass* cls, Object* text);
// datetime.strptime(data, format) of two str (datetime_strptime.cpp).
ObjRef strptimeDateTime(Interpreter& in, DtClass* cls, Object* data, Object* format);

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
