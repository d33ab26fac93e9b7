// Subclasses of int, float, str and tuple (class Num(int), class Name(str), class
// Point(tuple)): how their objects are made. An object of such a class is the builtin's own object
// (same tag, same value fields) marked `subclassed`, with its class and __dict__
// (runtime/instance.h), so every builtin operation reads its value unchanged and returns the base
// type's objects, as CPython's do. CPython makes one in the base type's tp_new (long_subtype_new,
// float_subtype_new, unicode_subtype_new): the base type computes the value from the arguments,
// then a new object of the subclass receives a copy of it. It is never one of the cached small ints
// or one-letter strs: Num(3) is not Num(3).
#include "interp/attributes/value_subclass.h"

#include "interp/attributes/attribute_hooks.h"
#include "interp/builtins/builtins_util.h"
#include "runtime/heap.h"
#include "runtime/instance.h"

namespace memstep::core::interp {

using rt::TypeObject;

bool isValueLayout(Interpreter& in, const TypeObject* layout) {
    return layout &&
           (layout == in.builtinType(rt::Tag::Int) || layout == in.builtinType(rt::Tag::Float) ||
            layout == in.builtinType(rt::Tag::Str) || layout == in.builtinType(rt::Tag::Tuple));
}

ObjRef newValueSubObject(Interpreter& in, TypeObject* cls, Object* value) {
    rt::Heap& heap = in.heap();
    switch (value->tag) {
    case rt::Tag::Bool:
    case rt::Tag::Int: {
        auto* i = heap.make<rt::IntSubObject>();
        i->part.cls = cls;
        if (value->tag == rt::Tag::Bool)
            i->small = static_cast<rt::BoolObject*>(value)->value ? 1 : 0;
        else if (auto* v = static_cast<rt::IntObject*>(value); v->isBig())
            i->big = std::make_unique<numeric::BigInt>(*v->big);
        else
            i->small = v->small;
        return ObjRef(i);
    }
    case rt::Tag::Tuple: {
        const auto* v = static_cast<rt::TupleObject*>(value);
        auto* t = heap.make<rt::TupleSubObject>(
            static_cast<std::uint32_t>(v->items.size() * rt::kSlotBytes));
        t->part.cls = cls;
        t->items = v->items;
        return ObjRef(t);
    }
    case rt::Tag::Float: {
        auto* f = heap.make<rt::FloatSubObject>();
        f->part.cls = cls;
        f->value = static_cast<rt::FloatObject*>(value)->value;
        return ObjRef(f);
    }
    default: {
        const auto* v = static_cast<rt::StrObject*>(value);
        auto* s = heap.make<rt::StrSubObject>(static_cast<std::uint32_t>(v->text.size()));
        s->part.cls = cls;
        s->text = v->text;
        rt::initStr(*s);
        return ObjRef(s);
    }
    }
}

bool isNamedTupleClass(Interpreter& in, const TypeObject* t) {
    return !t->isUser && !t->meta && t->base == in.builtinType(rt::Tag::Tuple) && t->construct &&
           t->dict.find("_field_defaults");
}

TypeObject* namedTupleBase(Interpreter& in, TypeObject* cls) {
    if (isNamedTupleClass(in, cls))
        return cls;
    if (cls->isUser)
        for (TypeObject* c : cls->mro)
            if (isNamedTupleClass(in, c))
                return c;
    return nullptr;
}

TypeObject* newWrapperClass(Interpreter& in, TypeObject* layout, const rt::CallArgs& args) {
    const std::string& base = layout->name;
    if (args.positional.empty()) {
        in.raise("TypeError", base + ".__new__(): not enough arguments");
        return nullptr;
    }
    Object* c = args.positional[0].get();
    if (c->tag != rt::Tag::Type) {
        in.raise("TypeError", base + ".__new__(X): X is not a type object (" +
                                  std::string(in.typeName(c)) + ")");
        return nullptr;
    }
    auto* cls = static_cast<TypeObject*>(c);
    if (!in.isSubtype(cls, layout)) {
        in.raise("TypeError", base + ".__new__(" + cls->name + "): " + cls->name +
                                  " is not a subtype of " + base);
        return nullptr;
    }
    return cls;
}

ObjRef valueSubclassNew(Interpreter& in, TypeObject* cls, rt::CallArgs& args) {
    // class Point(namedtuple("Point", "x y")): the generated __new__ with its fields and
    // defaults makes the subclass's object, as tuple.__new__(cls, ...) does in it.
    if (TypeObject* named = cls->isUser ? namedTupleBase(in, cls) : nullptr)
        return named->construct(in, cls, args);
    ObjRef base(cls->layout);
    ObjRef value = in.call(base.get(), args);
    if (!value)
        return nullptr;
    return newValueSubObject(in, cls, value.get());
}

namespace {

// int.__new__(cls, *args, **kwargs), float.__new__ and str.__new__ (tp_new_wrapper): `self`
// is the type the static method belongs to.
ObjRef typeNew(Interpreter& in, Object* self, rt::CallArgs& args) {
    auto* layout = static_cast<TypeObject*>(self);
    const std::string& base = layout->name;
    TypeObject* cls = newWrapperClass(in, layout, args);
    if (!cls)
        return nullptr;
    if (cls != layout && (!cls->isUser || cls->layout != layout))
        return in.abortUnsupported(base + ".__new__(" + cls->name + ") is not supported");
    rt::CallArgs rest;
    rest.positional.assign(args.positional.begin() + 1, args.positional.end());
    rest.keywords = args.keywords;
    if (cls == layout)
        return in.call(self, rest);
    return valueSubclassNew(in, cls, rest);
}

} // namespace

ObjRef valueTypeNew(Interpreter& in, TypeObject* t) {
    TypeObject* layout = t->isUser ? t->layout : t;
    if (!isValueLayout(in, layout))
        return nullptr;
    return in.makeBuiltin("__new__", typeNew, ObjRef(layout));
}

} // namespace memstep::core::interp

namespace memstep::core::interp {

ObjRef builtinPartAttr(Interpreter& in, Object* o, const std::string& name) {
    if (ObjRef m = in.method(o, name))
        return m;
    if (o->tag == rt::Tag::Int || o->tag == rt::Tag::Float)
        return numberAttribute(in, o, name); // Num(3).real, Temp(1.5).imag
    return nullptr;
}

ObjRef exactValue(Interpreter& in, ObjRef o) {
    if (!o || !o->subclassed)
        return o;
    switch (o->tag) {
    case rt::Tag::Int: {
        const auto* i = static_cast<const rt::IntObject*>(o.get());
        return i->isBig() ? in.heap().newInt(*i->big) : in.heap().newInt(i->small);
    }
    case rt::Tag::Float:
        return in.heap().newFloat(static_cast<const rt::FloatObject*>(o.get())->value);
    case rt::Tag::Str: {
        const std::string& text = static_cast<const rt::StrObject*>(o.get())->text;
        return text.empty() ? in.heap().emptyStr() : ObjRef(in.heap().freshStr(text));
    }
    case rt::Tag::Tuple: // a new tuple of the same items (the empty one is the singleton)
        return in.heap().newTuple(static_cast<const rt::TupleObject*>(o.get())->items);
    default:
        return o;
    }
}

} // namespace memstep::core::interp
