// datetime's calendar arithmetic, its objects' text (repr, isoformat, strftime) and the
// isoformat parser, as CPython 3.11's datetime.py and _datetimemodule.c compute them.
#include "interp/builtins/builtins_util.h"
#include "modules/datetime/datetime.h"

#include <cstdio>

namespace memstep::core::modules::datetime {

namespace {

constexpr std::int64_t kDaysInMonth[] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
constexpr std::int64_t kDaysBeforeMonth[] = {0,   0,   31,  59,  90,  120, 151,
                                             181, 212, 243, 273, 304, 334};
const char* const kDayNames[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                 "Friday", "Saturday", "Sunday"};
const char* const kMonthNames[] = {"",        "January",  "February", "March",  "April",
                                   "May",     "June",     "July",     "August", "September",
                                   "October", "November", "December"};

std::string format(const char* fmt, long long a, long long b = 0, long long c = 0) {
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, a, b, c);
    return buf;
}

std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

} // namespace

bool isLeap(std::int64_t year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

std::int64_t daysInMonth(std::int64_t year, std::int64_t month) {
    return month == 2 && isLeap(year) ? 29 : kDaysInMonth[month];
}

std::int64_t toOrdinal(std::int64_t year, std::int64_t month, std::int64_t day) {
    std::int64_t y = year - 1;
    std::int64_t before = y * 365 + floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400);
    return before + kDaysBeforeMonth[month] + (month > 2 && isLeap(year) ? 1 : 0) + day;
}

void fromOrdinal(std::int64_t n, std::int64_t& year, std::int64_t& month, std::int64_t& day) {
    n -= 1;
    std::int64_t n400 = floorDiv(n, 146097);
    n -= n400 * 146097;
    year = n400 * 400 + 1;
    std::int64_t n100 = n / 36524;
    n %= 36524;
    std::int64_t n4 = n / 1461;
    n %= 1461;
    std::int64_t n1 = n / 365;
    n %= 365;
    year += n100 * 100 + n4 * 4 + n1;
    if (n1 == 4 || n100 == 4) {
        year -= 1;
        month = 12;
        day = 31;
        return;
    }
    bool leap = n1 == 3 && (n4 != 24 || n100 == 3);
    month = (n + 50) >> 5;
    std::int64_t preceding = kDaysBeforeMonth[month] + (month > 2 && leap ? 1 : 0);
    if (preceding > n) {
        month -= 1;
        preceding -= kDaysInMonth[month] + (month == 2 && leap ? 1 : 0);
    }
    day = n - preceding + 1;
}

std::int64_t dayOfYear(const DtFields* d) {
    return toOrdinal(d->year, d->month, d->day) - toOrdinal(d->year, 1, 1) + 1;
}

bool checkDate(Interpreter& in, std::int64_t year, std::int64_t month, std::int64_t day) {
    if (year < 1 || year > 9999) {
        in.raise("ValueError", "year " + std::to_string(year) + " is out of range");
        return false;
    }
    if (month < 1 || month > 12) {
        in.raise("ValueError", "month must be in 1..12");
        return false;
    }
    if (day < 1 || day > daysInMonth(year, month)) {
        in.raise("ValueError", "day is out of range for month");
        return false;
    }
    return true;
}

bool checkTime(Interpreter& in, std::int64_t hour, std::int64_t minute, std::int64_t second,
               std::int64_t microsecond) {
    const char* bad = hour < 0 || hour > 23                     ? "hour must be in 0..23"
                      : minute < 0 || minute > 59               ? "minute must be in 0..59"
                      : second < 0 || second > 59               ? "second must be in 0..59"
                      : microsecond < 0 || microsecond > 999999 ? "microsecond must be in 0..999999"
                                                                : nullptr;
    if (bad)
        in.raise("ValueError", bad);
    return !bad;
}

std::string reprText(const DtObject* d) {
    const std::string& name = classOf(d)->name;
    switch (classOf(d)->kind) {
    case Kind::Date:
        return name + format("(%lld, %lld, %lld)", d->year, d->month, d->day);
    case Kind::DateTime:
    case Kind::Time: {
        std::string out = name + "(";
        if (classOf(d)->kind == Kind::DateTime)
            out += format("%lld, %lld, %lld, ", d->year, d->month, d->day);
        out += format("%lld, %lld", d->hour, d->minute);
        if (d->second || d->microsecond)
            out += format(", %lld", d->second);
        if (d->microsecond)
            out += format(", %lld", d->microsecond);
        return out + ")";
    }
    case Kind::Delta:
        break;
    }
    std::string parts;
    auto add = [&](const char* field, std::int64_t v) {
        if (v)
            parts += (parts.empty() ? "" : ", ") + std::string(field) + "=" + std::to_string(v);
    };
    add("days", d->days);
    add("seconds", d->seconds);
    add("microseconds", d->microseconds);
    return name + "(" + (parts.empty() ? "0" : parts) + ")";
}

namespace {

// The forms of fromisoformat() text 3.11 reads and memstep does not.
ObjRef unsupportedIsoForm(Interpreter& in, const DtClass* cls) {
    return in.abortUnsupported(cls->name + ".fromisoformat() of a week date, a basic form "
                                           "without '-' and ':' or an offset without its colons");
}

} // namespace

bool isTimespec(const std::string& spec) {
    return spec == "auto" || spec == "hours" || spec == "minutes" || spec == "seconds" ||
           spec == "milliseconds" || spec == "microseconds";
}

std::string isoText(const DtObject* d, const std::string& sep, const std::string& timespec) {
    std::string date = format("%04lld-%02lld-%02lld", d->year, d->month, d->day);
    // "auto" shows the microseconds only when there are some; milliseconds truncate them.
    const std::string spec = timespec != "auto" ? timespec
                             : d->microsecond   ? "microseconds"
                                                : "seconds";
    std::string time = spec == "hours" ? format("%02lld", d->hour)
                       : spec == "minutes"
                           ? format("%02lld:%02lld", d->hour, d->minute)
                           : format("%02lld:%02lld:%02lld", d->hour, d->minute, d->second);
    if (spec == "milliseconds")
        time += format(".%03lld", d->microsecond / 1000);
    if (spec == "microseconds")
        time += format(".%06lld", d->microsecond);
    switch (classOf(d)->kind) {
    case Kind::Date:
        return date;
    case Kind::DateTime:
        return date + sep + time;
    case Kind::Time:
        return time;
    case Kind::Delta:
        break;
    }
    std::string out =
        format("%lld:%02lld:%02lld", d->seconds / 3600, d->seconds / 60 % 60, d->seconds % 60);
    if (d->days)
        out =
            std::to_string(d->days) + (d->days == 1 || d->days == -1 ? " day, " : " days, ") + out;
    if (d->microseconds)
        out += format(".%06lld", d->microseconds);
    return out;
}

ObjRef strftimeText(Interpreter& in, const DtObject* d, const std::string& fmt) {
    // A time's date is 1900-01-01, as time.strftime gets it.
    DtFields at = *d;
    if (classOf(d)->kind == Kind::Time) {
        at.year = 1900;
        at.month = 1;
        at.day = 1;
    }
    std::int64_t weekday = (toOrdinal(at.year, at.month, at.day) + 6) % 7; // Monday 0
    std::string out;
    for (std::size_t i = 0; i < fmt.size(); ++i) {
        if (fmt[i] != '%') {
            out += fmt[i];
            continue;
        }
        char c = i + 1 < fmt.size() ? fmt[++i] : '\0';
        std::int64_t hour12 = at.hour % 12 == 0 ? 12 : at.hour % 12;
        switch (c) {
        case 'Y':
            out += std::to_string(at.year);
            break;
        case 'y':
            out += format("%02lld", at.year % 100);
            break;
        case 'm':
            out += format("%02lld", at.month);
            break;
        case 'd':
            out += format("%02lld", at.day);
            break;
        case 'H':
            out += format("%02lld", at.hour);
            break;
        case 'I':
            out += format("%02lld", hour12);
            break;
        case 'M':
            out += format("%02lld", at.minute);
            break;
        case 'S':
            out += format("%02lld", at.second);
            break;
        case 'f':
            out += format("%06lld", at.microsecond);
            break;
        case 'p':
            out += at.hour < 12 ? "AM" : "PM";
            break;
        case 'A':
            out += kDayNames[weekday];
            break;
        case 'a':
            out += std::string(kDayNames[weekday]).substr(0, 3);
            break;
        case 'B':
            out += kMonthNames[at.month];
            break;
        case 'b':
            out += std::string(kMonthNames[at.month]).substr(0, 3);
            break;
        case 'j':
            out += format("%03lld", dayOfYear(&at));
            break;
        case 'w':
            out += std::to_string((weekday + 1) % 7);
            break;
        case '%':
            out += '%';
            break;
        case 'z': { // "" for a naive object, "+0100" for an aware one
            std::optional<__int128> offset;
            if (!offsetOf(in, d, offset))
                return nullptr;
            out += offset ? offsetText(*offset, "") : "";
            break;
        }
        case 'Z': {
            ObjRef name = tzNameOf(in, d);
            if (!name)
                return nullptr;
            out += name->tag == rt::Tag::Str ? interp::text(name.get()) : "";
            break;
        }
        default:
            return in.abortUnsupported(std::string("the strftime directive '%") +
                                       (c ? std::string(1, c) : std::string()) + "'");
        }
    }
    return in.newStr(std::move(out));
}

namespace {

// `n` digits at s[at], as a number; -1 when they are not all digits.
std::int64_t digits(const std::string& s, std::size_t at, std::size_t n) {
    if (at + n > s.size())
        return -1;
    std::int64_t v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

// "HH", "HH:MM", "HH:MM:SS" or "HH:MM:SS.f" (1 to 6 digits) from `at` to the end.
bool parseTime(const std::string& s, std::size_t at, DtFields& out) {
    out.hour = digits(s, at, 2);
    if (out.hour < 0)
        return false;
    at += 2;
    std::int64_t* next[] = {&out.minute, &out.second};
    for (std::int64_t* field : next) {
        if (at == s.size())
            return true;
        if (s[at] != ':' || (*field = digits(s, at + 1, 2)) < 0)
            return false;
        at += 3;
    }
    if (at == s.size())
        return true;
    if ((s[at] != '.' && s[at] != ',') || at + 1 == s.size() || s.size() - at - 1 > 6)
        return false;
    std::string frac = s.substr(at + 1);
    if (digits(frac, 0, frac.size()) < 0)
        return false;
    frac.resize(6, '0');
    out.microsecond = digits(frac, 0, 6);
    return true;
}

} // namespace

ObjRef fromIsoFormat(Interpreter& in, DtClass* cls, Object* text) {
    if (text->tag != rt::Tag::Str)
        return in.raise("TypeError", "fromisoformat: argument must be str");
    const std::string& s = interp::text(text);
    auto invalid = [&]() {
        auto r = in.repr(text);
        return r ? in.raise("ValueError", "Invalid isoformat string: " + *r) : nullptr;
    };
    // A UTC offset after the time: "Z", or a sign and "HH:MM", "HH:MM:SS" or "HH:MM:SS.ffffff".
    std::size_t timeAt = cls->kind == Kind::Time ? 0 : 11;
    std::string body = s;
    ObjRef tz;
    std::size_t sign = cls->kind == Kind::Date || s.size() <= timeAt
                           ? std::string::npos
                           : s.find_first_of("+-Z", timeAt);
    if (sign != std::string::npos) {
        body = s.substr(0, sign);
        __int128 us = 0;
        if (s[sign] != 'Z') {
            std::string zone = s.substr(sign + 1);
            DtFields off;
            std::size_t n = zone.size();
            if (zone.find_first_not_of("0123456789:.") != std::string::npos)
                return invalid();
            if ((n != 5 && n != 8 && n != 15) || !parseTime(zone, 0, off))
                return unsupportedIsoForm(in, cls);
            us = ((static_cast<__int128>(off.hour) * 60 + off.minute) * 60 + off.second) * 1000000 +
                 off.microsecond;
            if (s[sign] == '-')
                us = -us;
        } else if (sign + 1 != s.size()) {
            return invalid();
        }
        if (sign == timeAt)
            return invalid();
        ObjRef offset = newDelta(in, cls, us);
        if (!offset)
            return nullptr;
        rt::CallArgs zoneArgs;
        zoneArgs.positional.push_back(offset);
        tz = zoneCall(in, cls, zoneArgs);
        if (!tz)
            return nullptr;
    }
    // What 3.11 also reads and memstep does not: week dates, the basic forms without
    // separators, and offsets without their colons.
    bool compact = body.size() >= 8 && digits(body, 0, 8) >= 0;
    if (body.find('W') != std::string::npos || compact ||
        (body.size() > 10 && body.find_first_of("+-Z", 10) != std::string::npos))
        return unsupportedIsoForm(in, cls);
    DtFields f;
    if (cls->kind == Kind::Time) {
        if (!parseTime(body, 0, f))
            return invalid();
        if (!checkTime(in, f.hour, f.minute, f.second, f.microsecond))
            return nullptr;
        return newTime(in, cls, f, tz);
    }
    f.year = digits(body, 0, 4);
    f.month = body.size() >= 7 && body[4] == '-' ? digits(body, 5, 2) : -1;
    f.day = body.size() >= 10 && body[7] == '-' ? digits(body, 8, 2) : -1;
    if (f.year < 0 || f.month < 0 || f.day < 0)
        return invalid();
    if (cls->kind == Kind::Date) {
        if (body.size() != 10)
            return invalid();
        if (!checkDate(in, f.year, f.month, f.day))
            return nullptr;
        return newDate(in, cls, f.year, f.month, f.day);
    }
    if (body.size() > 10 && !parseTime(body, 11, f))
        return invalid();
    if (!checkDate(in, f.year, f.month, f.day) ||
        !checkTime(in, f.hour, f.minute, f.second, f.microsecond))
        return nullptr;
    return newDateTime(in, cls, f, tz);
}

} // namespace memstep::core::modules::datetime
