// slice objects made by name, `slice(1, 5, 2)`, as CPython 3.11's sliceobject.c: start, stop
// and step are the very objects given (None for those left out), indices(length) the bounds
// a sequence of that length takes; and range's start, stop and step, read the same way.
#include "builtins_util.h"
#include "bytes_util.h"

namespace memstep::core::interp {

namespace {

// slice.indices(length): (start, stop, step) clamped to a sequence of `length`.
ObjRef sliceIndicesMethod(Interpreter& in, Object* self, CallArgs& args) {
    if (!noKeywords(in, args, "slice.indices") || !argCount(in, args, "indices", 1, 1))
        return nullptr;
    Object* given = args.positional[0].get();
    if (given->tag == rt::Tag::Int && static_cast<rt::IntObject*>(given)->isBig())
        return in.abortUnsupported("slice.indices() of a length past 2**63 is not supported");
    auto length = intArg(in, given);
    if (!length)
        return nullptr;
    if (*length < 0)
        return in.raise("ValueError", "length should not be negative");
    std::int64_t start = 0, stop = 0, step = 1, count = 0;
    if (!sliceBounds(in, static_cast<rt::SliceObject*>(self), *length, start, step, count, &stop))
        return nullptr;
    return in.heap().newTuple(
        {in.heap().newInt(start), in.heap().newInt(stop), in.heap().newInt(step)});
}

} // namespace

ObjRef tSlice(Interpreter& in, Object*, CallArgs& args) {
    if (!noKeywords(in, args, "slice"))
        return nullptr;
    const std::size_t n = args.positional.size();
    if (n == 0)
        return in.raise("TypeError", "slice expected at least 1 argument, got 0");
    if (n > 3)
        return in.raise("TypeError",
                        "slice expected at most 3 arguments, got " + std::to_string(n));
    auto* s = in.heap().make<rt::SliceObject>();
    ObjRef out(s);
    s->start = n == 1 ? in.none() : args.positional[0];
    s->stop = n == 1 ? args.positional[0] : args.positional[1];
    s->step = n == 3 ? args.positional[2] : in.none();
    return out;
}

ObjRef rangeOrSliceAttribute(Interpreter& in, Object* o, const std::string& name) {
    if (o->tag == rt::Tag::Slice) {
        auto* s = static_cast<rt::SliceObject*>(o);
        if (name == "start")
            return s->start;
        if (name == "stop")
            return s->stop;
        if (name == "step")
            return s->step;
        return nullptr;
    }
    auto* r = static_cast<rt::RangeObject*>(o);
    auto held = [&](ObjRef& slot, std::int64_t value) {
        if (!slot)
            slot = in.heap().newInt(value);
        return slot;
    };
    if (name == "start")
        return held(r->startObject, r->start);
    if (name == "stop")
        return held(r->stopObject, r->stop);
    if (name == "step")
        return held(r->stepObject, r->step);
    return nullptr;
}

void registerSliceMethods(MethodTables& t) {
    t[static_cast<std::size_t>(rt::Tag::Slice)]["indices"] = sliceIndicesMethod;
}

} // namespace memstep::core::interp
