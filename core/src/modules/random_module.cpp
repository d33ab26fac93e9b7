// The random module: CPython 3.11's Mersenne Twister and the call sequences of its
// Lib/random.py, so `random.seed(n)` gives exactly python3's numbers.
//
// The generator state belongs to the module object (one per run). seed(int) feeds the
// 32-bit words of abs(n) to init_by_array; random() takes 53 bits from two outputs;
// getrandbits builds ints from little-endian 32-bit words; randrange/randint/choice/
// shuffle/sample all draw through _randbelow's getrandbits rejection sampling, choices and
// uniform through random(), so every draw consumes the generator as CPython does.
//
// The module's functions are what CPython's random.py makes them: attributes bound once, at
// import, to one hidden Random instance (`randint = _inst.randint`). random and getrandbits
// are builtin methods of that instance; the others are bound methods whose __func__ is a
// Python function of random.py, drawn with its real parameters and defaults. So
// `from random import randint` shows a method pointing at a Random object and a function,
// and `randint is random.randint` holds, exactly as in CPython.
#include "interp/attributes/attribute_hooks.h"
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace memstep::core::modules {

using interp::CallArgs;
using numeric::BigInt;
using rt::Object;

// The module's own code; its functions carry their Python names.
namespace random {
namespace {

class MersenneTwister : public rt::ModuleState {
public:
    static constexpr int kN = 624;
    static constexpr int kM = 397;

    void initGenrand(std::uint32_t s) {
        m_mt[0] = s;
        for (int i = 1; i < kN; ++i)
            m_mt[i] =
                1812433253u * (m_mt[i - 1] ^ (m_mt[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
        m_index = kN;
    }

    void initByArray(const std::vector<std::uint32_t>& key) {
        initGenrand(19650218u);
        int i = 1;
        std::size_t j = 0;
        for (std::size_t k = std::max<std::size_t>(kN, key.size()); k; --k) {
            m_mt[i] = (m_mt[i] ^ ((m_mt[i - 1] ^ (m_mt[i - 1] >> 30)) * 1664525u)) + key[j] +
                      static_cast<std::uint32_t>(j);
            ++i;
            ++j;
            if (i >= kN) {
                m_mt[0] = m_mt[kN - 1];
                i = 1;
            }
            if (j >= key.size())
                j = 0;
        }
        for (int k = kN - 1; k; --k) {
            m_mt[i] = (m_mt[i] ^ ((m_mt[i - 1] ^ (m_mt[i - 1] >> 30)) * 1566083941u)) -
                      static_cast<std::uint32_t>(i);
            ++i;
            if (i >= kN) {
                m_mt[0] = m_mt[kN - 1];
                i = 1;
            }
        }
        m_mt[0] = 0x80000000u;
        m_index = kN;
    }

    std::uint32_t next32() {
        static constexpr std::uint32_t kMag01[2] = {0x0u, 0x9908b0dfu};
        if (m_index >= kN) {
            int kk = 0;
            std::uint32_t y = 0;
            for (; kk < kN - kM; ++kk) {
                y = (m_mt[kk] & 0x80000000u) | (m_mt[kk + 1] & 0x7fffffffu);
                m_mt[kk] = m_mt[kk + kM] ^ (y >> 1) ^ kMag01[y & 1u];
            }
            for (; kk < kN - 1; ++kk) {
                y = (m_mt[kk] & 0x80000000u) | (m_mt[kk + 1] & 0x7fffffffu);
                m_mt[kk] = m_mt[kk + (kM - kN)] ^ (y >> 1) ^ kMag01[y & 1u];
            }
            y = (m_mt[kN - 1] & 0x80000000u) | (m_mt[0] & 0x7fffffffu);
            m_mt[kN - 1] = m_mt[kM - 1] ^ (y >> 1) ^ kMag01[y & 1u];
            m_index = 0;
        }
        std::uint32_t y = m_mt[m_index++];
        y ^= (y >> 11);
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= (y >> 18);
        return y;
    }

    double random() {
        std::uint32_t a = next32() >> 5, b = next32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    BigInt getrandbits(std::uint64_t k) {
        if (k == 0)
            return BigInt();
        if (k <= 32)
            return BigInt::fromUint64(next32() >> (32 - k));
        std::vector<std::uint32_t> words((k - 1) / 32 + 1);
        for (auto& w : words) {
            std::uint32_t r = next32();
            if (k < 32)
                r >>= (32 - k);
            w = r;
            k = k >= 32 ? k - 32 : 0;
        }
        return BigInt::fromLimbs(std::move(words), false);
    }

    // _randbelow_with_getrandbits(n), n > 0.
    BigInt below(const BigInt& n) {
        std::uint64_t k = n.bitLength();
        BigInt r = getrandbits(k);
        while (r >= n)
            r = getrandbits(k);
        return r;
    }
    std::int64_t below(std::int64_t n) { return below(BigInt::fromInt64(n)).toInt64(); }

    std::optional<double> gaussNext;
    ObjRef randomType; // random.Random (lives as long as the module: instances point at it)
    ObjRef instance;   // random._inst, the `self` of every module-level function

private:
    std::array<std::uint32_t, kN> m_mt{};
    int m_index = kN + 1;
};

MersenneTwister& mt(Object* module) {
    return static_cast<MersenneTwister&>(*static_cast<rt::ModuleObject*>(module)->state);
}

// random() and getrandbits() are builtin methods of the Random instance: their self is the
// instance, and the state stays with the module (made once per run).
MersenneTwister& mtOfInstance(Interpreter& in) {
    return mt(in.importModule("random").get());
}

// seed() and the import without a seed: fresh entropy, as CPython seeds from os.urandom.
constexpr std::size_t kSeedWords = 624;

void seedFromEntropy(MersenneTwister& g) {
    std::random_device rd;
    std::vector<std::uint32_t> key(kSeedWords);
    for (auto& w : key)
        w = rd();
    g.initByArray(key);
}

ObjRef seed(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef version = interp::takeKeyword(args, "version");
    if (!interp::noMoreKeywords(in, args, "seed") || !interp::argCount(in, args, "seed", 0, 2))
        return nullptr;
    auto& g = mt(self);
    g.gaussNext.reset();
    Object* a = args.positional.empty() ? nullptr : args.positional[0].get();
    if (!a || a->tag == rt::Tag::None) {
        seedFromEntropy(g);
        return in.none();
    }
    BigInt n;
    switch (a->tag) {
    case rt::Tag::Int:
        n = static_cast<rt::IntObject*>(a)->toBig();
        break;
    case rt::Tag::Bool:
        n = BigInt::fromInt64(static_cast<rt::BoolObject*>(a)->value);
        break;
    case rt::Tag::Float: {
        auto h = in.hash(a);
        if (!h)
            return nullptr;
        n = BigInt::fromInt64(*h);
        break;
    }
    case rt::Tag::Str:
        return in.abortUnsupported(
            "random.seed() with a str is not supported (it needs SHA-512); seed with an int");
    default:
        return in.raise(
            "TypeError",
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    n = n.abs();
    std::vector<std::uint32_t> key = n.limbs();
    if (key.empty())
        key.push_back(0);
    g.initByArray(key);
    return in.none();
}

ObjRef random(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "Random.random") ||
        !interp::argCount(in, args, "Random.random", 0, 0))
        return nullptr;
    return in.heap().newFloat(mtOfInstance(in).random());
}

ObjRef getrandbits(Interpreter& in, Object*, CallArgs& args) {
    if (!interp::noKeywords(in, args, "Random.getrandbits") ||
        !interp::argCount(in, args, "Random.getrandbits", 1, 1))
        return nullptr;
    auto k = interp::intArg(in, args.positional[0].get());
    if (!k)
        return nullptr;
    if (*k < 0)
        return in.raise("ValueError", "number of bits must be non-negative");
    if (*k > (1 << 20))
        return in.raise("OverflowError", "getrandbits() argument is too large for memstep");
    return in.heap().newInt(mtOfInstance(in).getrandbits(static_cast<std::uint64_t>(*k)));
}

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

bool lengthOf(Interpreter& in, Object* seq, std::int64_t& n) {
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
    default:
        break;
    }
    in.raise("TypeError", "object of type '" + std::string(in.typeName(seq)) + "' has no len()");
    return false;
}

ObjRef choice(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "choice") || !interp::argCount(in, args, "choice", 1, 1))
        return nullptr;
    Object* seq = args.positional[0].get();
    std::int64_t n = 0;
    if (seq->tag == rt::Tag::Dict || seq->tag == rt::Tag::Set || seq->tag == rt::Tag::FrozenSet) {
        return in.abortUnsupported("random.choice() of a dict or set is not supported");
    }
    if (!lengthOf(in, seq, n))
        return nullptr;
    if (n == 0)
        return in.raise("IndexError", "Cannot choose from an empty sequence");
    ObjRef i = in.heap().newInt(mt(self).below(n));
    return in.subscript(seq, i.get());
}

ObjRef shuffle(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "shuffle") || !interp::argCount(in, args, "shuffle", 1, 1))
        return nullptr;
    Object* x = args.positional[0].get();
    if (x->tag != rt::Tag::List) {
        if (x->tag == rt::Tag::Tuple || x->tag == rt::Tag::Str)
            return in.raise("TypeError", "'" + std::string(in.typeName(x)) +
                                             "' object does not support item assignment");
        return in.abortUnsupported(std::string("random.shuffle() of a ") + in.typeName(x) +
                                   " is not supported");
    }
    // random.py swaps with x[i], x[j] = x[j], x[i]: a subclass's __getitem__/__setitem__ run.
    if (interp::overridesItems(in, x))
        return in.abortUnsupported(std::string("random.shuffle() of a ") + in.typeName(x) +
                                   " defining __getitem__ or __setitem__ is not supported");
    auto* l = static_cast<rt::ListObject*>(x);
    auto& g = mt(self);
    for (auto i = static_cast<std::int64_t>(l->items.size()) - 1; i >= 1; --i) {
        std::int64_t j = g.below(i + 1);
        ObjRef a = l->items[static_cast<std::size_t>(i)], b = l->items[static_cast<std::size_t>(j)];
        in.listSet(l, i, b);
        in.listSet(l, j, a);
    }
    return in.none();
}

ObjRef sample(Interpreter& in, Object* self, CallArgs& args) {
    ObjRef counts = interp::takeKeyword(args, "counts");
    ObjRef kArg = interp::takeKeyword(args, "k");
    if (!interp::noMoreKeywords(in, args, "sample"))
        return nullptr;
    if (counts && counts->tag != rt::Tag::None) {
        return in.abortUnsupported("random.sample() with counts is not supported");
    }
    if (kArg)
        args.positional.push_back(kArg);
    if (args.positional.size() != 2)
        return in.raise("TypeError", "Random.sample() missing 1 required positional argument: 'k'");
    Object* pop = args.positional[0].get();
    if (pop->tag != rt::Tag::List && pop->tag != rt::Tag::Tuple && pop->tag != rt::Tag::Str &&
        pop->tag != rt::Tag::Range)
        return in.raise("TypeError",
                        "Population must be a sequence.  For dicts or sets, use sorted(d).");
    if (interp::overridesItems(in,
                               pop)) // random.py reads population[j]: the subclass's __getitem__
        return in.abortUnsupported(std::string("random.sample() of a ") + in.typeName(pop) +
                                   " defining __getitem__ is not supported");
    std::int64_t n = 0;
    if (!lengthOf(in, pop, n))
        return nullptr;
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
        ObjVec pool;
        if (!in.collect(pop, pool))
            return nullptr;
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
    return in.heap().newList(std::move(result));
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
        return in.heap().newList(std::move(out));
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
        // bisect_right(cum_weights, x, 0, hi)
        std::size_t lo = 0, h = hi;
        while (lo < h) {
            std::size_t mid = (lo + h) / 2;
            if (x < cwd[mid])
                h = mid;
            else
                lo = mid + 1;
        }
        ObjRef index = in.heap().newInt(static_cast<std::int64_t>(lo));
        ObjRef item = in.subscript(pop, index.get());
        if (!item)
            return nullptr;
        out.push_back(std::move(item));
    }
    return in.heap().newList(std::move(out));
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

// A random.py function's arguments bound to its parameters as CPython binds a Python call,
// with its errors in its order (unexpected or repeated keywords, too many positional
// arguments, missing ones): keywords naming positional parameters become positional
// (`randint(a=1, b=6)`), keyword-only ones stay for the native function, trailing parameters
// nobody passed stay absent for the native's defaults. `args` still starts with the Random
// instance, counted as CPython counts `self`.
bool bindArguments(Interpreter& in, const rt::PythonSignature& sig, CallArgs& args) {
    const std::size_t given = args.positional.size();
    std::vector<ObjRef> slots(std::max(sig.positional, given));
    std::copy(args.positional.begin(), args.positional.end(), slots.begin());
    std::vector<rt::KwArg> rest;
    for (rt::KwArg& k : args.keywords) {
        auto at = std::find(sig.params.begin(), sig.params.end(), *k.name);
        auto index = static_cast<std::size_t>(at - sig.params.begin());
        if (at == sig.params.end()) {
            in.raise("TypeError",
                     sig.qualname + "() got an unexpected keyword argument '" + *k.name + "'");
            return false;
        }
        if (index >= sig.positional) {
            rest.push_back(std::move(k));
            continue;
        }
        if (slots[index]) {
            in.raise("TypeError",
                     sig.qualname + "() got multiple values for argument '" + *k.name + "'");
            return false;
        }
        slots[index] = std::move(k.value);
    }
    if (given > sig.positional) {
        // CPython's too_many_positional.
        const std::size_t defaults = sig.defaults.size();
        std::string takes = defaults > 0 ? "from " + std::to_string(sig.positional - defaults) +
                                               " to " + std::to_string(sig.positional)
                                         : std::to_string(sig.positional);
        bool plural = defaults > 0 || sig.positional != 1;
        std::string keywordOnly;
        if (!rest.empty())
            keywordOnly = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
                          std::to_string(rest.size()) + " keyword-only argument" +
                          (rest.size() != 1 ? "s" : "") + ")";
        in.raise("TypeError",
                 sig.qualname + "() takes " + takes + " positional argument" + (plural ? "s" : "") +
                     " but " + std::to_string(given) + keywordOnly +
                     (given == 1 && keywordOnly.empty() ? " was" : " were") + " given");
        return false;
    }
    std::size_t used = slots.size();
    while (used > 0 && !slots[used - 1])
        --used;
    const std::size_t firstDefault = sig.positional - sig.defaults.size();
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < firstDefault; ++i)
        if (!slots[i])
            missing.push_back(sig.params[i]);
    if (!missing.empty()) {
        in.raise("TypeError", sig.qualname + "() missing " + std::to_string(missing.size()) +
                                  " required positional argument" +
                                  (missing.size() > 1 ? "s" : "") + ": " +
                                  interp::joinNames(missing));
        return false;
    }
    for (std::size_t i = firstDefault; i < used; ++i)
        if (!slots[i])
            slots[i] = sig.defaults[i - firstDefault];
    slots.resize(used);
    args.positional = std::move(slots);
    args.keywords = std::move(rest);
    return true;
}

// The stand-in for a random.py function, called through its bound method: the Random
// instance comes first and is dropped, the module (its builtin self) carries the state.
template <rt::NativeFn F> ObjRef throughInstance(Interpreter& in, Object* module, CallArgs& args) {
    if (args.positional.empty() || args.positional[0].get() != mt(module).instance.get())
        return in.abortUnsupported(
            "calling a random function through its __func__ is not supported");
    // The signature hangs on the module's bound method whose function this is.
    for (const auto& [name, value] : static_cast<rt::ModuleObject*>(module)->attrs) {
        if (value->tag != rt::Tag::Method)
            continue;
        auto* b = static_cast<rt::BuiltinObject*>(
            static_cast<rt::MethodObject*>(value.get())->func.get());
        if (b->fn == &throughInstance<F> && b->python) {
            if (!bindArguments(in, *b->python, args))
                return nullptr;
            break;
        }
    }
    args.positional.erase(args.positional.begin());
    return F(in, module, args);
}

} // namespace
} // namespace random

void fillRandom(Interpreter& in, rt::ModuleObject& m) {
    auto owned = std::make_unique<random::MersenneTwister>();
    random::MersenneTwister& state = *owned;
    random::seedFromEntropy(state);
    m.state = std::move(owned);

    auto* type = in.heap().make<rt::TypeObject>();
    state.randomType = ObjRef(type);
    type->name = "Random";
    type->qualname = "random.Random";
    type->instanceTag = rt::Tag::Instance;
    type->base = in.objectType();
    auto* inst = in.heap().make<rt::InstanceObject>();
    state.instance = ObjRef(inst);
    inst->cls = type;

    auto method = [&](const char* name, rt::NativeFn fn, std::vector<std::string> params,
                      ObjVec defaults, std::size_t keywordOnly = 0) {
        ObjRef func = in.makeBuiltin(name, fn, ObjRef(&m));
        auto sig = std::make_unique<rt::PythonSignature>();
        sig->qualname = std::string("Random.") + name;
        sig->positional = params.size() - keywordOnly;
        sig->params = std::move(params);
        sig->defaults = std::move(defaults);
        static_cast<rt::BuiltinObject*>(func.get())->python = std::move(sig);
        auto* bound = in.heap().make<rt::MethodObject>();
        ObjRef b(bound);
        bound->self = state.instance;
        bound->func = std::move(func);
        m.set(name, std::move(b));
    };
    auto builtinMethod = [&](const char* name, rt::NativeFn fn) {
        m.set(name, in.makeBuiltin(name, fn, state.instance));
    };
    ObjRef none = in.none();
    // CPython's random module dict order for these names; signatures as in random.py 3.11.
    method("seed", random::throughInstance<random::seed>, {"self", "a", "version"},
           {none, in.heap().newInt(std::int64_t{2})});
    builtinMethod("random", random::random);
    method("uniform", random::throughInstance<random::uniform>, {"self", "a", "b"}, {});
    method("gauss", random::throughInstance<random::gauss>, {"self", "mu", "sigma"},
           {in.heap().newFloat(0.0), in.heap().newFloat(1.0)});
    method("shuffle", random::throughInstance<random::shuffle>, {"self", "x"}, {});
    method("choice", random::throughInstance<random::choice>, {"self", "seq"}, {});
    method("randrange", random::throughInstance<random::randrange>,
           {"self", "start", "stop", "step"}, {none, in.heap().newInt(std::int64_t{1})});
    method("sample", random::throughInstance<random::sample>, {"self", "population", "k", "counts"},
           {}, 1);
    method("randint", random::throughInstance<random::randint>, {"self", "a", "b"}, {});
    method("choices", random::throughInstance<random::choices>,
           {"self", "population", "weights", "cum_weights", "k"}, {none}, 2);
    builtinMethod("getrandbits", random::getrandbits);
}

} // namespace memstep::core::modules
