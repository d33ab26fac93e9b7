// The cmath module, in part: sqrt, exp, phase, polar and rect with CPython 3.11's formulas
// for finite numbers (so the digits are CPython's), and its constants. An infinite or NaN
// argument is refused: CPython answers those from tables of special values not written here.
// The other functions (log, sin, acos...) are refused by name (isMissingCmathAttribute).
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "numeric/complex_math.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>

namespace memstep::core::modules {

using interp::CallArgs;
using numeric::Complex;

namespace {

constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;

// One argument of a cmath function as a complex (PyComplex_AsCComplex); false with the
// error set or the run ended.
bool complexArg(Interpreter& in, Object* o, Complex& z) {
    if (o->tag == rt::Tag::Complex) {
        z = static_cast<rt::ComplexObject*>(o)->value;
    } else if (Interpreter::isUserObject(o)) {
        in.abortUnsupported("cmath functions of an object of a class");
        return false;
    } else {
        z.imag = 0.0;
        if (!interp::floatArg(in, o, z.real))
            return false;
    }
    if (!std::isfinite(z.real) || !std::isfinite(z.imag)) {
        in.abortUnsupported("cmath functions of an infinite or NaN number");
        return false;
    }
    return true;
}

// The one argument of sqrt, exp, phase and polar (METH_O).
bool oneArg(Interpreter& in, CallArgs& args, const char* name, Complex& z) {
    if (!args.keywords.empty()) {
        in.raise("TypeError", std::string("cmath.") + name + "() takes no keyword arguments");
        return false;
    }
    if (args.positional.size() != 1) {
        in.raise("TypeError", std::string("cmath.") + name + "() takes exactly one argument (" +
                                  std::to_string(args.positional.size()) + " given)");
        return false;
    }
    return complexArg(in, args.positional[0].get(), z);
}

ObjRef rangeError(Interpreter& in) {
    return in.raise("OverflowError", "math range error");
}

ObjRef sqrt(Interpreter& in, Object*, CallArgs& args) {
    Complex z;
    if (!oneArg(in, args, "sqrt", z))
        return nullptr;
    if (z.real == 0.0 && z.imag == 0.0)
        return in.heap().newComplex(0.0, z.imag);
    double ax = std::fabs(z.real), ay = std::fabs(z.imag), s = 0.0;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        // hypot(ax, ay) would be subnormal: scale up by 2**53 and back down by 2**-27.
        ax = std::ldexp(ax, 53);
        s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, 53))), -27);
    } else {
        ax /= 8.0;
        s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
    }
    const double d = ay / (2.0 * s);
    if (z.real >= 0.0)
        return in.heap().newComplex(s, std::copysign(d, z.imag));
    return in.heap().newComplex(d, std::copysign(s, z.imag));
}

ObjRef exp(Interpreter& in, Object*, CallArgs& args) {
    Complex z;
    if (!oneArg(in, args, "exp", z))
        return nullptr;
    Complex r;
    if (z.real > std::log(DBL_MAX / 4.0)) {
        const double l = std::exp(z.real - 1.0);
        r = {l * std::cos(z.imag) * kE, l * std::sin(z.imag) * kE};
    } else {
        const double l = std::exp(z.real);
        r = {l * std::cos(z.imag), l * std::sin(z.imag)};
    }
    if (std::isinf(r.real) || std::isinf(r.imag))
        return rangeError(in);
    return in.heap().newComplex(r.real, r.imag);
}

ObjRef phase(Interpreter& in, Object*, CallArgs& args) {
    Complex z;
    if (!oneArg(in, args, "phase", z))
        return nullptr;
    return in.heap().newFloat(std::atan2(z.imag, z.real));
}

ObjRef polar(Interpreter& in, Object*, CallArgs& args) {
    Complex z;
    if (!oneArg(in, args, "polar", z))
        return nullptr;
    const double phi = std::atan2(z.imag, z.real);
    auto r = numeric::complexAbs(z);
    if (!r)
        return rangeError(in);
    return in.heap().newTuple({in.heap().newFloat(*r), in.heap().newFloat(phi)});
}

ObjRef rect(Interpreter& in, Object*, CallArgs& args) {
    if (!args.keywords.empty())
        return in.raise("TypeError", "cmath.rect() takes no keyword arguments");
    if (args.positional.size() != 2)
        return in.raise("TypeError",
                        "rect expected 2 arguments, got " + std::to_string(args.positional.size()));
    double r = 0.0, phi = 0.0;
    for (std::size_t i = 0; i < 2; ++i) {
        Object* o = args.positional[i].get();
        if (Interpreter::isUserObject(o))
            return in.abortUnsupported("cmath functions of an object of a class");
        if (!interp::floatArg(in, o, i == 0 ? r : phi))
            return nullptr;
    }
    if (!std::isfinite(r) || !std::isfinite(phi))
        return in.abortUnsupported("cmath functions of an infinite or NaN number");
    if (phi == 0.0) // CPython's own case: r * -0.0 keeps the sign of a zero angle
        return in.heap().newComplex(r, r * phi);
    return in.heap().newComplex(r * std::cos(phi), r * std::sin(phi));
}

} // namespace

void fillCmath(Interpreter& in, rt::ModuleObject& m) {
    addFunction(in, m, "exp", exp);
    addFunction(in, m, "phase", phase);
    addFunction(in, m, "polar", polar);
    addFunction(in, m, "rect", rect);
    addFunction(in, m, "sqrt", sqrt);
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    m.set("pi", in.heap().newFloat(kPi));
    m.set("e", in.heap().newFloat(kE));
    m.set("tau", in.heap().newFloat(2 * kPi));
    m.set("inf", in.heap().newFloat(inf));
    m.set("infj", in.heap().newComplex(0.0, inf));
    m.set("nan", in.heap().newFloat(nan));
    m.set("nanj", in.heap().newComplex(0.0, nan));
}

bool isMissingCmathAttribute(std::string_view name) {
    // dir(cmath) in CPython 3.11 minus what fillCmath provides, sorted.
    static const std::vector<std::string_view> kMissing = {
        "acos",     "acosh", "asin",  "asinh", "atan",  "atanh", "cos",  "cosh", "isclose",
        "isfinite", "isinf", "isnan", "log",   "log10", "sin",   "sinh", "tan",  "tanh",
    };
    return isModuleDunder(ModuleOrigin::Extension, name) ||
           std::binary_search(kMissing.begin(), kMissing.end(), name);
}

} // namespace memstep::core::modules
