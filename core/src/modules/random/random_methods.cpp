// The methods of random.Random as CPython 3.11's Lib/random.py and _randommodule.c make them,
// so that every draw consumes the generator as CPython's does: random() takes 53 bits from
// two outputs; getrandbits builds ints from little-endian 32-bit words; randrange/randint/
// choice/shuffle/sample all draw through _randbelow's getrandbits rejection sampling, choices
// and uniform through random(). Each takes the Random object as `self` (random_module.cpp has
// bound the arguments to the Python signature already).
#include "modules/random/random_methods.h"

#include "interp/attributes/attribute_hooks.h"
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "numeric/utf8.h"
#include "runtime/list_capacity.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace memstep::core::modules::random {

using interp::CallArgs;
using numeric::BigInt;
using rt::Object;

namespace {

MersenneTwister& mt(Object* self) {
    return static_cast<RandomObject*>(self)->g;
}

// A C method read from the class and called on another object (`random.Random.random(5)`).
bool checkSelf(Interpreter& in, Object* self, const char* method) {
    if (asRandom(self))
        return true;
    in.raise("TypeError", std::string("descriptor '") + method +
                              "' for '_random.Random' objects doesn't apply to a '" +
                              (self ? in.typeName(self) : "NULL") + "' object");
    return false;
}

// seed() and the import without a seed: fresh entropy, as CPython seeds from os.urandom.
constexpr std::size_t kSeedWords = 624;

} // namespace

void seedFromEntropy(MersenneTwister& g) {
    std::random_device rd;
    std::vector<std::uint32_t> key(kSeedWords);
    for (auto& w : key)
        w = rd();
    g.initByArray(key);
}

namespace {

// random.py's seed(a, version=1) of a str or bytes: a 64-bit hash of its characters.
BigInt versionOneSeed(const std::vector<std::uint32_t>& chars) {
    std::uint64_t x = chars.empty() ? 0 : static_cast<std::uint64_t>(chars[0]) << 7;
    for (std::uint32_t c : chars)
        x = (1000003u * x) ^ c;
    x ^= chars.size();
    return BigInt::fromUint64(x);
}

// random.py's seed(a) of a str (its UTF-8), bytes or bytearray, version 2:
// int.from_bytes(a + sha512(a).digest()), big-endian.
BigInt versionTwoSeed(const std::string& bytes) {
    auto digest = sha512(bytes);
    std::string all = bytes + std::string(digest.begin(), digest.end());
    std::vector<std::uint32_t> words((all.size() + 3) / 4);
    for (std::size_t i = 0; i < all.size(); ++i) {
        std::size_t fromEnd = all.size() - 1 - i; // the byte's place, least significant first
        words[fromEnd / 4] |= static_cast<std::uint32_t>(static_cast<unsigned char>(all[i]))
                              << (8 * (fromEnd % 4));
    }
    while (!words.empty() && words.back() == 0)
        words.pop_back();
    return BigInt::fromLimbs(std::move(words), false);
}

} // namespace

// Random.seed(self, a=None, version=2), `self` the Random object.
ObjRef seed(Interpreter& in, Object* self, CallArgs& args) {
    Object* a = args.positional.empty() ? nullptr : args.positional[0].get();
    Object* version = args.positional.size() > 1 ? args.positional[1].get() : nullptr;
    auto& g = mt(self);
    auto isVersion = [&](std::int64_t v) {
        return version ? version->tag == rt::Tag::Int &&
                             static_cast<rt::IntObject*>(version)->toBig() == BigInt::fromInt64(v)
                       : v == 2;
    };
    if (!a || a->tag == rt::Tag::None) {
        seedFromEntropy(g);
        g.gaussNext.reset();
        return in.none();
    }
    BigInt n;
    const bool isText = a->tag == rt::Tag::Str;
    const bool isBytes = a->tag == rt::Tag::Bytes || a->tag == rt::Tag::ByteArray;
    if (version && version->tag != rt::Tag::Int && (isText || isBytes))
        return in.abortUnsupported(
            "random.seed() with a version that is not an int is not supported");
    if (isVersion(1) && (isText || a->tag == rt::Tag::Bytes)) {
        std::vector<std::uint32_t> chars;
        if (isText)
            for (char32_t c : numeric::codePoints(interp::text(a)))
                chars.push_back(static_cast<std::uint32_t>(c));
        else
            for (unsigned char c : static_cast<rt::BytesObject*>(a)->data)
                chars.push_back(c);
        n = versionOneSeed(chars);
    } else if (isVersion(2) && (isText || isBytes)) {
        if (isText)
            for (char32_t c : numeric::codePoints(interp::text(a)))
                if (c >= 0xD800 && c <= 0xDFFF) // str.encode() would raise UnicodeEncodeError
                    return in.abortUnsupported(
                        "random.seed() of a str holding a lone surrogate is not supported");
        n = versionTwoSeed(isText ? interp::text(a) : static_cast<rt::BytesObject*>(a)->data);
    } else {
        switch (a->tag) {
        case rt::Tag::Int:
            n = static_cast<rt::IntObject*>(a)->toBig();
            break;
        case rt::Tag::Bool:
            n = BigInt::fromInt64(static_cast<rt::BoolObject*>(a)->value);
            break;
        case rt::Tag::Float:
        case rt::Tag::Str:
        case rt::Tag::Bytes:
        case rt::Tag::ByteArray: {
            // Another version hands the object to _random's seed, which hashes it; a
            // bytearray is unhashable there, a str's hash changes from run to run.
            if (a->tag != rt::Tag::Float)
                return in.abortUnsupported("random.seed() of a str, bytes or bytearray with a "
                                           "version other than 1 or 2 is "
                                           "not supported");
            auto h = in.hash(a);
            if (!h)
                return nullptr;
            n = BigInt::fromInt64(*h);
            break;
        }
        default:
            return in.raise(
                "TypeError",
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
    }
    g.gaussNext.reset();
    n = n.abs();
    std::vector<std::uint32_t> key = n.limbs();
    if (key.empty())
        key.push_back(0);
    g.initByArray(key);
    return in.none();
}

// random() and getrandbits() are _random.Random's C methods: builtins bound to the object.
ObjRef random(Interpreter& in, Object* self, CallArgs& args) {
    if (!checkSelf(in, self, "random") || !interp::noKeywords(in, args, "Random.random") ||
        !interp::argCount(in, args, "Random.random", 0, 0))
        return nullptr;
    return in.heap().newFloat(mt(self).random());
}

ObjRef getrandbits(Interpreter& in, Object* self, CallArgs& args) {
    if (!checkSelf(in, self, "getrandbits") ||
        !interp::noKeywords(in, args, "Random.getrandbits") ||
        !interp::argCount(in, args, "Random.getrandbits", 1, 1))
        return nullptr;
    auto k = interp::intArg(in, args.positional[0].get());
    if (!k)
        return nullptr;
    if (*k < 0)
        return in.raise("ValueError", "number of bits must be non-negative");
    if (*k > (1 << 20))
        return in.raise("OverflowError", "getrandbits() argument is too large for memstep");
    return in.heap().newInt(mt(self).getrandbits(static_cast<std::uint64_t>(*k)));
}

namespace {

// operator.index() of a randrange argument; floats equal to ints pass with CPython 3.11's
// deprecation, others are ValueError("non-integer arg N for randrange()").
std::optional<BigInt> rangeArg(Interpreter& in, Object* o, int position) {
    ObjRef hold; // the int a class's __index__ returns
    if (!interp::indexKey(in, o, hold))
        return std::nullopt;
    if (o->tag == rt::Tag::Int)
        return static_cast<rt::IntObject*>(o)->toBig();
    if (o->tag == rt::Tag::Bool)
        return BigInt::fromInt64(static_cast<rt::BoolObject*>(o)->value);
    if (o->tag == rt::Tag::Float) {
        double d = static_cast<rt::FloatObject*>(o)->value;
        if (std::isfinite(d) && std::floor(d) == d) {
            in.abortUnsupported(
                "randrange() with a float argument is deprecated and not supported");
            return std::nullopt;
        }
        in.raise("ValueError", "non-integer arg " + std::to_string(position) + " for randrange()");
        return std::nullopt;
    }
    in.raise("TypeError",
             "'" + std::string(in.typeName(o)) + "' object cannot be interpreted as an integer");
    return std::nullopt;
}

ObjRef randrange(Interpreter& in, MersenneTwister& g, Object* startObj, Object* stopObj,
                 Object* stepObj) {
    auto start = rangeArg(in, startObj, 1);
    if (!start)
        return nullptr;
    if (!stopObj || stopObj->tag == rt::Tag::None) {
        if (stepObj)
            return in.raise("TypeError", "Missing a non-None stop argument");
        if (start->sign() > 0)
            return in.heap().newInt(g.below(*start));
        return in.raise("ValueError", "empty range for randrange()");
    }
    auto stop = rangeArg(in, stopObj, 2);
    if (!stop)
        return nullptr;
    BigInt width = *stop - *start;
    BigInt step = BigInt::fromInt64(1);
    if (stepObj) {
        auto s = rangeArg(in, stepObj, 3);
        if (!s)
            return nullptr;
        step = *s;
    }
    if (step == BigInt::fromInt64(1)) {
        if (width.sign() > 0)
            return in.heap().newInt(*start + g.below(width));
        return in.raise("ValueError", "empty range for randrange() (" + start->toString() + ", " +
                                          stop->toString() + ", " + width.toString() + ")");
    }
    BigInt n;
    if (step.sign() > 0)
        n = *(width + step - BigInt::fromInt64(1)).floorDiv(step);
    else if (step.sign() < 0)
        n = *(width + step + BigInt::fromInt64(1)).floorDiv(step);
    else
        return in.raise("ValueError", "zero step for randrange()");
    if (n.sign() <= 0)
        return in.raise("ValueError", "empty range for randrange()");
    return in.heap().newInt(*start + step * g.below(n));
}

} // namespace

ObjRef randrange(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "randrange"))
        return nullptr;
    std::size_t n = args.positional.size();
    if (n < 1 || n > 3) {
        if (n == 0)
            return in.raise("TypeError",
                            "Random.randrange() missing 1 required positional argument: 'start'");
        return in.raise("TypeError",
                        "Random.randrange() takes from 2 to 4 positional arguments but " +
                            std::to_string(n + 1) + " were given");
    }
    return randrange(in, mt(self), args.positional[0].get(),
                     n > 1 ? args.positional[1].get() : nullptr,
                     n > 2 ? args.positional[2].get() : nullptr);
}

ObjRef randint(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "randint"))
        return nullptr;
    if (args.positional.size() != 2) {
        if (args.positional.size() < 2)
            return in.raise("TypeError", std::string("Random.randint() missing ") +
                                             (args.positional.empty()
                                                  ? "2 required positional arguments: 'a' and 'b'"
                                                  : "1 required positional argument: 'b'"));
        return in.raise("TypeError", "Random.randint() takes 3 positional arguments but " +
                                         std::to_string(args.positional.size() + 1) +
                                         " were given");
    }
    ObjRef one = in.heap().newInt(std::int64_t{1});
    ObjRef stop = in.binary(syntax::Operator::Add, args.positional[1].get(), one.get());
    if (!stop)
        return nullptr;
    return randrange(in, mt(self), args.positional[0].get(), stop.get(), nullptr);
}

namespace {

// random.py's len(seq): a list subclass's own __len__ runs as it would there.
bool lengthOf(Interpreter& in, Object* seq, std::int64_t& n) {
    if (interp::overridesLen(in, seq)) {
        auto len = in.userLen(seq);
        n = len.value_or(0);
        return len.has_value();
    }
    switch (seq->tag) {
    case rt::Tag::List:
        n = static_cast<std::int64_t>(static_cast<rt::ListObject*>(seq)->items.size());
        return true;
    case rt::Tag::Tuple:
        n = static_cast<std::int64_t>(static_cast<rt::TupleObject*>(seq)->items.size());
        return true;
    case rt::Tag::Str:
        n = static_cast<rt::StrObject*>(seq)->length;
        return true;
    case rt::Tag::Range:
        n = static_cast<rt::RangeObject*>(seq)->length();
        return true;
    // choice() of a dict reads d[i] for a random i < len(d): a value when such a key exists,
    // else KeyError (or __missing__'s answer); of a set, the TypeError of set[i].
    case rt::Tag::Dict:
        n = static_cast<std::int64_t>(static_cast<rt::DictObject*>(seq)->used);
        return true;
    case rt::Tag::Set:
    case rt::Tag::FrozenSet:
        n = static_cast<std::int64_t>(static_cast<rt::SetObject*>(seq)->used);
        return true;
    default:
        break;
    }
    in.raise("TypeError", "object of type '" + std::string(in.typeName(seq)) + "' has no len()");
    return false;
}

} // namespace

ObjRef choice(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "choice") || !interp::argCount(in, args, "choice", 1, 1))
        return nullptr;
    Object* seq = args.positional[0].get();
    std::int64_t n = 0;
    if (!lengthOf(in, seq, n))
        return nullptr;
    if (n == 0)
        return in.raise("IndexError", "Cannot choose from an empty sequence");
    if (interp::overridesLen(in, seq) && !lengthOf(in, seq, n)) // seq[_randbelow(len(seq))]
        return nullptr;
    ObjRef i = in.heap().newInt(mt(self).below(n));
    return in.subscript(seq, i.get());
}

namespace {

// random.py's loop over any object but a plain list: len(x), then for i from the end,
// x[i], x[j] = x[j], x[i] for a drawn j. A dict, deque, bytearray or a class's sequence is
// shuffled so; a tuple, str or set fails at its first swap (after j is drawn), an int at len().
ObjRef shuffleByItems(Interpreter& in, MersenneTwister& g, const ObjRef& x) {
    CallArgs lenArgs;
    lenArgs.positional.push_back(x);
    ObjRef length = in.call(in.builtin("len").get(), lenArgs);
    if (!length)
        return nullptr;
    for (auto i = static_cast<rt::IntObject*>(length.get())->small - 1; i >= 1; --i) {
        ObjRef at = in.heap().newInt(i), to = in.heap().newInt(g.below(i + 1));
        ObjRef b = in.subscript(x.get(), to.get());
        ObjRef a = b ? in.subscript(x.get(), at.get()) : nullptr;
        if (!a || !in.storeSubscript(x.get(), at.get(), b) ||
            !in.storeSubscript(x.get(), to.get(), a))
            return nullptr;
    }
    return in.none();
}

} // namespace

ObjRef shuffle(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "shuffle") || !interp::argCount(in, args, "shuffle", 1, 1))
        return nullptr;
    Object* x = args.positional[0].get();
    // random.py swaps with x[i], x[j] = x[j], x[i]: a class's __len__, __getitem__ and
    // __setitem__ run.
    if (x->tag != rt::Tag::List || interp::overridesItems(in, x))
        return shuffleByItems(in, mt(self), args.positional[0]);
    auto* l = static_cast<rt::ListObject*>(x);
    auto n = static_cast<std::int64_t>(l->items.size());
    if (interp::overridesLen(in, x)) { // for i in reversed(range(1, len(x)))
        if (!lengthOf(in, x, n))
            return nullptr;
        if (n > static_cast<std::int64_t>(l->items.size()))
            return in.abortUnsupported("random.shuffle() of a list whose __len__ is more than "
                                       "its size is not supported");
    }
    auto& g = mt(self);
    for (auto i = n - 1; i >= 1; --i) {
        std::int64_t j = g.below(i + 1);
        ObjRef a = l->items[static_cast<std::size_t>(i)], b = l->items[static_cast<std::size_t>(j)];
        in.listSet(l, i, b);
        in.listSet(l, j, a);
    }
    return in.none();
}

namespace {

// bisect.bisect_right(a, x, 0, hi), step for step: the running counts or weights may go down,
// and the halving decides then which item is drawn.
template <class T> std::size_t bisectRight(const std::vector<T>& a, T x, std::size_t hi) {
    std::size_t lo = 0;
    while (lo < hi) {
        std::size_t mid = (lo + hi) / 2;
        if (x < a[mid])
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

// population[i], through a class's __getitem__ when it has one.
ObjRef itemAt(Interpreter& in, Object* pop, std::size_t i) {
    ObjRef index = in.heap().newInt(static_cast<std::int64_t>(i));
    return in.subscript(pop, index.get());
}

// sample(population, k, counts=...): random.py sums the counts with itertools.accumulate, draws
// sample(range(total), k) and maps each number drawn to the item whose running count first
// exceeds it (bisect_right). Counts of other types (accumulate would concatenate strs or call
// a class's __add__) and sums beyond 64 bits are refused.
ObjRef sampleCounts(Interpreter& in, Object* self, Object* pop, std::int64_t n, Object* counts,
                    ObjRef k) {
    const char* refused = "random.sample() with counts that are not a list or tuple of ints is "
                          "not supported";
    if ((counts->tag != rt::Tag::List && counts->tag != rt::Tag::Tuple) || counts->subclassed)
        return in.abortUnsupported(refused);
    const ObjVec& items = counts->tag == rt::Tag::List
                              ? static_cast<rt::ListObject*>(counts)->items
                              : static_cast<rt::TupleObject*>(counts)->items;
    std::vector<std::int64_t> cumulative;
    bool floatTotal = false; // an int plus a float is a float: the total is no int
    std::int64_t sum = 0;
    for (const ObjRef& c : items) {
        std::int64_t v = 0;
        if (c->tag == rt::Tag::Float)
            floatTotal = true;
        else if (c->tag == rt::Tag::Bool)
            v = static_cast<rt::BoolObject*>(c.get())->value;
        else if (c->tag != rt::Tag::Int || static_cast<rt::IntObject*>(c.get())->isBig())
            return in.abortUnsupported(refused);
        else
            v = static_cast<rt::IntObject*>(c.get())->small;
        if (__builtin_add_overflow(sum, v, &sum))
            return in.abortUnsupported("random.sample() with counts summing past 64 bits is not "
                                       "supported");
        cumulative.push_back(sum);
    }
    if (static_cast<std::int64_t>(cumulative.size()) != n)
        return in.raise("ValueError", "The number of counts does not match the population");
    if (cumulative.empty())
        return in.raise("IndexError", "pop from empty list"); // cum_counts.pop()
    if (floatTotal)
        return in.raise("TypeError", "Counts must be integers");
    std::int64_t total = cumulative.back();
    cumulative.pop_back();
    if (total <= 0)
        return in.raise("ValueError", "Total of counts must be greater than zero");
    auto* numbers = in.heap().make<rt::RangeObject>();
    numbers->stop = total;
    CallArgs inner;
    inner.positional = {ObjRef(numbers), std::move(k)}; // sample(range(total), k=k)
    ObjRef selections = sample(in, self, inner);
    if (!selections)
        return nullptr;
    ObjVec result;
    for (const ObjRef& drawn : static_cast<rt::ListObject*>(selections.get())->items) {
        std::int64_t x = static_cast<rt::IntObject*>(drawn.get())->small;
        ObjRef item = itemAt(in, pop, bisectRight(cumulative, x, cumulative.size()));
        if (!item)
            return nullptr;
        result.push_back(std::move(item));
    }
    return rt::capacity::appendedList(in.heap(), std::move(result)); // a list comprehension
}

} // namespace

ObjRef sample(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef counts = interp::takeKeyword(args, "counts");
    ObjRef kArg = interp::takeKeyword(args, "k");
    if (!interp::noMoreKeywords(in, args, "sample"))
        return nullptr;
    if (kArg)
        args.positional.push_back(kArg);
    if (args.positional.size() != 2)
        return in.raise("TypeError", "Random.sample() missing 1 required positional argument: 'k'");
    Object* pop = args.positional[0].get();
    if (pop->tag != rt::Tag::List && pop->tag != rt::Tag::Tuple && pop->tag != rt::Tag::Str &&
        pop->tag != rt::Tag::Range)
        return in.raise("TypeError",
                        "Population must be a sequence.  For dicts or sets, use sorted(d).");
    std::int64_t n = 0;
    if (!lengthOf(in, pop, n))
        return nullptr;
    if (counts && counts->tag != rt::Tag::None)
        return sampleCounts(in, self, pop, n, counts.get(), args.positional[1]);
    // sample() compares k (`0 <= k <= n`) before using it as a count.
    if (Interpreter::isUserObject(args.positional[1].get()))
        return in.abortUnsupported("random.sample() with a class's object as k is not supported");
    auto k = interp::intArg(in, args.positional[1].get());
    if (!k)
        return nullptr;
    if (*k < 0 || *k > n)
        return in.raise("ValueError", "Sample larger than population or is negative");
    auto& g = mt(self);
    ObjVec result(static_cast<std::size_t>(*k));
    std::int64_t setsize = 21;
    if (*k > 5)
        setsize += static_cast<std::int64_t>(
            std::pow(4.0, std::ceil(std::log(static_cast<double>(*k * 3)) / std::log(4.0))));
    if (n <= setsize) {
        ObjVec pool; // list(population): a list subclass's __len__ is asked again
        if (!in.collect(pop, pool, true))
            return nullptr;
        if (static_cast<std::int64_t>(pool.size()) < n)
            return in.abortUnsupported("random.sample() of a list whose __len__ is more than "
                                       "its size is not supported");
        for (std::int64_t i = 0; i < *k; ++i) {
            std::int64_t j = g.below(n - i);
            result[static_cast<std::size_t>(i)] = pool[static_cast<std::size_t>(j)];
            pool[static_cast<std::size_t>(j)] = pool[static_cast<std::size_t>(n - i - 1)];
        }
    } else {
        std::vector<bool> selected(static_cast<std::size_t>(n));
        for (std::int64_t i = 0; i < *k; ++i) {
            std::int64_t j = g.below(n);
            while (selected[static_cast<std::size_t>(j)])
                j = g.below(n);
            selected[static_cast<std::size_t>(j)] = true;
            ObjRef index = in.heap().newInt(j);
            ObjRef item = in.subscript(pop, index.get());
            if (!item)
                return nullptr;
            result[static_cast<std::size_t>(i)] = std::move(item);
        }
    }
    return rt::capacity::exactly(in.heap().newList(std::move(result))); // [None] * k
}

ObjRef choices(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef weights = interp::takeKeyword(args, "weights");
    ObjRef cum = interp::takeKeyword(args, "cum_weights");
    ObjRef kArg = interp::takeKeyword(args, "k");
    if (!interp::noMoreKeywords(in, args, "choices"))
        return nullptr;
    if (args.positional.size() == 2 && !weights)
        weights = args.positional[1];
    if (args.positional.empty() || args.positional.size() > 2)
        return in.raise("TypeError",
                        "Random.choices() takes from 2 to 3 positional arguments but " +
                            std::to_string(args.positional.size() + 1) + " were given");
    Object* pop = args.positional[0].get();
    std::int64_t n = 0;
    if (!lengthOf(in, pop, n))
        return nullptr;
    std::int64_t k = 1;
    if (kArg) {
        auto v = interp::intArg(in, kArg.get());
        if (!v)
            return nullptr;
        k = *v;
    }
    auto& g = mt(self);
    ObjVec out;
    if (weights && weights->tag == rt::Tag::None)
        weights = nullptr;
    if (cum && cum->tag == rt::Tag::None)
        cum = nullptr;
    if (!cum && !weights) {
        double nf = static_cast<double>(n);
        for (std::int64_t i = 0; i < k; ++i) {
            ObjRef index = in.heap().newInt(static_cast<std::int64_t>(std::floor(g.random() * nf)));
            ObjRef item = in.subscript(pop, index.get());
            if (!item)
                return nullptr;
            out.push_back(std::move(item));
        }
        return rt::capacity::appendedList(in.heap(), std::move(out)); // a comprehension
    }
    if (cum && weights)
        return in.raise("TypeError", "Cannot specify both weights and cumulative weights");
    ObjVec cw;
    if (weights) {
        ObjVec ws;
        if (!in.collect(weights.get(), ws))
            return nullptr;
        ObjRef acc;
        for (const ObjRef& w : ws) {
            acc = acc ? in.binary(syntax::Operator::Add, acc.get(), w.get()) : w;
            if (!acc)
                return nullptr;
            cw.push_back(acc);
        }
    } else if (!in.collect(cum.get(), cw)) {
        return nullptr;
    }
    if (static_cast<std::int64_t>(cw.size()) != n)
        return in.raise("ValueError", "The number of weights does not match the population");
    std::vector<double> cwd;
    for (const ObjRef& c : cw) {
        double d = 0;
        if (!interp::toDouble(in, c.get(), d))
            return nullptr;
        cwd.push_back(d);
    }
    double total = cwd.back() + 0.0;
    if (total <= 0.0)
        return in.raise("ValueError", "Total of weights must be greater than zero");
    if (!std::isfinite(total))
        return in.raise("ValueError", "Total of weights must be finite");
    std::size_t hi = static_cast<std::size_t>(n - 1);
    for (std::int64_t i = 0; i < k; ++i) {
        double x = g.random() * total;
        ObjRef item = itemAt(in, pop, bisectRight(cwd, x, hi));
        if (!item)
            return nullptr;
        out.push_back(std::move(item));
    }
    return rt::capacity::appendedList(in.heap(), std::move(out)); // a comprehension
}

ObjRef uniform(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "uniform") || !interp::argCount(in, args, "uniform", 2, 2))
        return nullptr;
    double a = 0, b = 0;
    if (!interp::toDouble(in, args.positional[0].get(), a) ||
        !interp::toDouble(in, args.positional[1].get(), b))
        return nullptr;
    return in.heap().newFloat(a + (b - a) * mt(self).random());
}

ObjRef gauss(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef muArg = interp::takeKeyword(args, "mu");
    ObjRef sigmaArg = interp::takeKeyword(args, "sigma");
    if (!interp::noMoreKeywords(in, args, "gauss") || !interp::argCount(in, args, "gauss", 0, 2))
        return nullptr;
    if (!args.positional.empty())
        muArg = args.positional[0];
    if (args.positional.size() > 1)
        sigmaArg = args.positional[1];
    double mu = 0.0, sigma = 1.0;
    if (muArg && !interp::toDouble(in, muArg.get(), mu))
        return nullptr;
    if (sigmaArg && !interp::toDouble(in, sigmaArg.get(), sigma))
        return nullptr;
    auto& g = mt(self);
    double z = 0;
    if (g.gaussNext) {
        z = *g.gaussNext;
        g.gaussNext.reset();
    } else {
        double x2pi = g.random() * (2 * 3.141592653589793238462643383279502884);
        double g2rad = std::sqrt(-2.0 * std::log(1.0 - g.random()));
        z = std::cos(x2pi) * g2rad;
        g.gaussNext = std::sin(x2pi) * g2rad;
    }
    return in.heap().newFloat(mu + z * sigma);
}

} // namespace memstep::core::modules::random
