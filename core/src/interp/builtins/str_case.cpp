// Methods of str that map or test letter case and character classes: upper, lower, title...,
// isdigit, isalpha, isspace, isprintable..., istitle, isidentifier, as CPython 3.11 answers
// them for every code point (Unicode 14.0, numeric/unicode_tables.h): full case mappings that
// may lengthen the text ("ß".upper() is "SS"), and the final sigma of lower().
#include "interp/builtins/builtins_util.h"
#include "numeric/unicode_tables.h"
#include "numeric/utf8.h"
#include "syntax/lexer.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace memstep::core::interp {

namespace {

namespace uc = numeric::unicode;

enum class Mode { Upper, Lower, Capitalize, Title, Swapcase, Casefold };

// The text's code points; nullopt when the run was stopped (Cancel) part way through.
std::optional<std::vector<char32_t>> codePoints(Interpreter& in, const std::string& t) {
    std::vector<char32_t> cps;
    cps.reserve(t.size());
    for (std::size_t i = 0, next = 0; i < t.size();) {
        if (i >= next) {
            if (in.pollStop(kTextChunk / Interpreter::kPollBytes))
                return std::nullopt;
            next = i + kTextChunk;
        }
        cps.push_back(numeric::readCodePoint(t, i));
    }
    return cps;
}

// U+03A3 lowers to the final form when a cased letter precedes it and none follows it, skipping
// case-ignorable characters both ways (Unicode's Final_Sigma).
char32_t lowerSigma(const std::vector<char32_t>& cps, std::size_t at) {
    std::size_t j = at;
    while (j > 0 && uc::has(cps[j - 1], uc::kIgnorable)) {
        --j;
    }
    bool final = j > 0 && uc::has(cps[j - 1], uc::kCased);
    if (final) {
        std::size_t k = at + 1;
        while (k < cps.size() && uc::has(cps[k], uc::kIgnorable)) {
            ++k;
        }
        final = k == cps.size() || !uc::has(cps[k], uc::kCased);
    }
    return final ? 0x3c2 : 0x3c3;
}

void appendLower(const std::vector<char32_t>& cps, std::size_t at, std::string& out) {
    if (cps[at] == 0x3a3) {
        numeric::appendCodePoint(out, lowerSigma(cps, at));
    } else {
        uc::appendMapped(cps[at], uc::CaseMap::Lower, out);
    }
}

// CPython's do_upper, do_lower, do_capitalize, do_title, do_swapcase and do_casefold.
// The same for ASCII text, byte by byte: no code points to decode, no text longer than before.
// Written a chunk at a time, polling between chunks: 200 million characters must stop at once
// on Cancel.
std::optional<std::string> mappedAscii(Interpreter& in, const std::string& t, Mode mode) {
    std::string out;
    out.reserve(t.size());
    bool previousCased = false;
    for (std::size_t from = 0; from < t.size(); from += kTextChunk) {
        if (in.pollStop(kTextChunk / Interpreter::kPollBytes))
            return std::nullopt;
        const std::size_t to = std::min(t.size(), from + kTextChunk);
        for (std::size_t i = from; i < to; ++i) {
            const char c = t[i];
            const bool upper = c >= 'A' && c <= 'Z';
            const bool lower = c >= 'a' && c <= 'z';
            const char toUpper = lower ? char(c - 'a' + 'A') : c;
            const char toLower = upper ? char(c - 'A' + 'a') : c;
            switch (mode) {
            case Mode::Upper:
                out += toUpper;
                break;
            case Mode::Lower:
            case Mode::Casefold:
                out += toLower;
                break;
            case Mode::Capitalize:
                out += i == 0 ? toUpper : toLower;
                break;
            case Mode::Title:
                out += previousCased ? toLower : toUpper;
                previousCased = upper || lower;
                break;
            case Mode::Swapcase:
                out += upper ? toLower : toUpper;
                break;
            }
        }
    }
    return out;
}

// Whether t is all ASCII; nullopt when the run was stopped while looking.
std::optional<bool> isAscii(Interpreter& in, const std::string& t) {
    for (std::size_t from = 0; from < t.size(); from += kTextChunk) {
        if (in.pollStop(kTextChunk / Interpreter::kPollBytes))
            return std::nullopt;
        const auto to =
            t.begin() + static_cast<std::ptrdiff_t>(std::min(t.size(), from + kTextChunk));
        if (!std::all_of(t.begin() + static_cast<std::ptrdiff_t>(from), to,
                         [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
            return false;
    }
    return true;
}

// nullopt when the run was stopped (Cancel, the time limit) part way through a long text.
std::optional<std::string> mapped(Interpreter& in, const std::vector<char32_t>& cps, Mode mode) {
    std::string out;
    out.reserve(cps.size());
    bool previousCased = false;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        if (i % kTextChunk == 0 && in.pollStop(kTextChunk / Interpreter::kPollBytes))
            return std::nullopt;
        const char32_t c = cps[i];
        switch (mode) {
        case Mode::Upper:
            uc::appendMapped(c, uc::CaseMap::Upper, out);
            break;
        case Mode::Lower:
            appendLower(cps, i, out);
            break;
        case Mode::Capitalize:
            if (i == 0) {
                uc::appendMapped(c, uc::CaseMap::Title, out);
            } else {
                appendLower(cps, i, out);
            }
            break;
        case Mode::Title:
            if (previousCased) {
                appendLower(cps, i, out);
            } else {
                uc::appendMapped(c, uc::CaseMap::Title, out);
            }
            previousCased = uc::has(c, uc::kCased);
            break;
        case Mode::Swapcase:
            if (uc::has(c, uc::kUpper)) {
                appendLower(cps, i, out);
            } else if (uc::has(c, uc::kLower)) {
                uc::appendMapped(c, uc::CaseMap::Upper, out);
            } else {
                numeric::appendCodePoint(out, c);
            }
            break;
        case Mode::Casefold:
            uc::appendMapped(c, uc::CaseMap::Fold, out);
            break;
        }
    }
    return out;
}

ObjRef caseMap(Interpreter& in, Object* self, CallArgs& args, const char* name, Mode mode) {
    if (!noKeywords(in, args, self, name) || !argCount(in, args, self, name, 0, 0))
        return nullptr;
    const std::string& t = text(self);
    if (t.empty())
        return in.heap().emptyStr();
    const std::optional<bool> ascii = isAscii(in, t);
    if (!ascii)
        return nullptr;
    std::optional<std::vector<char32_t>> cps;
    if (!*ascii && !(cps = codePoints(in, t)))
        return nullptr;
    std::optional<std::string> out = *ascii ? mappedAscii(in, t, mode) : mapped(in, *cps, mode);
    if (!out)
        return nullptr;
    return ObjRef(in.heap().freshStr(std::move(*out)));
}
ObjRef strUpper(Interpreter& in, Object* self, CallArgs& args) {
    return caseMap(in, self, args, "upper", Mode::Upper);
}
ObjRef strLower(Interpreter& in, Object* self, CallArgs& args) {
    return caseMap(in, self, args, "lower", Mode::Lower);
}
ObjRef strCapitalize(Interpreter& in, Object* self, CallArgs& args) {
    return caseMap(in, self, args, "capitalize", Mode::Capitalize);
}
ObjRef strTitle(Interpreter& in, Object* self, CallArgs& args) {
    return caseMap(in, self, args, "title", Mode::Title);
}
ObjRef strSwapcase(Interpreter& in, Object* self, CallArgs& args) {
    return caseMap(in, self, args, "swapcase", Mode::Swapcase);
}
ObjRef strCasefold(Interpreter& in, Object* self, CallArgs& args) {
    return caseMap(in, self, args, "casefold", Mode::Casefold);
}

// True when every code point has one of the flags; an empty str gives emptyAnswer.
ObjRef classify(Interpreter& in, Object* self, CallArgs& args, const char* name,
                std::uint16_t flags, bool emptyAnswer = false) {
    if (!noKeywords(in, args, self, name) || !argCount(in, args, self, name, 0, 0))
        return nullptr;
    const std::string& t = text(self);
    if (t.empty())
        return in.boolean(emptyAnswer);
    for (std::size_t i = 0, next = kTextChunk; i < t.size();) {
        if (i >= next) {
            if (in.pollStop(kTextChunk / Interpreter::kPollBytes))
                return nullptr;
            next = i + kTextChunk;
        }
        if ((uc::flagsOf(numeric::readCodePoint(t, i)) & flags) == 0)
            return in.boolean(false);
    }
    return in.boolean(true);
}
ObjRef strIsdigit(Interpreter& in, Object* self, CallArgs& args) {
    return classify(in, self, args, "isdigit", uc::kDigit);
}
ObjRef strIsnumeric(Interpreter& in, Object* self, CallArgs& args) {
    return classify(in, self, args, "isnumeric", uc::kNumeric);
}
ObjRef strIsdecimal(Interpreter& in, Object* self, CallArgs& args) {
    return classify(in, self, args, "isdecimal", uc::kDecimal);
}
ObjRef strIsalpha(Interpreter& in, Object* self, CallArgs& args) {
    return classify(in, self, args, "isalpha", uc::kAlpha);
}
ObjRef strIsalnum(Interpreter& in, Object* self, CallArgs& args) {
    return classify(in, self, args, "isalnum",
                    uc::kAlpha | uc::kDecimal | uc::kDigit | uc::kNumeric);
}
ObjRef strIsspace(Interpreter& in, Object* self, CallArgs& args) {
    return classify(in, self, args, "isspace", uc::kSpace);
}
ObjRef strIsprintable(Interpreter& in, Object* self, CallArgs& args) {
    return classify(in, self, args, "isprintable", uc::kPrintable, true);
}
ObjRef strIsascii(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "isascii") || !argCount(in, args, self, "isascii", 0, 0))
        return nullptr;
    for (unsigned char c : text(self)) {
        if (c >= 0x80)
            return in.boolean(false);
    }
    return in.boolean(true);
}

// isupper / islower: no letter of the other case or titlecase, and at least one of this case
// (a lone character is just its property).
ObjRef caseTest(Interpreter& in, Object* self, CallArgs& args, const char* name,
                std::uint16_t wanted, std::uint16_t other) {
    if (!noKeywords(in, args, self, name) || !argCount(in, args, self, name, 0, 0))
        return nullptr;
    bool cased = false;
    const std::optional<std::vector<char32_t>> cps = codePoints(in, text(self));
    if (!cps)
        return nullptr;
    for (char32_t c : *cps) {
        const std::uint16_t f = uc::flagsOf(c);
        if ((f & (other | uc::kTitle)) != 0)
            return in.boolean(false);
        cased = cased || (f & wanted) != 0;
    }
    return in.boolean(cased);
}
ObjRef strIsupper(Interpreter& in, Object* self, CallArgs& args) {
    return caseTest(in, self, args, "isupper", uc::kUpper, uc::kLower);
}
ObjRef strIslower(Interpreter& in, Object* self, CallArgs& args) {
    return caseTest(in, self, args, "islower", uc::kLower, uc::kUpper);
}

// istitle: uppercase and titlecase letters only after uncased characters, lowercase only after
// cased ones.
ObjRef strIstitle(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "istitle") || !argCount(in, args, self, "istitle", 0, 0))
        return nullptr;
    bool cased = false, previousCased = false;
    const std::optional<std::vector<char32_t>> cps = codePoints(in, text(self));
    if (!cps)
        return nullptr;
    for (char32_t c : *cps) {
        const std::uint16_t f = uc::flagsOf(c);
        if ((f & (uc::kUpper | uc::kTitle)) != 0) {
            if (previousCased)
                return in.boolean(false);
            previousCased = cased = true;
        } else if ((f & uc::kLower) != 0) {
            if (!previousCased)
                return in.boolean(false);
            previousCased = cased = true;
        } else {
            previousCased = false;
        }
    }
    return in.boolean(cased);
}

// isidentifier: XID_Start or '_' first, XID_Continue after.
ObjRef strIsidentifier(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "isidentifier") ||
        !argCount(in, args, self, "isidentifier", 0, 0))
        return nullptr;
    const std::optional<std::vector<char32_t>> points = codePoints(in, text(self));
    if (!points)
        return nullptr;
    const std::vector<char32_t>& cps = *points;
    if (cps.empty() || !uc::has(cps[0], uc::kIdStart))
        return in.boolean(false);
    for (std::size_t i = 1; i < cps.size(); ++i) {
        if (!uc::has(cps[i], uc::kIdContinue))
            return in.boolean(false);
    }
    return in.boolean(true);
}

} // namespace

void registerStrCaseMethods(MethodTables& t) {
    auto reg = [&](rt::Tag tag, const char* name, rt::NativeFn fn) {
        t[static_cast<std::size_t>(tag)][name] = fn;
    };
    reg(rt::Tag::Str, "upper", strUpper);
    reg(rt::Tag::Str, "lower", strLower);
    reg(rt::Tag::Str, "capitalize", strCapitalize);
    reg(rt::Tag::Str, "title", strTitle);
    reg(rt::Tag::Str, "swapcase", strSwapcase);
    reg(rt::Tag::Str, "isdigit", strIsdigit);
    reg(rt::Tag::Str, "isnumeric", strIsnumeric);
    reg(rt::Tag::Str, "isdecimal", strIsdecimal);
    reg(rt::Tag::Str, "isalpha", strIsalpha);
    reg(rt::Tag::Str, "isalnum", strIsalnum);
    reg(rt::Tag::Str, "isspace", strIsspace);
    reg(rt::Tag::Str, "isprintable", strIsprintable);
    reg(rt::Tag::Str, "isascii", strIsascii);
    reg(rt::Tag::Str, "isupper", strIsupper);
    reg(rt::Tag::Str, "islower", strIslower);
    reg(rt::Tag::Str, "casefold", strCasefold);
    reg(rt::Tag::Str, "istitle", strIstitle);
    reg(rt::Tag::Str, "isidentifier", strIsidentifier);
}

} // namespace memstep::core::interp
