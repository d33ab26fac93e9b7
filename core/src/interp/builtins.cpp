// The builtin functions and types a first course uses: print, len, range, int, str, ...
#include "interp/builtins_util.h"

#include "interp/tracer.h"
#include "numeric/float_format.h"

#include <algorithm>
#include <cmath>

namespace memstep::core::interp {

using numeric::BigInt;

bool noKeywords(Interpreter& in, CallArgs& args, const char* name) {
    if (args.keywords.empty()) return true;
    in.raise("TypeError", std::string(name) + "() takes no keyword arguments");
    return false;
}

bool argCount(Interpreter& in, CallArgs& args, const char* name, std::size_t min, std::size_t max) {
    std::size_t n = args.positional.size();
    if (n >= min && n <= max) return true;
    if (min == max && min == 1)
        in.raise("TypeError", std::string(name) + "() takes exactly one argument (" + std::to_string(n) + " given)");
    else if (min == max && min == 0)
        in.raise("TypeError", std::string(name) + "() takes no arguments (" + std::to_string(n) + " given)");
    else if (n < min)
        in.raise("TypeError", std::string(name) + " expected " + (min == max ? "" : "at least ") + std::to_string(min) +
                                  " argument" + (min == 1 ? "" : "s") + ", got " + std::to_string(n));
    else
        in.raise("TypeError", std::string(name) + " expected " + (min == max ? "" : "at most ") + std::to_string(max) +
                                  " argument" + (max == 1 ? "" : "s") + ", got " + std::to_string(n));
    return false;
}

ObjRef takeKeyword(CallArgs& args, std::string_view name) {
    for (auto it = args.keywords.begin(); it != args.keywords.end(); ++it) {
        if (*it->name == name) {
            ObjRef v = std::move(it->value);
            args.keywords.erase(it);
            return v;
        }
    }
    return nullptr;
}

bool noMoreKeywords(Interpreter& in, CallArgs& args, const char* name) {
    if (args.keywords.empty()) return true;
    in.raise("TypeError", "'" + *args.keywords.front().name + "' is an invalid keyword argument for " + name + "()");
    return false;
}

std::optional<std::int64_t> intArg(Interpreter& in, Object* o) {
    if (o->tag != rt::Tag::Int && o->tag != rt::Tag::Bool) {
        in.raise("TypeError", "'" + std::string(in.typeName(o)) + "' object cannot be interpreted as an integer");
        return std::nullopt;
    }
    return in.indexValue(o, "");
}

namespace {

ObjRef intFromResult(Interpreter& in, numeric::Result<BigInt> r) {
    if (!r) return in.raise(r.error().type.c_str(), r.error().message);
    return in.heap().newInt(std::move(*r));
}

bool toDouble(Interpreter& in, Object* o, double& d) {
    if (o->tag == rt::Tag::Float) {
        d = static_cast<rt::FloatObject*>(o)->value;
        return true;
    }
    if (o->tag == rt::Tag::Bool) {
        d = static_cast<rt::BoolObject*>(o)->value ? 1.0 : 0.0;
        return true;
    }
    if (o->tag == rt::Tag::Int) {
        auto* i = static_cast<rt::IntObject*>(o);
        if (!i->isBig()) {
            d = static_cast<double>(i->small);
            return true;
        }
        auto r = i->big->toDouble();
        if (!r) {
            in.raise(r.error().type.c_str(), r.error().message);
            return false;
        }
        d = *r;
        return true;
    }
    in.raise("TypeError", "must be real number, not " + std::string(in.typeName(o)));
    return false;
}

ObjRef bPrint(Interpreter& in, Object*, CallArgs& args) {
    ObjRef sep = takeKeyword(args, "sep");
    ObjRef end = takeKeyword(args, "end");
    takeKeyword(args, "flush");
    ObjRef file = takeKeyword(args, "file");
    if (!noMoreKeywords(in, args, "print")) return nullptr;
    std::string sepText = " ", endText = "\n";
    if (sep && sep->tag != rt::Tag::None) {
        if (!isStr(sep.get())) return in.raise("TypeError", "sep must be None or a string, not " + std::string(in.typeName(sep.get())));
        sepText = text(sep.get());
    }
    if (end && end->tag != rt::Tag::None) {
        if (!isStr(end.get())) return in.raise("TypeError", "end must be None or a string, not " + std::string(in.typeName(end.get())));
        endText = text(end.get());
    }
    std::string out;
    for (std::size_t i = 0; i < args.positional.size(); ++i) {
        if (i) out += sepText;
        auto s = in.str(args.positional[i].get());
        if (!s) return nullptr;
        out += *s;
    }
    out += endText;
    in.write(out);
    return in.none();
}

ObjRef bLen(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "len") || !argCount(in, args, "len", 1, 1)) return nullptr;
    Object* o = args.positional[0].get();
    std::int64_t n = 0;
    switch (o->tag) {
    case rt::Tag::Str: n = static_cast<rt::StrObject*>(o)->length; break;
    case rt::Tag::List: n = static_cast<std::int64_t>(static_cast<rt::ListObject*>(o)->items.size()); break;
    case rt::Tag::Tuple: n = static_cast<std::int64_t>(static_cast<rt::TupleObject*>(o)->items.size()); break;
    case rt::Tag::Dict: n = static_cast<std::int64_t>(static_cast<rt::DictObject*>(o)->used); break;
    case rt::Tag::Set:
    case rt::Tag::FrozenSet: n = static_cast<std::int64_t>(static_cast<rt::SetObject*>(o)->used); break;
    case rt::Tag::Range: n = static_cast<rt::RangeObject*>(o)->length(); break;
    case rt::Tag::DictView:
        n = static_cast<std::int64_t>(static_cast<rt::DictObject*>(static_cast<rt::DictViewObject*>(o)->dict.get())->used);
        break;
    default: return in.raise("TypeError", "object of type '" + std::string(in.typeName(o)) + "' has no len()");
    }
    return in.heap().newInt(n);
}

ObjRef bId(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "id") || !argCount(in, args, "id", 1, 1)) return nullptr;
    return in.heap().newInt(static_cast<std::int64_t>(in.pyId(args.positional[0].get())));
}

ObjRef bRepr(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "repr") || !argCount(in, args, "repr", 1, 1)) return nullptr;
    auto r = in.repr(args.positional[0].get());
    if (!r) return nullptr;
    return in.newStr(std::move(*r));
}

ObjRef bInput(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "input") || !argCount(in, args, "input", 0, 1)) return nullptr;
    std::string prompt;
    if (!args.positional.empty()) {
        auto s = in.str(args.positional[0].get());
        if (!s) return nullptr;
        prompt = *s;
    }
    bool eof = false;
    auto line = in.readLine(prompt, &eof);
    if (eof || !line) return in.raise("EOFError", "EOF when reading a line");
    return in.newStr(std::move(*line));
}

ObjRef bAbs(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "abs") || !argCount(in, args, "abs", 1, 1)) return nullptr;
    Object* o = args.positional[0].get();
    if (o->tag == rt::Tag::Float) return in.heap().newFloat(std::fabs(static_cast<rt::FloatObject*>(o)->value));
    if (o->tag == rt::Tag::Bool) return in.heap().newInt(static_cast<rt::BoolObject*>(o)->value ? 1 : 0);
    if (o->tag == rt::Tag::Int) {
        auto* i = static_cast<rt::IntObject*>(o);
        if (!i->isBig()) {
            if (i->small >= 0) return args.positional[0];
            if (auto n = numeric::checkedNeg(i->small)) return in.heap().newInt(*n);
        }
        BigInt b = i->toBig();
        if (!b.isNegative()) return args.positional[0];
        return in.heap().newInt(b.abs());
    }
    return in.raise("TypeError", "bad operand type for abs(): '" + std::string(in.typeName(o)) + "'");
}

ObjRef minMax(Interpreter& in, CallArgs& args, bool isMax) {
    const char* name = isMax ? "max" : "min";
    ObjRef key = takeKeyword(args, "key");
    ObjRef dflt = takeKeyword(args, "default");
    if (!noMoreKeywords(in, args, name)) return nullptr;
    if (args.positional.empty())
        return in.raise("TypeError", std::string(name) + " expected at least 1 argument, got 0");
    ObjVec items;
    if (args.positional.size() == 1) {
        if (!in.collect(args.positional[0].get(), items)) return nullptr;
    } else {
        if (dflt) return in.raise("TypeError", std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
        items = args.positional;
    }
    if (key && key->tag == rt::Tag::None) key = nullptr;
    if (items.empty()) {
        if (dflt) return dflt;
        return in.raise("ValueError", std::string(name) + "() arg is an empty sequence");
    }
    ObjRef best = items[0];
    ObjRef bestKey = best;
    if (key) {
        CallArgs ka;
        ka.positional.push_back(best);
        bestKey = in.call(key.get(), ka);
        if (!bestKey) return nullptr;
    }
    for (std::size_t i = 1; i < items.size(); ++i) {
        ObjRef k = items[i];
        if (key) {
            CallArgs ka;
            ka.positional.push_back(items[i]);
            k = in.call(key.get(), ka);
            if (!k) return nullptr;
        }
        int better = in.compare(isMax ? syntax::CmpOperator::Gt : syntax::CmpOperator::Lt, k.get(), bestKey.get());
        if (better < 0) return nullptr;
        if (better) {
            best = items[i];
            bestKey = k;
        }
    }
    return best;
}

ObjRef bMin(Interpreter& in, Object*, CallArgs& args) { return minMax(in, args, false); }
ObjRef bMax(Interpreter& in, Object*, CallArgs& args) { return minMax(in, args, true); }

ObjRef bSum(Interpreter& in, Object*, CallArgs& args) {
    ObjRef start = takeKeyword(args, "start");
    if (!noMoreKeywords(in, args, "sum") || !argCount(in, args, "sum", 1, 2)) return nullptr;
    if (args.positional.size() == 2) start = args.positional[1];
    if (!start) start = in.heap().newInt(0);
    if (start->tag == rt::Tag::Str) return in.raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
    ObjRef it = in.iter(args.positional[0].get());
    if (!it) return nullptr;
    ObjRef acc = start;
    while (true) {
        ObjRef x = in.next(it.get());
        if (!x) return in.hasException() ? nullptr : acc;
        acc = in.binary(syntax::Operator::Add, acc.get(), x.get());
        if (!acc) return nullptr;
    }
}

ObjRef bSorted(Interpreter& in, Object*, CallArgs& args) {
    ObjRef key = takeKeyword(args, "key");
    ObjRef reverse = takeKeyword(args, "reverse");
    if (!noMoreKeywords(in, args, "sort")) return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "sorted expected 1 argument, got " + std::to_string(args.positional.size()));
    ObjVec items;
    if (!in.collect(args.positional[0].get(), items)) return nullptr;
    int rev = reverse ? in.truthy(reverse.get()) : 0;
    if (rev < 0) return nullptr;
    if (!sortValues(in, items, key && key->tag != rt::Tag::None ? key.get() : nullptr, rev)) return nullptr;
    return in.heap().newList(std::move(items));
}

ObjRef lazyValues(Interpreter& in, ObjVec values, const char* typeName) {
    auto* it = in.heap().make<rt::IteratorObject>();
    ObjRef out(it);
    it->kind = rt::IteratorObject::Kind::Values;
    it->values = std::move(values);
    it->typeName = typeName;
    return out;
}

ObjRef bReversed(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "reversed") || !argCount(in, args, "reversed", 1, 1)) return nullptr;
    Object* o = args.positional[0].get();
    if (o->tag == rt::Tag::Set || o->tag == rt::Tag::FrozenSet || o->tag == rt::Tag::Iterator || o->tag == rt::Tag::Int)
        return in.raise("TypeError", "'" + std::string(in.typeName(o)) + "' object is not reversible");
    ObjVec items;
    if (!in.collect(o, items)) return nullptr;
    std::reverse(items.begin(), items.end());
    return lazyValues(in, std::move(items), o->tag == rt::Tag::List ? "list_reverseiterator" : o->tag == rt::Tag::Range ? "range_iterator" : "reversed");
}

ObjRef bEnumerate(Interpreter& in, Object*, CallArgs& args) {
    ObjRef start = takeKeyword(args, "start");
    if (!noMoreKeywords(in, args, "enumerate") || !argCount(in, args, "enumerate", 1, 2)) return nullptr;
    if (args.positional.size() == 2) start = args.positional[1];
    std::int64_t n = 0;
    if (start) {
        auto v = intArg(in, start.get());
        if (!v) return nullptr;
        n = *v;
    }
    ObjVec items;
    if (!in.collect(args.positional[0].get(), items)) return nullptr;
    ObjVec out;
    out.reserve(items.size());
    for (ObjRef& x : items) out.push_back(in.heap().newTuple({in.heap().newInt(n++), std::move(x)}));
    return lazyValues(in, std::move(out), "enumerate");
}

ObjRef bZip(Interpreter& in, Object*, CallArgs& args) {
    if (!noMoreKeywords(in, args, "zip")) return nullptr;
    std::vector<ObjVec> cols(args.positional.size());
    std::size_t n = SIZE_MAX;
    for (std::size_t i = 0; i < args.positional.size(); ++i) {
        if (!in.collect(args.positional[i].get(), cols[i])) return nullptr;
        n = std::min(n, cols[i].size());
    }
    if (cols.empty()) n = 0;
    ObjVec out;
    for (std::size_t r = 0; r < n; ++r) {
        ObjVec row;
        for (auto& c : cols) row.push_back(c[r]);
        out.push_back(in.heap().newTuple(std::move(row)));
    }
    return lazyValues(in, std::move(out), "zip");
}

ObjRef bMap(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "map")) return nullptr;
    if (args.positional.size() < 2) return in.raise("TypeError", "map() must have at least two arguments.");
    std::vector<ObjVec> cols(args.positional.size() - 1);
    std::size_t n = SIZE_MAX;
    for (std::size_t i = 1; i < args.positional.size(); ++i) {
        if (!in.collect(args.positional[i].get(), cols[i - 1])) return nullptr;
        n = std::min(n, cols[i - 1].size());
    }
    ObjVec out;
    for (std::size_t r = 0; r < n; ++r) {
        CallArgs ca;
        for (auto& c : cols) ca.positional.push_back(c[r]);
        ObjRef v = in.call(args.positional[0].get(), ca);
        if (!v) return nullptr;
        out.push_back(std::move(v));
    }
    return lazyValues(in, std::move(out), "map");
}

ObjRef bFilter(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "filter") || !argCount(in, args, "filter", 2, 2)) return nullptr;
    ObjVec items;
    if (!in.collect(args.positional[1].get(), items)) return nullptr;
    ObjVec out;
    for (ObjRef& x : items) {
        ObjRef keep = x;
        if (args.positional[0]->tag != rt::Tag::None) {
            CallArgs ca;
            ca.positional.push_back(x);
            keep = in.call(args.positional[0].get(), ca);
            if (!keep) return nullptr;
        }
        int t = in.truthy(keep.get());
        if (t < 0) return nullptr;
        if (t) out.push_back(x);
    }
    return lazyValues(in, std::move(out), "filter");
}

ObjRef anyAll(Interpreter& in, CallArgs& args, bool isAll) {
    if (!noKeywords(in, args, isAll ? "all" : "any") || !argCount(in, args, isAll ? "all" : "any", 1, 1)) return nullptr;
    ObjRef it = in.iter(args.positional[0].get());
    if (!it) return nullptr;
    while (true) {
        ObjRef x = in.next(it.get());
        if (!x) return in.hasException() ? nullptr : in.boolean(isAll);
        int t = in.truthy(x.get());
        if (t < 0) return nullptr;
        if (isAll ? !t : t) return in.boolean(!isAll);
    }
}
ObjRef bAny(Interpreter& in, Object*, CallArgs& args) { return anyAll(in, args, false); }
ObjRef bAll(Interpreter& in, Object*, CallArgs& args) { return anyAll(in, args, true); }

ObjRef bIsinstance(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "isinstance") || !argCount(in, args, "isinstance", 2, 2)) return nullptr;
    Object* o = args.positional[0].get();
    ObjVec types;
    if (args.positional[1]->tag == rt::Tag::Tuple)
        types = static_cast<rt::TupleObject*>(args.positional[1].get())->items;
    else
        types.push_back(args.positional[1]);
    for (const ObjRef& t : types) {
        if (t->tag != rt::Tag::Type)
            return in.raise("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union");
        auto* want = static_cast<rt::TypeObject*>(t.get());
        for (rt::TypeObject* have = in.typeOf(o); have; have = have->base)
            if (have == want) return in.boolean(true);
    }
    return in.boolean(false);
}

ObjRef bRound(Interpreter& in, Object*, CallArgs& args) {
    ObjRef nd = takeKeyword(args, "ndigits");
    if (!noMoreKeywords(in, args, "round") || !argCount(in, args, "round", 1, 2)) return nullptr;
    if (args.positional.size() == 2) nd = args.positional[1];
    if (nd && nd->tag == rt::Tag::None) nd = nullptr;
    Object* x = args.positional[0].get();
    if (x->tag == rt::Tag::Float) {
        double d = static_cast<rt::FloatObject*>(x)->value;
        if (!nd) return intFromResult(in, numeric::roundFloatToInt(d));
        auto n = intArg(in, nd.get());
        if (!n) return nullptr;
        auto r = numeric::roundFloat(d, *n);
        if (!r) return in.raise(r.error().type.c_str(), r.error().message);
        return in.heap().newFloat(*r);
    }
    if (x->tag == rt::Tag::Int || x->tag == rt::Tag::Bool) {
        if (!nd) return x->tag == rt::Tag::Bool ? in.heap().newInt(static_cast<rt::BoolObject*>(x)->value) : args.positional[0];
        auto n = intArg(in, nd.get());
        if (!n) return nullptr;
        BigInt v = x->tag == rt::Tag::Bool ? BigInt::fromInt64(static_cast<rt::BoolObject*>(x)->value)
                                           : static_cast<rt::IntObject*>(x)->toBig();
        if (*n >= 0 && x->tag == rt::Tag::Int) return args.positional[0];
        return in.heap().newInt(numeric::roundInt(v, *n));
    }
    return in.raise("TypeError", "type " + std::string(in.typeName(x)) + " doesn't define __round__ method");
}

ObjRef bDivmod(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "divmod") || !argCount(in, args, "divmod", 2, 2)) return nullptr;
    ObjRef q = in.binary(syntax::Operator::FloorDiv, args.positional[0].get(), args.positional[1].get());
    if (!q) return nullptr;
    ObjRef r = in.binary(syntax::Operator::Mod, args.positional[0].get(), args.positional[1].get());
    if (!r) return nullptr;
    return in.heap().newTuple({q, r});
}

ObjRef bPow(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "pow") || !argCount(in, args, "pow", 2, 3)) return nullptr;
    if (args.positional.size() == 3 && args.positional[2]->tag != rt::Tag::None) {
        Object* a = args.positional[0].get();
        Object* b = args.positional[1].get();
        Object* m = args.positional[2].get();
        auto isInt = [](Object* o) { return o->tag == rt::Tag::Int || o->tag == rt::Tag::Bool; };
        if (!isInt(a) || !isInt(b) || !isInt(m))
            return in.raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
        auto big = [](Object* o) {
            return o->tag == rt::Tag::Bool ? BigInt::fromInt64(static_cast<rt::BoolObject*>(o)->value)
                                           : static_cast<rt::IntObject*>(o)->toBig();
        };
        return intFromResult(in, big(a).powMod(big(b), big(m)));
    }
    return in.binary(syntax::Operator::Pow, args.positional[0].get(), args.positional[1].get());
}

ObjRef bOrd(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "ord") || !argCount(in, args, "ord", 1, 1)) return nullptr;
    Object* o = args.positional[0].get();
    if (!isStr(o)) return in.raise("TypeError", "ord() expected string of length 1, but " + std::string(in.typeName(o)) + " found");
    auto* s = static_cast<rt::StrObject*>(o);
    if (s->length != 1)
        return in.raise("TypeError", "ord() expected a character, but string of length " + std::to_string(s->length) + " found");
    const auto* p = reinterpret_cast<const unsigned char*>(s->text.data());
    std::uint32_t c = p[0];
    if (c >= 0xF0) c = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    else if (c >= 0xE0) c = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    else if (c >= 0xC0) c = ((c & 0x1F) << 6) | (p[1] & 0x3F);
    return in.heap().newInt(static_cast<std::int64_t>(c));
}

ObjRef bChr(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "chr") || !argCount(in, args, "chr", 1, 1)) return nullptr;
    auto v = intArg(in, args.positional[0].get());
    if (!v) return nullptr;
    std::int64_t c = *v;
    if (c < 0 || c > 0x10FFFF) return in.raise("ValueError", "chr() arg not in range(0x110000)");
    std::string out;
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
    return in.newStr(std::move(out));
}

ObjRef radix(Interpreter& in, CallArgs& args, const char* name, int base, const char* prefix) {
    if (!noKeywords(in, args, name) || !argCount(in, args, name, 1, 1)) return nullptr;
    Object* o = args.positional[0].get();
    if (o->tag != rt::Tag::Int && o->tag != rt::Tag::Bool)
        return in.raise("TypeError", "'" + std::string(in.typeName(o)) + "' object cannot be interpreted as an integer");
    BigInt v = o->tag == rt::Tag::Bool ? BigInt::fromInt64(static_cast<rt::BoolObject*>(o)->value) : static_cast<rt::IntObject*>(o)->toBig();
    std::string digits = v.abs().toString(base);
    return in.newStr((v.isNegative() ? "-" : "") + std::string(prefix) + digits);
}
ObjRef bHex(Interpreter& in, Object*, CallArgs& args) { return radix(in, args, "hex", 16, "0x"); }
ObjRef bBin(Interpreter& in, Object*, CallArgs& args) { return radix(in, args, "bin", 2, "0b"); }
ObjRef bOct(Interpreter& in, Object*, CallArgs& args) { return radix(in, args, "oct", 8, "0o"); }

ObjRef bHash(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "hash") || !argCount(in, args, "hash", 1, 1)) return nullptr;
    auto h = in.hash(args.positional[0].get());
    if (!h) return nullptr;
    return in.heap().newInt(*h);
}

ObjRef bFormat(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "format") || !argCount(in, args, "format", 1, 2)) return nullptr;
    std::string spec;
    if (args.positional.size() == 2) {
        if (!isStr(args.positional[1].get()))
            return in.raise("TypeError", "format() argument 2 must be str, not " + std::string(in.typeName(args.positional[1].get())));
        spec = text(args.positional[1].get());
    }
    return formatValue(in, args.positional[0].get(), spec);
}

ObjRef bIter(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "iter") || !argCount(in, args, "iter", 1, 1)) return nullptr;
    return in.iter(args.positional[0].get());
}

ObjRef bNext(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "next") || !argCount(in, args, "next", 1, 2)) return nullptr;
    Object* it = args.positional[0].get();
    if (it->tag != rt::Tag::Iterator)
        return in.raise("TypeError", "'" + std::string(in.typeName(it)) + "' object is not an iterator");
    ObjRef v = in.next(it);
    if (v) return v;
    if (in.hasException()) return nullptr;
    if (args.positional.size() == 2) return args.positional[1];
    return in.raise("StopIteration", "");
}

// ---- types

ObjRef tInt(Interpreter& in, Object*, CallArgs& args) {
    ObjRef base = takeKeyword(args, "base");
    if (!noMoreKeywords(in, args, "int") || !argCount(in, args, "int", 0, 2)) return nullptr;
    if (args.positional.size() == 2) base = args.positional[1];
    if (args.positional.empty()) {
        if (base) return in.raise("TypeError", "int() missing string argument");
        return in.heap().newInt(0);
    }
    Object* x = args.positional[0].get();
    if (base) {
        if (!isStr(x)) return in.raise("TypeError", "int() can't convert non-string with explicit base");
        auto b = intArg(in, base.get());
        if (!b) return nullptr;
        return intFromResult(in, BigInt::parse(text(x), static_cast<int>(*b)));
    }
    switch (x->tag) {
    case rt::Tag::Int: return args.positional[0];
    case rt::Tag::Bool: return in.heap().newInt(static_cast<rt::BoolObject*>(x)->value ? 1 : 0);
    case rt::Tag::Float: return intFromResult(in, numeric::floatToInt(static_cast<rt::FloatObject*>(x)->value));
    case rt::Tag::Str: return intFromResult(in, BigInt::parse(text(x), 10));
    default:
        return in.raise("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '" +
                                         std::string(in.typeName(x)) + "'");
    }
}

ObjRef tFloat(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "float") || !argCount(in, args, "float", 0, 1)) return nullptr;
    if (args.positional.empty()) return in.heap().newFloat(0.0);
    Object* x = args.positional[0].get();
    if (x->tag == rt::Tag::Float) return args.positional[0];
    if (x->tag == rt::Tag::Str) {
        auto r = numeric::parseFloat(text(x));
        if (!r) return in.raise(r.error().type.c_str(), r.error().message);
        return in.heap().newFloat(*r);
    }
    if (x->tag == rt::Tag::Int || x->tag == rt::Tag::Bool) {
        double d = 0;
        if (!toDouble(in, x, d)) return nullptr;
        return in.heap().newFloat(d);
    }
    return in.raise("TypeError", "float() argument must be a string or a real number, not '" + std::string(in.typeName(x)) + "'");
}

ObjRef tStr(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "str") || !argCount(in, args, "str", 0, 1)) return nullptr;
    if (args.positional.empty()) return in.heap().emptyStr();
    if (isStr(args.positional[0].get())) return args.positional[0];
    auto s = in.str(args.positional[0].get());
    if (!s) return nullptr;
    return in.newStr(std::move(*s));
}

ObjRef tBool(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "bool") || !argCount(in, args, "bool", 0, 1)) return nullptr;
    if (args.positional.empty()) return in.boolean(false);
    int t = in.truthy(args.positional[0].get());
    if (t < 0) return nullptr;
    return in.boolean(t);
}

ObjRef tList(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "list") || !argCount(in, args, "list", 0, 1)) return nullptr;
    ObjVec items;
    if (!args.positional.empty() && !in.collect(args.positional[0].get(), items)) return nullptr;
    return in.heap().newList(std::move(items));
}

ObjRef tTuple(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "tuple") || !argCount(in, args, "tuple", 0, 1)) return nullptr;
    if (args.positional.empty()) return in.heap().emptyTuple();
    if (args.positional[0]->tag == rt::Tag::Tuple) return args.positional[0];
    ObjVec items;
    if (!in.collect(args.positional[0].get(), items)) return nullptr;
    return in.heap().newTuple(std::move(items));
}

bool dictUpdateFrom(Interpreter& in, rt::DictObject* d, Object* src) {
    if (src->tag == rt::Tag::Dict) {
        for (const rt::DictEntry& e : static_cast<rt::DictObject*>(src)->entries)
            if (e.key) in.dictSetHashed(d, e.key, e.hash, e.value);
        return true;
    }
    ObjRef it = in.iter(src);
    if (!it) return false;
    std::size_t index = 0;
    while (true) {
        ObjRef item = in.next(it.get());
        if (!item) return !in.hasException();
        ObjVec kv;
        if (item->tag != rt::Tag::List && item->tag != rt::Tag::Tuple) {
            ObjRef inner = in.iter(item.get());
            if (!inner) {
                in.clearException();
                in.raise("TypeError", "cannot convert dictionary update sequence element #" + std::to_string(index) + " to a sequence");
                return false;
            }
        }
        if (!in.collect(item.get(), kv)) return false;
        if (kv.size() != 2) {
            in.raise("ValueError", "dictionary update sequence element #" + std::to_string(index) + " has length " +
                                       std::to_string(kv.size()) + "; 2 is required");
            return false;
        }
        if (!in.dictSet(d, kv[0], kv[1])) return false;
        ++index;
    }
}

ObjRef tDict(Interpreter& in, Object*, CallArgs& args) {
    if (!argCount(in, args, "dict", 0, 1)) return nullptr;
    auto d = in.heap().newDict();
    if (!args.positional.empty() && !dictUpdateFrom(in, d.get(), args.positional[0].get())) return nullptr;
    for (rt::KwArg& k : args.keywords)
        if (!in.dictSet(d.get(), in.newStr(*k.name), k.value)) return nullptr;
    return d;
}

ObjRef makeSet(Interpreter& in, CallArgs& args, bool frozen) {
    const char* name = frozen ? "frozenset" : "set";
    if (!noKeywords(in, args, name) || !argCount(in, args, name, 0, 1)) return nullptr;
    if (frozen && !args.positional.empty() && args.positional[0]->tag == rt::Tag::FrozenSet) return args.positional[0];
    auto s = in.heap().newSet(frozen);
    if (!args.positional.empty() && !setUpdate(in, s.get(), args.positional[0].get())) return nullptr;
    return s;
}
ObjRef tSet(Interpreter& in, Object*, CallArgs& args) { return makeSet(in, args, false); }
ObjRef tFrozenSet(Interpreter& in, Object*, CallArgs& args) { return makeSet(in, args, true); }

ObjRef tRange(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "range")) return nullptr;
    std::size_t n = args.positional.size();
    if (n == 0) return in.raise("TypeError", "range expected at least 1 argument, got 0");
    if (n > 3) return in.raise("TypeError", "range expected at most 3 arguments, got " + std::to_string(n));
    std::int64_t v[3] = {0, 0, 1};
    for (std::size_t i = 0; i < n; ++i) {
        Object* o = args.positional[i].get();
        if (o->tag != rt::Tag::Int && o->tag != rt::Tag::Bool)
            return in.raise("TypeError", "'" + std::string(in.typeName(o)) + "' object cannot be interpreted as an integer");
        if (o->tag == rt::Tag::Int && static_cast<rt::IntObject*>(o)->isBig()) {
            in.abort(kUnsupported, "ranges beyond 64-bit integers are not supported yet");
            return nullptr;
        }
        v[i] = o->tag == rt::Tag::Bool ? static_cast<rt::BoolObject*>(o)->value : static_cast<rt::IntObject*>(o)->small;
    }
    auto* r = in.heap().make<rt::RangeObject>();
    ObjRef out(r);
    if (n == 1) {
        r->stop = v[0];
    } else {
        r->start = v[0];
        r->stop = v[1];
        if (n == 3) {
            if (v[2] == 0) return in.raise("ValueError", "range() arg 3 must not be zero");
            r->step = v[2];
        }
    }
    return out;
}

ObjRef tType(Interpreter& in, Object*, CallArgs& args) {
    if (args.positional.size() != 1) {
        if (args.positional.size() == 3) {
            in.abort(kUnsupported, "type() with three arguments is not supported yet");
            return nullptr;
        }
        return in.raise("TypeError", "type() takes 1 or 3 arguments");
    }
    return ObjRef(in.typeOf(args.positional[0].get()));
}

ObjRef tObject(Interpreter& in, Object*, CallArgs&) {
    in.abort(kUnsupported, "object() is not supported yet");
    return nullptr;
}

struct BuiltinDef {
    const char* name;
    rt::NativeFn fn;
};

} // namespace

ObjRef formatValue(Interpreter& in, Object* value, const std::string& spec) {
    numeric::Result<std::string> r = std::string();
    switch (value->tag) {
    case rt::Tag::Int: {
        auto* i = static_cast<rt::IntObject*>(value);
        auto ps = numeric::parseFormatSpec(spec);
        if (!ps) return in.raise(ps.error().type.c_str(), ps.error().message);
        r = i->isBig() ? numeric::formatInt(*i->big, *ps) : numeric::formatInt(i->small, *ps);
        break;
    }
    case rt::Tag::Bool:
        if (spec.empty()) return in.newStr(static_cast<rt::BoolObject*>(value)->value ? "True" : "False");
        r = numeric::formatInt(BigInt::fromInt64(static_cast<rt::BoolObject*>(value)->value), spec);
        break;
    case rt::Tag::Float: r = numeric::formatFloat(static_cast<rt::FloatObject*>(value)->value, spec); break;
    case rt::Tag::Str: r = numeric::formatString(text(value), spec); break;
    default: {
        if (!spec.empty())
            return in.raise("TypeError", "unsupported format string passed to " + std::string(in.typeName(value)) + ".__format__");
        auto s = in.str(value);
        if (!s) return nullptr;
        return in.newStr(std::move(*s));
    }
    }
    if (!r) return in.raise(r.error().type.c_str(), r.error().message);
    return in.newStr(std::move(*r));
}

bool sortValues(Interpreter& in, ObjVec& items, Object* key, bool reverse) {
    ObjVec keys;
    if (key) {
        keys.reserve(items.size());
        for (const ObjRef& x : items) {
            CallArgs ka;
            ka.positional.push_back(x);
            ObjRef k = in.call(key, ka);
            if (!k) return false;
            keys.push_back(std::move(k));
        }
    } else {
        keys = items;
    }
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    bool failed = false;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (failed) return false;
        Object* x = keys[reverse ? b : a].get();
        Object* y = keys[reverse ? a : b].get();
        int r = in.compare(syntax::CmpOperator::Lt, x, y);
        if (r < 0) {
            failed = true;
            return false;
        }
        return r == 1;
    });
    if (failed) return false;
    ObjVec sorted;
    sorted.reserve(items.size());
    for (std::size_t i : order) sorted.push_back(items[i]);
    items = std::move(sorted);
    return true;
}

bool setUpdate(Interpreter& in, rt::SetObject* s, Object* iterable) {
    if (iterable->tag == rt::Tag::Set || iterable->tag == rt::Tag::FrozenSet) {
        s->merge(*static_cast<rt::SetObject*>(iterable));
        in.setReplaced(s);
        return true;
    }
    if (iterable->tag == rt::Tag::Dict) {
        auto* d = static_cast<rt::DictObject*>(iterable);
        if ((s->fill + d->used) * 5 >= s->mask * 3) s->resize((s->used + d->used) * 2);
        for (const rt::DictEntry& e : d->entries)
            if (e.key) s->add(e.key, e.hash);
        in.setReplaced(s);
        return true;
    }
    ObjRef it = in.iter(iterable);
    if (!it) return false;
    while (true) {
        ObjRef x = in.next(it.get());
        if (!x) return !in.hasException();
        if (!in.setAdd(s, std::move(x))) return false;
    }
}

void Interpreter::setupTypes() {
    m_types.assign(static_cast<std::size_t>(rt::Tag::Ellipsis) + 1, nullptr);
    m_methods.assign(static_cast<std::size_t>(rt::Tag::Ellipsis) + 1, {});
    auto set = [&](rt::Tag tag, const char* name, rt::NativeFn ctor) {
        m_types[static_cast<std::size_t>(tag)] = addType(name, tag, ctor);
    };
    set(rt::Tag::None, "NoneType", nullptr);
    set(rt::Tag::Int, "int", tInt);
    set(rt::Tag::Bool, "bool", tBool);
    m_types[static_cast<std::size_t>(rt::Tag::Bool)]->base = m_types[static_cast<std::size_t>(rt::Tag::Int)];
    set(rt::Tag::Float, "float", tFloat);
    set(rt::Tag::Str, "str", tStr);
    set(rt::Tag::List, "list", tList);
    set(rt::Tag::Tuple, "tuple", tTuple);
    set(rt::Tag::Dict, "dict", tDict);
    set(rt::Tag::Set, "set", tSet);
    set(rt::Tag::FrozenSet, "frozenset", tFrozenSet);
    set(rt::Tag::Range, "range", tRange);
    set(rt::Tag::Function, "function", nullptr);
    set(rt::Tag::Builtin, "builtin_function_or_method", nullptr);
    set(rt::Tag::Type, "type", tType);
    set(rt::Tag::Exception, "BaseException", nullptr);
    set(rt::Tag::Cell, "cell", nullptr);
    set(rt::Tag::Iterator, "iterator", nullptr);
    set(rt::Tag::Slice, "slice", nullptr);
    set(rt::Tag::DictView, "dict_keys", nullptr);
    set(rt::Tag::Ellipsis, "ellipsis", nullptr);
    rt::TypeObject* base = m_types[static_cast<std::size_t>(rt::Tag::Exception)];
    base->isException = true;
    m_exceptionTypes["BaseException"] = base;
    auto exc = [&](const char* name, const char* parent) {
        m_exceptionTypes[name] = addType(name, rt::Tag::Exception, nullptr, m_exceptionTypes.at(parent), true);
    };
    exc("Exception", "BaseException");
    exc("KeyboardInterrupt", "BaseException");
    exc("SystemExit", "BaseException");
    exc("ArithmeticError", "Exception");
    exc("ZeroDivisionError", "ArithmeticError");
    exc("OverflowError", "ArithmeticError");
    exc("LookupError", "Exception");
    exc("IndexError", "LookupError");
    exc("KeyError", "LookupError");
    exc("NameError", "Exception");
    exc("UnboundLocalError", "NameError");
    exc("TypeError", "Exception");
    exc("ValueError", "Exception");
    exc("UnicodeError", "ValueError");
    exc("AttributeError", "Exception");
    exc("RuntimeError", "Exception");
    exc("RecursionError", "RuntimeError");
    exc("NotImplementedError", "RuntimeError");
    exc("MemoryError", "Exception");
    exc("EOFError", "Exception");
    exc("AssertionError", "Exception");
    exc("StopIteration", "Exception");
    exc("ImportError", "Exception");
    exc("ModuleNotFoundError", "ImportError");
    exc("SyntaxError", "Exception");
    exc("SystemError", "Exception");
    exc("OSError", "Exception");
}

void Interpreter::registerBuiltins() {
    static const BuiltinDef kFunctions[] = {
        {"print", bPrint},     {"len", bLen},         {"id", bId},         {"repr", bRepr},       {"input", bInput},
        {"abs", bAbs},         {"min", bMin},         {"max", bMax},       {"sum", bSum},         {"sorted", bSorted},
        {"reversed", bReversed}, {"enumerate", bEnumerate}, {"zip", bZip}, {"map", bMap},        {"filter", bFilter},
        {"any", bAny},         {"all", bAll},         {"isinstance", bIsinstance}, {"round", bRound}, {"divmod", bDivmod},
        {"pow", bPow},         {"ord", bOrd},         {"chr", bChr},       {"hex", bHex},         {"bin", bBin},
        {"oct", bOct},         {"hash", bHash},       {"format", bFormat}, {"iter", bIter},       {"next", bNext},
        {"__percent_format__", percentFormat},
    };
    for (const BuiltinDef& d : kFunctions) m_builtins[d.name] = makeBuiltin(d.name, d.fn);
    for (rt::Tag tag : {rt::Tag::Int, rt::Tag::Bool, rt::Tag::Float, rt::Tag::Str, rt::Tag::List, rt::Tag::Tuple,
                        rt::Tag::Dict, rt::Tag::Set, rt::Tag::FrozenSet, rt::Tag::Range, rt::Tag::Type}) {
        rt::TypeObject* t = m_types[static_cast<std::size_t>(tag)];
        m_builtins[t->name] = ObjRef(t);
    }
    m_builtins["object"] = makeBuiltin("object", tObject);
    for (auto& [name, t] : m_exceptionTypes) m_builtins[name] = ObjRef(t);
    m_builtins["None"] = none();
    m_builtins["True"] = boolean(true);
    m_builtins["False"] = boolean(false);
    registerMethods(m_methods);
}

ObjRef Interpreter::builtin(const std::string& name) const {
    auto it = m_builtins.find(name);
    return it == m_builtins.end() ? nullptr : it->second;
}

ObjRef Interpreter::makeBuiltin(std::string name, rt::NativeFn fn, ObjRef self) {
    auto* b = m_heap->make<rt::BuiltinObject>();
    b->name = std::move(name);
    b->fn = fn;
    b->self = std::move(self);
    return ObjRef(b);
}

ObjRef Interpreter::method(Object* self, const std::string& name) {
    auto& table = m_methods[static_cast<std::size_t>(self->tag)];
    auto it = table.find(name);
    if (it == table.end()) return nullptr;
    return makeBuiltin(name, it->second, ObjRef(self));
}

} // namespace memstep::core::interp
