// The registry of built-in modules (see modules.h).
#include "modules/modules.h"

#include "interp/attributes/library_class.h"
#include "interp/builtins/builtins_util.h"

#include <algorithm>
#include <cstdio>

namespace memstep::core::modules {

using interp::CallArgs;

namespace {

struct ModuleDef {
    const char* name;
    void (*fill)(Interpreter&, rt::ModuleObject&);
};

// One line per module, each naming the file that writes it.
constexpr ModuleDef kModules[] = {
    {"math", fillMath},                      // math_module.cpp
    {"random", fillRandom},                  // random_module.cpp
    {"copy", fillCopy},                      // copy_module.cpp
    {"collections", fillCollections},        // collections_module.cpp
    {"collections.abc", fillCollectionsAbc}, // collections_abc.cpp
    {"heapq", fillHeapq},                    // heapq_module.cpp
    {"bisect", fillBisect},                  // bisect_module.cpp
    {"functools", fillFunctools},            // functools_module.cpp
    {"itertools", fillItertools},            // itertools_module.cpp
    {"operator", fillOperator},              // operator_module.cpp
    {"string", fillString},                  // string_module.cpp
    {"doctest", fillDoctest},                // doctest/doctest_module.cpp
    {"dataclasses", fillDataclasses},        // stdlib/dataclasses_module.cpp
    {"typing", fillTyping},                  // typing/typing_module.cpp
    {"enum", fillEnum},                      // stdlib/enum_module.cpp
    {"abc", fillAbc},                        // stdlib/abc_module.cpp
    {"sys", fillSys},                        // stdlib/sys_module.cpp
    {"fractions", fillFractions},            // stdlib/fractions_module.cpp
    {"statistics", fillStatistics},          // stdlib/statistics_module.cpp
    {"re", fillRe},                          // re/re_module.cpp
    {"cmath", fillCmath},                    // cmath/cmath_module.cpp
    {"io", fillIo},                          // io/io_module.cpp
    {"time", fillTime},                      // io/time_module.cpp
    {"datetime", fillDatetime},              // datetime/datetime_module.cpp
    {"decimal", fillDecimal},                // decimal/decimal_module.cpp
    {"array", fillArray},                    // array/array_module.cpp
    {"weakref", fillWeakref},                // weakref/weakref_module.cpp
    {"struct", fillStruct},                  // struct/struct_module.cpp
    {"errno", fillErrno},                    // stdlib/errno_module.cpp
    {"pprint", fillPprint},                  // pprint/pprint_module.cpp
    {"queue", fillQueue},                    // queue/queue_classes.cpp
};

bool isKnownModule(std::string_view name) {
    for (const ModuleDef& d : kModules)
        if (name == d.name)
            return true;
    return false;
}

std::vector<std::string> starNames(std::string_view name) {
    // random and copy define __all__ with names memstep does not all have (SystemRandom,
    // betavariate, copy.Error...), so only math, struct and queue can bind exactly what CPython
    // binds.
    if (name == "struct")
        return structAll();
    if (name == "queue")
        return queueAll();
    if (name != "math")
        return {};
    // math has no __all__: every public name, in the order of its module dict.
    return {"acos",  "acosh",    "asin",    "asinh",     "atan",      "atan2",     "atanh", "cbrt",
            "ceil",  "copysign", "cos",     "cosh",      "degrees",   "dist",      "erf",   "erfc",
            "exp",   "exp2",     "expm1",   "fabs",      "factorial", "floor",     "fmod",  "frexp",
            "fsum",  "gamma",    "gcd",     "hypot",     "isclose",   "isfinite",  "isinf", "isnan",
            "isqrt", "lcm",      "ldexp",   "lgamma",    "log",       "log1p",     "log10", "log2",
            "modf",  "pow",      "radians", "remainder", "sin",       "sinh",      "sqrt",  "tan",
            "tanh",  "trunc",    "prod",    "perm",      "comb",      "nextafter", "ulp",   "pi",
            "e",     "tau",      "inf",     "nan"};
}

bool isMissingAttribute(std::string_view module, std::string_view name) {
    // The rest of each module's namespace in CPython 3.11 (dir(module) minus what memstep
    // provides), sorted for binary search.
    static const std::vector<std::string_view> kRandom = {
        "BPF",
        "LOG4",
        "NV_MAGICCONST",
        "RECIP_BPF",
        "SG_MAGICCONST",
        "SystemRandom",
        "TWOPI",
        "_ONE",
        "_Sequence",
        "_Set",
        "__all__",
        "_accumulate",
        "_acos",
        "_bisect",
        "_ceil",
        "_cos",
        "_e",
        "_exp",
        "_floor",
        "_index",
        "_inst",
        "_isfinite",
        "_log",
        "_os",
        "_pi",
        "_random",
        "_repeat",
        "_sha512",
        "_sin",
        "_sqrt",
        "_test",
        "_test_generator",
        "_urandom",
        "_warn",
        "betavariate",
        "expovariate",
        "gammavariate",
        "getstate",
        "lognormvariate",
        "normalvariate",
        "paretovariate",
        "randbytes",
        "setstate",
        "triangular",
        "vonmisesvariate",
        "weibullvariate",
    };
    static const std::vector<std::string_view> kCopy = {
        "Error",
        "__all__",
        "_copy_dispatch",
        "_copy_immutable",
        "_deepcopy_atomic",
        "_deepcopy_dict",
        "_deepcopy_dispatch",
        "_deepcopy_list",
        "_deepcopy_method",
        "_deepcopy_tuple",
        "_keep_alive",
        "_reconstruct",
        "dispatch_table",
        "error",
    };
    if (module == "collections" || module == "collections.abc")
        return module == "collections" ? isMissingCollectionsAttribute(name)
                                       : isMissingCollectionsAbcAttribute(name);
    if (module == "doctest")
        return isMissingDoctestAttribute(name);
    if (isMissingCourseAttribute(module, name))
        return true;
    if (module == "dataclasses")
        return isMissingDataclassesAttribute(name);
    if (module == "typing")
        return isMissingTypingAttribute(name);
    if (module == "enum")
        return isMissingEnumAttribute(name);
    if (module == "abc")
        return isMissingAbcAttribute(name);
    if (module == "sys")
        return isMissingSysAttribute(name);
    if (module == "fractions")
        return isMissingFractionsAttribute(name);
    if (module == "statistics")
        return isMissingStatisticsAttribute(name);
    if (module == "re")
        return isMissingReAttribute(name);
    if (module == "cmath")
        return isMissingCmathAttribute(name);
    if (module == "io")
        return isMissingIoAttribute(name);
    if (module == "time")
        return isMissingTimeAttribute(name);
    if (module == "datetime")
        return isMissingDatetimeAttribute(name);
    if (module == "decimal")
        return isMissingDecimalAttribute(name);
    if (module == "array")
        return isMissingArrayAttribute(name);
    if (module == "weakref")
        return isMissingWeakrefAttribute(name);
    if (module == "struct")
        return isMissingStructAttribute(name);
    if (module == "pprint")
        return isMissingPprintAttribute(name);
    if (module == "queue")
        return isMissingQueueAttribute(name);
    if (module == "math")
        return isModuleDunder(ModuleOrigin::Extension, name);
    if (module == "errno")
        return isModuleDunder(ModuleOrigin::BuiltIn, name);
    if (module != "random" && module != "copy")
        return false;
    const auto& names = module == "random" ? kRandom : kCopy;
    return isModuleDunder(ModuleOrigin::Source, name) ||
           std::binary_search(names.begin(), names.end(), name);
}

ObjRef makeModule(Interpreter& in, std::string_view name) {
    for (const ModuleDef& d : kModules) {
        if (name != d.name)
            continue;
        auto* m = in.heap().make<rt::ModuleObject>();
        ObjRef out(m);
        m->name = d.name;
        d.fill(in, *m);
        return out;
    }
    return nullptr;
}

class StandardLibrary final : public interp::ModuleLibrary {
public:
    bool isKnown(std::string_view name) const override { return isKnownModule(name); }
    std::vector<std::string> starNames(std::string_view name) const override {
        return modules::starNames(name);
    }
    bool isMissingAttribute(std::string_view module, std::string_view name) const override {
        return modules::isMissingAttribute(module, name);
    }
    ObjRef make(Interpreter& in, std::string_view name) const override {
        return makeModule(in, name);
    }
    void addBuiltins(Interpreter& in) const override { addMemoryViewBuiltin(in); }
};

} // namespace

bool isModuleDunder(ModuleOrigin origin, std::string_view name) {
    if (name == "__doc__" || name == "__loader__" || name == "__package__" || name == "__spec__")
        return true;
    if (name == "__file__")
        return origin != ModuleOrigin::BuiltIn;
    if (name == "__builtins__")
        return origin == ModuleOrigin::Frozen || origin == ModuleOrigin::Source;
    if (name == "__cached__")
        return origin == ModuleOrigin::Source;
    return false;
}

void addFunction(Interpreter& in, rt::ModuleObject& m, const char* name, rt::NativeFn fn,
                 bool bound) {
    m.set(name, in.makeBuiltin(name, fn, bound ? ObjRef(&m) : ObjRef()));
}

void addPythonFunction(Interpreter& in, rt::ModuleObject& m, const char* name, rt::NativeFn fn,
                       std::vector<std::string> params, ObjVec defaults) {
    ObjRef func = in.makeBuiltin(name, fn);
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = name;
    sig->positional = params.size();
    sig->params = std::move(params);
    sig->defaults = std::move(defaults);
    static_cast<rt::BuiltinObject*>(func.get())->python = std::move(sig);
    m.set(name, std::move(func));
}

void addPythonMethod(Interpreter& in, rt::TypeObject* t, const char* name, rt::NativeFn fn,
                     std::vector<std::string> params, ObjVec defaults, std::size_t keywordOnly) {
    ObjRef func = in.makeBuiltin(name, fn, ObjRef(t));
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = t->name + "." + name;
    sig->positional = params.size() - keywordOnly;
    sig->params = std::move(params);
    sig->defaults = std::move(defaults);
    static_cast<rt::BuiltinObject*>(func.get())->python = std::move(sig);
    t->dict.set(name, std::move(func));
}

rt::TypeObject* makeNativeType(Interpreter& in, const char* module, const char* name,
                               rt::NativeFn construct) {
    auto* t = in.heap().make<rt::TypeObject>();
    in.keepAlive(ObjRef(t));
    t->name = name;
    t->qualname = std::string(module) + "." + name; // its repr: <class 'functools.partial'>
    t->instanceTag = rt::Tag::Instance;
    t->construct = construct;
    return t;
}

rt::InstanceObject* newNativeInstance(Interpreter& in, rt::TypeObject* cls, ObjRef& out) {
    auto* inst = in.heap().make<rt::InstanceObject>();
    out = ObjRef(inst);
    inst->cls = cls;
    return inst;
}

// A space starts every key: no attribute name a program writes can contain one.
void setNativeState(rt::InstanceObject* self, std::string_view key, ObjRef value) {
    self->attrs.set(std::string(" ") + std::string(key), std::move(value));
}

Object* nativeState(Object* self, std::string_view key) {
    const ObjRef* v =
        static_cast<rt::InstanceObject*>(self)->attrs.find(std::string(" ") + std::string(key));
    return v ? v->get() : nullptr;
}

rt::TypeObject* makeNativeClass(Interpreter& in, const char* module, const char* name,
                                const rt::Metaclass* meta) {
    auto* t = in.heap().make<rt::TypeObject>();
    initNativeClass(in, t, module, name, meta);
    return t;
}

void initNativeClass(Interpreter& in, rt::TypeObject* t, const char* module, const char* name,
                     const rt::Metaclass* meta) {
    interp::initLibraryClass(in, t, std::string(module) + "." + name, module, name);
    t->meta = meta;
}

void addNativeMethod(Interpreter& in, rt::TypeObject* t, const char* name, rt::NativeFn fn) {
    interp::addMethodDescriptor(in, t, name, fn);
}

void addNativeProperty(Interpreter& in, rt::TypeObject* t, const char* name, rt::NativeFn getter) {
    ObjRef g = in.makeBuiltin(name, getter);
    auto* b = static_cast<rt::BuiltinObject*>(g.get());
    b->kind = rt::BuiltinKind::MethodDescriptor;
    b->owner = t;
    auto* p = in.heap().make<rt::DescriptorObject>();
    p->kind = rt::DescriptorObject::Kind::Property;
    p->getter = std::move(g);
    t->dict.set(name, ObjRef(p));
}

namespace {

struct SequenceIter final : rt::NativeIterState {
    ObjRef sequence;
    const Object* self = nullptr; // the iterator object owning this state
    const char* reprName = "";
    ItemAt itemAt = nullptr;
    std::size_t pos = 0;
    ObjRef next(Interpreter& in) override {
        if (!sequence)
            return nullptr;
        ObjRef v = itemAt(in, sequence.get(), pos);
        if (!v && !in.hasException())
            sequence = nullptr;
        ++pos;
        return v;
    }
    void dropReferences() override { sequence = nullptr; }
    int repr(Interpreter& in, std::string& out) override {
        out += std::string("<") + reprName + " object at " + hexId(in, const_cast<Object*>(self)) +
               ">";
        return 1;
    }
};

} // namespace

ObjRef newSequenceIterator(Interpreter& in, rt::InstanceObject* sequence, const char* typeName,
                           const char* reprName, ItemAt itemAt) {
    auto state = std::make_unique<SequenceIter>();
    state->sequence = ObjRef(sequence);
    state->reprName = reprName;
    state->itemAt = itemAt;
    auto* it = in.heap().make<rt::IteratorObject>();
    ObjRef out(it);
    state->self = it;
    it->kind = rt::IteratorObject::Kind::Native;
    it->nativeType = static_cast<rt::TypeObject*>(sequence->cls->dict.find(" iterator")->get());
    it->typeName = typeName;
    it->native = std::move(state);
    return out;
}

namespace {
// Bound to the str naming the attribute (`Class.name`).
ObjRef refusedMethod(Interpreter& in, Object* what, CallArgs&) {
    return in.abortUnsupported(interp::text(what) + " is not supported");
}
} // namespace

void addRefusedMethod(Interpreter& in, rt::TypeObject* t, const char* name) {
    // A classmethod wrapping a builtin bound to the str naming it: read from the class or an
    // instance it is a method, and calling it is refused, by name.
    std::string what = t->name + "." + name;
    auto* d = in.heap().make<rt::DescriptorObject>();
    d->kind = rt::DescriptorObject::Kind::ClassMethod;
    d->func = in.makeBuiltin(name, refusedMethod, in.newStr(what));
    t->dict.set(name, ObjRef(d));
}

void addRefusedAttribute(Interpreter& in, rt::TypeObject* t, const char* name) {
    // A property whose getter refuses: reading it from an instance is refused, by name.
    std::string what = t->name + "." + name;
    ObjRef g = in.makeBuiltin(what, refusedMethod, in.newStr(what));
    auto* p = in.heap().make<rt::DescriptorObject>();
    p->kind = rt::DescriptorObject::Kind::Property;
    p->getter = std::move(g);
    t->dict.set(name, ObjRef(p));
}

// A Python function's arguments bound to its parameters as CPython binds a Python call,
// with its errors in its order (unexpected or repeated keywords, too many positional
// arguments, missing ones): keywords naming positional parameters become positional
// (`randint(a=1, b=6)`), keyword-only ones stay for the native function, trailing parameters
// nobody passed stay absent for the native's defaults. A method's `args` start with its self,
// counted as CPython counts `self`.
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

ObjRef callMethod(Interpreter& in, Object* self, const char* name, ObjVec args) {
    ObjRef method = in.getAttr(self, name);
    if (!method)
        return nullptr;
    CallArgs a;
    a.positional = std::move(args);
    return in.call(method.get(), a);
}

std::string hexId(Interpreter& in, Object* o) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(in.pyId(o)));
    return buf;
}

ObjRef libraryObjectRepr(Interpreter& in, Object* self, CallArgs&) {
    rt::TypeObject* cls = in.typeOf(self);
    const ObjRef* module = cls->dict.find("__module__");
    std::string where = module && (*module)->tag == rt::Tag::Str ? interp::text(module->get()) : "";
    const std::string name =
        cls->isLibrary && cls->nameObject ? interp::text(cls->nameObject.get()) : cls->qualname;
    return in.newStr("<" + (where.empty() ? "" : where + ".") + name + " object at " +
                     hexId(in, self) + ">");
}

bool isCallable(Interpreter& in, Object* o) {
    CallArgs a;
    a.positional.push_back(ObjRef(o));
    ObjRef verdict = in.call(in.builtin("callable").get(), a);
    return verdict && verdict.get() == in.boolean(true).get();
}

const interp::ModuleLibrary& standardLibrary() {
    static const StandardLibrary kLibrary;
    return kLibrary;
}

} // namespace memstep::core::modules
