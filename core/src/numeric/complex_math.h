// Python's complex numbers where C++'s std::complex differs: CPython 3.11's own formulas for
// the product, quotient and power (so every digit printed is CPython's), abs(), hash(),
// repr(), format() and complex(text). Failures are data (Result), with CPython's messages:
// ZeroDivisionError "complex division by zero", "0.0 to a negative or complex power",
// OverflowError "complex exponentiation", "absolute value too large".
#pragma once

#include "numeric/numeric_result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace memstep::core::numeric {

struct Complex {
    double real = 0.0;
    double imag = 0.0;
};

Complex complexSum(Complex a, Complex b);
Complex complexDiff(Complex a, Complex b);
Complex complexProd(Complex a, Complex b);
Result<Complex> complexQuot(Complex a, Complex b);
// a ** b: repeated squaring for an integral exponent up to 100 in size (c_powi), else the
// polar formula (_Py_c_pow).
Result<Complex> complexPow(Complex a, Complex b);
Result<double> complexAbs(Complex z);
// hash(z): hash(real) + 1000003 * hash(imag); `nanHash` stands for a NaN part's hash
// (CPython hashes a NaN by the object's address, which the caller owns).
std::int64_t complexHash(Complex z, std::int64_t nanHash);

// repr(z) == str(z): "2j", "(1+2j)", "(-0-1j)", "(nan+infj)".
std::string complexRepr(Complex z);
// format(z, spec) for a non-empty spec ("" is str(z), the caller's shortcut). Grouping
// (',' '_') answers an "Unsupported" error.
Result<std::string> formatComplex(Complex z, std::string_view spec);
// complex(text): ValueError "complex() arg is a malformed string", or "could not convert
// string to complex: '1__2'" for misplaced underscores.
Result<Complex> parseComplex(std::string_view text);

} // namespace memstep::core::numeric
