// The complex type: its constructor (complex(1, 2), complex("1+2j")), its attributes real and
// imag, conjugate(), and format(). Arithmetic is in operators/complex_operators.cpp.
#include "interp/builtins/builtins_util.h"
#include "numeric/complex_math.h"

namespace memstep::core::interp {

namespace {

numeric::Complex valueOf(const Object* o) {
    return static_cast<const rt::ComplexObject*>(o)->value;
}

// An argument of complex() that is not a str must be a number: complex, int, bool or float. A
// program's object is refused (its __complex__, __float__ and __index__ would each be a call
// of its own).
bool checkNumberPart(Interpreter& in, Object* o, bool first) {
    if (Interpreter::isUserObject(o)) {
        in.abortUnsupported("complex() of an object of a class");
        return false;
    }
    if (o->tag == rt::Tag::Complex || o->tag == rt::Tag::Int || o->tag == rt::Tag::Bool ||
        o->tag == rt::Tag::Float)
        return true;
    in.raise("TypeError",
             std::string(first ? "complex() first argument must be a string or a number"
                               : "complex() second argument must be a number") +
                 ", not '" + in.typeName(o) + "'");
    return false;
}

// The argument's value: a complex as it is, the others as their float (PyNumber_Float).
bool numberPart(Interpreter& in, Object* o, numeric::Complex& out) {
    if (o->tag == rt::Tag::Complex) {
        out = valueOf(o);
        return true;
    }
    out.imag = 0.0;
    return toDouble(in, o, out.real);
}

ObjRef complexFromParts(Interpreter& in, Object* real, Object* imag) {
    if (!checkNumberPart(in, real, true) || (imag && !checkNumberPart(in, imag, false)))
        return nullptr;
    numeric::Complex r, i;
    if (!numberPart(in, real, r) || (imag && !numberPart(in, imag, i)))
        return nullptr;
    double re = r.real, im = imag ? i.real : r.imag;
    if (imag && imag->tag == rt::Tag::Complex)
        re -= i.imag;
    if (imag && real->tag == rt::Tag::Complex)
        im += r.imag;
    return in.heap().newComplex(re, im);
}

ObjRef complexConjugate(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "complex.conjugate") ||
        !argCount(in, args, "complex.conjugate", 0, 0))
        return nullptr;
    numeric::Complex z = valueOf(self);
    return in.heap().newComplex(z.real, -z.imag);
}

ObjRef complexFormatMethod(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "__format__") || !argCount(in, args, "__format__", 1, 1))
        return nullptr;
    if (!isStr(args.positional[0].get()))
        return in.raise("TypeError", std::string("__format__() argument must be str, not ") +
                                         in.typeName(args.positional[0].get()));
    return formatValue(in, self, text(args.positional[0].get()));
}

} // namespace

// complex_new_impl: complex(z) is z itself; a str is parsed alone; otherwise
// real + imag * 1j computed part by part, so complex(1j, 1j) is (-1+1j).
ObjRef complexConstruct(Interpreter& in, Object*, CallArgs& args) {
    if (!keywordParserCount(in, args, "complex", 2, 2))
        return nullptr;
    ObjRef real = args.positional.empty() ? takeKeyword(args, "real") : args.positional[0];
    ObjRef imag = args.positional.size() < 2 ? takeKeyword(args, "imag") : args.positional[1];
    if (!args.positional.empty() && takeKeyword(args, "real"))
        return in.raise("TypeError",
                        "argument for complex() given by name ('real') and position (1)");
    if (!noMoreKeywords(in, args, "complex"))
        return nullptr;
    if (!real)
        real = in.heap().newInt(0);
    if (real->tag == rt::Tag::Complex && !imag)
        return real;
    if (isStr(real.get())) {
        if (imag)
            return in.raise("TypeError", "complex() can't take second arg if first is a string");
        auto z = numeric::parseComplex(text(real.get()));
        if (!z)
            return in.raise(z.error().type.c_str(), z.error().message);
        return in.heap().newComplex(z->real, z->imag);
    }
    if (imag && isStr(imag.get()))
        return in.raise("TypeError", "complex() second arg can't be a string");
    return complexFromParts(in, real.get(), imag.get());
}

ObjRef complexAttribute(Interpreter& in, Object* o, const std::string& name) {
    if (name == "real")
        return in.heap().newFloat(valueOf(o).real);
    if (name == "imag")
        return in.heap().newFloat(valueOf(o).imag);
    return nullptr;
}

ObjRef formatComplexValue(Interpreter& in, Object* o, const std::string& spec) {
    if (spec.empty()) // format_obj: str(z)
        return in.newStr(numeric::complexRepr(valueOf(o)));
    auto r = numeric::formatComplex(valueOf(o), spec);
    if (!r && r.error().type == "Unsupported")
        return in.abortUnsupported(r.error().message + " is not supported");
    if (!r)
        return in.raise(r.error().type.c_str(), r.error().message);
    return in.newStr(std::move(*r));
}

void registerComplexMethods(MethodTables& t) {
    auto& m = t[static_cast<std::size_t>(rt::Tag::Complex)];
    m["conjugate"] = complexConjugate;
    m["__format__"] = complexFormatMethod;
}

} // namespace memstep::core::interp
