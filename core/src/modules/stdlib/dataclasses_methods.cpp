// The methods @dataclass writes into a class (CPython 3.11's _init_fn, _repr_fn, _cmp_fn,
// _hash_fn, _frozen_get_del_attr): builtins standing in for the functions CPython execs, each
// bound to the class (see dataclasses.h). They run the program's own code only where
// CPython's do: __post_init__, default factories, the fields' __eq__/__lt__/__hash__.
#include "interp/attributes/instance_dict.h"
#include "interp/builtins/builtins_util.h"
#include "interp/tracing/tracer.h"
#include "modules/stdlib/dataclasses.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace memstep::core::modules {

using interp::CallArgs;
using syntax::CmpOperator;

namespace dataclasses {
namespace {

using Closure = std::vector<std::pair<std::string, ObjRef>>;

rt::TypeObject* boundClass(Object* self) {
    return static_cast<rt::TypeObject*>(self);
}

const std::string& nameOf(Object* field) {
    return interp::text(fieldAttr(field, "name"));
}

ObjRef standIn(Interpreter& in, rt::TypeObject* cls, const char* name, rt::NativeFn fn,
               std::vector<std::string> params, ObjVec defaults = {}, Closure closure = {}) {
    ObjRef f = in.makeBuiltin(name, fn, ObjRef(cls));
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = cls->qualname + "." + name;
    sig->positional = params.size();
    sig->params = std::move(params);
    sig->defaults = std::move(defaults);
    std::sort(closure.begin(), closure.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    sig->closure = std::move(closure);
    static_cast<rt::BuiltinObject*>(f.get())->python = std::move(sig);
    return f;
}

bool hasDefault(const Library& lib, Object* f) {
    return fieldAttr(f, "default") != lib.missing || fieldAttr(f, "default_factory") != lib.missing;
}

// Binds a call of the generated __init__ (CPython's order of checks: keywords, too many
// positional arguments, missing ones); `params` exclude self. False with TypeError set.
bool bindInit(Interpreter& in, const std::string& who, const ObjVec& params, std::size_t required,
              CallArgs& args, ObjVec& out) {
    std::size_t n = params.size(), given = args.positional.size() - 1;
    out.assign(n, nullptr);
    for (std::size_t i = 0; i < given && i < n; ++i)
        out[i] = args.positional[i + 1];
    for (rt::KwArg& k : args.keywords) {
        auto at = std::find_if(params.begin(), params.end(),
                               [&](const ObjRef& f) { return nameOf(f.get()) == *k.name; });
        if (at == params.end())
            return static_cast<bool>(in.raise(
                "TypeError", who + " got an unexpected keyword argument '" + *k.name + "'"));
        auto i = static_cast<std::size_t>(at - params.begin());
        if (out[i])
            return static_cast<bool>(
                in.raise("TypeError", who + " got multiple values for argument '" + *k.name + "'"));
        out[i] = k.value;
    }
    if (given > n) {
        std::string takes =
            required < n ? "from " + std::to_string(required + 1) + " to " + std::to_string(n + 1)
                         : std::to_string(n + 1);
        return static_cast<bool>(in.raise(
            "TypeError", who + " takes " + takes + " positional argument" + (n == 0 ? "" : "s") +
                             " but " + std::to_string(given + 1) + " were given"));
    }
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < required; ++i)
        if (!out[i])
            missing.push_back(nameOf(params[i].get()));
    if (!missing.empty())
        return static_cast<bool>(in.raise(
            "TypeError", who + " missing " + std::to_string(missing.size()) +
                             " required positional argument" + (missing.size() == 1 ? "" : "s") +
                             ": " + interp::joinNames(missing)));
    return true;
}

// object.__setattr__(self, name, value): what a frozen class's __init__ assigns with.
bool objectSetAttr(Interpreter& in, Object* self, const std::string& name, ObjRef value) {
    if (self->tag != rt::Tag::Instance || !in.typeOf(self)->isUser) {
        in.abortUnsupported("calling a frozen dataclass's __init__ on an object of another class "
                            "is not supported");
        return false;
    }
    auto* inst = static_cast<rt::InstanceObject*>(self);
    Object* raw = value.get();
    inst->attrs.set(name, std::move(value));
    if (in.tracer() && interp::Tracer::visible(inst))
        in.tracer()->mutateAttr(inst, MutateOp::SetAttr, name, raw);
    interp::attrChangedInDict(in, inst, name, raw);
    return true;
}

ObjRef initMethod(Interpreter& in, Object* self, CallArgs& args) {
    rt::TypeObject* cls = boundClass(self);
    Object* options = classParams(in, cls);
    if (!options || !classFields(in, cls))
        return in.abortUnsupported("a dataclass whose __dataclass_params__ or "
                                   "__dataclass_fields__ was replaced is not supported");
    Library lib = library(nativeState(options, "module"));
    const std::string who = cls->qualname + ".__init__()";
    if (args.positional.empty())
        return in.raise("TypeError", who + " missing 1 required positional argument: 'self'");
    ObjRef obj = args.positional[0];
    ObjVec fields = initFields(in, classFields(in, cls));
    ObjVec params;
    std::size_t required = 0;
    for (const ObjRef& f : fields)
        if (fieldFlag(in, f.get(), "init")) {
            params.push_back(f);
            required += hasDefault(lib, f.get()) ? 0 : 1;
        }
    ObjVec values;
    if (!bindInit(in, who, params, required, args, values))
        return nullptr;
    bool frozen = fieldFlag(in, options, "frozen");
    std::size_t p = 0;
    ObjVec initVars;
    for (const ObjRef& f : fields) {
        bool init = fieldFlag(in, f.get(), "init");
        Object* factory = fieldAttr(f.get(), "default_factory");
        ObjRef value = init ? values[p++] : nullptr;
        if (init && !value)
            value = factory != lib.missing ? ObjRef(lib.hasFactory)
                                           : ObjRef(fieldAttr(f.get(), "default"));
        if (factory != lib.missing && (!init || value.get() == lib.hasFactory)) {
            CallArgs none;
            value = in.call(factory, none);
            if (!value)
                return nullptr;
        }
        if (!value)
            continue;             // init=False without a factory: the class attribute serves
        if (isInitVar(f.get())) { // passed on to __post_init__, never set
            initVars.push_back(std::move(value));
            continue;
        }
        if (!(frozen ? objectSetAttr(in, obj.get(), nameOf(f.get()), value)
                     : in.setAttr(obj.get(), nameOf(f.get()), value)))
            return nullptr;
    }
    if (in.lookupInType(cls, "__post_init__")) {
        ObjRef post = in.getAttr(obj.get(), "__post_init__");
        CallArgs initVarArgs; // self.__post_init__(each InitVar's value)
        initVarArgs.positional = std::move(initVars);
        if (!post || !in.call(post.get(), initVarArgs))
            return nullptr;
    }
    return in.none();
}

// Binds the one parameter, self, of a generated __repr__ as a Python function's call would
// (`who` is the function's __qualname__); null with TypeError set.
Object* bindSelf(Interpreter& in, const std::string& who, CallArgs& args) {
    auto fail = [&](const std::string& what) -> Object* {
        in.raise("TypeError", who + "() " + what);
        return nullptr;
    };
    Object* self = args.positional.empty() ? nullptr : args.positional[0].get();
    for (rt::KwArg& k : args.keywords) {
        if (*k.name != "self")
            return fail("got an unexpected keyword argument '" + *k.name + "'");
        if (self)
            return fail("got multiple values for argument 'self'");
        self = k.value.get();
    }
    if (args.positional.size() > 1)
        return fail("takes 1 positional argument but " + std::to_string(args.positional.size()) +
                    " were given");
    return self ? self : fail("missing 1 required positional argument: 'self'");
}

// The generated __repr__'s text: the fields with repr=True, each through repr(), which runs
// the program's own __repr__ of a field's value as CPython's generated code does.
ObjRef fieldsRepr(Interpreter& in, rt::TypeObject* cls, Object* obj) {
    std::string out = in.typeOf(obj)->qualname + "(";
    bool first = true;
    for (const ObjRef& f : realFields(in, classFields(in, cls))) {
        if (!fieldFlag(in, f.get(), "repr"))
            continue;
        ObjRef v = in.getAttr(obj, nameOf(f.get()));
        auto r = v ? in.repr(v.get()) : std::nullopt;
        if (!r)
            return nullptr;
        out += (first ? "" : ", ") + nameOf(f.get()) + "=" + *r;
        first = false;
    }
    return in.newStr(out + ")");
}

// The inner function's self: (the class, the set of ids being shown). The set stands for the
// (id(self), thread id) keys of CPython's repr_running, which hold addresses that differ on
// every run: the diagram draws repr_running always empty (as the reference tracer does), and
// the keys live here, where no drawing reaches (a builtin's self is not drawn).
rt::TupleObject* innerState(Object* inner) {
    return static_cast<rt::TupleObject*>(static_cast<rt::BuiltinObject*>(inner)->self.get());
}

// The wrapper dataclasses' _recursive_repr puts around __repr__: '...' for an object already
// being shown by it. Its self is the class.
ObjRef reprMethod(Interpreter& in, Object* self, CallArgs& args) {
    rt::TypeObject* cls = boundClass(self);
    Object* obj = bindSelf(in, cls->qualname + ".__repr__", args);
    if (!obj)
        return nullptr;
    const ObjRef* wrapper = cls->dict.find("__repr__");
    auto* running = static_cast<rt::SetObject*>(
        innerState(static_cast<rt::BuiltinObject*>(wrapper->get())->python->closure[1].second.get())
            ->items[1]
            .get());
    ObjRef key = in.heap().newInt(static_cast<std::int64_t>(in.pyId(obj)));
    if (in.contains(running, key.get()) > 0)
        return in.newStr("...");
    if (!in.setAdd(running, key))
        return nullptr;
    ObjRef out = fieldsRepr(in, cls, obj);
    for (std::size_t slot = 0; slot < running->table.size(); ++slot)
        if (running->table[slot].key && in.equals(running->table[slot].key.get(), key.get())) {
            in.setRemoveAt(running, static_cast<std::int64_t>(slot));
            break;
        }
    return out;
}

// The __repr__ the wrapper wraps (its __wrapped__), without the guard against recursion.
ObjRef reprInner(Interpreter& in, Object* self, CallArgs& args) {
    Object* obj = bindSelf(in, "__create_fn__.<locals>.__repr__", args);
    auto* cls = static_cast<rt::TypeObject*>(static_cast<rt::TupleObject*>(self)->items[0].get());
    return obj ? fieldsRepr(in, cls, obj) : nullptr;
}

// (self.a, self.b, ...) over the fields whose flag is set.
ObjRef fieldTuple(Interpreter& in, rt::TypeObject* cls, Object* obj, bool forHash) {
    ObjVec items;
    for (const ObjRef& f : realFields(in, classFields(in, cls))) {
        Object* hash = fieldAttr(f.get(), "hash");
        bool use = forHash && hash->tag != rt::Tag::None ? in.truthy(hash) > 0
                                                         : fieldFlag(in, f.get(), "compare");
        if (!use)
            continue;
        ObjRef v = in.getAttr(obj, nameOf(f.get()));
        if (!v)
            return nullptr;
        items.push_back(v);
    }
    return in.heap().newTuple(std::move(items));
}

template <CmpOperator Op> ObjRef compareMethod(Interpreter& in, Object* self, CallArgs& args) {
    rt::TypeObject* cls = boundClass(self);
    if (!args.keywords.empty() || args.positional.size() != 2)
        return in.raise("TypeError", cls->qualname + " comparison takes 2 positional arguments");
    Object* a = args.positional[0].get();
    Object* b = args.positional[1].get();
    if (in.typeOf(a) != in.typeOf(b))
        return in.notImplemented();
    ObjRef x = fieldTuple(in, cls, a, false);
    ObjRef y = x ? fieldTuple(in, cls, b, false) : nullptr;
    if (!y)
        return nullptr;
    int r = in.compare(Op, x.get(), y.get());
    return r < 0 ? nullptr : in.boolean(r > 0);
}

ObjRef hashMethod(Interpreter& in, Object* self, CallArgs& args) {
    if (!args.keywords.empty() || args.positional.size() != 1)
        return in.raise("TypeError", "__hash__() takes 1 positional argument");
    ObjRef t = fieldTuple(in, boundClass(self), args.positional[0].get(), true);
    auto h = t ? in.hash(t.get()) : std::nullopt;
    return h ? in.heap().newInt(*h) : nullptr;
}

// A frozen class's __setattr__ / __delattr__: FrozenInstanceError for its own instances.
template <bool Set> ObjRef frozenMethod(Interpreter& in, Object* self, CallArgs& args) {
    rt::TypeObject* cls = boundClass(self);
    if (!args.keywords.empty() || args.positional.size() != (Set ? 3U : 2U))
        return in.raise("TypeError", "frozen dataclass attribute hook called wrongly");
    Object* obj = args.positional[0].get();
    Object* name = args.positional[1].get();
    bool isField = false;
    for (const ObjRef& f : realFields(in, classFields(in, cls)))
        isField = isField || (name->tag == rt::Tag::Str && nameOf(f.get()) == interp::text(name));
    if (in.typeOf(obj) != cls && !isField)
        return in.abortUnsupported("setting an attribute that is not a field on an object of a "
                                   "subclass of a frozen dataclass is not supported");
    auto r = in.repr(name);
    if (!r)
        return nullptr;
    return in.raise("FrozenInstanceError",
                    std::string(Set ? "cannot assign to field " : "cannot delete field ") + *r);
}

// _set_new_attribute: true when the class already defines `name` (then it is left alone).
bool setNewAttribute(Interpreter& in, rt::TypeObject* cls, const char* name, ObjRef value,
                     bool& failed) {
    if (cls->dict.find(name))
        return true;
    failed = !in.setAttr(cls, name, std::move(value));
    return false;
}

bool addInit(Interpreter& in, const Library& lib, rt::TypeObject* cls, bool frozen) {
    ObjVec fields = initFields(in, classFields(in, cls));
    bool seenDefault = false;
    bool selfIsField = false;
    std::vector<std::string> params;
    ObjVec defaults;
    Closure closure;
    for (const ObjRef& f : fields) {
        const std::string& name = nameOf(f.get());
        selfIsField = selfIsField || name == "self";
        bool init = fieldFlag(in, f.get(), "init");
        Object* factory = fieldAttr(f.get(), "default_factory");
        if (init) {
            if (hasDefault(lib, f.get()))
                seenDefault = true;
            else if (seenDefault)
                return static_cast<bool>(in.raise("TypeError", "non-default argument '" + name +
                                                                   "' follows default argument"));
            params.push_back(name);
            if (hasDefault(lib, f.get()))
                defaults.push_back(factory != lib.missing ? ObjRef(lib.hasFactory)
                                                          : ObjRef(fieldAttr(f.get(), "default")));
        }
        if (factory != lib.missing)
            closure.emplace_back("_dflt_" + name, ObjRef(factory));
        if (factory != lib.missing && init &&
            std::none_of(closure.begin(), closure.end(),
                         [](const auto& c) { return c.first == "_HAS_DEFAULT_FACTORY"; }))
            closure.emplace_back("_HAS_DEFAULT_FACTORY", ObjRef(lib.hasFactory));
        bool assigns = !isInitVar(f.get()) && (init || factory != lib.missing);
        if (frozen && assigns && std::none_of(closure.begin(), closure.end(), [](const auto& c) {
                return c.first == "__dataclass_builtins_object__";
            }))
            closure.emplace_back("__dataclass_builtins_object__", ObjRef(in.objectType()));
    }
    params.insert(params.begin(), selfIsField ? "__dataclass_self__" : "self");
    ObjRef fn = standIn(in, cls, "__init__", initMethod, std::move(params), std::move(defaults),
                        std::move(closure));
    bool failed = false;
    setNewAttribute(in, cls, "__init__", fn, failed);
    return !failed;
}

bool addRepr(Interpreter& in, rt::TypeObject* cls) {
    ObjRef user = standIn(in, cls, "__repr__", reprInner, {"self"});
    static_cast<rt::BuiltinObject*>(user.get())->self =
        in.heap().newTuple({ObjRef(cls), in.heap().newSet()});
    Closure closure = {{"repr_running", in.heap().newSet()}, {"user_function", user}};
    ObjRef wrapper = standIn(in, cls, "__repr__", reprMethod, {"self"}, {}, std::move(closure));
    // reprlib's _recursive_repr wraps it with functools.wraps.
    static_cast<rt::BuiltinObject*>(wrapper.get())->python->attrs.emplace_back("__wrapped__", user);
    bool failed = false;
    setNewAttribute(in, cls, "__repr__", wrapper, failed);
    return !failed;
}

bool addOrder(Interpreter& in, rt::TypeObject* cls) {
    struct Op {
        const char* name;
        rt::NativeFn fn;
    };
    const Op ops[] = {{"__lt__", compareMethod<CmpOperator::Lt>},
                      {"__le__", compareMethod<CmpOperator::LtE>},
                      {"__gt__", compareMethod<CmpOperator::Gt>},
                      {"__ge__", compareMethod<CmpOperator::GtE>}};
    for (const Op& op : ops) {
        bool failed = false;
        if (setNewAttribute(in, cls, op.name, standIn(in, cls, op.name, op.fn, {"self", "other"}),
                            failed))
            return static_cast<bool>(
                in.raise("TypeError", std::string("Cannot overwrite attribute ") + op.name +
                                          " in class " + cls->name +
                                          ". Consider using "
                                          "functools.total_ordering"));
        if (failed)
            return false;
    }
    return true;
}

bool addFrozen(Interpreter& in, const Library& lib, rt::TypeObject* cls) {
    Closure closure = {{"FrozenInstanceError", ObjRef(lib.module->find("FrozenInstanceError"))},
                       {"cls", ObjRef(cls)}};
    for (bool set : {true, false}) {
        const char* name = set ? "__setattr__" : "__delattr__";
        ObjRef fn =
            set ? standIn(in, cls, name, frozenMethod<true>, {"self", "name", "value"}, {}, closure)
                : standIn(in, cls, name, frozenMethod<false>, {"self", "name"}, {}, closure);
        bool failed = false;
        if (setNewAttribute(in, cls, name, fn, failed))
            return static_cast<bool>(
                in.raise("TypeError", std::string("Cannot overwrite attribute ") + name +
                                          " in class " + cls->name));
        if (failed)
            return false;
    }
    return true;
}

// _hash_action[unsafe_hash, eq, frozen, has_explicit_hash]: false with the error set.
bool addHash(Interpreter& in, rt::TypeObject* cls, const Options& o, bool explicitHash) {
    if (o.unsafeHash && explicitHash)
        return static_cast<bool>(
            in.raise("TypeError", "Cannot overwrite attribute __hash__ in class " + cls->name));
    if (explicitHash)
        return true;
    if (!o.unsafeHash && o.eq && !o.frozen)
        return in.setAttr(cls, "__hash__", in.none());
    if (o.unsafeHash || (o.eq && o.frozen))
        return in.setAttr(cls, "__hash__", standIn(in, cls, "__hash__", hashMethod, {"self"}));
    return true;
}

// inspect.formatannotation: a class by its qualname (its module's first, but for builtins'),
// a typing alias by its repr without the `typing.` of its names, anything else by its repr.
std::optional<std::string> annotationText(Interpreter& in, Object* a) {
    if (a->tag == rt::Tag::Type) {
        ObjRef module = in.getAttr(a, "__module__");
        ObjRef qualname = module ? in.getAttr(a, "__qualname__") : nullptr;
        if (!qualname)
            return std::nullopt;
        const std::string& m = interp::text(module.get());
        return (m == "builtins" ? "" : m + ".") + interp::text(qualname.get());
    }
    std::optional<std::string> r = in.repr(a);
    if (!r || !r->starts_with("typing."))
        return r;
    std::string out;
    for (std::size_t i = 0; i < r->size(); ++i) {
        bool wordStart = i == 0 || !(std::isalnum(static_cast<unsigned char>((*r)[i - 1])) ||
                                     (*r)[i - 1] == '_' || (*r)[i - 1] == '.');
        if (wordStart && r->compare(i, 7, "typing.") == 0)
            i += 7;
        out += (*r)[i];
    }
    return out;
}

bool isGeneratedInit(const Object* fn) {
    return fn->tag == rt::Tag::Builtin &&
           static_cast<const rt::BuiltinObject*>(fn)->fn == initMethod;
}

// The annotation a program function's __annotations__ gives `name`, as inspect formats it;
// "" without one, nullopt with the error set.
std::optional<std::string> annotationOf(Interpreter& in, Object* annotations,
                                        const std::string& name) {
    if (!annotations || annotations->tag != rt::Tag::Dict)
        return "";
    for (const rt::DictEntry& e : static_cast<rt::DictObject*>(annotations)->entries)
        if (e.key && e.key->tag == rt::Tag::Str && interp::text(e.key.get()) == name)
            return annotationText(in, e.value.get());
    return "";
}

// str(inspect.signature(fn)) without its first parameter, as inspect shows a class through
// its __init__, __new__ or metaclass __call__: "" where inspect raises ValueError (no
// parameter to drop, or a keyword-only first one); nullopt with the error set.
std::optional<std::string> boundSignatureText(Interpreter& in, rt::FunctionObject* fn) {
    const interp::CodeInfo& code = *fn->code;
    enum Kind { PosOnly, Pos, VarPos, KwOnly, VarKw };
    struct Param {
        std::string name;
        Kind kind;
        Object* dflt;
    };
    std::vector<Param> params;
    std::size_t firstDefault = code.params.size() - fn->defaults.size();
    for (std::size_t i = 0; i < code.params.size(); ++i)
        params.push_back({code.params[i], i < code.posOnlyCount ? PosOnly : Pos,
                          i >= firstDefault ? fn->defaults[i - firstDefault].get() : nullptr});
    if (code.varArgSlot >= 0)
        params.push_back(
            {code.slotNames[static_cast<std::size_t>(code.varArgSlot)], VarPos, nullptr});
    for (std::size_t i = 0; i < code.kwOnlyParams.size(); ++i)
        params.push_back({code.kwOnlyParams[i], KwOnly,
                          i < fn->kwDefaults.size() ? fn->kwDefaults[i].get() : nullptr});
    if (code.varKwSlot >= 0)
        params.push_back(
            {code.slotNames[static_cast<std::size_t>(code.varKwSlot)], VarKw, nullptr});
    if (params.empty() || params[0].kind == KwOnly || params[0].kind == VarKw)
        return "";
    if (params[0].kind != VarPos) // *args stays: it takes the bound argument and more
        params.erase(params.begin());
    ObjRef annotations = in.getAttr(fn, "__annotations__");
    if (!annotations)
        return std::nullopt;
    std::vector<std::string> parts;
    bool posOnlyOpen = false, kwOnlyMark = true;
    for (const Param& p : params) {
        if (p.kind == PosOnly)
            posOnlyOpen = true;
        else if (posOnlyOpen) {
            parts.emplace_back("/");
            posOnlyOpen = false;
        }
        if (p.kind == VarPos)
            kwOnlyMark = false;
        else if (p.kind == KwOnly && kwOnlyMark) {
            parts.emplace_back("*");
            kwOnlyMark = false;
        }
        std::optional<std::string> type = annotationOf(in, annotations.get(), p.name);
        if (!type)
            return std::nullopt;
        std::string text = (p.kind == VarPos ? "*" : p.kind == VarKw ? "**" : "") + p.name;
        if (!type->empty())
            text += ": " + *type;
        if (p.dflt) {
            std::optional<std::string> d = in.repr(p.dflt);
            if (!d)
                return std::nullopt;
            text += (type->empty() ? "=" : " = ") + *d;
        }
        parts.push_back(std::move(text));
    }
    if (posOnlyOpen)
        parts.emplace_back("/");
    std::optional<std::string> ret = annotationOf(in, annotations.get(), "return");
    if (!ret)
        return std::nullopt;
    std::string out = "(";
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i ? ", " : "") + parts[i];
    return out + ")" + (ret->empty() ? "" : " -> " + *ret);
}

// The generated __init__'s signature: its fields (`cls` is the class it was made for).
std::optional<std::string> generatedInitText(Interpreter& in, const Library& lib,
                                             rt::TypeObject* cls) {
    std::string sig;
    for (const ObjRef& f : initFields(in, classFields(in, cls))) {
        if (!fieldFlag(in, f.get(), "init"))
            continue;
        std::optional<std::string> type = annotationText(in, fieldAttr(f.get(), "type"));
        if (!type)
            return std::nullopt;
        sig += (sig.empty() ? "" : ", ") + nameOf(f.get()) + ": " + *type;
        if (hasDefault(lib, f.get())) {
            Object* factory = fieldAttr(f.get(), "default_factory");
            std::optional<std::string> d = factory != lib.missing
                                               ? std::optional<std::string>("<factory>")
                                               : in.repr(fieldAttr(f.get(), "default"));
            if (!d)
                return std::nullopt;
            sig += " = " + *d;
        }
    }
    return "(" + sig + ")";
}

// What inspect.signature(cls) finds to describe a class: its metaclass's own __call__, else
// the __new__ or __init__ of the first class of the MRO defining one that is a Python
// function (a program's, or the __init__ a @dataclass wrote); null for object's.
Object* signatureSource(Interpreter& in, rt::TypeObject* cls) {
    auto python = [](ObjRef v) -> Object* {
        if (v && v->tag == rt::Tag::Descriptor &&
            static_cast<rt::DescriptorObject*>(v.get())->kind ==
                rt::DescriptorObject::Kind::StaticMethod)
            v = static_cast<rt::DescriptorObject*>(v.get())->func;
        return v && (v->tag == rt::Tag::Function || v->tag == rt::Tag::Builtin) ? v.get() : nullptr;
    };
    if (cls->metaclass && cls->metaclass->isUser && !cls->metaclass->isLibrary)
        if (Object* call = python(in.lookupInType(cls->metaclass, "__call__")))
            return call;
    for (rt::TypeObject* base : cls->mro) {
        if (!base->isUser && !base->meta)
            continue;
        for (const char* name : {"__new__", "__init__"})
            if (const ObjRef* v = base->dict.find(name))
                return python(*v) ? python(*v) : v->get();
    }
    return nullptr;
}

// _process_class's docstring for a class without one: its name and the text of
// inspect.signature(cls) without ' -> None'.
bool addDoc(Interpreter& in, const Library& lib, rt::TypeObject* cls) {
    if (const ObjRef* doc = cls->dict.find("__doc__")) {
        int t = in.truthy(doc->get());
        if (t != 0)
            return t > 0;
    }
    // A builtin base may give a text signature instead (list's `(iterable=(), /)`); a library
    // class with a metaclass (abc.ABC) is a Python class in CPython, searched as the program's.
    for (rt::TypeObject* base : cls->mro)
        if (!base->isUser && !base->meta && base != in.objectType())
            return static_cast<bool>(
                in.abortUnsupported("the __doc__ @dataclass writes for a subclass of " +
                                    base->name + " is not supported"));
    Object* source = signatureSource(in, cls);
    std::optional<std::string> sig = "()";
    if (source && source->tag == rt::Tag::Function)
        sig = boundSignatureText(in, static_cast<rt::FunctionObject*>(source));
    else if (source && isGeneratedInit(source))
        sig = generatedInitText(in, lib,
                                boundClass(static_cast<rt::BuiltinObject*>(source)->self.get()));
    else if (source)
        return static_cast<bool>(in.abortUnsupported(
            "the __doc__ @dataclass writes for a class whose __init__ or __new__ is not a "
            "function of the program is not supported"));
    if (!sig)
        return false;
    for (std::size_t at = 0; (at = sig->find(" -> None", at)) != std::string::npos;)
        sig->erase(at, 8); // str.replace: the text after a removal is not searched again
    return in.setAttr(cls, "__doc__", in.newStr(cls->name + *sig));
}

} // namespace

bool addMethods(Interpreter& in, const Library& lib, rt::TypeObject* cls, const Options& o,
                bool explicitHash) {
    if (o.init && !addInit(in, lib, cls, o.frozen))
        return false;
    if (o.repr && !addRepr(in, cls))
        return false;
    bool failed = false;
    if (o.eq)
        setNewAttribute(
            in, cls, "__eq__",
            standIn(in, cls, "__eq__", compareMethod<CmpOperator::Eq>, {"self", "other"}), failed);
    if (failed || (o.order && !addOrder(in, cls)) || (o.frozen && !addFrozen(in, lib, cls)) ||
        !addHash(in, cls, o, explicitHash) || !addDoc(in, lib, cls))
        return false;
    if (o.matchArgs) {
        ObjVec names;
        for (const ObjRef& f : initFields(in, classFields(in, cls)))
            if (fieldFlag(in, f.get(), "init"))
                names.push_back(ObjRef(fieldAttr(f.get(), "name")));
        setNewAttribute(in, cls, "__match_args__", in.heap().newTuple(std::move(names)), failed);
    }
    return !failed;
}

bool isGeneratedRepr(const Object* fn) {
    return fn && fn->tag == rt::Tag::Builtin &&
           static_cast<const rt::BuiltinObject*>(fn)->fn == reprMethod;
}

} // namespace dataclasses
} // namespace memstep::core::modules
