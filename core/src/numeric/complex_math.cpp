#include "numeric/complex_math.h"

#include "numeric/float_digits.h"
#include "numeric/float_format.h"

#include <cctype>
#include <cmath>
#include <cstdlib>

namespace memstep::core::numeric {

namespace {

// CPython's errno of its complex helpers, kept as a value instead of the C global.
enum class MathErr { None, Domain, Range };

Complex quotient(Complex a, Complex b, MathErr& err) {
    // _Py_c_quot: scale by the larger part of the divisor (Smith's method).
    const double absReal = std::fabs(b.real);
    const double absImag = std::fabs(b.imag);
    if (absReal >= absImag) {
        if (absReal == 0.0) {
            err = MathErr::Domain;
            return {};
        }
        const double ratio = b.imag / b.real;
        const double denom = b.real + b.imag * ratio;
        return {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
    }
    if (absImag >= absReal) {
        const double ratio = b.real / b.imag;
        const double denom = b.real * ratio + b.imag;
        return {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
    }
    return {std::nan(""), std::nan("")}; // a NaN part in the divisor
}

Complex powUnsigned(Complex x, long n) {
    Complex r{1.0, 0.0};
    Complex p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask)
            r = complexProd(r, p);
        mask <<= 1;
        p = complexProd(p, p);
    }
    return r;
}

Complex powPolar(Complex a, Complex b, MathErr& err) {
    if (b.real == 0.0 && b.imag == 0.0)
        return {1.0, 0.0};
    if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0)
            err = MathErr::Domain;
        return {};
    }
    const double vabs = std::hypot(a.real, a.imag);
    double len = std::pow(vabs, b.real);
    const double at = std::atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
        len /= std::exp(at * b.imag);
        phase += b.imag * std::log(vabs);
    }
    return {len * std::cos(phase), len * std::sin(phase)};
}

// A part as PyOS_double_to_string(x, 'r', 0, flags) writes it: repr's digits without the
// ".0" that float's repr adds ("1", "1e+16", "-0"); '#' keeps a lone point ("1.").
std::string partRepr(double v, bool alternate) {
    std::string body = floatBody(std::fabs(v), FloatStyle::Repr, 0, false, false);
    if (body.size() > 2 && body.compare(body.size() - 2, 2, ".0") == 0 &&
        body.find('e') == std::string::npos)
        body.resize(body.size() - 2);
    if (alternate && std::isfinite(v) && body.find('.') == std::string::npos) {
        const std::size_t e = body.find('e');
        body.insert(e == std::string::npos ? body.size() : e, ".");
    }
    return (std::signbit(v) && !std::isnan(v) ? "-" : "") + body;
}

std::string partFormatted(double v, char type, int precision, bool alternate) {
    if (type == 'r')
        return partRepr(v, alternate);
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(type)));
    const FloatStyle style = lower == 'e'   ? FloatStyle::Exponent
                             : lower == 'f' ? FloatStyle::Fixed
                                            : FloatStyle::General;
    std::string body = floatBody(std::fabs(v), style, precision, alternate, false);
    if (type != lower)
        for (char& c : body)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return (std::signbit(v) && !std::isnan(v) ? "-" : "") + body;
}

// The sign a part shows: its own '-', else what the spec asks ('+', ' ', nothing).
std::string withSign(const std::string& text, char sign) {
    if (!text.empty() && text[0] == '-')
        return text;
    if (sign == '+' || sign == ' ')
        return std::string(1, sign) + text;
    return text;
}

std::string repeat(const std::string& fill, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += fill;
    return out;
}

// One float at the start of `s` as PyOS_string_to_double reads it (sign, digits, exponent,
// inf/infinity/nan); the characters used, 0 when none form a number.
std::size_t floatPrefix(std::string_view s, double& out) {
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    auto word = [&](std::string_view w) {
        if (s.size() - i < w.size())
            return false;
        for (std::size_t k = 0; k < w.size(); ++k)
            if (std::tolower(static_cast<unsigned char>(s[i + k])) != w[k])
                return false;
        return true;
    };
    std::size_t end = 0;
    if (word("infinity"))
        end = i + 8;
    else if (word("inf") || word("nan"))
        end = i + 3;
    if (end == 0) {
        std::size_t j = i, digits = 0;
        while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])))
            ++j, ++digits;
        if (j < s.size() && s[j] == '.') {
            ++j;
            while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])))
                ++j, ++digits;
        }
        if (digits == 0)
            return 0;
        if (j < s.size() && (s[j] == 'e' || s[j] == 'E')) {
            std::size_t k = j + 1;
            if (k < s.size() && (s[k] == '+' || s[k] == '-'))
                ++k;
            if (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) {
                while (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k])))
                    ++k;
                j = k;
            }
        }
        end = j;
    }
    const std::string text(s.substr(0, end));
    out = std::strtod(text.c_str(), nullptr); // overflow gives +-inf, as CPython's here
    return end;
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

} // namespace

Complex complexSum(Complex a, Complex b) {
    return {a.real + b.real, a.imag + b.imag};
}

Complex complexDiff(Complex a, Complex b) {
    return {a.real - b.real, a.imag - b.imag};
}

Complex complexProd(Complex a, Complex b) {
    return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

Result<Complex> complexQuot(Complex a, Complex b) {
    MathErr err = MathErr::None;
    Complex r = quotient(a, b, err);
    if (err == MathErr::Domain)
        return makeError("ZeroDivisionError", "complex division by zero");
    return r;
}

Result<Complex> complexPow(Complex a, Complex b) {
    MathErr err = MathErr::None;
    Complex p;
    if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0) {
        const auto n = static_cast<long>(b.real);
        p = n > 0 ? powUnsigned(a, n) : quotient({1.0, 0.0}, powUnsigned(a, -n), err);
    } else {
        p = powPolar(a, b, err);
    }
    // _Py_ADJUST_ERANGE2: an infinite part is an overflow.
    if (std::isinf(p.real) || std::isinf(p.imag)) {
        if (err == MathErr::None)
            err = MathErr::Range;
    }
    if (err == MathErr::Domain)
        return makeError("ZeroDivisionError", "0.0 to a negative or complex power");
    if (err == MathErr::Range)
        return makeError("OverflowError", "complex exponentiation");
    return p;
}

Result<double> complexAbs(Complex z) {
    if (std::isinf(z.real))
        return std::fabs(z.real);
    if (std::isinf(z.imag))
        return std::fabs(z.imag);
    if (std::isnan(z.real) || std::isnan(z.imag))
        return std::nan("");
    const double r = std::hypot(z.real, z.imag);
    if (!std::isfinite(r))
        return makeError("OverflowError", "absolute value too large");
    return r;
}

std::int64_t complexHash(Complex z, std::int64_t nanHash) {
    auto part = [&](double v) {
        return static_cast<std::uint64_t>(std::isnan(v) ? nanHash : floatHash(v));
    };
    const std::uint64_t combined = part(z.real) + 1000003ULL * part(z.imag);
    const auto result = static_cast<std::int64_t>(combined);
    return result == -1 ? -2 : result;
}

std::string complexRepr(Complex z) {
    // complex_repr: a real part of +0.0 is left out, and then so are the parentheses.
    if (z.real == 0.0 && !std::signbit(z.real))
        return partRepr(z.imag, false) + "j";
    return "(" + partRepr(z.real, false) + withSign(partRepr(z.imag, false), '+') + "j)";
}

Result<std::string> formatComplex(Complex z, std::string_view text) {
    auto parsed = parseFormatSpec(text, '\0', "complex");
    if (!parsed)
        return parsed.error();
    const FormatSpec& spec = *parsed;
    char type = spec.type;
    if (type != '\0' && type != 'e' && type != 'E' && type != 'f' && type != 'F' && type != 'g' &&
        type != 'G' && type != 'n')
        return makeError("ValueError", "Unknown format code '" + std::string(1, type) +
                                           "' for object of type 'complex'");
    if (spec.fill == "0")
        return makeError("ValueError", "Zero padding is not allowed in complex format specifier");
    if (spec.align == '=')
        return makeError("ValueError",
                         "'=' alignment flag is not allowed in complex format specifier");
    if (spec.grouping != '\0' || spec.zeroNegative)
        return makeError("Unsupported", std::string("format() of a complex number with '") +
                                            (spec.grouping ? spec.grouping : 'z') + "'");
    if (spec.width > kMaxFormatWidth || spec.precision > kMaxFormatWidth)
        return makeError("MemoryLimit", "format width or precision above " +
                                            std::to_string(kMaxFormatWidth) +
                                            " - too large for the visualiser");
    bool skipReal = false, parens = false;
    int precision = spec.precision;
    int defaultPrecision = 6;
    if (type == '\0') {
        type = 'r';
        defaultPrecision = 0;
        if (z.real == 0.0 && !std::signbit(z.real))
            skipReal = true;
        else
            parens = true;
    }
    if (type == 'n')
        type = 'g';
    if (precision < 0)
        precision = defaultPrecision;
    else if (type == 'r')
        type = 'g';
    std::string real = withSign(partFormatted(z.real, type, precision, spec.alternate), spec.sign);
    std::string imag = withSign(partFormatted(z.imag, type, precision, spec.alternate),
                                skipReal ? spec.sign : '+');
    std::string body = (skipReal ? "" : real) + imag + "j";
    if (parens)
        body = "(" + body + ")";
    const std::size_t width = spec.width > 0 ? static_cast<std::size_t>(spec.width) : 0;
    if (width <= body.size())
        return body;
    const std::size_t pad = width - body.size();
    switch (spec.align) {
    case '<':
        return body + repeat(spec.fill, pad);
    case '^':
        return repeat(spec.fill, pad / 2) + body + repeat(spec.fill, pad - pad / 2);
    default:
        return repeat(spec.fill, pad) + body;
    }
}

Result<Complex> parseComplex(std::string_view text) {
    // Underscores first, as _Py_string_to_number_with_underscores: each between two digits.
    std::string s;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '_') {
            s += text[i];
            continue;
        }
        const bool ok = i > 0 && i + 1 < text.size() &&
                        std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
                        std::isdigit(static_cast<unsigned char>(text[i + 1]));
        if (!ok)
            return makeError("ValueError",
                             "could not convert string to complex: " + pyStringRepr(text));
    }
    const NumericError malformed = makeError("ValueError", "complex() arg is a malformed string");
    std::size_t i = 0;
    while (i < s.size() && isSpace(s[i]))
        ++i;
    const bool bracket = i < s.size() && s[i] == '(';
    if (bracket) {
        ++i;
        while (i < s.size() && isSpace(s[i]))
            ++i;
    }
    Complex z;
    auto isJ = [&](std::size_t k) { return k < s.size() && (s[k] == 'j' || s[k] == 'J'); };
    double first = 0.0;
    if (std::size_t used = floatPrefix(std::string_view(s).substr(i), first)) {
        i += used;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
            z.real = first;
            double second = 0.0;
            if (std::size_t more = floatPrefix(std::string_view(s).substr(i), second)) {
                z.imag = second;
                i += more;
            } else {
                z.imag = s[i] == '+' ? 1.0 : -1.0;
                ++i;
            }
            if (!isJ(i))
                return malformed;
            ++i;
        } else if (isJ(i)) {
            z.imag = first;
            ++i;
        } else {
            z.real = first;
        }
    } else {
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            z.imag = s[i++] == '+' ? 1.0 : -1.0;
        else
            z.imag = 1.0;
        if (!isJ(i))
            return malformed;
        ++i;
    }
    while (i < s.size() && isSpace(s[i]))
        ++i;
    if (bracket) {
        if (i >= s.size() || s[i] != ')')
            return malformed;
        ++i;
        while (i < s.size() && isSpace(s[i]))
            ++i;
    }
    if (i != s.size())
        return malformed;
    return z;
}

} // namespace memstep::core::numeric
