// decimal.Context (the precision and rounding that getcontext() hands out, read and set as
// attributes, with _decimal's checks and messages) and the manager localcontext() returns.
#include "interp/builtins/builtins_util.h"
#include "interp/operators/binary_operators.h"
#include "modules/decimal/decimal.h"

#include <algorithm>
#include <iterator>

namespace memstep::core::modules::decimal {

using interp::CallArgs;

namespace {

ObjRef setAttr(Interpreter& in, Object* self, CallArgs& args);

// decimal.Context(prec, rounding, Emin, Emax, capitals, clamp, flags, traps): the default
// settings with the given ones set in that order, each checked as setting the attribute is
// (_decimal's context_init); None leaves a setting alone. The exponent limits, clamp and the
// signal dicts are refused, as setting them is.
ObjRef makeContext(Interpreter& in, Object* cls, CallArgs& args) {
    static constexpr const char* kParams[] = {"prec",     "rounding", "Emin",  "Emax",
                                              "capitals", "clamp",    "flags", "traps"};
    if (args.positional.size() > std::size(kParams))
        return in.raise("TypeError", "function takes at most 8 arguments (" +
                                         std::to_string(args.positional.size()) + " given)");
    ObjVec given(std::size(kParams));
    for (std::size_t i = 0; i < args.positional.size(); ++i)
        given[i] = args.positional[i];
    for (auto& kw : args.keywords) {
        auto at = std::find_if(std::begin(kParams), std::end(kParams),
                               [&](const char* n) { return *kw.name == n; });
        if (at == std::end(kParams))
            return in.raise("TypeError",
                            "'" + *kw.name + "' is an invalid keyword argument for this function");
        auto i = static_cast<std::size_t>(at - std::begin(kParams));
        if (given[i])
            return in.raise("TypeError", "argument for function given by name ('" + *kw.name +
                                             "') and position (" + std::to_string(i + 1) + ")");
        given[i] = kw.value;
    }
    auto* c = in.heap().make<ContextObject>();
    ObjRef out(c);
    c->cls = static_cast<rt::TypeObject*>(cls);
    for (std::size_t i = 0; i < given.size(); ++i) {
        if (!given[i] || given[i].get() == in.none().get())
            continue;
        const std::string name = kParams[i];
        if (name != "prec" && name != "rounding" && name != "capitals")
            return in.abortUnsupported("decimal.Context() with " + name);
        CallArgs set;
        set.positional.push_back(in.newStr(name));
        set.positional.push_back(given[i]);
        if (!setAttr(in, c, set))
            return nullptr;
    }
    return out;
}

const rt::Metaclass kContextMeta = [] {
    rt::Metaclass m;
    m.call = makeContext;
    return m;
}();

// The ContextObject a method of Context runs on: only the class's own objects are one.
ContextObject* contextOf(Interpreter& in, Object* self, const char* what) {
    if (self->tag != rt::Tag::Instance ||
        static_cast<rt::InstanceObject*>(self)->cls->meta != &kContextMeta) {
        wrongSelf(in, "decimal.Context", what, self);
        return nullptr;
    }
    return static_cast<ContextObject*>(self);
}

// The attributes getter<Field> reads, by Field.
constexpr const char* kFieldNames[] = {"prec", "rounding", "Emax", "Emin", "capitals", "clamp"};

template <int Field> ObjRef getter(Interpreter& in, Object* self, CallArgs&) {
    ContextObject* c = contextOf(in, self, kFieldNames[Field]);
    if (!c)
        return nullptr;
    const Context& x = c->ctx;
    switch (Field) {
    case 0:
        return in.heap().newInt(x.prec);
    case 1:
        return in.newStr(roundingName(x.rounding));
    case 2:
        return in.heap().newInt(x.emax);
    case 3:
        return in.heap().newInt(x.emin);
    case 4:
        return in.heap().newInt(std::int64_t{x.capitals});
    default:
        return in.heap().newInt(std::int64_t{0});
    }
}

// An int attribute's new value in [lo, hi]; the message is _decimal's for that attribute.
std::optional<std::int64_t> rangedInt(Interpreter& in, Object* v, std::int64_t lo, std::int64_t hi,
                                      const std::string& message) {
    if (!interp::ops::isIntLike(v)) {
        in.raise("TypeError", "an integer is required");
        return std::nullopt;
    }
    numeric::BigInt b = interp::ops::bigValue(v);
    if (!b.fitsInt64() || b.toInt64() < lo || b.toInt64() > hi) {
        in.raise("ValueError", message);
        return std::nullopt;
    }
    return b.toInt64();
}

ObjRef setAttr(Interpreter& in, Object* self, CallArgs& args) {
    ContextObject* c = contextOf(in, self, "__setattr__");
    if (!c)
        return nullptr;
    if (args.positional.size() != 2 || !interp::isStr(args.positional[0].get()))
        return in.abortUnsupported("setting an attribute of a decimal.Context this way");
    const std::string& name = interp::text(args.positional[0].get());
    Object* v = args.positional[1].get();
    Context next = c->ctx;
    if (name == "prec") {
        // Precisions past a million digits are refused: each operation would build numbers of
        // that many digits.
        auto p = rangedInt(in, v, 1, 999999999999999999, "valid range for prec is [1, MAX_PREC]");
        if (!p)
            return nullptr;
        if (*p > 100000)
            return in.abortUnsupported("a decimal precision over 100000 digits");
        next.prec = *p;
    } else if (name == "rounding") {
        std::optional<Rounding> r =
            interp::isStr(v) ? roundingFromName(interp::text(v)) : std::nullopt;
        if (!r)
            return in.raise("TypeError", "valid values for rounding are:\n"
                                         "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                                         "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                                         "   ROUND_05UP]");
        next.rounding = *r;
    } else if (name == "capitals") {
        auto p = rangedInt(in, v, 0, 1, "valid values for capitals are 0 or 1");
        if (!p)
            return nullptr;
        next.capitals = static_cast<int>(*p);
    } else if (name == "Emax" || name == "Emin" || name == "clamp" || name == "flags" ||
               name == "traps") {
        return in.abortUnsupported("setting decimal.Context." + name);
    } else {
        return in.raise("AttributeError",
                        "'decimal.Context' object has no attribute '" + name + "'");
    }
    c->ctx = next;
    return in.none();
}

ObjRef delAttr(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("deleting an attribute of a decimal.Context");
}

// repr() of a context lists the flags its operations raised (Inexact, Rounded...), which
// memstep does not record.
ObjRef reprFn(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("repr() of a decimal.Context (its flags)");
}

ObjRef copyFn(Interpreter& in, Object* self, CallArgs& args) {
    ContextObject* c = contextOf(in, self, "copy");
    if (!c || !interp::argCount(in, args, "copy", 0, 0))
        return nullptr;
    auto* d = in.heap().make<ContextObject>();
    ObjRef out(d);
    d->cls = c->cls;
    d->ctx = c->ctx;
    return out;
}

// localcontext()'s manager: __enter__ makes its copy current and returns it; __exit__ puts
// back the context that was current before.
ObjRef enterFn(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::argCount(in, args, "__enter__", 0, 0))
        return nullptr;
    Object* local = nativeState(self, "local");
    auto* cls = static_cast<DecClass*>(nativeState(self, "decimal"));
    if (!local || !cls)
        return in.abortUnsupported("decimal.ContextManager.__enter__ called this way");
    setNativeState(static_cast<rt::InstanceObject*>(self), "saved", cls->current);
    cls->current = ObjRef(local);
    return ObjRef(local);
}

ObjRef exitFn(Interpreter& in, Object* self, CallArgs&) {
    Object* saved = nativeState(self, "saved");
    auto* cls = static_cast<DecClass*>(nativeState(self, "decimal"));
    if (!saved || !cls)
        return in.abortUnsupported("decimal.ContextManager.__exit__ called this way");
    cls->current = ObjRef(saved);
    return in.boolean(false);
}

} // namespace

const rt::Metaclass* contextMetaclass() {
    return &kContextMeta;
}

void fillContextClass(Interpreter& in, rt::TypeObject* t) {
    addNativeProperty(in, t, kFieldNames[0], getter<0>);
    addNativeProperty(in, t, kFieldNames[1], getter<1>);
    addNativeProperty(in, t, kFieldNames[2], getter<2>);
    addNativeProperty(in, t, kFieldNames[3], getter<3>);
    addNativeProperty(in, t, kFieldNames[4], getter<4>);
    addNativeProperty(in, t, kFieldNames[5], getter<5>);
    addNativeMethod(in, t, "__setattr__", setAttr);
    addNativeMethod(in, t, "__delattr__", delAttr);
    addNativeMethod(in, t, "__repr__", reprFn);
    addNativeMethod(in, t, "__str__", reprFn);
    addNativeMethod(in, t, "copy", copyFn);
    addNativeMethod(in, t, "__copy__", copyFn);
    for (const char* name : {"flags", "traps"})
        addRefusedAttribute(in, t, name);
    for (const char* name : {"Etiny",
                             "Etop",
                             "_apply",
                             "abs",
                             "add",
                             "canonical",
                             "clear_flags",
                             "clear_traps",
                             "compare",
                             "compare_signal",
                             "compare_total",
                             "compare_total_mag",
                             "copy_abs",
                             "copy_decimal",
                             "copy_negate",
                             "copy_sign",
                             "create_decimal",
                             "create_decimal_from_float",
                             "divide",
                             "divide_int",
                             "divmod",
                             "exp",
                             "fma",
                             "is_canonical",
                             "is_finite",
                             "is_infinite",
                             "is_nan",
                             "is_normal",
                             "is_qnan",
                             "is_signed",
                             "is_snan",
                             "is_subnormal",
                             "is_zero",
                             "ln",
                             "log10",
                             "logb",
                             "logical_and",
                             "logical_invert",
                             "logical_or",
                             "logical_xor",
                             "max",
                             "max_mag",
                             "min",
                             "min_mag",
                             "minus",
                             "multiply",
                             "next_minus",
                             "next_plus",
                             "next_toward",
                             "normalize",
                             "number_class",
                             "plus",
                             "power",
                             "quantize",
                             "radix",
                             "remainder",
                             "remainder_near",
                             "rotate",
                             "same_quantum",
                             "scaleb",
                             "shift",
                             "sqrt",
                             "subtract",
                             "to_eng_string",
                             "to_integral",
                             "to_integral_exact",
                             "to_integral_value",
                             "to_sci_string",
                             "__reduce__"})
        addRefusedMethod(in, t, name);
}

void fillManagerClass(Interpreter& in, rt::TypeObject* t) {
    addNativeMethod(in, t, "__enter__", enterFn);
    addNativeMethod(in, t, "__exit__", exitFn);
}

} // namespace memstep::core::modules::decimal
