// itertools' combinatoric iterators (product, permutations, combinations,
// combinations_with_replacement), groupby with its _grouper objects, and tee.
//
// The combinatoric ones read their arguments into tuples when made, as CPython does, and
// walk indices exactly as the "roughly equivalent" code of its documentation, so results
// come in CPython's order and hold the pool's own objects. groupby and its groupers share
// one state, as in itertoolsmodule.c: a grouper stops as soon as groupby moves past its
// group, and the key function runs once per item, when CPython runs it. tee's iterators
// share one buffer of the items read so far.
#include "interp/builtins/builtins_util.h"
#include "modules/itertools_util.h"

namespace memstep::core::modules::itertools {

namespace {

using rt::NativeIterState;

// What the index-walking iterators share: the pool and the indices of the next result.
struct IndexWalk : NativeIterState {
    ObjVec pool;
    std::vector<std::size_t> indices;
    std::size_t r = 0;
    bool started = false, done = false;
    virtual ObjVec row() {
        ObjVec out;
        for (std::size_t k = 0; k < r; ++k)
            out.push_back(pool[indices[k]]);
        return out;
    }
    // Moves the indices to the next result; false when there is none.
    virtual bool advance() = 0;
    ObjRef next(Interpreter& in) override {
        if (done)
            return nullptr;
        if (started && !advance()) {
            done = true;
            return nullptr;
        }
        started = true;
        return in.heap().newTuple(row());
    }
    void dropReferences() override { pool.clear(); }
};

struct Combinations final : IndexWalk {
    bool replacement = false;
    bool advance() override {
        std::size_t n = pool.size();
        std::size_t i = r;
        while (i-- > 0) {
            if (indices[i] != (replacement ? n - 1 : i + n - r))
                break;
            if (i == 0)
                return false;
        }
        if (r == 0)
            return false;
        ++indices[i];
        for (std::size_t j = i + 1; j < r; ++j)
            indices[j] = replacement ? indices[i] : indices[j - 1] + 1;
        return true;
    }
};

struct Permutations final : IndexWalk {
    std::vector<std::size_t> cycles;
    bool advance() override {
        std::size_t n = pool.size();
        if (n == 0)
            return false;
        for (std::size_t i = r; i-- > 0;) {
            if (--cycles[i] == 0) {
                std::size_t first = indices[i];
                indices.erase(indices.begin() + static_cast<std::ptrdiff_t>(i));
                indices.push_back(first);
                cycles[i] = n - i;
            } else {
                std::swap(indices[i], indices[n - cycles[i]]);
                return true;
            }
        }
        return false;
    }
};

struct Product final : IndexWalk {
    std::vector<ObjVec> pools;
    ObjVec row() override {
        ObjVec out;
        for (std::size_t k = 0; k < pools.size(); ++k)
            out.push_back(pools[k][indices[k]]);
        return out;
    }
    bool advance() override {
        for (std::size_t i = pools.size(); i-- > 0;) {
            if (++indices[i] < pools[i].size())
                return true;
            indices[i] = 0;
        }
        return false;
    }
    void dropReferences() override { pools.clear(); }
};

// r from an argument (null or None: `fallback`); false with the exception set.
bool rArg(Interpreter& in, const ObjRef& o, std::size_t fallback, std::size_t& r) {
    if (!o || o->tag == rt::Tag::None) {
        r = fallback;
        return true;
    }
    auto v = interp::intArg(in, o.get());
    if (!v)
        return false;
    if (*v < 0) {
        in.raise("ValueError", "r must be non-negative");
        return false;
    }
    r = static_cast<std::size_t>(*v);
    return true;
}

ObjRef combinationsAny(Interpreter& in, Object* type, CallArgs& args, const char* name,
                       bool replacement) {
    ObjVec a;
    if (!parseArgs(in, args, name, {"iterable", "r"}, 2, a))
        return nullptr;
    auto state = std::make_unique<Combinations>();
    state->replacement = replacement;
    if (!in.collect(a[0].get(), state->pool, true) || !rArg(in, a[1], 0, state->r))
        return nullptr;
    std::size_t n = state->pool.size();
    state->done = replacement ? (n == 0 && state->r > 0) : state->r > n;
    state->indices.resize(state->r);
    for (std::size_t i = 0; i < state->r; ++i)
        state->indices[i] = replacement ? 0 : i;
    return newIterator(in, type, std::move(state));
}

ObjRef combinations(Interpreter& in, Object* type, CallArgs& args) {
    return combinationsAny(in, type, args, "combinations", false);
}
ObjRef combinationsWithReplacement(Interpreter& in, Object* type, CallArgs& args) {
    return combinationsAny(in, type, args, "combinations_with_replacement", true);
}

ObjRef permutations(Interpreter& in, Object* type, CallArgs& args) {
    ObjVec a;
    if (!parseArgs(in, args, "permutations", {"iterable", "r"}, 1, a))
        return nullptr;
    auto state = std::make_unique<Permutations>();
    if (!in.collect(a[0].get(), state->pool, true))
        return nullptr;
    std::size_t n = state->pool.size();
    if (!rArg(in, a[1], n, state->r))
        return nullptr;
    state->done = state->r > n;
    for (std::size_t i = 0; i < n; ++i)
        state->indices.push_back(i);
    for (std::size_t i = 0; i < state->r && !state->done; ++i)
        state->cycles.push_back(n - i);
    return newIterator(in, type, std::move(state));
}

ObjRef product(Interpreter& in, Object* type, CallArgs& args) {
    ObjRef repeatArg = interp::takeKeyword(args, "repeat");
    if (!interp::noMoreKeywords(in, args, "product"))
        return nullptr;
    std::int64_t repeat = 1;
    if (repeatArg) {
        auto v = interp::intArg(in, repeatArg.get());
        if (!v)
            return nullptr;
        if (*v < 0)
            return in.raise("ValueError", "repeat argument cannot be negative");
        repeat = *v;
    }
    auto state = std::make_unique<Product>();
    std::vector<ObjVec> pools;
    for (const ObjRef& iterable : args.positional) {
        ObjVec pool;
        if (!in.collect(iterable.get(), pool, true))
            return nullptr;
        pools.push_back(std::move(pool));
    }
    for (std::int64_t k = 0; k < repeat; ++k)
        state->pools.insert(state->pools.end(), pools.begin(), pools.end());
    state->indices.assign(state->pools.size(), 0);
    for (const ObjVec& pool : state->pools)
        state->done = state->done || pool.empty();
    return newIterator(in, type, std::move(state));
}

struct GroupBy final : NativeIterState {
    ObjRef it, keyFunc;
    ObjRef tgtKey, currKey, currValue;
    Object* owner = nullptr;          // the groupby iterator holding this state
    Object* grouperType = nullptr;    // itertools._grouper
    Object* currentGrouper = nullptr; // identity only: the grouper allowed to go on
    // groupby_step: reads one item and its key; false at the end or on error.
    bool advance(Interpreter& in) {
        if (!it)
            return false;
        ObjRef value = in.next(it.get());
        if (!value)
            return false;
        ObjRef key = applyKey(in, keyFunc.get(), value);
        if (!key)
            return false;
        currValue = std::move(value);
        currKey = std::move(key);
        return true;
    }
    ObjRef next(Interpreter& in) override;
    void dropReferences() override {
        it.reset(), keyFunc.reset(), tgtKey.reset(), currKey.reset(), currValue.reset();
    }
};

struct Grouper final : NativeIterState {
    ObjRef parent; // the groupby iterator
    ObjRef tgtKey;
    ObjRef next(Interpreter& in) override {
        auto* g =
            static_cast<GroupBy*>(static_cast<rt::IteratorObject*>(parent.get())->native.get());
        if (!g || g->currentGrouper != self)
            return nullptr;
        if (!g->currValue && !g->advance(in))
            return nullptr;
        ObjRef key = g->currKey;
        int same = in.compare(syntax::CmpOperator::Eq, tgtKey.get(), key.get());
        if (same <= 0)
            return nullptr;
        return std::move(g->currValue);
    }
    void dropReferences() override { parent.reset(), tgtKey.reset(); }
    Object* self = nullptr;
};

ObjRef GroupBy::next(Interpreter& in) {
    currentGrouper = nullptr;
    while (true) {
        if (currKey) {
            if (!tgtKey)
                break;
            int same = in.compare(syntax::CmpOperator::Eq, tgtKey.get(), currKey.get());
            if (same < 0)
                return nullptr;
            if (same == 0)
                break;
        }
        if (!advance(in))
            return nullptr;
    }
    tgtKey = currKey;
    auto grouper = std::make_unique<Grouper>();
    Grouper* raw = grouper.get();
    raw->tgtKey = tgtKey;
    raw->parent = ObjRef(owner);
    ObjRef out = newIterator(in, grouperType, std::move(grouper));
    raw->self = out.get();
    currentGrouper = out.get();
    return in.heap().newTuple({currKey, out});
}

ObjRef groupby(Interpreter& in, Object* type, CallArgs& args) {
    ObjVec a;
    if (!parseArgs(in, args, "groupby", {"iterable", "key"}, 1, a))
        return nullptr;
    auto state = std::make_unique<GroupBy>();
    state->it = in.iter(a[0].get());
    if (!state->it)
        return nullptr;
    if (a[1] && a[1]->tag != rt::Tag::None)
        state->keyFunc = a[1];
    // The groupby type keeps the _grouper type under a name no program can spell.
    state->grouperType = static_cast<rt::TypeObject*>(type)->dict.find(" grouper")->get();
    GroupBy* raw = state.get();
    ObjRef out = newIterator(in, type, std::move(state));
    raw->owner = out.get();
    return out;
}

struct TeeData {
    ObjRef it;
    ObjVec values;
};

struct Tee final : NativeIterState {
    std::shared_ptr<TeeData> data;
    std::size_t index = 0;
    ObjRef next(Interpreter& in) override {
        if (index < data->values.size())
            return data->values[index++];
        if (!data->it)
            return nullptr;
        ObjRef x = in.next(data->it.get());
        if (!x)
            return nullptr;
        data->values.push_back(x);
        ++index;
        return x;
    }
    void dropReferences() override {
        data->it.reset();
        data->values.clear();
    }
};

// tee(iterable, n=2); `type` is _tee, bound as the builtin's self.
ObjRef tee(Interpreter& in, Object* type, CallArgs& args) {
    if (!positionalArgs(in, args, "tee", 1, 2))
        return nullptr;
    std::int64_t n = 2;
    if (args.positional.size() == 2) {
        auto v = interp::intArg(in, args.positional[1].get());
        if (!v)
            return nullptr;
        if (*v < 0)
            return in.raise("ValueError", "n must be >= 0");
        n = *v;
    }
    ObjRef it = in.iter(args.positional[0].get());
    if (!it)
        return nullptr;
    auto data = std::make_shared<TeeData>();
    std::size_t start = 0;
    auto* source = static_cast<rt::IteratorObject*>(it.get());
    if (it->tag == rt::Tag::Iterator && source->nativeType == type) {
        // A tee of a tee shares its buffer from where it stands, as _tee.__copy__ does.
        auto* t = static_cast<Tee*>(source->native.get());
        data = t->data;
        start = t->index;
    } else {
        data->it = it;
    }
    ObjVec tees;
    for (std::int64_t i = 0; i < n; ++i) {
        auto state = std::make_unique<Tee>();
        state->data = data;
        state->index = start;
        tees.push_back(i == 0 && data->it != it ? it : newIterator(in, type, std::move(state)));
    }
    return in.heap().newTuple(std::move(tees));
}

} // namespace

void fillCombinatorics(Interpreter& in, rt::ModuleObject& m) {
    addIteratorType(in, m, "combinations", combinations);
    addIteratorType(in, m, "combinations_with_replacement", combinationsWithReplacement);
    rt::TypeObject* groupbyType = addIteratorType(in, m, "groupby", groupby);
    groupbyType->dict.set(" grouper", ObjRef(addIteratorType(in, m, "_grouper", nullptr)));
    addIteratorType(in, m, "permutations", permutations);
    addIteratorType(in, m, "product", product);
    m.set("tee", in.makeBuiltin("tee", tee, ObjRef(addIteratorType(in, m, "_tee", nullptr))));
}

} // namespace memstep::core::modules::itertools
