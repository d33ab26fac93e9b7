// The methods that change a bytearray in place (append, extend, insert, pop, remove, reverse,
// clear) and copy. Each change is reported through bytearrayChanged, so the diagram redraws the
// bytearray with its new value in the step that made it.
#include "interp/builtins/bytes_util.h"

#include <algorithm>

namespace memstep::core::interp {

namespace {

rt::BytesObject* B(Object* o) {
    return static_cast<rt::BytesObject*>(o);
}

ObjRef changed(Interpreter& in, Object* self) {
    bytearrayChanged(in, B(self));
    return in.heap().none();
}

ObjRef baAppend(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "append") || !argCount(in, args, self, "append", 1, 1))
        return nullptr;
    auto v = byteValue(in, args.positional[0].get());
    if (!v || !resizable(in, self, B(self)->data.size() + 1))
        return nullptr;
    B(self)->data += static_cast<char>(*v);
    return changed(in, self);
}

ObjRef baExtend(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "extend") || !argCount(in, args, self, "extend", 1, 1))
        return nullptr;
    Object* src = args.positional[0].get();
    std::string more;
    if (const std::string* data = bufferOf(src)) { // bytes, bytearray, array.array
        more = *data;
    } else {
        ObjRef it = in.iter(src);
        if (!it) {
            Object* e = in.pendingException();
            if (!e || in.exceptionMatches(e, in.exceptionType("TypeError")) != 1)
                return nullptr;
            in.clearException();
            return in.raise("TypeError",
                            "can't extend bytearray with " + std::string(in.typeName(src)));
        }
        if (!in.lengthHint(src, B(self)->data.size(), 1) ||
            !bytesFromIterator(in, it.get(), more, "byte must be in range(0, 256)"))
            return nullptr;
    }
    if (!resizable(in, self, B(self)->data.size() + more.size()))
        return nullptr;
    B(self)->data += more;
    return changed(in, self);
}

ObjRef baInsert(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "insert") || !argCount(in, args, self, "insert", 2, 2))
        return nullptr;
    auto index = intArg(in, args.positional[0].get());
    if (!index)
        return nullptr;
    auto v = byteValue(in, args.positional[1].get());
    if (!v || !resizable(in, self, B(self)->data.size() + 1))
        return nullptr;
    std::string& data = B(self)->data;
    const auto n = static_cast<std::int64_t>(data.size());
    std::int64_t i = *index < 0 ? std::max<std::int64_t>(0, *index + n) : std::min(*index, n);
    data.insert(static_cast<std::size_t>(i), 1, static_cast<char>(*v));
    return changed(in, self);
}

ObjRef baPop(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "pop") || !argCount(in, args, self, "pop", 0, 1))
        return nullptr;
    std::string& data = B(self)->data;
    std::int64_t i = -1;
    if (!args.positional.empty()) {
        auto v = intArg(in, args.positional[0].get());
        if (!v)
            return nullptr;
        i = *v;
    }
    if (data.empty())
        return in.raise("IndexError", "pop from empty bytearray");
    const auto n = static_cast<std::int64_t>(data.size());
    if (i < 0)
        i += n;
    if (i < 0 || i >= n)
        return in.raise("IndexError", "pop index out of range");
    if (!resizable(in, self, data.size() - 1))
        return nullptr;
    const auto value = static_cast<unsigned char>(data[static_cast<std::size_t>(i)]);
    data.erase(static_cast<std::size_t>(i), 1);
    bytearrayChanged(in, B(self));
    return in.heap().newInt(value);
}

ObjRef baRemove(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "remove") || !argCount(in, args, self, "remove", 1, 1))
        return nullptr;
    auto v = byteValue(in, args.positional[0].get());
    if (!v)
        return nullptr;
    std::string& data = B(self)->data;
    auto at = data.find(static_cast<char>(*v));
    if (at == std::string::npos)
        return in.raise("ValueError", "value not found in bytearray");
    if (!resizable(in, self, data.size() - 1))
        return nullptr;
    data.erase(at, 1);
    return changed(in, self);
}

ObjRef baReverse(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "reverse") || !argCount(in, args, self, "reverse", 0, 0))
        return nullptr;
    std::reverse(B(self)->data.begin(), B(self)->data.end());
    return changed(in, self);
}

ObjRef baClear(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "clear") || !argCount(in, args, self, "clear", 0, 0))
        return nullptr;
    if (!resizable(in, self, 0))
        return nullptr;
    B(self)->data.clear();
    return changed(in, self);
}

ObjRef baCopy(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, self, "copy") || !argCount(in, args, self, "copy", 0, 0))
        return nullptr;
    return in.heap().newByteArray(B(self)->data);
}

} // namespace

void registerByteArrayMethods(MethodTables& t) {
    auto& m = t[static_cast<std::size_t>(rt::Tag::ByteArray)];
    m["append"] = baAppend;
    m["extend"] = baExtend;
    m["insert"] = baInsert;
    m["pop"] = baPop;
    m["remove"] = baRemove;
    m["reverse"] = baReverse;
    m["clear"] = baClear;
    m["copy"] = baCopy;
}

} // namespace memstep::core::interp
