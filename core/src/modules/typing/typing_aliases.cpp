// typing's special forms and aliases: List, Dict... (_SpecialGenericAlias), Tuple, Callable,
// Optional, Union, Literal, ClassVar, Final (_SpecialForm), and what subscribing them makes
// (_GenericAlias, _UnionGenericAlias, _LiteralGenericAlias, _CallableGenericAlias), with
// CPython 3.11's argument checks, reprs and ==.
#include "interp/builtins/builtins_util.h"
#include "modules/typing/typing.h"

#include <algorithm>

namespace memstep::core::modules::typing {

using interp::CallArgs;

namespace {

void addTypeMethods(Interpreter& in, rt::TypeObject* t,
                    std::initializer_list<std::pair<const char*, rt::NativeFn>> methods) {
    for (const auto& [name, fn] : methods)
        t->dict.set(name, in.makeBuiltin(name, fn));
}

rt::InstanceObject* I(Object* o) {
    return static_cast<rt::InstanceObject*>(o);
}

bool isInstanceOf(Object* o, rt::TypeObject* t) {
    return o->tag == rt::Tag::Instance && I(o)->cls == t;
}

const std::string& stateText(Object* o, const char* key) {
    return interp::text(nativeState(o, key));
}

ObjVec tupleItems(Object* key) {
    if (key->tag == rt::Tag::Tuple)
        return static_cast<rt::TupleObject*>(key)->items;
    return {ObjRef(key)};
}

const ObjVec& aliasArgs(Object* alias) {
    return static_cast<rt::TupleObject*>(I(alias)->attrs.find("__args__")->get())->items;
}

} // namespace

bool typeRepr(Interpreter& in, Object* o, std::string& out) {
    if (o->tag == rt::Tag::Ellipsis) {
        out += "...";
        return true;
    }
    if (o->tag == rt::Tag::Type) {
        auto* t = static_cast<rt::TypeObject*>(o);
        if (t->isUser)
            out += "__main__." + t->qualname;
        else if (t->name.find('.') == std::string::npos &&
                 t->qualname.find('.') != std::string::npos)
            out += t->qualname; // typing.Any, collections.abc.Iterable
        else
            out += t->name;
        return true;
    }
    if (o->tag == rt::Tag::Function) {
        out += static_cast<rt::FunctionObject*>(o)->name;
        return true;
    }
    std::optional<std::string> r = in.repr(o);
    if (!r)
        return false;
    out += *r;
    return true;
}

namespace {

bool joinReprs(Interpreter& in, const ObjVec& items, std::size_t from, std::size_t to,
               std::string& out, bool plainRepr = false) {
    for (std::size_t i = from; i < to; ++i) {
        if (i > from)
            out += ", ";
        if (plainRepr) {
            std::optional<std::string> r = in.repr(items[i].get());
            if (!r)
                return false;
            out += *r;
        } else if (!typeRepr(in, items[i].get(), out)) {
            return false;
        }
    }
    return true;
}

ObjRef aliasRepr(Interpreter& in, Object* self, CallArgs&) {
    Types ty = types(in);
    const ObjVec& args = aliasArgs(self);
    std::string out;
    const std::string& name = stateText(self, "name");
    if (I(self)->cls == ty.unionAlias) {
        Object* none = in.builtinType(rt::Tag::None);
        if (args.size() == 2 && (args[0].get() == none || args[1].get() == none)) {
            out = "typing.Optional[";
            if (!typeRepr(in, args[args[0].get() == none ? 1 : 0].get(), out))
                return nullptr;
            return in.newStr(out + "]");
        }
        out = "typing.Union[";
    } else if (!name.empty()) {
        out = "typing." + name + "[";
    } else {
        if (!typeRepr(in, I(self)->attrs.find("__origin__")->get(), out))
            return nullptr;
        out += "[";
    }
    if (I(self)->cls == ty.callableAlias) {
        if (args.size() == 2 && args[0]->tag == rt::Tag::Ellipsis) {
            out += "...";
        } else {
            out += "[";
            if (!joinReprs(in, args, 0, args.size() - 1, out))
                return nullptr;
            out += "]";
        }
        out += ", ";
        if (!typeRepr(in, args.back().get(), out))
            return nullptr;
    } else if (args.empty()) {
        out += "()";
    } else if (!joinReprs(in, args, 0, args.size(), out, I(self)->cls == ty.literalAlias)) {
        return nullptr;
    }
    return in.newStr(out + "]");
}

int aliasCompare(Interpreter& in, int op, Object* a, Object* b) {
    auto cmp = static_cast<syntax::CmpOperator>(op);
    if (cmp != syntax::CmpOperator::Eq && cmp != syntax::CmpOperator::NotEq) {
        in.raise("TypeError", std::string("'") + syntax::toString(cmp) +
                                  "' not supported between instances of '" + in.typeName(a) +
                                  "' and '" + in.typeName(b) + "'");
        return -1;
    }
    bool same = false;
    if (b->tag == rt::Tag::Instance && I(b)->cls == I(a)->cls) {
        const ObjVec& x = aliasArgs(a);
        const ObjVec& y = aliasArgs(b);
        same = I(a)->attrs.find("__origin__")->get() == I(b)->attrs.find("__origin__")->get() &&
               x.size() == y.size();
        for (std::size_t i = 0; same && i < x.size(); ++i) {
            bool found = false;
            for (const ObjRef& v : y)
                found = found || v.get() == x[i].get() || in.equals(v.get(), x[i].get());
            bool here = x[i].get() == y[i].get() || in.equals(x[i].get(), y[i].get());
            same = I(a)->cls == types(in).unionAlias ? found : here;
        }
    }
    return cmp == syntax::CmpOperator::Eq ? same : !same;
}

// `List[int]()`: the origin called, told its alias when it takes attributes (__orig_class__).
ObjRef aliasCall(Interpreter& in, Object* self, CallArgs& args) {
    Object* origin = I(self)->attrs.find("__origin__")->get();
    Object* inst = nativeState(self, "inst");
    if (inst && inst->tag == rt::Tag::Bool && !static_cast<rt::BoolObject*>(inst)->value) {
        const std::string& name = stateText(self, "name");
        std::string lower = name;
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return in.raise("TypeError",
                        "Type " + name + " cannot be instantiated; use " + lower + "() instead");
    }
    if (origin->tag != rt::Tag::Type)
        return in.raise("TypeError", "Cannot instantiate " + *in.repr(origin));
    ObjRef obj = in.call(origin, args);
    if (obj && Interpreter::isUserObject(obj.get()) && obj->tag == rt::Tag::Instance &&
        !in.setAttr(obj.get(), "__orig_class__", ObjRef(self)))
        return nullptr;
    return obj;
}

// _GenericAlias.__mro_entries__(bases): its origin, except that Generic[T] followed by another
// alias (`class Pair(Generic[T], Stack[T])`) gives nothing.
ObjRef aliasMroEntries(Interpreter& in, Object* self, CallArgs& args) {
    Object* origin = I(self)->attrs.find("__origin__")->get();
    if (origin->tag != rt::Tag::Type)
        return in.raise("TypeError", "Cannot subclass " + *in.repr(self));
    if (origin == types(in).generic && !args.positional.empty()) {
        const ObjVec& bases = static_cast<rt::TupleObject*>(args.positional[0].get())->items;
        auto at = std::find_if(bases.begin(), bases.end(),
                               [&](const ObjRef& b) { return b.get() == self; });
        for (auto b = at == bases.end() ? at : at + 1; b != bases.end(); ++b)
            if (b->get() != self && isTypingObject(in, b->get()))
                return in.heap().newTuple({});
    }
    return in.heap().newTuple({ObjRef(origin)});
}

// isinstance() and issubclass() with typing's objects (args: the class, the builtin's name):
// List stands for list, a union for its members; subscripted aliases and special forms refuse.
ObjRef subclassCheck(Interpreter& in, Object* self, CallArgs& args) {
    Types ty = types(in);
    auto* sub = static_cast<rt::TypeObject*>(args.positional[0].get());
    const std::string& who = interp::text(args.positional[1].get());
    rt::TypeObject* cls = I(self)->cls;
    if (cls == ty.specialForm || cls == ty.literalForm)
        return in.raise("TypeError",
                        "typing." + stateText(self, "name") + " cannot be used with " + who + "()");
    if (cls == ty.specialAlias || cls == ty.tupleType || cls == ty.callableType) {
        Object* origin = nativeState(self, "origin");
        return in.boolean(in.isSubtype(sub, static_cast<rt::TypeObject*>(origin)));
    }
    if (cls == ty.unionAlias) {
        for (const ObjRef& a : aliasArgs(self)) {
            if (a->tag != rt::Tag::Type)
                return in.raise("TypeError",
                                "Subscripted generics cannot be used with class and instance "
                                "checks");
            if (in.isSubtype(sub, static_cast<rt::TypeObject*>(a.get())))
                return in.boolean(true);
            if (in.aborted())
                return nullptr;
        }
        return in.boolean(false);
    }
    return in.raise("TypeError", "Subscripted generics cannot be used with class and instance "
                                 "checks");
}

ObjRef specialRepr(Interpreter& in, Object* self, CallArgs&) {
    return in.newStr("typing." + stateText(self, "name"));
}

// _SpecialForm's and _SpecialGenericAlias's `typing.Optional()`; `typing.Deque()` calls its
// origin, as BaseGenericAlias.__call__ does (the __orig_class__ it then sets fails silently on
// a library type's object).
ObjRef specialCall(Interpreter& in, Object* self, CallArgs& args) {
    const std::string& name = stateText(self, "name");
    if (I(self)->cls == types(in).specialForm || I(self)->cls == types(in).literalForm)
        return in.raise("TypeError", "Cannot instantiate typing." + name);
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (Object* inst = nativeState(self, "inst");
        inst && !static_cast<rt::BoolObject*>(inst)->value)
        return in.raise("TypeError",
                        "Type " + name + " cannot be instantiated; use " + lower + "() instead");
    Object* origin = nativeState(self, "origin");
    if (!origin || origin->tag != rt::Tag::Type || static_cast<rt::TypeObject*>(origin)->isUser)
        return in.abortUnsupported("calling typing." + name + " is not supported");
    return in.call(origin, args);
}

// List[int]: the special alias's parameters, counted (CPython's _SpecialGenericAlias).
ObjRef specialGetItem(Interpreter& in, Object* self, CallArgs& args) {
    Types ty = types(in);
    const std::string& name = stateText(self, "name");
    ObjVec params = tupleItems(args.positional[0].get());
    auto expected =
        static_cast<std::int64_t>(static_cast<rt::IntObject*>(nativeState(self, "nparams"))->small);
    auto actual = static_cast<std::int64_t>(params.size());
    for (ObjRef& p : params)
        if (!(p = typeArgument(in, p, "Parameters to generic types must be types.")))
            return nullptr;
    if (actual != expected)
        return in.raise("TypeError", std::string("Too ") + (actual > expected ? "many" : "few") +
                                         " arguments for typing." + name + "; actual " +
                                         std::to_string(actual) + ", expected " +
                                         std::to_string(expected));
    ObjRef alias = newAlias(in, ty.alias, ObjRef(nativeState(self, "origin")), params, name);
    setNativeState(I(alias.get()), "inst", ObjRef(nativeState(self, "inst")));
    return alias;
}

ObjRef tupleGetItem(Interpreter& in, Object* self, CallArgs& args) {
    Types ty = types(in);
    Object* key = args.positional[0].get();
    ObjVec params;
    if (!(key->tag == rt::Tag::Tuple && static_cast<rt::TupleObject*>(key)->items.empty()))
        params = tupleItems(key);
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (params[i]->tag == rt::Tag::Ellipsis && i == 1 && params.size() == 2)
            continue;
        if (!(params[i] =
                  typeArgument(in, params[i], "Tuple[t0, t1, ...]: each t must be a type.")))
            return nullptr;
    }
    ObjRef alias = newAlias(in, ty.alias, ObjRef(nativeState(self, "origin")), params, "Tuple");
    setNativeState(I(alias.get()), "inst", in.boolean(false));
    return alias;
}

ObjRef callableGetItem(Interpreter& in, Object* self, CallArgs& args) {
    Types ty = types(in);
    Object* key = args.positional[0].get();
    if (key->tag != rt::Tag::Tuple || static_cast<rt::TupleObject*>(key)->items.size() != 2)
        return in.raise("TypeError", "Callable must be used as Callable[[arg, ...], result].");
    ObjVec items = static_cast<rt::TupleObject*>(key)->items;
    ObjVec params;
    if (items[0]->tag == rt::Tag::List) {
        for (ObjRef p : static_cast<rt::ListObject*>(items[0].get())->items) {
            if (!(p = typeArgument(in, p,
                                   "Callable[[arg, ...], result]: each arg must be a type.")))
                return nullptr;
            params.push_back(p);
        }
    } else if (items[0]->tag == rt::Tag::Ellipsis) {
        params.push_back(items[0]);
    } else {
        return in.abortUnsupported("typing.Callable[...] whose arguments are not a list is not "
                                   "supported");
    }
    ObjRef result = typeArgument(in, items[1], "Callable[args, result]: result must be a type.");
    if (!result)
        return nullptr;
    params.push_back(result);
    return newAlias(in, ty.callableAlias, ObjRef(nativeState(self, "origin")), params, "Callable");
}

// Union's members: flattened, None as NoneType, repeats dropped.
ObjRef makeUnion(Interpreter& in, Object* form, ObjVec params) {
    Types ty = types(in);
    ObjVec members;
    auto add = [&](ObjRef m) {
        if (std::none_of(members.begin(), members.end(), [&](const ObjRef& x) {
                return x.get() == m.get() ||
                       (x->tag != rt::Tag::Type && in.equals(x.get(), m.get()));
            }))
            members.push_back(std::move(m));
    };
    for (ObjRef p : params) {
        if (!(p = typeArgument(in, p, "Union[arg, ...]: each arg must be a type.")))
            return nullptr;
        if (isInstanceOf(p.get(), ty.unionAlias) || in.isUnion(p.get())) {
            for (const ObjRef& m : p->tag == rt::Tag::Instance && I(p.get())->cls == ty.unionAlias
                                       ? aliasArgs(p.get())
                                       : in.aliasArgs(p.get()))
                add(m);
        } else {
            add(p);
        }
    }
    if (members.size() == 1)
        return members.front();
    return newAlias(in, ty.unionAlias, ObjRef(form), members, "Union");
}

ObjRef formGetItem(Interpreter& in, Object* self, CallArgs& args) {
    Types ty = types(in);
    const std::string& name = stateText(self, "name");
    Object* key = args.positional[0].get();
    if (name == "Union") {
        if (key->tag == rt::Tag::Tuple && static_cast<rt::TupleObject*>(key)->items.empty())
            return in.raise("TypeError", "Cannot take a Union of no types.");
        return makeUnion(in, self, tupleItems(key));
    }
    if (name == "Optional") {
        ObjRef arg = typeArgument(in, ObjRef(key), "typing.Optional requires a single type.");
        if (!arg)
            return nullptr;
        Object* unionForm =
            in.importModule("typing")->tag == rt::Tag::Module
                ? static_cast<rt::ModuleObject*>(in.importModule("typing").get())->find("Union")
                : nullptr;
        return makeUnion(in, unionForm, {arg, in.none()});
    }
    if (name == "Literal") {
        ObjVec values;
        for (const ObjRef& v : tupleItems(key))
            if (std::none_of(values.begin(), values.end(), [&](const ObjRef& x) {
                    return in.typeOf(x.get()) == in.typeOf(v.get()) && in.equals(x.get(), v.get());
                }))
                values.push_back(v);
        return newAlias(in, ty.literalAlias, ObjRef(self), values, "Literal");
    }
    if (name == "ClassVar" || name == "Final") {
        ObjRef arg = typeArgument(in, ObjRef(key), "typing." + name + " accepts only single type.");
        if (!arg)
            return nullptr;
        return newAlias(in, ty.alias, ObjRef(self), {arg}, name);
    }
    std::optional<std::string> r = in.repr(self);
    return in.raise("TypeError", *r + " is not subscriptable");
}

rt::TypeObject* aliasType(Interpreter& in, rt::ModuleObject& m, const char* name) {
    rt::TypeObject* t = makeNativeType(in, "typing", name, nullptr);
    t->reprInstance = aliasRepr;
    t->compareInstance = aliasCompare;
    t->callInstance = aliasCall;
    t->instanceAttr = ownAttr;
    addTypeMethods(in, t,
                   {{"__mro_entries__", aliasMroEntries},
                    {"__subclasscheck__", subclassCheck},
                    {"__or__", unionOr},
                    {"__ror__", unionROr}});
    m.set(name, ObjRef(t));
    return t;
}

ObjRef newSpecial(Interpreter& in, rt::TypeObject* cls, const std::string& name, ObjRef origin,
                  int nparams, bool inst) {
    ObjRef out;
    rt::InstanceObject* o = newNativeInstance(in, cls, out);
    setNativeState(o, "name", in.newStr(name));
    setNativeState(o, "origin", std::move(origin));
    setNativeState(o, "nparams", in.heap().newInt(nparams));
    setNativeState(o, "inst", in.boolean(inst));
    return out;
}

} // namespace

namespace {

ObjRef unionOf(Interpreter& in, ObjRef first, ObjRef second) {
    auto* m = static_cast<rt::ModuleObject*>(in.importModule("typing").get());
    CallArgs key;
    key.positional.push_back(in.heap().newTuple({std::move(first), std::move(second)}));
    return tpCache(in, m->find("Union"), key, formGetItem);
}

} // namespace

ObjRef unionOr(Interpreter& in, Object* self, CallArgs& args) {
    return unionOf(in, ObjRef(self), args.positional[0]);
}

ObjRef unionROr(Interpreter& in, Object* self, CallArgs& args) {
    return unionOf(in, args.positional[0], ObjRef(self));
}

ObjRef tpCache(Interpreter& in, Object* self, CallArgs& args, rt::NativeFn fn) {
    ObjRef key = args.positional[0];
    // Callable's inner cache sees its argument list as a tuple.
    if (key->tag == rt::Tag::Tuple && isInstanceOf(self, types(in).callableType)) {
        ObjVec items = static_cast<rt::TupleObject*>(key.get())->items;
        if (!items.empty() && items[0]->tag == rt::Tag::List)
            items[0] = in.heap().newTuple(static_cast<rt::ListObject*>(items[0].get())->items);
        key = in.heap().newTuple(std::move(items));
    }
    auto unhashable = [](Object* o) {
        return o->tag == rt::Tag::List || o->tag == rt::Tag::Dict || o->tag == rt::Tag::Set;
    };
    bool hashable = !unhashable(key.get());
    if (key->tag == rt::Tag::Tuple)
        for (const ObjRef& k : static_cast<rt::TupleObject*>(key.get())->items)
            hashable = hashable && !unhashable(k.get());
    if (!hashable)
        return fn(in, self, args);
    auto* cache = static_cast<rt::ListObject*>(types(in).alias->dict.find(" cache")->get());
    for (const ObjRef& e : cache->items) {
        const ObjVec& entry = static_cast<rt::TupleObject*>(e.get())->items;
        if (entry[0].get() == self && in.typeOf(entry[1].get()) == in.typeOf(key.get()) &&
            (entry[1].get() == key.get() || in.equals(entry[1].get(), key.get())))
            return entry[2];
        if (in.hasException())
            return nullptr;
    }
    ObjRef made = fn(in, self, args);
    if (made)
        cache->items.push_back(in.heap().newTuple({ObjRef(self), key, made}));
    return made;
}

ObjRef ownAttr(Interpreter&, Object* self, const std::string& name) {
    const ObjRef* v = name.starts_with(" ") ? nullptr : I(self)->attrs.find(name);
    return v ? *v : nullptr;
}

bool isTypingObject(Interpreter& in, Object* o) {
    if (o->tag != rt::Tag::Instance)
        return false;
    Types ty = types(in);
    rt::TypeObject* c = I(o)->cls;
    return c == ty.alias || c == ty.unionAlias || c == ty.literalAlias || c == ty.callableAlias ||
           c == ty.typeVar || c == ty.forwardRef || c == ty.specialAlias || c == ty.tupleType ||
           c == ty.callableType;
}

// CPython 3.11's _type_check: anything but a tuple, a bare special form, or ClassVar[...],
// Final[...] or Generic[...] inside another alias.
ObjRef typeArgument(Interpreter& in, ObjRef arg, const std::string& message) {
    Types ty = types(in);
    if (arg->tag == rt::Tag::None)
        return ObjRef(in.builtinType(rt::Tag::None));
    if (arg->tag == rt::Tag::Str) {
        CallArgs a;
        a.positional.push_back(arg);
        return in.call(ty.forwardRef, a);
    }
    if (isInstanceOf(arg.get(), ty.alias)) {
        const std::string& name = stateText(arg.get(), "name");
        if (name == "ClassVar" || name == "Final" || name == "Generic") {
            std::optional<std::string> r = in.repr(arg.get());
            return r ? in.raise("TypeError", *r + " is not valid as type argument") : nullptr;
        }
    }
    if (isInstanceOf(arg.get(), ty.specialForm) || isInstanceOf(arg.get(), ty.literalForm)) {
        const std::string& name = stateText(arg.get(), "name");
        if (name == "NoReturn" || name == "Never" || name == "Self" || name == "LiteralString" ||
            name == "TypeAlias")
            return arg;
        return in.raise("TypeError", "Plain typing." + name + " is not valid as type argument");
    }
    if (arg.get() == ty.generic)
        return in.raise("TypeError",
                        "Plain <class 'typing.Generic'> is not valid as type argument");
    if (arg->tag == rt::Tag::Tuple) {
        std::optional<std::string> r = in.repr(arg.get());
        if (!r)
            return nullptr;
        return in.raise("TypeError", message + " Got " + r->substr(0, 100) + ".");
    }
    return arg;
}

ObjRef newAlias(Interpreter& in, rt::TypeObject* cls, ObjRef origin, ObjVec args,
                const std::string& name) {
    // _collect_parameters: the type variables of the arguments, in order, once each.
    Types ty = types(in);
    ObjVec vars;
    auto add = [&](const ObjRef& v) {
        if (std::none_of(vars.begin(), vars.end(), [&](const ObjRef& x) { return x == v; }))
            vars.push_back(v);
    };
    for (const ObjRef& arg : args) {
        if (isInstanceOf(arg.get(), ty.typeVar))
            add(arg);
        else if (arg->tag == rt::Tag::Instance && isTypingObject(in, arg.get()))
            if (const ObjRef* p = I(arg.get())->attrs.find("__parameters__"))
                for (const ObjRef& v : static_cast<rt::TupleObject*>(p->get())->items)
                    add(v);
    }
    ObjRef out;
    rt::InstanceObject* a = newNativeInstance(in, cls, out);
    a->attrs.set("__origin__", std::move(origin));
    a->attrs.set("__args__", in.heap().newTuple(std::move(args)));
    a->attrs.set("__parameters__", in.heap().newTuple(std::move(vars)));
    setNativeState(a, "name", in.newStr(name));
    return out;
}

Types types(Interpreter& in) {
    auto* m = static_cast<rt::ModuleObject*>(in.importModule("typing").get());
    auto type = [&](const char* name) { return static_cast<rt::TypeObject*>(m->find(name)); };
    Types t;
    t.specialAlias = type("_SpecialGenericAlias");
    t.tupleType = type("_TupleType");
    t.callableType = type("_CallableType");
    t.specialForm = type("_SpecialForm");
    t.literalForm = type("_LiteralSpecialForm");
    t.alias = type("_GenericAlias");
    t.unionAlias = type("_UnionGenericAlias");
    t.literalAlias = type("_LiteralGenericAlias");
    t.callableAlias = type("_CallableGenericAlias");
    t.forwardRef = type("ForwardRef");
    t.typeVar = type("TypeVar");
    t.generic = type("Generic");
    t.protocol = type("Protocol");
    return t;
}

void fillAliases(Interpreter& in, rt::ModuleObject& m) {
    rt::TypeObject* alias = aliasType(in, m, "_GenericAlias");
    alias->dict.set(" cache", in.heap().newList({}));
    aliasType(in, m, "_UnionGenericAlias");
    aliasType(in, m, "_LiteralGenericAlias");
    aliasType(in, m, "_CallableGenericAlias");

    auto special = [&](const char* typeName, rt::NativeFn getItem) {
        rt::TypeObject* t = makeNativeType(in, "typing", typeName, nullptr);
        t->reprInstance = specialRepr;
        t->callInstance = specialCall;
        addTypeMethods(in, t,
                       {{"__getitem__", getItem},
                        {"__subclasscheck__", subclassCheck},
                        {"__or__", unionOr},
                        {"__ror__", unionROr}});
        m.set(typeName, ObjRef(t));
        return t;
    };
    rt::TypeObject* specialAlias = special("_SpecialGenericAlias", cached<specialGetItem>);
    rt::TypeObject* tupleType = special("_TupleType", cached<tupleGetItem>);
    rt::TypeObject* callableType = special("_CallableType", cached<callableGetItem>);
    rt::TypeObject* form = special("_SpecialForm", cached<formGetItem>);
    rt::TypeObject* literalForm = special("_LiteralSpecialForm", cached<formGetItem>);

    auto* abc = static_cast<rt::ModuleObject*>(in.importModule("collections.abc").get());
    auto* collections = static_cast<rt::ModuleObject*>(in.importModule("collections").get());
    auto builtin = [&](rt::Tag tag) { return ObjRef(in.builtinType(tag)); };
    // typing.py's order of definition, with each alias's origin and parameter count.
    struct Def {
        const char* name;
        ObjRef origin;
        int nparams;
        bool inst = true;
    };
    const Def defs[] = {
        {"Hashable", ObjRef(abc->find("Hashable")), 0},
        {"Sized", ObjRef(abc->find("Sized")), 0},
        {"Container", ObjRef(abc->find("Container")), 1},
        {"Collection", ObjRef(abc->find("Collection")), 1},
        {"Callable", ObjRef(abc->find("Callable")), -1},
        {"AbstractSet", ObjRef(abc->find("Set")), 1},
        {"MutableSet", ObjRef(abc->find("MutableSet")), 1},
        {"Mapping", ObjRef(abc->find("Mapping")), 2},
        {"MutableMapping", ObjRef(abc->find("MutableMapping")), 2},
        {"Sequence", ObjRef(abc->find("Sequence")), 1},
        {"MutableSequence", ObjRef(abc->find("MutableSequence")), 1},
        {"Tuple", builtin(rt::Tag::Tuple), -1, false},
        {"List", builtin(rt::Tag::List), 1, false},
        {"Deque", ObjRef(collections->find("deque")), 1},
        {"Set", builtin(rt::Tag::Set), 1, false},
        {"FrozenSet", builtin(rt::Tag::FrozenSet), 1, false},
        {"Iterable", ObjRef(abc->find("Iterable")), 1},
        {"Iterator", ObjRef(abc->find("Iterator")), 1},
        {"Reversible", ObjRef(abc->find("Reversible")), 1},
        {"Generator", ObjRef(abc->find("Generator")), 3},
        {"Dict", builtin(rt::Tag::Dict), 2, false},
        {"DefaultDict", ObjRef(collections->find("defaultdict")), 2},
        {"OrderedDict", ObjRef(collections->find("OrderedDict")), 2},
        {"Counter", ObjRef(collections->find("Counter")), 1},
        {"Type", builtin(rt::Tag::Type), 1, false},
    };
    for (const Def& d : defs) {
        rt::TypeObject* cls = d.name == std::string_view("Tuple")      ? tupleType
                              : d.name == std::string_view("Callable") ? callableType
                                                                       : specialAlias;
        m.set(d.name, newSpecial(in, cls, d.name, d.origin, d.nparams, d.inst));
    }
    for (const char* name : {"ClassVar", "Final", "Union", "Optional", "Literal", "NoReturn",
                             "Never", "Self", "LiteralString", "TypeAlias"})
        m.set(name, newSpecial(in, name == std::string_view("Literal") ? literalForm : form, name,
                               in.none(), 1, false));
}

} // namespace memstep::core::modules::typing
