// `|`, `&`, `^` and `~` on the ints of an IntFlag class: enum.py's Flag gives such a class its own
// __or__, __and__ and __xor__ (and their reflections), which CPython finds before int's.
//
// A program's own subclass of int defining operators is refused when the class is made; a
// class a library's metaclass made (EnumType) holds the library's operators in its namespace,
// and only those are looked for here, so every other int keeps the fast path.
#include "interp/operators/binary_operators.h"

namespace memstep::core::interp::ops {

namespace {

struct BitwiseNames {
    const char* name;
    const char* reflected;
};

std::optional<BitwiseNames> bitwiseNames(syntax::Operator op) {
    switch (op) {
    case syntax::Operator::BitOr:
        return BitwiseNames{"__or__", "__ror__"};
    case syntax::Operator::BitAnd:
        return BitwiseNames{"__and__", "__rand__"};
    case syntax::Operator::BitXor:
        return BitwiseNames{"__xor__", "__rxor__"};
    default:
        return std::nullopt;
    }
}

} // namespace

Object* libraryValueMethod(Object* o, const char* name, bool beyondLayout) {
    const rt::SubclassPart* part = rt::subclassPart(o);
    if (!part || !part->cls->meta)
        return nullptr;
    for (rt::TypeObject* c : part->cls->mro) {
        if (c == part->cls->layout && !beyondLayout)
            return nullptr;
        if (const ObjRef* v = c->dict.find(name))
            return v->get();
    }
    return nullptr;
}

bool libraryValueContainer(Object* o) {
    return o->tag == rt::Tag::Int && libraryValueMethod(o, "__contains__", true);
}

bool libraryValueOperands(syntax::Operator op, const Object* a, const Object* b) {
    return (a->subclassed || b->subclassed) && bitwiseNames(op).has_value();
}

BinaryResult libraryValueBinary(Interpreter& in, syntax::Operator op, Object* a, Object* b) {
    std::optional<BitwiseNames> names = bitwiseNames(op);
    if (!names)
        return std::nullopt;
    auto attempt = [&](Object* fn, Object* self, Object* other) -> BinaryResult {
        if (!fn)
            return std::nullopt;
        rt::CallArgs args;
        args.positional = {ObjRef(self), ObjRef(other)};
        ObjRef r = in.call(fn, args);
        if (r && r.get() == in.notImplemented().get())
            return std::nullopt;
        return r;
    };
    rt::TypeObject* ta = in.typeOf(a);
    rt::TypeObject* tb = in.typeOf(b);
    Object* right = ta != tb ? libraryValueMethod(b, names->reflected) : nullptr;
    // CPython tries a subclass's reflected operator first when it overrides the left's.
    bool rightFirst =
        right && in.isSubtype(tb, ta) && right != libraryValueMethod(a, names->reflected);
    if (rightFirst)
        if (BinaryResult r = attempt(right, b, a))
            return r;
    if (BinaryResult r = attempt(libraryValueMethod(a, names->name), a, b))
        return r;
    if (!rightFirst)
        if (BinaryResult r = attempt(right, b, a))
            return r;
    return std::nullopt;
}

BinaryResult libraryValueInvert(Interpreter& in, Object* a) {
    Object* fn = a->subclassed ? libraryValueMethod(a, "__invert__") : nullptr;
    if (!fn)
        return std::nullopt;
    rt::CallArgs args;
    args.positional = {ObjRef(a)};
    return in.call(fn, args);
}

} // namespace memstep::core::interp::ops
