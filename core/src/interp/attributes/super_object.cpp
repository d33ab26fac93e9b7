// The builtin super(): its two forms, and the zero-argument one reading the calling method's
// frame as CPython does. Its attribute lookup is classGetAttr's (classes.cpp).
#include "interp/attributes/attribute_hooks.h"
#include "interp/builtins/builtins_util.h"
#include "interp/code_info.h"

#include <algorithm>

namespace memstep::core::interp {

using rt::CallArgs;
using rt::TypeObject;

namespace {

ObjRef makeSuper(Interpreter& in, TypeObject* start, ObjRef self) {
    TypeObject* selfType = nullptr;
    if (self->tag == rt::Tag::Type && in.isSubtype(static_cast<TypeObject*>(self.get()), start))
        selfType = static_cast<TypeObject*>(self.get());
    else if (in.isSubtype(in.typeOf(self.get()), start))
        selfType = in.typeOf(self.get());
    if (!selfType)
        return in.raise("TypeError",
                        "super(type, obj): obj must be an instance or subtype of type");
    auto* s = in.heap().make<rt::SuperObject>();
    s->start = start;
    s->self = std::move(self);
    s->selfType = selfType;
    return ObjRef(s);
}

} // namespace

// super(): the zero-argument form reads the calling method's `__class__` cell and its first
// argument, as CPython does from the frame.
ObjRef tSuper(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "super"))
        return nullptr;
    if (args.positional.size() > 2)
        return in.raise("TypeError", "super() expected at most 2 arguments, got " +
                                         std::to_string(args.positional.size()));
    if (args.positional.size() == 2) {
        if (args.positional[0]->tag != rt::Tag::Type)
            return in.raise("TypeError", "super() argument 1 must be a type, not " +
                                             std::string(in.typeName(args.positional[0].get())));
        return makeSuper(in, static_cast<TypeObject*>(args.positional[0].get()),
                         args.positional[1]);
    }
    if (args.positional.size() == 1) {
        return in.abortUnsupported("super() with one argument is not supported yet");
    }
    const auto& frames = in.frames();
    if (frames.empty())
        return in.raise("RuntimeError", "super(): no arguments");
    const Frame* f = frames.back();
    const CodeInfo* code = f->code;
    if (code->kind != CodeInfo::Kind::Function && code->kind != CodeInfo::Kind::Lambda)
        return in.raise("RuntimeError", "super(): no arguments");
    if (code->params.empty())
        return in.raise("RuntimeError", "super(): no arguments");
    ObjRef self = f->locals.empty() ? nullptr : f->locals[0];
    if (self && !code->slotIsCell.empty() && code->slotIsCell[0])
        self = static_cast<rt::CellObject*>(self.get())->value;
    if (!self)
        return in.raise("RuntimeError", "super(): arg[0] deleted");
    auto pos = std::find(code->freeNames.begin(), code->freeNames.end(), "__class__");
    if (pos == code->freeNames.end())
        return in.raise("RuntimeError", "super(): __class__ cell not found");
    auto* cell = static_cast<rt::CellObject*>(
        f->cells[static_cast<std::size_t>(pos - code->freeNames.begin())].get());
    if (!cell->value)
        return in.raise("RuntimeError", "super(): empty __class__ cell");
    if (cell->value->tag != rt::Tag::Type)
        return in.raise("RuntimeError", "super(): __class__ is not a type");
    return makeSuper(in, static_cast<TypeObject*>(cell->value.get()), self);
}

} // namespace memstep::core::interp
