// Methods of the builtin types: the registry that fills the per-type tables from each type's
// file (str_methods.cpp, list_methods.cpp, dict_methods.cpp, set_methods.cpp), and the few
// methods of int and float.
#include "interp/builtins/builtins_util.h"
#include "numeric/float_format.h"

namespace memstep::core::interp {

namespace {

ObjRef intBitLength(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "bit_length") || !argCount(in, args, "bit_length", 0, 0))
        return nullptr;
    auto* i = static_cast<rt::IntObject*>(self);
    return in.heap().newInt(static_cast<std::int64_t>(i->toBig().bitLength()));
}

ObjRef floatIsInteger(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "is_integer") || !argCount(in, args, "is_integer", 0, 0))
        return nullptr;
    return in.boolean(numeric::floatIsInteger(static_cast<rt::FloatObject*>(self)->value));
}

} // namespace

void registerMethods(MethodTables& t) {
    auto reg = [&](rt::Tag tag, const char* name, rt::NativeFn fn) {
        t[static_cast<std::size_t>(tag)][name] = fn;
    };
    registerStrMethods(t);
    registerListMethods(t);
    registerDictMethods(t);
    registerSetMethods(t);
    reg(rt::Tag::Int, "bit_length", intBitLength);
    reg(rt::Tag::Float, "is_integer", floatIsInteger);
}

} // namespace memstep::core::interp
