// Binary operators on builtin values, one function per family of operand types, and the
// operand helpers they share with the rest of operators.cpp.
//
// Interpreter::binary (operators.cpp) is the dispatcher: a fast path for two small ints, the
// program's own classes, then these by operand type. Each answers nullopt when the operator
// does not apply to its operands (the dispatcher then raises CPython's "unsupported operand
// type(s)"), otherwise the result: null with the exception set when it failed.
#pragma once

#include "interp/interpreter.h"
#include "numeric/bigint.h"

#include <cstdint>
#include <optional>

namespace memstep::core::interp::ops {

using BinaryResult = std::optional<ObjRef>;

inline bool isIntLike(const Object* o) {
    return o->tag == rt::Tag::Int || o->tag == rt::Tag::Bool;
}
inline bool isNumber(const Object* o) {
    return isIntLike(o) || o->tag == rt::Tag::Float;
}
// An operand complex arithmetic takes: int, bool, float or complex.
inline bool isComplexOperand(const Object* o) {
    return isNumber(o) || o->tag == rt::Tag::Complex;
}

// An int or bool's value when it fits in int64 (false for a BigInt).
inline bool smallValue(const Object* o, std::int64_t& v) {
    if (o->tag == rt::Tag::Bool) {
        v = static_cast<const rt::BoolObject*>(o)->value ? 1 : 0;
        return true;
    }
    auto* i = static_cast<const rt::IntObject*>(o);
    if (i->isBig())
        return false;
    v = i->small;
    return true;
}

inline numeric::BigInt bigValue(const Object* o) {
    if (o->tag == rt::Tag::Bool)
        return numeric::BigInt::fromInt64(static_cast<const rt::BoolObject*>(o)->value ? 1 : 0);
    return static_cast<const rt::IntObject*>(o)->toBig();
}

// Two machine-sized ints under an operator whose result cannot fail or overflow: the
// arithmetic of every loop counter. False when the general path must run.
bool smallIntFastPath(rt::Heap& h, syntax::Operator op, Object* a, Object* b, ObjRef& out);

// `|`, `&` or `^` with an int of a class made by a library's metaclass, which may define them
// (an IntFlag's members; library_value_operators.cpp). libraryValueBinary answers nullopt when
// neither operand's class does (or both answer NotImplemented): int's own operator then runs.
// The method `name` a library's metaclass put on the class of `o` (an int, str... of a class
// derived from it) or a base before the builtin type (any base with `beyondLayout`, for a
// method the builtin type lacks, as int lacks __iter__); null for every other object.
Object* libraryValueMethod(Object* o, const char* name, bool beyondLayout = false);
// An IntFlag's int, whose `in` is Flag.__contains__, called as a program class's method is.
bool libraryValueContainer(Object* o);
bool libraryValueOperands(syntax::Operator op, const Object* a, const Object* b);
BinaryResult libraryValueBinary(Interpreter& in, syntax::Operator op, Object* a, Object* b);
// `~a` by such a class's own __invert__; nullopt when `a` is no such int.
BinaryResult libraryValueInvert(Interpreter& in, Object* a);

// Ints and bools (numeric_operators.cpp).
BinaryResult intBinary(Interpreter& in, syntax::Operator op, Object* a, Object* b);
// Any mix of int, bool and float with at least one float.
BinaryResult floatBinary(Interpreter& in, syntax::Operator op, Object* a, Object* b);

// Any mix of int, bool, float and complex with at least one complex (complex_operators.cpp):
// + - * / ** as CPython 3.11's complex type computes them, nullopt for the rest.
BinaryResult complexBinary(Interpreter& in, syntax::Operator op, Object* a, Object* b);
// -z, +z (z itself), ~z's TypeError is the caller's.
ObjRef complexUnary(Interpreter& in, syntax::UnaryOperator op, Object* z);

// Sequences, `a` on the left (sequence_operators.cpp): concatenation, str's % formatting.
BinaryResult strBinary(Interpreter& in, syntax::Operator op, Object* a, Object* b, bool inplace);
BinaryResult listBinary(Interpreter& in, syntax::Operator op, Object* a, Object* b, bool inplace);
BinaryResult tupleBinary(Interpreter& in, syntax::Operator op, Object* a, Object* b, bool inplace);
// bytes and bytearray on the left: + and * (in place for a bytearray's += and *=).
BinaryResult bytesBinary(Interpreter& in, syntax::Operator op, Object* a, Object* b, bool inplace);
// `n * b` with the int on the left.
ObjRef repeatBytesLeft(Interpreter& in, Object* count, Object* sequence);
// `sequence * count` (str, list or tuple times an int); in place for `list *= n`.
ObjRef repeatSequence(Interpreter& in, Object* sequence, Object* count, bool inplace);

// Set algebra and dict union (container_operators.cpp).
BinaryResult setBinary(Interpreter& in, syntax::Operator op, Object* a, Object* b, bool inplace);
BinaryResult dictBinary(Interpreter& in, syntax::Operator op, Object* a, Object* b, bool inplace);
// What the comparison helpers below answer when the operands are not their kind.
constexpr int kNotHandled = -2;
// rich_compare.cpp: Counter's == from either side; slice_richcompare; a keys or items view
// against a set or view (dictview_richcompare); and sets' inclusion orderings, else CPython's
// TypeError. Each returns 1, 0, -1 with the exception set, or kNotHandled.
int libraryEquality(Interpreter& in, syntax::CmpOperator op, Object* a, Object* b);
int compareSlices(Interpreter& in, syntax::CmpOperator op, Object* a, Object* b);
int compareViews(Interpreter& in, syntax::CmpOperator op, Object* a, Object* b);
int orderOthers(Interpreter& in, syntax::CmpOperator op, Object* a, Object* b);

// A dict's keys or items view: set-like, as a values view is not (rich_compare.cpp).
bool isSetLikeView(const Object* o);
// len() of a set-like view or a set or frozenset (rich_compare.cpp).
std::int64_t setLikeSize(Object* o);
// | & - ^ with a dict's keys or items view on either side: a new set (container_operators.cpp).
BinaryResult viewBinary(Interpreter& in, syntax::Operator op, Object* a, Object* b);

} // namespace memstep::core::interp::ops
