// typing's classes and functions: TypeVar, ForwardRef, Any, Generic (with `Stack[int]` of a
// program's generic class), NamedTuple (the class syntax), cast and TYPE_CHECKING.
#include "interp/builtins/builtins_util.h"
#include "modules/collections.h"
#include "modules/typing/typing.h"

#include <algorithm>

namespace memstep::core::modules::typing {

using interp::CallArgs;

namespace {

rt::InstanceObject* I(Object* o) {
    return static_cast<rt::InstanceObject*>(o);
}

ObjRef attr(Object* o, const char* name) {
    const ObjRef* v = I(o)->attrs.find(name);
    return v ? *v : nullptr;
}

// TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False).
ObjRef typeVarNew(Interpreter& in, Object* type, CallArgs& args) {
    ObjRef bound = interp::takeKeyword(args, "bound");
    ObjRef covariant = interp::takeKeyword(args, "covariant");
    ObjRef contravariant = interp::takeKeyword(args, "contravariant");
    if (ObjRef name = interp::takeKeyword(args, "name"))
        args.positional.insert(args.positional.begin(), name);
    if (!interp::noMoreKeywords(in, args, "TypeVar"))
        return nullptr;
    if (args.positional.empty())
        return in.raise("TypeError", "TypeVar.__init__() missing 1 required positional argument: "
                                     "'name'");
    bool co = covariant && in.truthy(covariant.get()) > 0;
    bool contra = contravariant && in.truthy(contravariant.get()) > 0;
    if (co && contra)
        return in.raise("ValueError", "Bivariant types are not supported.");
    if (args.positional.size() == 2)
        return in.raise("TypeError", "A single constraint is not allowed");
    ObjVec constraints;
    for (std::size_t i = 1; i < args.positional.size(); ++i) {
        ObjRef c = typeArgument(in, args.positional[i],
                                "TypeVar(name, constraint, ...): "
                                "constraints must be types.");
        if (!c)
            return nullptr;
        constraints.push_back(c);
    }
    if (bound && bound->tag != rt::Tag::None) {
        if (!constraints.empty())
            return in.raise("TypeError", "Constraints cannot be combined with bound=...");
        if (!(bound = typeArgument(in, bound, "Bound must be a type.")))
            return nullptr;
    } else {
        bound = in.none();
    }
    ObjRef out;
    rt::InstanceObject* v = newNativeInstance(in, static_cast<rt::TypeObject*>(type), out);
    v->attrs.set("__name__", args.positional[0]);
    v->attrs.set("__bound__", bound);
    v->attrs.set("__constraints__", in.heap().newTuple(constraints));
    v->attrs.set("__covariant__", in.boolean(co));
    v->attrs.set("__contravariant__", in.boolean(contra));
    return out;
}

ObjRef typeVarRepr(Interpreter& in, Object* self, CallArgs&) {
    const char* prefix = in.truthy(attr(self, "__covariant__").get()) > 0       ? "+"
                         : in.truthy(attr(self, "__contravariant__").get()) > 0 ? "-"
                                                                                : "~";
    std::optional<std::string> name = in.str(attr(self, "__name__").get());
    if (!name)
        return nullptr;
    return in.newStr(prefix + *name);
}

ObjRef forwardRefNew(Interpreter& in, Object* type, CallArgs& args) {
    if (!interp::argCount(in, args, "ForwardRef", 1, 1))
        return nullptr;
    if (args.positional[0]->tag != rt::Tag::Str) {
        std::optional<std::string> r = in.repr(args.positional[0].get());
        return in.raise("TypeError", "Forward reference must be a string -- got " + *r);
    }
    ObjRef out;
    rt::InstanceObject* f = newNativeInstance(in, static_cast<rt::TypeObject*>(type), out);
    f->attrs.set("__forward_arg__", args.positional[0]);
    f->attrs.set("__forward_evaluated__", in.boolean(false));
    f->attrs.set("__forward_value__", in.none());
    f->attrs.set("__forward_is_argument__", in.boolean(true));
    f->attrs.set("__forward_is_class__", in.boolean(false));
    f->attrs.set("__forward_module__", in.none());
    return out;
}

ObjRef forwardRefRepr(Interpreter& in, Object* self, CallArgs&) {
    std::optional<std::string> r = in.repr(attr(self, "__forward_arg__").get());
    if (!r)
        return nullptr;
    return in.newStr("ForwardRef(" + *r + ")");
}

int forwardRefCompare(Interpreter& in, int op, Object* a, Object* b) {
    auto cmp = static_cast<syntax::CmpOperator>(op);
    if (cmp != syntax::CmpOperator::Eq && cmp != syntax::CmpOperator::NotEq) {
        in.raise("TypeError", std::string("'") + syntax::toString(cmp) +
                                  "' not supported between instances of 'ForwardRef' and '" +
                                  in.typeName(b) + "'");
        return -1;
    }
    bool same = b->tag == rt::Tag::Instance && I(b)->cls == I(a)->cls &&
                in.equals(attr(a, "__forward_arg__").get(), attr(b, "__forward_arg__").get());
    return cmp == syntax::CmpOperator::Eq ? same : !same;
}

// Generic[T, ...], and `Stack[int]` for a program's class derived from it.
ObjRef genericGetItem(Interpreter& in, Object* self, CallArgs& args) {
    Types ty = types(in);
    auto* cls = static_cast<rt::TypeObject*>(self);
    Object* key = args.positional[0].get();
    ObjVec params = key->tag == rt::Tag::Tuple ? static_cast<rt::TupleObject*>(key)->items
                                               : ObjVec{ObjRef(key)};
    if (cls == ty.generic) {
        if (params.empty())
            return in.raise("TypeError", "Parameter list to Generic[...] cannot be empty");
        for (ObjRef& p : params) {
            if (p->tag != rt::Tag::Instance || I(p.get())->cls != ty.typeVar)
                return in.raise("TypeError", "Parameters to Generic[...] must all be type "
                                             "variables or parameter specification variables.");
        }
        for (std::size_t i = 0; i < params.size(); ++i)
            for (std::size_t j = 0; j < i; ++j)
                if (params[i].get() == params[j].get())
                    return in.raise("TypeError", "Parameters to Generic[...] must all be unique");
        return newAlias(in, ty.alias, ObjRef(self), params, "Generic");
    }
    ObjRef own = in.lookupInType(cls, "__parameters__");
    std::size_t expected = own && own->tag == rt::Tag::Tuple
                               ? static_cast<rt::TupleObject*>(own.get())->items.size()
                               : 0;
    std::string clsRepr = "<class '__main__." + cls->qualname + "'>";
    if (expected == 0)
        return in.raise("TypeError", clsRepr + " is not a generic class");
    if (params.size() != expected)
        return in.raise("TypeError", std::string("Too ") +
                                         (params.size() > expected ? "many" : "few") +
                                         " arguments for " + clsRepr + "; actual " +
                                         std::to_string(params.size()) + ", expected " +
                                         std::to_string(expected));
    for (ObjRef& p : params)
        if (!(p = typeArgument(in, p, "Parameters to generic types must be types.")))
            return nullptr;
    return newAlias(in, ty.alias, ObjRef(self), params, "");
}

// Generic.__init_subclass__: the class's type variables, in order of first appearance in
// the bases as written; those of its Generic[...] base when it has one (that very tuple).
ObjRef genericCreated(Interpreter& in, rt::TypeObject* cls) {
    Types ty = types(in);
    ObjVec vars;
    if (const ObjRef* orig = cls->dict.find("__orig_bases__"))
        for (const ObjRef& b : static_cast<rt::TupleObject*>(orig->get())->items)
            if (isTypingObject(in, b.get()) &&
                ownAttr(in, b.get(), "__origin__").get() == ty.generic) {
                cls->dict.set("__parameters__", ownAttr(in, b.get(), "__parameters__"));
                return ObjRef(cls);
            }
    if (const ObjRef* orig = cls->dict.find("__orig_bases__"))
        for (const ObjRef& b : static_cast<rt::TupleObject*>(orig->get())->items) {
            if (!isTypingObject(in, b.get()))
                continue;
            const ObjRef* args = I(b.get())->attrs.find("__args__");
            if (!args)
                continue;
            for (const ObjRef& a : static_cast<rt::TupleObject*>(args->get())->items)
                if (a->tag == rt::Tag::Instance && I(a.get())->cls == ty.typeVar &&
                    std::none_of(vars.begin(), vars.end(),
                                 [&](const ObjRef& v) { return v.get() == a.get(); }))
                    vars.push_back(a);
        }
    cls->dict.set("__parameters__", in.heap().newTuple(vars));
    return ObjRef(cls);
}

const rt::Metaclass kGenericMeta = [] {
    rt::Metaclass m;
    m.created = genericCreated;
    m.getItem = cached<genericGetItem>;
    return m;
}();

// typing.Any: `class Any(metaclass=_AnyMeta)`, whose repr is its name. Its __new__ refuses
// Any itself and passes a derived class's arguments on to object.__new__, which takes none.
ObjRef anyCall(Interpreter& in, Object* cls, CallArgs& args) {
    auto* t = static_cast<rt::TypeObject*>(cls);
    if (!t->isUser)
        return in.raise("TypeError", "Any cannot be instantiated");
    bool ownNew = std::any_of(t->mro.begin(), t->mro.end(), [](const rt::TypeObject* c) {
        return c->isUser && c->dict.find("__new__");
    });
    if (!ownNew && (!args.positional.empty() || !args.keywords.empty()))
        return in.raise("TypeError",
                        "object.__new__() takes exactly one argument (the type to instantiate)");
    return in.instantiate(t, args);
}

// _AnyMeta.__instancecheck__(cls, obj): Any itself refuses isinstance(); a program's class
// derived from it answers as type's check does. issubclass() has no such check.
ObjRef anyInstanceCheck(Interpreter& in, Object*, CallArgs& args) {
    auto* cls = static_cast<rt::TypeObject*>(args.positional[0].get());
    if (!cls->isUser)
        return in.raise("TypeError", "typing.Any cannot be used with isinstance()");
    return in.boolean(in.isSubtype(in.typeOf(args.positional[1].get()), cls));
}

const rt::Metaclass kAnyMeta = [] {
    rt::Metaclass m;
    m.call = anyCall;
    m.reprWord = "";
    return m;
}();

// The names NamedTupleMeta refuses to copy from the body (typing._prohibited).
bool prohibitedInNamedTuple(std::string_view name) {
    for (const char* p : {"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                          "_field_defaults", "_make", "_replace", "_asdict", "_source"})
        if (name == p)
            return true;
    return false;
}

// What the class statement itself gives the namedtuple class rather than a copy of the body's
// name (its __qualname__ and docstring are set where it is made).
bool keptFromBody(std::string_view name) {
    return name == "__module__" || name == "__qualname__" || name == "__doc__" ||
           name == "__annotations__" || name == "__orig_bases__";
}

// A special method memstep's tuple operations would not call on the namedtuple's objects
// (__eq__, __add__, __iter__...); __repr__ and __str__ they do call.
bool refusedInNamedTuple(std::string_view name) {
    return name.size() > 4 && name.starts_with("__") && name.ends_with("__") &&
           name != "__repr__" && name != "__str__" && !keptFromBody(name);
}

// `class P(NamedTuple): x: int; y: int = 0` with its methods: the namedtuple class made from
// the body's annotations and defaults, the body's other names copied onto it, as
// NamedTupleMeta does.
ObjRef namedTupleCreated(Interpreter& in, rt::TypeObject* cls) {
    ObjVec names, defaults;
    const ObjRef* annotations = cls->dict.find("__annotations__");
    if (annotations && (*annotations)->tag == rt::Tag::Dict)
        for (const rt::DictEntry& e : static_cast<rt::DictObject*>(annotations->get())->entries)
            if (e.key && e.key->tag == rt::Tag::Str)
                names.push_back(e.key);
    auto isField = [&](const std::string& name) {
        return std::any_of(names.begin(), names.end(),
                           [&](const ObjRef& n) { return interp::text(n.get()) == name; });
    };
    auto fieldDefaults = in.heap().newDict();
    std::vector<std::string> defaultNames;
    for (const ObjRef& n : names) {
        const std::string& name = interp::text(n.get());
        if (const ObjRef* d = cls->dict.find(name)) {
            defaults.push_back(*d);
            defaultNames.push_back(name);
        } else if (!defaults.empty()) {
            std::string joined;
            for (const std::string& d : defaultNames)
                joined += (joined.empty() ? "" : ", ") + d;
            return in.raise("TypeError", "Non-default namedtuple field " + name +
                                             " cannot follow default field" +
                                             (defaultNames.size() > 1 ? "s " : " ") + joined);
        }
    }
    CallArgs a;
    a.positional.push_back(cls->nameObject ? cls->nameObject : in.newStr(cls->name));
    a.positional.push_back(in.heap().newList(names));
    ObjRef nt = in.call(namedtupleFunction(in).get(), a);
    if (!nt)
        return nullptr;
    auto* t = static_cast<rt::TypeObject*>(nt.get());
    std::size_t first = names.size() - defaults.size();
    for (std::size_t i = 0; i < defaults.size(); ++i)
        if (!in.dictSet(static_cast<rt::DictObject*>(fieldDefaults.get()), names[first + i],
                        defaults[i]))
            return nullptr;
    t->dict.set("_field_defaults", fieldDefaults);
    if (const ObjRef* doc = cls->dict.find("__doc__")) // the class's docstring, when it has one
        t->dict.set("__doc__", *doc);
    t->qualname = "__main__." + cls->qualname;
    // The body's names in its order: the first prohibited one stops the class (the ones
    // before it were set on a class nothing keeps).
    for (const auto& [name, value] : cls->dict.items)
        if (prohibitedInNamedTuple(name))
            return in.raise("AttributeError", "Cannot overwrite NamedTuple attribute " + name);
    for (const auto& [name, value] : cls->dict.items)
        if (refusedInNamedTuple(name))
            return in.abortUnsupported("a typing.NamedTuple class defining `" + name +
                                       "` is not supported yet");
    for (const auto& [name, value] : cls->dict.items)
        if (!keptFromBody(name) && !isField(name))
            t->dict.set(name, value);
    return nt;
}

const rt::Metaclass kNamedTupleMeta = [] {
    rt::Metaclass m;
    m.created = namedTupleCreated;
    return m;
}();

// One (name, type) pair of NamedTuple's fields, unpacked as `for n, t in types` unpacks a
// builtin container or a number; false with the error raised (or the refusal made: another
// object's iteration would run the program's code, or be used up by the first of the two
// walks typing.py makes).
bool fieldPair(Interpreter& in, const ObjRef& item, ObjRef& name, ObjRef& type) {
    switch (item->tag) {
    case rt::Tag::Int:
    case rt::Tag::Float:
    case rt::Tag::Bool:
    case rt::Tag::None:
    case rt::Tag::Complex:
        in.raise("TypeError",
                 std::string("cannot unpack non-iterable ") + in.typeName(item.get()) + " object");
        return false;
    case rt::Tag::Tuple:
    case rt::Tag::List:
    case rt::Tag::Str:
    case rt::Tag::Dict:
    case rt::Tag::Set:
    case rt::Tag::FrozenSet:
    case rt::Tag::Range:
        if (!item->subclassed)
            break;
        [[fallthrough]];
    default:
        in.abortUnsupported(std::string("typing.NamedTuple() with a field given as a ") +
                            in.typeName(item.get()) + " is not supported");
        return false;
    }
    ObjVec pair;
    if (!in.collect(item.get(), pair))
        return false;
    if (pair.size() > 2)
        in.raise("ValueError", "too many values to unpack (expected 2)");
    else if (pair.size() < 2)
        in.raise("ValueError", "not enough values to unpack (expected 2, got " +
                                   std::to_string(pair.size()) + ")");
    else
        name = pair[0], type = pair[1];
    return pair.size() == 2;
}

// NamedTuple(typename, fields=None, /, **kwargs): the fields as (name, type) pairs, or as
// keywords; each type is checked as an annotation, then collections.namedtuple makes the
// class. Its __annotations__ are not kept, as for the class syntax.
ObjRef namedTupleCall(Interpreter& in, Object*, CallArgs& args) {
    if (args.positional.empty())
        return in.raise("TypeError", "NamedTuple() missing 1 required positional argument: "
                                     "'typename'");
    if (args.positional.size() > 2)
        return in.raise("TypeError", "NamedTuple() takes from 1 to 2 positional arguments but " +
                                         std::to_string(args.positional.size()) + " were given");
    std::vector<std::pair<ObjRef, ObjRef>> pairs;
    Object* fields = args.positional.size() == 2 ? args.positional[1].get() : in.none().get();
    if (fields->tag == rt::Tag::None) {
        for (const rt::KwArg& k : args.keywords)
            pairs.emplace_back(k.key ? k.key : in.newStr(*k.name), k.value);
    } else if (!args.keywords.empty()) {
        return in.raise("TypeError", "Either list of fields or keywords can be provided to "
                                     "NamedTuple, not both");
    } else if ((fields->tag != rt::Tag::List && fields->tag != rt::Tag::Tuple) ||
               fields->subclassed) {
        // typing.py walks the fields twice: an iterator would be empty the second time.
        return in.abortUnsupported(std::string("typing.NamedTuple() with fields given as a ") +
                                   in.typeName(fields) + " is not supported (use a list)");
    } else {
        const ObjVec items = fields->tag == rt::Tag::List
                                 ? static_cast<rt::ListObject*>(fields)->items
                                 : static_cast<rt::TupleObject*>(fields)->items;
        for (const ObjRef& item : items) {
            auto& [name, type] = pairs.emplace_back();
            if (!fieldPair(in, item, name, type))
                return nullptr;
        }
    }
    ObjVec names;
    for (auto& [name, type] : pairs) {
        names.push_back(name);
        std::optional<std::string> shown = in.str(name.get());
        if (!shown || !typeArgument(in, type, "field " + *shown + " annotation must be a type"))
            return nullptr;
        if (name->tag != rt::Tag::Str && !in.hash(name.get())) // a key of the types dict
            return nullptr;
    }
    CallArgs a;
    a.positional = {args.positional[0], in.heap().newList(std::move(names))};
    return in.call(namedtupleFunction(in).get(), a);
}

ObjRef cast(Interpreter& in, Object*, CallArgs& args) {
    if (ObjRef v = interp::takeKeyword(args, "val"))
        args.positional.push_back(v);
    if (!interp::noMoreKeywords(in, args, "cast"))
        return nullptr;
    if (args.positional.size() != 2)
        return in.raise("TypeError",
                        "cast() missing " +
                            std::to_string(2 - std::min<std::size_t>(2, args.positional.size())) +
                            " required positional argument" +
                            (args.positional.size() == 1 ? ": 'val'" : "s: 'typ' and 'val'"));
    return args.positional[1];
}

// A library class with a metaclass: a Python class of typing's, drawn without attributes.
rt::TypeObject* libraryClass(Interpreter& in, rt::ModuleObject& m, const char* name,
                             const rt::Metaclass* meta) {
    rt::TypeObject* t = makeNativeType(in, "typing", name, nullptr);
    t->instanceTag = rt::Tag::Instance;
    t->nameObject = in.newStr(name);
    t->layout = in.objectType();
    t->meta = meta;
    m.set(name, ObjRef(t));
    return t;
}

// _namedtuple_mro_entries(bases): (_NamedTuple,), the class a `class P(NamedTuple)` gets.
ObjRef namedTupleMroEntries(Interpreter& in, Object* self, CallArgs& args) {
    if (args.positional.size() != 1 || !args.keywords.empty())
        return in.abortUnsupported("calling typing._namedtuple_mro_entries is not supported");
    return in.heap().newTuple({ObjRef(self)});
}

} // namespace

ObjRef genericSubclassCreated(Interpreter& in, rt::TypeObject* cls) {
    return genericCreated(in, cls);
}

rt::TypeObject* typingLibraryClass(Interpreter& in, rt::ModuleObject& m, const char* name,
                                   const rt::Metaclass* meta) {
    return libraryClass(in, m, name, meta);
}

void fillClasses(Interpreter& in, rt::ModuleObject& m) {
    rt::TypeObject* typeVar = makeNativeType(in, "typing", "TypeVar", typeVarNew);
    typeVar->reprInstance = typeVarRepr;
    typeVar->instanceAttr = ownAttr;
    typeVar->dict.set("__or__", in.makeBuiltin("__or__", unionOr));
    typeVar->dict.set("__ror__", in.makeBuiltin("__ror__", unionROr));
    m.set("TypeVar", ObjRef(typeVar));
    rt::TypeObject* forwardRef = makeNativeType(in, "typing", "ForwardRef", forwardRefNew);
    forwardRef->reprInstance = forwardRefRepr;
    forwardRef->compareInstance = forwardRefCompare;
    forwardRef->instanceAttr = ownAttr;
    m.set("ForwardRef", ObjRef(forwardRef));
    rt::TypeObject* any = libraryClass(in, m, "Any", &kAnyMeta);
    any->dict.set(" __instancecheck__", in.makeBuiltin("__instancecheck__", anyInstanceCheck));
    libraryClass(in, m, "Generic", &kGenericMeta);
    fillProtocol(in, m);
    rt::TypeObject* namedTuple = libraryClass(in, m, "_NamedTuple", &kNamedTupleMeta);
    ObjRef fn = in.makeBuiltin("NamedTuple", namedTupleCall, ObjRef(namedTuple));
    auto sig = std::make_unique<rt::PythonSignature>();
    sig->qualname = "NamedTuple";
    sig->params = {"typename", "fields", "kwargs"};
    sig->positional = 2;
    sig->defaults = {in.none()};
    // NamedTuple.__mro_entries__ = _namedtuple_mro_entries, as typing.py sets it.
    ObjRef entries =
        in.makeBuiltin("_namedtuple_mro_entries", namedTupleMroEntries, ObjRef(namedTuple));
    auto entriesSig = std::make_unique<rt::PythonSignature>();
    entriesSig->qualname = "_namedtuple_mro_entries";
    entriesSig->params = {"bases"};
    entriesSig->positional = 1;
    static_cast<rt::BuiltinObject*>(entries.get())->python = std::move(entriesSig);
    sig->attrs.emplace_back("__mro_entries__", entries);
    static_cast<rt::BuiltinObject*>(fn.get())->python = std::move(sig);
    m.set("NamedTuple", fn);
    addPythonFunction(in, m, "cast", cast, {"typ", "val"}, {});
    m.set("TYPE_CHECKING", in.boolean(false));
    m.set("Text", ObjRef(in.builtinType(rt::Tag::Str)));
}

} // namespace memstep::core::modules::typing
