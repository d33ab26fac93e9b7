#include "runtime/containers.h"

#include "numeric/float_format.h"
#include "runtime/callable.h"
#include "runtime/dict_table.h"
#include "runtime/heap.h"
#include "runtime/instance.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace memstep::core::rt {

namespace {

constexpr std::uint64_t kXxPrime1 = 11400714785074694791ULL;
constexpr std::uint64_t kXxPrime2 = 14029467366897019727ULL;
constexpr std::uint64_t kXxPrime5 = 2870177450012600261ULL;
constexpr std::size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

// What a lookup's `ask` answers, besides a position, kLookupAsk or kLookupFailed, about a key
// only the program's __eq__ can compare: not equal (probe on), or that __eq__ changed the
// table (start over).
constexpr std::int64_t kProbeOn = -4;
constexpr std::int64_t kProbeAgain = -5;

// CPython's lookdict: the probe through a dict's index for `key`. A stored key that only the
// program's __eq__ can compare goes to `ask(position)`. The builtin lookup and the program's
// share this loop, so their probing order cannot drift apart; the builtin one, whose ask is a
// constant, is as fast as a loop of its own.
template <class Ask>
inline std::int64_t lookDict(const DictObject& d, const Object* key, std::int64_t hash,
                             numeric::WorkPoll* poll, Ask&& ask) {
    if (d.index.empty())
        return -1;
    const std::size_t mask = d.index.size() - 1;
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    while (true) {
        const std::int32_t ix = d.index[i];
        if (ix == -1)
            return -1;
        if (ix >= 0) {
            const DictEntry& e = d.entries[static_cast<std::size_t>(ix)];
            if (e.key.get() == key)
                return ix;
            if (e.hash == hash) {
                const int r = builtinEquality(e.key.get(), key, poll);
                if (r == 1)
                    return ix;
                if (r == kAskProgram) {
                    const std::int64_t answer = ask(ix);
                    if (answer != kProbeOn)
                        return answer;
                }
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// CPython's set_lookkey, the same way: linear probing within kLinearProbes slots, then
// perturbation. `vacant(slot, false)` hears of each dummy slot passed, `vacant(slot, true)` of
// the empty slot that ends a miss (set_add_entry puts the key at the first of them). A table
// changed by `ask` is never probed on (ask answers kProbeAgain), so the mask read here holds.
template <class Ask, class Vacant>
inline std::int64_t lookSet(const SetObject& s, const Object* key, std::int64_t hash,
                            numeric::WorkPoll* poll, Ask&& ask, Vacant&& vacant) {
    const std::size_t mask = s.mask;
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    while (true) {
        std::size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        std::size_t j = i;
        while (true) {
            const SetEntry& e = s.table[j];
            if (e.hash == 0 && !e.key) {
                vacant(j, true);
                return -1;
            }
            if (e.key && e.hash == hash) {
                const int r = e.key.get() == key ? 1 : builtinEquality(e.key.get(), key, poll);
                if (r == 1)
                    return static_cast<std::int64_t>(j);
                if (r == kAskProgram) {
                    const std::int64_t answer = ask(j);
                    if (answer != kProbeOn)
                        return answer;
                }
            } else if (!e.key && e.hash == -1) {
                vacant(j, false);
            }
            if (probes-- == 0)
                break;
            ++j;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// What a bound method binds, and to what: (self, function) for a method of the program's
// classes, (self, native code) for a builtin's; self is null for anything unbound.
std::pair<const void*, const void*> boundParts(const Object* o) {
    if (o->tag == Tag::Method) {
        const auto* m = static_cast<const MethodObject*>(o);
        return {m->self.get(), m->func.get()};
    }
    const auto* b = static_cast<const BuiltinObject*>(o);
    return {b->self.get(), reinterpret_cast<const void*>(b->fn)};
}

std::int64_t pointerHash(const void* o) {
    auto v = reinterpret_cast<std::uintptr_t>(o);
    auto h = static_cast<std::int64_t>((v >> 4) | (v << 60));
    return h == -1 ? -2 : h;
}

std::int64_t strHash(const std::string& text) {
    // CPython's one fixed value: the empty str and bytes hash to 0 (_Py_HashBytes).
    if (text.empty())
        return 0;
    // FNV-1a: CPython's str hash is randomised per process, so no order can be promised.
    std::uint64_t h = 14695981039346656037ULL;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    auto r = static_cast<std::int64_t>(h);
    return r == -1 ? -2 : r;
}

// int64/float/bool compare as numbers; returns 0 when equal.
bool numericEqual(const Object* a, const Object* b) {
    auto asInt = [](const Object* o, std::int64_t& v) {
        if (o->tag == Tag::Bool) {
            v = static_cast<const BoolObject*>(o)->value ? 1 : 0;
            return true;
        }
        if (o->tag == Tag::Int && !static_cast<const IntObject*>(o)->isBig()) {
            v = static_cast<const IntObject*>(o)->small;
            return true;
        }
        return false;
    };
    std::int64_t x = 0, y = 0;
    if (asInt(a, x) && asInt(b, y))
        return x == y;
    if (a->tag == Tag::Float && b->tag == Tag::Float)
        return static_cast<const FloatObject*>(a)->value ==
               static_cast<const FloatObject*>(b)->value;
    auto toBig = [](const Object* o) {
        if (o->tag == Tag::Bool)
            return numeric::BigInt::fromInt64(static_cast<const BoolObject*>(o)->value);
        return static_cast<const IntObject*>(o)->toBig();
    };
    if (a->tag == Tag::Float)
        std::swap(a, b);
    if (b->tag == Tag::Float) {
        double d = static_cast<const FloatObject*>(b)->value;
        return numeric::compareIntFloat(toBig(a), d) == std::partial_ordering::equivalent;
    }
    return toBig(a) == toBig(b);
}

bool isNumber(Tag t) {
    return t == Tag::Int || t == Tag::Bool || t == Tag::Float;
}

// complex_richcompare's ==: part by part, or a real number against a complex's real part.
bool complexEqual(const Object* a, const Object* b) {
    if (a->tag != Tag::Complex)
        std::swap(a, b);
    const numeric::Complex* z = &static_cast<const ComplexObject*>(a)->value;
    const auto* w = b->tag == Tag::Complex ? &static_cast<const ComplexObject*>(b)->value : nullptr;
    FloatObject real;
    real.value = z->real;
    return w ? z->real == w->real && z->imag == w->imag
             : isNumber(b->tag) && z->imag == 0.0 && numericEqual(&real, b);
}

// CPython's tuplehash (xxHash's lanes).
struct TupleHasher {
    std::uint64_t acc = kXxPrime5;
    void add(std::int64_t lane) {
        acc += static_cast<std::uint64_t>(lane) * kXxPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kXxPrime1;
    }
    std::int64_t result(std::size_t length) {
        acc += length ^ (kXxPrime5 ^ 3527539ULL);
        if (acc == static_cast<std::uint64_t>(-1))
            return 1546275796;
        return static_cast<std::int64_t>(acc);
    }
};

} // namespace

std::int64_t tupleHash(const std::vector<std::int64_t>& itemHashes) {
    TupleHasher hasher;
    for (std::int64_t h : itemHashes)
        hasher.add(h);
    return hasher.result(itemHashes.size());
}

std::optional<std::int64_t> hashOf(const Object* o, numeric::WorkPoll* poll) {
    switch (o->tag) {
    case Tag::Bool:
        return static_cast<const BoolObject*>(o)->value ? 1 : 0;
    case Tag::Int: {
        auto* i = static_cast<const IntObject*>(o);
        return i->isBig() ? i->big->hash() : numeric::hashInt64(i->small);
    }
    case Tag::Float:
        return numeric::floatHash(static_cast<const FloatObject*>(o)->value);
    case Tag::Complex: // a NaN part hashes by the object's address, as CPython's
        return numeric::complexHash(static_cast<const ComplexObject*>(o)->value, pointerHash(o));
    case Tag::Str: {
        auto* s = static_cast<const StrObject*>(o);
        if (s->hash == -1)
            s->hash = strHash(s->text);
        return s->hash;
    }
    case Tag::Bytes: {
        // The same function over the same bytes as an ASCII str's, so hash(b'ab') ==
        // hash('ab') as in CPython.
        auto* b = static_cast<const BytesObject*>(o);
        if (b->hash == -1)
            b->hash = strHash(b->data);
        return b->hash;
    }
    case Tag::Tuple: {
        auto* t = static_cast<const TupleObject*>(o);
        TupleHasher hasher;
        for (const ObjRef& item : t->items) {
            auto lane = hashOf(item.get(), poll);
            if (!lane || (poll && poll->stop(1)))
                return std::nullopt;
            hasher.add(*lane);
        }
        return hasher.result(t->items.size());
    }
    case Tag::FrozenSet: {
        auto* s = static_cast<const SetObject*>(o);
        std::uint64_t h = 0;
        s->forEach([&](const Object*, std::int64_t eh) {
            auto x = static_cast<std::uint64_t>(eh);
            h ^= ((x ^ 89869747ULL) ^ (x << 16)) * 3644798167ULL;
        });
        h ^= (s->used + 1) * 1927868237ULL;
        h = h * 69069U + 907133923ULL;
        auto r = static_cast<std::int64_t>(h);
        return r == -1 ? 590923713 : r;
    }
    case Tag::List:
    case Tag::Deque:
    case Tag::Dict:
    case Tag::Set:
    case Tag::Slice:
    case Tag::ByteArray:
        return std::nullopt;
    case Tag::DictView:
        // Keys and items views are set-like (unhashable); a values view keeps object's
        // identity hash.
        if (static_cast<const DictViewObject*>(o)->kind == DictViewObject::Kind::Values)
            return pointerHash(o);
        return std::nullopt;
    case Tag::Method:
    case Tag::Builtin: {
        // A bound method hashes by what it binds, as it compares (valuesEqual): obj.f made
        // twice is two objects, but one key.
        const auto [self, what] = boundParts(o);
        if (self == nullptr)
            return pointerHash(o);
        const std::int64_t h = pointerHash(self) ^ pointerHash(what);
        return h == -1 ? -2 : h;
    }
    default:
        return pointerHash(o);
    }
}

namespace {

// `list[int] == list[int]` (same origin and arguments) and `int | str == str | int` (the same
// members in any order); any other builtin instance (object(), NotImplemented) is only equal
// to itself.
bool aliasesEqual(const InstanceObject* a, const InstanceObject* b, numeric::WorkPoll* poll) {
    if (a->cls != b->cls || a->cls->isUser)
        return false;
    const bool isUnion = a->cls->name == "UnionType";
    if (!isUnion && a->cls->name != "GenericAlias")
        return false;
    const ObjRef* xa = a->attrs.find("__args__");
    const ObjRef* ya = b->attrs.find("__args__");
    if (!isUnion && a->attrs.find("__origin__")->get() != b->attrs.find("__origin__")->get())
        return false;
    const ObjVec& x = static_cast<const TupleObject*>(xa->get())->items;
    const ObjVec& y = static_cast<const TupleObject*>(ya->get())->items;
    if (x.size() != y.size())
        return false;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!isUnion && !valuesEqual(x[i].get(), y[i].get(), poll))
            return false;
        if (isUnion && std::none_of(y.begin(), y.end(), [&](const ObjRef& m) {
                return valuesEqual(x[i].get(), m.get(), poll);
            }))
            return false;
    }
    return true;
}

// Two OrderedDicts with equal entries are equal only when their keys come in the same order.
int sameKeyOrder(const DictObject& x, const DictObject& y, numeric::WorkPoll* poll) {
    auto i = x.entries.begin(), j = y.entries.begin();
    while (true) {
        while (i != x.entries.end() && !i->key)
            ++i;
        while (j != y.entries.end() && !j->key)
            ++j;
        if (i == x.entries.end() || j == y.entries.end())
            return i == x.entries.end() && j == y.entries.end();
        if (int r = builtinEquality(i->key.get(), j->key.get(), poll); r != 1)
            return r;
        ++i;
        ++j;
    }
}

} // namespace

bool isProgramObject(const Object* o) {
    if (o->tag == Tag::Instance)
        return static_cast<const InstanceObject*>(o)->cls->isUser;
    if (o->tag == Tag::Exception)
        return static_cast<const ExceptionObject*>(o)->type->isUser;
    return false;
}

bool valuesEqual(const Object* a, const Object* b, numeric::WorkPoll* poll) {
    return builtinEquality(a, b, poll) == 1;
}

int builtinEquality(const Object* a, const Object* b, numeric::WorkPoll* poll) {
    if ((a->tag == Tag::Method || a->tag == Tag::Builtin) && a->tag == b->tag) {
        // Bound methods are equal when they bind the same object to the same function
        // (CPython's method_richcompare and meth_richcompare): a.f == a.f.
        const auto [selfA, whatA] = boundParts(a);
        const auto [selfB, whatB] = boundParts(b);
        return selfA != nullptr && selfA == selfB && whatA == whatB;
    }
    if (a == b)
        return 1;
    if (isProgramObject(a) || isProgramObject(b))
        return kAskProgram;
    if (isNumber(a->tag) && isNumber(b->tag))
        return numericEqual(a, b);
    if (a->tag == Tag::Complex || b->tag == Tag::Complex)
        return complexEqual(a, b);
    const bool aBytes = a->tag == Tag::Bytes || a->tag == Tag::ByteArray;
    const bool bBytes = b->tag == Tag::Bytes || b->tag == Tag::ByteArray;
    if (aBytes || bBytes)
        return aBytes && bBytes &&
               static_cast<const BytesObject*>(a)->data == static_cast<const BytesObject*>(b)->data;
    if (a->tag != b->tag) {
        bool sets = (a->tag == Tag::Set || a->tag == Tag::FrozenSet) &&
                    (b->tag == Tag::Set || b->tag == Tag::FrozenSet);
        if (!sets)
            return 0;
    }
    switch (a->tag) {
    case Tag::Str: {
        const std::string& x = static_cast<const StrObject*>(a)->text;
        const std::string& y = static_cast<const StrObject*>(b)->text;
        // Long texts of equal length count by their bytes (`in` over a list of 100 kB strings).
        constexpr std::size_t kLongText = 4096;
        if (poll && x.size() >= kLongText && x.size() == y.size() &&
            poll->stop(x.size() / numeric::WorkPoll::kBytesPerUnit))
            return 0;
        return x == y;
    }
    case Tag::List:
    case Tag::Deque:
    case Tag::Tuple: {
        const ObjVec& x = a->tag != Tag::Tuple ? static_cast<const ListObject*>(a)->items
                                               : static_cast<const TupleObject*>(a)->items;
        const ObjVec& y = b->tag != Tag::Tuple ? static_cast<const ListObject*>(b)->items
                                               : static_cast<const TupleObject*>(b)->items;
        if (x.size() != y.size())
            return 0;
        // Item by item, as CPython: the first unequal pair answers before any later __eq__.
        for (std::size_t i = 0; i < x.size(); ++i) {
            int r = builtinEquality(x[i].get(), y[i].get(), poll);
            if (r != 1 || (poll && poll->stop(1)))
                return r == 1 ? 0 : r;
        }
        return 1;
    }
    case Tag::Dict: {
        auto* x = static_cast<const DictObject*>(a);
        auto* y = static_cast<const DictObject*>(b);
        if (x->used != y->used)
            return 0;
        for (const DictEntry& e : x->entries) {
            if (!e.key)
                continue;
            auto pos = y->findBuiltin(e.key.get(), e.hash, poll);
            if (pos == kLookupAsk)
                return kAskProgram;
            if (pos < 0)
                return 0;
            int r = builtinEquality(e.value.get(),
                                    y->entries[static_cast<std::size_t>(pos)].value.get(), poll);
            if (r != 1 || (poll && poll->stop(1)))
                return r == 1 ? 0 : r;
        }
        return !(x->orderedEqual && y->orderedEqual) ? 1 : sameKeyOrder(*x, *y, poll);
    }
    case Tag::Set:
    case Tag::FrozenSet: {
        auto* x = static_cast<const SetObject*>(a);
        auto* y = static_cast<const SetObject*>(b);
        if (x->used != y->used)
            return 0;
        int all = 1;
        x->forEach([&](const Object* k, std::int64_t h) {
            if (all != 1)
                return;
            auto slot = y->findBuiltin(k, h, poll);
            if (slot == kLookupAsk)
                all = kAskProgram;
            else if (slot < 0 || (poll && poll->stop(1)))
                all = 0;
        });
        return all;
    }
    case Tag::Range: {
        auto* x = static_cast<const RangeObject*>(a);
        auto* y = static_cast<const RangeObject*>(b);
        auto n = x->length();
        if (n != y->length())
            return 0;
        if (n == 0)
            return 1;
        if (x->start != y->start)
            return 0;
        return n == 1 || x->step == y->step;
    }
    case Tag::Instance:
        return aliasesEqual(static_cast<const InstanceObject*>(a),
                            static_cast<const InstanceObject*>(b), poll);
    default:
        return 0;
    }
}

std::int64_t DictObject::findBuiltin(const Object* key, std::int64_t hash,
                                     numeric::WorkPoll* poll) const {
    return lookDict(*this, key, hash, poll, [](std::int64_t) { return kLookupAsk; });
}

std::int64_t DictObject::find(Object* key, std::int64_t hash, KeyEquality& eq) {
    // The program's __eq__ runs and may change this dict: the entry is not read again, and a
    // changed index or entry starts the lookup over.
    auto ask = [&](std::int64_t ix) -> std::int64_t {
        const auto at = static_cast<std::size_t>(ix);
        ObjRef startKey = entries[at].key;
        const std::uint32_t before = layout;
        const std::size_t indexSize = index.size();
        const int c = eq.keysEqual(startKey.get(), key);
        if (c < 0)
            return kLookupFailed;
        if (layout != before || index.size() != indexSize || at >= entries.size() ||
            entries[at].key.get() != startKey.get())
            return kProbeAgain;
        return c > 0 ? ix : kProbeOn;
    };
    while (true) {
        const std::int64_t found = lookDict(*this, key, hash, nullptr, ask);
        if (found != kProbeAgain)
            return found;
    }
}

void DictObject::rebuildIndex(std::size_t minSize) {
    std::size_t size = 8;
    while (size < minSize)
        size <<= 1;
    if (entries.size() != used) {
        std::vector<DictEntry> live;
        live.reserve(used);
        for (DictEntry& e : entries)
            if (e.key)
                live.push_back(std::move(e));
        entries = std::move(live);
    }
    index.assign(size, -1);
    ++layout;
    filled = entries.size();
    std::size_t mask = size - 1;
    for (std::size_t pos = 0; pos < entries.size(); ++pos) {
        auto perturb = static_cast<std::uint64_t>(entries[pos].hash);
        std::size_t i = static_cast<std::size_t>(entries[pos].hash) & mask;
        while (index[i] != -1) {
            perturb >>= kPerturbShift;
            i = (i * 5 + perturb + 1) & mask;
        }
        index[i] = static_cast<std::int32_t>(pos);
    }
}

std::pair<std::int64_t, bool> DictObject::set(ObjRef key, std::int64_t hash, ObjRef value,
                                              KeyEquality& eq) {
    dicttable::storing(*this, key.get());
    auto pos = find(key.get(), hash, eq);
    if (pos == kLookupFailed)
        return {pos, false};
    if (pos >= 0) {
        entries[static_cast<std::size_t>(pos)].value = std::move(value);
        return {pos, false};
    }
    return insertNew(std::move(key), hash, std::move(value));
}

std::pair<std::int64_t, bool> DictObject::insertNew(ObjRef key, std::int64_t hash, ObjRef value) {
    dicttable::inserting(*this, key.get());
    if (index.empty() || (filled + 1) * 3 >= index.size() * 2)
        rebuildIndex((used + 1) * 3);
    std::size_t mask = index.size() - 1;
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    // Into an empty slot, as CPython does: deleted ones stay until the index is rebuilt.
    while (index[i] != -1) {
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
    index[i] = static_cast<std::int32_t>(entries.size());
    ++filled;
    entries.push_back(DictEntry{std::move(key), std::move(value), hash});
    ++used;
    return {static_cast<std::int64_t>(entries.size() - 1), true};
}

DictEntry DictObject::erase(std::int64_t position) {
    std::size_t mask = index.size() - 1;
    DictEntry& e = entries[static_cast<std::size_t>(position)];
    auto perturb = static_cast<std::uint64_t>(e.hash);
    std::size_t i = static_cast<std::size_t>(e.hash) & mask;
    while (index[i] != position) {
        perturb >>= kPerturbShift;
        i = (i * 5 + perturb + 1) & mask;
    }
    index[i] = -2;
    DictEntry out = std::move(e);
    e.key = nullptr;
    e.value = nullptr;
    --used;
    while (!entries.empty() && !entries.back().key)
        entries.pop_back();
    if (entries.size() > 16 && used * 2 < entries.size())
        rebuildIndex(used * 3);
    return out;
}

void DictObject::clear() {
    if (table.known) // PyDict_Clear: back to the shared empty table
        dicttable::fresh(table);
    ++layout;
    entries.clear();
    index.clear();
    used = 0;
    filled = 0;
}

SetObject::SetObject(bool frozen) : Object(frozen ? Tag::FrozenSet : Tag::Set), table(8) {}

std::int64_t SetObject::findBuiltin(const Object* key, std::int64_t hash,
                                    numeric::WorkPoll* poll) const {
    return lookSet(
        *this, key, hash, poll, [](std::size_t) { return kLookupAsk; }, [](std::size_t, bool) {});
}

// CPython's set_lookkey and set_add_entry share this probe: `adding` decides what a match
// found after the program's __eq__ changed the table means (set_add_entry keeps it, lookkey
// starts over). Returns the slot of the key, or -1 with *free the slot to add it at, or
// kLookupFailed.
std::int64_t SetObject::probe(Object* key, std::int64_t hash, KeyEquality& eq, bool adding,
                              SetEntry** free) {
    // The program's __eq__ runs and may change this set: the slot is not read again before
    // the table is known to be the same.
    auto ask = [&](std::size_t j) -> std::int64_t {
        ObjRef startKey = table[j].key;
        const std::uint32_t before = layout;
        const int c = eq.keysEqual(startKey.get(), key);
        if (c < 0)
            return kLookupFailed;
        const bool changed =
            layout != before || table.size() != mask + 1 || table[j].key.get() != startKey.get();
        if (adding && c > 0)
            return static_cast<std::int64_t>(j); // present, whatever changed
        if (changed)
            return kProbeAgain;
        return c > 0 ? static_cast<std::int64_t>(j) : kProbeOn;
    };
    while (true) {
        // CPython 3.11's set_add_entry keeps the LAST dummy its probe passed (`freeslot =
        // entry` at every dummy) and fills that one when the probe ends at an empty slot: the
        // first dummy would put the key elsewhere, and the set's order would differ.
        SetEntry* freeslot = nullptr;
        auto vacant = [&](std::size_t j, bool empty) {
            if (!empty)
                freeslot = &table[j];
            else if (empty && free)
                *free = freeslot ? freeslot : &table[j];
        };
        const std::int64_t found = lookSet(*this, key, hash, nullptr, ask, vacant);
        if (found != kProbeAgain)
            return found;
    }
}

std::int64_t SetObject::find(Object* key, std::int64_t hash, KeyEquality& eq) {
    return probe(key, hash, eq, false, nullptr);
}

int SetObject::add(ObjRef key, std::int64_t hash, KeyEquality& eq, bool* resized,
                   std::int64_t* where) {
    if (resized)
        *resized = false;
    SetEntry* slot = nullptr;
    const std::int64_t found = probe(key.get(), hash, eq, true, &slot);
    if (found == kLookupFailed)
        return -1;
    if (found >= 0)
        return 0;
    if (where)
        *where = slot - table.data();
    if (slot->hash == -1) {
        ++used;
        slot->key = std::move(key);
        slot->hash = hash;
        slotChanged(static_cast<std::size_t>(slot - table.data()), true);
        return 1;
    }
    ++fill;
    ++used;
    slot->key = std::move(key);
    slot->hash = hash;
    slotChanged(static_cast<std::size_t>(slot - table.data()), true);
    if (fill * 5 < mask * 3)
        return 1;
    resize(used > 50000 ? used * 2 : used * 4);
    if (resized)
        *resized = true;
    return 1;
}

static void insertClean(std::vector<SetEntry>& table, std::size_t mask, ObjRef key,
                        std::int64_t hash) {
    auto perturb = static_cast<std::uint64_t>(hash);
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    while (true) {
        if (!table[i].key)
            break;
        bool found = false;
        if (i + kLinearProbes <= mask) {
            for (std::size_t j = 1; j <= kLinearProbes; ++j) {
                if (!table[i + j].key) {
                    i += j;
                    found = true;
                    break;
                }
            }
        }
        if (found)
            break;
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
    table[i].key = std::move(key);
    table[i].hash = hash;
}

void SetObject::resize(std::size_t minUsed) {
    std::size_t newSize = 8;
    while (newSize <= minUsed)
        newSize <<= 1;
    std::vector<SetEntry> old = std::move(table);
    table.assign(newSize, SetEntry{});
    mask = newSize - 1;
    ++layout;
    std::size_t n = 0;
    for (SetEntry& e : old) {
        if (e.key) {
            insertClean(table, mask, std::move(e.key), e.hash);
            ++n;
        }
    }
    fill = used = n;
    m_orderBlocks.clear();
    if (heap)
        heap->recharge(this, static_cast<std::int64_t>(newSize * 16) -
                                 static_cast<std::int64_t>(old.size() * 16));
}

bool SetObject::merge(const SetObject& other, KeyEquality& eq, bool* resized) {
    if (resized)
        *resized = false;
    if (&other == this || other.used == 0)
        return true;
    m_orderBlocks.clear(); // the copying shortcuts below fill slots directly
    if ((fill + other.used) * 5 >= mask * 3) {
        resize((used + other.used) * 2);
        if (resized)
            *resized = true;
    }
    if (fill == 0 && mask == other.mask && other.fill == other.used) {
        for (std::size_t i = 0; i <= mask; ++i) {
            if (other.table[i].key) {
                table[i].key = other.table[i].key;
                table[i].hash = other.table[i].hash;
            }
        }
        fill = other.fill;
        used = other.used;
        return true;
    }
    if (fill == 0) {
        fill = used = other.used;
        for (const SetEntry& e : other.table)
            if (e.key)
                insertClean(table, mask, e.key, e.hash);
        return true;
    }
    // A program's __eq__ may change `other` meanwhile: its table is read afresh each time.
    for (std::size_t i = 0; i < other.table.size(); ++i) {
        ObjRef key = other.table[i].key;
        if (!key)
            continue;
        bool r = false;
        if (add(std::move(key), other.table[i].hash, eq, &r) < 0)
            return false;
        if (r && resized)
            *resized = true;
    }
    return true;
}

ObjRef SetObject::removeAt(std::int64_t slot) {
    SetEntry& e = table[static_cast<std::size_t>(slot)];
    ObjRef key = std::move(e.key);
    e.key = nullptr;
    e.hash = -1;
    --used;
    slotChanged(static_cast<std::size_t>(slot), false);
    return key;
}

ObjRef SetObject::pop(std::int64_t* slot) {
    std::size_t i = finger & mask;
    while (!table[i].key)
        i = (i + 1) & mask;
    *slot = static_cast<std::int64_t>(i);
    finger = i + 1;
    return removeAt(static_cast<std::int64_t>(i));
}

void SetObject::clear() {
    if (heap)
        heap->recharge(this, static_cast<std::int64_t>(8 * 16) -
                                 static_cast<std::int64_t>(table.size() * 16));
    std::vector<SetEntry> old = std::move(table);
    table.assign(8, SetEntry{});
    mask = 7;
    ++layout;
    fill = used = 0;
    m_orderBlocks.clear();
}

} // namespace memstep::core::rt
