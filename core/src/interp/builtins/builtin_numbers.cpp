// The builtin functions about numbers and their text: abs, round, divmod, pow, ord, chr, hex,
// bin, oct, hash, format.
#include "interp/attributes/value_subclass.h"
#include "interp/builtins/builtins_util.h"
#include "numeric/complex_math.h"
#include "numeric/float_format.h"
#include "numeric/utf8.h"

#include <cmath>

namespace memstep::core::interp {

using numeric::BigInt;

namespace {

ObjRef bAbs(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "abs") || !argCount(in, args, "abs", 1, 1))
        return nullptr;
    Object* o = args.positional[0].get();
    if (o->tag == rt::Tag::Float)
        return in.heap().newFloat(std::fabs(static_cast<rt::FloatObject*>(o)->value));
    if (o->tag == rt::Tag::Complex) {
        auto r = numeric::complexAbs(static_cast<rt::ComplexObject*>(o)->value);
        if (!r)
            return in.raise(r.error().type.c_str(), r.error().message);
        return in.heap().newFloat(*r);
    }
    if (o->tag == rt::Tag::Bool)
        return in.heap().newInt(static_cast<rt::BoolObject*>(o)->value ? 1 : 0);
    if (o->tag == rt::Tag::Int) {
        auto* i = static_cast<rt::IntObject*>(o);
        if (!i->isBig()) {
            if (i->small >= 0)
                return exactValue(in, args.positional[0]); // long_long
            if (auto n = numeric::checkedNeg(i->small))
                return in.heap().newInt(*n);
        }
        BigInt b = i->toBig();
        if (!b.isNegative())
            return exactValue(in, args.positional[0]); // long_long
        return in.heap().newInt(b.abs());
    }
    if (Interpreter::isUserObject(o)) {
        bool found = false;
        ObjRef r = in.callDunder(o, "__abs__", {}, &found);
        if (found)
            return r;
    }
    return in.raise("TypeError",
                    "bad operand type for abs(): '" + std::string(in.typeName(o)) + "'");
}

ObjRef bRound(Interpreter& in, Object*, CallArgs& args) {
    if (!clinicArgs(in, args, "round", {"number", "ndigits"}, 1))
        return nullptr;
    ObjRef nd = args.positional.size() == 2 ? args.positional[1] : nullptr;
    if (nd && nd->tag == rt::Tag::None)
        nd = nullptr;
    Object* x = args.positional[0].get();
    if (x->tag == rt::Tag::Float) {
        double d = static_cast<rt::FloatObject*>(x)->value;
        if (!nd)
            return intFromResult(in, numeric::roundFloatToInt(d));
        auto n = intArg(in, nd.get());
        if (!n)
            return nullptr;
        auto r = numeric::roundFloat(d, *n);
        if (!r)
            return in.raise(r.error().type.c_str(), r.error().message);
        return in.heap().newFloat(*r);
    }
    if (x->tag == rt::Tag::Int || x->tag == rt::Tag::Bool) {
        if (!nd)
            return x->tag == rt::Tag::Bool
                       ? in.heap().newInt(static_cast<rt::BoolObject*>(x)->value)
                       : exactValue(in, args.positional[0]);
        auto n = intArg(in, nd.get());
        if (!n)
            return nullptr;
        BigInt v = x->tag == rt::Tag::Bool
                       ? BigInt::fromInt64(static_cast<rt::BoolObject*>(x)->value)
                       : static_cast<rt::IntObject*>(x)->toBig();
        if (*n >= 0 && x->tag == rt::Tag::Int)
            return exactValue(in, args.positional[0]); // long_long
        return in.heap().newInt(numeric::roundInt(v, *n));
    }
    if (Interpreter::isUserObject(x)) {
        bool found = false;
        ObjRef r = in.callDunder(x, "__round__", nd ? rt::ObjVec{nd} : rt::ObjVec{}, &found);
        if (found)
            return r;
    }
    return in.raise("TypeError",
                    "type " + std::string(in.typeName(x)) + " doesn't define __round__ method");
}

ObjRef bDivmod(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "divmod") || !argCount(in, args, "divmod", 2, 2))
        return nullptr;
    if (Interpreter::isUserObject(args.positional[0].get()) ||
        Interpreter::isUserObject(args.positional[1].get()))
        return in.userDivmod(args.positional[0].get(), args.positional[1].get());
    // complex has no divmod: CPython names the function, not the // it would start with.
    if (args.positional[0]->tag == rt::Tag::Complex || args.positional[1]->tag == rt::Tag::Complex)
        return in.raise("TypeError", std::string("unsupported operand type(s) for divmod(): '") +
                                         in.typeName(args.positional[0].get()) + "' and '" +
                                         in.typeName(args.positional[1].get()) + "'");
    ObjRef q =
        in.binary(syntax::Operator::FloorDiv, args.positional[0].get(), args.positional[1].get());
    if (!q)
        return nullptr;
    ObjRef r = in.binary(syntax::Operator::Mod, args.positional[0].get(), args.positional[1].get());
    if (!r)
        return nullptr;
    return in.heap().newTuple({q, r});
}

ObjRef bPow(Interpreter& in, Object*, CallArgs& args) {
    if (!clinicArgs(in, args, "pow", {"base", "exp", "mod"}, 2))
        return nullptr;
    if (args.positional.size() == 3 && args.positional[2]->tag != rt::Tag::None) {
        Object* a = args.positional[0].get();
        Object* b = args.positional[1].get();
        Object* m = args.positional[2].get();
        auto isInt = [](Object* o) { return o->tag == rt::Tag::Int || o->tag == rt::Tag::Bool; };
        auto isNumber = [&](Object* o) { return isInt(o) || o->tag == rt::Tag::Float; };
        auto isComplex = [](Object* o) { return o->tag == rt::Tag::Complex; };
        // complex_pow runs when any of the three is complex, and refuses any modulus.
        if ((isComplex(a) || isComplex(b) || isComplex(m)) && (isNumber(a) || isComplex(a)) &&
            (isNumber(b) || isComplex(b)) && (isNumber(m) || isComplex(m)))
            return in.raise("ValueError", "complex modulo");
        if (!isNumber(a) || !isNumber(b) || !isNumber(m)) {
            // ternary_op: only the base's own __pow__ takes a modulus (never an __rpow__).
            bool found = false;
            if (Interpreter::isUserObject(a)) {
                ObjRef r = in.callDunder(a, "__pow__", {ObjRef(b), ObjRef(m)}, &found);
                if (found && (!r || r.get() != in.notImplemented().get()))
                    return r;
                if (!found && in.hasException())
                    return nullptr;
            }
            return in.raise("TypeError", std::string("unsupported operand type(s) for ** or "
                                                     "pow(): '") +
                                             in.typeName(a) + "', '" + in.typeName(b) + "', '" +
                                             in.typeName(m) + "'");
        }
        if (!isInt(a) || !isInt(b) || !isInt(m))
            return in.raise("TypeError",
                            "pow() 3rd argument not allowed unless all arguments are integers");
        return intPowMod(in, a, b, m);
    }
    return in.binary(syntax::Operator::Pow, args.positional[0].get(), args.positional[1].get());
}

ObjRef bOrd(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "ord") || !argCount(in, args, "ord", 1, 1))
        return nullptr;
    Object* o = args.positional[0].get();
    if (o->tag == rt::Tag::Bytes || o->tag == rt::Tag::ByteArray) {
        const std::string& data = static_cast<rt::BytesObject*>(o)->data;
        if (data.size() != 1)
            return in.raise("TypeError", "ord() expected a character, but string of length " +
                                             std::to_string(data.size()) + " found");
        return in.heap().newInt(static_cast<unsigned char>(data[0]));
    }
    if (!isStr(o))
        return in.raise("TypeError", "ord() expected string of length 1, but " +
                                         std::string(in.typeName(o)) + " found");
    auto* s = static_cast<rt::StrObject*>(o);
    if (s->length != 1)
        return in.raise("TypeError", "ord() expected a character, but string of length " +
                                         std::to_string(s->length) + " found");
    const std::uint32_t c = numeric::codePointAt(s->text, 0).value;
    return in.heap().newInt(static_cast<std::int64_t>(c));
}

ObjRef bChr(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "chr") || !argCount(in, args, "chr", 1, 1))
        return nullptr;
    auto v = intArg(in, args.positional[0].get());
    if (!v)
        return nullptr;
    std::int64_t c = *v;
    if (c < 0 || c > 0x10FFFF)
        return in.raise("ValueError", "chr() arg not in range(0x110000)");
    return in.newStr(numeric::codePointText(static_cast<std::uint32_t>(c)));
}

ObjRef radix(Interpreter& in, CallArgs& args, const char* name, int base, const char* prefix) {
    if (!noKeywords(in, args, name) || !argCount(in, args, name, 1, 1))
        return nullptr;
    Object* o = args.positional[0].get();
    ObjRef hold;
    if (!indexKey(in, o, hold))
        return nullptr;
    if (o->tag != rt::Tag::Int && o->tag != rt::Tag::Bool)
        return in.raise("TypeError", "'" + std::string(in.typeName(o)) +
                                         "' object cannot be interpreted as an integer");
    BigInt v = o->tag == rt::Tag::Bool ? BigInt::fromInt64(static_cast<rt::BoolObject*>(o)->value)
                                       : static_cast<rt::IntObject*>(o)->toBig();
    std::string digits = v.abs().toString(base);
    return in.newStr((v.isNegative() ? "-" : "") + std::string(prefix) + digits);
}
ObjRef bHex(Interpreter& in, Object*, CallArgs& args) {
    return radix(in, args, "hex", 16, "0x");
}
ObjRef bBin(Interpreter& in, Object*, CallArgs& args) {
    return radix(in, args, "bin", 2, "0b");
}
ObjRef bOct(Interpreter& in, Object*, CallArgs& args) {
    return radix(in, args, "oct", 8, "0o");
}

ObjRef bHash(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "hash") || !argCount(in, args, "hash", 1, 1))
        return nullptr;
    auto h = in.hash(args.positional[0].get());
    if (!h)
        return nullptr;
    return in.heap().newInt(*h);
}

ObjRef bFormat(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "format") || !argCount(in, args, "format", 1, 2))
        return nullptr;
    std::string spec;
    if (args.positional.size() == 2) {
        if (!isStr(args.positional[1].get()))
            return in.raise("TypeError", "format() argument 2 must be str, not " +
                                             std::string(in.typeName(args.positional[1].get())));
        spec = text(args.positional[1].get());
    }
    return formatValue(in, args.positional[0].get(), spec);
}

} // namespace

std::span<const BuiltinDef> numberBuiltins() {
    static const BuiltinDef kFunctions[] = {
        {"abs", bAbs}, {"round", bRound}, {"divmod", bDivmod}, {"pow", bPow},
        {"ord", bOrd}, {"chr", bChr},     {"hex", bHex},       {"bin", bBin},
        {"oct", bOct}, {"hash", bHash},   {"format", bFormat},
    };
    return kFunctions;
}

} // namespace memstep::core::interp
