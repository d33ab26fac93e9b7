// The @dataclass decorator: dataclass() and _process_class() of CPython 3.11's dataclasses.py,
// step for step in the order they change the class namespace (which the diagram shows).
#include "interp/builtins/builtins_util.h"
#include "modules/stdlib/dataclasses.h"

namespace memstep::core::modules {

using interp::CallArgs;

namespace dataclasses {
namespace {

// dataclass()'s keyword parameters; wrap's closure lists them sorted, as co_freevars does.
constexpr const char* kOptionNames[] = {"init",   "repr",       "eq",      "order", "unsafe_hash",
                                        "frozen", "match_args", "kw_only", "slots", "weakref_slot"};
constexpr std::size_t kOptions = std::size(kOptionNames);

struct Given {
    ObjRef values[kOptions];
};

bool isTrue(Interpreter& in, const ObjRef& o) {
    return in.truthy(o.get()) > 0;
}

// A type whose instances are unhashable: what `default.__class__.__hash__ is None` tests.
bool isUnhashableType(Interpreter& in, rt::TypeObject* t) {
    ObjRef h = in.lookupInType(t, "__hash__");
    if (h)
        return h->tag == rt::Tag::None;
    switch (t->instanceTag) {
    case rt::Tag::List:
    case rt::Tag::Dict:
    case rt::Tag::Set:
    case rt::Tag::Deque:
        return true;
    default:
        return false;
    }
}

// _get_field: the Field for annotation `name: type`, taking over a field() default.
ObjRef getField(Interpreter& in, const Library& lib, rt::TypeObject* cls, const ObjRef& name,
                const ObjRef& type) {
    if (type->tag == rt::Tag::Str) {
        const std::string& t = interp::text(type.get());
        for (const char* word : {"ClassVar", "InitVar", "KW_ONLY"})
            if (t.find(word) != std::string::npos)
                return in.abortUnsupported(
                    std::string("a dataclass field annotated as the text '") + t +
                    "' is not supported");
    }
    ObjRef def = in.lookupInType(cls, interp::text(name.get()));
    ObjRef f;
    if (def && in.typeOf(def.get()) == lib.fieldType) {
        f = def;
    } else {
        CallArgs a;
        ObjRef value = def ? def : ObjRef(lib.missing);
        static const std::string kDefault = "default";
        a.keywords.push_back({&kDefault, value, nullptr});
        f = in.call(lib.module->find("field"), a);
        if (!f)
            return nullptr;
    }
    auto* inst = static_cast<rt::InstanceObject*>(f.get());
    inst->attrs.set("name", name);
    inst->attrs.set("type", type);
    inst->attrs.set("kw_only", in.boolean(false));
    // _is_initvar: the annotation is dataclasses.InitVar or an InitVar[T].
    Object* initVar = lib.module->find("InitVar");
    if (type.get() == initVar || in.typeOf(type.get()) == initVar) {
        if (fieldAttr(f.get(), "default_factory") != lib.missing)
            return in.raise("TypeError",
                            "field " + interp::text(name.get()) + " cannot have a default factory");
        if (!fieldFlag(in, f.get(), "init"))
            return in.abortUnsupported("an InitVar field with init=False is not supported");
        setNativeState(inst, "initvar", in.boolean(true));
        return f; // only a real field's default must be hashable
    }
    Object* d = fieldAttr(f.get(), "default");
    if (isUnhashableType(in, in.typeOf(d))) {
        auto r = in.repr(in.typeOf(d));
        if (!r)
            return nullptr;
        return in.raise("ValueError", "mutable default " + *r + " for field " +
                                          interp::text(name.get()) +
                                          " is not allowed: use default_factory");
    }
    return f;
}

bool setNew(Interpreter& in, rt::TypeObject* cls, const char* name, ObjRef value) {
    return in.setAttr(cls, name, std::move(value));
}

// The fields of the bases (reversed MRO) then of the class's own annotations; false with the
// error set.
bool collectFields(Interpreter& in, const Library& lib, rt::TypeObject* cls, bool frozen,
                   rt::DictObject* fields) {
    bool anyFrozenBase = false, hasDataclassBases = false;
    std::vector<rt::TypeObject*> mro = in.mroOf(cls);
    for (std::size_t i = mro.size(); i-- > 1;) {
        rt::DictObject* base = classFields(in, mro[i]);
        if (!base)
            continue;
        hasDataclassBases = true;
        for (const rt::DictEntry& e : base->entries)
            if (e.key && !in.dictSet(fields, ObjRef(fieldAttr(e.value.get(), "name")), e.value))
                return false;
        Object* params = classParams(in, mro[i]);
        anyFrozenBase = anyFrozenBase || (params && fieldFlag(in, params, "frozen"));
    }
    const ObjRef* annotations = cls->dict.find("__annotations__");
    if (annotations && (*annotations)->tag != rt::Tag::Dict) {
        in.abortUnsupported("a dataclass whose __annotations__ is not a dict is not supported");
        return false;
    }
    ObjVec own;
    if (annotations) {
        const auto entries = static_cast<rt::DictObject*>(annotations->get())->entries;
        for (const rt::DictEntry& e : entries) {
            if (!e.key)
                continue;
            ObjRef f = getField(in, lib, cls, e.key, e.value);
            if (!f)
                return false;
            own.push_back(f);
        }
    }
    for (const ObjRef& f : own) {
        ObjRef name(fieldAttr(f.get(), "name"));
        if (!in.dictSet(fields, name, f))
            return false;
        ObjRef current = in.lookupInType(cls, interp::text(name.get()));
        if (!current || in.typeOf(current.get()) != lib.fieldType)
            continue;
        Object* def = fieldAttr(f.get(), "default");
        if (!(def == lib.missing ? in.delAttr(cls, interp::text(name.get()))
                                 : in.setAttr(cls, interp::text(name.get()), ObjRef(def))))
            return false;
    }
    for (const auto& [name, value] : cls->dict.items) {
        if (in.typeOf(value.get()) != lib.fieldType)
            continue;
        auto* ann = annotations ? static_cast<rt::DictObject*>(annotations->get()) : nullptr;
        bool annotated = false;
        if (ann)
            for (const rt::DictEntry& e : ann->entries)
                annotated = annotated || (e.key && e.key->tag == rt::Tag::Str &&
                                          interp::text(e.key.get()) == name);
        if (!annotated)
            return static_cast<bool>(
                in.raise("TypeError", "'" + name + "' is a field but has no type annotation"));
    }
    if (hasDataclassBases && anyFrozenBase && !frozen)
        return static_cast<bool>(
            in.raise("TypeError", "cannot inherit non-frozen dataclass from a frozen one"));
    if (hasDataclassBases && !anyFrozenBase && frozen)
        return static_cast<bool>(
            in.raise("TypeError", "cannot inherit frozen dataclass from a non-frozen one"));
    return true;
}

// _add_slots(cls, is_frozen, weakref_slot): the class made again by its metaclass from a copy
// of its namespace with `__slots__` the field names and without the fields' class attributes
// (their defaults live on in __init__), so each field is a slot (a member_descriptor, added
// last) and the instances have no __dict__. The class the decorator was given is dropped.
ObjRef addSlots(Interpreter& in, rt::TypeObject* cls, rt::DictObject* fields, bool frozen) {
    if (frozen) // _add_slots gives it __getstate__/__setstate__ functions of dataclasses.py
        return in.abortUnsupported("@dataclass(slots=True, frozen=True) is not supported");
    std::vector<rt::TypeObject*> mro = in.mroOf(cls);
    for (std::size_t i = 1; i + 1 < mro.size(); ++i)
        if (mro[i]->dict.find("__slots__")) // _get_slots leaves out the slots a base has
            return in.abortUnsupported(
                "@dataclass(slots=True) of a class whose base has __slots__ is not supported");
    if (cls->metaclass)
        return in.abortUnsupported(
            "@dataclass(slots=True) of a class with a metaclass is not supported");
    if (cls->qualname != cls->name)
        return in.abortUnsupported(
            "@dataclass(slots=True) of a class defined inside another is not supported");
    ObjVec names = realFields(in, fields);
    for (ObjRef& f : names)
        f = ObjRef(fieldAttr(f.get(), "name"));
    auto ns = in.heap().newDict();
    for (const auto& [name, value] : cls->dict.items) {
        bool isField = false;
        for (const ObjRef& n : names)
            isField = isField || interp::text(n.get()) == name;
        if (!isField && name != "__dict__" && name != "__weakref__" &&
            !in.dictSet(ns.get(), in.newStr(name), value))
            return nullptr;
    }
    if (!in.dictSet(ns.get(), in.newStr("__slots__"), in.heap().newTuple(std::move(names))))
        return nullptr;
    ObjVec bases;
    for (rt::TypeObject* b : cls->bases)
        bases.push_back(ObjRef(b));
    CallArgs a;
    a.positional = {in.newStr(cls->name), in.heap().newTuple(std::move(bases)), ns};
    return in.call(in.typeOf(cls), a);
}

ObjRef processClass(Interpreter& in, const Library& lib, const ObjRef& clsRef, const Given& given) {
    if (clsRef->tag != rt::Tag::Type || !static_cast<rt::TypeObject*>(clsRef.get())->isUser)
        return in.abortUnsupported("@dataclass on a " + std::string(in.typeName(clsRef.get())) +
                                   " that is not a class of the program is not supported");
    auto* cls = static_cast<rt::TypeObject*>(clsRef.get());
    if (cls->isException)
        return in.abortUnsupported("@dataclass on an exception class is not supported");
    for (std::size_t i = 7; i < kOptions; ++i)
        if (i != 8 && isTrue(in, given.values[i])) // all but slots
            return in.abortUnsupported(std::string("@dataclass(") + kOptionNames[i] +
                                       "=True) is not supported");
    Options o;
    bool* flags[] = {&o.init, &o.repr, &o.eq, &o.order, &o.unsafeHash, &o.frozen, &o.matchArgs};
    for (std::size_t i = 0; i < std::size(flags); ++i)
        *flags[i] = isTrue(in, given.values[i]);
    ObjRef params;
    rt::InstanceObject* p = newNativeInstance(in, lib.paramsType, params);
    for (std::size_t i = 0; i < 6; ++i)
        p->attrs.set(kOptionNames[i], given.values[i]);
    setNativeState(p, "module", ObjRef(lib.module));
    if (!setNew(in, cls, "__dataclass_params__", params))
        return nullptr;
    auto fields = in.heap().newDict();
    if (!collectFields(in, lib, cls, o.frozen, fields.get()))
        return nullptr;
    if (!setNew(in, cls, "__dataclass_fields__", fields))
        return nullptr;
    const ObjRef* classHash = cls->dict.find("__hash__");
    bool explicitHash =
        classHash && !((*classHash)->tag == rt::Tag::None && cls->dict.find("__eq__"));
    if (o.order && !o.eq)
        return in.raise("ValueError", "eq must be true if order is true");
    if (!addMethods(in, lib, cls, o, explicitHash))
        return nullptr;
    if (isTrue(in, given.values[8]))
        return addSlots(in, cls, fields.get(), o.frozen);
    return clsRef;
}

// The function dataclass(...) returns without a class: `wrap(cls)`, closing over the options.
// Its bound self is a tuple: the module, then the options in kOptionNames order.
ObjRef wrap(Interpreter& in, Object* self, CallArgs& args) {
    const ObjVec& state = static_cast<rt::TupleObject*>(self)->items;
    if (ObjRef c = interp::takeKeyword(args, "cls"))
        args.positional.insert(args.positional.begin(), c);
    if (!interp::noMoreKeywords(in, args, "wrap"))
        return nullptr;
    if (args.positional.size() != 1)
        return in.raise("TypeError", "dataclass.<locals>.wrap() takes 1 positional argument but " +
                                         std::to_string(args.positional.size()) + " were given");
    Given g;
    for (std::size_t i = 0; i < kOptions; ++i)
        g.values[i] = state[i + 1];
    return processClass(in, library(state[0].get()), args.positional[0], g);
}

} // namespace

ObjRef dataclassFunction(Interpreter& in, Object* module, CallArgs& args) {
    Given g;
    for (std::size_t i = 0; i < kOptions; ++i) {
        g.values[i] = interp::takeKeyword(args, kOptionNames[i]);
        if (!g.values[i])
            g.values[i] = in.boolean(i < 3 || i == 6); // init, repr, eq, match_args
    }
    if (!args.keywords.empty())
        return in.raise("TypeError", "dataclass() got an unexpected keyword argument '" +
                                         *args.keywords[0].name + "'");
    if (args.positional.size() > 1)
        return in.raise("TypeError", "dataclass() takes from 0 to 1 positional arguments but " +
                                         std::to_string(args.positional.size()) + " were given");
    if (!args.positional.empty() && args.positional[0]->tag != rt::Tag::None)
        return processClass(in, library(module), args.positional[0], g);
    ObjVec state = {ObjRef(module)};
    for (const ObjRef& v : g.values)
        state.push_back(v);
    ObjRef fn = in.makeBuiltin("wrap", wrap, in.heap().newTuple(state));
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = "dataclass.<locals>.wrap";
    sig->params = {"cls"};
    sig->positional = 1;
    std::vector<std::pair<std::string, ObjRef>> closure;
    for (std::size_t i = 0; i < kOptions; ++i)
        closure.emplace_back(kOptionNames[i], g.values[i]);
    std::sort(closure.begin(), closure.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    sig->closure = std::move(closure);
    static_cast<rt::BuiltinObject*>(fn.get())->python = std::move(sig);
    return fn;
}

} // namespace dataclasses
} // namespace memstep::core::modules
