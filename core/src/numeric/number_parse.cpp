#include "numeric/float_format.h"
#include "numeric/unicode_digits.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace memstep::core::numeric {

namespace {

bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool equalsIgnoreCase(std::string_view text, std::string_view lower) {
    if (text.size() != lower.size()) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[i])) != lower[i]) {
            return false;
        }
    }
    return true;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Digits with single underscores between them, starting at `pos`. Appends the digits to
// `out` and returns false when an underscore is misplaced. Reads nothing if no digit.
bool scanDigitPart(std::string_view s, std::size_t& pos, std::string& out, bool& any) {
    any = false;
    while (pos < s.size()) {
        if (isDigit(s[pos])) {
            out += s[pos++];
            any = true;
        } else if (s[pos] == '_') {
            if (!any || pos + 1 >= s.size() || !isDigit(s[pos + 1])) {
                return false;
            }
            ++pos;
        } else {
            break;
        }
    }
    return true;
}

// Normalises Python's float syntax to what from_chars accepts; nullopt if invalid.
std::optional<std::string> normaliseDecimal(std::string_view s, long& decimalExponent) {
    std::string out;
    std::size_t pos = 0;
    bool intDigits = false;
    bool fracDigits = false;
    if (!scanDigitPart(s, pos, out, intDigits)) {
        return std::nullopt;
    }
    long leading = 0; // position of the first nonzero digit relative to the point
    {
        const auto first = out.find_first_not_of('0');
        leading = first == std::string::npos ? 0 : static_cast<long>(out.size() - first);
    }
    if (pos < s.size() && s[pos] == '.') {
        out += '.';
        ++pos;
        const std::size_t fracStart = out.size();
        if (!scanDigitPart(s, pos, out, fracDigits)) {
            return std::nullopt;
        }
        if (leading == 0) {
            const auto first = out.find_first_not_of('0', fracStart);
            leading = first == std::string::npos ? 0 : -static_cast<long>(first - fracStart);
        }
    }
    if (!intDigits && !fracDigits) {
        return std::nullopt;
    }
    long exponent = 0;
    if (pos < s.size() && (s[pos] == 'e' || s[pos] == 'E')) {
        out += 'e';
        ++pos;
        bool negative = false;
        if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
            negative = s[pos] == '-';
            out += s[pos++];
        }
        std::string expDigits;
        bool any = false;
        if (!scanDigitPart(s, pos, expDigits, any) || !any) {
            return std::nullopt;
        }
        out += expDigits;
        exponent = expDigits.size() > 9 ? 999999999 : std::stol(expDigits);
        if (negative) {
            exponent = -exponent;
        }
    }
    if (pos != s.size()) {
        return std::nullopt;
    }
    decimalExponent = leading + exponent;
    return out;
}

} // namespace

Result<double> parseFloat(std::string_view text) {
    auto failure = [&] {
        return makeError("ValueError", "could not convert string to float: " + pyStringRepr(text));
    };
    const std::string ascii = asciiDigitsAndSpaces(text);
    std::size_t begin = 0;
    std::size_t end = ascii.size();
    while (begin < end && isAsciiSpace(ascii[begin])) {
        ++begin;
    }
    while (end > begin && isAsciiSpace(ascii[end - 1])) {
        --end;
    }
    std::string_view s = std::string_view(ascii).substr(begin, end - begin);
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.remove_prefix(1);
    }
    double value = 0.0;
    if (equalsIgnoreCase(s, "inf") || equalsIgnoreCase(s, "infinity")) {
        value = std::numeric_limits<double>::infinity();
    } else if (equalsIgnoreCase(s, "nan")) {
        value = std::numeric_limits<double>::quiet_NaN();
    } else {
        long decimalExponent = 0;
        auto normalised = normaliseDecimal(s, decimalExponent);
        if (!normalised) {
            return failure();
        }
        const char* first = normalised->data();
        const char* last = first + normalised->size();
        auto [ptr, ec] = std::from_chars(first, last, value);
        if (ec == std::errc::result_out_of_range) {
            value = decimalExponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
        } else if (ec != std::errc() || ptr != last) {
            return failure();
        }
    }
    return negative ? -value : value;
}

} // namespace memstep::core::numeric
