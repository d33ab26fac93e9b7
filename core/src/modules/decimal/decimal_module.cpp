// The decimal module: Decimal's construction, the exceptions CPython raises for its signals,
// getcontext()/setcontext()/localcontext() and the module's names (see decimal.h).
#include "interp/attributes/library_class.h"
#include "interp/builtins/builtins_util.h"
#include "interp/operators/binary_operators.h"
#include "modules/decimal/decimal.h"

#include <algorithm>
#include <set>

namespace memstep::core::modules::decimal {

using interp::CallArgs;

namespace {

std::string traceValue(Object* self) {
    auto* d = static_cast<DecObject*>(self);
    return "Decimal('" + toSci(d->value, currentContext(decClassOf(self)).capitals != 0) + "')";
}

rt::TypeObject* signalClass(DecClass* cls, const std::string& name) {
    for (const auto& [n, t] : cls->signals)
        if (n == name)
            return t;
    return nullptr;
}

// raise ExceptionClass([<class 'decimal.Condition'>, ...]), as _decimal raises a trapped
// signal: its argument is the list of the conditions that occurred.
ObjRef raiseSignal(Interpreter& in, DecClass* cls, const std::string& type,
                   std::initializer_list<const char*> conditions) {
    auto* e = in.heap().make<rt::ExceptionObject>();
    ObjRef exc(e);
    e->type = signalClass(cls, type);
    ObjVec named;
    std::string text;
    for (const char* c : conditions) {
        named.push_back(ObjRef(signalClass(cls, c)));
        text += std::string(text.empty() ? "" : ", ") + "<class 'decimal." + c + "'>";
    }
    e->args = {in.heap().newList(std::move(named))};
    e->message = "[" + text + "]";
    return in.raiseObject(exc);
}

bool isDecimalClass(const rt::TypeObject* t) {
    return t->traceValue == traceValue;
}

// Decimal(value="0", context=None).
ObjRef construct(Interpreter& in, Object* clsObj, CallArgs& args) {
    // A subclass is a plain class object sharing Decimal's metaclass: look before the cast.
    if (!isDecimalType(static_cast<rt::TypeObject*>(clsObj)))
        return in.abortUnsupported("a subclass of decimal.Decimal");
    auto* cls = static_cast<DecClass*>(clsObj);
    ObjRef value = interp::takeKeyword(args, "value");
    if (interp::takeKeyword(args, "context"))
        return in.abortUnsupported("Decimal(..., context=...)");
    if (!interp::noMoreKeywords(in, args, "Decimal"))
        return nullptr;
    if (args.positional.size() > 2 || (value && !args.positional.empty()))
        return in.raise("TypeError", "function takes at most 2 arguments (" +
                                         std::to_string(args.positional.size() + (value ? 1 : 0)) +
                                         " given)");
    if (args.positional.size() == 2)
        return in.abortUnsupported("Decimal(..., context)");
    if (!args.positional.empty())
        value = args.positional[0];
    if (!value)
        return newDecimal(in, cls, Number{});
    Object* v = value.get();
    if (asDecimal(v))
        return value; // Decimal(d) is d itself, as in CPython
    if (interp::ops::isIntLike(v))
        return newDecimal(in, cls, fromInt(interp::ops::bigValue(v)));
    if (v->tag == rt::Tag::Float)
        return newDecimal(in, cls, fromDouble(static_cast<rt::FloatObject*>(v)->value));
    if (v->tag == rt::Tag::Str) {
        const std::string& text = interp::text(v);
        if (std::any_of(text.begin(), text.end(), [](char c) { return (c & 0x80) != 0; }))
            return in.abortUnsupported("Decimal() of a str with non-ASCII characters");
        bool huge = false;
        std::optional<Number> n = parse(text, &huge);
        if (huge)
            return in.abortUnsupported("Decimal() of a str with an exponent of over 15 digits");
        if (!n)
            return raiseSignal(in, cls, "InvalidOperation", {"ConversionSyntax"});
        return newDecimal(in, cls, std::move(*n));
    }
    if (v->tag == rt::Tag::Tuple || v->tag == rt::Tag::List)
        return in.abortUnsupported("Decimal() of a tuple or list");
    return in.raise("TypeError", std::string("conversion from ") + in.typeName(v) +
                                     " to Decimal is not supported");
}

const rt::Metaclass kDecimalMeta = [] {
    rt::Metaclass m;
    m.call = construct;
    return m;
}();

// A library class of the decimal module (Decimal, Context, ContextManager).
template <typename T> T* makeClass(Interpreter& in, const char* name, const rt::Metaclass* meta) {
    auto* t = in.heap().make<T>();
    initNativeClass(in, t, "decimal", name, meta);
    return t;
}

// C3 linearisation of a class with these bases.
std::vector<rt::TypeObject*> linearize(Interpreter& in, rt::TypeObject* t,
                                       const std::vector<rt::TypeObject*>& bases) {
    std::vector<std::vector<rt::TypeObject*>> seqs;
    for (rt::TypeObject* b : bases)
        seqs.push_back(in.mroOf(b));
    seqs.push_back(bases);
    std::vector<rt::TypeObject*> out = {t};
    while (true) {
        rt::TypeObject* pick = nullptr;
        for (const auto& s : seqs) {
            if (s.empty())
                continue;
            rt::TypeObject* head = s.front();
            const bool inTail = std::any_of(seqs.begin(), seqs.end(), [&](const auto& o) {
                return std::find(o.begin() + (o.empty() ? 0 : 1), o.end(), head) != o.end();
            });
            if (!inTail) {
                pick = head;
                break;
            }
        }
        if (!pick)
            return out;
        out.push_back(pick);
        for (auto& s : seqs)
            s.erase(std::remove(s.begin(), s.end(), pick), s.end());
    }
}

void addSignals(Interpreter& in, DecClass* cls, rt::ModuleObject& m) {
    struct Def {
        const char* name;
        std::vector<const char*> bases;
    };
    const Def defs[] = {
        {"DecimalException", {"ArithmeticError"}},
        {"Clamped", {"DecimalException"}},
        {"InvalidOperation", {"DecimalException"}},
        {"ConversionSyntax", {"InvalidOperation"}},
        {"DivisionImpossible", {"InvalidOperation"}},
        {"DivisionUndefined", {"InvalidOperation", "ZeroDivisionError"}},
        {"InvalidContext", {"InvalidOperation"}},
        {"DivisionByZero", {"DecimalException", "ZeroDivisionError"}},
        {"Inexact", {"DecimalException"}},
        {"Rounded", {"DecimalException"}},
        {"Subnormal", {"DecimalException"}},
        {"Overflow", {"Inexact", "Rounded"}},
        {"Underflow", {"Inexact", "Rounded", "Subnormal"}},
        {"FloatOperation", {"DecimalException", "TypeError"}},
    };
    for (const Def& d : defs) {
        std::vector<rt::TypeObject*> bases;
        for (const char* b : d.bases) {
            rt::TypeObject* own = signalClass(cls, b);
            bases.push_back(own ? own : in.exceptionType(b));
        }
        rt::TypeObject* t = interp::newLibraryException(in, "decimal", d.name, bases[0]);
        t->bases = bases;
        // Several bases (DivisionByZero is also a ZeroDivisionError): isinstance() and except
        // follow this MRO.
        t->mro = linearize(in, t, bases);
        cls->signals.emplace_back(d.name, t);
        m.set(d.name, ObjRef(t));
    }
}

ObjRef getcontextFn(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "getcontext") ||
        !interp::argCount(in, args, "getcontext", 0, 0))
        return nullptr;
    return static_cast<DecClass*>(self)->current;
}

ObjRef setcontextFn(Interpreter& in, Object* self, CallArgs& args) {
    if (!interp::noKeywords(in, args, "setcontext") ||
        !interp::argCount(in, args, "setcontext", 1, 1))
        return nullptr;
    auto* cls = static_cast<DecClass*>(self);
    Object* ctx = args.positional[0].get();
    if (ctx->tag != rt::Tag::Instance ||
        static_cast<rt::InstanceObject*>(ctx)->cls->meta != contextMetaclass())
        return in.raise("TypeError", "argument must be a context");
    if (static_cast<rt::InstanceObject*>(ctx)->cls != cls->contextClass)
        return in.abortUnsupported("setcontext() of a subclass of decimal.Context");
    cls->current = args.positional[0];
    return in.none();
}

// localcontext(ctx=None): a manager whose __enter__ makes a copy of the context current.
ObjRef localcontextFn(Interpreter& in, Object* self, CallArgs& args) {
    if (!args.keywords.empty())
        return in.abortUnsupported("localcontext() with keyword arguments");
    if (!interp::argCount(in, args, "localcontext", 0, 1))
        return nullptr;
    auto* cls = static_cast<DecClass*>(self);
    ObjRef base = cls->current;
    if (!args.positional.empty() && args.positional[0]->tag != rt::Tag::None) {
        Object* c = args.positional[0].get();
        if (c->tag != rt::Tag::Instance ||
            static_cast<rt::InstanceObject*>(c)->cls != cls->contextClass)
            return in.raise("TypeError", "argument must be a context");
        base = args.positional[0];
    }
    ObjRef out;
    rt::InstanceObject* manager = newNativeInstance(in, cls->managerClass, out);
    setNativeState(manager, "local",
                   newContext(in, cls, static_cast<ContextObject*>(base.get())->ctx));
    setNativeState(manager, "decimal", ObjRef(cls));
    return out;
}

void addBound(Interpreter& in, rt::ModuleObject& m, DecClass* cls, const char* name,
              rt::NativeFn fn) {
    m.set(name, in.makeBuiltin(name, fn, ObjRef(cls)));
}

} // namespace

bool isDecimalType(const rt::TypeObject* t) {
    return t->mro.size() == 2 && isDecimalClass(t);
}

namespace {

// Whether _decimal defines `name` as a type slot (its descriptor a slot wrapper): the dunders
// but those it lists as methods.
bool isSlot(const std::string& name) {
    static const std::set<std::string> kMethods = {
        "__round__", "__format__", "__copy__",     "__deepcopy__", "__reduce__",
        "__ceil__",  "__floor__",  "__trunc__",    "__complex__",  "__sizeof__",
        "__enter__", "__exit__",   "__reduce_ex__"};
    return name.size() > 4 && name.starts_with("__") && !kMethods.count(name);
}

} // namespace

void wrongSelf(Interpreter& in, const char* cls, const std::string& name, Object* self) {
    const std::string got = in.typeName(self);
    in.raise("TypeError",
             "descriptor '" + name + "'" +
                 (isSlot(name)
                      ? " requires a '" + std::string(cls) + "' object but received a '" + got + "'"
                      : " for '" + std::string(cls) + "' objects doesn't apply to a '" + got +
                            "' object"));
}

DecObject* asDecimal(Object* o) {
    if (o->tag != rt::Tag::Instance)
        return nullptr;
    return isDecimalClass(static_cast<rt::InstanceObject*>(o)->cls) ? static_cast<DecObject*>(o)
                                                                    : nullptr;
}

DecClass* decClassOf(Object* decimal) {
    return static_cast<DecClass*>(static_cast<rt::InstanceObject*>(decimal)->cls);
}

const Context& currentContext(DecClass* cls) {
    return static_cast<ContextObject*>(cls->current.get())->ctx;
}

ObjRef newDecimal(Interpreter& in, DecClass* cls, Number value) {
    auto* d = in.heap().make<DecObject>();
    ObjRef out(d);
    d->cls = cls;
    d->value = std::move(value);
    return out;
}

ObjRef newContext(Interpreter& in, DecClass* cls, const Context& ctx) {
    auto* c = in.heap().make<ContextObject>();
    ObjRef out(c);
    c->cls = cls->contextClass;
    c->ctx = ctx;
    return out;
}

ObjRef deliver(Interpreter& in, DecClass* cls, Outcome out) {
    switch (out.signal) {
    case Signal::None:
        return newDecimal(in, cls, std::move(out.value));
    case Signal::InvalidOperation:
        return raiseSignal(in, cls, "InvalidOperation", {"InvalidOperation"});
    case Signal::ConversionSyntax:
        return raiseSignal(in, cls, "InvalidOperation", {"ConversionSyntax"});
    case Signal::DivisionUndefined:
        return raiseSignal(in, cls, "InvalidOperation", {"DivisionUndefined"});
    case Signal::DivisionImpossible:
        return raiseSignal(in, cls, "InvalidOperation", {"DivisionImpossible"});
    case Signal::DivisionByZero:
        return raiseSignal(in, cls, "DivisionByZero", {"DivisionByZero"});
    case Signal::DivModByZero:
        return raiseSignal(in, cls, "InvalidOperation", {"InvalidOperation", "DivisionByZero"});
    case Signal::Overflow:
        return raiseSignal(in, cls, "Overflow", {"Overflow"});
    case Signal::Unsupported:
        break;
    }
    return in.abortUnsupported(out.unsupported);
}

std::optional<Number> operandValue(Object* o) {
    if (DecObject* d = asDecimal(o))
        return d->value;
    if (interp::ops::isIntLike(o))
        return fromInt(interp::ops::bigValue(o));
    return std::nullopt;
}

} // namespace memstep::core::modules::decimal

namespace memstep::core::modules {

void fillDecimal(Interpreter& in, rt::ModuleObject& m) {
    using namespace decimal;
    auto* cls = makeClass<DecClass>(in, "Decimal", &kDecimalMeta);
    cls->traceValue = traceValue;
    cls->contextClass = makeClass<rt::TypeObject>(in, "Context", contextMetaclass());
    cls->managerClass = makeClass<rt::TypeObject>(in, "ContextManager", nullptr);
    fillContextClass(in, cls->contextClass);
    fillManagerClass(in, cls->managerClass);
    cls->current = newContext(in, cls, Context{});
    addDecimalMethods(in, cls);
    m.set("Decimal", ObjRef(cls));
    m.set("Context", ObjRef(cls->contextClass));
    addSignals(in, cls, m);
    for (int r = 0; r < 8; ++r) {
        const char* name = roundingName(static_cast<Rounding>(r));
        m.set(name, in.newStr(name));
    }
    addBound(in, m, cls, "getcontext", getcontextFn);
    addBound(in, m, cls, "setcontext", setcontextFn);
    addBound(in, m, cls, "localcontext", localcontextFn);
    const BigInt maxPrec = *BigInt::fromString("999999999999999999");
    m.set("MAX_PREC", in.heap().newInt(maxPrec));
    m.set("MAX_EMAX", in.heap().newInt(maxPrec));
    m.set("MIN_EMIN", in.heap().newInt(-maxPrec));
    m.set("MIN_ETINY", in.heap().newInt(*BigInt::fromString("-1999999999999999997")));
    m.set("HAVE_THREADS", in.boolean(true));
    m.set("HAVE_CONTEXTVAR", in.boolean(true));
    m.set("__version__", in.newStr("1.70"));
    m.set("__libmpdec_version__", in.newStr("2.5.1"));
}

bool isMissingDecimalAttribute(std::string_view name) {
    // dir(decimal) in CPython 3.11 minus what fillDecimal provides, sorted.
    static const std::vector<std::string_view> kMissing = {"BasicContext", "DecimalTuple",
                                                           "DefaultContext", "ExtendedContext"};
    return isModuleDunder(ModuleOrigin::Source, name) ||
           std::binary_search(kMissing.begin(), kMissing.end(), name);
}

} // namespace memstep::core::modules
