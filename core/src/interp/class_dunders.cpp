// Dunder dispatch: what operators, builtins and statements do with objects of the program's
// own classes.
//
// Each special method is an ordinary Python call (its own frame and steps, exactly where
// CPython makes it), looked up on the class, never on the instance, as CPython does. The
// order of attempts follows CPython's abstract.c and object.c: binary operators try the
// in-place method, then the reflected method first only when the right operand's class is a
// subclass that overrides it, then left, then right; comparisons always try the reflected
// method after NotImplemented; `==` falls back to identity. Error texts are CPython's.
#include "interp/attributes/attribute_hooks.h"
#include "interp/builtins/builtins_util.h"
#include "interp/interpreter.h"
#include "interp/operators/binary_operators.h"

#include <cstdio>
#include <limits>
#ifdef __linux__
#include <sys/sysinfo.h>
#endif
#ifndef _WIN32
#include <unistd.h>
#endif

namespace memstep::core::interp {

using namespace syntax;
using rt::TypeObject;

namespace {

struct BinaryNames {
    const char* name;
    const char* reflected;
    const char* inplace;
};

BinaryNames binaryNames(Operator op) {
    switch (op) {
    case Operator::Add:
        return {"__add__", "__radd__", "__iadd__"};
    case Operator::Sub:
        return {"__sub__", "__rsub__", "__isub__"};
    case Operator::Mult:
        return {"__mul__", "__rmul__", "__imul__"};
    case Operator::MatMult:
        return {"__matmul__", "__rmatmul__", "__imatmul__"};
    case Operator::Div:
        return {"__truediv__", "__rtruediv__", "__itruediv__"};
    case Operator::Mod:
        return {"__mod__", "__rmod__", "__imod__"};
    case Operator::Pow:
        return {"__pow__", "__rpow__", "__ipow__"};
    case Operator::LShift:
        return {"__lshift__", "__rlshift__", "__ilshift__"};
    case Operator::RShift:
        return {"__rshift__", "__rrshift__", "__irshift__"};
    case Operator::BitOr:
        return {"__or__", "__ror__", "__ior__"};
    case Operator::BitXor:
        return {"__xor__", "__rxor__", "__ixor__"};
    case Operator::BitAnd:
        return {"__and__", "__rand__", "__iand__"};
    case Operator::FloorDiv:
        return {"__floordiv__", "__rfloordiv__", "__ifloordiv__"};
    }
    return {"__add__", "__radd__", "__iadd__"};
}

const char* compareName(CmpOperator op) {
    switch (op) {
    case CmpOperator::Eq:
        return "__eq__";
    case CmpOperator::NotEq:
        return "__ne__";
    case CmpOperator::Lt:
        return "__lt__";
    case CmpOperator::LtE:
        return "__le__";
    case CmpOperator::Gt:
        return "__gt__";
    case CmpOperator::GtE:
        return "__ge__";
    default:
        return "__eq__";
    }
}

CmpOperator reflectedCompare(CmpOperator op) {
    switch (op) {
    case CmpOperator::Lt:
        return CmpOperator::Gt;
    case CmpOperator::LtE:
        return CmpOperator::GtE;
    case CmpOperator::Gt:
        return CmpOperator::Lt;
    case CmpOperator::GtE:
        return CmpOperator::LtE;
    default:
        return op;
    }
}

// `sequence * obj` or `obj * sequence` once no __mul__ took it (sequence_repeat): the
// repetition by the int obj's __index__ returns, else CPython's "can't multiply sequence by
// non-int"; nullopt when neither operand is a sequence that repeats.
std::optional<ObjRef> repeatByIndex(Interpreter& in, Object* a, Object* b, bool inplace) {
    auto repeats = [](const Object* o) {
        return o->tag == rt::Tag::Str || o->tag == rt::Tag::List || o->tag == rt::Tag::Tuple ||
               o->tag == rt::Tag::Bytes || o->tag == rt::Tag::ByteArray;
    };
    Object* seq = repeats(a) ? a : repeats(b) ? b : nullptr;
    if (!seq)
        return std::nullopt;
    Object* n = seq == a ? b : a;
    if (!in.hasUserIndex(n))
        return in.raise("TypeError", "can't multiply sequence by non-int of type '" +
                                         std::string(in.typeName(n)) + "'");
    ObjRef count = in.userIndex(n);
    if (!count)
        return ObjRef();
    if (static_cast<rt::IntObject*>(count.get())->isBig()) // PyNumber_AsSsize_t names n's type
        return in.raise("OverflowError", "cannot fit '" + std::string(in.typeName(n)) +
                                             "' into an index-sized integer");
    return in.binary(Operator::Mult, seq, count.get(), inplace && seq == a);
}

} // namespace

ObjRef Interpreter::userBinary(Operator op, Object* a, Object* b, bool inplace) {
    BinaryNames names = binaryNames(op);
    ObjRef keepA(a), keepB(b);
    bool found = false;
    auto handled = [&](const ObjRef& r) { return !r || r.get() != m_notImplemented.get(); };
    if (inplace && isUserObject(a)) {
        ObjRef r = callDunder(a, names.inplace, {ObjRef(b)}, &found);
        if (found && handled(r))
            return r;
    }
    TypeObject* ta = typeOf(a);
    TypeObject* tb = typeOf(b);
    bool rightFirst = false;
    if (isUserObject(b) && ta != tb && isSubtype(tb, ta)) {
        ObjRef mine = lookupInType(tb, names.reflected);
        rightFirst = mine && mine != lookupInType(ta, names.reflected);
    }
    if (rightFirst) {
        ObjRef r = callDunder(b, names.reflected, {ObjRef(a)}, &found);
        if (found && handled(r))
            return r;
    }
    if (isUserObject(a)) {
        ObjRef r = callDunder(a, names.name, {ObjRef(b)}, &found);
        if (found && handled(r))
            return r;
    }
    // str's own % (unicode_mod) formats whatever stands on its right: `"%s" % obj` never
    // reaches obj's __rmod__ unless obj's class overrides it as a subclass of str would.
    if (op == Operator::Mod && a->tag == rt::Tag::Str)
        if (std::optional<ObjRef> r = ops::strBinary(*this, op, a, b, inplace))
            return std::move(*r);
    if (!rightFirst && isUserObject(b) && ta != tb) {
        ObjRef r = callDunder(b, names.reflected, {ObjRef(a)}, &found);
        if (found && handled(r))
            return r;
    }
    // A sequence on the left concatenates once b's __radd__ declines (sq_concat,
    // sq_inplace_concat): `xs += obj` extends a list with any iterable; the others refuse b
    // in their own words ("can only concatenate str (not "C") to str").
    if (op == Operator::Add && !isUserObject(a)) {
        std::optional<ObjRef> r;
        if (a->tag == rt::Tag::Str)
            r = ops::strBinary(*this, op, a, b, inplace);
        else if (a->tag == rt::Tag::List)
            r = ops::listBinary(*this, op, a, b, inplace);
        else if (a->tag == rt::Tag::Tuple)
            r = ops::tupleBinary(*this, op, a, b, inplace);
        else if (a->tag == rt::Tag::Bytes || a->tag == rt::Tag::ByteArray)
            r = ops::bytesBinary(*this, op, a, b, inplace);
        if (r)
            return std::move(*r);
    }
    if (op == Operator::Mult)
        if (std::optional<ObjRef> r = repeatByIndex(*this, a, b, inplace))
            return std::move(*r);
    std::string symbol = inplace               ? std::string(toString(op)) + "="
                         : op == Operator::Pow ? "** or pow()"
                                               : toString(op);
    return raise("TypeError", "unsupported operand type(s) for " + symbol + ": '" + typeName(a) +
                                  "' and '" + typeName(b) + "'");
}

ObjRef Interpreter::userDivmod(Object* a, Object* b) {
    // userBinary's order of attempts, for the one operation without an operator of its own.
    ObjRef keepA(a), keepB(b);
    bool found = false;
    auto handled = [&](const ObjRef& r) { return !r || r.get() != m_notImplemented.get(); };
    TypeObject* ta = typeOf(a);
    TypeObject* tb = typeOf(b);
    bool rightFirst = false;
    if (isUserObject(b) && ta != tb && isSubtype(tb, ta)) {
        ObjRef mine = lookupInType(tb, "__rdivmod__");
        rightFirst = mine && mine != lookupInType(ta, "__rdivmod__");
    }
    if (rightFirst) {
        ObjRef r = callDunder(b, "__rdivmod__", {ObjRef(a)}, &found);
        if (found && handled(r))
            return r;
    }
    if (isUserObject(a)) {
        ObjRef r = callDunder(a, "__divmod__", {ObjRef(b)}, &found);
        if (found && handled(r))
            return r;
    }
    if (!rightFirst && isUserObject(b) && ta != tb) {
        ObjRef r = callDunder(b, "__rdivmod__", {ObjRef(a)}, &found);
        if (found && handled(r))
            return r;
    }
    return raise("TypeError", "unsupported operand type(s) for divmod(): '" +
                                  std::string(typeName(a)) + "' and '" + typeName(b) + "'");
}

ObjRef Interpreter::userUnary(UnaryOperator op, Object* a) {
    const char* name = op == UnaryOperator::USub   ? "__neg__"
                       : op == UnaryOperator::UAdd ? "__pos__"
                                                   : "__invert__";
    ObjRef keep(a);
    bool found = false;
    ObjRef r = callDunder(a, name, {}, &found);
    if (found)
        return r;
    const char* sym = op == UnaryOperator::USub ? "-" : op == UnaryOperator::UAdd ? "+" : "~";
    return raise("TypeError",
                 std::string("bad operand type for unary ") + sym + ": '" + typeName(a) + "'");
}

int Interpreter::userCompare(CmpOperator op, Object* a, Object* b) {
    ObjRef r = userCompareObject(op, a, b);
    if (!r)
        return -1;
    if (r->tag == rt::Tag::Bool)
        return static_cast<rt::BoolObject*>(r.get())->value;
    return truthy(r.get());
}

ObjRef Interpreter::userCompareObject(CmpOperator op, Object* a, Object* b) {
    ObjRef keepA(a), keepB(b);
    // One attempt: self's method for `o` against other; NotImplemented when it has none.
    auto attempt = [&](Object* self, CmpOperator o, Object* other) -> ObjRef {
        if (!isUserObject(self))
            return m_notImplemented;
        bool found = false;
        ObjRef r = callDunder(self, compareName(o), {ObjRef(other)}, &found);
        if (found)
            return r;
        if (o == CmpOperator::Eq)
            return self == other ? boolean(true) : m_notImplemented;
        if (o == CmpOperator::NotEq) {
            // object.__ne__ inverts __eq__ unless that gives NotImplemented.
            ObjRef eq = callDunder(self, "__eq__", {ObjRef(other)}, &found);
            if (!found)
                return self == other ? boolean(false) : m_notImplemented;
            if (!eq || eq.get() == m_notImplemented.get())
                return eq;
            int t = truthy(eq.get());
            if (t < 0)
                return nullptr;
            return boolean(!t);
        }
        return m_notImplemented;
    };
    TypeObject* ta = typeOf(a);
    TypeObject* tb = typeOf(b);
    CmpOperator reflected = reflectedCompare(op);
    bool rightFirst = isUserObject(b) && ta != tb && isSubtype(tb, ta) &&
                      lookupInType(tb, compareName(reflected));
    if (rightFirst) {
        ObjRef r = attempt(b, reflected, a);
        if (!r || r.get() != m_notImplemented.get())
            return r;
    }
    ObjRef r = attempt(a, op, b);
    if (!r || r.get() != m_notImplemented.get())
        return r;
    if (!rightFirst) {
        r = attempt(b, reflected, a);
        if (!r || r.get() != m_notImplemented.get())
            return r;
    }
    if (op == CmpOperator::Eq)
        return boolean(a == b);
    if (op == CmpOperator::NotEq)
        return boolean(a != b);
    return raise("TypeError", std::string("'") + toString(op) +
                                  "' not supported between instances of '" + typeName(a) +
                                  "' and '" + typeName(b) + "'");
}

int Interpreter::userTruthy(Object* o) {
    ObjRef keep(o);
    bool found = false;
    ObjRef r = callDunder(o, "__bool__", {}, &found);
    if (found) {
        if (!r)
            return -1;
        if (r->tag != rt::Tag::Bool) {
            raise("TypeError",
                  "__bool__ should return bool, returned " + std::string(typeName(r.get())));
            return -1;
        }
        return static_cast<rt::BoolObject*>(r.get())->value;
    }
    if (!lookupInType(typeOf(o), "__len__"))
        return 1;
    auto n = userLen(o);
    if (!n)
        return -1;
    return *n != 0;
}

std::optional<std::int64_t> Interpreter::userLen(Object* o) {
    ObjRef keep(o);
    bool found = false;
    ObjRef r = callDunder(o, "__len__", {}, &found);
    if (!found) {
        raise("TypeError", "object of type '" + std::string(typeName(o)) + "' has no len()");
        return std::nullopt;
    }
    if (!r)
        return std::nullopt;
    Object* given = r.get(); // PyNumber_AsSsize_t: a returned object's __index__ answers too
    ObjRef hold;
    if (!indexKey(*this, given, hold))
        return std::nullopt;
    if (hold)
        r = hold;
    if (r->tag != rt::Tag::Int && r->tag != rt::Tag::Bool) {
        raise("TypeError", "'" + std::string(typeName(r.get())) +
                               "' object cannot be interpreted as an integer");
        return std::nullopt;
    }
    auto n = indexValue(r.get(), "");
    if (!n)
        return std::nullopt;
    if (*n < 0) {
        raise("ValueError", "__len__() should return >= 0");
        return std::nullopt;
    }
    return n;
}

// A TypeError PyObject_LengthHint passes over (its caller goes on with a default): cleared,
// true; any other exception stays pending, false.
bool Interpreter::passOverTypeError() {
    Object* e = pendingException();
    if (!e || exceptionMatches(e, exceptionType("TypeError")) != 1)
        return false;
    clearException();
    return true;
}

std::optional<std::int64_t> Interpreter::userLengthHint(Object* o, std::int64_t fallback) {
    ObjRef keep(o);
    if (lookupInType(typeOf(o), "__len__")) {
        if (auto n = userLen(o))
            return n;
        if (!passOverTypeError())
            return std::nullopt; // a TypeError from __len__ goes on to __length_hint__
    }
    if (!lookupInType(typeOf(o), "__length_hint__"))
        return fallback;
    bool found = false;
    ObjRef r = callDunder(o, "__length_hint__", {}, &found);
    if (!found)
        return fallback;
    if (!r)
        return passOverTypeError() ? std::optional<std::int64_t>(fallback) : std::nullopt;
    if (r.get() == notImplemented().get())
        return fallback;
    if (r->tag != rt::Tag::Int && r->tag != rt::Tag::Bool) {
        raise("TypeError",
              "__length_hint__ must be an integer, not " + std::string(typeName(r.get())));
        return std::nullopt;
    }
    if (r->tag == rt::Tag::Int && static_cast<rt::IntObject*>(r.get())->isBig()) {
        raise("OverflowError", "Python int too large to convert to C ssize_t"); // PyLong_AsSsize_t
        return std::nullopt;
    }
    auto v = indexValue(r.get(), "");
    if (!v)
        return std::nullopt;
    if (*v < 0) {
        raise("ValueError", "__length_hint__() should return >= 0");
        return std::nullopt;
    }
    return v;
}

namespace {

// What one allocation may ask of this machine before the system refuses it: Linux's default
// overcommit rule (vm.overcommit_memory 0) refuses a request above RAM + swap; elsewhere the
// physical memory. The maximum when it cannot be told (nothing refused below ssize_t's bound).
std::uint64_t systemMemoryBytes() {
#ifdef __linux__
    struct sysinfo info = {};
    if (sysinfo(&info) == 0)
        return (static_cast<std::uint64_t>(info.totalram) + info.totalswap) * info.mem_unit;
#endif
#ifdef _SC_PHYS_PAGES
    const long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
    if (pages > 0 && size > 0)
        return static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(size);
#endif
    return std::numeric_limits<std::uint64_t>::max();
}

} // namespace

bool Interpreter::collect(Object* iterable, ObjVec& out, bool hinted) {
    if (iterable->tag == rt::Tag::List) {
        // list_extend takes only an exact list's items at once; a subclass's __len__ is its hint
        if (hinted && overridesLen(*this, iterable) &&
            !lengthHint(iterable, out.size(), rt::kSlotBytes))
            return false;
        auto& items = static_cast<rt::ListObject*>(iterable)->items;
        out.insert(out.end(), items.begin(), items.end());
        return true;
    }
    if (iterable->tag == rt::Tag::Tuple) {
        auto& items = static_cast<rt::TupleObject*>(iterable)->items;
        out.insert(out.end(), items.begin(), items.end());
        return true;
    }
    if (iterable->tag == rt::Tag::Range) {
        auto n = static_cast<rt::RangeObject*>(iterable)->length();
        if (!m_heap->canAllocate(static_cast<std::uint64_t>(n) *
                                 (rt::kSlotBytes + rt::kObjectBytes)))
            return memoryLimit(), false;
    }
    ObjRef it = iter(iterable);
    if (!it || (hinted && !lengthHint(iterable, out.size(), rt::kSlotBytes)))
        return false;
    return drain(it.get(), out);
}

bool Interpreter::drain(Object* iterator, ObjVec& out) {
    while (true) {
        ObjRef x = next(iterator);
        if (!x)
            return !hasException();
        out.push_back(std::move(x));
        if ((out.size() & 0xFFFF) == 0 && !m_heap->canAllocate(out.size() * rt::kSlotBytes)) {
            memoryLimit();
            return false;
        }
    }
}

// CPython makes room for `have` + hint items in one request (list_resize, PyTuple_New,
// bytearray's buffer) and gives back what the items did not fill: past PY_SSIZE_T_MAX /
// itemBytes, or when the system refuses the request, the program gets MemoryError() (no
// message); otherwise the hint changes nothing it can see. The room is never filled, so our
// heap limit is not what decides: the request is weighed against this machine's memory.
bool Interpreter::lengthHint(Object* o, std::size_t have, std::uint64_t itemBytes) {
    if (!isUserObject(o) && !overridesLen(*this, o))
        return reversedLengthHint(*this, o); // a builtin's length is no step but this one
    // The default guess (8 for a list, 10 for a tuple) is below any limit that matters.
    auto n = userLengthHint(o, 0);
    if (!n)
        return false;
    constexpr auto kMaxSize = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    const auto hint = static_cast<std::uint64_t>(*n);
    if (have > kMaxSize - hint)
        return true; // list_extend: m + n overflows, "on the chance that n lied" it is ignored
    const std::uint64_t items = have + hint;
    if (items > kMaxSize / itemBytes || items * itemBytes > systemMemoryBytes())
        return raise("MemoryError", ""), false;
    return true;
}

std::optional<std::int64_t> Interpreter::userHash(Object* o) {
    ObjRef attr = lookupInType(typeOf(o), "__hash__");
    if (attr && attr->tag == rt::Tag::None) {
        raise("TypeError", "unhashable type: '" + std::string(typeName(o)) + "'");
        return std::nullopt;
    }
    if (!attr)
        return rt::hashOf(o);
    ObjRef keep(o);
    bool found = false;
    ObjRef r = callDunder(o, "__hash__", {}, &found);
    if (!r)
        return std::nullopt;
    if (r->tag != rt::Tag::Int && r->tag != rt::Tag::Bool) {
        raise("TypeError", "__hash__ method should return an integer");
        return std::nullopt;
    }
    // An int that fits is the hash itself (CPython reserves -1); larger ones are reduced.
    std::int64_t h = 0;
    if (r->tag == rt::Tag::Bool) {
        h = static_cast<rt::BoolObject*>(r.get())->value;
    } else if (!static_cast<rt::IntObject*>(r.get())->isBig()) {
        h = static_cast<rt::IntObject*>(r.get())->small;
    } else {
        auto reduced = rt::hashOf(r.get());
        h = reduced ? *reduced : 0;
    }
    return h == -1 ? -2 : h;
}

ObjRef Interpreter::userSubscript(Object* o, Object* key) {
    ObjRef keep(o);
    bool found = false;
    ObjRef r = callDunder(o, "__getitem__", {ObjRef(key)}, &found);
    if (found)
        return r;
    return raise("TypeError", "'" + std::string(typeName(o)) + "' object is not subscriptable");
}

bool Interpreter::userStoreSubscript(Object* o, Object* key, ObjRef value) {
    ObjRef keep(o);
    bool found = false;
    ObjRef r = callDunder(o, "__setitem__", {ObjRef(key), std::move(value)}, &found);
    if (found)
        return static_cast<bool>(r);
    raise("TypeError",
          "'" + std::string(typeName(o)) + "' object does not support item assignment");
    return false;
}

bool Interpreter::userDeleteSubscript(Object* o, Object* key) {
    ObjRef keep(o);
    bool found = false;
    ObjRef r = callDunder(o, "__delitem__", {ObjRef(key)}, &found);
    if (found)
        return static_cast<bool>(r);
    raise("TypeError", "'" + std::string(typeName(o)) + "' object doesn't support item deletion");
    return false;
}

int Interpreter::userContains(Object* container, Object* item) {
    ObjRef keep(container);
    bool found = false;
    ObjRef r = callDunder(container, "__contains__", {ObjRef(item)}, &found);
    if (found)
        return r ? truthy(r.get()) : -1;
    if (!lookupInType(typeOf(container), "__iter__") &&
        !lookupInType(typeOf(container), "__getitem__")) {
        raise("TypeError",
              "argument of type '" + std::string(typeName(container)) + "' is not iterable");
        return -1;
    }
    ObjRef it = iter(container);
    if (!it)
        return -1;
    while (true) {
        ObjRef x = next(it.get());
        if (!x)
            return hasException() ? -1 : 0;
        if (x.get() == item)
            return 1;
        int eq = compare(CmpOperator::Eq, x.get(), item);
        if (eq != 0)
            return eq;
    }
}

namespace {

// CPython's iterator over an object whose class has __getitem__ but no __iter__: o[0], o[1],
// ... until IndexError or StopIteration. reversed() walks the same way backwards from
// len(o) - 1 and stops after o[0].
struct SequenceIterator final : rt::NativeIterState {
    ObjRef seq; // null once it ended
    std::int64_t index = 0;
    bool backwards = false;
    Object* self = nullptr; // the iterator object this state belongs to
    ObjRef next(Interpreter& in) override {
        if (!seq)
            return nullptr;
        if (backwards && index < 0) {
            seq = nullptr;
            return nullptr;
        }
        ObjRef i = in.heap().newInt(index);
        ObjRef v = in.subscript(seq.get(), i.get());
        if (v) {
            index += backwards ? -1 : 1;
            return v;
        }
        if (in.aborted())
            return nullptr;
        Object* e = in.pendingException();
        if (in.exceptionMatches(e, in.exceptionType("IndexError")) == 1 ||
            in.exceptionMatches(e, in.exceptionType("StopIteration")) == 1) {
            in.clearException();
            seq = nullptr;
        }
        return nullptr;
    }
    void dropReferences() override { seq.reset(); }
    int repr(Interpreter& in, std::string& out) override {
        char text[32];
        std::snprintf(text, sizeof text, "0x%llx", static_cast<unsigned long long>(in.pyId(self)));
        out +=
            std::string(backwards ? "<reversed object at " : "<iterator object at ") + text + ">";
        return 1;
    }
};

ObjRef sequenceIterator(Interpreter& in, ObjRef seq, std::int64_t start, bool backwards) {
    auto* it = in.heap().make<rt::IteratorObject>();
    ObjRef out(it);
    auto state = std::make_unique<SequenceIterator>();
    state->seq = std::move(seq);
    state->index = start;
    state->backwards = backwards;
    state->self = it;
    it->kind = rt::IteratorObject::Kind::Native;
    it->typeName = backwards ? "reversed" : "iterator";
    it->native = std::move(state);
    return out;
}

} // namespace

ObjRef Interpreter::userIter(Object* o) {
    ObjRef keep(o);
    bool found = false;
    ObjRef r = callDunder(o, "__iter__", {}, &found);
    if (!found && lookupInType(typeOf(o), "__getitem__"))
        return sequenceIterator(*this, keep, 0, false);
    if (!found)
        return raise("TypeError", "'" + std::string(typeName(o)) + "' object is not iterable");
    if (!r)
        return nullptr;
    bool isIterator = r->tag == rt::Tag::Iterator ||
                      (isUserObject(r.get()) && lookupInType(typeOf(r.get()), "__next__"));
    if (!isIterator)
        return raise("TypeError", "iter() returned non-iterator of type '" +
                                      std::string(typeName(r.get())) + "'");
    return r;
}

// reversed_len: its TypeError passed over as PyObject_LengthHint does; the answer itself is
// below any limit that matters.
bool reversedLengthHint(Interpreter& in, Object* o) {
    if (o->tag != rt::Tag::Iterator)
        return true;
    auto* it = static_cast<rt::IteratorObject*>(o);
    auto* seq = dynamic_cast<SequenceIterator*>(it->native.get());
    if (!seq || !seq->backwards || !seq->seq)
        return true;
    return in.userLen(seq->seq.get()) || in.passOverTypeError();
}

ObjRef reversedSequence(Interpreter& in, Object* o) {
    ObjRef keep(o);
    auto n = in.userLen(o); // PySequence_Size: __len__ runs once, now
    if (!n)
        return nullptr;
    return sequenceIterator(in, keep, *n - 1, true);
}

namespace {
bool isNativeMethod(const Object* attr) {
    if (!attr || attr->tag != rt::Tag::Builtin)
        return false;
    auto* b = static_cast<const rt::BuiltinObject*>(attr);
    return b->kind == rt::BuiltinKind::MethodDescriptor && b->owner && b->owner->isLibrary;
}
} // namespace

ObjRef Interpreter::userNext(Object* o) {
    ObjRef keep(o);
    bool found = false;
    ObjRef r = callDunder(o, "__next__", {}, &found);
    if (!found)
        return raise("TypeError", "'" + std::string(typeName(o)) + "' object is not an iterator");
    if (r)
        return r;
    // A class a module writes in C (io.StringIO) ends through its tp_iternext, which returns
    // no item and raises nothing: no StopIteration for a for loop to report.
    if (isNativeMethod(lookupInType(typeOf(o), "__next__").get()) && m_exception &&
        m_exception->tag == rt::Tag::Exception && !m_abort &&
        isSubtype(static_cast<rt::ExceptionObject*>(m_exception.get())->type,
                  exceptionType("StopIteration"))) {
        clearException();
        return nullptr;
    }
    // StopIteration ends the iteration: the end is "no item and no exception".
    endIteration();
    return nullptr;
}

// str()/repr() of a user object when its class defines __str__/__repr__: the str object it
// returned; null with *handled false when it does not (the caller writes the default form).
ObjRef Interpreter::userText(Object* o, bool asStr, bool* handled) {
    ObjRef keep(o);
    TypeObject* t = typeOf(o);
    *handled = true;
    const char* name = nullptr;
    if (asStr && lookupInType(t, "__str__"))
        name = "__str__";
    // str() of an exception or of a str (class Name(str)) is the type's own tp_str, never
    // object.__str__ calling __repr__.
    else if (lookupInType(t, "__repr__") &&
             !(asStr && (o->tag == rt::Tag::Exception || o->tag == rt::Tag::Str)))
        name = "__repr__";
    if (!name) {
        *handled = false;
        return nullptr;
    }
    bool found = false;
    ObjRef r = callDunder(o, name, {}, &found);
    if (!r)
        return nullptr;
    if (r->tag != rt::Tag::Str)
        return raise("TypeError",
                     std::string(name) + " returned non-string (type " + typeName(r.get()) + ")");
    return r;
}

bool Interpreter::callAttrHook(Object* hook, Object* o, const std::string& name, ObjRef value) {
    rt::CallArgs args;
    args.positional.push_back(ObjRef(o));
    args.positional.push_back(newStr(name));
    if (value)
        args.positional.push_back(std::move(value));
    return static_cast<bool>(call(hook, args));
}

} // namespace memstep::core::interp

namespace memstep::core::interp {

bool Interpreter::hasUserIndex(Object* o) {
    return isUserObject(o) && lookupInType(typeOf(o), "__index__");
}

ObjRef Interpreter::userIndex(Object* o) {
    ObjRef keep(o);
    bool found = false;
    ObjRef r = callDunder(o, "__index__", {}, &found);
    if (!found)
        return raise("TypeError", "'" + std::string(typeName(o)) +
                                      "' object cannot be interpreted as an integer");
    return checkNumberResult(*this, std::move(r), "__index__", rt::Tag::Int, o);
}

// The end of an iteration by StopIteration, however raised (a class's __next__ included).
void Interpreter::endIteration() {
    if (!m_exception || m_exception->tag != rt::Tag::Exception || m_abort ||
        !isSubtype(static_cast<rt::ExceptionObject*>(m_exception.get())->type,
                   exceptionType("StopIteration")))
        return;
    if (m_endSink && m_endSinkDepth == m_frames.size())
        *m_endSink = m_exception;
    clearException();
}

ObjRef Interpreter::nextEnding(Object* iterator, ObjRef& endedBy) {
    endedBy = nullptr;
    ObjRef* outerSink = m_endSink;
    std::size_t outerDepth = m_endSinkDepth;
    m_endSink = &endedBy;
    m_endSinkDepth = m_frames.size();
    ObjRef v = next(iterator);
    m_endSink = outerSink;
    m_endSinkDepth = outerDepth;
    if (v || hasException())
        endedBy = nullptr;
    return v;
}

void Interpreter::reportEndedBy(Frame& f, Object* stop) {
    if (f.traced != &f || m_quiet || m_abort)
        return;
    // The exception was raised (and animated) where __next__ raised it: nothing new here.
    ObjRef saved = std::move(m_exception);
    m_exception = ObjRef(stop);
    step(f, StepKind::Exception, f.line);
    m_exception = std::move(saved);
}

} // namespace memstep::core::interp
