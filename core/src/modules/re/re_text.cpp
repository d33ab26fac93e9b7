// Text helpers of the re engine (re_text.h, re_engine.h): UTF-8 and code points, the character
// classes and case mappings _sre uses, and the replacement template parser
// (_parser.parse_template).
#include "modules/re/re_text.h"

#include "modules/re/re_engine.h"
#include "numeric/float_format.h"
#include "numeric/unicode_tables.h"
#include "numeric/utf8.h"

#include <algorithm>

namespace memstep::core::modules::re {

namespace uc = numeric::unicode;

std::string encode(const std::u32string& text, std::size_t from, std::size_t to) {
    to = std::min(to, text.size());
    if (from >= to)
        return {};
    return numeric::utf8Text(std::u32string_view(text).substr(from, to - from));
}

namespace {

// The mapping of one code point when it is one code point (_PyUnicode_ToLowercase's simple
// mapping); a character whose full mapping is longer keeps itself.
char32_t simpleMap(char32_t c, uc::CaseMap map) {
    std::string out;
    uc::appendMapped(c, map, out);
    std::u32string cps = numeric::codePoints(out);
    return cps.size() == 1 ? cps[0] : c;
}

} // namespace

char32_t lowerOf(char32_t c, bool ascii) {
    if (c < 0x80 || ascii)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    return simpleMap(c, uc::CaseMap::Lower);
}

char32_t upperOf(char32_t c, bool ascii) {
    if (c < 0x80 || ascii)
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    return simpleMap(c, uc::CaseMap::Upper);
}

bool isAlphaChar(char32_t c) {
    return uc::has(c, uc::kAlpha);
}

bool isDigitChar(char32_t c, bool ascii) {
    if (c < 0x80 || ascii)
        return c >= '0' && c <= '9';
    return uc::has(c, uc::kDecimal);
}

bool isSpaceChar(char32_t c, bool ascii) {
    if (c < 0x80 || ascii)
        return c == ' ' || (c >= 9 && c <= 13) || (!ascii && c >= 0x1C && c <= 0x1F);
    return uc::has(c, uc::kSpace);
}

bool isWord(char32_t c, bool ascii) {
    if (c < 0x80 || ascii)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    return c == '_' || uc::has(c, uc::kAlpha | uc::kDecimal | uc::kDigit | uc::kNumeric);
}

bool isIdentifier(const std::u32string& name) {
    if (name.empty())
        return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char32_t c = name[i];
        const bool ok = i == 0 ? (c == '_' || uc::has(c, uc::kIdStart))
                               : (c == '_' || uc::has(c, uc::kIdContinue));
        if (!ok)
            return false;
    }
    return true;
}

std::string pyRepr(const std::u32string& text) {
    return numeric::pyStringRepr(encode(text));
}

namespace {

struct TemplateFailure {
    TemplateError error;
};

bool isDigit(char32_t c) {
    return c >= '0' && c <= '9';
}
bool isOctal(char32_t c) {
    return c >= '0' && c <= '7';
}

std::int64_t number(const std::u32string& digits, int base) {
    std::int64_t v = 0;
    for (char32_t c : digits) {
        v = v * base + static_cast<std::int64_t>(c - '0');
        if (v > (std::int64_t(1) << 40))
            break;
    }
    return v;
}

} // namespace

std::optional<std::vector<TemplatePart>>
parseTemplate(const std::u32string& repl, const Program& program, TemplateError& error) {
    std::vector<TemplatePart> parts;
    std::u32string literal;
    std::size_t i = 0;
    auto fail = [&](const std::string& msg, std::int64_t pos) {
        throw TemplateFailure{TemplateError{msg, pos, false}};
    };
    auto addGroup = [&](std::int64_t index, std::int64_t pos) {
        if (index > program.groups)
            fail("invalid group reference " + std::to_string(index), pos);
        if (!literal.empty()) {
            parts.push_back(TemplatePart{false, literal, 0});
            literal.clear();
        }
        parts.push_back(TemplatePart{true, {}, static_cast<int>(index)});
    };
    try {
        while (i < repl.size()) {
            const char32_t ch = repl[i];
            if (ch != '\\') {
                literal += ch;
                ++i;
                continue;
            }
            if (i + 1 >= repl.size())
                fail("bad escape (end of pattern)", static_cast<std::int64_t>(repl.size()) - 1);
            const char32_t c = repl[i + 1];
            i += 2;
            auto tell = [&] { return static_cast<std::int64_t>(i); };
            if (c == 'g') {
                if (i >= repl.size() || repl[i] != '<')
                    fail("missing <", tell());
                ++i;
                std::u32string name;
                while (i < repl.size() && repl[i] != '>')
                    name += repl[i++];
                if (i >= repl.size()) {
                    if (name.empty())
                        fail("missing group name", tell());
                    fail("missing >, unterminated name",
                         tell() - static_cast<std::int64_t>(name.size()));
                }
                ++i;
                if (name.empty())
                    fail("missing group name", tell() - 1);
                const std::int64_t offset = static_cast<std::int64_t>(name.size()) + 1;
                std::int64_t index = -1;
                if (isIdentifier(name)) {
                    const std::string key = encode(name);
                    for (const auto& [n, gid] : program.names)
                        if (n == key)
                            index = gid;
                    if (index < 0)
                        throw TemplateFailure{
                            TemplateError{"unknown group name " + pyRepr(name), 0, true}};
                } else {
                    bool digits = true;
                    for (char32_t d : name)
                        digits = digits && isDigit(d);
                    if (!digits)
                        fail("bad character in group name " + pyRepr(name), tell() - offset);
                    index = number(name, 10);
                    if (index >= (std::int64_t(1) << 30))
                        fail("invalid group reference " + std::to_string(index), tell() - offset);
                }
                addGroup(index, tell() - offset);
            } else if (c == '0') {
                std::u32string digits(1, c);
                for (int k = 0; k < 2 && i < repl.size() && isOctal(repl[i]); ++k)
                    digits += repl[i++];
                literal += static_cast<char32_t>(number(digits, 8) & 0xff);
            } else if (isDigit(c)) {
                std::u32string digits(1, c);
                bool octal = false;
                if (i < repl.size() && isDigit(repl[i])) {
                    digits += repl[i++];
                    if (isOctal(c) && isOctal(digits[1]) && i < repl.size() && isOctal(repl[i])) {
                        digits += repl[i++];
                        octal = true;
                        std::int64_t v = number(digits, 8);
                        if (v > 0377)
                            fail("octal escape value \\" + encode(digits) +
                                     " outside of range 0-0o377",
                                 tell() - static_cast<std::int64_t>(digits.size()) - 1);
                        literal += static_cast<char32_t>(v);
                    }
                }
                if (!octal)
                    addGroup(number(digits, 10), tell() - static_cast<std::int64_t>(digits.size()));
            } else {
                static const std::u32string kEscapes = U"abfnrtv\\";
                static const char32_t kValues[] = {7, 8, 12, 10, 13, 9, 11, '\\'};
                const std::size_t at = kEscapes.find(c);
                if (at != std::u32string::npos) {
                    literal += kValues[at];
                } else {
                    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                        fail("bad escape \\" + encode(std::u32string(1, c)), tell() - 2);
                    literal += U'\\';
                    literal += c;
                }
            }
        }
    } catch (const TemplateFailure& f) {
        error = f.error;
        return std::nullopt;
    }
    if (!literal.empty())
        parts.push_back(TemplatePart{false, literal, 0});
    return parts;
}

} // namespace memstep::core::modules::re
