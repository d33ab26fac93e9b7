// collections.Counter: a dict from elements to their counts, as Lib/collections/__init__.py
// writes it in CPython 3.11.
//
// CPython's Counter is Python code, but library code takes no steps of its own, so this one is
// native like the rest of the module: each `self[elem] = ...` of the Python version is one
// dictSet here, in the same order, so the trace shows the same entries changing. A count is
// added or compared through the interpreter's operators, so counts of any type behave as they
// do in CPython.
#include "interp/builtins/builtins_util.h"
#include "modules/collections.h"
#include "runtime/list_capacity.h"

#include <algorithm>

namespace memstep::core::modules {

using interp::CallArgs;
using syntax::CmpOperator;
using syntax::Operator;

namespace {

rt::DictObject* D(Object* self) {
    return static_cast<rt::DictObject*>(self);
}

bool isCounter(Interpreter& in, Object* o) {
    rt::TypeObject* t = Interpreter::libraryDictType(o);
    return t && t == in.typeOf(o) && t->name == "Counter";
}

// self.get(elem, 0); null when a program's __eq__ failed.
ObjRef countOf(Interpreter& in, rt::DictObject* d, Object* elem, std::int64_t hash) {
    auto pos = d->find(elem, hash, in);
    if (pos == rt::kLookupFailed)
        return nullptr;
    return pos < 0 ? in.heap().newInt(0) : d->entries[static_cast<std::size_t>(pos)].value;
}

// Counter.update (sign +1) and Counter.subtract (-1) from one mapping or iterable.
bool addFrom(Interpreter& in, rt::DictObject* d, Object* src, bool subtract) {
    if (src->tag == rt::Tag::Dict) {
        if (!subtract && d->used == 0)
            return interp::dictUpdateFrom(in, d, src); // the fast path: super().update()
        std::vector<rt::DictEntry> entries = D(src)->entries;
        for (const rt::DictEntry& e : entries) {
            if (!e.key)
                continue;
            ObjRef old = countOf(in, d, e.key.get(), e.hash);
            if (!old)
                return false;
            // update: count + self_get(elem, 0); subtract: self_get(elem, 0) - count.
            ObjRef sum = subtract ? in.binary(Operator::Sub, old.get(), e.value.get())
                                  : in.binary(Operator::Add, e.value.get(), old.get());
            if (!sum || !in.dictSetHashed(d, e.key, e.hash, std::move(sum)))
                return false;
        }
        return true;
    }
    ObjRef it = in.iter(src);
    if (!it)
        return false;
    ObjRef one = in.heap().newInt(1);
    while (ObjRef elem = in.next(it.get())) {
        auto h = in.hash(elem.get());
        if (!h)
            return false;
        ObjRef old = countOf(in, d, elem.get(), *h);
        ObjRef sum =
            old ? in.binary(subtract ? Operator::Sub : Operator::Add, old.get(), one.get()) : old;
        if (!sum || !in.dictSetHashed(d, std::move(elem), *h, std::move(sum)))
            return false;
    }
    return !in.hasException();
}

bool updateWith(Interpreter& in, rt::DictObject* d, CallArgs& args, const char* name,
                bool subtract) {
    if (args.positional.size() > 1) {
        in.raise("TypeError", std::string(name) + " expected at most 1 argument, got " +
                                  std::to_string(args.positional.size()));
        return false;
    }
    if (!args.positional.empty() && args.positional[0]->tag != rt::Tag::None &&
        !addFrom(in, d, args.positional[0].get(), subtract))
        return false;
    if (args.keywords.empty())
        return true;
    auto kw = in.heap().newDict();
    for (rt::KwArg& k : args.keywords)
        if (!in.dictSet(kw.get(), in.newStr(*k.name), k.value))
            return false;
    return addFrom(in, d, kw.get(), subtract);
}

ObjRef counterNew(Interpreter& in, Object* type, CallArgs& args) {
    if (args.positional.size() > 1)
        return in.raise("TypeError", "Counter.__init__() takes from 1 to 2 positional arguments "
                                     "but " +
                                         std::to_string(args.positional.size() + 1) +
                                         " were given");
    ObjRef out = newLibraryDict(in, static_cast<rt::TypeObject*>(type));
    if (!updateWith(in, D(out.get()), args, "update", false))
        return nullptr;
    return out;
}

ObjRef counterUpdate(Interpreter& in, Object* self, CallArgs& args) {
    return updateWith(in, D(self), args, "update", false) ? in.none() : nullptr;
}

ObjRef counterSubtract(Interpreter& in, Object* self, CallArgs& args) {
    return updateWith(in, D(self), args, "subtract", true) ? in.none() : nullptr;
}

ObjRef counterMissing(Interpreter& in, Object*, CallArgs&) {
    return in.heap().newInt(0);
}

// del c[elem]: no KeyError for a missing element.
ObjRef counterDelitem(Interpreter& in, Object* self, CallArgs& args) {
    Object* key = args.positional[0].get();
    auto h = in.hash(key);
    if (!h)
        return nullptr;
    auto pos = D(self)->find(key, *h, in);
    if (pos == rt::kLookupFailed)
        return nullptr;
    if (pos >= 0)
        in.dictRemoveAt(D(self), pos);
    return in.none();
}

// The (elem, count) pairs by count, largest first, equal counts in insertion order (sorted()
// with reverse=True is stable); false with the error set.
bool byCount(Interpreter& in, rt::DictObject* d, std::vector<rt::DictEntry>& out) {
    for (const rt::DictEntry& e : d->entries)
        if (e.key)
            out.push_back(e);
    bool failed = false;
    std::stable_sort(out.begin(), out.end(), [&](const rt::DictEntry& x, const rt::DictEntry& y) {
        if (failed)
            return false;
        int lt = in.compare(CmpOperator::Lt, y.value.get(), x.value.get());
        failed = lt < 0;
        return lt == 1;
    });
    return !failed;
}

ObjRef counterMostCommon(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef n = interp::takeKeyword(args, "n");
    if (!interp::noMoreKeywords(in, args, "most_common") ||
        !interp::argCount(in, args, "most_common", 0, 1))
        return nullptr;
    if (!args.positional.empty())
        n = args.positional[0];
    std::vector<rt::DictEntry> entries;
    if (!byCount(in, D(self), entries))
        return nullptr;
    std::size_t keep = entries.size();
    if (n && n->tag != rt::Tag::None) {
        auto v = interp::intArg(in, n.get());
        if (!v)
            return nullptr;
        keep = *v <= 0 ? 0 : std::min<std::size_t>(keep, static_cast<std::size_t>(*v));
    }
    ObjVec items;
    for (std::size_t i = 0; i < keep; ++i)
        items.push_back(in.heap().newTuple({entries[i].key, entries[i].value}));
    auto l = in.heap().newList(std::move(items));
    // Without n, sorted(self.items(), ...): list_extend sized by the view's length. With n,
    // heapq.nlargest builds it in one of three ways, not modelled.
    if (!n || n->tag == rt::Tag::None) {
        rt::capacity::clear(l->capacity);
        rt::capacity::extend(l->capacity, 0, rt::capacity::Hint::Length, l->items.size());
    }
    return l;
}

ObjRef counterElements(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "elements") || !interp::argCount(in, args, "elements", 0, 0))
        return nullptr;
    ObjVec values;
    for (const rt::DictEntry& e : D(self)->entries) {
        if (!e.key)
            continue;
        if (e.value->tag != rt::Tag::Int && e.value->tag != rt::Tag::Bool)
            return in.abortUnsupported("Counter.elements() with a count that is not an int is "
                                       "not supported");
        auto n = interp::intArg(in, e.value.get());
        if (!n)
            return nullptr;
        for (std::int64_t i = 0; i < *n; ++i) {
            if (in.pollStop())
                return nullptr;
            values.push_back(e.key);
        }
    }
    auto* it = in.heap().make<rt::IteratorObject>();
    ObjRef out(it);
    it->kind = rt::IteratorObject::Kind::Values;
    it->values = std::move(values);
    it->typeName = "itertools.chain";
    return out;
}

ObjRef counterTotal(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "total") || !interp::argCount(in, args, "total", 0, 0))
        return nullptr;
    ObjRef sum = in.heap().newInt(0);
    std::vector<rt::DictEntry> entries = D(self)->entries;
    for (const rt::DictEntry& e : entries)
        if (e.key && !(sum = in.binary(Operator::Add, sum.get(), e.value.get())))
            return nullptr;
    return sum;
}

ObjRef counterCopy(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "copy") || !interp::argCount(in, args, "copy", 0, 0))
        return nullptr;
    ObjRef out = newLibraryDict(in, D(self)->cls);
    if (!interp::dictUpdateFrom(in, D(out.get()), self))
        return nullptr;
    return out;
}

ObjRef counterFromkeys(Interpreter& in, Object*, CallArgs&) {
    return in.raise("NotImplementedError",
                    "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}

ObjRef counterRepr(Interpreter& in, Object* self, CallArgs&) {
    if (D(self)->used == 0)
        return in.newStr("Counter()");
    // dict(self.most_common()), or the dict itself when the counts cannot be ordered.
    std::vector<rt::DictEntry> entries;
    auto ordered = in.heap().newDict();
    if (byCount(in, D(self), entries)) {
        // dict(self.most_common()): each key hashed again (a program's __hash__ runs).
        for (const rt::DictEntry& e : entries)
            if (!in.dictSet(ordered.get(), e.key, e.value))
                return nullptr;
    } else if (in.hasException() &&
               in.isSubtype(in.typeOf(in.pendingException()), in.exceptionType("TypeError"))) {
        in.clearException();
        ordered = in.heap().newDict();
        for (const rt::DictEntry& e : D(self)->entries)
            if (e.key)
                ordered->insertNew(e.key, e.hash, e.value);
    } else {
        return nullptr;
    }
    auto text = in.repr(ordered.get());
    if (!text)
        return nullptr;
    return in.newStr("Counter(" + *text + ")");
}

// The arithmetic: `+` `-` `|` `&` between two Counters keep the positive results (CPython's
// order: self's elements first, then other's new ones).
enum class Arith { Add, Sub, Or, And };

ObjRef combined(Interpreter& in, rt::DictObject* self, rt::DictObject* other, Arith op) {
    ObjRef out = newLibraryDict(in, self->cls);
    ObjRef zero = in.heap().newInt(0);
    auto positive = [&](Object* v) { return in.compare(CmpOperator::Gt, v, zero.get()); };
    for (const rt::DictEntry& e : std::vector<rt::DictEntry>(self->entries)) {
        if (!e.key)
            continue;
        ObjRef theirs = countOf(in, other, e.key.get(), e.hash);
        if (!theirs)
            return nullptr;
        ObjRef v;
        if (op == Arith::Add || op == Arith::Sub) {
            v = in.binary(op == Arith::Add ? Operator::Add : Operator::Sub, e.value.get(),
                          theirs.get());
        } else {
            int lt = in.compare(CmpOperator::Lt, e.value.get(), theirs.get());
            if (lt < 0)
                return nullptr;
            v = (op == Arith::Or) == (lt == 1) ? theirs : e.value;
        }
        int keep = v ? positive(v.get()) : -1;
        if (keep < 0)
            return nullptr;
        if (keep && !in.dictSetHashed(D(out.get()), e.key, e.hash, v))
            return nullptr;
    }
    if (op == Arith::And)
        return out;
    for (const rt::DictEntry& e : std::vector<rt::DictEntry>(other->entries)) {
        if (!e.key)
            continue;
        auto mine = self->find(e.key.get(), e.hash, in);
        if (mine == rt::kLookupFailed)
            return nullptr;
        if (mine >= 0)
            continue;
        ObjRef v = e.value;
        int keep =
            op == Arith::Sub ? in.compare(CmpOperator::Lt, v.get(), zero.get()) : positive(v.get());
        if (keep < 0)
            return nullptr;
        if (keep && op == Arith::Sub)
            v = in.binary(Operator::Sub, zero.get(), v.get());
        if (keep && !v)
            return nullptr;
        if (keep && !in.dictSetHashed(D(out.get()), e.key, e.hash, v))
            return nullptr;
    }
    return out;
}

ObjRef arith(Interpreter& in, Object* self, CallArgs& args, Arith op, bool inplace) {
    Object* other = args.positional[0].get();
    if (!isCounter(in, other))
        return in.notImplemented();
    if (inplace) {
        // CPython's __iadd__ and friends look keys up in another order than the result made
        // below and replayed into self: with keys of a program class, whose __eq__ runs on
        // each lookup, the steps would differ.
        for (Object* c : {self, other})
            for (const rt::DictEntry& e : D(c)->entries)
                if (e.key && rt::isProgramObject(e.key.get()))
                    return in.abortUnsupported("in-place arithmetic of Counters whose keys are "
                                               "of a program class");
    }
    ObjRef out = combined(in, D(self), D(other), op);
    if (!out || !inplace)
        return out;
    // In place: self takes the result's counts (CPython's __iadd__ and friends update self
    // and drop what is not positive; the result here has exactly those entries).
    std::vector<rt::DictEntry> keep = D(out.get())->entries;
    for (auto p = static_cast<std::int64_t>(D(self)->entries.size()) - 1; p >= 0; --p) {
        const rt::DictEntry& e = D(self)->entries[static_cast<std::size_t>(p)];
        if (e.key && D(out.get())->find(e.key.get(), e.hash, in) < 0)
            in.dictRemoveAt(D(self), p);
    }
    for (const rt::DictEntry& e : keep)
        if (e.key && !in.dictSetHashed(D(self), e.key, e.hash, e.value))
            return nullptr;
    return ObjRef(self);
}

ObjRef counterAdd(Interpreter& in, Object* self, CallArgs& args) {
    return arith(in, self, args, Arith::Add, false);
}
ObjRef counterSub(Interpreter& in, Object* self, CallArgs& args) {
    return arith(in, self, args, Arith::Sub, false);
}
ObjRef counterOr(Interpreter& in, Object* self, CallArgs& args) {
    return arith(in, self, args, Arith::Or, false);
}
ObjRef counterAnd(Interpreter& in, Object* self, CallArgs& args) {
    return arith(in, self, args, Arith::And, false);
}
ObjRef counterIadd(Interpreter& in, Object* self, CallArgs& args) {
    return arith(in, self, args, Arith::Add, true);
}
ObjRef counterIsub(Interpreter& in, Object* self, CallArgs& args) {
    return arith(in, self, args, Arith::Sub, true);
}
ObjRef counterIor(Interpreter& in, Object* self, CallArgs& args) {
    return arith(in, self, args, Arith::Or, true);
}
ObjRef counterIand(Interpreter& in, Object* self, CallArgs& args) {
    return arith(in, self, args, Arith::And, true);
}

// ==: every element of either Counter has the same count in the other, a missing one
// counting 0 (Counter(a=0) == Counter()); NotImplemented for anything but a Counter.
ObjRef counterEq(Interpreter& in, Object* self, CallArgs& args) {
    Object* other = args.positional[0].get();
    if (!isCounter(in, other))
        return in.notImplemented();
    for (auto [x, y] : {std::pair{D(self), D(other)}, std::pair{D(other), D(self)}}) {
        std::vector<rt::DictEntry> entries = x->entries;
        for (const rt::DictEntry& e : entries) {
            if (!e.key)
                continue;
            ObjRef theirs = countOf(in, y, e.key.get(), e.hash);
            if (!theirs)
                return nullptr;
            int same = in.compare(CmpOperator::Eq, e.value.get(), theirs.get());
            if (same != 1)
                return same < 0 ? nullptr : in.boolean(false);
        }
    }
    return in.boolean(true);
}

} // namespace

rt::TypeObject* counterType(Interpreter& in) {
    rt::TypeObject* t = libraryDictTypeObject(in, "Counter", counterNew);
    t->qualname = "collections.Counter";  // its repr, <class 'collections.Counter'>
    t->nameObject = in.newStr("Counter"); // a Python class: one __name__ object
    addMethods(in, t,
               {{"update", counterUpdate},
                {"subtract", counterSubtract},
                {"most_common", counterMostCommon},
                {"elements", counterElements},
                {"total", counterTotal},
                {"copy", counterCopy},
                {"fromkeys", counterFromkeys},
                {"__missing__", counterMissing},
                {"__delitem__", counterDelitem},
                {"__repr__", counterRepr},
                {"__add__", counterAdd},
                {"__sub__", counterSub},
                {"__or__", counterOr},
                {"__and__", counterAnd},
                {"__eq__", counterEq},
                {"__iadd__", counterIadd},
                {"__isub__", counterIsub},
                {"__ior__", counterIor},
                {"__iand__", counterIand}});
    return t;
}

} // namespace memstep::core::modules
