// datetime.strptime as CPython 3.11's Lib/_strptime.py computes it in the C locale: the format
// becomes a regular expression (each directive a named group, runs of whitespace `\s+`),
// matched case-insensitively from the start of the text by memstep's own re engine, so the
// same alternatives win as in CPython; the groups found then give the fields.
//
// The directives of time zones (%z, %Z) and of week numbers (%U, %W, %G, %V, %u) are refused
// by name: a time zone needs an aware datetime, and the week forms are rare in course code.
// A directive given twice is a re.error in CPython, refused here too.
#include "interp/builtins/builtins_util.h"
#include "modules/datetime/datetime.h"
#include "modules/re/re_engine.h"
#include "modules/re/re_text.h"
#include "numeric/utf8.h"

#include <map>
#include <utility>
#include <vector>

namespace memstep::core::modules::datetime {

namespace {

// _strptime's TimeRE in the C locale: the day and month names longest first, as it sorts them.
std::u32string directiveRegex(char32_t d) {
    switch (d) {
    case 'd':
        return U"(?P<d>3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])";
    case 'f':
        return U"(?P<f>[0-9]{1,6})";
    case 'H':
        return U"(?P<H>2[0-3]|[0-1]\\d|\\d)";
    case 'I':
        return U"(?P<I>1[0-2]|0[1-9]|[1-9])";
    case 'j':
        return U"(?P<j>36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])";
    case 'm':
        return U"(?P<m>1[0-2]|0[1-9]|[1-9])";
    case 'M':
        return U"(?P<M>[0-5]\\d|\\d)";
    case 'S':
        return U"(?P<S>6[0-1]|[0-5]\\d|\\d)";
    case 'w':
        return U"(?P<w>[0-6])";
    case 'y':
        return U"(?P<y>\\d\\d)";
    case 'Y':
        return U"(?P<Y>\\d\\d\\d\\d)";
    case 'A':
        return U"(?P<A>wednesday|thursday|saturday|tuesday|monday|friday|sunday)";
    case 'a':
        return U"(?P<a>mon|tue|wed|thu|fri|sat|sun)";
    case 'B':
        return U"(?P<B>september|february|november|december|january|october|august|march|april|"
               U"june|july|may)";
    case 'b':
        return U"(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";
    case 'p':
        return U"(?P<p>am|pm)";
    case '%':
        return U"%";
    case 'c':
        return directiveRegex('a') + U"\\s+" + directiveRegex('b') + U"\\s+" + directiveRegex('d') +
               U"\\s+" + directiveRegex('X') + U"\\s+" + directiveRegex('Y');
    case 'x':
        return directiveRegex('m') + U"/" + directiveRegex('d') + U"/" + directiveRegex('y');
    case 'X':
        return directiveRegex('H') + U":" + directiveRegex('M') + U":" + directiveRegex('S');
    default:
        return U"";
    }
}

bool isRefusedDirective(char32_t d) {
    return std::u32string_view(U"zZUWGVu").find(d) != std::u32string_view::npos;
}

// The position of `name` in `names` (lower case), matched as _strptime's list.index finds it.
std::int64_t indexOf(const std::u32string& found, const char* const* names, std::size_t count,
                     std::size_t length) {
    std::string lower;
    for (char32_t c : found)
        lower += static_cast<char>(c < 128 ? std::tolower(static_cast<int>(c)) : '?');
    for (std::size_t i = 0; i < count; ++i) {
        std::string name = names[i];
        for (char& c : name)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (name.substr(0, length ? length : name.size()) == lower)
            return static_cast<std::int64_t>(i);
    }
    return -1;
}

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

// _strptime's pattern of a format: its regex characters escaped, whitespace runs as \s+ and
// each directive its group; nullopt with its ValueError raised (or the run ended).
std::optional<std::u32string> formatPattern(Interpreter& in, Object* formatObj) {
    const std::u32string format = numeric::codePoints(interp::text(formatObj));
    // The format with the regex's special characters escaped and whitespace runs as \s+.
    std::u32string rest;
    for (std::size_t i = 0; i < format.size(); ++i) {
        const char32_t c = format[i];
        if (re::isSpaceChar(c, false)) {
            while (i + 1 < format.size() && re::isSpaceChar(format[i + 1], false))
                ++i;
            rest += U"\\s+";
            continue;
        }
        if (std::u32string_view(U"\\.^$*+?(){}[]|").find(c) != std::u32string_view::npos)
            rest += U'\\';
        rest += c;
    }
    std::u32string pattern;
    std::optional<char32_t> refused;
    const std::string shownFormat = interp::text(formatObj);
    for (std::size_t at = rest.find(U'%'); at != std::u32string::npos; at = rest.find(U'%')) {
        pattern += rest.substr(0, at);
        if (at + 1 == rest.size()) {
            in.raise("ValueError", "stray % in format '" + shownFormat + "'");
            return std::nullopt;
        }
        const char32_t d = rest[at + 1];
        if (isRefusedDirective(d)) {
            refused = refused.value_or(d);
        } else if (directiveRegex(d).empty()) {
            const std::u32string bad(1, d == U'\\' ? U'%' : d);
            in.raise("ValueError", "'" + re::encode(bad) + "' is a bad directive in format '" +
                                       shownFormat + "'");
            return std::nullopt;
        }
        pattern += directiveRegex(d);
        rest = rest.substr(at + 2);
    }
    pattern += rest;
    if (!refused)
        return pattern;
    in.abortUnsupported("the strptime directive '%" + re::encode(std::u32string(1, *refused)) +
                        "' (time zones and week numbers)");
    return std::nullopt;
}

// The text of each directive's group that took part in the match, in the format's order (in
// which _strptime reads them: of %H and %I, the later one sets the hour).
std::vector<std::pair<char32_t, std::u32string>>
namedGroups(const re::Program& program, const re::MatchResult& found, const std::u32string& text) {
    std::vector<std::pair<char32_t, std::u32string>> groups;
    for (const auto& [name, gid] : program.names) {
        const std::int64_t b = found.spans[static_cast<std::size_t>(2 * gid)];
        const std::int64_t e = found.spans[static_cast<std::size_t>(2 * gid + 1)];
        if (b >= 0)
            groups.emplace_back(
                static_cast<char32_t>(name[0]),
                text.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(e - b)));
    }
    return groups;
}

// int() of a group's digits (%d may start with a space); a fraction of a second is padded to
// microseconds first. Nullopt for a digit of another script, which int() also reads.
std::optional<std::int64_t> numberOf(std::u32string digits, bool fraction) {
    if (fraction)
        digits.resize(6, U'0');
    std::int64_t v = 0;
    for (char32_t c : digits) {
        if (c == U' ')
            continue;
        if (c < U'0' || c > U'9')
            return std::nullopt;
        v = v * 10 + static_cast<std::int64_t>(c - U'0');
    }
    return v;
}

} // namespace

ObjRef strptimeDateTime(Interpreter& in, DtClass* cls, Object* data, Object* formatObj) {
    std::optional<std::u32string> pattern = formatPattern(in, formatObj);
    if (!pattern)
        return nullptr;
    re::ParseError error;
    std::optional<re::Program> program = re::parse(*pattern, re::kIgnoreCase | re::kUnicode, error);
    if (!program)
        return in.abortUnsupported("a strptime format that names a directive twice");

    const std::u32string text = numeric::codePoints(interp::text(data));
    re::StopReason stopped = re::StopReason::None;
    std::optional<re::MatchResult> found =
        re::run(*program, text, 0, static_cast<std::int64_t>(text.size()), re::MatchMode::Match,
                false, {}, stopped);
    if (!found) {
        auto shownData = in.repr(data);
        auto shownFmt = in.repr(formatObj);
        return shownData && shownFmt
                   ? in.raise("ValueError",
                              "time data " + *shownData + " does not match format " + *shownFmt)
                   : nullptr;
    }
    const auto end = static_cast<std::size_t>(found->spans[1]);
    if (end != text.size())
        return in.raise("ValueError", "unconverted data remains: " + re::encode(text, end));

    const auto groups = namedGroups(*program, *found, text);
    // %I is an hour of 12, AM without %p.
    bool pm = false;
    for (const auto& [key, value] : groups)
        pm = pm || (key == U'p' && (value[0] == U'p' || value[0] == U'P'));
    // The directives that are a field's number as it is.
    static const std::map<char32_t, std::int64_t DtFields::*> kPlain = {
        {U'm', &DtFields::month},      {U'd', &DtFields::day},    {U'H', &DtFields::hour},
        {U'I', &DtFields::hour},       {U'M', &DtFields::minute}, {U'S', &DtFields::second},
        {U'f', &DtFields::microsecond}};
    std::optional<std::int64_t> year, julian;
    DtFields f;
    for (const auto& [key, value] : groups) {
        std::optional<std::int64_t> v = 0;
        if (std::u32string_view(U"yYmdHIMSfj").find(key) != std::u32string_view::npos)
            v = numberOf(value, key == U'f');
        if (!v)
            return in.abortUnsupported("strptime of digits other than 0-9");
        if (auto plain = kPlain.find(key); plain != kPlain.end())
            f.*(plain->second) = *v;
        if (key == U'y')
            year = *v + (*v <= 68 ? 2000 : 1900);
        else if (key == U'Y')
            year = v;
        else if (key == U'j')
            julian = v;
        else if (key == U'B' || key == U'b')
            f.month = indexOf(value, kMonths, 12, key == U'b' ? 3 : 0) + 1;
        else if (key == U'I' && f.hour == 12)
            f.hour = pm ? 12 : 0;
        else if (key == U'I' && pm)
            f.hour += 12;
    } // the names of weekdays and %w: a datetime does not keep them
    // February 29 without a year is checked in a leap year, then given 1900 (and refused by
    // the datetime it makes), as _strptime does.
    const bool leapFix = !year && f.month == 2 && f.day == 29;
    f.year = year.value_or(leapFix ? 1904 : 1900);
    if (!julian) {
        if (!checkDate(in, f.year, f.month, f.day))
            return nullptr;
    } else {
        const std::int64_t ordinal = *julian - 1 + toOrdinal(f.year, 1, 1);
        if (ordinal < 1 || ordinal > kMaxOrdinal)
            return in.abortUnsupported("a strptime day of the year past the calendar's end");
        fromOrdinal(ordinal, f.year, f.month, f.day);
    }
    if (leapFix)
        f.year = 1900;
    if (!checkDate(in, f.year, f.month, f.day) ||
        !checkTime(in, f.hour, f.minute, f.second, f.microsecond))
        return nullptr;
    return newDateTime(in, cls, f);
}

} // namespace memstep::core::modules::datetime
