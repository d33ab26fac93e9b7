// The dataclasses module's functions other than the decorator: field(), fields(), asdict(),
// astuple(), replace(), is_dataclass(), and the module object itself (see dataclasses.h).
#include "interp/builtins/builtins_util.h"
#include "modules/stdlib/dataclasses.h"

namespace memstep::core::modules {

using interp::CallArgs;

namespace dataclasses {

Library library(Object* module) {
    Library lib;
    lib.module = static_cast<rt::ModuleObject*>(module);
    lib.missing = lib.module->find("MISSING");
    lib.hasFactory = lib.module->find("_HAS_DEFAULT_FACTORY");
    lib.fieldType = static_cast<rt::TypeObject*>(lib.module->find("Field"));
    lib.paramsType = static_cast<rt::TypeObject*>(lib.module->find("_DataclassParams"));
    return lib;
}

Object* fieldAttr(Object* field, const char* name) {
    const ObjRef* v = static_cast<rt::InstanceObject*>(field)->attrs.find(name);
    return v ? v->get() : nullptr;
}

bool fieldFlag(Interpreter& in, Object* field, const char* name) {
    Object* v = fieldAttr(field, name);
    return v && in.truthy(v) > 0;
}

bool isLibraryObject(const Object* o, std::string_view typeName) {
    if (!o || o->tag != rt::Tag::Instance)
        return false;
    const rt::TypeObject* t = static_cast<const rt::InstanceObject*>(o)->cls;
    return !t->isUser && t->qualname == "dataclasses." + std::string(typeName);
}

rt::DictObject* classFields(Interpreter& in, rt::TypeObject* cls) {
    if (!cls->isUser)
        return nullptr;
    ObjRef f = in.lookupInType(cls, "__dataclass_fields__");
    if (!f || f->tag != rt::Tag::Dict)
        return nullptr;
    // Only what @dataclass wrote: a program's own __dataclass_fields__ is no dataclass here.
    for (const rt::DictEntry& e : static_cast<rt::DictObject*>(f.get())->entries)
        if (e.key && !isLibraryObject(e.value.get(), "Field"))
            return nullptr;
    return static_cast<rt::DictObject*>(f.get());
}

Object* classParams(Interpreter& in, rt::TypeObject* cls) {
    ObjRef p = in.lookupInType(cls, "__dataclass_params__");
    return isLibraryObject(p.get(), "_DataclassParams") ? p.get() : nullptr;
}

bool isInitVar(Object* field) {
    return nativeState(field, "initvar") != nullptr;
}

ObjVec initFields(Interpreter&, rt::DictObject* fields) {
    ObjVec out;
    if (!fields)
        return out; // a class whose __dataclass_fields__ the program replaced
    for (const rt::DictEntry& e : fields->entries)
        if (e.key && !nativeState(e.value.get(), "classvar"))
            out.push_back(e.value);
    return out;
}

ObjVec realFields(Interpreter& in, rt::DictObject* fields) {
    ObjVec out = initFields(in, fields);
    std::erase_if(out, [](const ObjRef& f) { return isInitVar(f.get()); });
    return out;
}

namespace {

// field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
// compare=True, metadata=None, kw_only=MISSING); self is the module.
ObjRef field(Interpreter& in, Object* module, CallArgs& args) {
    Library lib = library(module);
    if (!args.positional.empty())
        return in.raise("TypeError", "field() takes 0 positional arguments but " +
                                         std::to_string(args.positional.size()) +
                                         (args.positional.size() == 1 ? " was" : " were") +
                                         " given");
    ObjRef def = interp::takeKeyword(args, "default");
    ObjRef factory = interp::takeKeyword(args, "default_factory");
    ObjRef init = interp::takeKeyword(args, "init");
    ObjRef repr = interp::takeKeyword(args, "repr");
    ObjRef hash = interp::takeKeyword(args, "hash");
    ObjRef compare = interp::takeKeyword(args, "compare");
    ObjRef metadata = interp::takeKeyword(args, "metadata");
    ObjRef kwOnly = interp::takeKeyword(args, "kw_only");
    if (!args.keywords.empty())
        return in.raise("TypeError", "field() got an unexpected keyword argument '" +
                                         *args.keywords[0].name + "'");
    if (kwOnly && kwOnly.get() != lib.missing)
        return in.abortUnsupported("field(kw_only=...) is not supported");
    if (metadata && metadata->tag != rt::Tag::None)
        return in.abortUnsupported("field(metadata=...) is not supported");
    ObjRef missing(lib.missing);
    if (!def)
        def = missing;
    if (!factory)
        factory = missing;
    if (def.get() != lib.missing && factory.get() != lib.missing)
        return in.raise("ValueError", "cannot specify both default and default_factory");
    ObjRef out;
    rt::InstanceObject* f = newNativeInstance(in, lib.fieldType, out);
    // Field.__init__'s order of assignments.
    f->attrs.set("name", in.none());
    f->attrs.set("type", in.none());
    f->attrs.set("default", def);
    f->attrs.set("default_factory", factory);
    f->attrs.set("init", init ? init : in.boolean(true));
    f->attrs.set("repr", repr ? repr : in.boolean(true));
    f->attrs.set("hash", hash ? hash : in.none());
    f->attrs.set("compare", compare ? compare : in.boolean(true));
    f->attrs.set("kw_only", missing);
    return out;
}

rt::DictObject* fieldsOf(Interpreter& in, Object* classOrInstance) {
    rt::TypeObject* cls = classOrInstance->tag == rt::Tag::Type
                              ? static_cast<rt::TypeObject*>(classOrInstance)
                              : in.typeOf(classOrInstance);
    return classFields(in, cls);
}

bool oneArgument(Interpreter& in, CallArgs& args, const char* name, const char* param) {
    if (ObjRef a = interp::takeKeyword(args, param))
        args.positional.insert(args.positional.begin(), a);
    if (!args.keywords.empty()) {
        in.raise("TypeError", std::string(name) + "() got an unexpected keyword argument '" +
                                  *args.keywords[0].name + "'");
        return false;
    }
    if (args.positional.size() == 1)
        return true;
    if (args.positional.empty())
        in.raise("TypeError",
                 std::string(name) + "() missing 1 required positional argument: '" + param + "'");
    else
        in.raise("TypeError", std::string(name) + "() takes 1 positional argument but " +
                                  std::to_string(args.positional.size()) + " were given");
    return false;
}

ObjRef fields(Interpreter& in, Object*, CallArgs& args) {
    if (!oneArgument(in, args, "fields", "class_or_instance"))
        return nullptr;
    rt::DictObject* all = fieldsOf(in, args.positional[0].get());
    if (!all)
        return in.raise("TypeError", "must be called with a dataclass type or instance");
    return in.heap().newTuple(realFields(in, all));
}

ObjRef isDataclass(Interpreter& in, Object*, CallArgs& args) {
    if (!oneArgument(in, args, "is_dataclass", "obj"))
        return nullptr;
    Object* o = args.positional[0].get();
    rt::TypeObject* cls = o->tag == rt::Tag::Type ? static_cast<rt::TypeObject*>(o) : in.typeOf(o);
    // hasattr(cls, '__dataclass_fields__'), whatever the program may have put there.
    if (!fieldsOf(in, o) && cls->isUser && in.lookupInType(cls, "__dataclass_fields__"))
        return in.abortUnsupported("is_dataclass() of a class with its own __dataclass_fields__ "
                                   "is not supported");
    return in.boolean(fieldsOf(in, o) != nullptr);
}

bool isDataclassInstance(Interpreter& in, Object* o) {
    return o->tag != rt::Tag::Type && classFields(in, in.typeOf(o));
}

// _asdict_inner / _astuple_inner: dataclass instances become dicts (tuples), lists and tuples
// and dicts are rebuilt, anything else is copy.deepcopy()'d, which returns atomic values
// themselves; other values would be copied, which is not supported.
ObjRef inner(Interpreter& in, Object* o, bool asDict) {
    if (in.pollStop())
        return nullptr;
    if (isDataclassInstance(in, o)) {
        ObjVec values;
        auto d = in.heap().newDict();
        for (const ObjRef& f : realFields(in, classFields(in, in.typeOf(o)))) {
            ObjRef name(fieldAttr(f.get(), "name"));
            ObjRef v = in.getAttr(o, interp::text(name.get()));
            ObjRef value = v ? inner(in, v.get(), asDict) : nullptr;
            if (!value || (asDict && !in.dictSet(d.get(), name, value)))
                return nullptr;
            values.push_back(value);
        }
        return asDict ? ObjRef(d) : in.heap().newTuple(std::move(values));
    }
    // type(obj)(...) rebuilds these: a library's type, or a program's subclass of list or dict.
    if (Interpreter::namedTupleType(o) || Interpreter::libraryDictType(o) || o->subclassed)
        return in.abortUnsupported(std::string("dataclasses.") + (asDict ? "asdict" : "astuple") +
                                   "() of a field holding a " + in.typeName(o) +
                                   " is not supported");
    switch (o->tag) {
    case rt::Tag::List:
    case rt::Tag::Tuple: {
        ObjVec items;
        for (const ObjRef& item : o->tag == rt::Tag::List
                                      ? static_cast<rt::ListObject*>(o)->items
                                      : static_cast<rt::TupleObject*>(o)->items) {
            ObjRef v = inner(in, item.get(), asDict);
            if (!v)
                return nullptr;
            items.push_back(v);
        }
        if (o->tag == rt::Tag::Tuple)
            return in.heap().newTuple(std::move(items));
        CallArgs a;
        a.positional.push_back(in.heap().newTuple(std::move(items)));
        return in.call(in.builtin("list").get(), a);
    }
    case rt::Tag::Dict: {
        auto d = in.heap().newDict();
        const auto entries = static_cast<rt::DictObject*>(o)->entries;
        for (const rt::DictEntry& e : entries) {
            if (!e.key)
                continue;
            ObjRef k = inner(in, e.key.get(), asDict);
            ObjRef v = k ? inner(in, e.value.get(), asDict) : nullptr;
            if (!v || !in.dictSet(d.get(), k, v))
                return nullptr;
        }
        return d;
    }
    case rt::Tag::None:
    case rt::Tag::Bool:
    case rt::Tag::Int:
    case rt::Tag::Float:
    case rt::Tag::Str:
    case rt::Tag::Range:
    case rt::Tag::Function:
    case rt::Tag::Builtin:
    case rt::Tag::Type:
        return ObjRef(o);
    default:
        return in.abortUnsupported(std::string("dataclasses.") + (asDict ? "asdict" : "astuple") +
                                   "() of a field holding a " + in.typeName(o) +
                                   " (copy.deepcopy) is not supported");
    }
}

ObjRef asdictOrAstuple(Interpreter& in, CallArgs& args, bool asDict) {
    const char* name = asDict ? "asdict" : "astuple";
    if (interp::takeKeyword(args, asDict ? "dict_factory" : "tuple_factory"))
        return in.abortUnsupported(std::string("dataclasses.") + name + "(" +
                                   (asDict ? "dict_factory" : "tuple_factory") +
                                   "=...) is not supported");
    if (!oneArgument(in, args, name, "obj"))
        return nullptr;
    if (!isDataclassInstance(in, args.positional[0].get()))
        return in.raise("TypeError",
                        std::string(name) + "() should be called on dataclass instances");
    return inner(in, args.positional[0].get(), asDict);
}

ObjRef asdict(Interpreter& in, Object*, CallArgs& args) {
    return asdictOrAstuple(in, args, true);
}

ObjRef astuple(Interpreter& in, Object*, CallArgs& args) {
    return asdictOrAstuple(in, args, false);
}

// replace(obj, /, **changes): the class called with the changes, then every other init field.
ObjRef replace(Interpreter& in, Object*, CallArgs& args) {
    if (args.positional.size() != 1)
        return in.raise("TypeError", args.positional.empty()
                                         ? "replace() missing 1 required positional argument: 'obj'"
                                         : "replace() takes 1 positional argument but " +
                                               std::to_string(args.positional.size()) +
                                               " were given");
    Object* obj = args.positional[0].get();
    if (!isDataclassInstance(in, obj))
        return in.raise("TypeError", "replace() should be called on dataclass instances");
    for (const ObjRef& f : initFields(in, classFields(in, in.typeOf(obj))))
        if (isInitVar(f.get())) // replace() reads an InitVar the call does not give from obj
            return in.abortUnsupported("replace() of a dataclass with an InitVar is not supported");
    CallArgs call;
    call.keywords = args.keywords;
    for (const ObjRef& f : realFields(in, classFields(in, in.typeOf(obj)))) {
        const std::string& name = interp::text(fieldAttr(f.get(), "name"));
        bool given = false;
        for (const rt::KwArg& k : args.keywords)
            given = given || *k.name == name;
        if (!fieldFlag(in, f.get(), "init")) {
            if (given)
                return in.raise("ValueError", "field " + name +
                                                  " is declared with init=False, it cannot be "
                                                  "specified with replace()");
            continue;
        }
        if (given)
            continue;
        ObjRef v = in.getAttr(obj, name);
        if (!v)
            return nullptr;
        call.keywords.push_back({&name, v, ObjRef(fieldAttr(f.get(), "name"))});
    }
    return in.call(in.typeOf(obj), call);
}

void addStandIn(Interpreter& in, rt::ModuleObject& m, const char* name, rt::NativeFn fn,
                std::vector<std::string> params, std::size_t positional, ObjVec defaults = {}) {
    ObjRef f = in.makeBuiltin(name, fn, ObjRef(&m));
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = name;
    sig->params = std::move(params);
    sig->positional = positional;
    sig->defaults = std::move(defaults);
    static_cast<rt::BuiltinObject*>(f.get())->python = std::move(sig);
    m.set(name, std::move(f));
}

// A Field's or _DataclassParams' slots, read as attributes (its hidden state is not).
ObjRef slotAttr(Interpreter&, Object* self, const std::string& name) {
    if (name.empty() || name[0] == ' ')
        return nullptr;
    return ObjRef(fieldAttr(self, name.c_str()));
}

ObjRef noConstruct(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("creating dataclasses' own objects directly is not supported");
}

// InitVar(type): an object with a slot `type`, which InitVar[T] (its __class_getitem__) makes.
ObjRef initVarNew(Interpreter& in, Object* cls, CallArgs& args) {
    if (ObjRef t = interp::takeKeyword(args, "type")) {
        if (!args.positional.empty())
            return in.raise("TypeError",
                            "InitVar.__init__() got multiple values for argument 'type'");
        args.positional.push_back(std::move(t));
    }
    if (!args.keywords.empty())
        return in.raise("TypeError", "InitVar.__init__() got an unexpected keyword argument '" +
                                         *args.keywords.front().name + "'");
    if (args.positional.size() != 1)
        return in.raise("TypeError",
                        args.positional.empty()
                            ? "InitVar.__init__() missing 1 required positional argument: 'type'"
                            : "InitVar.__init__() takes 2 positional arguments but " +
                                  std::to_string(args.positional.size() + 1) + " were given");
    ObjRef out;
    rt::InstanceObject* v = newNativeInstance(in, static_cast<rt::TypeObject*>(cls), out);
    setNativeState(v, "type", args.positional[0]);
    return out;
}

ObjRef initVarGetItem(Interpreter& in, Object* cls, CallArgs& args) {
    return initVarNew(in, cls, args);
}

ObjRef initVarAttr(Interpreter&, Object* self, const std::string& name) {
    return name == "type" ? ObjRef(nativeState(self, "type")) : nullptr;
}

// 'dataclasses.InitVar[int]': a class by its __name__, anything else by its repr.
ObjRef initVarRepr(Interpreter& in, Object* self, CallArgs&) {
    Object* t = nativeState(self, "type");
    std::string shown;
    if (t->tag == rt::Tag::Type) {
        ObjRef name = in.getAttr(t, "__name__");
        if (!name)
            return nullptr;
        auto s = in.str(name.get());
        if (!s)
            return nullptr;
        shown = *s;
    } else {
        auto r = in.repr(t);
        if (!r)
            return nullptr;
        shown = *r;
    }
    return in.newStr("dataclasses.InitVar[" + shown + "]");
}

const rt::Metaclass kInitVarMeta = [] {
    rt::Metaclass m;
    m.getItem = initVarGetItem;
    return m;
}();

} // namespace
} // namespace dataclasses

void fillDataclasses(Interpreter& in, rt::ModuleObject& m) {
    using namespace dataclasses;
    auto sentinel = [&](const char* typeName, const char* name) {
        ObjRef o;
        newNativeInstance(in, makeNativeType(in, "dataclasses", typeName, noConstruct), o);
        m.set(name, o);
    };
    sentinel("_MISSING_TYPE", "MISSING");
    sentinel("_HAS_DEFAULT_FACTORY_CLASS", "_HAS_DEFAULT_FACTORY");
    for (const char* name : {"Field", "_DataclassParams"}) {
        rt::TypeObject* t = makeNativeType(in, "dataclasses", name, noConstruct);
        t->instanceAttr = slotAttr;
        m.set(name, ObjRef(t));
    }
    rt::TypeObject* initVar = makeNativeType(in, "dataclasses", "InitVar", initVarNew);
    initVar->instanceAttr = initVarAttr;
    initVar->reprInstance = initVarRepr;
    initVar->meta = &kInitVarMeta;
    m.set("InitVar", ObjRef(initVar));
    rt::TypeObject* frozen = in.exceptionType("FrozenInstanceError");
    frozen->base = in.exceptionType("AttributeError");
    frozen->qualname = "dataclasses.FrozenInstanceError";
    m.set("FrozenInstanceError", ObjRef(frozen));
    addStandIn(in, m, "dataclass", dataclassFunction,
               {"cls", "init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args",
                "kw_only", "slots", "weakref_slot"},
               1, {in.none()});
    addStandIn(
        in, m, "field", field,
        {"default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"},
        0);
    addStandIn(in, m, "fields", fields, {"class_or_instance"}, 1);
    addStandIn(in, m, "asdict", asdict, {"obj", "dict_factory"}, 1);
    addStandIn(in, m, "astuple", astuple, {"obj", "tuple_factory"}, 1);
    addStandIn(in, m, "replace", replace, {"obj", "changes"}, 1);
    addStandIn(in, m, "is_dataclass", isDataclass, {"obj"}, 1);
}

bool isMissingDataclassesAttribute(std::string_view name) {
    // dir(dataclasses) in CPython 3.11 that memstep's module lacks.
    static const char* const kMissing[] = {"FunctionType",
                                           "GenericAlias",
                                           "KW_ONLY",
                                           "_EMPTY_METADATA",
                                           "_FIELD",
                                           "_FIELDS",
                                           "_FIELD_BASE",
                                           "_FIELD_CLASSVAR",
                                           "_FIELD_INITVAR",
                                           "_HAS_DEFAULT_FACTORY_CLASS",
                                           "_KW_ONLY_TYPE",
                                           "_MISSING_TYPE",
                                           "_MODULE_IDENTIFIER_RE",
                                           "_PARAMS",
                                           "_POST_INIT_NAME",
                                           "__all__",
                                           "_add_slots",
                                           "_asdict_inner",
                                           "_astuple_inner",
                                           "_cmp_fn",
                                           "_create_fn",
                                           "_dataclass_getstate",
                                           "_dataclass_setstate",
                                           "_field_assign",
                                           "_field_init",
                                           "_fields_in_init_order",
                                           "_frozen_get_del_attr",
                                           "_get_field",
                                           "_get_slots",
                                           "_hash_action",
                                           "_hash_add",
                                           "_hash_exception",
                                           "_hash_fn",
                                           "_hash_set_none",
                                           "_init_fn",
                                           "_init_param",
                                           "_is_classvar",
                                           "_is_dataclass_instance",
                                           "_is_initvar",
                                           "_is_kw_only",
                                           "_is_type",
                                           "_process_class",
                                           "_recursive_repr",
                                           "_repr_fn",
                                           "_set_new_attribute",
                                           "_set_qualname",
                                           "_thread",
                                           "_tuple_str",
                                           "abc",
                                           "builtins",
                                           "copy",
                                           "functools",
                                           "inspect",
                                           "itertools",
                                           "keyword",
                                           "make_dataclass",
                                           "re",
                                           "sys",
                                           "types"};
    if (isModuleDunder(ModuleOrigin::Source, name))
        return true;
    for (const char* n : kMissing)
        if (name == n)
            return true;
    return false;
}

} // namespace memstep::core::modules
