// Python's float behaviour: repr/str, format(), the % operator, round(), float(text),
// and the arithmetic corners (floor division, modulo, pow, hash) where C++ differs.
//
// repr uses the shortest digits that round-trip (std::to_chars) and then lays them out
// the way CPython does (scientific below 1e-4 and from 1e16). Formatting follows the
// format-spec mini-language to the letter, including CPython's error messages, because
// students compare our output with real Python's. Failures are returned as data
// (Result / NumericError), never thrown. The interpreter supplies str()/repr() text of
// non-numeric objects; this module only lays that text out.
#pragma once

#include "numeric/bigint.h"
#include "numeric/numeric_result.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace memstep::core::numeric {

// repr(float) == str(float): "0.1", "1e+16", "1e-05", "-0.0", "inf", "nan".
std::string floatRepr(double value);
inline std::string floatStr(double value) {
    return floatRepr(value);
}

// Widths and precisions above this are refused (MemoryLimit) instead of building a
// gigabyte string: CPython would try, but the visualiser must stay responsive.
inline constexpr int kMaxFormatWidth = 1'000'000;

// One parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type].
struct FormatSpec {
    std::string fill = " ";    // one code point, UTF-8
    char align = '\0';         // '<', '>', '=', '^' or '\0' for the type's default
    char sign = '\0';          // '+', '-', ' ' or '\0'
    bool zeroNegative = false; // 'z': -0.0 formats as 0.0
    bool alternate = false;    // '#'
    bool zeroPad = false;      // '0' before the width
    int width = -1;            // -1 when absent
    char grouping = '\0';      // ',', '_' or '\0'
    int precision = -1;        // -1 when absent
    char type = '\0';          // 'e', 'f', 'd', 's', ... or '\0'

    bool operator==(const FormatSpec&) const = default;
};

// ValueError "Invalid format specifier 'abc' for object of type 'int'", "Format
// specifier missing precision", "Cannot specify ',' with 's'." ... as CPython's parser
// reports them. CPython's messages depend on the object, so pass its default type
// ('\0' float, 'd' int and bool, 's' str) and its type name.
Result<FormatSpec> parseFormatSpec(std::string_view spec, char defaultType = '\0',
                                   std::string_view typeName = "float");

// format(value, spec). ValueError messages as CPython's, e.g.
// "Unknown format code 'd' for object of type 'float'". Prefer the overloads taking the
// spec text: they parse it with the right default type and type name.
Result<std::string> formatFloat(double value, const FormatSpec& spec);
// typeName appears in "Unknown format code 'q' for object of type 'bool'".
Result<std::string> formatInt(const BigInt& value, const FormatSpec& spec,
                              std::string_view typeName = "int");
Result<std::string> formatInt(std::int64_t value, const FormatSpec& spec,
                              std::string_view typeName = "int");
Result<std::string> formatString(std::string_view text, const FormatSpec& spec);
// Convenience: parse then format (the spec text as written after ':' in f-strings).
Result<std::string> formatFloat(double value, std::string_view spec);
Result<std::string> formatInt(const BigInt& value, std::string_view spec,
                              std::string_view typeName = "int");
Result<std::string> formatInt(std::int64_t value, std::string_view spec,
                              std::string_view typeName = "int");
Result<std::string> formatString(std::string_view text, std::string_view spec);

// printf-style formatting for the `str % args` operator. The interpreter splits the
// format with parsePercentFormat, resolves '*' widths (a negative one means leftAlign
// and its absolute value) and mapping keys, matches arguments (TypeError "not enough
// arguments for format string" is its business), and calls percentFormat* per piece:
// ints and bools -> percentFormatInt, floats -> percentFormatFloat (both accept any
// numeric conversion: %d of a float truncates, %f of an int converts), %s/%r/%a and %c
// of a str -> percentFormatText with str()/repr()/ascii() text.
struct PercentSpec {
    std::optional<std::string> mappingKey; // "%(name)s"
    bool leftAlign = false;                // '-'
    bool plusSign = false;                 // '+'
    bool spaceSign = false;                // ' '
    bool alternate = false;                // '#'
    bool zeroPad = false;                  // '0'
    int width = -1;                        // -1 when absent
    bool widthFromArg = false;             // '*': take the width from the next argument
    int precision = -1;                    // -1 when absent
    bool precisionFromArg = false;         // '.*'
    char conversion = '\0';                // d i u o x X e E f F g G c r s a %
};
// A format is literal text interleaved with conversions; "%%" becomes literal "%".
struct PercentPiece {
    std::string literal; // used when !isConversion
    bool isConversion = false;
    PercentSpec spec;
};
// ValueError "unsupported format character 'y' (0x79) at index 3", "incomplete format".
Result<std::vector<PercentPiece>> parsePercentFormat(std::string_view format);
// %d %i %u %o %x %X %c (code point) for integers.
Result<std::string> percentFormatInt(const BigInt& value, const PercentSpec& spec);
// %e %E %f %F %g %G for floats (and %d of a float after the caller truncates it).
Result<std::string> percentFormatFloat(double value, const PercentSpec& spec);
// %s %r %a %c (one-character string): `text` is already str()/repr()/ascii() of the arg.
std::string percentFormatText(std::string_view text, const PercentSpec& spec);

// round(x, ndigits) for a float: correctly rounded decimal rounding (round(2.675, 2) is
// 2.67 because 2.675 is really 2.67499999...). OverflowError "rounded value too large
// to represent" when the result overflows.
Result<double> roundFloat(double value, std::int64_t ndigits);
// round(x) with no ndigits: half to even, as an int. OverflowError for infinities,
// ValueError for NaN.
Result<BigInt> roundFloatToInt(double value);
// round(n, ndigits) for an int: identity for ndigits >= 0, else half to even at 10**-ndigits.
BigInt roundInt(const BigInt& value, std::int64_t ndigits);

// Python float arithmetic where C++ differs. ZeroDivisionError "float floor division by
// zero", "float modulo", "float divmod()", "float division by zero".
Result<double> floatTrueDiv(double a, double b);
Result<double> floatFloorDiv(double a, double b);
Result<double> floatMod(double a, double b);
Result<std::pair<double, double>> floatDivMod(double a, double b);
// a ** b: ZeroDivisionError "0.0 cannot be raised to a negative power", OverflowError
// "(34, 'Numerical result out of range')", and kUnsupported ("Unsupported") for a
// negative base to a fractional power (Python gives a complex number).
Result<double> floatPow(double a, double b);
// int(x): truncation toward zero, exact through BigInt.
Result<BigInt> floatToInt(double value);
bool floatIsInteger(double value);
// hash(float): equal to hash(int) for integral values, +-314159 for infinities. NaN
// gives 0 here: CPython 3.11 hashes a NaN by its identity, which the caller owns.
std::int64_t floatHash(double value);
// Exact comparison of an int with a float (2**53 + 1 > 2.0**53); unordered for NaN.
std::partial_ordering compareIntFloat(const BigInt& a, double b);

// float(text): surrounding whitespace, sign, underscores between digits, "inf",
// "infinity", "nan" in any case. ValueError "could not convert string to float: 'abc'".
Result<double> parseFloat(std::string_view text);

// Python repr() of a str, used in error messages: 'abc', "it's", '\n'.
std::string pyStringRepr(std::string_view text);
// repr() of a bytes value: b'...' with CPython's quote choice and \t \n \r \xNN escapes.
std::string pyBytesRepr(std::string_view data);

} // namespace memstep::core::numeric
