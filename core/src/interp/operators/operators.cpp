// Operators on builtin values: arithmetic, comparison, truth, membership, hashing.
//
// Ints take an int64 fast path and move to BigInt only when a result overflows; every
// message is CPython 3.11's, because students read them.
#include "interp/attributes/attribute_hooks.h"
#include "interp/attributes/value_subclass.h"
#include "interp/builtins/builtins_util.h"
#include "interp/builtins/bytes_util.h"
#include "interp/interpreter.h"
#include "interp/operators/binary_operators.h"
#include "interp/operators/deque_ops.h"
#include "numeric/float_format.h"

#include <algorithm>
#include <cmath>

namespace memstep::core::interp {

using namespace syntax;
using numeric::BigInt;
using ops::bigValue;
using ops::isIntLike;
using ops::isNumber;
using ops::smallValue;

namespace {

// == on one object is true unless it is a float NaN: CPython's float compares by value, the
// identity shortcut belongs to containers (nan in [nan]).
bool isNan(const Object* o) {
    if (o->tag == rt::Tag::Complex)
        return std::isnan(static_cast<const rt::ComplexObject*>(o)->value.real) ||
               std::isnan(static_cast<const rt::ComplexObject*>(o)->value.imag);
    return o->tag == rt::Tag::Float && std::isnan(static_cast<const rt::FloatObject*>(o)->value);
}

// The operator as CPython's TypeError names it: the AST's spelling, except that a plain `**`
// is "** or pow()" (pow() raises the same message) while `**=` stays "**=".
std::string opSymbol(Operator op, bool inplace) {
    if (inplace)
        return std::string(toString(op)) + "=";
    return op == Operator::Pow ? "** or pow()" : toString(op);
}

// The native method `name` of a library class's instance (typing's special forms, aliases and
// type variables keep __or__ and __ror__ in their class namespace); null for anything else.
rt::BuiltinObject* libraryInstanceMethod(Object* o, const char* name) {
    if (o->tag != rt::Tag::Instance)
        return nullptr;
    for (rt::TypeObject* c = static_cast<rt::InstanceObject*>(o)->cls; c && !c->isUser; c = c->base)
        if (const ObjRef* v = c->dict.find(name))
            return (*v)->tag == rt::Tag::Builtin ? static_cast<rt::BuiltinObject*>(v->get())
                                                 : nullptr;
    return nullptr;
}

// `a | b` through a library instance's __or__ or the right operand's __ror__, in CPython's
// order (`Self | None` is Optional[Self], `int | Self` asks Self's __ror__ after type's
// __or__ declined). Null with no exception when neither answers.
ObjRef libraryInstanceOr(Interpreter& in, Object* a, Object* b) {
    auto attempt = [&](Object* self, Object* other, const char* name) -> ObjRef {
        rt::BuiltinObject* fn = libraryInstanceMethod(self, name);
        if (!fn)
            return nullptr;
        rt::CallArgs args;
        args.positional.push_back(ObjRef(other));
        ObjRef r = fn->fn(in, self, args);
        return r && r.get() == in.notImplemented().get() ? nullptr : r;
    };
    if (ObjRef r = attempt(a, b, "__or__"); r || in.hasException())
        return r;
    return attempt(b, a, "__ror__");
}

bool orderResult(CmpOperator op, int c) {
    switch (op) {
    case CmpOperator::Lt:
        return c < 0;
    case CmpOperator::LtE:
        return c <= 0;
    case CmpOperator::Gt:
        return c > 0;
    case CmpOperator::GtE:
        return c >= 0;
    case CmpOperator::Eq:
        return c == 0;
    case CmpOperator::NotEq:
        return c != 0;
    default:
        return false;
    }
}

} // namespace

namespace {

// Two str, or two bytes-like objects: ordered by their bytes.
bool sameTextKind(const Object* a, const Object* b) {
    return (a->tag == rt::Tag::Str && b->tag == rt::Tag::Str) || (isBytesLike(a) && isBytesLike(b));
}
const std::string& rawText(const Object* o) {
    return o->tag == rt::Tag::Str ? static_cast<const rt::StrObject*>(o)->text : bytesData(o);
}

// The builtin types' operator for `a op b`, by operand type (binary_operators.h); nullopt
// when none applies.
ops::BinaryResult builtinBinary(Interpreter& in, Operator op, Object* a, Object* b, bool inplace) {
    if (ops::isIntLike(a) && ops::isIntLike(b))
        return ops::intBinary(in, op, a, b);
    if (ops::isNumber(a) && ops::isNumber(b))
        return ops::floatBinary(in, op, a, b);
    if ((a->tag == rt::Tag::Complex || b->tag == rt::Tag::Complex) && ops::isComplexOperand(a) &&
        ops::isComplexOperand(b))
        return ops::complexBinary(in, op, a, b);
    if (ops::isSetLikeView(a) || ops::isSetLikeView(b))
        if (ops::BinaryResult r = ops::viewBinary(in, op, a, b))
            return r;
    switch (a->tag) {
    case rt::Tag::Str:
        return ops::strBinary(in, op, a, b, inplace);
    case rt::Tag::List:
        return ops::listBinary(in, op, a, b, inplace);
    case rt::Tag::Tuple:
        return ops::tupleBinary(in, op, a, b, inplace);
    case rt::Tag::Set:
    case rt::Tag::FrozenSet:
        return ops::setBinary(in, op, a, b, inplace);
    case rt::Tag::Dict:
        return ops::dictBinary(in, op, a, b, inplace);
    case rt::Tag::Bytes:
    case rt::Tag::ByteArray:
        return ops::bytesBinary(in, op, a, b, inplace);
    default:
        break;
    }
    if (op == Operator::Mult && ops::isIntLike(a) && isBytesLike(b))
        return ops::repeatBytesLeft(in, a, b);
    // `3 * "ab"`: the int on the left repeats the sequence on the right. Never in place, even
    // for `n *= xs`: the int has no in-place form, so CPython makes a new list (xs is untouched).
    if (op == Operator::Mult && ops::isIntLike(a) &&
        (b->tag == rt::Tag::Str || b->tag == rt::Tag::List || b->tag == rt::Tag::Tuple))
        return ops::repeatSequence(in, b, a, false);
    return std::nullopt;
}

// `a op b` with a defaultdict, Counter or OrderedDict on either side: the left one's own
// operator (Counter's + - | &, their in-place forms), else Unsupported, since the rest of
// what CPython's library types do here (defaultdict | dict, dict | Counter...) is not
// written.
ObjRef libraryDictBinary(Interpreter& in, Operator op, Object* a, Object* b, bool inplace) {
    const char* name = op == Operator::Add      ? "add"
                       : op == Operator::Sub    ? "sub"
                       : op == Operator::BitOr  ? "or"
                       : op == Operator::BitAnd ? "and"
                                                : nullptr;
    if (name && Interpreter::libraryDictType(a)) {
        for (bool inPlace : {true, false}) {
            if (inPlace && !inplace)
                continue;
            bool found = false;
            std::string dunder = std::string(inPlace ? "__i" : "__") + name + "__";
            ObjRef r = in.callLibraryDunder(a, dunder, {ObjRef(b)}, &found);
            if (found && (!r || r.get() != in.notImplemented().get()))
                return r;
        }
    }
    return in.abortUnsupported(std::string("the operator ") + opSymbol(op, inplace) + " on '" +
                               in.typeName(a) + "' and '" + in.typeName(b) + "' is not supported");
}

} // namespace

ObjRef Interpreter::binary(Operator op, Object* a, Object* b, bool inplace) {
    ObjRef fast;
    if (ops::libraryValueOperands(op, a, b)) {
        if (ops::BinaryResult r = ops::libraryValueBinary(*this, op, a, b))
            return std::move(*r);
    } else if (ops::smallIntFastPath(*m_heap, op, a, b, fast))
        return fast;
    if (isUserObject(a) || isUserObject(b))
        return userBinary(op, a, b, inplace);
    if (libraryDictType(a) || libraryDictType(b))
        return libraryDictBinary(*this, op, a, b, inplace);
    if (std::optional<ObjRef> result = builtinBinary(*this, op, a, b, inplace))
        return std::move(*result);
    if (op == Operator::BitOr) {
        if (ObjRef u = typeUnion(a, b))
            return u;
        if (ObjRef u = libraryInstanceOr(*this, a, b); u || hasException())
            return u;
    }
    if (a->tag == rt::Tag::Deque || b->tag == rt::Tag::Deque)
        if (std::optional<ObjRef> result = dequeBinary(*this, op, a, b, inplace))
            return std::move(*result);
    return raise("TypeError", std::string("unsupported operand type(s) for ") +
                                  opSymbol(op, inplace) + ": '" + typeName(a) + "' and '" +
                                  typeName(b) + "'");
}

ObjRef Interpreter::unary(UnaryOperator op, Object* a) {
    rt::Heap& h = *m_heap;
    if (op == UnaryOperator::Not) {
        int t = truthy(a);
        if (t < 0)
            return nullptr;
        return boolean(!t);
    }
    if (op == UnaryOperator::Invert)
        if (ops::BinaryResult r = ops::libraryValueInvert(*this, a))
            return std::move(*r);
    if (isIntLike(a)) {
        std::int64_t v = 0;
        if (smallValue(a, v)) {
            switch (op) {
            case UnaryOperator::USub:
                if (auto r = numeric::checkedNeg(v))
                    return h.newInt(*r);
                break;
            case UnaryOperator::UAdd:
                return a->tag == rt::Tag::Bool ? h.newInt(v) : exactValue(*this, ObjRef(a));
            case UnaryOperator::Invert:
                return h.newInt(~v);
            default:
                break;
            }
        }
        BigInt b = bigValue(a);
        switch (op) {
        case UnaryOperator::USub:
            return h.newInt(-b);
        case UnaryOperator::UAdd:
            return exactValue(*this, ObjRef(a));
        case UnaryOperator::Invert:
            return h.newInt(~b);
        default:
            break;
        }
    }
    if (a->tag == rt::Tag::Float) {
        double d = static_cast<rt::FloatObject*>(a)->value;
        if (op == UnaryOperator::USub)
            return h.newFloat(-d);
        if (op == UnaryOperator::UAdd)
            return exactValue(*this, ObjRef(a)); // +Temp(1.5) is a float
    }
    if (a->tag == rt::Tag::Complex && op != UnaryOperator::Invert)
        return ops::complexUnary(*this, op, a);
    if (isUserObject(a))
        return userUnary(op, a);
    if (libraryDictType(a))
        return abortUnsupported(std::string("unary operators on a '") + typeName(a) +
                                "' are not supported");
    const char* sym = op == UnaryOperator::USub ? "-" : op == UnaryOperator::UAdd ? "+" : "~";
    return raise("TypeError",
                 std::string("bad operand type for unary ") + sym + ": '" + typeName(a) + "'");
}

int Interpreter::truthy(Object* o) {
    switch (o->tag) {
    case rt::Tag::None:
        return 0;
    case rt::Tag::Bool:
        return static_cast<rt::BoolObject*>(o)->value;
    case rt::Tag::Int: {
        auto* i = static_cast<rt::IntObject*>(o);
        return i->isBig() ? !i->big->isZero() : i->small != 0;
    }
    case rt::Tag::Float:
        return static_cast<rt::FloatObject*>(o)->value != 0.0;
    case rt::Tag::Complex:
        return static_cast<rt::ComplexObject*>(o)->value.real != 0.0 ||
               static_cast<rt::ComplexObject*>(o)->value.imag != 0.0;
    case rt::Tag::Str:
        return !static_cast<rt::StrObject*>(o)->text.empty();
    case rt::Tag::Bytes:
    case rt::Tag::ByteArray:
        return !bytesData(o).empty();
    case rt::Tag::List:
    case rt::Tag::Deque:
        if (overridesLen(*this, o))
            return userTruthy(o);
        return !static_cast<rt::ListObject*>(o)->items.empty();
    case rt::Tag::Tuple:
        return !static_cast<rt::TupleObject*>(o)->items.empty();
    case rt::Tag::Dict:
        return static_cast<rt::DictObject*>(o)->used > 0;
    case rt::Tag::Set:
    case rt::Tag::FrozenSet:
        return static_cast<rt::SetObject*>(o)->used > 0;
    case rt::Tag::Range:
        return static_cast<rt::RangeObject*>(o)->length() > 0;
    case rt::Tag::DictView:
        return static_cast<rt::DictObject*>(static_cast<rt::DictViewObject*>(o)->dict.get())->used >
               0;
    default:
        return isUserObject(o) ? userTruthy(o) : 1;
    }
}

namespace {

// True when hashing the tuple must run a program's __hash__ (an item of a program class, in
// it or in a tuple inside it). Each item visited is work for `poll` (a tuple of shared tuples
// can hold billions): when it says stop, the answer is false and the caller's hash stops too.
bool holdsProgramObject(const rt::TupleObject* t, Interpreter& poll) {
    for (const ObjRef& item : t->items)
        if (poll.aborted() || poll.pollStop())
            return false;
        else if (rt::isProgramObject(item.get()) ||
                 (item->tag == rt::Tag::Tuple &&
                  holdsProgramObject(static_cast<const rt::TupleObject*>(item.get()), poll)))
            return true;
    return false;
}

} // namespace

std::optional<std::int64_t> Interpreter::hash(Object* o) {
    if (isUserObject(o))
        return userHash(o);
    if (isGenericAlias(o) || isUnion(o))
        return aliasHash(o);
    if (o->tag == rt::Tag::Tuple && holdsProgramObject(static_cast<rt::TupleObject*>(o), *this)) {
        // CPython's tuplehash: each item's hash in order, its __hash__ running for the
        // program's objects, combined as rt::hashOf combines builtin ones.
        ObjRef keep(o);
        std::vector<std::int64_t> lanes;
        for (std::size_t i = 0; i < static_cast<rt::TupleObject*>(o)->items.size(); ++i) {
            ObjRef item = static_cast<rt::TupleObject*>(o)->items[i];
            auto h = hash(item.get());
            if (!h)
                return std::nullopt;
            lanes.push_back(*h);
        }
        return rt::tupleHash(lanes);
    }
    auto h = rt::hashOf(o, this);
    if (h || m_abort || hasException())
        return h;
    // A tuple is unhashable through an item: CPython names the innermost culprit's type.
    Object* culprit = o;
    while (culprit->tag == rt::Tag::Tuple) {
        Object* inner = nullptr;
        for (const ObjRef& item : static_cast<rt::TupleObject*>(culprit)->items)
            if (!isUserObject(item.get()) && !rt::hashOf(item.get(), this)) {
                inner = item.get();
                break;
            }
        if (!inner)
            break;
        culprit = inner;
    }
    raise("TypeError", "unhashable type: '" + std::string(typeName(culprit)) + "'");
    return h;
}

int Interpreter::keysEqual(Object* stored, Object* probe) {
    ObjRef keepStored(stored), keepProbe(probe);
    return compare(CmpOperator::Eq, stored, probe);
}

// CPython's dict_equal: each entry of `a` in order is looked up in `b` (the program's __eq__
// runs for its keys) and the two values compared with ==, stopping at the first difference.
int Interpreter::dictsEqual(rt::DictObject* a, rt::DictObject* b) {
    if (a->used != b->used)
        return 0;
    ObjRef keepA(a), keepB(b);
    for (std::size_t i = 0; i < a->entries.size(); ++i) {
        ObjRef key = a->entries[i].key;
        if (!key)
            continue;
        ObjRef value = a->entries[i].value;
        auto pos = b->find(key.get(), a->entries[i].hash, *this);
        if (pos == rt::kLookupFailed)
            return -1;
        if (pos < 0)
            return 0;
        ObjRef other = b->entries[static_cast<std::size_t>(pos)].value;
        int r = value.get() == other.get() ? 1 : compare(CmpOperator::Eq, value.get(), other.get());
        if (r <= 0 || pollStop())
            return m_abort ? -1 : r;
    }
    if (!a->orderedEqual || !b->orderedEqual)
        return 1;
    // Two OrderedDicts: then their keys pairwise, in order (_odict_keys_equal).
    std::size_t i = 0, j = 0;
    while (true) {
        while (i < a->entries.size() && !a->entries[i].key)
            ++i;
        while (j < b->entries.size() && !b->entries[j].key)
            ++j;
        if (i >= a->entries.size() || j >= b->entries.size())
            return i >= a->entries.size() && j >= b->entries.size();
        ObjRef x = a->entries[i++].key, y = b->entries[j++].key;
        int r = x.get() == y.get() ? 1 : compare(CmpOperator::Eq, x.get(), y.get());
        if (r <= 0)
            return r;
    }
}

int Interpreter::containersEqual(Object* a, Object* b) {
    if (a->tag == rt::Tag::Dict)
        return dictsEqual(static_cast<rt::DictObject*>(a), static_cast<rt::DictObject*>(b));
    return setsEqual(static_cast<rt::SetObject*>(a), static_cast<rt::SetObject*>(b));
}

// CPython's set_richcompare for ==: the sizes, then set_issubset (each item of `a` looked up
// in `b`, stopping at the first missing one).
int Interpreter::setsEqual(rt::SetObject* a, rt::SetObject* b) {
    if (a->used != b->used)
        return 0;
    return setIsSubset(a, b);
}

int Interpreter::setIsSubset(rt::SetObject* a, rt::SetObject* b) {
    if (a->used > b->used)
        return 0;
    ObjRef keepA(a), keepB(b);
    for (std::size_t i = 0; i < a->table.size(); ++i) {
        ObjRef key = a->table[i].key;
        if (!key)
            continue;
        auto slot = b->find(key.get(), a->table[i].hash, *this);
        if (slot == rt::kLookupFailed)
            return -1;
        if (slot < 0 || pollStop())
            return m_abort ? -1 : 0;
    }
    return 1;
}

int Interpreter::contains(Object* container, Object* item) {
    if (container->tag == rt::Tag::Type) {
        auto* t = static_cast<rt::TypeObject*>(container);
        if (t->meta && t->meta->contains) {
            rt::CallArgs args;
            args.positional.push_back(ObjRef(item));
            ObjRef r = t->meta->contains(*this, t, args);
            return r ? r.get() == boolean(true).get() : -1;
        }
    }
    if (isBytesLike(container))
        return bytesContains(*this, container, item);
    switch (container->tag) {
    case rt::Tag::List:
    case rt::Tag::Deque:
    case rt::Tag::Tuple: {
        const ObjVec& items = container->tag != rt::Tag::Tuple
                                  ? static_cast<rt::ListObject*>(container)->items
                                  : static_cast<rt::TupleObject*>(container)->items;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].get() == item || equals(items[i].get(), item))
                return 1;
            if (m_exception || pollStop())
                return -1; // a user __eq__ failed, or the run stopped
        }
        return 0;
    }
    case rt::Tag::Str: {
        if (item->tag != rt::Tag::Str) {
            raise("TypeError", "'in <string>' requires string as left operand, not " +
                                   std::string(typeName(item)));
            return -1;
        }
        auto found = findText(*this, static_cast<rt::StrObject*>(container)->text,
                              static_cast<rt::StrObject*>(item)->text);
        if (!found)
            return -1;
        return *found != std::string::npos;
    }
    case rt::Tag::Dict: {
        auto h = hash(item);
        if (!h)
            return -1;
        auto pos = static_cast<rt::DictObject*>(container)->find(item, *h, *this);
        return pos == rt::kLookupFailed ? -1 : pos >= 0;
    }
    case rt::Tag::Set:
    case rt::Tag::FrozenSet: {
        auto h = hash(item);
        if (!h)
            return -1;
        auto slot = static_cast<rt::SetObject*>(container)->find(item, *h, *this);
        return slot == rt::kLookupFailed ? -1 : slot >= 0;
    }
    case rt::Tag::Range: {
        auto* r = static_cast<rt::RangeObject*>(container);
        std::int64_t v = 0;
        if (isIntLike(item)) {
            if (!smallValue(item, v))
                return 0;
        } else if (item->tag == rt::Tag::Float) {
            double d = static_cast<rt::FloatObject*>(item)->value;
            if (d != std::floor(d) || std::fabs(d) > 9e18)
                return 0;
            v = static_cast<std::int64_t>(d);
        } else {
            return 0;
        }
        if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop))
            return 0;
        return (v - r->start) % r->step == 0;
    }
    case rt::Tag::DictView: {
        auto* view = static_cast<rt::DictViewObject*>(container);
        auto* d = static_cast<rt::DictObject*>(view->dict.get());
        if (view->kind == rt::DictViewObject::Kind::Keys)
            return contains(d, item);
        if (view->kind == rt::DictViewObject::Kind::Values) {
            for (const rt::DictEntry& e : d->entries) {
                if (e.key && (e.value.get() == item || equals(e.value.get(), item)))
                    return 1;
                if (m_exception || pollStop())
                    return -1;
            }
            return 0;
        }
        if (item->tag != rt::Tag::Tuple || static_cast<rt::TupleObject*>(item)->items.size() != 2)
            return 0;
        ObjRef keep(item);
        auto& kv = static_cast<rt::TupleObject*>(item)->items;
        auto h = hash(kv[0].get());
        if (!h)
            return -1;
        auto pos = d->find(kv[0].get(), *h, *this);
        if (pos == rt::kLookupFailed)
            return -1;
        if (pos < 0)
            return 0;
        ObjRef found = d->entries[static_cast<std::size_t>(pos)].value;
        return found.get() == kv[1].get() ? 1 : compare(CmpOperator::Eq, found.get(), kv[1].get());
    }
    case rt::Tag::Iterator: {
        while (true) {
            ObjRef x = next(container);
            if (!x)
                return hasException() ? -1 : 0;
            if (x.get() == item || equals(x.get(), item))
                return 1;
            if (m_abort)
                return -1;
        }
    }
    default:
        if (isUserObject(container) || ops::libraryValueContainer(container))
            return userContains(container, item);
        raise("TypeError",
              "argument of type '" + std::string(typeName(container)) + "' is not iterable");
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
            case CmpOperator::Lt:
                return x->small < y->small;
            case CmpOperator::LtE:
                return x->small <= y->small;
            case CmpOperator::Gt:
                return x->small > y->small;
            case CmpOperator::GtE:
                return x->small >= y->small;
            case CmpOperator::Eq:
                return x->small == y->small;
            case CmpOperator::NotEq:
                return x->small != y->small;
            default:
                break;
            }
        }
    }
    switch (op) {
    case CmpOperator::Is:
        return a == b;
    case CmpOperator::IsNot:
        return a != b;
    case CmpOperator::In:
        return contains(b, a);
    case CmpOperator::NotIn: {
        int r = contains(b, a);
        return r < 0 ? -1 : !r;
    }
    default:
        break;
    }
    if (isUserObject(a) || isUserObject(b))
        return userCompare(op, a, b);
    if (a->tag == rt::Tag::Slice && b->tag == rt::Tag::Slice)
        return ops::compareSlices(*this, op, a, b);
    if (int r = ops::compareViews(*this, op, a, b); r != ops::kNotHandled)
        return r;
    if (a->tag == rt::Tag::Instance)
        if (auto fn = static_cast<rt::InstanceObject*>(a)->cls->compareInstance)
            return fn(*this, static_cast<int>(op), a, b);
    switch (op) {
    case CmpOperator::Eq:
    case CmpOperator::NotEq: {
        if (int r = ops::libraryEquality(*this, op, a, b); r != ops::kNotHandled)
            return r;
        if (a->tag == b->tag && isSequence(a))
            return sequencesEqual(a, b, op == CmpOperator::NotEq);
        int same = a == b ? (isNan(a) ? 0 : 1) : rt::builtinEquality(a, b, this);
        if ((same == rt::kAskProgram && (same = containersEqual(a, b)) < 0) || m_abort)
            return -1; // a program's __eq__ failed, or stopped inside a huge comparison
        return op == CmpOperator::Eq ? same : !same;
    }
    default:
        break;
    }
    if (isIntLike(a) && isIntLike(b)) {
        std::int64_t x = 0, y = 0;
        if (smallValue(a, x) && smallValue(b, y))
            return orderResult(op, x < y ? -1 : (x > y ? 1 : 0));
        auto c = bigValue(a) <=> bigValue(b);
        return orderResult(op, c < 0 ? -1 : (c > 0 ? 1 : 0));
    }
    if (isNumber(a) && isNumber(b)) {
        if (a->tag == rt::Tag::Float && b->tag == rt::Tag::Float) {
            double x = static_cast<rt::FloatObject*>(a)->value,
                   y = static_cast<rt::FloatObject*>(b)->value;
            if (std::isnan(x) || std::isnan(y))
                return 0;
            return orderResult(op, x < y ? -1 : (x > y ? 1 : 0));
        }
        bool flip = a->tag == rt::Tag::Float;
        Object* i = flip ? b : a;
        double d = static_cast<rt::FloatObject*>(flip ? a : b)->value;
        auto c = numeric::compareIntFloat(bigValue(i), d);
        if (c == std::partial_ordering::unordered)
            return 0;
        int v =
            c == std::partial_ordering::less ? -1 : (c == std::partial_ordering::greater ? 1 : 0);
        return orderResult(op, flip ? -v : v);
    }
    if (sameTextKind(a, b)) {
        int c = rawText(a).compare(rawText(b)); // UTF-8 and bytes both order as memcmp does
        return orderResult(op, c < 0 ? -1 : (c > 0 ? 1 : 0));
    }
    if (a->tag == b->tag &&
        (a->tag == rt::Tag::List || a->tag == rt::Tag::Deque || a->tag == rt::Tag::Tuple)) {
        const ObjVec& x = a->tag != rt::Tag::Tuple ? static_cast<rt::ListObject*>(a)->items
                                                   : static_cast<rt::TupleObject*>(a)->items;
        const ObjVec& y = b->tag != rt::Tag::Tuple ? static_cast<rt::ListObject*>(b)->items
                                                   : static_cast<rt::TupleObject*>(b)->items;
        return compareSequences(op, x, y);
    }
    return ops::orderOthers(*this, op, a, b);
}

// == of two lists (deques, tuples), as list_richcompare does it: the lengths, then each pair
// of items by identity or ==, which runs a program's __eq__ (items of a program class, a
// dataclass's fields). Re-reads the sizes each time: an __eq__ may change the lists.
int Interpreter::sequencesEqual(Object* a, Object* b, bool negate) {
    auto items = [](Object* o) -> const ObjVec& {
        return o->tag != rt::Tag::Tuple ? static_cast<rt::ListObject*>(o)->items
                                        : static_cast<rt::TupleObject*>(o)->items;
    };
    if (items(a).size() != items(b).size())
        return negate;
    // CPython counts this nesting against the recursion limit, together with the frames of
    // the moment: memstep refuses long before it could disagree about where that falls.
    constexpr int kMaxCompareNesting = 500;
    if (m_compareNesting >= kMaxCompareNesting) {
        abortUnsupported("comparing lists or tuples nested more than " +
                         std::to_string(kMaxCompareNesting) + " deep");
        return -1;
    }
    ++m_compareNesting;
    int result = 1;
    for (std::size_t i = 0; i < items(a).size() && i < items(b).size(); ++i) {
        ObjRef x = items(a)[i], y = items(b)[i];
        int r = x == y ? 1 : compare(CmpOperator::Eq, x.get(), y.get());
        if (r <= 0 || pollStop()) {
            result = m_abort ? -1 : r;
            break;
        }
    }
    --m_compareNesting;
    if (result < 0)
        return result;
    return (result == 1 && items(a).size() == items(b).size()) != negate;
}

// Lists with lists, tuples with tuples: the first items that differ decide, else the lengths.
int Interpreter::compareSequences(CmpOperator op, const ObjVec& x, const ObjVec& y) {
    std::size_t n = std::min(x.size(), y.size());
    for (std::size_t i = 0; i < n; ++i) {
        bool same = x[i].get() == y[i].get() || equals(x[i].get(), y[i].get());
        if (m_abort || pollStop())
            return -1;
        if (same)
            continue;
        ObjRef xi = x[i], yi = y[i];
        return compare(op, xi.get(), yi.get());
    }
    return orderResult(op, x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0));
}

// Sets order by inclusion: <= is "subset of", < a proper subset (CPython's set_richcompare).
int Interpreter::compareSets(CmpOperator op, rt::SetObject* x, rt::SetObject* y) {
    switch (op) {
    case CmpOperator::LtE:
        return setIsSubset(x, y);
    case CmpOperator::Lt:
        return x->used < y->used ? setIsSubset(x, y) : 0;
    case CmpOperator::GtE:
        return setIsSubset(y, x);
    case CmpOperator::Gt:
        return y->used < x->used ? setIsSubset(y, x) : 0;
    default:
        return 0;
    }
}

std::optional<std::int64_t> Interpreter::indexValue(Object* o, const char* what) {
    std::int64_t v = 0;
    if (isIntLike(o)) {
        if (smallValue(o, v))
            return v;
        raise("IndexError", "cannot fit 'int' into an index-sized integer");
        return std::nullopt;
    }
    raise("TypeError", std::string(what) + std::string(typeName(o)));
    return std::nullopt;
}

} // namespace memstep::core::interp
