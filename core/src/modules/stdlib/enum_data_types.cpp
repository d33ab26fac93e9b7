// The enums whose members are ints or strs: IntEnum, StrEnum and a class mixing in int or str
// (`class Size(int, Enum)`), the parts EnumType does for them besides what a plain Enum gets,
// and the auto() StrEnum's members get (their lower-cased names, given when the body binds them).
//
// CPython makes such a member with the data type's __new__ and keeps in the class the data
// type's own __repr__, __str__ and __format__ where ReprEnum wants them (IntEnum's str() is
// int.__repr__); memstep keeps one object for each of those in Enum's namespace under a key no
// program can spell, so the classes' namespaces hold the same objects CPython's do.
#include "interp/attributes/value_subclass.h"
#include "interp/builtins/builtins_util.h"
#include "modules/modules.h"
#include "modules/stdlib/enum.h"
#include "modules/stdlib/interned_names.h"

#include <algorithm>

namespace memstep::core::modules {

using interp::CallArgs;

namespace {

// What int and str define of the methods an enum puts back (int inherits __str__ from object).
bool definesData(rt::TypeObject* dataType, const std::string& name) {
    return name != "__str__" || dataType->instanceTag == rt::Tag::Str;
}

// int.__repr__ and the other methods of the data type an enum's class may hold (IntEnum's
// __str__ is int.__repr__): what they answer for the member's plain int or str.
ObjRef dataRepr(Interpreter& in, Object* self, CallArgs&) {
    std::optional<std::string> r = in.repr(interp::exactValue(in, ObjRef(self)).get());
    return r ? in.newStr(*r) : nullptr;
}

ObjRef dataStr(Interpreter& in, Object* self, CallArgs&) {
    return interp::exactValue(in, ObjRef(self));
}

ObjRef dataFormat(Interpreter& in, Object* self, CallArgs& args) {
    if (args.positional.size() != 1 || args.positional[0]->tag != rt::Tag::Str)
        return in.raise("TypeError", "__format__() argument must be str");
    // An empty spec formats an object of a subclass as str() does (re.I: re.IGNORECASE).
    if (interp::text(args.positional[0].get()).empty() && self->subclassed) {
        std::optional<std::string> s = in.str(self);
        return s ? in.newStr(*s) : nullptr;
    }
    return interp::formatValue(in, interp::exactValue(in, ObjRef(self)).get(),
                               interp::text(args.positional[0].get()));
}

void addDataMethod(Interpreter& in, rt::TypeObject* e, rt::TypeObject* dataType, const char* name,
                   rt::NativeFn fn) {
    ObjRef f = in.makeBuiltin(name, fn);
    auto* b = static_cast<rt::BuiltinObject*>(f.get());
    // CPython: __format__ is a method, __repr__ and __str__ slot wrappers.
    b->kind = name == std::string_view("__format__") ? rt::BuiltinKind::MethodDescriptor
                                                     : rt::BuiltinKind::WrapperDescriptor;
    b->owner = dataType;
    e->dict.set(" " + dataType->name + "." + name, f);
}

// IntEnum and StrEnum: enums whose members are ints or strs, made by EnumType with the data
// type mixed in and ReprEnum's str() and format() (the data type's own).
rt::TypeObject* dataEnum(Interpreter& in, rt::TypeObject* e, rt::TypeObject* reprEnum,
                         rt::TypeObject* dataType, const char* name) {
    rt::TypeObject* t = makeNativeType(in, "enum", name, nullptr);
    t->metaclass = e->metaclass;
    t->meta = e->meta;
    t->nameObject = in.newStr(name);
    t->base = dataType;
    t->bases = {dataType, reprEnum};
    t->layout = dataType;
    t->instanceTag = dataType->instanceTag;
    t->mro = {t, dataType, reprEnum, e, in.objectType()};
    t->dict.set("_value_repr_", dataMethod(e, dataType, "__repr__"));
    t->dict.set("__repr__", *e->dict.find("__repr__"));
    t->dict.set(
        "__str__",
        dataMethod(e, dataType, dataType == in.builtinType(rt::Tag::Str) ? "__str__" : "__repr__"));
    t->dict.set("__format__", dataMethod(e, dataType, "__format__"));
    return t;
}

ObjRef strEnumNew(Interpreter& in, Object*, CallArgs&) {
    return in.abortUnsupported("calling StrEnum.__new__ is not supported");
}

// StrEnum._generate_next_value_: the member's name in lower case.
ObjRef lowerName(Interpreter& in, Object*, CallArgs& args) {
    if (args.positional.size() != 4 || args.positional[0]->tag != rt::Tag::Str)
        return in.abortUnsupported("calling StrEnum._generate_next_value_ this way is not "
                                   "supported");
    ObjRef lower = in.getAttr(args.positional[0].get(), "lower");
    CallArgs none;
    return lower ? in.call(lower.get(), none) : nullptr;
}

bool isAuto(Interpreter& in, Object* o) {
    auto* m = static_cast<rt::ModuleObject*>(in.importModule("enum").get());
    return o->tag == rt::Tag::Instance &&
           static_cast<rt::InstanceObject*>(o)->cls == m->find("auto");
}

} // namespace

// int.__repr__, int.__format__, str.__repr__, str.__str__ or str.__format__: the one object
// Enum keeps for each (a key no program can spell).
ObjRef dataMethod(rt::TypeObject* enumCls, rt::TypeObject* dataType, const std::string& name) {
    return *enumCls->dict.find(" " + dataType->name + "." + name);
}

Object* findInMro(rt::TypeObject* cls, const std::string& name, std::size_t from,
                  rt::TypeObject* dataType) {
    for (std::size_t i = from; i < cls->mro.size(); ++i) {
        rt::TypeObject* c = cls->mro[i];
        if (c == dataType && definesData(dataType, name))
            return c;
        if (Object* v = c->dict.find(name) ? c->dict.find(name)->get() : nullptr)
            return v;
    }
    return nullptr;
}

// EnumType.__new__: where the data type's own __repr__, __str__ or __format__ would be found
// first, the first enum base's is put on the class (Enum's for `class Size(int, Enum)`,
// int.__format__ for a subclass of IntEnum, which holds it).
void restoreEnumMethods(rt::TypeObject* enumCls, rt::TypeObject* cls, rt::TypeObject* dataType,
                        const rt::AttrDict& body) {
    rt::TypeObject* firstEnum = cls->bases.back();
    for (const std::string name : {"__repr__", "__str__", "__format__"}) {
        if (body.find(name))
            continue;
        Object* found = findInMro(cls, name, 1, dataType);
        bool isData = found == dataType || (found && definesData(dataType, name) &&
                                            found == dataMethod(enumCls, dataType, name).get());
        if (!isData)
            continue;
        Object* fromEnum = findInMro(firstEnum, name, 0, dataType);
        cls->dict.set(name, ObjRef(fromEnum == dataType ? dataMethod(enumCls, dataType, name).get()
                                                        : fromEnum));
    }
}

ObjRef enumStore(Interpreter& in, rt::AttrDict& ns, const std::string& name, ObjRef value) {
    const ObjRef* gen = ns.find("_generate_next_value_");
    // _EnumDict raises a TypeError for a generator defined after members made by auto(),
    // which it remembers in a flag of its own that this namespace has no place for.
    if (gen && name == "_generate_next_value_" && !lastValues(ns).empty())
        return in.abortUnsupported("an Enum class defining `_generate_next_value_` after its "
                                   "members is not supported");
    if (!gen || !isMemberName(name))
        return value;
    bool single = isAuto(in, value.get());
    if (!single && value->tag != rt::Tag::Tuple)
        return value;
    ObjVec items = single ? ObjVec{value} : static_cast<rt::TupleObject*>(value.get())->items;
    if (std::none_of(items.begin(), items.end(),
                     [&](const ObjRef& v) { return isAuto(in, v.get()); }))
        return value;
    ObjVec last = lastValues(ns);
    // count is the members named so far: the same for each auto() of a tuple.
    const auto count = static_cast<std::int64_t>(last.size());
    for (ObjRef& item : items) {
        if (!isAuto(in, item.get()))
            continue;
        CallArgs args;
        args.positional = {internedName(in, name), in.heap().newInt(1), in.heap().newInt(count),
                           in.heap().newList(last)};
        // A staticmethod in the body: _EnumDict calls the function it wraps.
        Object* fn = gen->get();
        if (fn->tag == rt::Tag::Descriptor && static_cast<rt::DescriptorObject*>(fn)->kind ==
                                                  rt::DescriptorObject::Kind::StaticMethod)
            fn = static_cast<rt::DescriptorObject*>(fn)->func.get();
        item = in.call(fn, args);
        if (!item)
            return nullptr;
        last.push_back(item);
    }
    return single ? items[0] : in.heap().newTuple(items);
}

void fillDataEnums(Interpreter& in, rt::ModuleObject& m, rt::TypeObject* e) {
    rt::TypeObject* meta = e->metaclass;
    rt::TypeObject* intType = in.builtinType(rt::Tag::Int);
    rt::TypeObject* strType = in.builtinType(rt::Tag::Str);
    for (rt::TypeObject* t : {intType, strType}) {
        addDataMethod(in, e, t, "__repr__", dataRepr);
        addDataMethod(in, e, t, "__format__", dataFormat);
    }
    addDataMethod(in, e, strType, "__str__", dataStr);
    rt::TypeObject* reprEnum = makeNativeType(in, "enum", "ReprEnum", nullptr);
    reprEnum->metaclass = meta;
    reprEnum->meta = e->meta;
    reprEnum->nameObject = in.newStr("ReprEnum");
    reprEnum->base = e;
    reprEnum->bases = {e};
    reprEnum->layout = in.objectType();
    reprEnum->mro = {reprEnum, e, in.objectType()};
    m.set("IntEnum", ObjRef(dataEnum(in, e, reprEnum, intType, "IntEnum")));
    rt::TypeObject* strEnum = dataEnum(in, e, reprEnum, strType, "StrEnum");
    strEnum->dict.set("__new_member__",
                      enumStandIn(in, "__new__", "StrEnum.__new__", strEnumNew, {"cls", "values"}));
    strEnum->dict.set("_generate_next_value_",
                      enumStandIn(in, "_generate_next_value_", "StrEnum._generate_next_value_",
                                  lowerName, {"name", "start", "count", "last_values"}));
    m.set("StrEnum", ObjRef(strEnum));
}

} // namespace memstep::core::modules
