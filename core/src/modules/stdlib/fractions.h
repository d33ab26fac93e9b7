// What the files of fractions.Fraction share (fractions_module.cpp: the class, construction
// and the plain methods; fractions_arithmetic.cpp: operators, comparisons, hashing, rounding
// and the parsing of Fraction('3/4')).
#pragma once

#include "interp/interpreter.h"
#include "numeric/bigint.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace memstep::core::modules::fractions {

using interp::Interpreter;
using rt::Object;
using rt::ObjRef;
using rt::ObjVec;

struct Rational {
    numeric::BigInt n, d; // d > 0, in lowest terms for a Fraction
};

// An instance of fractions.Fraction (subclasses are refused, so its class is Fraction).
bool isFraction(const Object* o);
// int, bool or Fraction: what fractions.py's isinstance(x, numbers.Rational) accepts here.
bool isRational(const Object* o);
// A Fraction's `_numerator` / `_denominator` int object.
Object* slot(Object* f, std::string_view name);
// The value of an int, bool or Fraction.
Rational valueOf(Object* o);
numeric::BigInt gcd(const numeric::BigInt& a, const numeric::BigInt& b);
numeric::BigInt exactDiv(const numeric::BigInt& a, const numeric::BigInt& b);
// A new Fraction holding these ints as they are.
ObjRef make(Interpreter& in, rt::TypeObject* cls, ObjRef n, ObjRef d);
ObjRef make(Interpreter& in, rt::TypeObject* cls, const numeric::BigInt& n,
            const numeric::BigInt& d);
// Fraction(n, d, _normalize=normalize): ZeroDivisionError('Fraction(n, 0)') for d == 0.
ObjRef makeChecked(Interpreter& in, rt::TypeObject* cls, const numeric::BigInt& n,
                   const numeric::BigInt& d, bool normalize);
// float(f): numerator / denominator, correctly rounded.
ObjRef toFloat(Interpreter& in, Object* f);
// float.as_integer_ratio(); false with OverflowError/ValueError set for inf and nan.
bool fromFloat(Interpreter& in, double x, Rational& out);
// Fraction(str): the value of '3/4', ' -1.5e3 ', ...; nullopt with ValueError set.
std::optional<Rational> parse(Interpreter& in, Object* text);

// Adds a method standing in for a Python function of the class: name, body, parameters,
// defaults. Returns the function object.
using MethodAdder =
    std::function<ObjRef(const char*, rt::NativeFn, std::vector<std::string>, ObjVec)>;
void addArithmetic(Interpreter& in, rt::TypeObject* cls, const MethodAdder& method);

} // namespace memstep::core::modules::fractions
