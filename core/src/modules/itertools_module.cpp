// The itertools module's lazy iterators over their arguments: count, cycle, repeat,
// accumulate, chain (and chain.from_iterable), compress, dropwhile, takewhile, filterfalse,
// islice, starmap, zip_longest and pairwise, each the next function of CPython 3.11's
// itertoolsmodule.c (see itertools_util.h). Where CPython hands back the very object it
// was given (repeat's object, count's start when it counts in its slow mode, the items of
// every source), so does memstep.
#include "interp/builtins/builtins_util.h"
#include "modules/itertools_util.h"

namespace memstep::core::modules::itertools {

namespace {

using rt::NativeIterState;

// The next item of `it`, or null at its end (check in.hasException()).
ObjRef step(Interpreter& in, ObjRef& it) {
    if (!it)
        return nullptr;
    ObjRef x = in.next(it.get());
    if (!x && !in.hasException())
        it.reset(); // exhausted for good, as the C code's Py_CLEAR(lz->it)
    return x;
}

struct Count final : NativeIterState {
    ObjRef current, stepBy;
    bool fast = false; // int start, step 1: each value a new int (count's fast mode)
    std::int64_t counter = 0;
    ObjRef next(Interpreter& in) override {
        if (fast && counter < INT64_MAX)
            return in.heap().newInt(counter++);
        if (fast) {
            fast = false;
            current = in.heap().newInt(counter);
        }
        ObjRef out = current;
        ObjRef after = in.binary(syntax::Operator::Add, current.get(), stepBy.get());
        if (!after)
            return nullptr;
        current = std::move(after);
        return out;
    }
    void dropReferences() override { current.reset(), stepBy.reset(); }
    int repr(Interpreter& in, std::string& out) override {
        if (fast) {
            out += "count(" + std::to_string(counter) + ")";
            return 1;
        }
        auto start = in.repr(current.get());
        auto by = in.repr(stepBy.get());
        if (!start || !by)
            return -1;
        bool unit = stepBy->tag == rt::Tag::Int && *by == "1";
        out += "count(" + *start + (unit ? "" : ", " + *by) + ")";
        return 1;
    }
};

bool isNumber(const Object* o) {
    return o->tag == rt::Tag::Int || o->tag == rt::Tag::Bool || o->tag == rt::Tag::Float;
}

ObjRef count(Interpreter& in, Object* type, CallArgs& args) {
    ObjVec a;
    if (!parseArgs(in, args, "count", {"start", "step"}, 0, a))
        return nullptr;
    auto state = std::make_unique<Count>();
    state->current = a[0] ? a[0] : in.heap().newInt(0);
    state->stepBy = a[1] ? a[1] : in.heap().newInt(1);
    if (!isNumber(state->current.get()) || !isNumber(state->stepBy.get()))
        return in.raise("TypeError", "a number is required");
    Object* start = state->current.get();
    const Object* by = state->stepBy.get();
    const bool unitStep = by->tag == rt::Tag::Int &&
                          !static_cast<const rt::IntObject*>(by)->isBig() &&
                          static_cast<const rt::IntObject*>(by)->small == 1;
    if (unitStep && start->tag == rt::Tag::Int && !static_cast<rt::IntObject*>(start)->isBig()) {
        state->fast = true;
        state->counter = static_cast<rt::IntObject*>(start)->small;
    } else if (unitStep && start->tag == rt::Tag::Bool) { // count(True) counts 1, 2, ...
        state->fast = true;
        state->counter = start == in.boolean(true).get() ? 1 : 0;
    }
    return newIterator(in, type, std::move(state));
}

struct Cycle final : NativeIterState {
    ObjRef it;
    ObjVec saved;
    std::size_t index = 0;
    ObjRef next(Interpreter& in) override {
        if (it) {
            ObjRef x = step(in, it);
            if (x) {
                saved.push_back(x);
                return x;
            }
            if (in.hasException())
                return nullptr;
        }
        if (saved.empty())
            return nullptr;
        ObjRef x = saved[index];
        index = (index + 1) % saved.size();
        return x;
    }
    void dropReferences() override { it.reset(), saved.clear(); }
};

ObjRef cycle(Interpreter& in, Object* type, CallArgs& args) {
    if (!positionalArgs(in, args, "cycle", 1, 1))
        return nullptr;
    auto state = std::make_unique<Cycle>();
    state->it = in.iter(args.positional[0].get());
    if (!state->it)
        return nullptr;
    return newIterator(in, type, std::move(state));
}

struct Repeat final : NativeIterState {
    ObjRef object;
    std::int64_t left = -1; // -1: forever
    ObjRef next(Interpreter&) override {
        if (left == 0)
            return nullptr;
        if (left > 0)
            --left;
        return object;
    }
    void dropReferences() override { object.reset(); }
    int repr(Interpreter& in, std::string& out) override {
        auto text = in.repr(object.get());
        if (!text)
            return -1;
        out += "repeat(" + *text + (left < 0 ? "" : ", " + std::to_string(left)) + ")";
        return 1;
    }
};

ObjRef repeat(Interpreter& in, Object* type, CallArgs& args) {
    ObjVec a;
    if (!parseArgs(in, args, "repeat", {"object", "times"}, 1, a))
        return nullptr;
    auto state = std::make_unique<Repeat>();
    state->object = a[0];
    if (a[1]) {
        auto times = interp::intArg(in, a[1].get());
        if (!times)
            return nullptr;
        state->left = std::max<std::int64_t>(*times, 0);
    }
    return newIterator(in, type, std::move(state));
}

struct Accumulate final : NativeIterState {
    ObjRef it, func, total, initial;
    ObjRef next(Interpreter& in) override {
        if (initial) {
            total = std::move(initial);
            return total;
        }
        ObjRef x = step(in, it);
        if (!x)
            return nullptr;
        if (!total) {
            total = x;
        } else if (func) {
            CallArgs a;
            a.positional = {total, x};
            total = in.call(func.get(), a);
        } else {
            total = in.binary(syntax::Operator::Add, total.get(), x.get());
        }
        return total;
    }
    void dropReferences() override { it.reset(), func.reset(), total.reset(), initial.reset(); }
};

ObjRef accumulate(Interpreter& in, Object* type, CallArgs& args) {
    ObjRef initial = interp::takeKeyword(args, "initial");
    ObjVec a;
    if (!parseArgs(in, args, "accumulate", {"iterable", "func"}, 1, a))
        return nullptr;
    auto state = std::make_unique<Accumulate>();
    state->it = in.iter(a[0].get());
    if (!state->it)
        return nullptr;
    if (a[1] && a[1]->tag != rt::Tag::None)
        state->func = a[1];
    if (initial && initial->tag != rt::Tag::None)
        state->initial = initial;
    return newIterator(in, type, std::move(state));
}

struct Chain final : NativeIterState {
    ObjRef sources, active;
    ObjRef next(Interpreter& in) override {
        while (sources || active) {
            if (!active) {
                ObjRef iterable = step(in, sources);
                if (!iterable)
                    return nullptr;
                active = in.iter(iterable.get());
                if (!active)
                    return nullptr;
            }
            ObjRef x = step(in, active);
            if (x || in.hasException())
                return x;
        }
        return nullptr;
    }
    void dropReferences() override { sources.reset(), active.reset(); }
};

ObjRef chainOf(Interpreter& in, Object* type, ObjRef iterable) {
    auto state = std::make_unique<Chain>();
    state->sources = in.iter(iterable.get());
    if (!state->sources)
        return nullptr;
    return newIterator(in, type, std::move(state));
}

ObjRef chain(Interpreter& in, Object* type, CallArgs& args) {
    if (!interp::noKeywords(in, args, "chain"))
        return nullptr;
    return chainOf(in, type, in.heap().newTuple(args.positional));
}

ObjRef chainFromIterable(Interpreter& in, Object* type, CallArgs& args) {
    if (!interp::noKeywords(in, args, "from_iterable") ||
        !interp::argCount(in, args, "from_iterable", 1, 1))
        return nullptr;
    return chainOf(in, type, args.positional[0]);
}

struct Compress final : NativeIterState {
    ObjRef data, selectors;
    ObjRef next(Interpreter& in) override {
        while (true) {
            ObjRef x = step(in, data);
            if (!x)
                return nullptr;
            ObjRef s = step(in, selectors);
            if (!s)
                return nullptr;
            int t = in.truthy(s.get());
            if (t < 0)
                return nullptr;
            if (t)
                return x;
        }
    }
    void dropReferences() override { data.reset(), selectors.reset(); }
};

ObjRef compress(Interpreter& in, Object* type, CallArgs& args) {
    ObjVec a;
    if (!parseArgs(in, args, "compress", {"data", "selectors"}, 2, a))
        return nullptr;
    auto state = std::make_unique<Compress>();
    state->data = in.iter(a[0].get());
    if (!state->data)
        return nullptr;
    state->selectors = in.iter(a[1].get());
    if (!state->selectors)
        return nullptr;
    return newIterator(in, type, std::move(state));
}

// dropwhile, takewhile and filterfalse: a predicate over one source.
struct Predicated final : NativeIterState {
    enum class Kind : std::uint8_t { DropWhile, TakeWhile, FilterFalse };
    Kind kind = Kind::FilterFalse;
    ObjRef predicate, it;
    bool done = false; // dropwhile: stopped dropping; takewhile: stopped taking
    ObjRef next(Interpreter& in) override {
        while (true) {
            if (kind == Kind::TakeWhile && done)
                return nullptr;
            ObjRef x = step(in, it);
            if (!x || (kind == Kind::DropWhile && done))
                return x;
            ObjRef verdict = x; // filterfalse(None, ...) tests the items' own truth
            if (predicate) {
                CallArgs a;
                a.positional.push_back(x);
                verdict = in.call(predicate.get(), a);
            }
            if (!verdict)
                return nullptr;
            int t = in.truthy(verdict.get());
            if (t < 0)
                return nullptr;
            switch (kind) {
            case Kind::DropWhile:
                if (!t) {
                    done = true;
                    return x;
                }
                break;
            case Kind::TakeWhile:
                if (t)
                    return x;
                done = true;
                return nullptr;
            case Kind::FilterFalse:
                if (!t)
                    return x;
                break;
            }
        }
    }
    void dropReferences() override { predicate.reset(), it.reset(); }
};

ObjRef predicated(Interpreter& in, Object* type, CallArgs& args, const char* name,
                  Predicated::Kind kind) {
    if (!positionalArgs(in, args, name, 2, 2))
        return nullptr;
    auto state = std::make_unique<Predicated>();
    state->kind = kind;
    if (kind != Predicated::Kind::FilterFalse || args.positional[0]->tag != rt::Tag::None)
        state->predicate = args.positional[0];
    state->it = in.iter(args.positional[1].get());
    if (!state->it)
        return nullptr;
    return newIterator(in, type, std::move(state));
}

ObjRef dropwhile(Interpreter& in, Object* type, CallArgs& args) {
    return predicated(in, type, args, "dropwhile", Predicated::Kind::DropWhile);
}
ObjRef takewhile(Interpreter& in, Object* type, CallArgs& args) {
    return predicated(in, type, args, "takewhile", Predicated::Kind::TakeWhile);
}
ObjRef filterfalse(Interpreter& in, Object* type, CallArgs& args) {
    return predicated(in, type, args, "filterfalse", Predicated::Kind::FilterFalse);
}

struct Islice final : NativeIterState {
    ObjRef it;
    std::int64_t nextIndex = 0, stop = -1, stepBy = 1, count = 0;
    ObjRef next(Interpreter& in) override {
        while (it && count < nextIndex) {
            if (!step(in, it))
                return nullptr;
            ++count;
        }
        if (!it || (stop != -1 && count >= stop)) {
            it.reset();
            return nullptr;
        }
        ObjRef x = step(in, it);
        if (!x)
            return nullptr;
        ++count;
        nextIndex += stepBy;
        if (stop != -1 && nextIndex > stop)
            nextIndex = stop;
        return x;
    }
    void dropReferences() override { it.reset(); }
};

// One islice bound: None (-1 when `noneIs` says so) or an int >= 0; false with ValueError.
bool sliceBound(Interpreter& in, Object* o, std::int64_t noneIs, const char* message,
                std::int64_t& out) {
    if (o->tag == rt::Tag::None) {
        out = noneIs;
        return true;
    }
    ObjRef hold; // a class's __index__: any failure of it is the ValueError too
    if (!interp::indexKey(in, o, hold)) {
        if (in.aborted())
            return false;
        in.clearException();
    }
    if (o->tag == rt::Tag::Int || o->tag == rt::Tag::Bool) {
        auto v = in.indexValue(o, "");
        if (v && *v >= 0) {
            out = *v;
            return true;
        }
        in.clearException();
    }
    in.raise("ValueError", message);
    return false;
}

ObjRef islice(Interpreter& in, Object* type, CallArgs& args) {
    if (!interp::noKeywords(in, args, "islice"))
        return nullptr;
    std::size_t n = args.positional.size();
    if (n < 2 || n > 4)
        return in.raise("TypeError", std::string("islice expected at ") +
                                         (n < 2 ? "least 2" : "most 4") + " arguments, got " +
                                         std::to_string(n));
    auto state = std::make_unique<Islice>();
    const char* stopMessage =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const char* indexMessage =
        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if (n == 2) {
        if (!sliceBound(in, args.positional[1].get(), -1, stopMessage, state->stop))
            return nullptr;
    } else {
        if (!sliceBound(in, args.positional[1].get(), 0, indexMessage, state->nextIndex) ||
            !sliceBound(in, args.positional[2].get(), -1, indexMessage, state->stop))
            return nullptr;
        if (n == 4) {
            Object* s = args.positional[3].get();
            if (!sliceBound(in, s, 1, "Step for islice() must be a positive integer or None.",
                            state->stepBy))
                return nullptr;
            if (state->stepBy == 0)
                return in.raise("ValueError",
                                "Step for islice() must be a positive integer or None.");
        }
    }
    state->it = in.iter(args.positional[0].get());
    if (!state->it)
        return nullptr;
    return newIterator(in, type, std::move(state));
}

struct Starmap final : NativeIterState {
    ObjRef func, it;
    ObjRef next(Interpreter& in) override {
        ObjRef x = step(in, it);
        if (!x)
            return nullptr;
        CallArgs a;
        if (!in.collect(x.get(), a.positional))
            return nullptr;
        return in.call(func.get(), a);
    }
    void dropReferences() override { func.reset(), it.reset(); }
};

ObjRef starmap(Interpreter& in, Object* type, CallArgs& args) {
    if (!positionalArgs(in, args, "starmap", 2, 2))
        return nullptr;
    auto state = std::make_unique<Starmap>();
    state->func = args.positional[0];
    state->it = in.iter(args.positional[1].get());
    if (!state->it)
        return nullptr;
    return newIterator(in, type, std::move(state));
}

struct ZipLongest final : NativeIterState {
    ObjVec its; // a null entry: that source is exhausted
    ObjRef fill;
    std::size_t active = 0;
    ObjRef next(Interpreter& in) override {
        if (its.empty() || active == 0)
            return nullptr;
        ObjVec row;
        for (ObjRef& it : its) {
            ObjRef x;
            if (it) {
                x = step(in, it);
                if (!x) {
                    if (in.hasException())
                        return nullptr;
                    if (--active == 0) {
                        its.clear();
                        return nullptr;
                    }
                }
            }
            row.push_back(x ? x : fill);
        }
        return in.heap().newTuple(std::move(row));
    }
    void dropReferences() override { its.clear(), fill.reset(); }
};

ObjRef zipLongest(Interpreter& in, Object* type, CallArgs& args) {
    ObjRef fill = interp::takeKeyword(args, "fillvalue");
    if (!args.keywords.empty())
        return in.raise("TypeError", "zip_longest() got an unexpected keyword argument");
    auto state = std::make_unique<ZipLongest>();
    state->fill = fill ? fill : in.none();
    for (const ObjRef& a : args.positional) {
        ObjRef it = in.iter(a.get());
        if (!it)
            return nullptr;
        state->its.push_back(std::move(it));
    }
    state->active = state->its.size();
    return newIterator(in, type, std::move(state));
}

struct Pairwise final : NativeIterState {
    ObjRef it, old;
    ObjRef next(Interpreter& in) override {
        if (!it)
            return nullptr;
        if (!old) {
            old = step(in, it);
            if (!old)
                return nullptr;
        }
        ObjRef x = step(in, it);
        if (!x) {
            old.reset();
            return nullptr;
        }
        ObjRef pair = in.heap().newTuple({old, x});
        old = std::move(x);
        return pair;
    }
    void dropReferences() override { it.reset(), old.reset(); }
};

ObjRef pairwise(Interpreter& in, Object* type, CallArgs& args) {
    if (!positionalArgs(in, args, "pairwise", 1, 1))
        return nullptr;
    auto state = std::make_unique<Pairwise>();
    state->it = in.iter(args.positional[0].get());
    if (!state->it)
        return nullptr;
    return newIterator(in, type, std::move(state));
}

} // namespace

ObjRef newIterator(Interpreter& in, Object* type, std::unique_ptr<rt::NativeIterState> state) {
    auto* it = in.heap().make<rt::IteratorObject>();
    ObjRef out(it);
    it->kind = rt::IteratorObject::Kind::Native;
    it->nativeType = static_cast<rt::TypeObject*>(type);
    it->typeName = it->nativeType->name;
    it->native = std::move(state);
    return out;
}

bool parseArgs(Interpreter& in, CallArgs& args, const char* name,
               std::initializer_list<const char*> names, std::size_t required, ObjVec& out) {
    std::vector<const char*> list(names);
    out.assign(list.size(), nullptr);
    if (args.positional.size() > list.size()) {
        in.raise("TypeError", std::string(name) + "() takes at most " +
                                  std::to_string(list.size()) + " arguments (" +
                                  std::to_string(args.positional.size()) + " given)");
        return false;
    }
    for (std::size_t i = 0; i < args.positional.size(); ++i)
        out[i] = args.positional[i];
    for (rt::KwArg& k : args.keywords) {
        auto at =
            std::find_if(list.begin(), list.end(), [&](const char* n) { return *k.name == n; });
        if (at == list.end()) {
            in.raise("TypeError",
                     "'" + *k.name + "' is an invalid keyword argument for " + name + "()");
            return false;
        }
        auto i = static_cast<std::size_t>(at - list.begin());
        if (out[i]) {
            in.raise("TypeError", std::string("argument for ") + name + "() given by name ('" +
                                      list[i] + "') and position (" + std::to_string(i + 1) + ")");
            return false;
        }
        out[i] = k.value;
    }
    for (std::size_t i = 0; i < required; ++i) {
        if (!out[i]) {
            in.raise("TypeError", std::string(name) + "() missing required argument '" + list[i] +
                                      "' (pos " + std::to_string(i + 1) + ")");
            return false;
        }
    }
    return true;
}

bool positionalArgs(Interpreter& in, CallArgs& args, const char* name, std::size_t min,
                    std::size_t max) {
    if (!args.keywords.empty()) {
        in.raise("TypeError", std::string(name) + "() takes no keyword arguments");
        return false;
    }
    std::size_t n = args.positional.size();
    if (n >= min && n <= max)
        return true;
    std::string expected = min == max
                               ? std::to_string(min) + (min == 1 ? " argument" : " arguments")
                           : n < min ? "at least " + std::to_string(min) + " arguments"
                                     : "at most " + std::to_string(max) + " arguments";
    in.raise("TypeError",
             std::string(name) + " expected " + expected + ", got " + std::to_string(n));
    return false;
}

ObjRef applyKey(Interpreter& in, Object* f, ObjRef x) {
    if (!f || f->tag == rt::Tag::None)
        return x;
    CallArgs a;
    a.positional.push_back(std::move(x));
    return in.call(f, a);
}

rt::TypeObject* addIteratorType(Interpreter& in, rt::ModuleObject& m, const char* name,
                                rt::NativeFn make) {
    rt::TypeObject* t = makeNativeType(in, "itertools", name, make);
    m.set(name, ObjRef(t));
    return t;
}

} // namespace memstep::core::modules::itertools

namespace memstep::core::modules {

void fillItertools(Interpreter& in, rt::ModuleObject& m) {
    using namespace itertools;
    addIteratorType(in, m, "accumulate", accumulate);
    rt::TypeObject* chainType = addIteratorType(in, m, "chain", chain);
    chainType->dict.set("from_iterable",
                        in.makeBuiltin("from_iterable", chainFromIterable, ObjRef(chainType)));
    addIteratorType(in, m, "compress", compress);
    addIteratorType(in, m, "count", count);
    addIteratorType(in, m, "cycle", cycle);
    addIteratorType(in, m, "dropwhile", dropwhile);
    addIteratorType(in, m, "filterfalse", filterfalse);
    addIteratorType(in, m, "islice", islice);
    addIteratorType(in, m, "pairwise", pairwise);
    addIteratorType(in, m, "repeat", repeat);
    addIteratorType(in, m, "starmap", starmap);
    addIteratorType(in, m, "takewhile", takewhile);
    addIteratorType(in, m, "zip_longest", zipLongest);
    fillCombinatorics(in, m);
}

} // namespace memstep::core::modules
