// The numbers of the decimal module and their arithmetic, as the General Decimal Arithmetic
// specification defines them and CPython 3.11 computes them (Lib/_pydecimal.py is the readable
// account of every rule; _decimal/libmpdec gives the same answers). A finite number is an exact
// integer coefficient (a GMP integer) times ten to an exponent; each operation computes its
// exact result, or enough of it, and rounds it once to the context's precision. Nothing here
// knows the interpreter: an operation that CPython answers with a signal returns it as data
// (Signal), and one memstep does not write (subnormal results, most of the infinities and NaNs
// of the less common operations) returns Signal::Unsupported with what to name.
#pragma once

#include "numeric/bigint.h"

#include <cstdint>
#include <optional>
#include <string>

namespace memstep::core::modules::decimal {

using numeric::BigInt;

enum class Kind : std::uint8_t { Finite, Infinite, NaN, SNaN };

struct Number {
    bool negative = false;
    Kind kind = Kind::Finite;
    BigInt coef;          // >= 0; a NaN's payload
    std::int64_t exp = 0; // finite numbers only

    bool isSpecial() const { return kind != Kind::Finite; }
    bool isNaN() const { return kind == Kind::NaN || kind == Kind::SNaN; }
    bool isZero() const { return kind == Kind::Finite && coef.isZero(); }
};

// The rounding constants, in the order CPython's error message lists them.
enum class Rounding : std::uint8_t {
    Ceiling,
    Floor,
    Up,
    Down,
    HalfUp,
    HalfDown,
    HalfEven,
    ZeroFiveUp
};
const char* roundingName(Rounding r); // "ROUND_HALF_EVEN"
std::optional<Rounding> roundingFromName(const std::string& name);

struct Context {
    std::int64_t prec = 28;
    Rounding rounding = Rounding::HalfEven;
    std::int64_t emax = 999999;
    std::int64_t emin = -999999;
    int capitals = 1;
};

// The conditions an operation can raise (CPython traps these by default), and Unsupported.
enum class Signal : std::uint8_t {
    None,
    InvalidOperation,   // raised as InvalidOperation: [<class 'decimal.InvalidOperation'>]
    ConversionSyntax,   // raised as InvalidOperation, named ConversionSyntax
    DivisionUndefined,  // raised as InvalidOperation, named DivisionUndefined
    DivisionImpossible, // raised as InvalidOperation, named DivisionImpossible
    DivisionByZero,
    DivModByZero, // divmod(x, 0): InvalidOperation naming InvalidOperation and DivisionByZero
    Overflow,
    Unsupported,
};

struct Outcome {
    Number value;
    Signal signal = Signal::None;
    std::string unsupported; // what memstep refuses, for Signal::Unsupported
};

// Digits of a coefficient (1 for zero).
std::int64_t digitCount(const BigInt& coef);
BigInt pow10(std::int64_t k);
// The exponent of the most significant digit.
std::int64_t adjusted(const Number& x);

Number fromInt(const BigInt& v);
// The exact value of a double (Decimal(0.1) has 55 digits).
Number fromDouble(double x);
// Decimal(str): nullopt for text that is no number, and for an exponent of more than 15 digits
// (then *hugeExponent is set: _decimal accepts some of those).
std::optional<Number> parse(const std::string& text, bool* hugeExponent = nullptr);

// str(Decimal): scientific notation when the exponent is positive or the number is small.
std::string toSci(const Number& x, bool capitals);

// The number rounded to the context's precision (_fix).
Outcome fix(Number x, const Context& c);
// The number rounded to exponent `exp` (_rescale); no checks.
Number rescale(const Number& x, std::int64_t exp, Rounding r);

Outcome add(const Number& a, const Number& b, const Context& c, bool subtract);
Outcome multiply(const Number& a, const Number& b, const Context& c);
Outcome divide(const Number& a, const Number& b, const Context& c);
// //, % and divmod(): the quotient truncated toward zero, the remainder signed like `a`.
Outcome divideInteger(const Number& a, const Number& b, const Context& c);
Outcome remainder(const Number& a, const Number& b, const Context& c);
Outcome powerInt(const Number& a, const BigInt& n, const Context& c);
Outcome squareRoot(const Number& a, const Context& c);
Outcome quantize(const Number& a, std::int64_t exp, Rounding r, const Context& c);
Outcome negate(const Number& a, const Context& c);
Outcome plus(const Number& a, const Context& c);
Outcome absolute(const Number& a, const Context& c);

// -1, 0 or 1 for two numbers that are not NaN.
int compare(const Number& a, const Number& b);
// The integer part, toward zero (finite numbers).
BigInt truncate(const Number& x);
// CPython's hash of a finite number or an infinity, equal to the hash of an equal int/float.
std::int64_t hashOf(const Number& x);

} // namespace memstep::core::modules::decimal
