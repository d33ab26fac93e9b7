#include "numeric/float_digits.h"
#include "numeric/float_format.h"
#include "numeric/int_digits.h"
#include "numeric/utf8.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

namespace memstep::core::numeric {

namespace {

bool isConversion(char c) {
    switch (c) {
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'c':
    case 'r':
    case 's':
    case 'a':
        return true;
    default:
        return false;
    }
}

// Sign, then zero padding or spaces to the width, as C's printf lays out numbers.
std::string padNumber(const std::string& sign, const std::string& prefix, const std::string& body,
                      const PercentSpec& spec) {
    const std::size_t length = sign.size() + prefix.size() + body.size();
    const std::size_t width = spec.width > 0 ? static_cast<std::size_t>(spec.width) : 0;
    if (width <= length) {
        return sign + prefix + body;
    }
    const std::size_t pad = width - length;
    if (spec.leftAlign) {
        return sign + prefix + body + std::string(pad, ' ');
    }
    if (spec.zeroPad) {
        return sign + prefix + std::string(pad, '0') + body;
    }
    return std::string(pad, ' ') + sign + prefix + body;
}

std::string signFor(bool negative, const PercentSpec& spec) {
    if (negative) {
        return "-";
    }
    if (spec.plusSign) {
        return "+";
    }
    return spec.spaceSign ? " " : "";
}

std::size_t codePointIndex(std::string_view text, std::size_t byteIndex) {
    return codePointCount(text.substr(0, byteIndex));
}

} // namespace

Result<std::vector<PercentPiece>> parsePercentFormat(std::string_view format) {
    std::vector<PercentPiece> pieces;
    std::string literal;
    std::size_t pos = 0;
    const auto incomplete = makeError("ValueError", "incomplete format");
    while (pos < format.size()) {
        const char c = format[pos];
        if (c != '%') {
            literal += c;
            ++pos;
            continue;
        }
        ++pos;
        if (pos < format.size() && format[pos] == '%') {
            literal += '%';
            ++pos;
            continue;
        }
        PercentSpec spec;
        if (pos < format.size() && format[pos] == '(') {
            int depth = 1;
            const std::size_t keyStart = ++pos;
            while (pos < format.size() && depth > 0) {
                if (format[pos] == '(') {
                    ++depth;
                } else if (format[pos] == ')') {
                    --depth;
                }
                ++pos;
            }
            if (depth > 0) {
                return makeError("ValueError", "incomplete format key");
            }
            spec.mappingKey = std::string(format.substr(keyStart, pos - 1 - keyStart));
        }
        for (; pos < format.size(); ++pos) {
            const char flag = format[pos];
            if (flag == '-') {
                spec.leftAlign = true;
            } else if (flag == '+') {
                spec.plusSign = true;
            } else if (flag == ' ') {
                spec.spaceSign = true;
            } else if (flag == '#') {
                spec.alternate = true;
            } else if (flag == '0') {
                spec.zeroPad = true;
            } else {
                break;
            }
        }
        auto readNumber = [&](int& out, bool& fromArg) {
            if (pos < format.size() && format[pos] == '*') {
                fromArg = true;
                ++pos;
                return;
            }
            if (pos < format.size() && std::isdigit(static_cast<unsigned char>(format[pos]))) {
                long long value = 0;
                while (pos < format.size() &&
                       std::isdigit(static_cast<unsigned char>(format[pos]))) {
                    value = std::min<long long>(value * 10 + (format[pos] - '0'), 1 << 30);
                    ++pos;
                }
                out = static_cast<int>(value);
            }
        };
        readNumber(spec.width, spec.widthFromArg);
        if (pos < format.size() && format[pos] == '.') {
            ++pos;
            spec.precision = 0;
            readNumber(spec.precision, spec.precisionFromArg);
        }
        while (pos < format.size() &&
               (format[pos] == 'h' || format[pos] == 'l' || format[pos] == 'L')) {
            ++pos;
        }
        if (pos >= format.size()) {
            return incomplete;
        }
        const char conversion = format[pos];
        if (!isConversion(conversion)) {
            const std::size_t length = [&] {
                std::size_t n = 1;
                while (pos + n < format.size() &&
                       (static_cast<unsigned char>(format[pos + n]) & 0xC0) == 0x80) {
                    ++n;
                }
                return n;
            }();
            const std::string shown(format.substr(pos, length));
            std::uint32_t cp = static_cast<unsigned char>(conversion);
            if (length > 1) {
                cp = static_cast<unsigned char>(shown[0]) & (0xFF >> (length + 1));
                for (std::size_t i = 1; i < length; ++i) {
                    cp = (cp << 6) | (static_cast<unsigned char>(shown[i]) & 0x3F);
                }
            }
            const std::string printable = cp < 0x80 ? shown : "?"; // as CPython prints it
            char hex[16];
            std::snprintf(hex, sizeof hex, "0x%x", cp);
            return makeError("ValueError", "unsupported format character '" + printable + "' (" +
                                               hex + ") at index " +
                                               std::to_string(codePointIndex(format, pos)));
        }
        spec.conversion = conversion;
        ++pos;
        if (!literal.empty()) {
            pieces.push_back(PercentPiece{std::move(literal), false, {}});
            literal.clear();
        }
        pieces.push_back(PercentPiece{{}, true, std::move(spec)});
    }
    if (!literal.empty()) {
        pieces.push_back(PercentPiece{std::move(literal), false, {}});
    }
    return pieces;
}

Result<std::string> percentFormatInt(const BigInt& value, const PercentSpec& spec) {
    if (spec.conversion == 'c') {
        if (value.isNegative() || value > BigInt::fromInt64(0x10FFFF)) {
            return makeError("OverflowError", "%c arg not in range(0x110000)");
        }
        return percentFormatText(codePointText(static_cast<std::uint32_t>(value.toInt64())), spec);
    }
    switch (spec.conversion) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
        auto asDouble = value.toDouble();
        if (!asDouble) {
            return asDouble.error();
        }
        return percentFormatFloat(*asDouble, spec);
    }
    default:
        break;
    }
    IntDigits number = intDigits(value, spec.conversion);
    std::string& digits = number.digits;
    if (spec.precision > 0 && digits.size() < static_cast<std::size_t>(spec.precision)) {
        digits.insert(0, static_cast<std::size_t>(spec.precision) - digits.size(), '0');
    }
    if (!spec.alternate) {
        number.prefix.clear();
    }
    return padNumber(signFor(value.isNegative(), spec), number.prefix, digits, spec);
}

Result<std::string> percentFormatFloat(double value, const PercentSpec& spec) {
    FloatStyle style = FloatStyle::General;
    bool uppercase = false;
    switch (spec.conversion) {
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
        break;
    case 'g':
        break;
    default: {
        // %d, %i, %u, %x, %o, %c of a float: Python truncates to int first.
        auto asInt = BigInt::fromDouble(value);
        if (!asInt) {
            return asInt.error();
        }
        return percentFormatInt(*asInt, spec);
    }
    }
    const int precision = spec.precision >= 0 ? spec.precision : 6;
    std::string body = floatBody(std::fabs(value), style, precision, spec.alternate, false);
    if (uppercase) {
        for (auto& ch : body) {
            ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        }
    }
    const bool negative = std::signbit(value) && !std::isnan(value);
    return padNumber(signFor(negative, spec), "", body, spec);
}

std::string percentFormatText(std::string_view text, const PercentSpec& spec) {
    std::string_view body = text;
    if (spec.precision >= 0 && spec.conversion != 'c') { // %c ignores the precision
        body = codePointPrefix(text, static_cast<std::size_t>(spec.precision));
    }
    const std::size_t length = codePointCount(body);
    const std::size_t width = spec.width > 0 ? static_cast<std::size_t>(spec.width) : 0;
    if (width <= length) {
        return std::string(body);
    }
    const std::string pad(width - length, ' ');
    return spec.leftAlign ? std::string(body) + pad : pad + std::string(body);
}

} // namespace memstep::core::numeric
