// Operators on builtin values: arithmetic, comparison, truth, membership, hashing.
//
// Ints take an int64 fast path and move to BigInt only when a result overflows; every
// message is CPython 3.11's, because students read them.
#include "interp/builtins/builtins_util.h"
#include "interp/interpreter.h"

#include "numeric/float_format.h"

#include <algorithm>
#include <cmath>

namespace memstep::core::interp {

using namespace syntax;
using numeric::BigInt;

namespace {

bool isIntLike(const Object* o) { return o->tag == rt::Tag::Int || o->tag == rt::Tag::Bool; }
bool isNumber(const Object* o) { return isIntLike(o) || o->tag == rt::Tag::Float; }

bool smallValue(const Object* o, std::int64_t& v) {
    if (o->tag == rt::Tag::Bool) {
        v = static_cast<const rt::BoolObject*>(o)->value ? 1 : 0;
        return true;
    }
    auto* i = static_cast<const rt::IntObject*>(o);
    if (i->isBig()) return false;
    v = i->small;
    return true;
}

BigInt bigValue(const Object* o) {
    if (o->tag == rt::Tag::Bool) return BigInt::fromInt64(static_cast<const rt::BoolObject*>(o)->value ? 1 : 0);
    return static_cast<const rt::IntObject*>(o)->toBig();
}

// The operator as CPython's TypeError names it: the AST's spelling, except that a plain `**`
// is "** or pow()" (pow() raises the same message) while `**=` stays "**=".
std::string opSymbol(Operator op, bool inplace) {
    if (inplace) return std::string(toString(op)) + "=";
    return op == Operator::Pow ? "** or pow()" : toString(op);
}

bool orderResult(CmpOperator op, int c) {
    switch (op) {
    case CmpOperator::Lt: return c < 0;
    case CmpOperator::LtE: return c <= 0;
    case CmpOperator::Gt: return c > 0;
    case CmpOperator::GtE: return c >= 0;
    case CmpOperator::Eq: return c == 0;
    case CmpOperator::NotEq: return c != 0;
    default: return false;
    }
}

} // namespace

ObjRef Interpreter::binary(Operator op, Object* a, Object* b, bool inplace) {
    // Two machine-sized ints and an operator whose result cannot fail or overflow here: the
    // arithmetic of every loop counter. Anything else takes the general path below.
    if (a->tag == rt::Tag::Int && b->tag == rt::Tag::Int) {
        auto* ia = static_cast<rt::IntObject*>(a);
        auto* ib = static_cast<rt::IntObject*>(b);
        if (!ia->isBig() && !ib->isBig()) {
            const std::int64_t x = ia->small, y = ib->small;
            std::int64_t r = 0;
            switch (op) {
            case Operator::Add:
                if (!__builtin_add_overflow(x, y, &r)) return m_heap->newInt(r);
                break;
            case Operator::Sub:
                if (!__builtin_sub_overflow(x, y, &r)) return m_heap->newInt(r);
                break;
            case Operator::Mult:
                if (!__builtin_mul_overflow(x, y, &r)) return m_heap->newInt(r);
                break;
            case Operator::Mod: // floor modulo: the sign of the (positive) divisor
                if (y > 0) return m_heap->newInt(x % y < 0 ? x % y + y : x % y);
                break;
            case Operator::FloorDiv: // rounds toward minus infinity
                if (y > 0) return m_heap->newInt(x / y - (x % y < 0 ? 1 : 0));
                break;
            default: break;
            }
        }
    }
    if (isUserObject(a) || isUserObject(b)) return userBinary(op, a, b, inplace);
    rt::Heap& h = *m_heap;
    if (isIntLike(a) && isIntLike(b)) {
        std::int64_t x = 0, y = 0;
        if (smallValue(a, x) && smallValue(b, y)) {
            std::optional<std::int64_t> r;
            switch (op) {
            case Operator::Add: r = numeric::checkedAdd(x, y); break;
            case Operator::Sub: r = numeric::checkedSub(x, y); break;
            case Operator::Mult: r = numeric::checkedMul(x, y); break;
            case Operator::FloorDiv:
                if (y == 0) return raise("ZeroDivisionError", "integer division or modulo by zero");
                r = numeric::floorDivInt64(x, y);
                break;
            case Operator::Mod:
                if (y == 0) return raise("ZeroDivisionError", "integer modulo by zero");
                return h.newInt(numeric::floorModInt64(x, y));
            case Operator::Div: {
                if (y == 0) return raise("ZeroDivisionError", "division by zero");
                constexpr std::int64_t kExact = std::int64_t{1} << 53;
                if (x > -kExact && x < kExact && y > -kExact && y < kExact)
                    return h.newFloat(static_cast<double>(x) / static_cast<double>(y));
                auto q = BigInt::fromInt64(x).trueDiv(BigInt::fromInt64(y));
                if (!q) return raise(q.error().type.c_str(), q.error().message);
                return h.newFloat(*q);
            }
            case Operator::Pow:
                if (y < 0) {
                    if (x == 0) return raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
                    auto p = numeric::floatPow(static_cast<double>(x), static_cast<double>(y));
                    if (!p) return raise(p.error().type.c_str(), p.error().message);
                    return h.newFloat(*p);
                }
                r = numeric::checkedPow(x, y);
                break;
            case Operator::LShift:
                if (y < 0) return raise("ValueError", "negative shift count");
                if (x == 0) return h.newInt(0);
                if (y < 62) {
                    __int128 v = static_cast<__int128>(x) << y;
                    if (v >= INT64_MIN && v <= INT64_MAX) return h.newInt(static_cast<std::int64_t>(v));
                }
                break;
            case Operator::RShift:
                if (y < 0) return raise("ValueError", "negative shift count");
                return h.newInt(y >= 64 ? (x < 0 ? -1 : 0) : (x >> y));
            case Operator::BitAnd:
                if (a->tag == rt::Tag::Bool && b->tag == rt::Tag::Bool) return boolean(x & y);
                return h.newInt(x & y);
            case Operator::BitOr:
                if (a->tag == rt::Tag::Bool && b->tag == rt::Tag::Bool) return boolean(x | y);
                return h.newInt(x | y);
            case Operator::BitXor:
                if (a->tag == rt::Tag::Bool && b->tag == rt::Tag::Bool) return boolean(x ^ y);
                return h.newInt(x ^ y);
            case Operator::MatMult: goto unsupported;
            }
            if (r) return h.newInt(*r);
        }
        BigInt x2 = bigValue(a), y2 = bigValue(b);
        auto fromResult = [&](numeric::Result<BigInt> res) -> ObjRef {
            if (!res) {
                if (res.error().type == kUnsupported || res.error().type == kMemoryLimit)
                    return raise("MemoryError", "");
                return raise(res.error().type.c_str(), res.error().message);
            }
            return h.newInt(std::move(*res));
        };
        switch (op) {
        case Operator::Add: return h.newInt(x2 + y2);
        case Operator::Sub: return h.newInt(x2 - y2);
        case Operator::Mult: {
            auto product = x2.multiply(y2, *this);
            if (!product) return nullptr; // stopped: the abort's exception is pending
            return h.newInt(std::move(*product));
        }
        case Operator::FloorDiv: return fromResult(x2.floorDiv(y2));
        case Operator::Mod: return fromResult(x2.mod(y2));
        case Operator::Div: {
            auto q = x2.trueDiv(y2);
            if (!q) return raise(q.error().type.c_str(), q.error().message);
            return h.newFloat(*q);
        }
        case Operator::Pow:
            if (y2.isNegative()) {
                auto xd = x2.toDouble();
                if (!xd) return raise(xd.error().type.c_str(), xd.error().message);
                auto yd = y2.toDouble();
                if (!yd) return raise(yd.error().type.c_str(), yd.error().message);
                auto p = numeric::floatPow(*xd, *yd);
                if (!p) return raise(p.error().type.c_str(), p.error().message);
                return h.newFloat(*p);
            }
            return fromResult(x2.pow(y2));
        case Operator::LShift: return fromResult(x2.shiftLeft(y2));
        case Operator::RShift: return fromResult(x2.shiftRight(y2));
        case Operator::BitAnd: return h.newInt(x2 & y2);
        case Operator::BitOr: return h.newInt(x2 | y2);
        case Operator::BitXor: return h.newInt(x2 ^ y2);
        default: goto unsupported;
        }
    }
    if (isNumber(a) && isNumber(b)) {
        auto toDouble = [&](Object* o, double& d) -> bool {
            if (o->tag == rt::Tag::Float) {
                d = static_cast<rt::FloatObject*>(o)->value;
                return true;
            }
            std::int64_t v = 0;
            if (smallValue(o, v)) {
                d = static_cast<double>(v);
                return true;
            }
            auto r = bigValue(o).toDouble();
            if (!r) {
                raise(r.error().type.c_str(), r.error().message);
                return false;
            }
            d = *r;
            return true;
        };
        double x = 0, y = 0;
        if (!toDouble(a, x) || !toDouble(b, y)) return nullptr;
        numeric::Result<double> r = 0.0;
        switch (op) {
        case Operator::Add: return h.newFloat(x + y);
        case Operator::Sub: return h.newFloat(x - y);
        case Operator::Mult: return h.newFloat(x * y);
        case Operator::Div: r = numeric::floatTrueDiv(x, y); break;
        case Operator::FloorDiv: r = numeric::floatFloorDiv(x, y); break;
        case Operator::Mod: r = numeric::floatMod(x, y); break;
        case Operator::Pow: r = numeric::floatPow(x, y); break;
        default: goto unsupported;
        }
        if (!r) {
            if (r.error().type == kUnsupported) {
                abort(kUnsupported, "complex numbers are not supported yet (line " +
                                        std::to_string(m_frames.empty() ? 0 : m_frames.back()->line) + ")");
                return nullptr;
            }
            return raise(r.error().type.c_str(), r.error().message);
        }
        return h.newFloat(*r);
    }
    switch (a->tag) {
    case rt::Tag::Str:
        if (op == Operator::Add) {
            if (b->tag != rt::Tag::Str)
                return raise("TypeError", "can only concatenate str (not \"" + std::string(typeName(b)) + "\") to str");
            auto* x = static_cast<rt::StrObject*>(a);
            auto* y = static_cast<rt::StrObject*>(b);
            if (y->text.empty()) return ObjRef(a);
            if (x->text.empty()) return ObjRef(b);
            if (!h.canAllocate(x->text.size() + y->text.size())) return raise("MemoryError", "");
            return newStr(x->text + y->text);
        }
        if (op == Operator::Mult && isIntLike(b)) break;
        if (op == Operator::Mult) return raise("TypeError", "can't multiply sequence by non-int of type '" + std::string(typeName(b)) + "'");
        if (op == Operator::Mod) {
            rt::CallArgs args;
            args.positional.push_back(ObjRef(a));
            args.positional.push_back(ObjRef(b));
            ObjRef fn = builtin("__percent_format__");
            return call(fn.get(), args);
        }
        goto unsupported;
    case rt::Tag::List:
        if (op == Operator::Add) {
            auto* x = static_cast<rt::ListObject*>(a);
            if (inplace) {
                ObjVec more;
                if (!collect(b, more)) return nullptr;
                for (ObjRef& v : more) listInsert(x, static_cast<std::int64_t>(x->items.size()), std::move(v));
                return ObjRef(a);
            }
            if (b->tag != rt::Tag::List)
                return raise("TypeError", "can only concatenate list (not \"" + std::string(typeName(b)) + "\") to list");
            auto* y = static_cast<rt::ListObject*>(b);
            if (!h.canAllocate((x->items.size() + y->items.size()) * rt::kSlotBytes)) return raise("MemoryError", "");
            ObjVec items = x->items;
            items.insert(items.end(), y->items.begin(), y->items.end());
            return h.newList(std::move(items));
        }
        if (op == Operator::Mult && isIntLike(b)) break;
        if (op == Operator::Mult) return raise("TypeError", "can't multiply sequence by non-int of type '" + std::string(typeName(b)) + "'");
        goto unsupported;
    case rt::Tag::Tuple:
        if (op == Operator::Add) {
            if (b->tag != rt::Tag::Tuple)
                return raise("TypeError", "can only concatenate tuple (not \"" + std::string(typeName(b)) + "\") to tuple");
            auto* x = static_cast<rt::TupleObject*>(a);
            auto* y = static_cast<rt::TupleObject*>(b);
            if (y->items.empty()) return ObjRef(a);
            if (x->items.empty()) return ObjRef(b);
            ObjVec items = x->items;
            items.insert(items.end(), y->items.begin(), y->items.end());
            return h.newTuple(std::move(items));
        }
        if (op == Operator::Mult && isIntLike(b)) break;
        if (op == Operator::Mult) return raise("TypeError", "can't multiply sequence by non-int of type '" + std::string(typeName(b)) + "'");
        goto unsupported;
    case rt::Tag::Set:
    case rt::Tag::FrozenSet: {
        if (b->tag != rt::Tag::Set && b->tag != rt::Tag::FrozenSet) goto unsupported;
        if (op != Operator::BitOr && op != Operator::BitAnd && op != Operator::Sub && op != Operator::BitXor)
            goto unsupported;
        const char* name = op == Operator::BitOr ? "union" : op == Operator::BitAnd ? "intersection"
                           : op == Operator::Sub ? "difference" : "symmetric_difference";
        if (inplace && a->tag == rt::Tag::Set) {
            std::string n = std::string(name) + "_update";
            if (op == Operator::BitOr) n = "update";
            ObjRef m = method(a, n);
            rt::CallArgs args;
            args.positional.push_back(ObjRef(b));
            if (!call(m.get(), args)) return nullptr;
            return ObjRef(a);
        }
        ObjRef m = method(a, name);
        rt::CallArgs args;
        args.positional.push_back(ObjRef(b));
        return call(m.get(), args);
    }
    case rt::Tag::Dict:
        if (op == Operator::BitOr && b->tag == rt::Tag::Dict) {
            auto* x = static_cast<rt::DictObject*>(a);
            auto* y = static_cast<rt::DictObject*>(b);
            rt::DictObject* target = x;
            ObjRef out(a);
            if (!inplace) {
                auto d = h.newDict();
                for (const rt::DictEntry& e : x->entries)
                    if (e.key) d->set(e.key, e.hash, e.value);
                out = d;
                target = d.get();
            }
            for (const rt::DictEntry& e : y->entries)
                if (e.key) dictSetHashed(target, e.key, e.hash, e.value);
            return out;
        }
        goto unsupported;
    default: break;
    }
    if (op == Operator::Mult && isIntLike(a) &&
        (b->tag == rt::Tag::Str || b->tag == rt::Tag::List || b->tag == rt::Tag::Tuple))
        std::swap(a, b);
    if (op == Operator::Mult && isIntLike(b) &&
        (a->tag == rt::Tag::Str || a->tag == rt::Tag::List || a->tag == rt::Tag::Tuple)) {
        std::int64_t n = 0;
        if (!smallValue(b, n)) {
            if (bigValue(b).isNegative()) n = 0;
            else return raise("OverflowError", "cannot fit 'int' into an index-sized integer");
        }
        if (n < 0) n = 0;
        if (a->tag == rt::Tag::Str) {
            auto* s = static_cast<rt::StrObject*>(a);
            if (n == 1) return ObjRef(a);
            if (n == 0 || s->text.empty()) return h.emptyStr();
            if (static_cast<std::uint64_t>(n) > (std::uint64_t{1} << 62) / s->text.size() ||
                !h.canAllocate(static_cast<std::uint64_t>(n) * s->text.size()))
                return raise("MemoryError", "");
            // Doubling copies, a bounded chunk at a time so a gigabyte of text still polls.
            constexpr std::size_t kChunk = std::size_t{1} << 20;
            const std::size_t total = static_cast<std::size_t>(n) * s->text.size();
            std::string out;
            out.reserve(total);
            out += s->text;
            while (out.size() < total) {
                std::size_t unit = s->text.size();
                std::size_t chunk = std::min({out.size(), total - out.size(), std::max(unit, kChunk / unit * unit)});
                out.append(out.data(), chunk);
                if (pollStop(chunk / kPollBytes)) return nullptr;
            }
            return newStr(std::move(out));
        }
        const ObjVec& src = a->tag == rt::Tag::List ? static_cast<rt::ListObject*>(a)->items
                                                     : static_cast<rt::TupleObject*>(a)->items;
        if (a->tag == rt::Tag::Tuple && n == 1) return ObjRef(a);
        if (!src.empty() && (static_cast<std::uint64_t>(n) > (std::uint64_t{1} << 58) / src.size() ||
                             !h.canAllocate(static_cast<std::uint64_t>(n) * src.size() * rt::kSlotBytes)))
            return raise("MemoryError", "");
        ObjVec items;
        items.reserve(static_cast<std::size_t>(n) * src.size());
        for (std::int64_t i = 0; i < n; ++i) {
            items.insert(items.end(), src.begin(), src.end());
            if (pollStop(src.size())) return nullptr;
        }
        if (a->tag == rt::Tag::List) {
            if (inplace) {
                auto* l = static_cast<rt::ListObject*>(a);
                h.recharge(l, static_cast<std::int64_t>(items.size() - l->items.size()) * rt::kSlotBytes);
                l->items = std::move(items);
                listReplaced(l);
                return ObjRef(a);
            }
            return h.newList(std::move(items));
        }
        return h.newTuple(std::move(items));
    }
unsupported:
    return raise("TypeError", std::string("unsupported operand type(s) for ") + opSymbol(op, inplace) +
                                  ": '" + typeName(a) + "' and '" + typeName(b) + "'");
}

ObjRef Interpreter::unary(UnaryOperator op, Object* a) {
    rt::Heap& h = *m_heap;
    if (op == UnaryOperator::Not) {
        int t = truthy(a);
        if (t < 0) return nullptr;
        return boolean(!t);
    }
    if (isIntLike(a)) {
        std::int64_t v = 0;
        if (smallValue(a, v)) {
            switch (op) {
            case UnaryOperator::USub:
                if (auto r = numeric::checkedNeg(v)) return h.newInt(*r);
                break;
            case UnaryOperator::UAdd: return a->tag == rt::Tag::Bool ? h.newInt(v) : ObjRef(a);
            case UnaryOperator::Invert: return h.newInt(~v);
            default: break;
            }
        }
        BigInt b = bigValue(a);
        switch (op) {
        case UnaryOperator::USub: return h.newInt(-b);
        case UnaryOperator::UAdd: return ObjRef(a);
        case UnaryOperator::Invert: return h.newInt(~b);
        default: break;
        }
    }
    if (a->tag == rt::Tag::Float) {
        double d = static_cast<rt::FloatObject*>(a)->value;
        if (op == UnaryOperator::USub) return h.newFloat(-d);
        if (op == UnaryOperator::UAdd) return ObjRef(a);
    }
    if (isUserObject(a)) return userUnary(op, a);
    const char* sym = op == UnaryOperator::USub ? "-" : op == UnaryOperator::UAdd ? "+" : "~";
    return raise("TypeError", std::string("bad operand type for unary ") + sym + ": '" + typeName(a) + "'");
}

int Interpreter::truthy(Object* o) {
    switch (o->tag) {
    case rt::Tag::None: return 0;
    case rt::Tag::Bool: return static_cast<rt::BoolObject*>(o)->value;
    case rt::Tag::Int: {
        auto* i = static_cast<rt::IntObject*>(o);
        return i->isBig() ? !i->big->isZero() : i->small != 0;
    }
    case rt::Tag::Float: return static_cast<rt::FloatObject*>(o)->value != 0.0;
    case rt::Tag::Str: return !static_cast<rt::StrObject*>(o)->text.empty();
    case rt::Tag::List: return !static_cast<rt::ListObject*>(o)->items.empty();
    case rt::Tag::Tuple: return !static_cast<rt::TupleObject*>(o)->items.empty();
    case rt::Tag::Dict: return static_cast<rt::DictObject*>(o)->used > 0;
    case rt::Tag::Set:
    case rt::Tag::FrozenSet: return static_cast<rt::SetObject*>(o)->used > 0;
    case rt::Tag::Range: return static_cast<rt::RangeObject*>(o)->length() > 0;
    case rt::Tag::DictView:
        return static_cast<rt::DictObject*>(static_cast<rt::DictViewObject*>(o)->dict.get())->used > 0;
    default: return isUserObject(o) ? userTruthy(o) : 1;
    }
}

std::optional<std::int64_t> Interpreter::hash(Object* o) {
    if (isUserObject(o)) return userHash(o);
    auto h = rt::hashOf(o, this);
    if (!h && !m_abort) raise("TypeError", "unhashable type: '" + std::string(typeName(o)) + "'");
    return h;
}

int Interpreter::contains(Object* container, Object* item) {
    switch (container->tag) {
    case rt::Tag::List:
    case rt::Tag::Tuple: {
        const ObjVec& items = container->tag == rt::Tag::List ? static_cast<rt::ListObject*>(container)->items
                                                               : static_cast<rt::TupleObject*>(container)->items;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].get() == item || equals(items[i].get(), item)) return 1;
            if (m_exception || pollStop()) return -1; // a user __eq__ failed, or the run stopped
        }
        return 0;
    }
    case rt::Tag::Str: {
        if (item->tag != rt::Tag::Str) {
            raise("TypeError", "'in <string>' requires string as left operand, not " + std::string(typeName(item)));
            return -1;
        }
        auto found = findText(*this, static_cast<rt::StrObject*>(container)->text, static_cast<rt::StrObject*>(item)->text);
        if (!found) return -1;
        return *found != std::string::npos;
    }
    case rt::Tag::Dict: {
        auto h = hash(item);
        if (!h) return -1;
        return static_cast<rt::DictObject*>(container)->find(item, *h) >= 0;
    }
    case rt::Tag::Set:
    case rt::Tag::FrozenSet: {
        auto h = hash(item);
        if (!h) return -1;
        return static_cast<rt::SetObject*>(container)->find(item, *h) >= 0;
    }
    case rt::Tag::Range: {
        auto* r = static_cast<rt::RangeObject*>(container);
        std::int64_t v = 0;
        if (isIntLike(item)) {
            if (!smallValue(item, v)) return 0;
        } else if (item->tag == rt::Tag::Float) {
            double d = static_cast<rt::FloatObject*>(item)->value;
            if (d != std::floor(d) || std::fabs(d) > 9e18) return 0;
            v = static_cast<std::int64_t>(d);
        } else {
            return 0;
        }
        if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return 0;
        return (v - r->start) % r->step == 0;
    }
    case rt::Tag::DictView: {
        auto* view = static_cast<rt::DictViewObject*>(container);
        auto* d = static_cast<rt::DictObject*>(view->dict.get());
        if (view->kind == rt::DictViewObject::Kind::Keys) return contains(d, item);
        if (view->kind == rt::DictViewObject::Kind::Values) {
            for (const rt::DictEntry& e : d->entries) {
                if (e.key && (e.value.get() == item || equals(e.value.get(), item))) return 1;
                if (m_exception || pollStop()) return -1;
            }
            return 0;
        }
        if (item->tag != rt::Tag::Tuple || static_cast<rt::TupleObject*>(item)->items.size() != 2) return 0;
        auto& kv = static_cast<rt::TupleObject*>(item)->items;
        auto h = rt::hashOf(kv[0].get());
        if (!h) return 0;
        auto pos = d->find(kv[0].get(), *h);
        return pos >= 0 && equals(d->entries[static_cast<std::size_t>(pos)].value.get(), kv[1].get());
    }
    case rt::Tag::Iterator: {
        while (true) {
            ObjRef x = next(container);
            if (!x) return hasException() ? -1 : 0;
            if (x.get() == item || equals(x.get(), item)) return 1;
            if (m_abort) return -1;
        }
    }
    default:
        if (isUserObject(container)) return userContains(container, item);
        raise("TypeError", "argument of type '" + std::string(typeName(container)) + "' is not iterable");
        return -1;
    }
}

int Interpreter::compare(CmpOperator op, Object* a, Object* b) {
    // Two machine-sized ints (loop bounds, sorting, counters): nothing below can apply.
    if (a->tag == rt::Tag::Int && b->tag == rt::Tag::Int) {
        auto* x = static_cast<rt::IntObject*>(a);
        auto* y = static_cast<rt::IntObject*>(b);
        if (!x->isBig() && !y->isBig()) {
            switch (op) {
            case CmpOperator::Lt: return x->small < y->small;
            case CmpOperator::LtE: return x->small <= y->small;
            case CmpOperator::Gt: return x->small > y->small;
            case CmpOperator::GtE: return x->small >= y->small;
            case CmpOperator::Eq: return x->small == y->small;
            case CmpOperator::NotEq: return x->small != y->small;
            default: break;
            }
        }
    }
    switch (op) {
    case CmpOperator::Is: return a == b;
    case CmpOperator::IsNot: return a != b;
    case CmpOperator::In: return contains(b, a);
    case CmpOperator::NotIn: {
        int r = contains(b, a);
        return r < 0 ? -1 : !r;
    }
    default: break;
    }
    if (isUserObject(a) || isUserObject(b)) return userCompare(op, a, b);
    switch (op) {
    case CmpOperator::Eq:
    case CmpOperator::NotEq: {
        bool same = a == b || equals(a, b);
        if (m_abort) return -1; // stopped inside a huge comparison: no answer
        return op == CmpOperator::Eq ? same : !same;
    }
    default: break;
    }
    if (isIntLike(a) && isIntLike(b)) {
        std::int64_t x = 0, y = 0;
        if (smallValue(a, x) && smallValue(b, y)) return orderResult(op, x < y ? -1 : (x > y ? 1 : 0));
        auto c = bigValue(a) <=> bigValue(b);
        return orderResult(op, c < 0 ? -1 : (c > 0 ? 1 : 0));
    }
    if (isNumber(a) && isNumber(b)) {
        if (a->tag == rt::Tag::Float && b->tag == rt::Tag::Float) {
            double x = static_cast<rt::FloatObject*>(a)->value, y = static_cast<rt::FloatObject*>(b)->value;
            if (std::isnan(x) || std::isnan(y)) return 0;
            return orderResult(op, x < y ? -1 : (x > y ? 1 : 0));
        }
        bool flip = a->tag == rt::Tag::Float;
        Object* i = flip ? b : a;
        double d = static_cast<rt::FloatObject*>(flip ? a : b)->value;
        auto c = numeric::compareIntFloat(bigValue(i), d);
        if (c == std::partial_ordering::unordered) return 0;
        int v = c == std::partial_ordering::less ? -1 : (c == std::partial_ordering::greater ? 1 : 0);
        return orderResult(op, flip ? -v : v);
    }
    if (a->tag == rt::Tag::Str && b->tag == rt::Tag::Str) {
        int c = static_cast<rt::StrObject*>(a)->text.compare(static_cast<rt::StrObject*>(b)->text);
        return orderResult(op, c < 0 ? -1 : (c > 0 ? 1 : 0));
    }
    if ((a->tag == rt::Tag::List && b->tag == rt::Tag::List) || (a->tag == rt::Tag::Tuple && b->tag == rt::Tag::Tuple)) {
        const ObjVec& x = a->tag == rt::Tag::List ? static_cast<rt::ListObject*>(a)->items : static_cast<rt::TupleObject*>(a)->items;
        const ObjVec& y = b->tag == rt::Tag::List ? static_cast<rt::ListObject*>(b)->items : static_cast<rt::TupleObject*>(b)->items;
        std::size_t n = std::min(x.size(), y.size());
        for (std::size_t i = 0; i < n; ++i) {
            bool same = x[i].get() == y[i].get() || equals(x[i].get(), y[i].get());
            if (m_abort || pollStop()) return -1;
            if (same) continue;
            ObjRef xi = x[i], yi = y[i];
            return compare(op, xi.get(), yi.get());
        }
        return orderResult(op, x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0));
    }
    bool aSet = a->tag == rt::Tag::Set || a->tag == rt::Tag::FrozenSet;
    bool bSet = b->tag == rt::Tag::Set || b->tag == rt::Tag::FrozenSet;
    if (aSet && bSet) {
        auto* x = static_cast<rt::SetObject*>(a);
        auto* y = static_cast<rt::SetObject*>(b);
        auto subset = [this](rt::SetObject* p, rt::SetObject* q) {
            bool all = true;
            p->forEach([&](const Object* k, std::int64_t h) {
                if (all && (q->find(k, h) < 0 || pollStop())) all = false;
            });
            return all;
        };
        int r = 0;
        switch (op) {
        case CmpOperator::LtE: r = subset(x, y); break;
        case CmpOperator::Lt: r = x->used < y->used && subset(x, y); break;
        case CmpOperator::GtE: r = subset(y, x); break;
        case CmpOperator::Gt: r = y->used < x->used && subset(y, x); break;
        default: break;
        }
        return m_abort ? -1 : r;
    }
    raise("TypeError", std::string("'") + toString(op) + "' not supported between instances of '" + typeName(a) +
                           "' and '" + typeName(b) + "'");
    return -1;
}

std::optional<std::int64_t> Interpreter::indexValue(Object* o, const char* what) {
    std::int64_t v = 0;
    if (isIntLike(o)) {
        if (smallValue(o, v)) return v;
        raise("IndexError", "cannot fit 'int' into an index-sized integer");
        return std::nullopt;
    }
    raise("TypeError", std::string(what) + std::string(typeName(o)));
    return std::nullopt;
}

} // namespace memstep::core::interp
