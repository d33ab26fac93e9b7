// format(Decimal, spec): the spec's fill, alignment, sign, zero padding, thousands separator,
// precision and the types e E f F g G %, as Decimal.__format__ in _pydecimal.py lays them out
// (the C module gives the same text). The locale's 'n' is refused.
#include "interp/builtins/builtins_util.h"
#include "modules/decimal/decimal.h"
#include "numeric/float_format.h"

namespace memstep::core::modules::decimal {

namespace {

// Rounded to `places` significant digits (_round).
Number roundSignificant(const Number& x, std::int64_t places, Rounding r) {
    if (x.isZero())
        return x;
    Number out = rescale(x, adjusted(x) + 1 - places, r);
    if (adjusted(out) != adjusted(x))
        out = rescale(out, adjusted(out) + 1 - places, r);
    return out;
}

// _insert_thousands_sep: the integer digits grouped by threes, zero-padded to min_width.
std::string groupDigits(std::string digits, const std::string& sep, std::int64_t minWidth) {
    auto zeros = [](std::int64_t n) {
        return std::string(static_cast<std::size_t>(std::max<std::int64_t>(n, 0)), '0');
    };
    if (sep.empty()) {
        const std::int64_t l =
            std::max({static_cast<std::int64_t>(digits.size()), minWidth, std::int64_t{1}});
        return zeros(l - static_cast<std::int64_t>(digits.size())) + digits;
    }
    std::vector<std::string> groups;
    while (true) {
        const auto len = static_cast<std::int64_t>(digits.size());
        const std::int64_t l =
            std::min<std::int64_t>(std::max({len, minWidth, std::int64_t{1}}), 3);
        const std::int64_t take = std::min(l, len);
        groups.push_back(zeros(l - len) + digits.substr(static_cast<std::size_t>(len - take)));
        digits.resize(static_cast<std::size_t>(len - take));
        minWidth -= l;
        if (digits.empty() && minWidth <= 0)
            break;
        minWidth -= static_cast<std::int64_t>(sep.size());
    }
    std::string out;
    for (std::size_t i = groups.size(); i-- > 0;)
        out += groups[i] + (i > 0 ? sep : "");
    return out;
}

std::string align(const std::string& sign, const std::string& body, const numeric::FormatSpec& s,
                  char alignChar, const std::string& fill) {
    const auto used = static_cast<std::int64_t>(sign.size() + body.size());
    std::string padding;
    for (std::int64_t i = used; i < s.width; ++i)
        padding += fill;
    const std::size_t n = padding.size() / fill.size();
    switch (alignChar) {
    case '<':
        return sign + body + padding;
    case '=':
        return sign + padding + body;
    case '^': {
        const std::size_t half = (n / 2) * fill.size();
        return padding.substr(0, half) + sign + body + padding.substr(half);
    }
    default:
        return padding + sign + body;
    }
}

} // namespace

ObjRef formatDecimal(Interpreter& in, const Number& value, const std::string& text,
                     const Context& c) {
    if (text.empty())
        return in.newStr(toSci(value, c.capitals != 0));
    numeric::Result<numeric::FormatSpec> parsed =
        numeric::parseFormatSpec(text, '\0', "decimal.Decimal");
    if (!parsed)
        return in.abortUnsupported("this format spec for a Decimal: '" + text + "'");
    numeric::FormatSpec s = *parsed;
    const std::string types = "eEfFgG%";
    if (s.type != '\0' && types.find(s.type) == std::string::npos) {
        if (s.type == 'n')
            return in.abortUnsupported("format() of a Decimal with the type 'n'");
        return in.raise("ValueError", "invalid format string");
    }
    // _decimal refuses '0' padding with an explicit alignment ('<012.2f') and the '_' separator.
    auto isAlign = [](char ch) { return ch == '<' || ch == '>' || ch == '=' || ch == '^'; };
    const bool explicitAlign = isAlign(text[0]) || (text.size() > 1 && isAlign(text[1]));
    if ((s.zeroPad && explicitAlign) || s.grouping == '_')
        return in.raise("ValueError", "invalid format string");
    const std::string fill = s.zeroPad ? "0" : s.fill;
    const char alignChar = s.zeroPad ? '=' : (s.align ? s.align : '>');
    const char type = s.type ? s.type : (c.capitals ? 'G' : 'g');
    Number x = value;
    auto signText = [&](bool negative) {
        return negative ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
    };
    if (x.isSpecial()) {
        const std::string sign = signText(x.negative);
        Number body = x;
        body.negative = false;
        return in.newStr(
            align(sign, toSci(body, true) + (type == '%' ? "%" : ""), s, alignChar, fill));
    }
    if (type == '%')
        x.exp += 2;
    const std::int64_t precision = s.precision;
    // Fixed-point text of a number with a huge exponent would be that many digits long.
    if (std::llabs(x.exp) > 100000 || std::llabs(adjusted(x)) > 100000)
        return in.abortUnsupported("format() of a Decimal with an exponent past 100000");
    if (precision >= 0) {
        if (type == 'e' || type == 'E')
            x = roundSignificant(x, precision + 1, c.rounding);
        else if (type == 'f' || type == 'F' || type == '%')
            x = rescale(x, -precision, c.rounding);
        else if (digitCount(x.coef) > precision)
            x = roundSignificant(x, std::max<std::int64_t>(precision, 1), c.rounding);
    }
    if (x.isZero() && x.exp > 0 && (type == 'f' || type == 'F' || type == '%'))
        x = rescale(x, 0, c.rounding);
    const std::string sign = signText(x.negative && !(s.zeroNegative && x.isZero()));
    const std::string digits = x.coef.toString();
    const auto len = static_cast<std::int64_t>(digits.size());
    const std::int64_t leftDigits = x.exp + len;
    std::int64_t dotPlace = 1;
    if (type == 'e' || type == 'E')
        dotPlace = x.isZero() && precision >= 0 ? 1 - precision : 1;
    else if (type == 'f' || type == 'F' || type == '%')
        dotPlace = leftDigits;
    else
        dotPlace = x.exp <= 0 && leftDigits > -6 ? leftDigits : 1;
    std::string intPart, fracPart;
    if (dotPlace < 0) {
        intPart = "0";
        fracPart = std::string(static_cast<std::size_t>(-dotPlace), '0') + digits;
    } else if (dotPlace > len) {
        intPart = digits + std::string(static_cast<std::size_t>(dotPlace - len), '0');
    } else {
        intPart = dotPlace == 0 ? "0" : digits.substr(0, static_cast<std::size_t>(dotPlace));
        fracPart = digits.substr(static_cast<std::size_t>(dotPlace));
    }
    const std::int64_t exp = leftDigits - dotPlace;
    if (!fracPart.empty() || s.alternate)
        fracPart = "." + fracPart;
    if (exp != 0 || type == 'e' || type == 'E') {
        const char e = (type == 'E' || type == 'G') ? 'E' : 'e';
        fracPart += std::string(1, e) + (exp >= 0 ? "+" : "-") + std::to_string(std::llabs(exp));
    }
    if (type == '%')
        fracPart += "%";
    const std::int64_t minWidth =
        s.zeroPad ? s.width - static_cast<std::int64_t>(fracPart.size() + sign.size()) : 0;
    const std::string sep = s.grouping ? std::string(1, s.grouping) : "";
    intPart = groupDigits(intPart, sep, minWidth);
    return in.newStr(align(sign, intPart + fracPart, s, alignChar, fill));
}

} // namespace memstep::core::modules::decimal
