// The random module as CPython 3.11's Lib/random.py makes it: a class Random, and the module's
// functions bound once, at import, to one hidden instance (`randint = _inst.randint`).
//
// random.Random is a Python class over the C type _random.Random. Here it is a library class
// whose objects (RandomObject) each carry their own Mersenne Twister, so `random.Random(42)`
// draws exactly python3's numbers whatever the module's functions draw. random() and
// getrandbits() are C methods, bound as builtins; the others are Python functions of
// random.py, here builtins with their Python signature (`Random.randint` and
// `random.randint.__func__` are one object), which a Random object binds as methods, drawn
// with their real parameters and defaults. So `from random import randint` shows a method
// pointing at a Random object and a function, and `randint is random.randint` holds, exactly
// as in CPython. What random.py has beyond these is refused by name.
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "modules/random/random_methods.h"

#include <algorithm>

namespace memstep::core::modules {

using interp::CallArgs;

namespace random {
namespace {

// The stand-in for a random.py function, read from the class or bound to a Random object:
// its arguments are bound to its signature, found on the class (the builtin's own self),
// and the Random object they start with is the `self` of the native method.
template <rt::NativeFn F> ObjRef throughInstance(Interpreter& in, Object* cls, CallArgs& args) {
    for (const auto& [name, value] : static_cast<rt::TypeObject*>(cls)->dict.items) {
        if (value->tag != rt::Tag::Builtin)
            continue;
        auto* b = static_cast<rt::BuiltinObject*>(value.get());
        if (b->fn == &throughInstance<F> && b->python) {
            if (!bindArguments(in, *b->python, args))
                return nullptr;
            break;
        }
    }
    // random.py's code would run on any object given as self, and fail at its own line.
    if (args.positional.empty() || !asRandom(args.positional[0].get()))
        return in.abortUnsupported(
            "calling a method of random.Random with a self that is not a Random object");
    ObjRef self = args.positional[0];
    args.positional.erase(args.positional.begin());
    return F(in, self.get(), args);
}

// Random(x=None): random.py's __init__ seeds it through seed(x).
ObjRef construct(Interpreter& in, rt::TypeObject* cls, CallArgs& args) {
    if (cls->mro.size() != 3) // Random, _random.Random, object
        return in.abortUnsupported("a subclass of random.Random is not supported");
    auto* r = in.heap().make<RandomObject>();
    ObjRef out(r);
    r->cls = cls;
    rt::PythonSignature init;
    init.qualname = "Random.__init__";
    init.params = {"self", "x"};
    init.positional = 2;
    init.defaults = {in.none()};
    args.positional.insert(args.positional.begin(), out);
    if (!bindArguments(in, init, args))
        return nullptr;
    args.positional.erase(args.positional.begin());
    if (!seed(in, r, args))
        return nullptr;
    return out;
}

const rt::Metaclass kRandomMeta = [] {
    rt::Metaclass m;
    m.call = [](Interpreter& in, Object* cls, CallArgs& args) {
        return construct(in, static_cast<rt::TypeObject*>(cls), args);
    };
    return m;
}();

} // namespace
} // namespace random

void fillRandom(Interpreter& in, rt::ModuleObject& m) {
    // random.Random over the C type _random.Random, which holds random() and getrandbits().
    rt::TypeObject* base = makeNativeClass(in, "_random", "Random", &random::kRandomMeta);
    rt::TypeObject* type = makeNativeClass(in, "random", "Random", &random::kRandomMeta);
    type->name = "Random"; // a class random.py writes: its tp_name is its __name__
    type->reprInstance = libraryObjectRepr;
    type->bases = {base};
    type->base = base;
    type->mro = {type, base, in.objectType()};
    m.set("Random", ObjRef(type));

    // random.py's methods, in the order of its class body; signatures as in random.py 3.11.
    auto method = [&](const char* name, rt::NativeFn fn, std::vector<std::string> params,
                      ObjVec defaults, std::size_t keywordOnly = 0) {
        addPythonMethod(in, type, name, fn, std::move(params), std::move(defaults), keywordOnly);
    };
    ObjRef none = in.none();
    method("seed", random::throughInstance<random::seed>, {"self", "a", "version"},
           {none, in.heap().newInt(std::int64_t{2})});
    method("randrange", random::throughInstance<random::randrange>,
           {"self", "start", "stop", "step"}, {none, in.heap().newInt(std::int64_t{1})});
    method("randint", random::throughInstance<random::randint>, {"self", "a", "b"}, {});
    method("choice", random::throughInstance<random::choice>, {"self", "seq"}, {});
    method("shuffle", random::throughInstance<random::shuffle>, {"self", "x"}, {});
    method("sample", random::throughInstance<random::sample>, {"self", "population", "k", "counts"},
           {}, 1);
    method("choices", random::throughInstance<random::choices>,
           {"self", "population", "weights", "cum_weights", "k"}, {none}, 2);
    method("uniform", random::throughInstance<random::uniform>, {"self", "a", "b"}, {});
    method("gauss", random::throughInstance<random::gauss>, {"self", "mu", "sigma"},
           {in.heap().newFloat(0.0), in.heap().newFloat(1.0)});
    // _random.Random's C methods.
    addNativeMethod(in, base, "random", random::random);
    addNativeMethod(in, base, "getrandbits", random::getrandbits);
    for (const char* name :
         {"getstate", "setstate", "randbytes", "triangular", "normalvariate", "lognormvariate",
          "expovariate", "vonmisesvariate", "gammavariate", "betavariate", "paretovariate",
          "weibullvariate", "_randbelow", "_randbelow_with_getrandbits",
          "_randbelow_without_getrandbits", "__getstate__", "__setstate__", "__reduce__"})
        addRefusedMethod(in, type, name);
    for (const char* name : {"VERSION", "gauss_next"})
        addRefusedAttribute(in, type, name);

    // random._inst, seeded from entropy, and the module's functions bound to it.
    auto* inst = in.heap().make<random::RandomObject>();
    ObjRef instance(inst);
    inst->cls = type;
    random::seedFromEntropy(inst->g);
    auto bound = [&](const char* name) {
        ObjRef func = type->dict.find(name) ? *type->dict.find(name) : *base->dict.find(name);
        auto* b = static_cast<rt::BuiltinObject*>(func.get());
        if (!b->python) { // a C method: a builtin bound to the instance
            m.set(name, in.makeBuiltin(name, b->fn, instance));
            return;
        }
        auto* method = in.heap().make<rt::MethodObject>();
        ObjRef held(method);
        method->self = instance;
        method->func = std::move(func);
        m.set(name, std::move(held));
    };
    // CPython's random module dict order for these names.
    for (const char* name : {"seed", "random", "uniform", "gauss", "shuffle", "choice", "randrange",
                             "sample", "randint", "choices", "getrandbits"})
        bound(name);
}

} // namespace memstep::core::modules
