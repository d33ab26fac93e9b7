#include "numeric/float_digits.h"
#include "numeric/float_format.h"
#include "numeric/int_digits.h"
#include "numeric/utf8.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

namespace memstep::core::numeric {

namespace {

bool isAlign(char c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

std::string typeCharText(char type) {
    if (std::isprint(static_cast<unsigned char>(type))) {
        return std::string(1, type);
    }
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "\\x%x", static_cast<unsigned char>(type));
    return buffer;
}

NumericError tooWide() {
    return makeError("MemoryLimit", "format width or precision above " +
                                        std::to_string(kMaxFormatWidth) +
                                        " - too large for the visualiser");
}

NumericError unknownCode(char type, std::string_view typeName) {
    return makeError("ValueError", "Unknown format code '" + typeCharText(type) +
                                       "' for object of type '" + std::string(typeName) + "'");
}

// Reads a decimal number; false when it does not fit an int (CPython: Py_ssize_t).
bool readNumber(std::string_view spec, std::size_t& pos, int& out) {
    long long value = 0;
    bool overflow = false;
    while (pos < spec.size() && std::isdigit(static_cast<unsigned char>(spec[pos]))) {
        value = value * 10 + (spec[pos] - '0');
        if (value > std::numeric_limits<int>::max()) {
            overflow = true;
            value = std::numeric_limits<int>::max();
        }
        ++pos;
    }
    out = static_cast<int>(value);
    return !overflow;
}

// Inserts `separator` every `groupSize` digits from the right. With minWidth > 0, pads
// with '0' digits (and separators) until the result is at least that wide, as CPython
// does for zero padding with grouping ('010,' -> "00,012,345").
std::string groupDigits(std::string_view digits, char separator, int groupSize,
                        std::size_t minWidth) {
    std::string reversed;
    std::size_t pos = digits.size();
    bool first = true;
    while (true) {
        if (!first) {
            if (pos == 0 && reversed.size() >= minWidth) {
                break;
            }
            reversed += separator;
        }
        const std::size_t take = std::min<std::size_t>(static_cast<std::size_t>(groupSize), pos);
        for (std::size_t i = 0; i < take; ++i) {
            reversed += digits[pos - 1 - i];
        }
        pos -= take;
        if (pos == 0) {
            std::size_t zeros = reversed.size() < minWidth ? minWidth - reversed.size() : 0;
            zeros = std::min(zeros, static_cast<std::size_t>(groupSize) - take);
            if (take == 0) {
                zeros = std::max<std::size_t>(zeros, 1); // never end on a separator
            }
            reversed.append(zeros, '0');
            if (reversed.size() >= minWidth) {
                break;
            }
        }
        first = false;
    }
    return std::string(reversed.rbegin(), reversed.rend());
}

std::string repeatFill(const std::string& fill, std::size_t count) {
    std::string out;
    out.reserve(fill.size() * count);
    for (std::size_t i = 0; i < count; ++i) {
        out += fill;
    }
    return out;
}

// The common layout of a formatted number: [sign][prefix][integer digits][rest], with
// grouping of the integer digits, then fill and alignment to the width.
std::string layoutNumber(const std::string& sign, const std::string& prefix,
                         std::string_view intDigits, const std::string& rest,
                         const FormatSpec& spec, int groupSize) {
    const char align = spec.align ? spec.align : '>';
    std::string digits(intDigits);
    if (spec.grouping != '\0' && !intDigits.empty()) {
        std::size_t minWidth = 0;
        if (spec.fill == "0" && align == '=' && spec.width > 0) {
            const std::size_t used = sign.size() + prefix.size() + codePointCount(rest);
            const auto width = static_cast<std::size_t>(spec.width);
            minWidth = width > used ? width - used : 0;
        }
        digits = groupDigits(intDigits, spec.grouping, groupSize, minWidth);
    }
    const std::size_t length = sign.size() + prefix.size() + digits.size() + codePointCount(rest);
    const std::size_t width = spec.width > 0 ? static_cast<std::size_t>(spec.width) : 0;
    if (width <= length) {
        return sign + prefix + digits + rest;
    }
    const std::size_t pad = width - length;
    switch (align) {
    case '<':
        return sign + prefix + digits + rest + repeatFill(spec.fill, pad);
    case '^':
        return repeatFill(spec.fill, pad / 2) + sign + prefix + digits + rest +
               repeatFill(spec.fill, pad - pad / 2);
    case '=':
        return sign + prefix + repeatFill(spec.fill, pad) + digits + rest;
    default:
        return repeatFill(spec.fill, pad) + sign + prefix + digits + rest;
    }
}

std::string signText(bool negative, char sign) {
    if (negative) {
        return "-";
    }
    if (sign == '+') {
        return "+";
    }
    if (sign == ' ') {
        return " ";
    }
    return {};
}

std::string upper(std::string text) {
    for (auto& c : text) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return text;
}

} // namespace

Result<FormatSpec> parseFormatSpec(std::string_view spec, char defaultType,
                                   std::string_view typeName) {
    FormatSpec f;
    f.type = defaultType;
    const char defaultAlign = defaultType == 's' ? '<' : '>';
    std::size_t pos = 0;
    bool fillSpecified = false;
    bool alignSpecified = false;
    const std::size_t firstLength = spec.empty() ? 0 : codePointAt(spec, 0).length;
    if (spec.size() > firstLength && isAlign(spec[firstLength])) {
        f.fill = std::string(spec.substr(0, firstLength));
        f.align = spec[firstLength];
        fillSpecified = alignSpecified = true;
        pos = firstLength + 1;
    } else if (!spec.empty() && isAlign(spec[0])) {
        f.align = spec[0];
        alignSpecified = true;
        pos = 1;
    }
    if (pos < spec.size() && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) {
        f.sign = spec[pos++];
    }
    if (pos < spec.size() && spec[pos] == 'z') {
        f.zeroNegative = true;
        ++pos;
    }
    if (pos < spec.size() && spec[pos] == '#') {
        f.alternate = true;
        ++pos;
    }
    if (!fillSpecified && pos < spec.size() && spec[pos] == '0') {
        f.fill = "0";
        f.zeroPad = true;
        if (!alignSpecified && defaultAlign == '>') {
            f.align = '=';
        }
        ++pos;
    }
    const NumericError tooManyDigits =
        makeError("ValueError", "Too many decimal digits in format string");
    if (pos < spec.size() && std::isdigit(static_cast<unsigned char>(spec[pos]))) {
        if (!readNumber(spec, pos, f.width)) {
            return tooManyDigits;
        }
    }
    if (pos < spec.size() && (spec[pos] == ',' || spec[pos] == '_')) {
        f.grouping = spec[pos++];
        if (pos < spec.size() && (spec[pos] == ',' || spec[pos] == '_') &&
            spec[pos] != f.grouping) {
            return makeError("ValueError", "Cannot specify both ',' and '_'.");
        }
    }
    if (pos < spec.size() && spec[pos] == '.') {
        ++pos;
        if (pos >= spec.size() || !std::isdigit(static_cast<unsigned char>(spec[pos]))) {
            return makeError("ValueError", "Format specifier missing precision");
        }
        if (!readNumber(spec, pos, f.precision)) {
            return tooManyDigits;
        }
    }
    if (spec.size() - pos > 1) {
        return makeError("ValueError", "Invalid format specifier '" + std::string(spec) +
                                           "' for object of type '" + std::string(typeName) + "'");
    }
    if (pos < spec.size()) {
        f.type = spec[pos];
    }
    if (f.grouping != '\0') {
        switch (f.type) {
        case 'd':
        case 'e':
        case 'f':
        case 'g':
        case 'E':
        case 'G':
        case '%':
        case 'F':
        case '\0':
            break;
        case 'b':
        case 'o':
        case 'x':
        case 'X':
            if (f.grouping == '_') {
                break;
            }
            [[fallthrough]];
        default:
            return makeError("ValueError", std::string("Cannot specify '") + f.grouping +
                                               "' with '" + typeCharText(f.type) + "'.");
        }
    }
    return f;
}

Result<std::string> formatString(std::string_view text, const FormatSpec& spec) {
    if (spec.type != 's' && spec.type != '\0') {
        return unknownCode(spec.type, "str");
    }
    if (spec.sign != '\0') {
        return makeError("ValueError", "Sign not allowed in string format specifier");
    }
    if (spec.zeroNegative) {
        return makeError("ValueError",
                         "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (spec.alternate) {
        return makeError("ValueError", "Alternate form (#) not allowed in string format specifier");
    }
    if (spec.align == '=') {
        return makeError("ValueError", "'=' alignment not allowed in string format specifier");
    }
    if (spec.grouping != '\0') {
        return makeError("ValueError",
                         std::string("Cannot specify '") + spec.grouping + "' with 's'.");
    }
    if (spec.width > kMaxFormatWidth || spec.precision > kMaxFormatWidth) {
        return tooWide();
    }
    std::string_view body = text;
    if (spec.precision >= 0) {
        body = codePointPrefix(text, static_cast<std::size_t>(spec.precision));
    }
    const std::size_t length = codePointCount(body);
    const std::size_t width = spec.width > 0 ? static_cast<std::size_t>(spec.width) : 0;
    if (width <= length) {
        return std::string(body);
    }
    const std::size_t pad = width - length;
    switch (spec.align ? spec.align : '<') {
    case '>':
        return repeatFill(spec.fill, pad) + std::string(body);
    case '^':
        return repeatFill(spec.fill, pad / 2) + std::string(body) +
               repeatFill(spec.fill, pad - pad / 2);
    default:
        return std::string(body) + repeatFill(spec.fill, pad);
    }
}

Result<std::string> formatFloat(double value, const FormatSpec& spec) {
    FloatStyle style = FloatStyle::General;
    int precision = spec.precision;
    bool addDot0 = false;
    bool uppercase = false;
    bool percent = false;
    switch (spec.type) {
    case '\0':
        if (precision < 0) {
            style = FloatStyle::Repr;
        } else {
            addDot0 = true;
        }
        break;
    case 'E':
        uppercase = true;
        [[fallthrough]];
    case 'e':
        style = FloatStyle::Exponent;
        break;
    case 'F':
        uppercase = true;
        [[fallthrough]];
    case 'f':
        style = FloatStyle::Fixed;
        break;
    case 'G':
        uppercase = true;
        [[fallthrough]];
    case 'g':
    case 'n':
        break;
    case '%':
        style = FloatStyle::Fixed;
        percent = true;
        break;
    default:
        return unknownCode(spec.type, "float");
    }
    if (precision < 0 && spec.type != '\0') {
        precision = 6;
    }
    if (spec.width > kMaxFormatWidth || precision > kMaxFormatWidth) {
        return tooWide();
    }
    double magnitude = std::fabs(value);
    if (percent) {
        magnitude *= 100.0;
    }
    std::string body = floatBody(magnitude, style, precision, spec.alternate, addDot0);
    if (uppercase) {
        body = upper(body);
    }
    bool negative = std::signbit(value) && !std::isnan(value);
    if (negative && spec.zeroNegative && std::isfinite(value) &&
        body.find_first_of("123456789") == std::string::npos) {
        negative = false; // 'z': a result that rounds to zero loses its minus sign
    }
    std::size_t intEnd = 0;
    while (intEnd < body.size() && std::isdigit(static_cast<unsigned char>(body[intEnd]))) {
        ++intEnd;
    }
    std::string rest = body.substr(intEnd);
    if (percent) {
        rest += '%';
    }
    return layoutNumber(signText(negative, spec.sign), "", std::string_view(body).substr(0, intEnd),
                        rest, spec, 3);
}

Result<std::string> formatInt(const BigInt& value, const FormatSpec& spec,
                              std::string_view typeName) {
    switch (spec.type) {
    case '\0': // a spec parsed without the int default type
    case 'd':
    case 'n':
    case 'c':
    case 'b':
    case 'o':
    case 'x':
    case 'X':
        break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
        auto asDouble = value.toDouble();
        if (!asDouble) {
            return asDouble.error();
        }
        return formatFloat(*asDouble, spec);
    }
    default:
        return unknownCode(spec.type, typeName);
    }
    if (spec.precision >= 0) {
        return makeError("ValueError", "Precision not allowed in integer format specifier");
    }
    if (spec.zeroNegative) {
        return makeError("ValueError",
                         "Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (spec.type == 'c') {
        if (spec.sign != '\0') {
            return makeError("ValueError", "Sign not allowed with integer format specifier 'c'");
        }
        if (spec.alternate) {
            return makeError("ValueError",
                             "Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (!value.fitsInt64()) {
            return makeError("OverflowError", "Python int too large to convert to C long");
        }
        if (value.isNegative() || value > BigInt::fromInt64(0x10FFFF)) {
            return makeError("OverflowError", "%c arg not in range(0x110000)");
        }
        const std::string ch = codePointText(static_cast<std::uint32_t>(value.toInt64()));
        return layoutNumber("", "", "", ch, spec, 3);
    }
    if (spec.width > kMaxFormatWidth) {
        return tooWide();
    }
    IntDigits number = intDigits(value, spec.type);
    if (!spec.alternate) {
        number.prefix.clear();
    }
    return layoutNumber(signText(value.isNegative(), spec.sign), number.prefix, number.digits, "",
                        spec, number.base == 10 ? 3 : 4);
}

Result<std::string> formatInt(std::int64_t value, const FormatSpec& spec,
                              std::string_view typeName) {
    return formatInt(BigInt::fromInt64(value), spec, typeName);
}

Result<std::string> formatInt(std::int64_t value, std::string_view spec,
                              std::string_view typeName) {
    return formatInt(BigInt::fromInt64(value), spec, typeName);
}

Result<std::string> formatFloat(double value, std::string_view spec) {
    auto parsed = parseFormatSpec(spec, '\0', "float");
    if (!parsed) {
        return parsed.error();
    }
    return formatFloat(value, *parsed);
}

Result<std::string> formatInt(const BigInt& value, std::string_view spec,
                              std::string_view typeName) {
    auto parsed = parseFormatSpec(spec, 'd', typeName);
    if (!parsed) {
        return parsed.error();
    }
    return formatInt(value, *parsed, typeName);
}

Result<std::string> formatString(std::string_view text, std::string_view spec) {
    auto parsed = parseFormatSpec(spec, 's', "str");
    if (!parsed) {
        return parsed.error();
    }
    return formatString(text, *parsed);
}

} // namespace memstep::core::numeric
