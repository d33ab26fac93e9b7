// The registry of built-in modules (see modules.h).
#include "modules/modules.h"

namespace memstep::core::modules {

namespace {

struct ModuleDef {
    const char* name;
    void (*fill)(Interpreter&, rt::ModuleObject&);
};

constexpr ModuleDef kModules[] = {
    {"math", fillMath},
    {"random", fillRandom},
    {"copy", fillCopy},
};

} // namespace

bool isKnownModule(std::string_view name) {
    for (const ModuleDef& d : kModules)
        if (name == d.name) return true;
    return false;
}

std::vector<std::string> starNames(std::string_view name) {
    // random and copy define __all__ with names memstep does not all have (SystemRandom,
    // betavariate, copy.Error...), so only math can bind exactly what CPython binds.
    if (name != "math") return {};
    // math has no __all__: every public name, in the order of its module dict.
    return {"acos",  "acosh", "asin",     "asinh",     "atan",  "atan2", "atanh",  "cbrt",  "ceil",      "copysign",
            "cos",   "cosh",  "degrees",  "dist",      "erf",   "erfc",  "exp",    "exp2",  "expm1",     "fabs",
            "factorial", "floor", "fmod", "frexp",     "fsum",  "gamma", "gcd",    "hypot", "isclose",   "isfinite",
            "isinf", "isnan", "isqrt",    "lcm",       "ldexp", "lgamma", "log",   "log1p", "log10",     "log2",
            "modf",  "pow",   "radians",  "remainder", "sin",   "sinh",  "sqrt",   "tan",   "tanh",      "trunc",
            "prod",  "perm",  "comb",     "nextafter", "ulp",   "pi",    "e",      "tau",   "inf",       "nan"};
}

ObjRef makeModule(Interpreter& in, std::string_view name) {
    for (const ModuleDef& d : kModules) {
        if (name != d.name) continue;
        auto* m = in.heap().make<rt::ModuleObject>();
        ObjRef out(m);
        m->name = d.name;
        d.fill(in, *m);
        return out;
    }
    return nullptr;
}

void addFunction(Interpreter& in, rt::ModuleObject& m, const char* name, rt::NativeFn fn, bool bound) {
    m.set(name, in.makeBuiltin(name, fn, bound ? ObjRef(&m) : ObjRef()));
}

ObjRef unsupported(Interpreter& in, const std::string& what) {
    int line = in.frames().empty() ? 0 : in.frames().back()->line;
    in.abort(kUnsupported, what + " (line " + std::to_string(line) + ")");
    return nullptr;
}

} // namespace memstep::core::modules
