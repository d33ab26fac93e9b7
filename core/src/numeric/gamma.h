// The gamma function and the log of its absolute value, computed as CPython 3.11's
// Modules/mathmodule.c computes them (Lanczos' approximation, N=13, g=6.0246...) rather than
// by the C library, whose tgamma/lgamma differ from CPython's in the last digits.
//
// Each result carries the errno CPython's m_tgamma/m_lgamma would set: the math module turns
// EDOM into ValueError("math domain error") and ERANGE on a large result into
// OverflowError("math range error").
#pragma once

namespace memstep::core::numeric {

struct GammaResult {
    double value = 0.0;
    int error = 0; // 0, EDOM or ERANGE
};

GammaResult gamma(double x);
GammaResult logGamma(double x);

} // namespace memstep::core::numeric
