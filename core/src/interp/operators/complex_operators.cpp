// Binary and unary operators on complex numbers. CPython converts the int or float operand to
// a complex with a zero imaginary part first (TO_COMPLEX), so `2 * (1+2j)` multiplies two
// complex numbers, and an int too large for a float raises its OverflowError here.
#include "interp/builtins/builtins_util.h"
#include "interp/operators/binary_operators.h"
#include "numeric/complex_math.h"

namespace memstep::core::interp::ops {

using namespace syntax;
using numeric::Complex;

namespace {

bool toComplex(Interpreter& in, Object* o, Complex& z) {
    if (o->tag == rt::Tag::Complex) {
        z = static_cast<rt::ComplexObject*>(o)->value;
        return true;
    }
    z.imag = 0.0;
    return toDouble(in, o, z.real);
}

} // namespace

BinaryResult complexBinary(Interpreter& in, Operator op, Object* a, Object* b) {
    if (op != Operator::Add && op != Operator::Sub && op != Operator::Mult && op != Operator::Div &&
        op != Operator::Pow)
        return std::nullopt;
    Complex x, y;
    if (!toComplex(in, a, x) || !toComplex(in, b, y))
        return ObjRef();
    numeric::Result<Complex> r = Complex{};
    switch (op) {
    case Operator::Add:
        r = numeric::complexSum(x, y);
        break;
    case Operator::Sub:
        r = numeric::complexDiff(x, y);
        break;
    case Operator::Mult:
        r = numeric::complexProd(x, y);
        break;
    case Operator::Div:
        r = numeric::complexQuot(x, y);
        break;
    default:
        r = numeric::complexPow(x, y);
        break;
    }
    if (!r)
        return in.raise(r.error().type.c_str(), r.error().message);
    return in.heap().newComplex(r->real, r->imag);
}

ObjRef complexUnary(Interpreter& in, UnaryOperator op, Object* z) {
    const Complex c = static_cast<rt::ComplexObject*>(z)->value;
    if (op == UnaryOperator::USub)
        return in.heap().newComplex(-c.real, -c.imag);
    if (op == UnaryOperator::UAdd)
        return ObjRef(z); // complex_pos gives the exact complex itself
    return nullptr;
}

} // namespace memstep::core::interp::ops
