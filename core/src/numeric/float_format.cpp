#include "numeric/float_format.h"

#include "numeric/float_digits.h"
#include "numeric/unicode_tables.h"
#include "numeric/utf8.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <system_error>

namespace memstep::core::numeric {

namespace {

// Shortest round-trip digits ("12345") and the decimal exponent of the first digit.
void shortestDigits(double value, std::string& digits, int& exponent) {
    char buffer[64];
    auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    std::string_view text(buffer, static_cast<std::size_t>(end - buffer));
    const std::size_t e = text.find('e');
    digits.clear();
    for (char c : text.substr(0, e)) {
        if (c != '.') {
            digits.push_back(c);
        }
    }
    exponent = std::stoi(std::string(text.substr(e + 1)));
}

std::string toCharsText(double value, std::chars_format format, int precision) {
    std::string buffer(static_cast<std::size_t>(precision) + 400, '\0');
    auto [end, ec] =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, format, precision);
    buffer.resize(static_cast<std::size_t>(end - buffer.data()));
    return buffer;
}

// The exponent of a "d.ddde+XX" text.
int exponentOf(const std::string& scientific) {
    return std::stoi(scientific.substr(scientific.find('e') + 1));
}

std::string exponentSuffix(int exponent) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "e%c%02d", exponent < 0 ? '-' : '+',
                  exponent < 0 ? -exponent : exponent);
    return buffer;
}

// Drops trailing zeros of the fraction, and the point if nothing follows it.
void stripTrailingZeros(std::string& mantissa) {
    if (mantissa.find('.') == std::string::npos) {
        return;
    }
    while (mantissa.back() == '0') {
        mantissa.pop_back();
    }
    if (mantissa.back() == '.') {
        mantissa.pop_back();
    }
}

std::string generalBody(double value, int precision, bool alternate, bool addDot0) {
    const int p = precision == 0 ? 1 : precision;
    std::string scientific = toCharsText(value, std::chars_format::scientific, p - 1);
    const int exponent = exponentOf(scientific);
    const int limit = addDot0 ? p - 1 : p;
    std::string mantissa;
    std::string suffix;
    if (exponent < -4 || exponent >= limit) {
        mantissa = scientific.substr(0, scientific.find('e'));
        suffix = exponentSuffix(exponent);
    } else {
        mantissa = toCharsText(value, std::chars_format::fixed, p - 1 - exponent);
    }
    if (alternate) {
        if (mantissa.find('.') == std::string::npos) {
            mantissa += '.';
        }
    } else {
        stripTrailingZeros(mantissa);
        if (addDot0 && suffix.empty() && mantissa.find('.') == std::string::npos) {
            mantissa += ".0";
        }
    }
    return mantissa + suffix;
}

std::string reprBody(double value, bool alternate) {
    std::string digits;
    int exponent = 0;
    shortestDigits(value, digits, exponent);
    const int count = static_cast<int>(digits.size());
    if (exponent < -4 || exponent >= 16) {
        std::string mantissa = digits.substr(0, 1);
        if (count > 1 || alternate) {
            mantissa += '.';
            mantissa += digits.substr(1);
        }
        return mantissa + exponentSuffix(exponent);
    }
    const int point = exponent + 1; // digits before the decimal point
    if (point <= 0) {
        return "0." + std::string(static_cast<std::size_t>(-point), '0') + digits;
    }
    if (point >= count) {
        return digits + std::string(static_cast<std::size_t>(point - count), '0') + ".0";
    }
    return digits.substr(0, static_cast<std::size_t>(point)) + "." +
           digits.substr(static_cast<std::size_t>(point));
}

} // namespace

std::string floatBody(double value, FloatStyle style, int precision, bool alternate, bool addDot0) {
    if (std::isnan(value)) {
        return "nan";
    }
    if (std::isinf(value)) {
        return "inf";
    }
    switch (style) {
    case FloatStyle::Exponent: {
        std::string text = toCharsText(value, std::chars_format::scientific, precision);
        if (alternate && precision == 0) {
            text.insert(1, ".");
        }
        return text;
    }
    case FloatStyle::Fixed: {
        std::string text = toCharsText(value, std::chars_format::fixed, precision);
        if (alternate && precision == 0) {
            text += '.';
        }
        return text;
    }
    case FloatStyle::General:
        return generalBody(value, precision, alternate, addDot0);
    case FloatStyle::Repr:
        return reprBody(value, alternate);
    }
    return {};
}

std::string floatRepr(double value) {
    if (std::isnan(value)) {
        return "nan";
    }
    const std::string body = floatBody(std::fabs(value), FloatStyle::Repr, 0, false, true);
    return std::signbit(value) ? "-" + body : body;
}

std::size_t codePointCount(std::string_view text) {
    std::size_t count = 0;
    for (unsigned char c : text) {
        if ((c & 0xC0) != 0x80) {
            ++count;
        }
    }
    return count;
}

std::string_view codePointPrefix(std::string_view text, std::size_t count) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            if (seen == count) {
                return text.substr(0, i);
            }
            ++seen;
        }
    }
    return text;
}

std::string pyBytesRepr(std::string_view data) {
    const bool hasSingle = data.find('\'') != std::string_view::npos;
    const bool hasDouble = data.find('"') != std::string_view::npos;
    const char quote = hasSingle && !hasDouble ? '"' : '\'';
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "b";
    out += quote;
    for (char ch : data) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7f) {
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else {
            out += ch;
        }
    }
    out += quote;
    return out;
}

std::string pyStringRepr(std::string_view text) {
    const bool hasSingle = text.find('\'') != std::string_view::npos;
    const bool hasDouble = text.find('"') != std::string_view::npos;
    const char quote = hasSingle && !hasDouble ? '"' : '\'';
    std::string out(1, quote);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80) {
            // A character str.isprintable() rejects is escaped, as CPython's repr does.
            const CodePoint point = codePointAt(text, i);
            const std::string_view bytes = text.substr(i, point.length);
            const std::uint32_t cp = point.value;
            if (point.length == 1 || unicode::has(cp, unicode::kPrintable)) {
                out += bytes;
            } else {
                char buffer[12];
                std::snprintf(buffer, sizeof buffer,
                              cp < 0x100     ? "\\x%02x"
                              : cp < 0x10000 ? "\\u%04x"
                                             : "\\U%08x",
                              static_cast<unsigned>(cp));
                out += buffer;
            }
            i += bytes.size() - 1;
        } else if (ch == quote || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (ch == '\n') {
            out += "\\n";
        } else if (ch == '\r') {
            out += "\\r";
        } else if (ch == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7F) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
            out += buffer;
        } else {
            out += ch; // printable ASCII; non-ASCII text is checked below, a character at a time
        }
    }
    out += quote;
    return out;
}

} // namespace memstep::core::numeric
